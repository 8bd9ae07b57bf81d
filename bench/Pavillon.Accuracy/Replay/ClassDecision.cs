namespace Pavillon.Accuracy.Replay;

/// <summary>Pavillon's class for one organisation, and the dependency that decided it.</summary>
/// <param name="Class">One of <see cref="MailClass.All"/>.</param>
/// <param name="ProviderId">The deciding dependency's provider; for "independent", the first inbound dependency's; null when there is none.</param>
/// <param name="Confidence">The deciding dependency's confidence (high, medium, low); null when there is no inbound dependency.</param>
/// <param name="ByHint">True when a low-confidence mailbox hint decided (only in the view that counts hints).</param>
public sealed record ClassDecision(string Class, string? ProviderId, string? Confidence, bool ByHint);
