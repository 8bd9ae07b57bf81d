namespace Pavillon.Accuracy.Replay;

/// <summary>
/// Finds the disagreements where the data set itself labels the same records both ways. Two entries have the same
/// records, for this purpose, when their MX hosts lie in the same domains, their SPF includes name the same
/// classes' mail services, and Pavillon gives them the same answer (the same relay or mail host, the same hints). When most such entries carry
/// Pavillon's class, the minority's label does not follow from the records: it rests on something the records
/// do not distinguish (in the Swiss set, whether Infomaniak's SPF include is spelt under .ch or .com).
/// </summary>
public static class LabelSplit
{
    /// <summary>The class id of such a disagreement.</summary>
    public const string Id = "label-split-on-same-records";

    /// <summary>Fewest entries that must carry Pavillon's class before a split is reported.</summary>
    public const int MinimumAgreeing = 3;

    // Every domain each provider publishes its senders under: unlike DisagreementClassifier.SpfDomains, which follows
    // the labeller's own matching, this decides whether two records name the same provider.
    private static readonly (string Domain, string Class)[] SpfServiceDomains =
    [
        ("spf.protection.outlook.com", MailClass.Microsoft),
        ("_spf.google.com", MailClass.Google),
        ("amazonses.com", MailClass.Aws),
        ("infomaniak.ch", MailClass.Infomaniak),
        ("infomaniak.com", MailClass.Infomaniak),
    ];

    private const string Explanation =
        "other domains with MX hosts in the same domains and SPF includes naming the same providers, to which Pavillon gives the same answer, "
        + "are labelled with Pavillon's class more often than with this label: the data set labels the same records both ways, and this label is the minority one";

    /// <summary><paramref name="outcomes"/> with the undecided disagreements of split groups re-sorted into <see cref="Id"/>, in both views.</summary>
    public static List<DomainOutcome> Review(IReadOnlyList<DomainOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var groups = outcomes.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return
        [
            .. outcomes.Select(o =>
            {
                var group = groups[Key(o)];
                return o with
                {
                    Disagreement = Resort(o.Disagreement, o.Entry.Label, o.PavillonClass, group),
                    HintDisagreement = Resort(o.HintDisagreement, o.Entry.Label, o.WithHints.Class, group),
                };
            }),
        ];
    }

    /// <summary>The key of the records an entry shares with others: its MX domains, the classes its SPF includes name, Pavillon's answer.</summary>
    public static string Key(DomainOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var domains = outcome.Entry.Mx.Select(MxDomain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(',', domains) + "|" + string.Join(',', SpfClasses(outcome.Entry.Spf)) + "|" + outcome.PavillonAnswer;
    }

    /// <summary>
    /// The named classes whose mail service an include or redirect of <paramref name="spf"/> names, under any of the
    /// provider's own domains: Infomaniak publishes its senders under infomaniak.ch and infomaniak.com alike.
    /// </summary>
    public static IReadOnlyList<string> SpfClasses(string spf)
    {
        ArgumentNullException.ThrowIfNull(spf);
        return
        [
            .. DisagreementClassifier.SpfIncludeTargets(spf)
                .Select(target => SpfServiceDomains.FirstOrDefault(p => target == p.Domain || target.EndsWith("." + p.Domain, StringComparison.Ordinal)).Class)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    }

    private static Disagreement? Resort(Disagreement? disagreement, string label, string pavillonClass, List<DomainOutcome> group)
    {
        if (disagreement is null || disagreement.LabelWrong || group.Count < 2)
        {
            return disagreement;
        }

        var agreeing = group.Count(g => g.Entry.Label == pavillonClass);
        var likeThis = group.Count(g => g.Entry.Label == label);
        return agreeing >= MinimumAgreeing && agreeing > likeThis
            ? new Disagreement(Id, $"{Explanation} (previously {disagreement.Id})", LabelWrong: true)
            : disagreement;
    }

    // The last two labels of the MX host ("mail2.acg-geneve.ch" -> "acg-geneve.ch"): hosts of one operator group
    // together. Cruder than the public suffix list, which is enough to group the hosts of one relay.
    private static string MxDomain(string host)
    {
        var labels = host.TrimEnd('.').ToLowerInvariant().Split('.');
        return labels.Length <= 2 ? string.Join('.', labels) : string.Join('.', labels[^2..]);
    }
}
