namespace Pavillon.Evidence;

/// <summary>What an HTML page references, extracted at collect time so that a stored scan can be re-attributed without the page.</summary>
public sealed record PageFacts
{
    public string? Title { get; init; }

    /// <summary>Content of &lt;meta name="generator"&gt;, when present.</summary>
    public string? Generator { get; init; }

    /// <summary>Anchors (&lt;a href&gt;) with absolute URLs.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];

    /// <summary>Scripts, stylesheets, fonts, iframes, images and embeds, with absolute URLs.</summary>
    public IReadOnlyList<PageResource> Resources { get; init; } = [];

    /// <summary>True when the body was cut at the size cap.</summary>
    public bool Truncated { get; init; }
}

/// <summary>An anchor on the page.</summary>
/// <param name="Url">Absolute URL of the href.</param>
/// <param name="Region">Where it sits: header, nav, footer, main, aside, other.</param>
public sealed record PageLink(string Url, string Region)
{
    /// <summary>Visible text, trimmed and cut to 80 characters.</summary>
    public string? Text { get; init; }

    /// <summary>aria-label or title attribute, when present.</summary>
    public string? Label { get; init; }

    public string? Rel { get; init; }

    /// <summary>The class attribute of the anchor and its two nearest ancestors, for share-button detection.</summary>
    public string? Classes { get; init; }
}

/// <summary>A resource the page loads or embeds.</summary>
/// <param name="Element">script, stylesheet, font, preconnect, iframe, img, video, source, embed, object.</param>
/// <param name="Url">Absolute URL.</param>
public sealed record PageResource(string Element, string Url);
