using System.Text;
using Pavillon.Evidence;
using Pavillon.Web;

namespace Pavillon.Tests.Web;

public sealed class PageParserTests
{
    private static readonly Uri Home = new("https://www.parti-exemple.fr/accueil/index.html");

    private static PageFacts Parse(string html) => PageParser.Parse(html, Home, truncated: false);

    [Fact]
    public void Should_read_title_and_generator()
    {
        var facts = Parse("""
            <html><head><title>  Parti
               Exemple </title><meta name="Generator" content="WordPress 6.5"></head><body></body></html>
            """);

        Assert.Equal("Parti Exemple", facts.Title);
        Assert.Equal("WordPress 6.5", facts.Generator);
        Assert.False(facts.Truncated);
    }

    [Fact]
    public void Should_resolve_relative_and_protocol_relative_links()
    {
        var facts = Parse("""
            <a href="../contact">Contact</a>
            <a href="/adherer">Adhérer</a>
            <a href="//cdn.exemple.net/doc.pdf">PDF</a>
            <a href="#top">Haut</a>
            <a href="mailto:contact@parti-exemple.fr">Écrire</a>
            <a href="javascript:void(0)">Menu</a>
            <a href="">Vide</a>
            """);

        Assert.Equal(
            ["https://www.parti-exemple.fr/contact", "https://www.parti-exemple.fr/adherer", "https://cdn.exemple.net/doc.pdf"],
            facts.Links.Select(l => l.Url));
    }

    [Fact]
    public void Should_resolve_against_the_first_base_href()
    {
        var facts = Parse("""
            <head><base href="https://static.parti-exemple.fr/v2/"><base href="https://ignored.example/"></head>
            <body><a href="page">Page</a><script src="app.js"></script></body>
            """);

        Assert.Equal("https://static.parti-exemple.fr/v2/page", facts.Links.Single().Url);
        Assert.Equal(new PageResource("script", "https://static.parti-exemple.fr/v2/app.js"), facts.Resources.Single());
    }

    [Fact]
    public void Should_tell_the_region_of_each_link()
    {
        var facts = Parse("""
            <header><a href="/h">h</a></header>
            <div role="navigation"><a href="/n">n</a></div>
            <main>
              <article><footer><a href="/article-footer">share</a></footer></article>
              <a href="/m">m</a>
            </main>
            <aside><a href="/a">a</a></aside>
            <div id="site-footer"><ul class="social"><li><a href="https://www.facebook.com/PartiExemple">Facebook</a></li></ul></div>
            <div class="elementor-location-header"><a href="/h2">h2</a></div>
            <div class="entry-footer"><a href="/o">o</a></div>
            <a href="/loose">loose</a>
            """);

        var regions = facts.Links.ToDictionary(l => new Uri(l.Url).AbsolutePath, l => l.Region);
        Assert.Equal(PageRegions.Header, regions["/h"]);
        Assert.Equal(PageRegions.Nav, regions["/n"]);
        Assert.Equal(PageRegions.Main, regions["/article-footer"]);
        Assert.Equal(PageRegions.Main, regions["/m"]);
        Assert.Equal(PageRegions.Aside, regions["/a"]);
        Assert.Equal(PageRegions.Footer, regions["/PartiExemple"]);
        Assert.Equal(PageRegions.Header, regions["/h2"]);
        Assert.Equal(PageRegions.Other, regions["/o"]);
        Assert.Equal(PageRegions.Other, regions["/loose"]);
    }

    [Fact]
    public void Should_keep_text_label_rel_and_classes_of_a_link()
    {
        var facts = Parse("""
            <footer><div class="suivez-nous block"><ul class=" social-links  "><li class="item">
              <a class="icon icon-x" href="https://x.com/parti" rel="noopener me" aria-label="Notre compte X"><img alt="X (Twitter)" src="/x.svg"></a>
            </li></ul></div></footer>
            <a href="/long" title="Titre">Un texte très long qui dépasse largement la limite de quatre-vingts caractères fixée pour les liens</a>
            """);

        var x = facts.Links[0];
        Assert.Equal("https://x.com/parti", x.Url);
        Assert.Equal("X (Twitter)", x.Text);
        Assert.Equal("Notre compte X", x.Label);
        Assert.Equal("noopener me", x.Rel);
        Assert.Equal("icon icon-x item social-links", x.Classes);

        var longLink = facts.Links[1];
        Assert.Equal(PageParser.MaxLinkTextLength, longLink.Text!.Length);
        Assert.Equal("Titre", longLink.Label);
        Assert.Null(longLink.Classes);
    }

