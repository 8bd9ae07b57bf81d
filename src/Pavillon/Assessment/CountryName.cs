namespace Pavillon.Assessment;

/// <summary>A country's name as reasons write it.</summary>
/// <param name="En">English name ("United States").</param>
/// <param name="Fr">French name ("États-Unis").</param>
/// <param name="FrOf">French with "de" and its article ("des États-Unis"), after "droit".</param>
/// <param name="FrIn">French with its locative preposition ("aux États-Unis").</param>
public sealed record CountryName(string En, string Fr, string FrOf, string FrIn)
{
    /// <summary>A stand-in for a country without a name in the data: its code everywhere.</summary>
    public static CountryName FromCode(string code) => new(code, code, "du pays " + code, "dans le pays " + code);
}
