namespace Pavillon.Accuracy.Replay;

/// <summary>One domain of the replay: the data set's label, Pavillon's class and answer, and the disagreement class when they differ.</summary>
/// <param name="Entry">The data-set entry.</param>
/// <param name="PavillonClass">Pavillon's answer mapped onto the data set's classes.</param>
/// <param name="PavillonAnswer">Pavillon's answer in its own terms ("proofpoint > microsoft-365").</param>
/// <param name="Disagreement">Null when Pavillon agrees with the label; else the documented class of the disagreement.</param>
public sealed record DomainOutcome(MxmapEntry Entry, string PavillonClass, string PavillonAnswer, Disagreement? Disagreement)
{
    /// <summary>True when Pavillon's class is the label.</summary>
    public bool Agrees => Disagreement is null;
}
