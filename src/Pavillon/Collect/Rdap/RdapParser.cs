using System.Globalization;
using System.Text.Json;
using Pavillon.Evidence;

namespace Pavillon.Collect.Rdap;

/// <summary>Reads the facts Pavillon needs from an RDAP domain object (RFC 9083): registrar, name servers, registration date.</summary>
public static class RdapParser
{
    /// <summary>The publicIds type that carries an ICANN-accredited registrar's IANA number.</summary>
    public const string IanaRegistrarIdType = "IANA Registrar ID";

    /// <summary>Parses the JSON text of a domain object; an unreadable document gives a fetch with an error.</summary>
    public static RdapFetch Parse(string domain, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(domain, document.RootElement);
        }
        catch (JsonException ex)
        {
            return new RdapFetch(domain) { Error = $"the RDAP answer is not JSON: {ex.Message}" };
        }
    }

    /// <summary>Reads a domain object already parsed.</summary>
    public static RdapFetch Parse(string domain, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new RdapFetch(domain) { Error = "the RDAP answer is not a JSON object" };
        }

        if (String(root, "objectClassName") is { } objectClass && !string.Equals(objectClass, "domain", StringComparison.OrdinalIgnoreCase))
        {
            return new RdapFetch(domain) { Error = $"the RDAP answer is a '{objectClass}' object, not a domain" };
        }

        return new RdapFetch(domain)
        {
            Registrar = FindRegistrar(root),
            Nameservers = Nameservers(root),
            Registered = EventDate(root, "registration"),
        };
    }

    /// <summary>The first entity with the role "registrar", looked for at the top level, then one level down.</summary>
    internal static RdapRegistrar? FindRegistrar(JsonElement domainObject)
    {
        var entities = Entities(domainObject).ToList();
        var registrar = entities.FirstOrDefault(HasRegistrarRole);
        if (registrar.ValueKind == JsonValueKind.Undefined)
        {
            registrar = entities.SelectMany(Entities).FirstOrDefault(HasRegistrarRole);
        }

        if (registrar.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        return new RdapRegistrar(FormattedName(registrar))
        {
            Handle = String(registrar, "handle"),
            IanaId = IanaId(registrar),
        };
    }

    private static bool HasRegistrarRole(JsonElement entity) =>
        entity.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array &&
        roles.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && string.Equals(r.GetString(), "registrar", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonElement> Entities(JsonElement parent) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList()
            : [];

    private static int? IanaId(JsonElement entity)
    {
        if (!entity.TryGetProperty("publicIds", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var id in ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            if (string.Equals(String(id, "type")?.Trim(), IanaRegistrarIdType, StringComparison.OrdinalIgnoreCase) &&
                int.TryParse(String(id, "identifier")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The "fn" property of a jCard (RFC 7095): ["vcard", [["fn", {}, "text", "NAME"], ...]].</summary>
    private static string? FormattedName(JsonElement entity)
    {
        if (!entity.TryGetProperty("vcardArray", out var vcard) || vcard.ValueKind != JsonValueKind.Array || vcard.GetArrayLength() < 2 ||
            vcard[1].ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var property in vcard[1].EnumerateArray())
        {
            if (property.ValueKind == JsonValueKind.Array && property.GetArrayLength() >= 4 &&
                property[0].ValueKind == JsonValueKind.String && string.Equals(property[0].GetString(), "fn", StringComparison.OrdinalIgnoreCase) &&
                property[3].ValueKind == JsonValueKind.String)
            {
                var name = property[3].GetString()?.Trim();
                return string.IsNullOrEmpty(name) ? null : name;
            }
        }

        return null;
    }

    private static List<string> Nameservers(JsonElement root)
    {
        if (!root.TryGetProperty("nameservers", out var nameservers) || nameservers.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return nameservers.EnumerateArray()
            .Select(n => String(n, "ldhName"))
            .OfType<string>()
            .Select(n => n.Trim().TrimEnd('.').ToLowerInvariant())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static DateTimeOffset? EventDate(JsonElement root, string action)
    {
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in events.EnumerateArray())
        {
            if (string.Equals(String(item, "eventAction"), action, StringComparison.OrdinalIgnoreCase) &&
                DateTimeOffset.TryParse(String(item, "eventDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
