using System.Text.RegularExpressions;
using Pavillon.Domains;

namespace Pavillon.Tests.Domains;

public sealed partial class PublicSuffixListTests
{
    private const string SmallList = """
        // ===BEGIN ICANN DOMAINS===
        com
        fr
        gouv.fr
        *.ck
        !www.ck
        公司.cn
        cn
        // ===END ICANN DOMAINS===
        // ===BEGIN PRIVATE DOMAINS===
        github.io
        *.compute.example.com
        // ===END PRIVATE DOMAINS===
        """;

    // The copy of the vectors handed to this project expects "kobe.jp" for these two hosts, but the
    // upstream file (publicsuffix/list, tests/test_psl.txt) and the list's algorithm give "city.kobe.jp":
    // "!city.kobe.jp" makes "kobe.jp" the public suffix, so the registrable domain is "city.kobe.jp".
    // The copy is kept verbatim; these two expectations are corrected here, visibly.
    private static readonly Dictionary<string, (string Copy, string Upstream)> Errata = new(StringComparer.Ordinal)
    {
        ["city.kobe.jp"] = ("kobe.jp", "city.kobe.jp"),
        ["www.city.kobe.jp"] = ("kobe.jp", "city.kobe.jp"),
    };

    public static TheoryData<string?, string?> OfficialVectors()
    {
        var data = new TheoryData<string?, string?>();
        foreach (var line in File.ReadLines(VectorsPath()))
        {
            var match = VectorLine().Match(line);
            if (match.Success)
            {
                var input = Argument(match.Groups["input"].Value);
                var expected = Argument(match.Groups["expected"].Value);
                if (input is not null && Errata.TryGetValue(input, out var erratum) && expected == erratum.Copy)
                {
                    expected = erratum.Upstream;
                }

                data.Add(input, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OfficialVectors))]
    public void Should_pass_every_official_vector(string? input, string? expected)
    {
        var actual = PublicSuffixList.Default.RegistrableDomain(input);

        // The list answers in normalised form (lower case, punycode); the vectors keep the input's spelling.
        Assert.Equal(HostName.Normalise(expected), actual);
    }

    [Fact]
    public void Should_read_every_official_vector()
    {
        Assert.True(OfficialVectors().Count >= 70);
    }

    [Fact]
    public void Should_load_the_shipped_list_with_its_version()
    {
        var list = PublicSuffixList.Default;

        Assert.True(list.RuleCount > 9000);
        Assert.Equal(0, list.SkippedRules);
        Assert.NotNull(list.Version);
    }

    [Theory]
    [InlineData("www.interieur.gouv.fr", "gouv.fr", "interieur.gouv.fr", PublicSuffixSection.Icann)]
    [InlineData("parti.github.io", "github.io", "parti.github.io", PublicSuffixSection.Private)]
    [InlineData("a.b.c.compute.example.com", "c.compute.example.com", "b.c.compute.example.com", PublicSuffixSection.Private)]
    [InlineData("www.ck", "ck", "www.ck", PublicSuffixSection.Icann)]
    [InlineData("x.test.ck", "test.ck", "x.test.ck", PublicSuffixSection.Icann)]
    [InlineData("www.example.example", "example", "example.example", PublicSuffixSection.Unlisted)]
    [InlineData("WWW.食狮.公司.CN.", "xn--55qx5d.cn", "xn--85x722f.xn--55qx5d.cn", PublicSuffixSection.Icann)]
    public void Should_match_rules_of_each_kind(string host, string suffix, string registrable, PublicSuffixSection section)
    {
        var list = PublicSuffixList.Parse(SmallList);

        var match = list.Match(host);

        Assert.NotNull(match);
        Assert.Equal(suffix, match.PublicSuffix);
        Assert.Equal(registrable, match.RegistrableDomain);
        Assert.Equal(section, match.Section);
    }

    [Fact]
    public void Should_ignore_private_rules_when_asked()
    {
        var list = PublicSuffixList.Parse(SmallList);

        Assert.Equal("parti.github.io", list.RegistrableDomain("www.parti.github.io"));
        Assert.Equal("github.io", list.RegistrableDomain("www.parti.github.io", includePrivateDomains: false));
        Assert.Equal("io", list.PublicSuffix("www.parti.github.io", includePrivateDomains: false));
    }

    [Fact]
    public void Should_convert_unicode_rules_to_punycode_at_load()
    {
        var list = PublicSuffixList.Parse(SmallList);

        Assert.Equal("xn--55qx5d.cn", list.PublicSuffix("xn--55qx5d.cn"));
        Assert.Null(list.RegistrableDomain("公司.cn"));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("")]
    [InlineData("exa mple.com")]
    [InlineData("a..b.com")]
    public void Should_answer_null_for_what_is_not_a_domain(string host)
    {
        Assert.Null(PublicSuffixList.Default.Match(host));
    }

    [Theory]
    [InlineData("www.example.fr", "cdn.example.fr", true)]
    [InlineData("EXAMPLE.fr.", "static.example.fr", true)]
    [InlineData("a.github.io", "b.github.io", false)]
    [InlineData("example.fr", "example.com", false)]
    [InlineData("github.io", "github.io", true)]
    [InlineData("www.xn--bcher-kva.de", "bücher.de", true)]
    [InlineData("example.fr", "not a host", false)]
    public void Should_tell_same_site(string a, string b, bool expected)
    {
        Assert.Equal(expected, PublicSuffixList.Default.IsSameSite(a, b));
    }

    [Fact]
    public void Should_skip_malformed_rules_and_keep_the_first_section_of_a_duplicate()
    {
        var list = PublicSuffixList.Parse("""
            // ===BEGIN ICANN DOMAINS===
            org   trailing words are ignored
            a.*.org
            bad..org
            // ===BEGIN PRIVATE DOMAINS===
            org
            """);

        Assert.Equal(1, list.RuleCount);
        Assert.Equal(2, list.SkippedRules);
        Assert.Equal(PublicSuffixSection.Icann, list.Match("x.org")?.Section);
    }

    private static string? Argument(string value) => value == "null" ? null : value.Trim('\'');

    // The project copies the vectors beside the tests (source paths are remapped in CI builds).
    private static string VectorsPath() => Path.Combine(AppContext.BaseDirectory, "Domains", "test_psl.txt");

    [GeneratedRegex(@"^\s*checkPublicSuffix\((?<input>null|'[^']*'),\s*(?<expected>null|'[^']*')\);")]
    private static partial Regex VectorLine();
}
