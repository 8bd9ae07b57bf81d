namespace Pavillon.Evidence;

/// <summary>One request a rendered page made.</summary>
/// <param name="Url">The requested URL.</param>
/// <param name="ResourceType">The browser's resource type in lower case: document, script, stylesheet, image, font, xhr, fetch, media...</param>
public sealed record RenderedRequest(string Url, string ResourceType)
{
    /// <summary>What started it: parser, script, preload, other...</summary>
    public string? InitiatorType { get; init; }

    /// <summary>The document or script that started it, when the browser says.</summary>
    public string? InitiatorUrl { get; init; }
}
