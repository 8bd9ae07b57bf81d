namespace Pavillon.Reporting;

/// <summary>Keeps names and raw observations from being read as Markdown syntax.</summary>
internal static class MarkdownText
{
    // Characters that start emphasis, links, HTML, tables or code in CommonMark and GitHub Flavored Markdown.
    private const string Special = "\\`*_[]<>|";

    /// <summary>Escapes a name or sentence so that it renders as written.</summary>
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0 && !value.StartsWith('#'))
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length + 8);
        if (value.StartsWith('#'))
        {
            builder.Append('\\');
        }

        foreach (var character in value)
        {
            if (Special.Contains(character, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>Raw data (a DNS answer, a header) as an inline code span, whatever backticks it holds.</summary>
    public static string Code(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        var fence = "`";
        while (flat.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        // CommonMark strips one space on each side when both are present, so padding keeps edge backticks apart.
        var padded = flat.StartsWith('`') || flat.EndsWith('`') ? $" {flat} " : flat;
        return fence + padded + fence;
    }
}
