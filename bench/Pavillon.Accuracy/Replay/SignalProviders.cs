using System.Text.RegularExpressions;

namespace Pavillon.Accuracy.Replay;

/// <summary>
/// The provider a signal points to, read from its detail text when the file does not state it (mxmap-at writes
/// signals without a provider field). The names are mxmap-ch's, so both files compare the same way.
/// </summary>
public static partial class SignalProviders
{
    /// <summary>Provider names used by the labelling tools' detail texts, mapped onto mxmap-ch's provider names.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ms365"] = MailClass.Microsoft,
        ["microsoft"] = MailClass.Microsoft,
        ["google"] = MailClass.Google,
        ["aws"] = MailClass.Aws,
        ["infomaniak"] = MailClass.Infomaniak,
    };

    /// <summary>
    /// The provider of a signal of <paramref name="kind"/> whose text is <paramref name="detail"/>: the name after
    /// "matches", "&lt;country&gt;-isp" for "is &lt;Country&gt; ISP", microsoft for tenants and Microsoft DKIM or
    /// autodiscover targets, aws for SES verification; empty when the text says nothing.
    /// </summary>
    public static string Infer(string kind, string detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (MatchesPattern().Match(detail) is { Success: true } matches)
        {
            var name = matches.Groups[1].Value;
            return Aliases.GetValueOrDefault(name) ?? name.ToLowerInvariant();
        }

        if (IspPattern().Match(detail) is { Success: true } isp)
        {
            return isp.Groups[1].Value.ToLowerInvariant() + "-isp";
        }

        return kind switch
        {
            "tenant" => MailClass.Microsoft,
            "txt_verification" when detail.Contains("SES", StringComparison.Ordinal) => MailClass.Aws,
            "dkim" or "autodiscover" when detail.Contains("onmicrosoft.com", StringComparison.OrdinalIgnoreCase)
                || detail.Contains("outlook.com", StringComparison.OrdinalIgnoreCase) => MailClass.Microsoft,
            "dkim" or "autodiscover" when detail.Contains("google", StringComparison.OrdinalIgnoreCase) => MailClass.Google,
            _ => string.Empty,
        };
    }

    [GeneratedRegex(@"\bmatches (\S+)\s*$")]
    private static partial Regex MatchesPattern();

    [GeneratedRegex(@"\bis (\w+) ISP\b")]
    private static partial Regex IspPattern();
}
