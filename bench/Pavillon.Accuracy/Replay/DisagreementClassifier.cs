using System.Text.Json;

namespace Pavillon.Accuracy.Replay;

/// <summary>Sorts a disagreement into one of the documented classes by looking at the entry's records.</summary>
public static class DisagreementClassifier
{
    /// <summary>The class of the disagreement between <paramref name="entry"/>'s label and <paramref name="pavillonClass"/>.</summary>
    public static Disagreement Classify(MxmapEntry entry, string pavillonClass, JsonElement organisation)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new Disagreement("unclassified", "not yet examined", false);
    }
}
