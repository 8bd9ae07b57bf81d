using System.Text;
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
        if (output is StreamWriter { Encoding: UTF8Encoding } file)
        {
            // Straight into the file or standard output, as UTF-8, without building the whole document as a string.
            file.Flush();
            ScanDocument.Write(result, file.BaseStream);
            return;
        }

        output.Write(ScanDocument.ToJson(result));
    }
}
