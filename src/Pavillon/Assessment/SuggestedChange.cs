using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>One of the most useful changes: replacing a provider, with what the score would gain.</summary>
public sealed record SuggestedChange
{
    public required ServiceKind Service { get; init; }

    /// <summary>The provider to replace (the weakest of its kind).</summary>
    public required string ProviderId { get; init; }

    public required string ProviderName { get; init; }

    /// <summary>Score points gained (0 to 100, rounded) if this kind earned full points.</summary>
    public required int Gain { get; init; }

    /// <summary>Replacements the policy accepts, from the knowledge base; may be empty.</summary>
    public required IReadOnlyList<Alternative> Alternatives { get; init; }
}
