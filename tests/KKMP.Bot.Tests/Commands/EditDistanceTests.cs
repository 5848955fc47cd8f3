using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("beras", "beras", 0)]
    [InlineData("beras", "bears", 1)]   // swap
    [InlineData("minyk", "minyak", 1)]  // insert
    [InlineData("gulla", "gula", 1)]    // delete
    [InlineData("telor", "telur", 1)]   // substitute
    [InlineData("ca", "abc", 3)]        // optimal string alignment, not full Damerau (which gives 2)
    [InlineData("kitten", "sitting", 3)]
    [InlineData("semen", "sabun", 3)]
    public void Counts_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("koperasi", "koprasii", 3, 2)]
    [InlineData("koperasi", "koprasii", 1, 2)]   // over the limit: limit + 1
    [InlineData("pengawas", "bendahara", 2, 3)]
    [InlineData("beras", "bears", 0, 1)]
    public void Stops_early_above_a_limit(string a, string b, int limit, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, limit));
        Assert.Equal(Math.Min(EditDistance.Between(a, b), limit + 1), EditDistance.Between(a, b, limit));
    }

    [Fact]
    public void Handles_strings_longer_than_the_stack_buffer()
    {
        var a = new string('a', 400);
        var b = new string('a', 398) + "bc";

        Assert.Equal(2, EditDistance.Between(a, b));
    }
}
