using System.Text.Json;

namespace Pavillon.EndToEnd.ScenarioModel;

/// <summary>
/// Compares one organisation of the JSON output (ARCHITECTURE.md §5) with a scenario's expectation and lists
/// every difference, so that one run tells everything that is wrong rather than the first thing.
/// </summary>
public static class ExpectationChecker
{
    /// <summary>The differences, as sentences; empty when the organisation matches.</summary>
    public static IReadOnlyList<string> Check(Expectation expect, JsonElement organisation)
    {
        var problems = new List<string>();
        if (expect.Status is not null)
        {
            var status = Text(organisation, "status");
            var allowed = expect.Status.Split('|');
            if (!allowed.Contains(status, StringComparer.Ordinal))
            {
                problems.Add($"status: expected {expect.Status}, got {status ?? "(none)"}");
            }
        }

        if (expect.ErrorStages is not null)
        {
            var stages = Items(organisation, "errors").Select(e => Text(e, "stage")).ToList();
            foreach (var stage in expect.ErrorStages.Where(s => !stages.Contains(s)))
            {
                problems.Add($"errors: expected an error of stage '{stage}', got [{string.Join(", ", stages)}]");
            }
        }

        if (expect.Hosting is not null)
        {
            CheckHosting(expect.Hosting, Child(organisation, "hosting"), problems);
        }

        if (expect.Email is not null)
        {
            CheckEmail(expect.Email, Child(organisation, "email"), problems);
        }

        if (expect.Social is not null)
        {
            CheckSocial(expect.Social, Items(organisation, "social"), problems);
        }

        return problems;
    }

    private static void CheckHosting(HostingExpectation expect, JsonElement? hosting, List<string> problems)
    {
        if (hosting is null)
        {
            problems.Add("hosting: missing");
            return;
        }

        var provider = Child(hosting.Value, "provider");
        if (expect.Provider == "none")
        {
            if (provider is not null)
            {
                problems.Add($"hosting.provider: expected none, got {Text(provider.Value, "id")}");
            }
        }
        else if (expect.Provider is not null || expect.Country is not null || expect.Jurisdiction is not null)
        {
            CheckProvider("hosting.provider", new ProviderExpectation { Id = expect.Provider ?? string.Empty, Country = expect.Country, Jurisdiction = expect.Jurisdiction }, provider, problems);
        }

        if (expect.SelfHosted is bool selfHosted)
        {
            var actual = Child(hosting.Value, "selfHosted");
            if (actual?.ValueKind != (selfHosted ? JsonValueKind.True : JsonValueKind.False))
            {
                problems.Add($"hosting.selfHosted: expected {selfHosted}, got {actual?.ToString() ?? "(none)"}");
            }
        }

        var layers = Items(hosting.Value, "layers");
        var layerIds = layers.Select(l => Child(l, "provider") is { } p ? Text(p, "id") : null).ToList();
        foreach (var id in expect.Layers ?? [])
        {
            if (!layerIds.Contains(id))
            {
                problems.Add($"hosting.layers: expected a layer by '{id}', got [{string.Join(", ", layerIds)}]");
            }
        }

        var kinds = layers.SelectMany(l => Items(l, "evidence")).Select(e => Text(e, "kind")).ToHashSet();
        foreach (var kind in expect.EvidenceKinds ?? [])
        {
            if (!kinds.Contains(kind))
            {
                problems.Add($"hosting.layers[].evidence: expected evidence of kind '{kind}', got [{string.Join(", ", kinds)}]");
            }
        }
    }

