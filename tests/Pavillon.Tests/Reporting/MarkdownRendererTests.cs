using Pavillon.Model;
using Pavillon.Reporting;

namespace Pavillon.Tests.Reporting;

public sealed class MarkdownRendererTests
{
    private static string Render(ReportLanguage language, ScanResult? result = null)
    {
        using var output = new StringWriter();
        new MarkdownRenderer().Render(result ?? SampleScan.Create(), new ReportOptions { Language = language }, output);
        return output.ToString();
    }

    [Fact]
    public void Should_write_the_audit_lines_in_french()
    {
        var report = Render(ReportLanguage.Fr);

        Assert.Contains(
            "### Mairie d'Exemple (https://www.exemple.fr)\n\n- Hébergement : OVHcloud (🇫🇷)\n- E-mails : Microsoft 365 (🇺🇸, serveurs en 🇮🇪)\n- Réseaux sociaux : Facebook (🇺🇸), Mastodon (🇫🇷)\n",
            report,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_the_audit_lines_in_english()
    {
        var report = Render(ReportLanguage.En);

        Assert.Contains("- Web hosting: Amazon Web Services (🇺🇸, servers in 🇫🇷)\n", report, StringComparison.Ordinal);
        Assert.Contains("- Web hosting: self-hosted (🇫🇷)\n", report, StringComparison.Ordinal);
        Assert.Contains("- E-mail: AS64500 Example Networks GmbH (🇩🇪, not in knowledge base)\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_group_organisations_in_the_order_groups_first_appear()
    {
        var report = Render(ReportLanguage.Fr);

        var mairies = report.IndexOf("## Mairies", StringComparison.Ordinal);
        var partis = report.IndexOf("## Partis", StringComparison.Ordinal);
        var syndicats = report.IndexOf("## Syndicats", StringComparison.Ordinal);
        Assert.True(mairies < partis && partis < syndicats);
        Assert.True(report.IndexOf("### Parti Nuageux", StringComparison.Ordinal) < syndicats);
    }

    [Fact]
    public void Should_say_why_an_organisation_was_not_audited()
    {
        var report = Render(ReportLanguage.En);

        Assert.Contains(
            "### Parti Introuvable (introuvable.example)\n\n- Status: unreachable — dns: introuvable.example: NXDOMAIN (the domain does not exist)\n",
            report,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_unknown_when_nothing_identifies_the_host()
    {
        var sample = SampleScan.Create();
        var partial = sample.Organisations[3] with { Hosting = new HostingSummary(null, false, []) };
        var result = sample with { Organisations = [partial] };

        Assert.Contains("- Hébergement : inconnu\n", Render(ReportLanguage.Fr, result), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_network_when_no_operator_is_identified()
    {
        var sample = SampleScan.Create();
        var layer = sample.Organisations[0].Hosting.Layers[0] with { Provider = SampleScan.UnknownNetwork, Location = "FR" };
        var organisation = sample.Organisations[0] with { Hosting = new HostingSummary(null, false, [layer]) };

        var report = Render(ReportLanguage.Fr, sample with { Organisations = [organisation] });

        Assert.Contains("- Hébergement : AS64500 Example Networks GmbH (🇩🇪, serveurs en 🇫🇷, hors base)\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_a_low_confidence_mailbox_as_a_possibility_after_the_answer()
    {
        var sample = SampleScan.Create();
        var relay = new Dependency
        {
            Service = ServiceKind.EmailInbound,
            Provider = new ProviderRef { Id = "unknown", Name = "unknown", InKnowledgeBase = false },
            Confidence = Confidence.Low,
            Subject = "mailfilter.relais-exemple.ch",
            Evidence = [new EvidenceItem("mx", "commune-exemple.ch", "commune-exemple.ch MX 10 mailfilter.relais-exemple.ch")],
        };
        var hint = new Dependency
        {
            Service = ServiceKind.EmailInbound,
            Layer = "mailbox",
            Provider = SampleScan.Google,
            Confidence = Confidence.Low,
            Subject = "commune-exemple.ch",
            Evidence = [new EvidenceItem("spf", "commune-exemple.ch", "include:_spf.google.com")],
        };
        var organisation = sample.Organisations[0] with
        {
            Email = new EmailSummary([], ["mailfilter.relais-exemple.ch"], [relay, hint]),
        };

        var french = Render(ReportLanguage.Fr, sample with { Organisations = [organisation] });
        var english = Render(ReportLanguage.En, sample with { Organisations = [organisation] });

        Assert.Contains("- E-mails : inconnu, boîtes peut-être chez Google Workspace (🇺🇸, indice faible)\n", french, StringComparison.Ordinal);
        Assert.Contains("- E-mail: unknown, mailboxes perhaps at Google Workspace (🇺🇸, weak hint)\n", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_escape_names_that_look_like_markdown()
    {
        var sample = SampleScan.Create();
        var organisation = sample.Organisations[0] with
        {
            Organisation = sample.Organisations[0].Organisation with { Name = "*Collectif* [test]" },
        };

        var report = Render(ReportLanguage.Fr, sample with { Organisations = [organisation] });

        Assert.Contains("### \\*Collectif\\* \\[test\\]", report, StringComparison.Ordinal);
    }
}
