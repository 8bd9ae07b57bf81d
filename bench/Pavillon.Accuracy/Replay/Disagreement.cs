namespace Pavillon.Accuracy.Replay;

/// <summary>A documented class of disagreement between the label and Pavillon, and who the records prove right.</summary>
/// <param name="Id">Stable identifier used in docs/accuracy.md ("tenant-only", "gateway-mailbox-unknown"...).</param>
/// <param name="Explanation">What the records show, in one sentence.</param>
/// <param name="LabelWrong">True when the records show the label is wrong (Pavillon right); false when Pavillon is wrong or it is undecided.</param>
public sealed record Disagreement(string Id, string Explanation, bool LabelWrong);
