using System.Collections.Frozen;

namespace Pavillon.Model;

/// <summary>ISO 3166-1 alpha-2 country codes, and the EU/EEA membership used by policies and reports.</summary>
public static class Countries
{
    // The 249 officially assigned ISO 3166-1 alpha-2 codes.
    private const string AssignedCodes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    private const string EuropeanUnionCodes = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE";

    private const string EeaOnlyCodes = "IS LI NO";

    /// <summary>Every assigned ISO 3166-1 alpha-2 code.</summary>
    public static FrozenSet<string> Assigned { get; } = AssignedCodes.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The 27 member states of the European Union.</summary>
    public static FrozenSet<string> EuropeanUnion { get; } = EuropeanUnionCodes.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The European Economic Area: the EU plus Iceland, Liechtenstein and Norway.</summary>
    public static FrozenSet<string> EuropeanEconomicArea { get; } = (EuropeanUnionCodes + " " + EeaOnlyCodes).Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for an assigned ISO 3166-1 alpha-2 code (upper case).</summary>
    public static bool IsAssigned(string? code) => code is not null && Assigned.Contains(code);

    /// <summary>The flag emoji of a country code (regional indicator symbols), or an empty string.</summary>
    public static string Flag(string? code)
    {
        if (!IsAssigned(code))
        {
            return string.Empty;
        }

        const int regionalIndicatorA = 0x1F1E6;
        return char.ConvertFromUtf32(regionalIndicatorA + (code![0] - 'A')) + char.ConvertFromUtf32(regionalIndicatorA + (code[1] - 'A'));
    }
}
