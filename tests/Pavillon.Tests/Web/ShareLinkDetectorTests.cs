using Pavillon.Evidence;
using Pavillon.Web;

namespace Pavillon.Tests.Web;

public sealed class ShareLinkDetectorTests
{
    private static bool IsShare(string url, string? classes = null, string? text = null, string? label = null) =>
        ShareLinkDetector.IsShareLink(new Uri(url), new PageLink(url, PageRegions.Main) { Classes = classes, Text = text, Label = label });

    [Theory]
    [InlineData("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fparti.fr%2F")]
    [InlineData("https://www.facebook.com/sharer.php?u=https://parti.fr/")]
    [InlineData("https://m.facebook.com/share.php?u=https://parti.fr/")]
    [InlineData("https://www.facebook.com/dialog/share?app_id=1&href=https://parti.fr/")]
    [InlineData("https://twitter.com/intent/tweet?text=Lisez&url=https://parti.fr/")]
    [InlineData("https://x.com/intent/post?url=https://parti.fr/")]
    [InlineData("https://twitter.com/share?url=https://parti.fr/")]
    [InlineData("https://www.linkedin.com/shareArticle?mini=true&url=https://parti.fr/")]
    [InlineData("https://www.linkedin.com/sharing/share-offsite/?url=https://parti.fr/")]
    [InlineData("https://pinterest.com/pin/create/button/?url=https://parti.fr/")]
    [InlineData("https://www.pinterest.fr/pin/create/link/?url=https://parti.fr/")]
    [InlineData("https://www.reddit.com/submit?url=https://parti.fr/")]
    [InlineData("https://t.me/share/url?url=https://parti.fr/")]
    [InlineData("https://wa.me/?text=https://parti.fr/")]
    [InlineData("https://api.whatsapp.com/send?text=https://parti.fr/")]
    [InlineData("https://mastodon.social/share?text=https://parti.fr/")]
    [InlineData("https://piaille.fr/interact/112233?type=reblog")]
    [InlineData("https://bsky.app/intent/compose?text=https://parti.fr/")]
    [InlineData("https://www.threads.net/intent/post?text=x")]
    [InlineData("https://www.addtoany.com/share#url=https://parti.fr/")]
    [InlineData("https://s2f.kytta.dev/?text=x")]
    [InlineData("mailto:?subject=Lisez%20ceci&body=https://parti.fr/")]
    [InlineData("javascript:window.print()")]
    public void Should_recognise_share_endpoints(string url)
    {
        Assert.True(IsShare(url));
    }

    [Theory]
    [InlineData("https://www.facebook.com/PartiExemple")]
    [InlineData("https://www.facebook.com/profile.php?id=100064")]
    [InlineData("https://twitter.com/PartiExemple")]
    [InlineData("https://x.com/intent/follow?screen_name=PartiExemple")]
    [InlineData("https://www.linkedin.com/company/parti-exemple/")]
    [InlineData("https://www.instagram.com/partiexemple/")]
    [InlineData("https://www.youtube.com/@PartiExemple")]
    [InlineData("https://mastodon.social/@PartiExemple")]
    [InlineData("https://t.me/PartiExemple")]
    [InlineData("https://wa.me/33612345678")]
    [InlineData("https://bsky.app/profile/parti.fr")]
    [InlineData("https://www.pinterest.fr/partiexemple/")]
    [InlineData("mailto:contact@parti.fr")]
    public void Should_not_take_profiles_for_share_buttons(string url)
    {
        Assert.False(IsShare(url));
    }

    [Fact]
    public void Should_use_classes_and_labels_when_the_url_says_nothing()
    {
        Assert.True(IsShare("https://www.facebook.com/PartiExemple", classes: "a2a_button_facebook a2a_kit"));
        Assert.True(IsShare("https://www.facebook.com/PartiExemple", classes: "social-share-btn"));
        Assert.True(IsShare("https://x.com/PartiExemple", label: "Partager sur X"));
        Assert.True(IsShare("https://x.com/PartiExemple", text: "Share on X"));
    }

    [Fact]
    public void Should_not_take_a_follow_block_for_a_share_block()
    {
        Assert.False(IsShare("https://www.facebook.com/PartiExemple", classes: "share-icon suivez-nous"));
        Assert.False(IsShare("https://www.facebook.com/PartiExemple", classes: "sharing social", label: "Suivez-nous sur Facebook"));
        Assert.False(IsShare("https://www.facebook.com/PartiExemple", classes: "social-links follow", text: "Facebook"));
        // A share endpoint stays a share button wherever it sits.
        Assert.True(IsShare("https://www.facebook.com/sharer.php?u=x", classes: "follow-us"));
    }

    [Fact]
    public void Should_not_read_share_inside_other_words()
    {
        Assert.False(IsShare("https://www.facebook.com/PartiExemple", classes: "shareholders-report", text: "Le Partage Solidaire"));
    }
}
