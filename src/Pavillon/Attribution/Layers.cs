using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>The layers of web hosting, from the visitor inwards, and how a provider's categories place it.</summary>
public static class Layers
{
    public const string Edge = "edge";
    public const string Platform = "platform";
    public const string Host = "host";
    public const string Network = "network";

    /// <summary>Layers from the most specific operator ("hosted by") to the least.</summary>
    public static IReadOnlyList<string> BySpecificity { get; } = [Platform, Host, Network, Edge];

    /// <summary>The layer a provider takes when identified by a name (CNAME, PTR, header): CDN, platform or managed host.</summary>
    public static string ForNamedMatch(Provider? provider) =>
        provider is null ? Host
        : provider.Categories.Contains("cdn") ? Edge
        : IsPlatform(provider) ? Platform
        : Host;

    /// <summary>The layer a provider takes when identified by the AS of the address: CDN, platform, or network.</summary>
    public static string ForNetworkMatch(Provider? provider) =>
        provider is null ? Network
        : provider.Categories.Contains("cdn") ? Edge
        : IsPlatform(provider) ? Platform
        : Network;

    /// <summary>The service kind a hosting layer is reported as.</summary>
    public static ServiceKind ServiceOf(string layer) => layer switch
    {
        Edge => ServiceKind.Cdn,
        Platform => ServiceKind.WebPlatform,
        _ => ServiceKind.WebHosting,
    };

    private static bool IsPlatform(Provider provider) =>
        provider.Categories.Contains("web-platform") || provider.Categories.Contains("campaign-platform");
}
