using Pavillon.Network;

namespace Pavillon.Tests.Network;

public sealed class RangeFlattenerTests
{
    private static List<SourceRange> Flatten(bool merge, params (int Start, int End, int Value)[] ranges) =>
        RangeFlattener.Flatten([.. ranges.Select(r => new SourceRange((UInt128)r.Start, (UInt128)r.End, r.Value))], merge);

    private static (int, int, int)[] Pairs(List<SourceRange> ranges) =>
        [.. ranges.Select(r => ((int)r.Start, (int)r.End, r.Value))];

    [Fact]
    public void Should_keep_disjoint_ranges_and_their_gaps()
    {
        Assert.Equal([(0, 9, 1), (20, 29, 2)], Pairs(Flatten(false, (20, 29, 2), (0, 9, 1))));
    }

    [Fact]
    public void Should_cut_a_nested_range_out_of_the_range_around_it()
    {
        Assert.Equal([(0, 9, 1), (10, 19, 2), (20, 99, 1)], Pairs(Flatten(false, (0, 99, 1), (10, 19, 2))));
    }

    [Fact]
    public void Should_prefer_the_narrower_of_two_ranges_starting_together()
    {
        Assert.Equal([(0, 9, 2), (10, 99, 1)], Pairs(Flatten(false, (0, 9, 2), (0, 99, 1))));
    }

    [Fact]
    public void Should_give_a_partial_overlap_to_the_range_starting_last()
    {
        Assert.Equal([(0, 49, 1), (50, 149, 2)], Pairs(Flatten(false, (0, 99, 1), (50, 149, 2))));
    }

    [Fact]
    public void Should_resume_the_outer_range_after_several_nested_ones()
    {
        Assert.Equal(
            [(0, 9, 1), (10, 14, 2), (15, 16, 3), (17, 19, 2), (20, 29, 1), (30, 39, 4), (40, 99, 1)],
            Pairs(Flatten(false, (0, 99, 1), (10, 19, 2), (15, 16, 3), (30, 39, 4))));
    }

    [Fact]
    public void Should_merge_touching_ranges_of_the_same_value_only_when_asked()
    {
        Assert.Equal([(0, 9, 1), (10, 19, 1)], Pairs(Flatten(false, (0, 9, 1), (10, 19, 1))));
        Assert.Equal([(0, 19, 1)], Pairs(Flatten(true, (0, 9, 1), (10, 19, 1))));
        Assert.Equal([(0, 99, 1)], Pairs(Flatten(true, (0, 99, 1), (10, 19, 1))));
    }

    [Fact]
    public void Should_handle_ranges_reaching_the_last_address()
    {
        var ranges = new List<SourceRange>
        {
            new(UInt128.MaxValue - 255, UInt128.MaxValue, 1),
            new(UInt128.MaxValue - 15, UInt128.MaxValue, 2),
        };

        var flat = RangeFlattener.Flatten(ranges, mergeAdjacent: false);

        Assert.Equal(
            [new(UInt128.MaxValue - 255, UInt128.MaxValue - 16, 1), new(UInt128.MaxValue - 15, UInt128.MaxValue, 2)],
            flat);
    }
}
