namespace Pavillon.Accuracy.Replay;

/// <summary>An entry of the data set that could not be read, and why; the run goes on without it.</summary>
/// <param name="Key">The entry's key in the file (or its position, "#12", in an array).</param>
/// <param name="Reason">What was wrong with it.</param>
public sealed record RejectedEntry(string Key, string Reason);
