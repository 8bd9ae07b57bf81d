namespace Pavillon.Model;

/// <summary>A problem met while auditing one organisation; it never stops the batch.</summary>
/// <param name="Stage">Where it happened: input, dns, web, nodeinfo, ip, attribution.</param>
/// <param name="Message">What went wrong, in words a user can act on.</param>
public sealed record StageError(string Stage, string Message);
