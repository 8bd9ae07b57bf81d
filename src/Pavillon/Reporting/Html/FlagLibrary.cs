using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Pavillon.Reporting.Html;

/// <summary>
/// Country flags as SVG (flag-icons, MIT, shipped under data/flags/ as lower-case ISO code files), so that
/// HTML reports show flags on every system, including those that draw no flag emoji.
/// </summary>
public sealed partial class FlagLibrary
{
    private static readonly Lazy<FlagLibrary> LazyDefault = new(() => Load(DefaultDirectory));

    private readonly FrozenDictionary<string, string> _inner;

    /// <param name="svgByCode">Each flag's SVG document, by upper-case ISO 3166-1 alpha-2 code.</param>
    public FlagLibrary(IReadOnlyDictionary<string, string> svgByCode)
    {
        ArgumentNullException.ThrowIfNull(svgByCode);
        _inner = svgByCode.ToFrozenDictionary(pair => pair.Key.ToUpperInvariant(), pair => Symbol(pair.Key.ToLowerInvariant(), pair.Value), StringComparer.Ordinal);
    }

    /// <summary>data/flags beside the application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "flags");

    /// <summary>The flags shipped with the application (empty when the folder is missing: codes are shown instead).</summary>
    public static FlagLibrary Default => LazyDefault.Value;

    /// <summary>An empty library: every country is shown by its code.</summary>
    public static FlagLibrary Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>Reads every xx.svg file of <paramref name="directory"/>.</summary>
    public static FlagLibrary Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Empty;
        }

        return new FlagLibrary(Directory.GetFiles(directory, "*.svg")
            .Where(path => Path.GetFileNameWithoutExtension(path).Length == 2)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path).ToUpperInvariant(), File.ReadAllText, StringComparer.Ordinal));
    }

    /// <summary>True when the library has a flag for the code.</summary>
    public bool Has(string code) => _inner.ContainsKey(code);

    /// <summary>The flag as an SVG &lt;symbol&gt; with id <c>flag-xx</c>, for a sprite; null when there is none.</summary>
    public string? SymbolOf(string code) => _inner.GetValueOrDefault(code);

    // <svg xmlns=... id="flag-icons-fr" viewBox="0 0 640 480"> ... </svg>  =>  <symbol id="flag-fr" viewBox="0 0 640 480"> ... </symbol>
    private static string Symbol(string code, string svg)
    {
        var open = OpenTag().Match(svg);
        var close = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        if (!open.Success || close < open.Index + open.Length)
        {
            throw new InvalidDataException("not an SVG document");
        }

        var viewBox = ViewBox().Match(open.Value);
        var box = viewBox.Success ? viewBox.Groups[1].Value : "0 0 640 480";
        return $"<symbol id=\"flag-{code}\" viewBox=\"{box}\">{svg[(open.Index + open.Length)..close].Trim()}</symbol>";
    }

    [GeneratedRegex("<svg\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex OpenTag();

    [GeneratedRegex("viewBox=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ViewBox();
}
