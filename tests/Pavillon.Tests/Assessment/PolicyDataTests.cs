using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pavillon.Assessment;
using Pavillon.Model;

namespace Pavillon.Tests.Assessment;

public sealed class PolicyDataTests
{
    // Published weights versions never change: a stored score names its version. Add a version, never edit one.
    private static readonly string[] PublishedFingerprints =
    [
        "v1:a60cc08fb727e45b",
    ];

    [Fact]
    public void Should_ship_the_four_documented_policies()
    {
        Assert.Equal(["eu-adequacy", "eu-eea", "national", "strict"], PolicyFixtures.Data.Policies.Select(policy => policy.Id));
        Assert.All(PolicyFixtures.Data.Policies, policy => Assert.True(PolicyFixtures.Data.Weights.Latest.Scales.ContainsKey(policy.Scale)));
    }

    [Fact]
    public void Should_keep_published_weights_versions_unchanged()
    {
        var versions = PolicyFixtures.Data.Weights.Versions;

        Assert.True(versions.Count >= PublishedFingerprints.Length, "a published weights version was removed");
        for (var index = 0; index < PublishedFingerprints.Length; index++)
        {
            Assert.Equal(index + 1, versions[index].Version);
            Assert.Equal(PublishedFingerprints[index], Fingerprint(versions[index]));
        }
    }

    [Fact]
    public void Should_weigh_every_service_kind_with_weights_summing_to_one_hundred()
    {
        var latest = PolicyFixtures.Data.Weights.Latest;

        Assert.Equal(Enum.GetValues<ServiceKind>().Order(), latest.Services.Keys.Order());
        Assert.Equal(100, latest.Services.Values.Sum(weight => weight.Weight));
    }

    [Fact]
    public void Should_read_a_policy_file_given_by_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pavillon-policy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "id: ours\nname: {en: Ours, fr: La nôtre}\ndescription: {en: Only us., fr: Nous seuls.}\nlocations: [home]\naccepted: [self-hosted]\nscale: strict\n");
        try
        {
            var policy = PolicyFixtures.Data.Resolve(path, out var error);

            Assert.Null(error);
            Assert.Equal("ours", policy!.Id);
            Assert.Equal([Rating.SelfHosted], policy.Accepted);
            Assert.Equal(ChainScope.UltimateParent, policy.Chain);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Should_refuse_an_unknown_policy_name_and_list_the_known_ones()
    {
        Assert.Null(PolicyFixtures.Data.Resolve("martian", out var error));
        Assert.Contains("eu-eea", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_policy_file_with_an_unknown_rating()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pavillon-policy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "id: bad\nname: {en: Bad, fr: Mauvaise}\ndescription: {en: x, fr: x}\naccepted: [friendly]\nscale: strict\n");
        try
        {
            Assert.Null(PolicyFixtures.Data.Resolve(path, out var error));
            Assert.Contains("friendly", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A canonical text of a version (sorted keys), hashed; independent of YAML layout and comments.</summary>
    internal static string Fingerprint(WeightsVersion version)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{version.Version}|{version.Published:yyyy-MM-dd}\n");
        foreach (var (kind, weight) in version.Services.OrderBy(pair => pair.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"{kind}={weight.Weight}/{weight.Combine}\n");
        }

        foreach (var (scale, points) in version.Scales.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var (rating, value) in points.OrderBy(pair => pair.Key))
            {
                text.Append(CultureInfo.InvariantCulture, $"{scale}.{rating}={value}\n");
            }
        }

        return "v" + version.Version + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
