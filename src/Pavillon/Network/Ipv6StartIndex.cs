namespace Pavillon.Network;

/// <summary>
/// Finds, among sorted IPv6 range starts, the last one at or before an address. The starts are split
/// into their high and low 64-bit halves, compared as plain integers (several times cheaper than
/// <see cref="UInt128"/> comparisons), and every <see cref="SampleStep"/>-th start is copied into a small
/// sample that stays in cache and is searched first: IPv6 starts are too clustered under 2000::/3 for
/// a bucket index like IPv4's.
/// </summary>
internal sealed class Ipv6StartIndex
{
    private const int SampleStep = 32;

    private readonly ulong[] _high;
    private readonly ulong[] _low;
    private readonly ulong[] _sampleHigh;
    private readonly ulong[] _sampleLow;

    public Ipv6StartIndex(UInt128[] starts)
    {
        _high = new ulong[starts.Length];
        _low = new ulong[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            _high[i] = (ulong)(starts[i] >> 64);
            _low[i] = (ulong)starts[i];
        }

        var samples = (starts.Length + SampleStep - 1) / SampleStep;
        _sampleHigh = new ulong[samples];
        _sampleLow = new ulong[samples];
        for (var i = 0; i < samples; i++)
        {
            _sampleHigh[i] = _high[i * SampleStep];
            _sampleLow[i] = _low[i * SampleStep];
        }
    }

    /// <summary>Index of the last start at or before the address, or -1 when every start is after it.</summary>
    public int LastAtOrBefore(ulong high, ulong low)
    {
        var sample = LastAtOrBefore(_sampleHigh, _sampleLow, 0, _sampleHigh.Length - 1, high, low);
        if (sample < 0)
        {
            return -1;
        }

        var first = sample * SampleStep;
        return LastAtOrBefore(_high, _low, first, Math.Min(first + SampleStep, _high.Length) - 1, high, low);
    }

    private static int LastAtOrBefore(ulong[] highs, ulong[] lows, int from, int to, ulong high, ulong low)
    {
        int lowIndex = from, highIndex = to;
        while (lowIndex <= highIndex)
        {
            var middle = (int)((uint)(lowIndex + highIndex) >> 1);
            var h = highs[middle];
            if (h < high || (h == high && lows[middle] <= low))
            {
                lowIndex = middle + 1;
            }
            else
            {
                highIndex = middle - 1;
            }
        }

        return highIndex >= from ? highIndex : -1;
    }
}
