namespace Pavillon.Reporting.Html;

/// <summary>
/// Chart colours of jurisdictions: fixed for the organisation itself, the unknown, the organisations' home
/// country (blue) and the United States (red, the most common foreign law), then a palette given out in order
/// of frequency, so every chart of a report gives a country the same colour.
/// </summary>
internal sealed class JurisdictionColours
{
    public const string Self = "self";
    public const string Unknown = "unknown";

    // Dark enough for white labels (contrast at least 4.5:1), distinct in hue; the last ones repeat past ten.
    private static readonly string[] Palette =
        ["#1d4e89", "#a3231f", "#2f6b2f", "#6a3d9a", "#8a4f00", "#00677a", "#9c2a6b", "#3f5a0e", "#5c5470", "#7a1f3d"];

    private readonly Dictionary<string, string> _colours = new(StringComparer.Ordinal)
    {
        [Self] = "#b7e1c1",
        [Unknown] = "#d5d5dd",
    };

    public JurisdictionColours(IEnumerable<string> keysByFrequency, string home)
    {
        _colours.TryAdd(home, Palette[0]);
        _colours.TryAdd("US", Palette[1]);
        var next = 2;
        foreach (var key in keysByFrequency)
        {
            if (!_colours.ContainsKey(key))
            {
                _colours[key] = Palette[next++ % Palette.Length];
            }
        }
    }

    public string Of(string key) => _colours.GetValueOrDefault(key, "#5c5470");

    /// <summary>The two light fills take dark labels.</summary>
    public static bool NeedsDarkText(string colour) => colour is "#b7e1c1" or "#d5d5dd";
}