    [Fact]
    public void Should_list_every_kind_of_resource_in_order_without_duplicates()
    {
        var facts = Parse("""
            <head>
              <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
              <link rel="preconnect" href="https://fonts.gstatic.com">
              <link rel="dns-prefetch" href="//www.googletagmanager.com">
              <link rel="preload" as="font" href="/fonts/inter.woff2">
              <link rel="shortcut icon" href="/favicon.ico">
              <link rel="canonical" href="https://www.parti-exemple.fr/">
              <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
              <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
              <script>var inline = 1;</script>
            </head>
            <body>
              <img src="/logo.png" srcset="/logo@2x.png 2x, https://cdn.exemple.net/logo@3x.png 3x">
              <img src="data:image/png;base64,AAAA">
              <video src="https://videos.exemple.net/clip.mp4"><source src="https://videos.exemple.net/clip.webm"></video>
              <audio src="https://audio.exemple.net/a.mp3"></audio>
              <embed src="https://player.exemple.net/e.swf">
              <object data="https://player.exemple.net/o.pdf"></object>
              <iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>
            </body>
            """);

        Assert.Equal(
            [
                new PageResource("stylesheet", "https://fonts.googleapis.com/css2?family=Inter"),
                new PageResource("preconnect", "https://fonts.gstatic.com/"),
                new PageResource("preconnect", "https://www.googletagmanager.com/"),
                new PageResource("preload", "https://www.parti-exemple.fr/fonts/inter.woff2"),
                new PageResource("icon", "https://www.parti-exemple.fr/favicon.ico"),
                new PageResource("script", "https://www.googletagmanager.com/gtag/js?id=G-1"),
                new PageResource("img", "https://www.parti-exemple.fr/logo.png"),
                new PageResource("img", "https://www.parti-exemple.fr/logo@2x.png"),
                new PageResource("img", "https://cdn.exemple.net/logo@3x.png"),
                new PageResource("video", "https://videos.exemple.net/clip.mp4"),
                new PageResource("source", "https://videos.exemple.net/clip.webm"),
                new PageResource("audio", "https://audio.exemple.net/a.mp3"),
                new PageResource("embed", "https://player.exemple.net/e.swf"),
                new PageResource("object", "https://player.exemple.net/o.pdf"),
                new PageResource("iframe", "https://www.youtube-nocookie.com/embed/abc"),
            ],
            facts.Resources);
    }

    [Fact]
    public void Should_see_iframes_and_scripts_parked_by_consent_managers()
    {
        var facts = Parse("""
            <iframe data-src="https://www.youtube.com/embed/xyz" src="about:blank"></iframe>
            <iframe data-cookieblock-src="https://player.vimeo.com/video/1"></iframe>
            <script type="text/plain" data-cookieconsent="statistics" data-src="https://connect.facebook.net/fr_FR/fbevents.js"></script>
            """);

        Assert.Equal(
            [
                new PageResource("iframe", "https://www.youtube.com/embed/xyz"),
                new PageResource("iframe", "https://player.vimeo.com/video/1"),
                new PageResource("script", "https://connect.facebook.net/fr_FR/fbevents.js"),
            ],
            facts.Resources);
    }

    [Fact]
    public void Should_find_fonts_and_imports_in_style_blocks()
    {
        var facts = Parse("""
            <style>
              @import url("https://fonts.googleapis.com/css?family=Roboto");
              @import '/css/theme.css' screen;
              @font-face { font-family: "Marianne"; src: url(/fonts/Marianne.woff2) format("woff2"), url('https://static.exemple.net/m.woff') format("woff"); }
              body { background: url(/bg.png); }
              @font-face { src: url(data:font/woff2;base64,AAAA); }
            </style>
            """);

        Assert.Equal(
            [
                new PageResource("stylesheet", "https://fonts.googleapis.com/css?family=Roboto"),
                new PageResource("stylesheet", "https://www.parti-exemple.fr/css/theme.css"),
                new PageResource("font", "https://www.parti-exemple.fr/fonts/Marianne.woff2"),
                new PageResource("font", "https://static.exemple.net/m.woff"),
            ],
            facts.Resources);
    }

