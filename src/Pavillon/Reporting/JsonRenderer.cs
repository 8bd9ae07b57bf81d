using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>The <c>json</c> format: the versioned contract of docs/json-schema.md, evidence included, language-neutral.</summary>
public sealed class JsonRenderer : IReportRenderer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public void Render(ScanResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ScanDocument.ToJson(result));
    }
}
