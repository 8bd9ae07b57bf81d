namespace Pavillon.Assessment;

/// <summary>How the points of several dependencies of one service kind are combined. YAML values: worst, mean.</summary>
public enum Combine
{
    /// <summary>The lowest points: a chain (edge, platform, host, network) is as exposed as its weakest link.</summary>
    Worst,

    /// <summary>The mean of the points, rounded half away from zero: independent accounts or scripts.</summary>
    Mean,
}
