namespace Pavillon.Reporting;

/// <summary>A stored scan document could not be read: malformed JSON, a missing or mistyped field, or an unsupported version.</summary>
public sealed class ScanDocumentException : Exception
{
    public ScanDocumentException()
    {
    }

    public ScanDocumentException(string message)
        : base(message)
    {
    }

    public ScanDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a JSON location.</summary>
    /// <param name="message">What is wrong, without the location.</param>
    /// <param name="path">JSONPath of the offending value (for example <c>$.organisations[2].status</c>); null when unknown.</param>
    /// <param name="lineNumber">1-based line of the offending value; null when unknown.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public ScanDocumentException(string message, string? path, long? lineNumber, Exception? innerException = null)
        : base(Describe(message, path, lineNumber), innerException)
    {
        JsonPath = path;
        LineNumber = lineNumber;
    }

    /// <summary>JSONPath of the offending value, for example <c>$.organisations[2].status</c>; null when unknown.</summary>
    public string? JsonPath { get; }

    /// <summary>1-based line number of the offending value; null when unknown.</summary>
    public long? LineNumber { get; }

    private static string Describe(string message, string? path, long? lineNumber)
    {
        var where = (path, lineNumber) switch
        {
            (not null, not null) => $" at {path} (line {lineNumber})",
            (not null, null) => $" at {path}",
            (null, not null) => $" at line {lineNumber}",
            _ => string.Empty,
        };
        return $"Malformed scan document{where}: {message}";
    }
}
