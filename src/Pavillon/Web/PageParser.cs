using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pavillon.Evidence;

namespace Pavillon.Web;

/// <summary>
/// Extracts <see cref="PageFacts"/> from an HTML page: title, generator, every link with the region it
/// sits in, and every resource the page loads or embeds. Pure: no network, no script execution.
/// Malformed HTML is parsed the way browsers parse it (HTML5 tree building), so it never fails.
/// </summary>
public static class PageParser
{
    /// <summary>Longest visible text kept for a link, in characters.</summary>
    public const int MaxLinkTextLength = 80;

    // Attributes where consent managers and lazy loaders park the real address until the visitor agrees
    // or scrolls; the page still depends on what they name.
    private static readonly string[] FrameSourceAttributes = ["src", "data-src", "data-lazy-src", "data-cookieblock-src", "data-src-cmplz", "data-cmp-src"];
    private static readonly string[] ScriptSourceAttributes = ["src", "data-src", "data-cookieblock-src", "data-src-cmplz", "data-cmp-src"];
    private static readonly string[] ImageSourceAttributes = ["src", "data-src", "data-lazy-src"];
    private static readonly string[] MediaSourceAttributes = ["src", "data-src"];

    private static readonly HtmlParserOptions Options = new()
    {
        IsKeepingSourceReferences = false,
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
    };

    /// <summary>Parses <paramref name="html"/>, resolving relative URLs against <paramref name="pageUrl"/> and any &lt;base href&gt;.</summary>
    /// <param name="html">The page body as decoded text; may be cut anywhere.</param>
    /// <param name="pageUrl">The final URL of the page (after redirects); must be absolute http or https.</param>
    /// <param name="truncated">True when the body was cut at the size cap; copied to <see cref="PageFacts.Truncated"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="pageUrl"/> is not an absolute http(s) URL.</exception>
    public static PageFacts Parse(string html, Uri pageUrl, bool truncated)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (!WebUrl.IsHttp(pageUrl))
        {
            throw new ArgumentException("The page URL must be an absolute http or https URL.", nameof(pageUrl));
        }

        var document = new HtmlParser(Options).ParseDocument(html);
        var baseUri = BaseUri(document, pageUrl);

        var regions = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        var links = new List<PageLink>();
        var seenLinks = new HashSet<(string, string)>();
        var resources = new List<PageResource>();
        var seenResources = new HashSet<(string, string)>();
        string? generator = null;

        void AddResource(string element, string? raw)
        {
            var url = WebUrl.Resolve(raw, baseUri);
            if (url is not null && seenResources.Add((element, url.AbsoluteUri)))
            {
                resources.Add(new PageResource(element, url.AbsoluteUri));
            }
        }

        void AddResources(IElement element, string name, string[] attributes)
        {
            foreach (var attribute in attributes)
            {
                AddResource(name, element.GetAttribute(attribute));
            }
        }

        void AddSourceSet(IElement element, string name)
        {
            foreach (var attribute in (string[])["srcset", "data-srcset"])
            {
                foreach (var candidate in SourceSet(element.GetAttribute(attribute)))
                {
                    AddResource(name, candidate);
                }
            }
        }

        foreach (var element in document.All)
        {
            switch (element.LocalName)
            {
                case "a":
                case "area":
                    var link = Link(element, baseUri, regions);
                    if (link is not null && seenLinks.Add((link.Url, link.Region)))
                    {
                        links.Add(link);
                    }

                    break;
                case "script":
                    AddResources(element, "script", ScriptSourceAttributes);
                    break;
                case "link":
                    var kind = LinkResourceKind(element.GetAttribute("rel"));
                    if (kind is not null)
                    {
                        AddResource(kind, element.GetAttribute("href"));
                    }

                    break;
                case "iframe":
                case "frame":
                    AddResources(element, "iframe", FrameSourceAttributes);
                    break;
                case "img":
                    AddResources(element, "img", ImageSourceAttributes);
                    AddSourceSet(element, "img");
                    break;
                case "video":
                case "audio":
                    AddResources(element, element.LocalName, MediaSourceAttributes);
                    break;
                case "source":
                    AddResources(element, "source", MediaSourceAttributes);
                    AddSourceSet(element, "source");
                    break;
                case "embed":
                    AddResource("embed", element.GetAttribute("src"));
                    break;
                case "object":
                    AddResource("object", element.GetAttribute("data"));
                    break;
                case "style":
                    foreach (var (name, url) in StyleUrls.Extract(element.TextContent))
                    {
                        AddResource(name, url);
                    }

                    break;
                case "meta" when generator is null
                    && string.Equals(element.GetAttribute("name")?.Trim(), "generator", StringComparison.OrdinalIgnoreCase):
                    generator = Clean(element.GetAttribute("content"), 200);
                    break;
            }
        }

