using System.Text;
using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>
/// The <c>table</c> format (the default): a plain-text table drawn with box-drawing characters, one row per
/// organisation (name and website, group, status, web hosting, e-mail, social networks), wrapped to fit
/// <see cref="ReportOptions.Width"/>. Countries show as flag and ISO code ("OVHcloud 🇫🇷 FR") since some
/// terminals draw no flag emoji. No colour, so it can be piped or logged as is.
/// </summary>
public sealed class TableRenderer : IReportRenderer
{
    // Below these widths a column's text becomes unreadable; the table then grows past the asked width instead.
    private static readonly int[] MinimumWidths = [12, 6, 6, 12, 12, 12];

    /// <inheritdoc/>
    public string Format => "table";

    /// <inheritdoc/>
    public void Render(ScanResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var text = ReportText.For(options.Language);

        string[] header = [text.Organisation, text.Group, text.Status, text.Hosting, text.Email, text.Social];
        var rows = result.Organisations.Select(organisation => Cells(organisation, text)).ToList();
        var widths = ColumnWidths(header.Select(title => new[] { title }).ToArray(), rows, options.Width);

        WriteWrapped(output, $"{text.Title} — {ReportFormatting.ScanLine(result, text)}", options.Width);
        output.Write(Rule('┌', '┬', '┐', widths));
        WriteRow(output, [.. header.Select(title => new[] { title })], widths);
        foreach (var row in rows)
        {
            output.Write(Rule('├', '┼', '┤', widths));
            WriteRow(output, row, widths);
        }

        output.Write(Rule('└', '┴', '┘', widths));

        var problems = result.Organisations.Where(organisation => organisation.Status != OrganisationStatus.Ok).ToList();
        if (problems.Count > 0)
        {
            output.Write($"\n{text.Problems}{text.Colon.TrimEnd()}\n");
            foreach (var organisation in problems)
            {
                var line = $"- {organisation.Organisation.Name}{text.Colon}{text.StatusSentences[organisation.Status]}";
                if (organisation.Errors.Count > 0)
                {
                    line += $" — {ReportFormatting.Error(organisation.Errors[0], text)}";
                }

                WriteWrapped(output, line, options.Width);
            }
        }
    }

    private static void WriteWrapped(TextWriter output, string text, int width)
    {
        foreach (var line in TerminalText.Wrap(text, width))
        {
            output.Write(line + "\n");
        }
    }

    private static string[][] Cells(OrganisationResult result, ReportText text)
    {
        var observed = result.Status is OrganisationStatus.Ok or OrganisationStatus.Partial;
        string[] nothing = ["—"];
        var email = AuditSummary.Email(result);
        var social = AuditSummary.Social(result);
        return
        [
            [result.Organisation.Name, result.Organisation.Website],
            [result.Organisation.Group],
            [text.Statuses[result.Status]],
            observed ? [AuditFormatter.Plain(AuditSummary.Hosting(result), text)] : nothing,
            !observed ? nothing : email.Count == 0 ? [text.NoMx] : [.. email.Select(entry => AuditFormatter.Plain(entry, text))],
            !observed ? nothing : social.Count == 0 ? [text.None] : [.. social.Select(entry => AuditFormatter.Plain(entry, text))],
        ];
    }

    private static int[] ColumnWidths(string[][] header, List<string[][]> rows, int maximumWidth)
    {
        var widths = new int[header.Length];
        foreach (var row in rows.Prepend(header))
        {
            for (var column = 0; column < row.Length; column++)
            {
                foreach (var line in row[column])
                {
                    widths[column] = Math.Max(widths[column], TerminalText.Width(line));
                }
            }
        }

        // Borders take one column per cell plus one, and each cell has a space on either side.
        var available = maximumWidth - ((3 * widths.Length) + 1);
        while (widths.Sum() > available)
        {
            var widest = -1;
            for (var column = 0; column < widths.Length; column++)
            {
                if (widths[column] > MinimumWidths[column] && (widest < 0 || widths[column] > widths[widest]))
                {
                    widest = column;
                }
            }

            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
        }

        return widths;
    }

    private static void WriteRow(TextWriter output, string[][] cells, int[] widths)
    {
        var wrapped = cells.Select((lines, column) => lines.SelectMany(line => TerminalText.Wrap(line, widths[column])).ToList()).ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var index = 0; index < height; index++)
        {
            var line = new StringBuilder("│");
            for (var column = 0; column < widths.Length; column++)
            {
                var content = index < wrapped[column].Count ? wrapped[column][index] : string.Empty;
                line.Append(' ').Append(TerminalText.Pad(content, widths[column])).Append(" │");
            }

            output.Write(line.Append('\n').ToString());
        }
    }

    private static string Rule(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle, widths.Select(width => new string('─', width + 2))) + right + "\n";
}
