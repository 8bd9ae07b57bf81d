namespace Pavillon.Assessment;

/// <summary>Which policy and which weights a scan was assessed with.</summary>
/// <param name="Id">Policy id (national, eu-eea, eu-adequacy, strict, or a policy file's own id).</param>
/// <param name="Version">The policy's version.</param>
/// <param name="Name">The policy's name.</param>
/// <param name="WeightsVersion">The weights table version: scores are comparable only under the same one.</param>
public sealed record PolicyInfo(string Id, int Version, LocalizedText Name, int WeightsVersion);
