using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Well-formed commands, as shop staff type them, and what the grammar must understand.</summary>
public class ParsedCommandTests
{
    private static Quantity Q(decimal amount, string? unit = null) => new(amount, unit);

    public static TheoryData<string, Command> Commands => new()
    {
        // Sales for a member (by number or name, slash or everyday words), the SHU and the RAT pack.
        { "/jual gula 2 kg untuk 0012", new Sale("gula", Q(2, "kg"), null) { ForMember = MemberRef.ByNumber(12) } },
        { "/jual gula 2 kg untuk bu Painem", new Sale("gula", Q(2, "kg"), null) { ForMember = MemberRef.ByName("Painem") } },
        { "gula 2kg utk bu painem", new Sale("gula", Q(2, "kg"), null) { ForMember = MemberRef.ByName("painem"), FromWords = true } },
        { "td laku minyak 1 liter untuk mbak sri wahyuni ya", new Sale("minyak", Q(1, "liter"), null) { ForMember = MemberRef.ByName("sri wahyuni"), FromWords = true } },
        { "/shu 2026", new ShuYear(2026) },
        { "SHU saya berapa?", new OwnShu(null) },
        { "shu sy brp ya", new OwnShu(null) },
        { "/shu saya 2025", new OwnShu(2025) },
        { "/shu atur cadangan 30 jasa transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10% lain 5 mulai 2027",
            new ShuSetRules(new KKMP.Bot.Shu.ShuPercentages(30, 35, 15, 5, 10, 5), 2027) },
        { "/rat 2026", new RatPack(2026) },
        { "rat 2026", new RatPack(2026) },
        // Greeting and help, with Telegram's /cmd@BotName and casing.
        { "/mulai", new HelpCommand(true) },
        { "/start", new HelpCommand(true) },
        { "/start@KKMPBot", new HelpCommand(true) },
        { "/bantuan", new HelpCommand(false) },
        { "/HELP", new HelpCommand(false) },
        { "mulai", new HelpCommand(true) },
        { "Bantuan", new HelpCommand(false) },
        // Prices.
        { "/harga", new PriceQuery(null) },
        { "/harga beras", new PriceQuery("beras") },
        { "/harga minyak goreng", new PriceQuery("minyak goreng") },
        { "/harga@KKMP_bot gula", new PriceQuery("gula") },
        { "/HARGA   Beras  ", new PriceQuery("Beras") },
        // Stock.
        { "/stok", new StockList() },
        { "stok", new StockList() },
        { "/stok beras 50 kg", new StockCount("beras", Q(50, "kg")) },
        { "/stok beras 50kg", new StockCount("beras", Q(50, "kg")) },
        { "/stok telur 120 butir", new StockCount("telur", Q(120, "butir")) },
        { "/stok beras 2 karung", new StockCount("beras", Q(2, "karung")) },
        { "/stok gula 10", new StockCount("gula", Q(10)) },
        { "/stok telur 0 butir", new StockCount("telur", Q(0, "butir")) },
        { "/Stok@KKMPBot   Beras    50   Kilo", new StockCount("Beras", Q(50, "kg")) },
        { "stok beras 50 kg", new StockCount("beras", Q(50, "kg")) },
        // Goods received.
        { "/masuk beras 100 kg @11.500", new GoodsReceived("beras", Q(100, "kg"), 11500) },
        { "/masuk beras 100 kg", new GoodsReceived("beras", Q(100, "kg"), null) },
        { "/masuk minyak goreng 48 liter @14.500", new GoodsReceived("minyak goreng", Q(48, "liter"), 14500) },
        { "/masuk minyak 48 ltr @ 14.500", new GoodsReceived("minyak", Q(48, "liter"), 14500) },
        { "/masuk gula 1 sak @Rp650.000", new GoodsReceived("gula", Q(1, "sak"), 650000) },
        { "/masuk telur 10 tray @rp 45rb", new GoodsReceived("telur", Q(10, "tray"), 45000) },
        { "/masuk beras 2 karung @ 1,5jt", new GoodsReceived("beras", Q(2, "karung"), 1500000) },
        { "/masuk \"tepung terigu\" 20 kg", new GoodsReceived("tepung terigu", Q(20, "kg"), null) },
        { "masuk beras 100 kg @11.500", new GoodsReceived("beras", Q(100, "kg"), 11500) },
        // Sales.
        { "/jual gula 2,5 kg", new Sale("gula", Q(2.5m, "kg"), null) },
        { "/jual gula 2.5 kg", new Sale("gula", Q(2.5m, "kg"), null) },
        { "/jual gula 1.5 kg", new Sale("gula", Q(1.5m, "kg"), null) },
        { "/jual minyak goreng 2 liter", new Sale("minyak goreng", Q(2, "liter"), null) },
        { "/jual minyak goreng 2 liter @14.500", new Sale("minyak goreng", Q(2, "liter"), 14500) },
        { "/jual minyak goreng 2 l", new Sale("minyak goreng", Q(2, "liter"), null) },
        { "/jual gula 2 kg @13.000/kg", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg @13.000 /kg", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg @13rb per kg", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg Rp13.000", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg @13 ribu", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg @13k", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 kg @Rp13.000,-", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 500 gram", new Sale("gula", Q(500, "gram"), null) },
        { "/jual gula 2 @13.000/kg", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual gula 2 @13.000", new Sale("gula", Q(2), 13000) },
        { "/masuk telur 30 butir @1.800/btr", new GoodsReceived("telur", Q(30, "butir"), 1800) },
        { "/jual gula 500gr", new Sale("gula", Q(500, "gram"), null) },
        { "/jual telur 10 butir", new Sale("telur", Q(10, "butir"), null) },
        { "/jual sabun 3 biji", new Sale("sabun", Q(3, "pcs"), null) },
        { "/jual mi instan 2 bks", new Sale("mi instan", Q(2, "bungkus"), null) },
        { "/jual air mineral 1 dos", new Sale("air mineral", Q(1, "dus"), null) },
        { "/jual kecap 2 btl", new Sale("kecap", Q(2, "botol"), null) },
        { "/jual bayam 3 ikat", new Sale("bayam", Q(3, "ikat"), null) },
        { "/jual beras 1.250,5 kg", new Sale("beras", Q(1250.5m, "kg"), null) },
        { "/jual beras 2,50 kg", new Sale("beras", Q(2.5m, "kg"), null) },
        { "/jual beras 0,25 kg", new Sale("beras", Q(0.25m, "kg"), null) },
        { "/jual beras 100000 kg", new Sale("beras", Q(100000, "kg"), null) },
        { "/JUAL GULA 2 KG", new Sale("GULA", Q(2, "kg"), null) },
        { "  /jual   gula   2   kg  ", new Sale("gula", Q(2, "kg"), null) },
        { "/ jual gula 2 kg", new Sale("gula", Q(2, "kg"), null) },
        { "/jual\tgula\n2 kg", new Sale("gula", Q(2, "kg"), null) },
        { "/jual “minyak goreng” 2 liter", new Sale("minyak goreng", Q(2, "liter"), null) },
        { "/jual gula 2 kg.", new Sale("gula", Q(2, "kg"), null) },
        { "/jual gula 2 kg!", new Sale("gula", Q(2, "kg"), null) },
        { "/jual gula 2kg@13.000", new Sale("gula", Q(2, "kg"), 13000) },
        { "/jual@KKMPBot gula 2 kg@13rb", new Sale("gula", Q(2, "kg"), 13000) },
        { "jual gula 2,5 kg", new Sale("gula", Q(2.5m, "kg"), null) },
        { "Jual minyak goreng 2 liter @14.500", new Sale("minyak goreng", Q(2, "liter"), 14500) },
        // Set price.
        { "/setharga beras 12.500", new SetPrice("beras", 12500, null) },
        { "/setharga beras Rp12.500", new SetPrice("beras", 12500, null) },
        { "/setharga beras Rp 12.500", new SetPrice("beras", 12500, null) },
        { "/setharga beras 12500", new SetPrice("beras", 12500, null) },
        { "/setharga beras 12rb", new SetPrice("beras", 12000, null) },
        { "/setharga beras 12 ribu", new SetPrice("beras", 12000, null) },
        { "/setharga beras 12.5rb", new SetPrice("beras", 12500, null) },
        { "/setharga beras 12.500/kg", new SetPrice("beras", 12500, "kg") },
        { "/setharga telur 2.000 /butir", new SetPrice("telur", 2000, "butir") },
        { "/setharga beras karung 1 juta /karung", new SetPrice("beras karung", 1000000, "karung") },
        { "/setharga minyak goreng 14.500 per liter", new SetPrice("minyak goreng", 14500, "liter") },
        { "/setharga beras @12.500", new SetPrice("beras", 12500, null) },
        { "/setharga gula 1,25jt", new SetPrice("gula", 1250000, null) },
        { "setharga beras 12.500", new SetPrice("beras", 12500, null) },
        // Items.
        { "/barang", new ItemList() },
        { "/barang tambah \"Minyak Goreng\" liter", new ItemAdd("Minyak Goreng", "liter") },
        { "/barang tambah Minyak Goreng ltr", new ItemAdd("Minyak Goreng", "liter") },
        { "/barang tambah beras kilo", new ItemAdd("beras", "kg") },
        { "/barang alias \"minyak goreng\" migor", new ItemAlias("minyak goreng", "migor") },
        { "/barang alias minyak goreng migor", new ItemAlias("minyak goreng", "migor") },
        { "/barang alias gula \"gula putih\"", new ItemAlias("gula", "gula putih") },
        { "/barang kemasan beras karung 25", new ItemPacking("beras", "karung", 25) },
        { "/barang kemasan minyak goreng dus 12", new ItemPacking("minyak goreng", "dus", 12) },
        { "/barang kemasan gula sak 50", new ItemPacking("gula", "sak", 50) },
        { "/barang minimum beras 20", new ItemLowStock("beras", 20) },
        { "/barang minimal telur 30", new ItemLowStock("telur", 30) },
        { "/barang minimum telur 0", new ItemLowStock("telur", 0) },
        { "/barang minimum beras 20 kg", new ItemLowStock("beras", 20) { Unit = "kg" } },
        // Recap.
        { "/rekap", new Recap(new RecapDay.Today()) },
        { "/rekap hari ini", new Recap(new RecapDay.Today()) },
        { "/rekap kemarin", new Recap(new RecapDay.Yesterday()) },
        { "/rekap 2026-11-20", new Recap(new RecapDay.On(new DateOnly(2026, 11, 20))) },
        { "/rekap 20/11/2026", new Recap(new RecapDay.On(new DateOnly(2026, 11, 20))) },
        { "/rekap 5/1/2026", new Recap(new RecapDay.On(new DateOnly(2026, 1, 5))) },
        { "/rekap 29-02-2028", new Recap(new RecapDay.On(new DateOnly(2028, 2, 29))) },
        { "rekap kemarin", new Recap(new RecapDay.Yesterday()) },
        // Undo, invites, cooperatives.
        { "/batal", new Undo() },
        { "batal", new Undo() },
        { "/undang pengelola", new Invite(Role.Pengelola) },
        { "/undang PENGURUS", new Invite(Role.Pengurus) },
        { "/undang anggota", new Invite(Role.Anggota) },
        { "/undang pengawas", new Invite(Role.Pengawas) },
        { "/undang pembina", new Invite(Role.Pembina) },
        { "/undang kasir", new Invite(Role.Pengelola) },
        { "/gabung AB12CD", new Join("AB12CD") },
        { "/gabung ab12cd", new Join("AB12CD") },
        { "gabung AB12CD", new Join("AB12CD") },
        { "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB",
            new CooperativeAdd("kkmp-sukamaju", "KKMP Sukamaju", "Sukamaju", "Kota Mojokerto", "Asia/Jakarta") },
        { "/koperasi tambah kkmp-01 \"KKMP Satu\" Kranggan Mojokerto",
            new CooperativeAdd("kkmp-01", "KKMP Satu", "Kranggan", "Mojokerto", null) },
        { "/koperasi tambah kkmp-bali \"KKMP Ubud\" Ubud Gianyar wita",
            new CooperativeAdd("kkmp-bali", "KKMP Ubud", "Ubud", "Gianyar", "Asia/Makassar") },
        { "/koperasi tambah kkmp-papua \"KKMP Abepura\" Abepura Jayapura WIT",
            new CooperativeAdd("kkmp-papua", "KKMP Abepura", "Abepura", "Jayapura", "Asia/Jayapura") },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Understands_well_formed_command(string text, Command expected)
    {
        var result = CommandParser.Parse(text);

        var parsed = Assert.IsType<ParseResult.Parsed>(result);
        Assert.Equal(expected, parsed.Command);
    }
}
