using Pavillon.Attribution.Kinds.EmailOutbound;
using Pavillon.Model;

namespace Pavillon.Tests.Attribution.Email;

/// <summary>The SPF include tree rebuilt from TXT lookups, and the outbound senders it names.</summary>
public sealed class SpfTreeTests
{
    private static List<Dependency> Outbound(MailEvidence evidence) =>
        [.. evidence.Attribute().Dependencies.Where(d => d.Service == ServiceKind.EmailOutbound && d.Layer is null)];

    public sealed class TheEvaluateMethod
    {
        [Fact]
        public void Should_attribute_nested_includes_to_their_own_provider()
        {
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 include:_spf.agence-com.fr include:spf.protection.outlook.com -all")
                .Txt("_spf.agence-com.fr", "v=spf1 include:sendgrid.net include:servers.mcsv.net ~all")
                .Txt("sendgrid.net", "v=spf1 ip4:167.89.0.0/17 -all")
                .Txt("servers.mcsv.net", "v=spf1 ip4:205.201.128.0/20 -all")
                .Txt("spf.protection.outlook.com", "v=spf1 include:spfa.protection.outlook.com -all")
                .Txt("spfa.protection.outlook.com", "v=spf1 ip4:40.92.0.0/15 -all");

            var evaluation = SpfTree.Evaluate(evidence.Context(), "exemple.fr");
            var outbound = Outbound(evidence);

            Assert.Equal(5, evaluation.DnsLookups);
            Assert.False(evaluation.IsPermError);
            Assert.Equal(["_spf.agence-com.fr", "sendgrid.net", "servers.mcsv.net", "spf.protection.outlook.com", "spfa.protection.outlook.com"], evaluation.Authorisations.Select(a => a.Target));
            Assert.Equal(Confidence.High, outbound.Single(d => d.Provider.Id == "microsoft-365").Confidence);
            var sendgrid = outbound.Single(d => d.Provider.Id == "sendgrid");
            Assert.Equal(Confidence.Medium, sendgrid.Confidence);
            Assert.Contains("exemple.fr → _spf.agence-com.fr → sendgrid.net", sendgrid.Evidence.Single().Rule, StringComparison.Ordinal);
            Assert.Contains(outbound, d => d.Provider.Id == "mailchimp");
            Assert.Equal(Confidence.Low, outbound.Single(d => d.Provider.Id == "unknown").Confidence);
            Assert.Equal(4, outbound.Count);
        }

        [Fact]
        public void Should_not_list_a_providers_own_sub_policies_nor_the_organisations()
        {
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 include:_spf.exemple.fr -all")
                .Txt("_spf.exemple.fr", "v=spf1 include:_spf.google.com -all")
                .Txt("_spf.google.com", "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all")
                .Txt("_netblocks.google.com", "v=spf1 ip4:35.190.247.0/24 ~all")
                .Txt("_netblocks2.google.com", "v=spf1 ip6:2001:4860:4000::/36 ~all");

            var outbound = Outbound(evidence);

            Assert.Equal("google-workspace", Assert.Single(outbound).Provider.Id);
        }

