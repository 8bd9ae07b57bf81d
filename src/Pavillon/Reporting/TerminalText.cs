using System.Globalization;
using System.Text;

namespace Pavillon.Reporting;

/// <summary>Measures and wraps text in terminal columns, where a flag or an emoji takes two columns.</summary>
internal static class TerminalText
{
    /// <summary>The number of terminal columns the text takes.</summary>
    public static int Width(string value)
    {
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext())
        {
            width += ElementWidth(elements.GetTextElement());
        }

        return width;
    }

    /// <summary>
    /// Splits the text into lines of at most <paramref name="width"/> columns, breaking at spaces (never at
    /// <see cref="AuditFormatter.Glue"/>, which is written as a space) and cutting words longer than a line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string value, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var currentWidth = 0;
        foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = Cut(word, width);
            foreach (var piece in pieces)
            {
                var pieceWidth = Width(piece);
                var needed = currentWidth == 0 ? pieceWidth : currentWidth + 1 + pieceWidth;
                if (currentWidth > 0 && needed > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    currentWidth = 0;
                }

                if (currentWidth > 0)
                {
                    current.Append(' ');
                    currentWidth++;
                }

                current.Append(piece);
                currentWidth += pieceWidth;
            }
        }

        if (currentWidth > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return [.. lines.Select(line => line.Replace(AuditFormatter.Glue, ' '))];
    }

    /// <summary>The text followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string Pad(string value, int width) => value + new string(' ', Math.Max(0, width - Width(value)));

    private static List<string> Cut(string word, int width)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var pieceWidth = 0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = ElementWidth(element);
            if (pieceWidth > 0 && pieceWidth + elementWidth > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                pieceWidth = 0;
            }

            piece.Append(element);
            pieceWidth += elementWidth;
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    private static int ElementWidth(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        var value = rune.Value;
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
        {
            return 0;
        }

        // Regional-indicator pairs (flags), emoji and East Asian wide characters take two columns.
        var wide = value is >= 0x1F000 and <= 0x1FAFF
            || value is >= 0x1100 and <= 0x115F
            || value is >= 0x2E80 and <= 0xA4CF
            || value is >= 0xAC00 and <= 0xD7A3
            || value is >= 0xF900 and <= 0xFAFF
            || value is >= 0xFF00 and <= 0xFF60
            || value is >= 0xFFE0 and <= 0xFFE6
            || value is >= 0x20000 and <= 0x3FFFD;
        return wide ? 2 : 1;
    }
}
