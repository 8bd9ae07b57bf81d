namespace Pavillon.Model;

/// <summary>An organisation to audit, as read from the command line or an input list.</summary>
/// <param name="Name">Display name, as the organisation calls itself.</param>
/// <param name="Website">The website as given (a domain or a URL).</param>
/// <param name="Group">Free grouping label used for comparisons (for example "Syndicats"); may be empty.</param>
/// <param name="MailDomains">Domains whose e-mail is audited; when empty the website's registrable domain is used.</param>
/// <param name="HomeCountry">ISO 3166-1 alpha-2 country of the organisation (default FR).</param>
public sealed record Organisation(
    string Name,
    string Website,
    string Group,
    IReadOnlyList<string> MailDomains,
    string HomeCountry = "FR")
{
    /// <summary>Where the organisation was read from ("input.csv:12"), for error messages; null for command-line targets.</summary>
    public string? Source { get; init; }
}
