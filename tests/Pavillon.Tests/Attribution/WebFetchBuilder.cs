using Pavillon.Evidence;

namespace Pavillon.Tests.Attribution;

/// <summary>A home-page load as the collect stage records it: hops (redirects first), headers, certificate and page facts.</summary>
internal sealed class WebFetchBuilder(string startUrl)
{
    private readonly string _startUrl = startUrl;
    private readonly List<HttpHop> _redirects = [];
    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);
    private readonly List<PageLink> _links = [];
    private readonly List<PageResource> _resources = [];
    private string _current = startUrl;
    private CertificateFacts? _certificate;
    private string? _generator;
    private int _status = 200;

    /// <summary>The current URL answers with a redirect to <paramref name="url"/>, which is asked next.</summary>
    public WebFetchBuilder RedirectTo(string url, int status = 301)
    {
        _redirects.Add(new HttpHop(_current) { Status = status, Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["location"] = url } });
        _current = url;
        return this;
    }

    public WebFetchBuilder Status(int status)
    {
        _status = status;
        return this;
    }

    /// <summary>A response header of the final page (name in lower case, as recorded).</summary>
    public WebFetchBuilder Header(string name, string value)
    {
        _headers[name] = value;
        return this;
    }

    /// <summary>The certificate of the final page, issued by an authority whose O= is <paramref name="issuerOrganisation"/>.</summary>
    public WebFetchBuilder Certificate(string issuerOrganisation, string issuerCommonName = "R11", bool trusted = true)
    {
        var host = new Uri(_current).IdnHost;
        _certificate = new CertificateFacts
        {
            Subject = $"CN={host}",
            Issuer = $"CN={issuerCommonName}, O={issuerOrganisation}, C=US",
            IssuerOrganisation = issuerOrganisation,
            NotBefore = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
            NotAfter = new DateTimeOffset(2026, 7, 30, 0, 0, 0, TimeSpan.Zero),
            SubjectAlternativeNames = [host],
            Trusted = trusted,
        };
        return this;
    }

    public WebFetchBuilder Generator(string generator)
    {
        _generator = generator;
        return this;
    }

    /// <summary>An anchor of the page; <paramref name="classes"/> are those of the anchor and its two nearest ancestors.</summary>
    public WebFetchBuilder Link(string url, string region = "footer", string? text = null, string? classes = null, string? label = null)
    {
        _links.Add(new PageLink(url, region) { Text = text, Classes = classes, Label = label });
        return this;
    }

    /// <summary>A resource the page loads: script, stylesheet, font, iframe, img...</summary>
    public WebFetchBuilder Resource(string element, string url)
    {
        _resources.Add(new PageResource(element, url));
        return this;
    }

    public WebFetch Build()
    {
        var final = new HttpHop(_current) { Status = _status, Headers = new Dictionary<string, string>(_headers, StringComparer.Ordinal), Certificate = _certificate };
        return new WebFetch(_startUrl, [.. _redirects, final])
        {
            FinalUrl = _current,
            Page = new PageFacts { Title = "Accueil", Generator = _generator, Links = [.. _links], Resources = [.. _resources] },
            Error = _status >= 400 ? $"HTTP {_status} at {_current}" : null,
        };
    }
}
