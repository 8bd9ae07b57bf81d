namespace Pavillon.Network;

/// <summary>
/// Turns upstream ranges, which sometimes nest or overlap (a /24 carved out of a /16, a single address
/// re-geolocated inside a block), into sorted disjoint ranges that a binary search can use.
/// Where ranges overlap, the one that starts last wins, and among ranges starting at the same address the
/// narrowest: in both cases the more specific statement.
/// </summary>
internal static class RangeFlattener
{
    /// <param name="ranges">Ranges in any order; the list is sorted in place.</param>
    /// <param name="mergeAdjacent">Join touching segments that carry the same value (for locations, where the boundary means nothing).</param>
    public static List<SourceRange> Flatten(List<SourceRange> ranges, bool mergeAdjacent)
    {
        ranges.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var output = new List<SourceRange>(ranges.Count);
        var open = new Stack<SourceRange>();
        var cursor = UInt128.Zero; // first address not yet emitted
        var finished = false; // set once the last address of the space has been emitted

        foreach (var range in ranges)
        {
            if (range.End < range.Start)
            {
                continue;
            }

            // Emit what the open ranges cover before this one starts.
            while (open.Count > 0 && cursor < range.Start)
            {
                var top = open.Peek();
                if (top.End < cursor)
                {
                    open.Pop();
                    continue;
                }

                var last = UInt128.Min(top.End, range.Start - 1);
                Emit(output, cursor, last, top.Value, mergeAdjacent);
                cursor = last + 1;
                if (top.End == last)
                {
                    open.Pop();
                }
            }

            // Everything before this start is emitted or uncovered, so the new range takes over here.
            open.Push(range);
            cursor = range.Start;
        }

        while (open.Count > 0 && !finished)
        {
            var top = open.Pop();
            if (top.End < cursor)
            {
                continue;
            }

            Emit(output, cursor, top.End, top.Value, mergeAdjacent);
            if (top.End == UInt128.MaxValue)
            {
                finished = true;
            }
            else
            {
                cursor = top.End + 1;
            }
        }

        return output;
    }

    private static void Emit(List<SourceRange> output, UInt128 start, UInt128 end, int value, bool mergeAdjacent)
    {
        if (mergeAdjacent && output.Count > 0)
        {
            var previous = output[^1];
            if (previous.Value == value && previous.End + 1 == start)
            {
                output[^1] = previous with { End = end };
                return;
            }
        }

        output.Add(new SourceRange(start, end, value));
    }
}
