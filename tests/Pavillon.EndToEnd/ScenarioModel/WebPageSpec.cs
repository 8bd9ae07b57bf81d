namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>
/// One answer of the web fixture, for an absolute URL (scheme, host and path matter; the query is ignored).
/// When <see cref="Body"/> is empty and links are given, a small home page is generated around them.
/// </summary>
public sealed record WebPageSpec
{
    public string Url { get; init; } = string.Empty;

    /// <summary>HTTP status; default 200, or 301 when <see cref="Redirect"/> is set.</summary>
    public int? Status { get; init; }

    /// <summary>Location of a redirect.</summary>
    public string? Redirect { get; init; }

    public Dictionary<string, string> Headers { get; init; } = [];

    public string? Body { get; init; }

    /// <summary>Title of the generated page.</summary>
    public string? Title { get; init; }

    /// <summary>Profile links placed in the generated page's footer ("suivez-nous").</summary>
    public List<string> Links { get; init; } = [];

    /// <summary>Share buttons placed in the generated page's article: they must not count as promoted networks.</summary>
    public List<string> ShareLinks { get; init; } = [];
}
