namespace Pavillon.Accuracy.Replay;

/// <summary>How Pavillon's answer for one data-set entry compares with the entry's label.</summary>
/// <param name="Entry">The data-set entry.</param>
/// <param name="PavillonClass">Pavillon's answer mapped onto the data set's classes (low-confidence mailbox hints not counted).</param>
/// <param name="PavillonAnswer">Pavillon's answer in its own terms ("proofpoint > microsoft-365").</param>
/// <param name="Disagreement">Null when Pavillon agrees with the label; else the documented class of the disagreement.</param>
/// <param name="Decision">The dependency that decided <paramref name="PavillonClass"/>, with its confidence.</param>
/// <param name="WithHints">The class when low-confidence mailbox hints count (they decide when nothing else maps to a named class).</param>
/// <param name="HintDisagreement">Null when <paramref name="WithHints"/> agrees with the label; else the class of that disagreement.</param>
public sealed record DomainOutcome(
    MxmapEntry Entry,
    string PavillonClass,
    string PavillonAnswer,
    Disagreement? Disagreement,
    ClassDecision Decision,
    ClassDecision WithHints,
    Disagreement? HintDisagreement)
{
    /// <summary>True when Pavillon's class is the label.</summary>
    public bool Agrees => Disagreement is null;

    /// <summary>True when Pavillon's class, counting low-confidence mailbox hints, is the label.</summary>
    public bool AgreesWithHints => HintDisagreement is null;
}
