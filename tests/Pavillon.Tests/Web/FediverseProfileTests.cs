using Pavillon.Web;

namespace Pavillon.Tests.Web;

public sealed class FediverseProfileTests
{
    private static FediverseProfile? Parse(string url) =>
        FediverseProfile.TryParse(new Uri(url), out var profile) ? profile : null;

    [Theory]
    [InlineData("https://mastodon.social/@PartiExemple", "mastodon.social", "PartiExemple", "mastodon.social", FediverseProfileKind.Account)]
    [InlineData("https://www.piaille.fr/@parti/", "piaille.fr", "parti", "piaille.fr", FediverseProfileKind.Account)]
    [InlineData("https://mastodon.social/@parti@piaille.fr", "mastodon.social", "parti", "piaille.fr", FediverseProfileKind.Account)]
    [InlineData("https://mastodon.social/@parti/112233445566", "mastodon.social", "parti", "mastodon.social", FediverseProfileKind.Post)]
    [InlineData("https://mastodon.social/@parti/with_replies", "mastodon.social", "parti", "mastodon.social", FediverseProfileKind.Account)]
    [InlineData("https://social.exemple.org/users/parti", "social.exemple.org", "parti", "social.exemple.org", FediverseProfileKind.Account)]
    [InlineData("https://xn--mstdn-exemple-lkb.fr/@parti", "xn--mstdn-exemple-lkb.fr", "parti", "xn--mstdn-exemple-lkb.fr", FediverseProfileKind.Account)]
    public void Should_recognise_mastodon_shapes(string url, string host, string account, string accountHost, FediverseProfileKind kind)
    {
        var profile = Parse(url);

        Assert.NotNull(profile);
        Assert.Equal(host, profile.Host);
        Assert.Equal(account, profile.Account);
        Assert.Equal(accountHost, profile.AccountHost);
        Assert.Equal(kind, profile.Kind);
        Assert.True(profile.Software.HasFlag(FediverseSoftware.Mastodon));
    }

    [Theory]
    [InlineData("https://peertube.exemple.fr/a/parti", "parti", FediverseProfileKind.Account)]
    [InlineData("https://peertube.exemple.fr/accounts/parti", "parti", FediverseProfileKind.Account)]
    [InlineData("https://peertube.exemple.fr/c/parti_tv/videos", "parti_tv", FediverseProfileKind.Group)]
    [InlineData("https://peertube.exemple.fr/video-channels/parti_tv", "parti_tv", FediverseProfileKind.Group)]
    [InlineData("https://peertube.exemple.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d", null, FediverseProfileKind.Video)]
    [InlineData("https://peertube.exemple.fr/w/kkGMgK9ZtnKfYAgnEtQxbv", null, FediverseProfileKind.Video)]
    [InlineData("https://peertube.exemple.fr/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d", null, FediverseProfileKind.Video)]
    public void Should_recognise_peertube_shapes(string url, string? account, FediverseProfileKind kind)
    {
        var profile = Parse(url);

        Assert.NotNull(profile);
        Assert.Equal("peertube.exemple.fr", profile.Host);
        Assert.Equal(account, profile.Account);
        Assert.Equal(kind, profile.Kind);
        Assert.True(profile.Software.HasFlag(FediverseSoftware.PeerTube));
    }

    [Theory]
    [InlineData("https://pixelfed.fr/parti", FediverseSoftware.Pixelfed, "parti")]
    [InlineData("https://photos.exemple.fr/i/web/profile/123456789", FediverseSoftware.Pixelfed, "123456789")]
    [InlineData("https://misskey.io/@parti", FediverseSoftware.Misskey, "parti")]
    [InlineData("https://misskey.io/notes/9abcdef", FediverseSoftware.Misskey, null)]
    [InlineData("https://akkoma.exemple.fr/notice/AbCdEf123", FediverseSoftware.Akkoma, null)]
    [InlineData("https://lemmy.exemple.fr/c/politique", FediverseSoftware.Lemmy, "politique")]
    [InlineData("https://lemmy.exemple.fr/u/parti", FediverseSoftware.Lemmy, "parti")]
    [InlineData("https://kbin.exemple.fr/m/politique", FediverseSoftware.Mbin, "politique")]
    [InlineData("https://friendica.exemple.fr/profile/parti", FediverseSoftware.Friendica, "parti")]
    public void Should_recognise_other_software_shapes(string url, FediverseSoftware software, string? account)
    {
        var profile = Parse(url);

        Assert.NotNull(profile);
        Assert.True(profile.Software.HasFlag(software));
        Assert.Equal(account, profile.Account);
    }

    [Theory]
    [InlineData("https://www.youtube.com/@PartiExemple")]
    [InlineData("https://medium.com/@parti")]
    [InlineData("https://www.reddit.com/u/parti")]
    [InlineData("https://www.tiktok.com/@parti")]
    [InlineData("https://www.threads.net/@parti")]
    [InlineData("https://www.instagram.com/parti/")]
    [InlineData("https://x.com/parti")]
    [InlineData("https://www.facebook.com/parti")]
    [InlineData("https://www.linkedin.com/company/parti")]
    [InlineData("https://www.pinterest.co.uk/parti/")]
    [InlineData("https://substack.com/@parti")]
    public void Should_never_take_centralised_networks_for_the_fediverse(string url)
    {
        Assert.Null(Parse(url));
    }

    [Theory]
    [InlineData("https://www.parti-exemple.fr/contact")]
    [InlineData("https://www.parti-exemple.fr/")]
    [InlineData("https://www.parti-exemple.fr/actualites/2024/programme")]
    [InlineData("https://192.0.2.1/@parti")]
    [InlineData("https://localhost/@parti")]
    [InlineData("https://mastodon.social/@")]
    [InlineData("https://mastodon.social/@par ti")]
    [InlineData("https://mastodon.social/@parti@not_a_host")]
    public void Should_not_match_other_urls(string url)
    {
        Assert.Null(Parse(url));
    }
}
