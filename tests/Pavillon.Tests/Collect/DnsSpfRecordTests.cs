using Pavillon.Collect.Dns;
using Pavillon.Evidence;

namespace Pavillon.Tests.Collect;

/// <summary>SPF record parsing shared by the collect walk and attribution.</summary>
public sealed class DnsSpfRecordTests
{
    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_read_qualifiers_mechanisms_and_modifiers()
        {
            var record = SpfRecord.Parse("v=spf1 +a/24 mx:mail.exemple.fr/28 ~include:_spf.google.com -ip4:192.0.2.0/24 ?exists:%{i}.spf.exemple.net redirect=_spf.exemple.fr")!;

            Assert.Equal(["a", "mx", "include", "ip4", "exists", "redirect"], record.Terms.Select(t => t.Name));
            Assert.Equal('~', record.Terms[2].Qualifier);
            Assert.Equal("mail.exemple.fr", record.Terms[1].Value);
            Assert.True(record.Terms[5].IsModifier);
            Assert.Equal(5, record.Terms.Count(t => t.QueriesDns));
        }

        [Fact]
        public void Should_give_targets_only_for_include_and_redirect_without_macros()
        {
            var record = SpfRecord.Parse("v=spf1 include:%{d}.spf.exemple.net include:SPF.Exemple.NET. redirect=_spf.exemple.fr")!;

            Assert.Equal([null, "spf.exemple.net", "_spf.exemple.fr"], record.Terms.Select(t => t.Target));
        }

        [Fact]
        public void Should_put_redirect_last_and_drop_it_when_all_is_present()
        {
            var withAll = SpfRecord.Parse("v=spf1 redirect=_spf.exemple.fr include:a.exemple.net -all")!;
            var withoutAll = SpfRecord.Parse("v=spf1 redirect=_spf.exemple.fr include:a.exemple.net")!;

            Assert.Equal(["include", "all"], withAll.EvaluationOrder.Select(t => t.Name));
            Assert.Equal(["include", "redirect"], withoutAll.EvaluationOrder.Select(t => t.Name));
        }

        [Theory]
        [InlineData("v=spf1", true)]
        [InlineData("V=SPF1 -all", true)]
        [InlineData("v=spf10 -all", false)]
        [InlineData("spf2.0/pra include:x", false)]
        [InlineData("google-site-verification=x", false)]
        public void Should_recognise_spf_records(string text, bool expected) => Assert.Equal(expected, SpfRecord.IsSpf(text));
    }

    public sealed class TheFromLookupMethod
    {
        [Fact]
        public void Should_refuse_two_records_and_count_them()
        {
            var lookup = new DnsLookup("exemple.fr", "TXT", DnsStatus.NoError,
            [
                new DnsAnswer("exemple.fr", "TXT", "v=spf1 -all", 300),
                new DnsAnswer("exemple.fr", "TXT", "MS=ms1", 300),
                new DnsAnswer("exemple.fr", "TXT", "v=spf1 include:x.net -all", 300),
            ]);

            Assert.Null(SpfRecord.FromLookup(lookup, out var count));
            Assert.Equal(2, count);
        }
    }
}
