namespace Pavillon.Collect.Dns;

/// <summary>
/// A DKIM selector name that a mail service asks its customers to publish, with the provider (knowledge-base id)
/// whose documentation names it. The collect stage asks these names; attribution reads what they answered.
/// </summary>
/// <param name="Selector">The label before "._domainkey".</param>
/// <param name="ProviderId">Knowledge-base id of the provider that documents this selector.</param>
/// <param name="Source">Where the convention is documented.</param>
public sealed record DkimSelector(string Selector, string ProviderId, string Source)
{
    /// <summary>
    /// The selectors probed for every mail domain. Only selectors that a provider imposes (not ones customers
    /// choose freely, and not generic names such as "mail" or "default", used by many self-hosted servers).
    /// </summary>
    public static IReadOnlyList<DkimSelector> Known { get; } =
    [
        new("selector1", "microsoft-365", "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure"),
        new("selector2", "microsoft-365", "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure"),
        new("google", "google-workspace", "https://support.google.com/a/answer/11611356"),
        new("k1", "mailchimp", "https://mailchimp.com/help/set-up-email-domain-authentication/"),
        new("k2", "mailchimp", "https://mailchimp.com/help/set-up-email-domain-authentication/"),
        new("k3", "mailchimp", "https://mailchimp.com/help/set-up-email-domain-authentication/"),
        new("mandrill", "mailchimp", "https://mailchimp.com/developer/transactional/docs/authentication-delivery/"),
        new("s1", "sendgrid", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication"),
        new("s2", "sendgrid", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication"),
        new("protonmail", "proton", "https://proton.me/support/anti-spoofing-custom-domain"),
        new("protonmail2", "proton", "https://proton.me/support/anti-spoofing-custom-domain"),
        new("protonmail3", "proton", "https://proton.me/support/anti-spoofing-custom-domain"),
        new("mailjet", "mailjet", "https://documentation.mailjet.com/hc/en-us/articles/360042412734"),
        new("brevo1", "brevo", "https://help.brevo.com/hc/en-us/articles/17286219877778"),
        new("brevo2", "brevo", "https://help.brevo.com/hc/en-us/articles/17286219877778"),
        new("fm1", "fastmail", "https://www.fastmail.help/hc/en-us/articles/360060591153"),
        new("fm2", "fastmail", "https://www.fastmail.help/hc/en-us/articles/360060591153"),
        new("fm3", "fastmail", "https://www.fastmail.help/hc/en-us/articles/360060591153"),
    ];

    /// <summary>The name asked for <paramref name="domain"/>: "selector1._domainkey.exemple.fr".</summary>
    public string NameFor(string domain) => $"{Selector}._domainkey.{domain}";
}
