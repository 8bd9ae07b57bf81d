using Pavillon.Web;

namespace Pavillon.Tests.Web;

public sealed class SocialProfileUrlTests
{
    [Theory]
    [InlineData("http://m.facebook.com/PartiExemple/?utm_source=site&utm_medium=footer", "https://facebook.com/PartiExemple")]
    [InlineData("https://fr-fr.facebook.com/PartiExemple?fbclid=IwAR0abc", "https://facebook.com/PartiExemple")]
    [InlineData("https://www.facebook.com/profile.php?id=100064&ref=ts", "https://facebook.com/profile.php?id=100064")]
    [InlineData("https://mobile.twitter.com/PartiExemple?s=20&t=abc", "https://twitter.com/PartiExemple")]
    [InlineData("https://www.instagram.com/partiexemple/?igshid=YmMyMTA2M2Y=", "https://instagram.com/partiexemple")]
    [InlineData("https://fr.linkedin.com/company/parti-exemple?trk=public_profile", "https://linkedin.com/company/parti-exemple")]
    [InlineData("https://www.youtube.com/@PartiExemple?si=Xy12&feature=shared", "https://youtube.com/@PartiExemple")]
    [InlineData("https://www.youtube.com/watch?v=abc&t=42", "https://youtube.com/watch?v=abc&t=42")]
    [InlineData("https://www.parti.fr/#footer", "https://parti.fr/")]
    public void Should_normalise_profile_urls(string input, string expected)
    {
        Assert.Equal(expected, SocialProfileUrl.Normalise(new Uri(input)).AbsoluteUri);
    }

    [Theory]
    [InlineData("www.Facebook.com.", "facebook.com")]
    [InlineData("web.facebook.com", "facebook.com")]
    [InlineData("de.linkedin.com", "linkedin.com")]
    [InlineData("m.me", "m.me")]
    [InlineData("blog.parti.fr", "blog.parti.fr")]
    public void Should_give_canonical_hosts(string host, string expected)
    {
        Assert.Equal(expected, SocialProfileUrl.CanonicalHost(host));
    }

    [Theory]
    [InlineData("https://twitter.com/intent/follow?screen_name=PartiExemple", "https://twitter.com/PartiExemple")]
    [InlineData("https://x.com/intent/user?screen_name=%40PartiExemple&ref_src=x", "https://x.com/PartiExemple")]
    public void Should_turn_follow_intents_into_profiles(string input, string expected)
    {
        Assert.Equal(expected, SocialProfileUrl.FromFollowIntent(new Uri(input))?.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://twitter.com/intent/tweet?text=x")]
    [InlineData("https://twitter.com/intent/follow")]
    [InlineData("https://x.com/intent/follow?screen_name=bad%20name")]
    [InlineData("https://www.facebook.com/intent/follow?screen_name=x")]
    public void Should_ignore_what_is_not_a_follow_intent(string input)
    {
        Assert.Null(SocialProfileUrl.FromFollowIntent(new Uri(input)));
    }
}
