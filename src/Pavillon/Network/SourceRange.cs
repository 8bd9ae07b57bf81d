namespace Pavillon.Network;

/// <summary>One inclusive range read from an upstream file, with the value it maps to (an AS number or a country index).</summary>
internal readonly record struct SourceRange(UInt128 Start, UInt128 End, int Value);
