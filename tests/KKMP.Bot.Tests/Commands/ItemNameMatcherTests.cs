using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Typed names resolve to catalogue items by name, alias, word prefix and small typos; ties are questions.</summary>
public class ItemNameMatcherTests
{
    private static readonly CatalogueItem[] Shop =
    [
        new("beras", "Beras", ["beras medium"]),
        new("minyak", "Minyak Goreng", ["migor"]),
        new("gula", "Gula Pasir", []),
        new("telur", "Telur Ayam", ["telor"]),
        new("tepung", "Tepung Terigu", ["terigu"]),
        new("kecap", "Kecap Manis", []),
        new("kecap-asin", "Kecap Asin", []),
        new("sabun", "Sabun Cuci", []),
        new("susu", "Susu Kental Manis", ["skm"]),
    ];

    [Theory]
    [InlineData("beras", "beras")]
    [InlineData("BERAS", "beras")]
    [InlineData("  Minyak   Goreng ", "minyak")]
    [InlineData("minyakgoreng", "minyak")]
    [InlineData("migor", "minyak")]
    [InlineData("Telor", "telur")]
    [InlineData("skm", "susu")]
    [InlineData("beras medium", "beras")]
    public void Exact_name_or_alias(string query, string id)
    {
        var match = Assert.IsType<ItemMatch.Exact>(ItemNameMatcher.Match(query, Shop));
        Assert.Equal(id, match.Item.Id);
    }

    [Theory]
    [InlineData("gulpas", "gula")]        // every word clipped and run together
    [InlineData("gulapas", "gula")]
    [InlineData("tepter", "tepung")]
    [InlineData("sabcu", "sabun")]
    [InlineData("sukema", "susu")]
    public void A_clipped_blend_of_every_word_is_that_item(string query, string id)
    {
        var match = Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop));
        Assert.Equal(id, match.Item.Id);
    }

    [Theory]
    [InlineData("bimoli", "minyak")]            // a brand that means one kind of goods
    [InlineData("Rose Brand", "gula")]
    [InlineData("gula rose brand", "gula")]
    [InlineData("telor ayam negeri", "telur")]   // a grade after the goods' own name
    [InlineData("tepung segitiga biru", "tepung")]
    public void A_known_brand_or_grade_names_its_goods(string query, string id)
    {
        Assert.Equal(id, Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop)).Item.Id);
    }

    [Theory]
    [InlineData("minyak tanah")] // not a brand: still only a suggestion, never minyak goreng
    [InlineData("gula merah")]
    public void Other_goods_with_a_shared_word_are_not_guessed(string query)
    {
        Assert.IsNotType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop));
    }

    [Fact]
    public void A_blend_picks_the_one_name_whose_words_it_clips()
    {
        // Kecap Manis and Kecap Asin share "kec"; only one has a word starting "ma".
        Assert.Equal("kecap", Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match("kecma", Shop)).Item.Id);
        Assert.Equal("kecap-asin", Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match("kecas", Shop)).Item.Id);
    }

    [Theory]
    [InlineData("gp")]   // one letter per word is too little to know
    [InlineData("gu")]   // one word's clip is a prefix question, not a blend
    public void A_blend_needs_two_letters_of_every_word(string query)
    {
        Assert.IsNotType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop));
    }

    [Theory]
    [InlineData("minyak", "minyak")]      // word prefix
    [InlineData("gula", "gula")]
    [InlineData("tepung", "tepung")]
    [InlineData("telur", "telur")]
    [InlineData("min gor", "minyak")]
    [InlineData("susu kental", "susu")]
    [InlineData("minyk", "minyak")]       // typo in the first word
    [InlineData("minyak gorng", "minyak")] // typo, long name
    [InlineData("bers", "beras")]         // one deletion
    [InlineData("bears", "beras")]        // swapped neighbours
    [InlineData("gual", "gula")]
    [InlineData("tepung trigu", "tepung")]
    [InlineData("kecap manus", "kecap")]
    public void Unique_prefix_or_typo(string query, string id)
    {
        var match = Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop));
        Assert.Equal(id, match.Item.Id);
    }

    [Theory]
    [InlineData("kecap", "kecap-asin,kecap")]
    [InlineData("kec", "kecap-asin,kecap")]
    [InlineData("manis", "kecap,susu")]
    public void Ambiguous_names_list_the_candidates(string query, string ids)
    {
        var match = Assert.IsType<ItemMatch.Ambiguous>(ItemNameMatcher.Match(query, Shop));
        Assert.Equal(ids.Split(','), match.Candidates.Select(c => c.Id));
    }

    [Theory]
    [InlineData("semen", null)]
    [InlineData("beras merah", "beras")]
    [InlineData("berass goreng", "minyak")] // "goreng" is an exact word of Minyak Goreng
    [InlineData("sabon cuce kita", "sabun")]
    [InlineData("gua", "gula")]  // too short for typo tolerance, but suggested
    [InlineData("", null)]
    public void None_suggests_the_closest_item(string query, string? suggestionId)
    {
        var match = Assert.IsType<ItemMatch.None>(ItemNameMatcher.Match(query, Shop));
        Assert.Equal(suggestionId, match.Suggestion?.Id);
    }

    [Theory]
    [InlineData("gla", "gula")]
    [InlineData("brs", "beras")]
    [InlineData("tpg terigu", "tepung")]
    [InlineData("mnyk", "minyak")]
    [InlineData("tlr", "telur")]
    [InlineData("sbn cuci", "sabun")]
    public void Vowel_less_abbreviations_name_their_item(string query, string id) =>
        Assert.Equal(id, Assert.IsType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop)).Item.Id);

    [Theory]
    [InlineData("gali")]   // a real word with its vowels is not a skeleton of "gula"
    [InlineData("barisan")]
    [InlineData("ks")]     // kecap manis or kecap asin: never one of them
    public void A_word_with_its_vowels_or_a_skeleton_of_two_items_names_no_single_item(string query) =>
        Assert.IsNotType<ItemMatch.Unique>(ItemNameMatcher.Match(query, Shop));

    [Theory]
    [InlineData("beras merah", true)]
    [InlineData("sabon cuce kita", true)]
    [InlineData("gua", false)]
    public void A_suggestion_is_close_only_when_a_word_is_within_the_typo_tolerance(string query, bool close)
    {
        Assert.Equal(close, Assert.IsType<ItemMatch.None>(ItemNameMatcher.Match(query, Shop)).IsClose);
    }

    [Fact]
    public void Same_alias_on_two_items_is_ambiguous()
    {
        CatalogueItem[] shop = [new("a", "Gula Pasir", ["gula"]), new("b", "Gula Merah", ["gula"])];

        var match = Assert.IsType<ItemMatch.Ambiguous>(ItemNameMatcher.Match("gula", shop));
        Assert.Equal(2, match.Candidates.Count);
    }

    [Fact]
    public void Empty_catalogue_matches_nothing()
    {
        Assert.Equal(new ItemMatch.None(null), ItemNameMatcher.Match("beras", []));
    }
}
