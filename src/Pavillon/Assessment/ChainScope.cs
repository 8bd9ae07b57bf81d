namespace Pavillon.Assessment;

/// <summary>Which companies of a provider's parent chain a policy checks. YAML values: ultimate-parent, every-entity.</summary>
public enum ChainScope
{
    /// <summary>Only the ultimate parent's country (the provider's jurisdiction).</summary>
    UltimateParent,

    /// <summary>The provider's own entity and every parent: a subsidiary abroad exposes the data to that country's law too.</summary>
    EveryEntity,
}