        [Fact]
        public void Should_list_a_providers_host_named_in_an_a_or_mx_term_and_no_other_host()
        {
            var evidence = new MailEvidence("commune-exemple.ch")
                .Txt("commune-exemple.ch", "v=spf1 include:spf.relais-exemple.ch a:www.commune-exemple.ch a:newsletter.infomaniak.com a:web3.agence-exemple.ch -a:smtp.sendgrid.net mx:mail.commune-exemple.ch -all")
                .Txt("spf.relais-exemple.ch", "v=spf1 ip4:192.0.2.0/24 a:relay.mailjet.com -all");

            var outbound = Outbound(evidence);

            var infomaniak = outbound.Single(d => d.Provider.Id == "infomaniak");
            Assert.Equal(Confidence.High, infomaniak.Confidence);
            var item = Assert.Single(infomaniak.Evidence);
            Assert.Equal("a:newsletter.infomaniak.com", item.Observation);
            Assert.Contains("spf or mx suffix infomaniak.com", item.Rule, StringComparison.Ordinal);
            // The organisation's own hosts, unknown hosts, a host that must not send and the terms of an included
            // policy are not senders of their own: only the include itself is listed, as unknown.
            Assert.DoesNotContain(outbound, d => d.Provider.Id is "sendgrid" or "mailjet");
            Assert.Equal(["infomaniak", "unknown"], outbound.Select(d => d.Provider.Id).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_detect_an_include_loop()
        {
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 include:a.boucle.net -all")
                .Txt("a.boucle.net", "v=spf1 include:b.boucle.net -all")
                .Txt("b.boucle.net", "v=spf1 include:a.boucle.net -all");

            var evaluation = SpfTree.Evaluate(evidence.Context(), "exemple.fr");

            Assert.Equal("exemple.fr → a.boucle.net → b.boucle.net → a.boucle.net", Assert.Single(evaluation.Loops));
            Assert.True(evaluation.IsPermError);
            Assert.Equal(3, evaluation.DnsLookups);
            Assert.All(Outbound(evidence), d => Assert.Contains(d.Evidence, e => e.Kind == "spf" && e.Observation.Contains("loop", StringComparison.Ordinal)));
        }

        [Fact]
        public void Should_flag_more_than_ten_dns_querying_terms_and_the_senders_past_the_limit()
        {
            // a, mx, then includes; Google's policy costs three terms: 11 in all.
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com include:sendgrid.net include:servers.mcsv.net include:spf.mailjet.com include:spf.brevo.com include:amazonses.com -all")
                .Txt("_spf.google.com", "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all")
                .Txt("_netblocks.google.com", "v=spf1 ip4:35.190.247.0/24 ~all")
                .Txt("_netblocks2.google.com", "v=spf1 ip6:2001:4860:4000::/36 ~all")
                .Txt("spf.protection.outlook.com", "v=spf1 ip4:40.92.0.0/15 -all")
                .Txt("sendgrid.net", "v=spf1 ip4:167.89.0.0/17 -all")
                .Txt("servers.mcsv.net", "v=spf1 ip4:205.201.128.0/20 -all")
                .Txt("spf.mailjet.com", "v=spf1 ip4:87.253.232.0/21 -all")
                .Txt("spf.brevo.com", "v=spf1 ip4:1.179.112.0/20 -all");

            var evaluation = SpfTree.Evaluate(evidence.Context(), "exemple.fr");
            var outbound = Outbound(evidence);

            Assert.Equal(11, evaluation.DnsLookups);
            Assert.True(evaluation.IsPermError);
            Assert.Contains("more than 10 DNS-querying terms", evaluation.Problems[0], StringComparison.Ordinal);
            var beyond = Assert.Single(evaluation.Authorisations, a => a.BeyondLimit);
            Assert.Equal("amazonses.com", beyond.Target);
            Assert.Contains("past the limit", outbound.Single(d => d.Provider.Id == "amazon-ses").Evidence[0].Rule, StringComparison.Ordinal);
            Assert.All(outbound, d => Assert.Contains(d.Evidence, e => e.Rule?.StartsWith("RFC 7208", StringComparison.Ordinal) == true));
        }

        [Fact]
        public void Should_count_void_lookups()
        {
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 include:ancien1.exemple.net include:ancien2.exemple.net include:ancien3.exemple.net -all")
                .NxDomain("ancien1.exemple.net", "TXT")
                .NxDomain("ancien2.exemple.net", "TXT")
                .NxDomain("ancien3.exemple.net", "TXT");

            var evaluation = SpfTree.Evaluate(evidence.Context(), "exemple.fr");

            Assert.Equal(3, evaluation.VoidLookups);
            Assert.Contains(evaluation.Problems, p => p.Contains("void lookups", StringComparison.Ordinal));
            Assert.Contains(evaluation.Problems, p => p.Contains("include:ancien1.exemple.net: ancien1.exemple.net publishes no SPF record", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_follow_redirect_only_when_the_record_has_no_all()
        {
            var redirected = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 redirect=_spf.google.com")
                .Txt("_spf.google.com", "v=spf1 ~all");
            var ignored = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 -all redirect=_spf.google.com");

            Assert.Equal("redirect", Assert.Single(SpfTree.Evaluate(redirected.Context(), "exemple.fr").Authorisations).Mechanism);
            Assert.Empty(SpfTree.Evaluate(ignored.Context(), "exemple.fr").Authorisations);
        }

        [Fact]
        public void Should_report_two_spf_records_as_a_problem_and_follow_neither()
        {
            var evidence = new MailEvidence("exemple.fr")
                .Txt("exemple.fr", "v=spf1 include:_spf.google.com -all", "v=spf1 include:sendgrid.net -all");

            var evaluation = SpfTree.Evaluate(evidence.Context(), "exemple.fr");

            Assert.Null(evaluation.Record);
            Assert.Empty(evaluation.Authorisations);
            Assert.Contains("2 SPF records", Assert.Single(evaluation.Problems), StringComparison.Ordinal);
        }
    }
}
