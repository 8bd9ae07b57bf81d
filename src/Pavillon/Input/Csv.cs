using System.Text;

namespace Pavillon.Input;

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.</summary>
internal static class Csv
{
    /// <summary>Splits <paramref name="text"/> into rows, each with its first line number (1-based).</summary>
    public static List<CsvRow> Parse(string text)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowLine = 1;
        string? error = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case '"':
                    error ??= "a quote appears inside an unquoted field";
                    field.Append(c);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add(new CsvRow(rowLine, fields, error));
                    fields = [];
                    error = null;
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            error ??= "a quoted field is not closed";
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(new CsvRow(rowLine, fields, error));
        }

        return rows;
    }
}

/// <summary>One CSV record, the line it starts on, and a syntax problem if any.</summary>
internal sealed record CsvRow(int Line, List<string> Fields, string? Error);
