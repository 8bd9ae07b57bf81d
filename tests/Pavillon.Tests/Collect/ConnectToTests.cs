using Pavillon.Collect;

namespace Pavillon.Tests.Collect;

public sealed class ConnectToTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("parti.fr:443:127.0.0.1:8443", "parti.fr", 443, "127.0.0.1", 8443)]
        [InlineData("::127.0.0.1:8443", "", null, "127.0.0.1", 8443)]
        [InlineData(":443:127.0.0.1:", "", 443, "127.0.0.1", null)]
        [InlineData("Parti.FR::localhost:", "parti.fr", null, "localhost", null)]
        [InlineData("[2001:db8::1]:443:[::1]:8443", "2001:db8::1", 443, "::1", 8443)]
        [InlineData(":::", "", null, "", null)]
        public void Should_read_the_four_parts(string text, string fromHost, int? fromPort, string toHost, int? toPort)
        {
            var rule = ConnectTo.Parse(text, out var error);

            Assert.Null(error);
            Assert.Equal(new ConnectTo(fromHost, fromPort, toHost, toPort), rule);
        }

        [Theory]
        [InlineData("parti.fr:443:127.0.0.1", "must have the form HOST1:PORT1:HOST2:PORT2")]
        [InlineData("a:1:b:2:c", "must have the form HOST1:PORT1:HOST2:PORT2")]
        [InlineData("2001:db8::1:443:127.0.0.1:8443", "must have the form HOST1:PORT1:HOST2:PORT2")]
        [InlineData("parti.fr:https:127.0.0.1:8443", "PORT1 'https' is not a port number")]
        [InlineData("parti.fr:0:127.0.0.1:8443", "PORT1 '0' is not a port number")]
        [InlineData("parti.fr:443:127.0.0.1:65536", "PORT2 '65536' is not a port number")]
        [InlineData("parti.fr:-1:127.0.0.1:8443", "PORT1 '-1' is not a port number")]
        public void Should_explain_a_malformed_rule(string text, string problem)
        {
            var rule = ConnectTo.Parse(text, out var error);

            Assert.Null(rule);
            Assert.NotNull(error);
            Assert.Contains(problem, error, StringComparison.Ordinal);
        }
    }

    public sealed class TheApplyMethod
    {
        private static ConnectTo Rule(string text) => ConnectTo.Parse(text, out _)!;

        [Fact]
        public void Should_send_every_host_on_a_port_to_the_target_when_host1_is_empty()
        {
            IReadOnlyList<ConnectTo> rules = [Rule(":443:127.0.0.1:8443")];

            Assert.Equal(("127.0.0.1", 8443), ConnectTo.Apply(rules, "parti.fr", 443));
            Assert.Equal(("127.0.0.1", 8443), ConnectTo.Apply(rules, "mastodon.social", 443));
            Assert.Equal(("parti.fr", 80), ConnectTo.Apply(rules, "parti.fr", 80));
        }

        [Fact]
        public void Should_match_any_port_when_port1_is_empty_and_keep_the_port_when_port2_is_empty()
        {
            IReadOnlyList<ConnectTo> rules = [Rule("parti.fr::127.0.0.2:")];

            Assert.Equal(("127.0.0.2", 80), ConnectTo.Apply(rules, "parti.fr", 80));
            Assert.Equal(("127.0.0.2", 443), ConnectTo.Apply(rules, "PARTI.fr", 443));
            Assert.Equal(("www.parti.fr", 443), ConnectTo.Apply(rules, "www.parti.fr", 443));
        }

        [Fact]
        public void Should_keep_the_host_when_host2_is_empty()
        {
            Assert.Equal(("parti.fr", 8443), ConnectTo.Apply([Rule("parti.fr:443::8443")], "parti.fr", 443));
        }

        [Fact]
        public void Should_apply_the_first_rule_that_matches()
        {
            IReadOnlyList<ConnectTo> rules = [Rule("parti.fr:443:127.0.0.1:9443"), Rule(":443:127.0.0.1:8443")];

            Assert.Equal(("127.0.0.1", 9443), ConnectTo.Apply(rules, "parti.fr", 443));
            Assert.Equal(("127.0.0.1", 8443), ConnectTo.Apply(rules, "syndicat.fr", 443));
        }

        [Fact]
        public void Should_connect_to_an_ipv6_target_given_in_brackets()
        {
            Assert.Equal(("::1", 8443), ConnectTo.Apply([Rule("[2001:db8::1]:443:[::1]:8443")], "2001:db8::1", 443));
        }

        [Fact]
        public void Should_leave_the_connection_alone_without_rules()
        {
            Assert.Equal(("parti.fr", 443), ConnectTo.Apply([], "parti.fr", 443));
        }
    }
}
