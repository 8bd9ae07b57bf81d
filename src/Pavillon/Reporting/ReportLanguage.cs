namespace Pavillon.Reporting;

/// <summary>The language of the words a report adds around the data. Command-line values: fr, en.</summary>
public enum ReportLanguage
{
    /// <summary>French (the default: the audits this tool reproduces are written in French).</summary>
    Fr,

    /// <summary>English.</summary>
    En,
}
