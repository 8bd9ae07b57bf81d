namespace Pavillon.Accuracy.Replay;

/// <summary>The data set's classes, in the order the reports list them.</summary>
public static class MailClass
{
    /// <summary>Microsoft 365 (Exchange Online).</summary>
    public const string Microsoft = "microsoft";

    /// <summary>Google Workspace.</summary>
    public const string Google = "google";

    /// <summary>Amazon (SES inbound, WorkMail).</summary>
    public const string Aws = "aws";

    /// <summary>Infomaniak (Swiss).</summary>
    public const string Infomaniak = "infomaniak";

    /// <summary>Anything else: Swiss providers, regional computing centres, the municipality's own server.</summary>
    public const string Independent = "independent";

    /// <summary>Every class, named ones first.</summary>
    public static IReadOnlyList<string> All { get; } = [Microsoft, Google, Aws, Infomaniak, Independent];
}
