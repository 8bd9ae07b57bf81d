namespace Pavillon.Assessment;

/// <summary>The YAML shape of data/policy/weights.yaml (mutable, for the deserialiser).</summary>
internal sealed class WeightsFile
{
    public List<VersionFile>? Versions { get; set; }

    internal sealed class VersionFile
    {
        public int Version { get; set; }

        public string? Published { get; set; }

        public string? Changes { get; set; }

        public Dictionary<string, ServiceFile>? Services { get; set; }

        public Dictionary<string, Dictionary<string, int>>? Scales { get; set; }
    }

    internal sealed class ServiceFile
    {
        public int Weight { get; set; }

        public string? Combine { get; set; }
    }
}
