using Pavillon.Accuracy.Replay;

namespace Pavillon.EndToEnd.Accuracy;

/// <summary>
/// A disagreement is a label split when the data set gives the same records (MX domains, SPF classes, Pavillon's
/// answer) Pavillon's class more often than this label. Literal outcomes below, made up for the test.
/// </summary>
public sealed class LabelSplitTests
{
    private const string RelayAnswer = "relais (low-confidence hint: infomaniak)";

    private static DomainOutcome Outcome(string domain, string label, string spf, string answer = RelayAnswer, string mx = "mail.relais-exemple.ch")
    {
        var entry = new MxmapEntry { Bfs = domain, Domain = domain, Mx = [mx], Spf = spf, Label = label, OriginalLabel = label };
        var decision = new ClassDecision(MailClass.Independent, "relais", "high", ByHint: false);
        var disagreement = label == MailClass.Independent ? null : new Disagreement("relay-mailbox-spf-only", "undecided", LabelWrong: false);
        return new DomainOutcome(entry, MailClass.Independent, answer, disagreement, decision, decision, disagreement);
    }

    [Fact]
    public void Should_mark_the_minority_label_of_the_same_records_as_shown_wrong()
    {
        // The same relay and the same provider's include, spelt under .ch for the two labelled infomaniak and under
        // .com for the three labelled independent.
        List<DomainOutcome> outcomes =
        [
            Outcome("a.example", MailClass.Infomaniak, "v=spf1 include:spf.relais-exemple.ch include:spf.infomaniak.ch -all"),
            Outcome("b.example", MailClass.Infomaniak, "v=spf1 include:spf.relais-exemple.ch include:spf.infomaniak.ch -all"),
            Outcome("c.example", MailClass.Independent, "v=spf1 include:spf.relais-exemple.ch include:spf.infomaniak.com -all"),
            Outcome("d.example", MailClass.Independent, "v=spf1 include:spf.relais-exemple.ch include:spf.infomaniak.com -all"),
            Outcome("e.example", MailClass.Independent, "v=spf1 include:spf.infomaniak.com -all", mx: "mail2.relais-exemple.ch"),
        ];

        var reviewed = LabelSplit.Review(outcomes);

        Assert.All(reviewed.Take(2), o =>
        {
            Assert.Equal(LabelSplit.Id, o.Disagreement!.Id);
            Assert.True(o.Disagreement.LabelWrong);
            Assert.Equal(LabelSplit.Id, o.HintDisagreement!.Id);
        });
        Assert.All(reviewed.Skip(2), o => Assert.Null(o.Disagreement));
    }

    [Fact]
    public void Should_leave_a_disagreement_alone_when_the_records_differ_or_the_label_is_not_the_minority()
    {
        List<DomainOutcome> outcomes =
        [
            // Microsoft's include sets this one apart from its neighbours on the same relay.
            Outcome("a.example", MailClass.Microsoft, "v=spf1 include:spf.relais-exemple.ch include:spf.protection.outlook.com -all", answer: "relais"),
            Outcome("b.example", MailClass.Independent, "v=spf1 include:spf.relais-exemple.ch -all", answer: "relais"),
            Outcome("c.example", MailClass.Independent, "v=spf1 include:spf.relais-exemple.ch -all", answer: "relais"),
            Outcome("d.example", MailClass.Independent, "v=spf1 include:spf.relais-exemple.ch -all", answer: "relais"),

            // Two labels against three: the label is the majority.
            Outcome("e.example", MailClass.Infomaniak, "v=spf1 include:spf.infomaniak.ch -all", mx: "mx.autre-relais.ch"),
            Outcome("f.example", MailClass.Infomaniak, "v=spf1 include:spf.infomaniak.ch -all", mx: "mx.autre-relais.ch"),
            Outcome("g.example", MailClass.Infomaniak, "v=spf1 include:spf.infomaniak.ch -all", mx: "mx.autre-relais.ch"),
            Outcome("h.example", MailClass.Independent, "v=spf1 include:spf.infomaniak.ch -all", mx: "mx.autre-relais.ch"),
            Outcome("i.example", MailClass.Independent, "v=spf1 include:spf.infomaniak.ch -all", mx: "mx.autre-relais.ch"),
        ];

        var reviewed = LabelSplit.Review(outcomes);

        Assert.Equal("relay-mailbox-spf-only", reviewed[0].Disagreement!.Id);
        Assert.All(reviewed.Skip(4).Take(3), o => Assert.Equal("relay-mailbox-spf-only", o.Disagreement!.Id));
    }

    [Fact]
    public void Should_read_the_classes_an_spf_record_names_under_any_of_the_providers_domains()
    {
        Assert.Equal([MailClass.Infomaniak, MailClass.Microsoft], LabelSplit.SpfClasses("v=spf1 include:spf.infomaniak.com ~include:spf.protection.outlook.com a:x.example -all"));
        Assert.Empty(LabelSplit.SpfClasses("v=spf1 a:newsletter.infomaniak.com ip4:192.0.2.1 -all"));
    }
}
