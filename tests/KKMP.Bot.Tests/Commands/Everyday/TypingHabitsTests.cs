using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>Accents, doubled letters, a verb glued to its item and the clock time are undone before any reader looks.</summary>
public class TypingHabitsTests
{
    [Theory]
    [InlineData("Telurr 1 kg lakuu", "Telur", -1)]
    [InlineData("jualberas2kg tdpagi", "Beras", -2)]
    [InlineData("jaul tepung 1,5 kg td jam 11", "Tepung Terigu", -1.5)]
    [InlineData("telur 2 kg laku tadi pukul 10.30 pagi", "Telur", -2)]
    [InlineData("berras paju pètto' kilo saparo", "Beras", -7.5)]
    public async Task The_entry_lands_as_if_typed_carefully(string text, string item, decimal delta)
    {
        using var harness = new RouterHarness();
        var manager = harness.As("telegram", "42", Role.Pengelola);
        var db = harness.Get<LedgerDb>();
        var before = db.Movements.Count();

        // read at once, or shown as a guess first: either way one entry lands after YA
        if ((await manager.SendAsync(text)).SuggestedReplies.Contains("YA")) await manager.SendAsync("ya");

        var movement = Assert.Single(db.Movements.FindAll().OrderBy(m => m.AtTicks).Skip(before));
        Assert.Equal(item, harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Id == movement.ItemId).Name);
        Assert.Equal(delta, movement.Delta);
    }

    [Theory]
    [InlineData("rekapp kmrn dong")]
    [InlineData("kaka yg td itu tra jadi, batalkan sudah")]
    [InlineData("beta salah ketik yg tadi, batal akang sa")]
    public void Requests_are_read_through_the_same_habits(string text) =>
        Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text));

    [Theory]
    [InlineData("maaf")]      // a real double letter stays
    [InlineData("sakkarung")]
    public void Known_words_with_a_double_letter_are_left_alone(string word) =>
        Assert.Equal(word, TypingHabits.Undoubled(word, w => w is "maaf" or "sakkarung" or "saat"));
}
