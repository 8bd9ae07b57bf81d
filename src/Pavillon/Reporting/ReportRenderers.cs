using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Pavillon.Reporting;

/// <summary>Every output format, by name. Adding a format means adding its renderer and one line here.</summary>
public static class ReportRenderers
{
    /// <summary>The format used when none is asked for: the terminal table.</summary>
    public const string DefaultFormat = "table";

    private static readonly IReportRenderer[] Renderers =
    [
        new TableRenderer(),
        new MarkdownRenderer(),
        new CsvRenderer(),
        new JsonRenderer(),
        new Html.HtmlRenderer(),
    ];

    private static readonly FrozenDictionary<string, IReportRenderer> ByFormat =
        Renderers.ToFrozenDictionary(renderer => renderer.Format, StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered format names, in registration order (the default first).</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Renderers.Select(renderer => renderer.Format)];

    /// <summary>Finds the renderer of a format (case-insensitive).</summary>
    public static bool TryGet(string format, [NotNullWhen(true)] out IReportRenderer? renderer) =>
        ByFormat.TryGetValue(format, out renderer);

    /// <summary>The renderer of a format (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The format is not registered; the message lists the known ones.</exception>
    public static IReportRenderer Get(string format) =>
        TryGet(format, out var renderer)
            ? renderer
            : throw new ArgumentException($"Unknown report format '{format}'. Known formats: {string.Join(", ", Formats)}.", nameof(format));
}
