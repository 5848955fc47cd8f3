using Xunit.Abstractions;

namespace KKMP.Bot.Tests.Commands.ShopMessages;

/// <summary>
/// Shop messages as managers type them, judged by what lands in the ledger. The held-out set is
/// reported apart from the development set and was never used to tune the grammar.
/// </summary>
public class ShopMessageEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("shop-messages-dev.json", 150, 0.95)]
    // second dev set, written in session 3 for tuning; misses printed
    [InlineData("shop-messages-dev-2.json", 90, 0.0)]
    // third dev set, written in session 3 for tuning; misses printed
    [InlineData("shop-messages-dev-3.json", 90, 0.0)]
    // fourth dev set, written in session 4 by an author who never read the grammar; misses printed
    [InlineData("shop-messages-dev-4.json", 100, 0.0)]
    // fifth dev set, written in session 4 after the guess reader was built, by another author; misses printed
    [InlineData("shop-messages-dev-5.json", 100, 0.0)]
    // sixth and seventh dev sets (session 4, another author): long-winded writers, and terse regional writers; misses printed
    [InlineData("shop-messages-dev-6.json", 100, 0.0)]
    [InlineData("shop-messages-dev-7.json", 100, 0.0)]
    // eighth dev set (session 4, last round): ten managers' voices over a week; misses printed
    [InlineData("shop-messages-dev-8.json", 120, 0.0)]
    // ninth dev set (session 4): forwarded WhatsApp lines, spreadsheet rows, glued units, brand and size, partial English
    [InlineData("shop-messages-dev-9.json", 100, 0.0)]
    // session 5 dev sets by two new authors who never read the code: peak-hour cashiers naming buyers, corrections, regional
    // and formal registers (dev-10); voice typing, terse caps, copied notes and spreadsheet rows, chat English (dev-11)
    [InlineData("shop-messages-dev-10.json", 100, 0.0)]
    [InlineData("shop-messages-dev-11.json", 100, 0.0)]
    // session 5, second round (new authors): five staff of one market-town kopdes incl. Gen-Z slang, a retired teacher spelling
    // every number, Batak and Madurese traders, a treasurer's invoices with discounts (dev-12); eastern Indonesian Malay,
    // autocorrect damage, entries in pieces, times (dev-13)
    [InlineData("shop-messages-dev-12.json", 100, 0.0)]
    [InlineData("shop-messages-dev-13.json", 100, 0.0)]
    // session 6 dev sets by two new authors who never read the code: older Javanese managers in krama and ngoko, voice typing,
    // copied notebook rows (dev-14); young Sumatran and Kalimantan managers, Minang/Batak/Banjar words, slang and English (dev-15)
    [InlineData("shop-messages-dev-14.json", 100, 0.0)]
    [InlineData("shop-messages-dev-15.json", 100, 0.0)]
    // session 6, second round (new authors): Bali, Lombok, Sumbawa, Bugis/Makassar, Gorontalo and Betawi managers (dev-16);
    // formal writers, report letters, forwarded WhatsApp entries, hand-copied invoices, voice typing that spells punctuation (dev-17)
    [InlineData("shop-messages-dev-16.json", 100, 0.0)]
    [InlineData("shop-messages-dev-17.json", 100, 0.0)]
    // session 6, third round: a fortnight at ten kopdes across Indonesia, ten managers' habits (dev-18); peak hours at five
    // urban-ward cooperatives with city slang (dev-19)
    [InlineData("shop-messages-dev-18.json", 100, 0.0)]
    [InlineData("shop-messages-dev-19.json", 100, 0.0)]
    // session 7 (new authors): evening closing reports, voice typing, Javanese ngoko and Sundanese (dev-20); market day in
    // Banjar, Palembang and Kupang Malay with money written every way and members asking (dev-21)
    [InlineData("shop-messages-dev-20.json", 100, 0.0)]
    [InlineData("shop-messages-dev-21.json", 100, 0.0)]
    // session 8 (new authors): a payday weekend in Pontianak, a Balinese desa and a town kopdes whose young manager mixes
    // English slang (dev-23); morning and closing routines in Jayapura, Lombok and Aceh with notebook lines (dev-22)
    [InlineData("shop-messages-dev-22.json", 100, 0.0)]
    [InlineData("shop-messages-dev-23.json", 100, 0.0)]
    // session 8, written mid-session by a new author after holdout-13 stayed flat: a week in Sidrap/Bone (Bugis), Kemayoran
    // (Betawi), near Surabaya (Suroboyoan) and Bangkalan (Madurese); scored on arrival at fd6d9da
    [InlineData("shop-messages-dev-24.json", 100, 0.0)]
    // session 9 (new authors, scored on arrival at 293acb3): Batak Medan/Siantar, Manado and Sundanese Garut (dev-25); ngapak
    // Tegal/Banyumas, Palembang and a young Makassar manager voice-typing without punctuation (dev-26)
    [InlineData("shop-messages-dev-25.json", 100, 0.0)]
    [InlineData("shop-messages-dev-26.json", 100, 0.0)]
    // session 9, written after holdout-14 scored 0.800 by a new author who never saw it, in its voices: a Banjar kopdes in Hulu
    // Sungai, a Minang nagari near Payakumbuh and a Kupang/Atambua ward; scored on arrival at b7243d5
    [InlineData("shop-messages-dev-27.json", 100, 0.0)]
    // session 10 (new authors, scored on arrival): Papuan Malay in Jayapura/Sentani, Bugis near Bone/Sengkang and Pontianak/Sambas
    // Malay (dev-28); Suroboyoan, Acehnese near Bireuen, Betawi and English-mixing young members (dev-29)
    [InlineData("shop-messages-dev-28.json", 100, 0.0)]
    [InlineData("shop-messages-dev-29.json", 100, 0.0)]
    // session 10, written after holdout-15 scored 0.800 by a new author who never saw it, in its voices: Ambon and the Lease
    // islands, Madurese villages and Sasak villages in Lombok
    [InlineData("shop-messages-dev-30.json", 100, 0.0)]
    // session 11 (new authors, scored on arrival): Kendari/Buton, Jambi Malay and Osing Banyuwangi (dev-31); Manggarai/Ende in Flores,
    // Bengkulu/Lampung, young Jaksel-English staff of a Bekasi/Depok ward and an elderly manager typing in capitals, with many
    // credit sales, spoiled goods, returns and corrections (dev-32)
    [InlineData("shop-messages-dev-31.json", 100, 0.0)]
    [InlineData("shop-messages-dev-32.json", 100, 0.0)]
    // session 12 (new authors, scored on arrival): Riau/Kepri Melayu, Bangka Belitung, Dayak Ngaju in Palangka Raya and a manager
    // reporting days late from a notebook (dev-33); Serang/Banten Javanese, a Medan Chinese-Indonesian trader, Toraja and a
    // voice-typing manager (dev-34)
    [InlineData("shop-messages-dev-33.json", 100, 0.0)]
    [InlineData("shop-messages-dev-34.json", 100, 0.0)]
    [InlineData("shop-messages-holdout.json", 80, 0.95)]
    // Written by the lead after the grammar was built, never shown to its author: the honest held-out figure.
    [InlineData("shop-messages-holdout-lead.json", 50, 0.95)]
    // The fresh held-out written in session 3 by an author who never saw the grammar and never ran it through
    // the bot: report-only (floor 0), its score is printed, never tuned on.
    [InlineData("shop-messages-holdout-5.json", 80, 0.0)]
    // The second fresh held-out of session 3, by another author who never saw the grammar and never ran it through
    // the bot: report-only (floor 0) like the one above.
    [InlineData("shop-messages-holdout-6.json", 70, 0.0)]
    // Session 4's fresh held-out (80), by an author who never read the grammar nor ran it through the bot: report-only.
    [InlineData("shop-messages-holdout-7.json", 80, 0.0)]
    // Written in session 4 with dev-5, after the guess reader was built, by an author who never read the code: report-only.
    [InlineData("shop-messages-holdout-8.json", 80, 0.0)]
    // Session 5's fresh held-out (80), by a third author who never read the code nor ran it: report-only, scored once before tuning.
    [InlineData("shop-messages-holdout-9.json", 80, 0.0)]
    // Session 6's fresh held-out (80): eastern Indonesian and Sundanese managers, by an author who never read the code: report-only.
    [InlineData("shop-messages-holdout-10.json", 80, 0.0)]
    // Session 6's second fresh held-out (80): a week at eight kopdes across Indonesia, written after round 6's first changes: report-only.
    [InlineData("shop-messages-holdout-11.json", 80, 0.0)]
    // Session 7's fresh held-out (80): a fishing kopdes in North Maluku, a Medan ward and a Minang nagari, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-12.json", 80, 0.0)]
    // Session 8's fresh held-out (80): a Bugis kopdes near Pare-Pare, a Betawi ward and a Suroboyoan village, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-13.json", 80, 0.0)]
    // Session 9's fresh held-out (80): a Banjar kopdes near Martapura, a Minang kopdes near Bukittinggi and a Kupang ward, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-14.json", 80, 0.0)]
    // Session 10's fresh held-out (80): an Ambon kampung, a Madurese village near Sumenep and a Sasak village in Lombok, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-15.json", 80, 0.0)]
    // Session 11's fresh held-out (80): Gorontalo, Ternate/Tidore (North Maluku Malay) and Cirebon/Indramayu, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-16.json", 80, 0.0)]
    // Session 12's fresh held-out (100): Banyumasan/Tegal ngapak, Malang walikan and Sumbawa/Bima, scored once on arrival: report-only.
    [InlineData("shop-messages-holdout-17.json", 80, 0.0)]
    public async Task Everyday_shop_messages_meet_the_floor(string file, int minimumSize, double floor)
    {
        var messages = ShopMessage.Load(file);
        var score = await ShopMessageEvaluator.EvaluateAsync(messages);

        output.WriteLine($"{file}: {score}");
        // A held-out report-only set (floor 0) prints its total and never its misses, so nobody can tune on them;
        // a development set is there to be tuned on, so its misses are printed whatever its floor.
        if (floor > 0 || file.StartsWith("shop-messages-dev", StringComparison.Ordinal))
            foreach (var miss in score.Misses) output.WriteLine($"  miss ({file}): {miss}");
        Assert.True(messages.Count >= minimumSize, $"{file} has {messages.Count} messages");
        Assert.True(score.Accuracy >= floor, $"{file}: {score}\n{string.Join('\n', score.Misses)}");
    }
}
