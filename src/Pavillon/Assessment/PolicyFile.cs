namespace Pavillon.Assessment;

/// <summary>The YAML shape of a policy file (mutable, for the deserialiser).</summary>
internal sealed class PolicyFile
{
    public string? Id { get; set; }

    public int Version { get; set; } = 1;

    public Dictionary<string, string>? Name { get; set; }

    public Dictionary<string, string>? Description { get; set; }

    public string? Chain { get; set; }

    public List<string>? Locations { get; set; }

    public List<string>? Adequacy { get; set; }

    public List<string>? Accepted { get; set; }

    public string? Scale { get; set; }
}
