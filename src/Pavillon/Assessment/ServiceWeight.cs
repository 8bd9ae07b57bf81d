namespace Pavillon.Assessment;

/// <summary>The weight of one service kind in the autonomy score, and how its dependencies are combined.</summary>
/// <param name="Weight">Relative weight (the table's weights sum to 100; only the kinds an organisation uses count).</param>
/// <param name="Combine">How several dependencies of the kind are combined.</param>
public sealed record ServiceWeight(int Weight, Combine Combine);
