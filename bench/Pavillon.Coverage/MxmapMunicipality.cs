namespace Pavillon.Coverage;

/// <summary>One municipality of the mxmap data set: its mail domain and the MX hosts recorded for it.</summary>
internal sealed record MxmapMunicipality(string Bfs, string Name, string Domain, IReadOnlyList<string> Mx);
