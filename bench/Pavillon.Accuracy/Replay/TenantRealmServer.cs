using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pavillon.EndToEnd.Infrastructure;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Kestrel on 127.0.0.1 (HTTPS, a certificate for login.microsoftonline.com from the test CA) standing in for
/// Microsoft's user-realm service: <c>GET /getuserrealm.srf?login=postmaster%40DOMAIN&amp;json=1</c> answers
/// with the realm type the data set recorded for DOMAIN, and "Unknown" for any other domain, in the shape the
/// real service uses. The CLI reaches it through <c>--connect-to login.microsoftonline.com:443:127.0.0.1:PORT</c>.
/// </summary>
public sealed class TenantRealmServer : IAsyncDisposable
{
    /// <summary>The host name the realm service answers on.</summary>
    public const string Host = "login.microsoftonline.com";

    private readonly WebApplication _app;
    private int _questions;

    private TenantRealmServer(WebApplication app) => _app = app;

    /// <summary>The HTTPS port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>Realm questions answered so far (any domain, any answer).</summary>
    public int Questions => Volatile.Read(ref _questions);

    /// <summary>The <c>--connect-to</c> rule that sends the CLI's realm questions here.</summary>
    public string ConnectTo => $"{Host}:443:127.0.0.1:{Port}";

    /// <summary>Starts the server answering from <paramref name="realms"/> (domain in punycode -> Managed or Federated).</summary>
    public static async Task<TenantRealmServer> StartAsync(IReadOnlyDictionary<string, string> realms, TestCertificateAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(realms);
        ArgumentNullException.ThrowIfNull(authority);
        var certificate = authority.LeafFor(Host);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var server = new TenantRealmServer(app);
        app.Run(context => server.AnswerAsync(context, realms));
        await app.StartAsync().ConfigureAwait(false);
        server.Port = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).Single().Port;
        return server;
    }

    /// <summary>The JSON body the service gives for <paramref name="login"/> when the domain's realm type is <paramref name="type"/>.</summary>
    public static string Answer(string login, string domain, string? type)
    {
        ArgumentNullException.ThrowIfNull(login);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("State", 4);
            json.WriteNumber("UserState", 1);
            json.WriteString("Login", login);
            json.WriteString("NameSpaceType", type ?? TenantReplay.Unknown);
            if (type is not null)
            {
                json.WriteString("DomainName", domain);
                json.WriteString("FederationBrandName", domain);
            }

            json.WriteString("CloudInstanceName", "microsoftonline.com");
            if (type is not null)
            {
                json.WriteString("CloudInstanceIssuerUri", "urn:federation:MicrosoftOnline");
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The domain a login names: what follows the last '@', or the whole login when it has none.</summary>
    public static string DomainOf(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        var domain = login[(login.LastIndexOf('@') + 1)..];
        try
        {
            return DnsRecord.ToAscii(domain);
        }
        catch (ArgumentException)
        {
            // Not a valid name: no realm has it, so it answers Unknown like the real service.
            return domain.ToLowerInvariant();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context, IReadOnlyDictionary<string, string> realms)
    {
        var login = context.Request.Query["login"].ToString();
        if (!context.Request.Path.Equals("/getuserrealm.srf", StringComparison.OrdinalIgnoreCase) || login.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _questions);
        var domain = DomainOf(login);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(Answer(login, domain, realms.GetValueOrDefault(domain))).ConfigureAwait(false);
    }
}
