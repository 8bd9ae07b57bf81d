using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using DnsClient;
using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.EndToEnd;

/// <summary>The fixtures themselves, checked without the CLI: if these fail, no scenario result means anything.</summary>
[Collection(MiniInternetCollection.Name)]
public sealed class MiniInternetTests(MiniInternet internet)
{
    private LookupClient Dns => new(new LookupClientOptions(new NameServer(IPAddress.Loopback, internet.Dns.Port))
    {
        UseCache = false,
        Timeout = TimeSpan.FromSeconds(2),
        ThrowDnsErrors = false,
    });

    [Fact]
    public async Task Should_answer_a_cname_chain_from_the_root_zone()
    {
        var answer = await Dns.QueryAsync("www.avenir-commun.fr", QueryType.A);

        Assert.Contains(answer.Answers.CnameRecords(), r => r.CanonicalName.Value == "avenircommun.nationbuilder.com.");
        Assert.Contains(answer.Answers.ARecords(), r => r.Address.ToString() == "3.248.144.10");
    }

    [Fact]
    public async Task Should_answer_ptr_records_for_reverse_names()
    {
        var answer = await Dns.QueryReverseAsync(IPAddress.Parse("213.186.33.5"));

        Assert.Contains(answer.Answers.PtrRecords(), r => r.PtrDomainName.Value == "cluster021.hosting.ovh.net.");
    }

    [Fact]
    public async Task Should_serve_names_with_ns_records_as_zones_of_their_own()
    {
        var ns = await Dns.QueryAsync("syndicat-nuage.fr", QueryType.NS);
        var a = await Dns.QueryAsync("syndicat-nuage.fr", QueryType.A);

        Assert.True(ns.Header.HasAuthorityAnswer);
        Assert.Contains(ns.Answers.NsRecords(), r => r.NSDName.Value == "ada.ns.cloudflare.com.");
        Assert.Contains(a.Answers.ARecords(), r => r.Address.ToString() == "104.21.48.17");
    }

    [Fact]
    public async Task Should_answer_nxdomain_for_unknown_names_and_punycode_for_idn()
    {
        var missing = await Dns.QueryAsync("www.parti-disparu.fr", QueryType.A);
        var idn = await Dns.QueryAsync("www.xn--mairie-vry-h7a.fr", QueryType.A);

        Assert.Equal(DnsHeaderResponseCode.NotExistentDomain, missing.Header.ResponseCode);
        Assert.Contains(idn.Answers.ARecords(), r => r.Address.ToString() == "145.239.20.30");
    }

    [Fact]
    public async Task Should_serve_https_with_a_certificate_from_the_test_ca()
    {
        using var client = HttpClientTo(internet.Web.HttpsPort);

        var page = await client.GetStringAsync(new Uri("https://www.avenir-commun.fr/"));

        Assert.Contains("https://www.facebook.com/avenircommun", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_https_for_an_internationalised_host_name()
    {
        using var client = HttpClientTo(internet.Web.HttpsPort);

        var page = await client.GetStringAsync(new Uri("https://www.xn--mairie-vry-h7a.fr/"));

        Assert.Contains("https://www.facebook.com/mairieevry", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_plain_http_redirects_and_nodeinfo()
    {
        using var http = HttpClientTo(internet.Web.HttpPort);
        using var https = HttpClientTo(internet.Web.HttpsPort);

        using var redirect = await http.GetAsync(new Uri("http://parti-redirige.fr/"));
        var nodeinfo = await https.GetStringAsync(new Uri("https://piaille.fr/.well-known/nodeinfo"));

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("http://www.parti-redirige.fr/", redirect.Headers.Location?.ToString());
        Assert.Contains("https://piaille.fr/nodeinfo/2.0", nodeinfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_tls_to_hosts_served_only_over_http()
    {
        using var client = HttpClientTo(internet.Web.HttpsPort);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetStringAsync(new Uri("https://amicale-en-clair.fr/")));
    }

    private HttpClient HttpClientTo(int port)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, port, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => IsIssuedByTestCa(certificate),
            },
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }

    private bool IsIssuedByTestCa(X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.Add(X509CertificateLoader.LoadCertificateFromFile(internet.CaPem));
        return chain.Build(new X509Certificate2(certificate));
    }
}
