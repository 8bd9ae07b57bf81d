namespace Pavillon.Assessment;

/// <summary>A set of countries a policy accepts servers in. YAML values: home, eu-eea, adequacy.</summary>
public enum Zone
{
    /// <summary>The organisation's home country.</summary>
    Home,

    /// <summary>The member states of the European Union and the European Economic Area.</summary>
    EuEea,

    /// <summary>The countries listed in the policy's <c>adequacy</c> field.</summary>
    Adequacy,
}
