using Pavillon.Assessment;
using Pavillon.KnowledgeBase;
using Pavillon.Model;
using static Pavillon.Tests.Assessment.PolicyFixtures;

namespace Pavillon.Tests.Assessment;

public sealed class AssessorTests
{
    public sealed class TheRateMethod
    {
        [Theory]
        [InlineData("national")]
        [InlineData("eu-eea")]
        [InlineData("eu-adequacy")]
        [InlineData("strict")]
        public void Should_rate_a_us_parented_host_foreign_under_every_policy_even_with_french_servers(string policy)
        {
            var verdict = Assessor(policy).Rate(On(UsParentedHost, location: "FR"), "FR");

            Assert.Equal(Rating.Foreign, verdict.Rating);
            Assert.False(verdict.Accepted);
            Assert.Equal(0, verdict.Points);
            Assert.Equal("US", verdict.Country);
            Assert.Contains("CLOUD Act", verdict.Reason.En, StringComparison.Ordinal);
            Assert.Contains("Amazon.com, Inc.", verdict.Reason.En, StringComparison.Ordinal);
            Assert.Contains("CLOUD Act", verdict.Reason.Fr, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_accept_a_german_host_under_the_eu_policy_but_not_under_the_national_one()
        {
            var national = Assessor("national").Rate(On(GermanHost, location: "DE"), "FR");
            var european = Assessor("eu-eea").Rate(On(GermanHost, location: "DE"), "FR");

            Assert.Equal(Rating.Eu, european.Rating);
            Assert.True(european.Accepted);
            Assert.Equal(100, european.Points);
            Assert.Contains("GDPR", european.Reason.En, StringComparison.Ordinal);

            // Under the national policy the law is still the EU's, but the servers are abroad and neither is accepted.
            Assert.Equal(Rating.LocatedAbroad, national.Rating);
            Assert.False(national.Accepted);
            Assert.Equal(50, national.Points);
        }

        [Fact]
        public void Should_rate_a_german_host_without_location_eu_under_the_national_policy()
        {
            var verdict = Assessor("national").Rate(On(GermanHost), "FR");

            Assert.Equal(Rating.Eu, verdict.Rating);
            Assert.False(verdict.Accepted);
            Assert.Equal(60, verdict.Points);
        }

        [Fact]
        public void Should_rate_a_home_provider_with_servers_in_the_united_states_located_abroad()
        {
            var verdict = Assessor("eu-eea").Rate(On(FrenchHost, location: "US"), "FR");

            Assert.Equal(Rating.LocatedAbroad, verdict.Rating);
            Assert.False(verdict.Accepted);
            Assert.Equal(50, verdict.Points);
            Assert.Equal("FR", verdict.Country);
            Assert.Contains("United States", verdict.Reason.En, StringComparison.Ordinal);
            Assert.Contains("aux États-Unis", verdict.Reason.Fr, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_give_nothing_to_data_abroad_under_the_strict_policy()
        {
            var verdict = Assessor("strict").Rate(On(FrenchHost, location: "US"), "FR");

            Assert.Equal(Rating.LocatedAbroad, verdict.Rating);
            Assert.Equal(0, verdict.Points);
        }

        [Theory]
        [InlineData("national")]
        [InlineData("eu-eea")]
        [InlineData("strict")]
        public void Should_accept_a_self_hosted_service_with_full_points(string policy)
        {
            var verdict = Assessor(policy).Rate(On(Self, location: "FR"), "FR");

            Assert.Equal(Rating.SelfHosted, verdict.Rating);
            Assert.True(verdict.Accepted);
            Assert.Equal(100, verdict.Points);
            Assert.Null(verdict.Country);
        }

        [Theory]
        [InlineData("eu-eea", 20)]
        [InlineData("strict", 0)]
        public void Should_rate_an_unknown_provider_unknown(string policy, int points)
        {
            var unknown = Assessor(policy).Rate(On(Unknown), "FR");
            var noCountry = Assessor(policy).Rate(On(new ProviderRef { Id = "asn:64500", Name = "Example", InKnowledgeBase = false }), "FR");

            Assert.Equal(Rating.Unknown, unknown.Rating);
            Assert.Equal(points, unknown.Points);
            Assert.False(unknown.Accepted);
            Assert.Equal(Rating.Unknown, noCountry.Rating);
            Assert.Contains("Example", noCountry.Reason.En, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_accept_a_swiss_provider_only_under_the_adequacy_policy()
        {
            var european = Assessor("eu-eea").Rate(On(SwissMail, ServiceKind.EmailInbound, "CH"), "FR");
            var adequacy = Assessor("eu-adequacy").Rate(On(SwissMail, ServiceKind.EmailInbound, "CH"), "FR");

            Assert.Equal(Rating.Foreign, european.Rating);
            Assert.Contains("Switzerland", european.Reason.En, StringComparison.Ordinal);
            Assert.Equal(Rating.Adequate, adequacy.Rating);
            Assert.True(adequacy.Accepted);
            Assert.Equal(90, adequacy.Points);
        }

        [Fact]
        public void Should_see_a_foreign_subsidiary_only_under_the_strict_policy()
        {
            var european = Assessor("eu-eea").Rate(On(UsSubsidiaryOfFrenchGroup), "FR");
            var strict = Assessor("strict").Rate(On(UsSubsidiaryOfFrenchGroup), "FR");

            Assert.Equal(Rating.Home, european.Rating);
            Assert.Equal(Rating.Foreign, strict.Rating);
            Assert.Equal("US", strict.Country);
            Assert.Contains("CLOUD Act", strict.Reason.En, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_take_the_organisations_home_country_into_account()
        {
            var verdict = Assessor("national").Rate(On(GermanHost, location: "DE"), "DE");

            Assert.Equal(Rating.Home, verdict.Rating);
            Assert.True(verdict.Accepted);
        }

        [Fact]
        public void Should_say_when_the_country_comes_from_the_ip_registry()
        {
            var network = new ProviderRef { Id = "asn:64500", Name = "Example Networks", Country = "US", Jurisdiction = "US", InKnowledgeBase = false };

            var verdict = Assessor("eu-eea").Rate(On(network), "FR");

            Assert.Equal(Rating.Foreign, verdict.Rating);
            Assert.Contains("not in the knowledge base", verdict.Reason.En, StringComparison.Ordinal);
            Assert.Contains("hors base", verdict.Reason.Fr, StringComparison.Ordinal);
        }
    }

    public sealed class TheAssessMethod
    {
        [Fact]
        public void Should_weigh_each_service_kind_from_the_table()
        {
            // Hosting (20) at 100, e-mail (20) at 0, DNS (10) at 100: (2000 + 0 + 1000) / 50 = 60.
            var organisation = Organisation("Mairies", On(FrenchHost, location: "FR"), On(UsParentedHost, ServiceKind.EmailInbound), On(FrenchHost, ServiceKind.Dns));

            var assessment = Assessor("eu-eea").Assess(organisation);

            Assert.Equal(60, assessment.Score);
            Assert.Equal([ServiceKind.WebHosting, ServiceKind.Dns, ServiceKind.EmailInbound], assessment.Services.Select(service => service.Service));
            Assert.Equal([20, 10, 20], assessment.Services.Select(service => service.Weight));
            Assert.Equal([100, 100, 0], assessment.Services.Select(service => service.Points));
            Assert.Equal(3, assessment.Dependencies.Count);
        }

        [Fact]
        public void Should_score_a_hosting_chain_by_its_weakest_layer_and_social_networks_by_their_mean()
        {
            var organisation = Organisation(
                "Partis",
                On(UsParentedHost) with { Layer = "edge" },
                On(FrenchHost) with { Layer = "host" },
                On(UsParentedHost, ServiceKind.SocialNetwork),
                On(FrenchHost, ServiceKind.SocialNetwork));

            var assessment = Assessor("eu-eea").Assess(organisation);

            var hosting = Assert.Single(assessment.Services, service => service.Service == ServiceKind.WebHosting);
            var social = Assert.Single(assessment.Services, service => service.Service == ServiceKind.SocialNetwork);
            Assert.Equal(0, hosting.Points);
            Assert.Equal("amazon-web-services", hosting.ProviderId);
            Assert.Equal(50, social.Points);
            Assert.False(social.Accepted);
            Assert.Equal(17, assessment.Score); // (20 × 0 + 10 × 50) / 30 = 16.7
        }

        [Fact]
        public void Should_change_scores_when_the_policy_changes()
        {
            var organisation = Organisation("Mairies", On(GermanHost, location: "DE"), On(FrenchHost, ServiceKind.Dns));

            Assert.Equal(100, Assessor("eu-eea").Assess(organisation).Score);
            Assert.Equal(67, Assessor("national").Assess(organisation).Score); // (20 × 50 + 10 × 100) / 30
        }

        [Fact]
        public void Should_not_score_an_organisation_nothing_was_observed_for()
        {
            var organisation = Organisation("Partis") with { Status = OrganisationStatus.Unreachable };

            var assessment = Assessor("eu-eea").Assess(organisation);

            Assert.Null(assessment.Score);
            Assert.Empty(assessment.Changes);
        }

        [Fact]
        public void Should_propose_the_three_most_useful_changes_with_accepted_alternatives()
        {
            var knowledge = ProviderKnowledge.FromProviders(
            [
                KnowledgeProvider("amazon-web-services", "US", ["scaleway", "ovhcloud", "Owncast (free software)"], ["cloud"]),
                KnowledgeProvider("scaleway", "FR", categories: ["cloud"]),
                KnowledgeProvider("ovhcloud", "FR", categories: ["cloud"]),
                KnowledgeProvider("gmail", "US", categories: ["email-hosting"]),
                KnowledgeProvider("proton", "CH", categories: ["email-hosting"]),
                KnowledgeProvider("posteo", "DE", ["proton"], ["email-hosting"]),
                KnowledgeProvider("mailo", "FR", ["posteo", "gmail"], ["email-hosting"]),
            ]);
            var gmail = new ProviderRef { Id = "gmail", Name = "GMAIL", Country = "US", Jurisdiction = "US" };
            var organisation = Organisation(
                "Mairies",
                On(UsParentedHost),
                On(gmail, ServiceKind.EmailInbound),
                On(UsParentedHost, ServiceKind.Dns),
                On(UsParentedHost, ServiceKind.CertificateAuthority),
                On(FrenchHost, ServiceKind.Cdn));

            var changes = Assessor("eu-eea", knowledge).Assess(organisation).Changes;

            Assert.Equal([ServiceKind.WebHosting, ServiceKind.EmailInbound, ServiceKind.Dns], changes.Select(change => change.Service));
            Assert.Equal([35, 35, 18], changes.Select(change => change.Gain)); // weights 20, 20, 10 and 2 over 57
            Assert.Equal(["scaleway", "ovhcloud", null], changes[0].Alternatives.Select(alternative => alternative.Id));
            Assert.Equal("Owncast (free software)", changes[0].Alternatives[2].Name);

            // Gmail names no alternative: those of providers in the same category stand in, the Swiss one refused by this policy.
            Assert.Equal(["posteo"], changes[1].Alternatives.Select(alternative => alternative.Id));
        }

        [Fact]
        public void Should_compare_groups_and_rank_them()
        {
            var result = new ScanResult
            {
                Tool = new ToolInfo("pavillon", "test"),
                KnowledgeBase = new KnowledgeBaseInfo("test"),
                StartedAt = DateTimeOffset.UnixEpoch,
                FinishedAt = DateTimeOffset.UnixEpoch,
                Organisations =
                [
                    Organisation("Partis", On(UsParentedHost)),
                    Organisation("Mairies", On(FrenchHost)),
                    Organisation("Partis", On(FrenchHost)),
                    Organisation("Mairies", On(Self)),
                    Organisation("Syndicats", On(FrenchHost)),
                ],
            };

            var assessed = Assessor("eu-eea").Assess(result);

            var groups = assessed.Assessment!.Groups;
            Assert.Equal(["Partis", "Mairies", "Syndicats"], groups.Select(group => group.Group));
            Assert.Equal([50.0, 100.0, 100.0], groups.Select(group => group.MeanScore!.Value));
            Assert.Equal([3, 1, 1], groups.Select(group => group.Rank!.Value));
            var partisHosting = Assert.Single(groups[0].Services);
            Assert.Equal(2, partisHosting.Organisations);
            Assert.Equal(1, partisHosting.Accepted);
            Assert.Equal([("FR", 0.5), ("US", 0.5)], partisHosting.Jurisdictions.Select(share => (share.Jurisdiction, share.Share)));
            Assert.Equal(["FR", "self"], groups[1].Services[0].Jurisdictions.Select(share => share.Jurisdiction));
            Assert.Equal("eu-eea", assessed.Assessment.Policy.Id);
            Assert.Equal(1, assessed.Assessment.Policy.WeightsVersion);
            Assert.All(assessed.Organisations, organisation => Assert.NotNull(organisation.Assessment));
        }
    }
}