    private static void CheckEmail(EmailExpectation expect, JsonElement? email, List<string> problems)
    {
        if (email is null)
        {
            problems.Add("email: missing");
            return;
        }

        if (expect.Mx is not null)
        {
            var mx = Items(email.Value, "mx").Select(m => m.GetString()?.TrimEnd('.')).ToList();
            if (!mx.SequenceEqual(expect.Mx, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"email.mx: expected [{string.Join(", ", expect.Mx)}], got [{string.Join(", ", mx)}]");
            }
        }

        var providers = Items(email.Value, "providers");
        if (expect.Providers is not null)
        {
            var ids = providers.Select(p => Text(p, "id")).ToList();
            var expectedIds = expect.Providers.Select(p => p.Id).ToList();
            if (!ids.Order(StringComparer.Ordinal).SequenceEqual(expectedIds.Order(StringComparer.Ordinal)))
            {
                problems.Add($"email.providers: expected [{string.Join(", ", expectedIds)}], got [{string.Join(", ", ids)}]");
            }

            foreach (var expected in expect.Providers)
            {
                var actual = providers.FirstOrDefault(p => Text(p, "id") == expected.Id);
                if (actual.ValueKind == JsonValueKind.Object)
                {
                    CheckProvider($"email.providers[{expected.Id}]", expected, actual, problems);
                }
            }
        }

        if (expect.SelfHosted is true && !providers.Any(p => Text(p, "id") == "self"))
        {
            problems.Add($"email.providers: expected the organisation itself (id self), got [{string.Join(", ", providers.Select(p => Text(p, "id")))}]");
        }
    }

    private static void CheckSocial(SocialExpectation expect, IReadOnlyList<JsonElement> social, List<string> problems)
    {
        var remaining = social.ToList();
        string Listing() => string.Join(", ", social.Select(s => $"{(Child(s, "network") is { } n ? Text(n, "id") : "?")} {Text(s, "url")}"));
        foreach (var expected in expect.Networks)
        {
            var match = remaining.FindIndex(s => Child(s, "network") is { } n && Text(n, "id") == expected.Id
                && (expected.Url is null || string.Equals(Text(s, "url")?.TrimEnd('/'), expected.Url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)));
            if (match < 0)
            {
                problems.Add($"social: expected {expected.Id}{(expected.Url is null ? string.Empty : " " + expected.Url)}, got [{Listing()}]");
                continue;
            }

            var account = remaining[match];
            remaining.RemoveAt(match);
            CheckProvider($"social[{expected.Id}].network", expected, Child(account, "network"), problems);
            if (expected.Software is not null && Text(account, "software") != expected.Software)
            {
                problems.Add($"social[{expected.Id}].software: expected {expected.Software}, got {Text(account, "software") ?? "(none)"}");
            }

            if (expected.Instance is not null && Text(account, "instance") != expected.Instance)
            {
                problems.Add($"social[{expected.Id}].instance: expected {expected.Instance}, got {Text(account, "instance") ?? "(none)"}");
            }
        }

        if (expect.Only && remaining.Count > 0)
        {
            problems.Add($"social: unexpected extra networks [{string.Join(", ", remaining.Select(s => $"{(Child(s, "network") is { } n ? Text(n, "id") : "?")} {Text(s, "url")}"))}]");
        }

        foreach (var id in expect.Absent)
        {
            if (social.Any(s => Child(s, "network") is { } n && Text(n, "id") == id))
            {
                problems.Add($"social: '{id}' must not be reported (share button or unconfirmed link), got [{Listing()}]");
            }
        }
    }

    private static void CheckProvider(string where, ProviderExpectation expected, JsonElement? actual, List<string> problems)
    {
        if (actual is null || actual.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: expected {expected.Id}, got none");
            return;
        }

        var id = Text(actual.Value, "id");
        if (expected.Id.Length > 0 && id != expected.Id)
        {
            problems.Add($"{where}.id: expected {expected.Id}, got {id ?? "(none)"} ({Text(actual.Value, "name")})");
        }

        if (expected.Country is not null && Text(actual.Value, "country") != expected.Country)
        {
            problems.Add($"{where}.country: expected {expected.Country}, got {Text(actual.Value, "country") ?? "(none)"}");
        }

        if (expected.Jurisdiction is not null && Text(actual.Value, "jurisdiction") != expected.Jurisdiction)
        {
            problems.Add($"{where}.jurisdiction: expected {expected.Jurisdiction}, got {Text(actual.Value, "jurisdiction") ?? "(none)"}");
        }
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Child(element, name) is { } value ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()) : null;

    private static IReadOnlyList<JsonElement> Items(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
}
