using System.Globalization;
using System.Text;
using Pavillon.Domains;
using Pavillon.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pavillon.Input;

/// <summary>
/// Reads an organisation list: CSV with a header (name,website,group[,mail_domains][,home_country]), YAML (a list
/// of maps with the same keys, or {organisations: [...]}), or plain text with one domain or URL per line.
/// A bad line is reported with its line number and skipped; the other lines are kept.
/// </summary>
public static class OrganisationListReader
{
    /// <summary>Reads <paramref name="path"/>; the format is chosen from the extension, then from the content.</summary>
    public static OrganisationList Read(string path, string defaultHomeCountry = "FR")
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".yaml" or ".yml")
        {
            return ReadYaml(text, name, defaultHomeCountry);
        }

        var firstLine = text.Split('\n', 2)[0].TrimStart('\uFEFF').Trim().ToLowerInvariant();
        return extension == ".csv" || (firstLine.Contains(',', StringComparison.Ordinal) && firstLine.Contains("website", StringComparison.Ordinal))
            ? ReadCsv(text, name, defaultHomeCountry)
            : ReadLines(text, name, defaultHomeCountry);
    }

    /// <summary>Reads CSV text with a header row naming at least "website".</summary>
    public static OrganisationList ReadCsv(string text, string sourceName, string defaultHomeCountry = "FR")
    {
        ArgumentNullException.ThrowIfNull(text);
        var organisations = new List<Organisation>();
        var problems = new List<InputProblem>();
        var rows = Csv.Parse(text.TrimStart('\uFEFF'));
        if (rows.Count == 0)
        {
            problems.Add(new InputProblem(sourceName, 1, "the file is empty"));
            return new OrganisationList(organisations, problems);
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        var websiteColumn = header.IndexOf("website");
        if (websiteColumn < 0)
        {
            problems.Add(new InputProblem(sourceName, rows[0].Line, $"the header must name a 'website' column (found: {string.Join(",", header)})"));
            return new OrganisationList(organisations, problems);
        }

        int Column(string name) => header.IndexOf(name);
        var nameColumn = Column("name");
        var groupColumn = Column("group");
        var mailColumn = Column("mail_domains");
        var countryColumn = Column("home_country");
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Error is not null)
            {
                problems.Add(new InputProblem(sourceName, row.Line, row.Error));
                continue;
            }

            if (row.Fields.Count != header.Count)
            {
                problems.Add(new InputProblem(sourceName, row.Line, $"expected {header.Count} fields ({string.Join(",", header)}), found {row.Fields.Count}"));
                continue;
            }

            string Field(int index) => index >= 0 ? row.Fields[index].Trim() : string.Empty;
            var organisation = Make(Field(nameColumn), Field(websiteColumn), Field(groupColumn), Field(mailColumn), Field(countryColumn), defaultHomeCountry, sourceName, row.Line, problems);
            if (organisation is not null)
            {
                organisations.Add(organisation);
            }
        }

        return new OrganisationList(organisations, problems);
    }

    /// <summary>
    /// Reads one domain or URL per line; blank lines and lines starting with # are skipped, and a # after a space
    /// or tab starts a comment (a URL holds no blank, so "https://exemple.fr/#top" keeps its fragment).
    /// </summary>
    public static OrganisationList ReadLines(string text, string sourceName, string defaultHomeCountry = "FR")
    {
        ArgumentNullException.ThrowIfNull(text);
        var organisations = new List<Organisation>();
        var problems = new List<InputProblem>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = WithoutTrailingComment(lines[i].Trim());
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var organisation = Make(string.Empty, line, string.Empty, string.Empty, string.Empty, defaultHomeCountry, sourceName, i + 1, problems);
            if (organisation is not null)
            {
                organisations.Add(organisation);
            }
        }

        return new OrganisationList(organisations, problems);
    }

    private static string WithoutTrailingComment(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '#' && char.IsWhiteSpace(line[i - 1]))
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    /// <summary>Reads a YAML list of organisations (keys: name, website, group, mail_domains, home_country).</summary>
    public static OrganisationList ReadYaml(string text, string sourceName, string defaultHomeCountry = "FR")
    {
        var organisations = new List<Organisation>();
        var problems = new List<InputProblem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Add(new InputProblem(sourceName, (int)ex.Start.Line, ex.InnerException?.Message ?? ex.Message));
            return new OrganisationList(organisations, problems);
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add(new InputProblem(sourceName, 1, "the file is empty"));
            return new OrganisationList(organisations, problems);
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("organisations"), out var inner))
        {
            root = inner;
        }

        if (root is not YamlSequenceNode sequence)
        {
            problems.Add(new InputProblem(sourceName, (int)root.Start.Line, "expected a list of organisations"));
            return new OrganisationList(organisations, problems);
        }

        foreach (var item in sequence.Children)
        {
            var line = (int)item.Start.Line;
            if (item is YamlScalarNode scalar)
            {
                var fromScalar = Make(string.Empty, scalar.Value ?? string.Empty, string.Empty, string.Empty, string.Empty, defaultHomeCountry, sourceName, line, problems);
                if (fromScalar is not null)
                {
                    organisations.Add(fromScalar);
                }

                continue;
            }

            if (item is not YamlMappingNode entry)
            {
                problems.Add(new InputProblem(sourceName, line, "expected a map with name, website and group"));
                continue;
            }

            string Value(string key)
            {
                if (!entry.Children.TryGetValue(new YamlScalarNode(key), out var node))
                {
                    return string.Empty;
                }

                return node switch
                {
                    YamlScalarNode s => s.Value ?? string.Empty,
                    YamlSequenceNode list => string.Join(' ', list.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
                    _ => string.Empty,
                };
            }

            var organisation = Make(Value("name"), Value("website"), Value("group"), Value("mail_domains"), Value("home_country"), defaultHomeCountry, sourceName, line, problems);
            if (organisation is not null)
            {
                organisations.Add(organisation);
            }
        }

        return new OrganisationList(organisations, problems);
    }

    private static Organisation? Make(string name, string website, string group, string mailDomains, string homeCountry, string defaultHomeCountry, string sourceName, int line, List<InputProblem> problems)
    {
        // An organisation whose website is unusable stays in the list (reported as "invalid"), so that a
        // report of 35,000 communes still shows which ones need their entry fixed.
        var parsed = Website.Parse(website, out var error);
        if (parsed is null)
        {
            problems.Add(new InputProblem(sourceName, line, $"field 'website': {error}"));
        }

        var domains = new List<string>();
        foreach (var domain in mailDomains.Split([' ', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var mail = Website.Parse(domain, out var mailError);
            if (mail is null)
            {
                problems.Add(new InputProblem(sourceName, line, $"field 'mail_domains': {mailError}"));
                return null;
            }

            domains.Add(mail.Host);
        }

        var country = string.IsNullOrWhiteSpace(homeCountry) ? defaultHomeCountry : homeCountry.Trim().ToUpperInvariant();
        if (!Countries.IsAssigned(country))
        {
            problems.Add(new InputProblem(sourceName, line, $"field 'home_country': '{homeCountry}' is not an ISO 3166-1 alpha-2 code"));
            return null;
        }

        return new Organisation(string.IsNullOrWhiteSpace(name) ? (parsed is null ? website.Trim() : HostName.ToUnicode(parsed.Host) ?? parsed.Host) : name.Trim(), website.Trim(), group.Trim(), domains, country)
        {
            Source = string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{line}"),
        };
    }
}

/// <summary>The organisations read from a list, and the lines that could not be used.</summary>
public sealed record OrganisationList(IReadOnlyList<Organisation> Organisations, IReadOnlyList<InputProblem> Problems);

/// <summary>A line of an input file that could not be used, and why.</summary>
public sealed record InputProblem(string Source, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}: {Message}");
}