    [Fact]
    public void Should_survive_malformed_html()
    {
        var facts = Parse("""
            <html><head><title>Cassé</title><body><div><footer><p><a href="https://www.instagram.com/parti/">Insta<a href='https://www.facebook.com/parti'>FB</p>
            <table><a href="/t">in table</a><tr><td><script src="https://cdn.exemple.net/x.js">
            <a href=/sans-guillemets>x</a></div></span></footer>
            <a href="https://exa mple.com/">bad</a><a href="http://[::1">bad</a><img src="https://">
            """);

        Assert.Contains(facts.Links, l => l.Url == "https://www.instagram.com/parti/" && l.Region == PageRegions.Footer);
        Assert.Contains(facts.Links, l => l.Url == "https://www.facebook.com/parti" && l.Region == PageRegions.Footer);
        Assert.Contains(facts.Links, l => l.Url == "https://www.parti-exemple.fr/t");
        Assert.DoesNotContain(facts.Links, l => l.Url.Contains("[::1", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_internationalised_hosts_in_punycode()
    {
        var facts = PageParser.Parse(
            """<a href="https://mairie-exemple.fr/é">e</a><a href="//bücher.de/">b</a><img src="https://食狮.中国/i.png">""",
            new Uri("https://www.élysée.fr/"),
            truncated: true);

        Assert.Equal(["https://mairie-exemple.fr/%C3%A9", "https://xn--bcher-kva.de/"], facts.Links.Select(l => l.Url));
        Assert.Equal("https://xn--85x722f.xn--fiqs8s/i.png", facts.Resources.Single().Url);
        Assert.True(facts.Truncated);
    }

    [Fact]
    public void Should_resolve_relative_links_on_an_internationalised_page()
    {
        var facts = PageParser.Parse("""<a href="/contact">c</a>""", new Uri("https://www.élysée.fr/"), truncated: false);

        Assert.Equal("https://www.xn--lyse-9oad.fr/contact", facts.Links.Single().Url);
    }

    [Fact]
    public void Should_keep_the_same_link_once_per_region()
    {
        var facts = Parse("""
            <header><a href="https://x.com/parti">X</a><a href="https://x.com/parti">X again</a></header>
            <footer><a href="https://x.com/parti">X</a></footer>
            """);

        Assert.Equal([PageRegions.Header, PageRegions.Footer], facts.Links.Select(l => l.Region));
    }

    [Fact]
    public void Should_refuse_a_page_url_that_is_not_http()
    {
        Assert.Throws<ArgumentException>(() => PageParser.Parse("", new Uri("file:///tmp/x.html"), truncated: false));
    }

    [Fact]
    public void Should_parse_a_five_mebibyte_page_completely()
    {
        // Speed is measured in the benchmarks (BENCHMARKS.md); this checks that a page at the size cap is read whole.
        var html = LargePage(5 * 1024 * 1024);

        var facts = PageParser.Parse(html, Home, truncated: true);

        Assert.True(facts.Links.Count > 10_000);
        Assert.True(facts.Truncated);
    }

    internal static string LargePage(int bytes)
    {
        var builder = new StringBuilder(bytes + 1024);
        builder.Append("<html><head><title>Grande page</title><style>@font-face{src:url(/f.woff2)}</style></head><body><main>");
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append("<div class=\"card\"><h2>Article ").Append(i).Append("</h2><p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit. ")
                .Append("<a class=\"more\" href=\"/article/").Append(i).Append("\">Lire la suite</a> <img src=\"/img/").Append(i % 500).Append(".jpg\" alt=\"\">")
                .Append("</p><script src=\"/js/").Append(i % 50).Append(".js\"></script></div>\n");
        }

        builder.Append("</main><footer><a href=\"https://www.facebook.com/parti\">Facebook</a></footer></body></html>");
        return builder.ToString();
    }
}
