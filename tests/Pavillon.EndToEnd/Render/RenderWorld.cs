using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd.Render;

/// <summary>
/// A home page whose inline script adds a third-party script at run time (document.createElement('script')),
/// with a URL assembled by the script so that no parser of the static HTML can see it; the third party serves it.
/// </summary>
public sealed class RenderWorld : SmallWorld
{
    public const string Site = "www.rendu-exemple.fr";

    public const string ThirdPartyHost = "www.google-analytics.com";

    protected override IEnumerable<string> Records =>
    [
        $"{Site} A 213.186.33.5",
        "rendu-exemple.fr A 213.186.33.5",
        $"{ThirdPartyHost} A 142.250.179.78",
    ];

    protected override IReadOnlyDictionary<string, WebPage> Pages => new Dictionary<string, WebPage>
    {
        [$"https://{Site}/"] = Page("""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Rendu exemple</title>
            <script>
              var host = ['www', 'google' + '-analytics', 'com'].join('.');
              var s = document.createElement('script');
              s.src = 'https://' + host + '/analytics.js';
              document.head.appendChild(s);
            </script>
            </head><body><p>Accueil</p></body></html>
            """),
        [$"https://{ThirdPartyHost}/analytics.js"] = Page("window.measured = true;", "text/javascript"),
    };
}
