using Pavillon.Model;

namespace Pavillon.Reporting;

/// <summary>Turns a scan result into one output format. Renderers are stateless and culture-invariant.</summary>
public interface IReportRenderer
{
    /// <summary>The format name used on the command line (<c>--format</c>), lower case.</summary>
    string Format { get; }

    /// <summary>Writes the whole report to <paramref name="output"/>; the caller owns and flushes the writer.</summary>
    void Render(ScanResult result, ReportOptions options, TextWriter output);
}
