using AngleSharp.Dom;

namespace Pavillon.Web;

/// <summary>
/// Finds the page region of an element from its nearest ancestor that says where it is: an ARIA
/// landmark role, a sectioning element, or a class or id name that themes commonly use.
/// </summary>
internal static class RegionClassifier
{
    // Class prefixes of headers and footers that belong to one item of the content (a post, a card, a
    // dialog), not to the page: links there are the item's, not the organisation's.
    private static readonly string[] ItemPrefixes =
    [
        "entry", "post", "article", "card", "modal", "dialog", "panel", "comment", "table", "page-header", "widget",
    ];

    private static readonly HashSet<string> NavTokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "main-nav", "main-navigation", "site-navigation", "primary-navigation",
        "main-menu", "primary-menu", "menu-principal", "menu-main", "topbar", "top-bar",
    };

    private static readonly HashSet<string> MainTokens = new(StringComparer.Ordinal)
    {
        "main", "main-content", "maincontent", "site-main", "site-content", "contenu", "contenu-principal", "primary",
    };

    /// <summary>The region of <paramref name="element"/>, from its ancestors.</summary>
    /// <param name="element">The element, usually an anchor.</param>
    /// <param name="cache">Regions already found for ancestors, shared across one page: most links share them.</param>
    public static string Classify(IElement element, Dictionary<IElement, string> cache)
    {
        // Most links share their parent with the previous one: answer without walking or allocating.
        if (element.ParentElement is { } parent && cache.TryGetValue(parent, out var cached))
        {
            return cached;
        }

        var walked = new List<IElement>();
        var region = PageRegions.Other;
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (cache.TryGetValue(current, out var known))
            {
                region = known;
                break;
            }

            walked.Add(current);
            var own = FromRole(current.GetAttribute("role"))
                ?? FromElementName(current)
                ?? FromNames(current.GetAttribute("id"))
                ?? FromNames(current.GetAttribute("class"));
            if (own is not null)
            {
                region = own;
                break;
            }
        }

        foreach (var ancestor in walked)
        {
            cache[ancestor] = region;
        }

        return region;
    }

    private static string? FromRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "banner" => PageRegions.Header,
        "navigation" => PageRegions.Nav,
        "contentinfo" => PageRegions.Footer,
        "main" => PageRegions.Main,
        "complementary" => PageRegions.Aside,
        _ => null,
    };

    private static string? FromElementName(IElement element) => element.LocalName switch
    {
        // HTML gives header and footer the page-level meaning only outside an article.
        "header" => InsideArticle(element) ? null : PageRegions.Header,
        "footer" => InsideArticle(element) ? null : PageRegions.Footer,
        "nav" => PageRegions.Nav,
        "main" => PageRegions.Main,
        "aside" => PageRegions.Aside,
        _ => null,
    };

    private static bool InsideArticle(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == "article")
            {
                return true;
            }
        }

        return false;
    }

    private static string? FromNames(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return null;
        }

        foreach (var raw in names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.ToLowerInvariant();
            if (IsItemPart(token))
            {
                continue;
            }

            if (token.Contains("footer", StringComparison.Ordinal) || token is "colophon" or "pied-de-page" or "piedpage")
            {
                return PageRegions.Footer;
            }

            if (token.Contains("header", StringComparison.Ordinal) || token is "masthead" or "bandeau" or "en-tete" or "entete")
            {
                return PageRegions.Header;
            }

            if (token.Contains("sidebar", StringComparison.Ordinal))
            {
                return PageRegions.Aside;
            }

            if (NavTokens.Contains(token))
            {
                return PageRegions.Nav;
            }

            if (MainTokens.Contains(token))
            {
                return PageRegions.Main;
            }
        }

        return null;
    }

    private static bool IsItemPart(string token)
    {
        foreach (var prefix in ItemPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
