namespace Pavillon.Reporting;

/// <summary>How a report is rendered. Formats ignore the options that do not apply to them.</summary>
public sealed record ReportOptions
{
    /// <summary>The options used when none are given: French, 120 columns, details included.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Language of headings and labels; default <see cref="ReportLanguage.Fr"/>. JSON and CSV are language-neutral.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Fr;

    /// <summary>Maximum line width of the terminal table, in terminal columns; default 120, at least 40 is sensible.</summary>
    public int Width { get; init; } = 120;

    /// <summary>Whether the Markdown report follows each organisation's summary with every dependency and its evidence; default true.</summary>
    public bool IncludeDetails { get; init; } = true;
}
