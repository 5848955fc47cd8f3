using FsCheck;
using FsCheck.Fluent;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Properties;

public class GrammarProperties
{
    [Fact]
    public void The_grammar_never_throws_on_any_string() =>
        Prop.ForAll(CommandLines.Any, line =>
        {
            var result = CommandParser.Parse(line);
            CommandParser.CandidatePriceQuestion(line);
            // Every outcome is one of the three, and an invalid line always says what to do.
            return result is ParseResult.NotACommand or ParseResult.Parsed
                   || (result is ParseResult.Invalid invalid && invalid.Message.Length > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    /// <summary>Lines the property above once found: each used to throw instead of getting a reply.</summary>
    [Theory]
    [InlineData("99999999999999999999999999999½")]
    [InlineData("jual gula 99999999999999999999999999999½kg")]
    public void Lines_the_property_found_get_a_verdict(string line) =>
        Assert.NotNull(CommandParser.Parse(line));
}
