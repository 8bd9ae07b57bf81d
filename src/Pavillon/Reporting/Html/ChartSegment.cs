namespace Pavillon.Reporting.Html;

/// <summary>One part of a stacked bar: a jurisdiction key ("FR", "self", "unknown") and how many it counts.</summary>
internal sealed record ChartSegment(string Key, int Count);
