using System.Text.Json;
using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>The contract's string values of enums ("web-hosting", "high", "ok"), for formats other than JSON.</summary>
internal static class JsonValues
{
    public static string Of(ServiceKind value) => Name(value.ToString());

    public static string Of(Confidence value) => Name(value.ToString());

    public static string Of(OrganisationStatus value) => Name(value.ToString());

    // The same policy the JSON converter applies, so CSV and JSON can never disagree.
    private static string Name(string memberName) => JsonNamingPolicy.KebabCaseLower.ConvertName(memberName);
}
