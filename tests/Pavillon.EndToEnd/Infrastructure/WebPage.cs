namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>A ready answer of the web fixture.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Headers">Response headers (Content-Type included).</param>
/// <param name="Body">Response body, UTF-8.</param>
public sealed record WebPage(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
