namespace Pavillon.Assessment;

/// <summary>A sentence in the report languages. JSON: <c>{"en": "...", "fr": "..."}</c>.</summary>
/// <param name="En">English.</param>
/// <param name="Fr">French.</param>
public sealed record LocalizedText(string En, string Fr)
{
    /// <summary>The French text when <paramref name="french"/> is true, else the English one.</summary>
    public string In(bool french) => french ? Fr : En;
}
