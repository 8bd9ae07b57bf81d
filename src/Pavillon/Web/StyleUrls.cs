using System.Text.RegularExpressions;

namespace Pavillon.Web;

/// <summary>Finds the URLs a &lt;style&gt; block makes the browser fetch from other places: @import and @font-face sources.</summary>
internal static partial class StyleUrls
{
    // Bounded so that a hostile style block cannot stall a scan.
    private const int TimeoutMilliseconds = 250;

    public static IEnumerable<(string Element, string Url)> Extract(string css)
    {
        var found = new List<(string, string)>();
        try
        {
            foreach (Match match in Import().Matches(css))
            {
                found.Add(("stylesheet", match.Groups["url"].Value));
            }

            foreach (Match face in FontFace().Matches(css))
            {
                foreach (Match url in Url().Matches(face.Groups["body"].Value))
                {
                    found.Add(("font", url.Groups["url"].Value));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the limit: partial facts beat none.
        }

        return found;
    }

    [GeneratedRegex("""@import\s+(?:url\(\s*)?["']?(?<url>[^"')\s;]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Import();

    [GeneratedRegex(@"@font-face\s*\{(?<body>[^}]*)\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex FontFace();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+?)["']?\s*\)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Url();
}
