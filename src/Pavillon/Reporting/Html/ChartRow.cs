namespace Pavillon.Reporting.Html;

/// <summary>One bar of a chart: its label, an optional flag code in front of it, and its segments.</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<ChartSegment> Segments, string? Flag = null);
