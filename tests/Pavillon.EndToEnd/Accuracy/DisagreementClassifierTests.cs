using System.Text.Json;
using Pavillon.Accuracy.Replay;

namespace Pavillon.EndToEnd.Accuracy;

/// <summary>
/// How a disagreement is sorted from the entry's own records and Pavillon's JSON answer (literal entries and
/// answers below, made up for the test).
/// </summary>
public sealed class DisagreementClassifierTests
{
    private static JsonElement Answer(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static readonly JsonElement BehindRelay = Answer("""
        {"email":{"dependencies":[
          {"service":"email-gateway","layer":"relay","provider":{"id":"asn:199087"},"confidence":"low"},
          {"service":"email-inbound","layer":"mailbox","provider":{"id":"microsoft-365"},"confidence":"high"}]}}
        """);

    private static readonly JsonElement GatewayOnCloud = Answer("""
        {"email":{"dependencies":[
          {"service":"email-inbound","provider":{"id":"amazon-web-services"},"confidence":"medium"}]}}
        """);

    [Fact]
    public void Should_call_the_label_wrong_when_spf_and_autodiscover_locate_the_mailbox_behind_the_relay_it_names()
    {
        var entry = new MxmapEntry
        {
            Domain = "kunta-esimerkki.fi",
            Mx = ["mail.isp-esimerkki.fi"],
            Spf = "v=spf1 mx include:spf.protection.outlook.com ~all",
            Label = MailClass.Independent,
            OriginalLabel = "local-isp",
            Signals = [new MxmapSignal("autodiscover", MailClass.Microsoft, "autodiscover CNAME → autodiscover.outlook.com")],
        };

        var disagreement = DisagreementClassifier.Classify(entry, MailClass.Microsoft, BehindRelay);

        Assert.Equal("relay-mailbox-located-label-ignores", disagreement.Id);
        Assert.True(disagreement.LabelWrong);
    }

    [Fact]
    public void Should_call_an_aws_label_wrong_when_only_the_ses_include_names_aws_and_the_mx_is_elsewhere()
    {
        var entry = new MxmapEntry
        {
            Domain = "gemeinde-beispiel.at",
            Mx = ["mail.gemeinde-beispiel.at"],
            Spf = "v=spf1 a mx include:amazonses.com ?all",
            Label = MailClass.Aws,
            Signals = [new MxmapSignal("spf", MailClass.Aws, "SPF include:amazonses.com matches aws"), new MxmapSignal("asn", "austrian-isp", "ASN 8339 is Austrian ISP: kabelplus")],
        };
        var ownServer = Answer("""{"email":{"dependencies":[{"service":"email-inbound","provider":{"id":"asn:8339"},"confidence":"low"}]}}""");

        var disagreement = DisagreementClassifier.Classify(entry, MailClass.Independent, ownServer);

        Assert.Equal("sending-service-include-only", disagreement.Id);
        Assert.True(disagreement.LabelWrong);
    }

    [Fact]
    public void Should_leave_it_undecided_when_only_spf_and_a_tenant_name_the_mailbox()
    {
        var entry = new MxmapEntry
        {
            Domain = "kunta-esimerkki.fi",
            Mx = ["mail.isp-esimerkki.fi"],
            Spf = "v=spf1 mx include:spf.protection.outlook.com ~all",
            Label = MailClass.Independent,
            Signals = [new MxmapSignal("tenant", MailClass.Microsoft, "MS365 tenant detected: Managed")],
        };

        var disagreement = DisagreementClassifier.Classify(entry, MailClass.Microsoft, BehindRelay);

        Assert.False(disagreement.LabelWrong);
    }

    [Fact]
    public void Should_sort_a_label_resting_on_a_tenant_alone_as_such_even_when_the_gateway_runs_on_a_hyperscaler()
    {
        var entry = new MxmapEntry
        {
            Domain = "kommune-eksempel.dk",
            Mx = ["dk.mx1.gateway-eksempel.net"],
            Spf = "v=spf1 include:_spf1.spf-eksempel.com -all",
            Label = MailClass.Microsoft,
            Gateway = "gateway-eksempel",
            Signals =
            [
                new MxmapSignal("tenant", MailClass.Microsoft, "MS365 tenant detected: Managed"),
                new MxmapSignal("asn", MailClass.Aws, "ASN 16509"),
            ],
        };

        var disagreement = DisagreementClassifier.Classify(entry, MailClass.Aws, GatewayOnCloud);

        Assert.Equal("tenant-or-token-only", disagreement.Id);
        Assert.True(disagreement.LabelWrong);
    }

    [Fact]
    public void Should_treat_a_google_verification_token_alone_like_a_tenant()
    {
        var entry = new MxmapEntry
        {
            Domain = "hreppur-daemi.is",
            Mx = ["spamvorn.isp-daemi.is"],
            Spf = "v=spf1 ip4:192.0.2.0/24 ~all",
            Label = MailClass.Google,
            Signals = [new MxmapSignal("txt_verification", MailClass.Google, "TXT verification matches google")],
        };

        var disagreement = DisagreementClassifier.Classify(entry, MailClass.Independent, Answer("""{"email":{"dependencies":[]}}"""));

        Assert.Equal("tenant-or-token-only", disagreement.Id);
    }
}
