namespace Pavillon.Evidence;

/// <summary>
/// The home page as a headless browser loaded it (the optional --render mode): every request the page made
/// before any consent click, within a time budget.
/// </summary>
/// <param name="StartUrl">The URL the browser was sent to.</param>
public sealed record RenderFetch(string StartUrl)
{
    /// <summary>The URL of the main frame once loaded; null when the page did not load.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>Every request made, in the order the browser issued them (the main document included).</summary>
    public IReadOnlyList<RenderedRequest> Requests { get; init; } = [];

    /// <summary>True when the time budget ended the recording before the network went idle.</summary>
    public bool BudgetExhausted { get; init; }

    /// <summary>Why the page could not be rendered (no browser, navigation failure); null on success.</summary>
    public string? Error { get; init; }
}
