namespace Pavillon.Accuracy.Replay;

/// <summary>Why an MX host got the address it got in the replay, or why it got none.</summary>
/// <param name="Host">The MX host name.</param>
/// <param name="Asn">The AS whose space the address was taken from; null when the host has no address.</param>
/// <param name="Rule">Which replay rule decided: "asn-signal", "provider-name" or "no-address".</param>
public sealed record HostAddressNote(string Host, int? Asn, string Rule);