        return new PageFacts
        {
            Title = Clean(document.Title, 300),
            Generator = generator,
            Links = links,
            Resources = resources,
            Truncated = truncated,
        };
    }

    private static Uri BaseUri(IDocument document, Uri pageUrl)
    {
        // Only the first <base href> counts, as in browsers; a non-http base is ignored.
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return WebUrl.Resolve(href, pageUrl) ?? pageUrl;
    }

    private static PageLink? Link(IElement anchor, Uri baseUri, Dictionary<IElement, string> regions)
    {
        var href = anchor.GetAttribute("href");

        // A bare fragment points back into this page: not a dependency, not a profile.
        if (string.IsNullOrWhiteSpace(href) || href.TrimStart().StartsWith('#'))
        {
            return null;
        }

        var url = WebUrl.Resolve(href, baseUri);
        if (url is null)
        {
            return null;
        }

        var text = Clean(anchor.TextContent, MaxLinkTextLength);
        if (text is null)
        {
            // Icon links: the image's alternative text is what a screen reader would say.
            foreach (var image in anchor.GetElementsByTagName("img"))
            {
                text = Clean(image.GetAttribute("alt"), MaxLinkTextLength);
                if (text is not null)
                {
                    break;
                }
            }
        }

        return new PageLink(url.AbsoluteUri, RegionClassifier.Classify(anchor, regions))
        {
            Text = text,
            Label = Clean(anchor.GetAttribute("aria-label"), MaxLinkTextLength) ?? Clean(anchor.GetAttribute("title"), MaxLinkTextLength),
            Rel = Clean(anchor.GetAttribute("rel"), 100),
            Classes = Classes(anchor),
        };
    }

    private static string? Classes(IElement anchor)
    {
        var builder = new StringBuilder();
        var current = anchor;
        for (var level = 0; level < 3 && current is not null; level++, current = current.ParentElement)
        {
            var value = current.GetAttribute("class");
            if (!string.IsNullOrWhiteSpace(value))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.AppendJoin(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? LinkResourceKind(string? rel)
    {
        if (string.IsNullOrWhiteSpace(rel))
        {
            return null;
        }

        string? kind = null;
        foreach (var token in rel.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "stylesheet":
                    return "stylesheet";
                case "preload":
                case "modulepreload":
                case "prefetch":
                    kind ??= "preload";
                    break;
                case "preconnect":
                case "dns-prefetch":
                    kind ??= "preconnect";
                    break;
                case "icon":
                case "apple-touch-icon":
                case "apple-touch-icon-precomposed":
                case "mask-icon":
                    kind ??= "icon";
                    break;
            }
        }

        return kind;
    }

    private static IEnumerable<string> SourceSet(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
        {
            yield break;
        }

        // Candidates are "URL [descriptor]" separated by commas; a comma inside a URL is rare enough
        // that splitting on ", " and on "," before a descriptor-free URL is a fair compromise.
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var end = candidate.AsSpan().IndexOfAny(' ', '\t', '\n');
            yield return end < 0 ? candidate : candidate[..end];
        }
    }

    /// <summary>Collapses white space, trims, and cuts at <paramref name="max"/> characters without splitting a surrogate pair.</summary>
    private static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(value.Length, max + 1));
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length >= max)
            {
                break;
            }
        }

        if (builder.Length > max)
        {
            builder.Length = max;
        }

        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
