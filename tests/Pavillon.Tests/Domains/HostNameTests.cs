using Pavillon.Domains;

namespace Pavillon.Tests.Domains;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("WWW.Example.FR.", "www.example.fr")]
    [InlineData("  example.org ", "example.org")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    [InlineData("食狮.中国", "xn--85x722f.xn--fiqs8s")]
    [InlineData("XN--85X722F.xn--fiqs8s", "xn--85x722f.xn--fiqs8s")]
    [InlineData("_dmarc.example.fr", "_dmarc.example.fr")]
    [InlineData("selector1._domainkey.example.fr", "selector1._domainkey.example.fr")]
    [InlineData("192.0.2.1", "192.0.2.1")]
    public void Should_normalise(string input, string expected)
    {
        Assert.Equal(expected, HostName.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData(".example.com")]
    [InlineData("example..com")]
    [InlineData("-example.com")]
    [InlineData("example-.com")]
    [InlineData("exa mple.com")]
    [InlineData("example.com/path")]
    [InlineData("user@example.com")]
    [InlineData("2001:db8::1")]
    [InlineData("[2001:db8::1]")]
    public void Should_return_null_for_invalid_names(string? input)
    {
        Assert.Null(HostName.Normalise(input));
    }

    [Fact]
    public void Should_reject_labels_and_names_that_are_too_long()
    {
        var label63 = new string('a', 63);
        Assert.NotNull(HostName.Normalise(label63 + ".fr"));
        Assert.Null(HostName.Normalise(label63 + "a.fr"));

        var name = string.Join('.', Enumerable.Repeat(label63, 4));
        Assert.Null(HostName.Normalise(name));
    }

    [Fact]
    public void Should_give_the_unicode_form_for_display()
    {
        Assert.Equal("食狮.中国", HostName.ToUnicode("xn--85x722f.xn--fiqs8s"));
        Assert.Equal("example.fr", HostName.ToUnicode("EXAMPLE.FR"));
        Assert.Null(HostName.ToUnicode("bad..name"));
    }

    [Theory]
    [InlineData("mx1.ovh.net", "ovh.net", true)]
    [InlineData("OVH.NET.", "ovh.net", true)]
    [InlineData("evil-ovh.net", "ovh.net", false)]
    [InlineData("ovh.net", "mx1.ovh.net", false)]
    public void Should_compare_subdomains_on_whole_labels(string host, string domain, bool expected)
    {
        Assert.Equal(expected, HostName.IsSubdomainOrSelf(host, domain));
    }
}
