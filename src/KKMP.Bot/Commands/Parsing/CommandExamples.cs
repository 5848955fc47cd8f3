namespace KKMP.Bot.Commands.Parsing;

/// <summary>One command as shown to users: its word, a correct example and what it does (Indonesian).</summary>
public sealed record CommandExample(string Word, string Example, string Description);

/// <summary>
/// The canonical example of every command, in one place, so error messages and the help text
/// (built by the router, which knows roles) always show the same, correct examples.
/// </summary>
public static class CommandExamples
{
    public const string Start = "/mulai";
    public const string Help = "/bantuan";
    public const string PriceList = "/harga";
    public const string Price = "/harga beras";
    public const string StockList = "/stok";
    public const string StockCount = "/stok beras 50 kg";
    public const string Received = "/masuk beras 100 kg @11.500";
    public const string ReceivedOnCredit = "/masuk beras 4 karung @300.000 utang";
    public const string Sale = "/jual gula 2,5 kg";
    public const string SaleWithPrice = "/jual minyak goreng 2 liter @14.500";
    public const string SetPrice = "/setharga beras 12.500";
    public const string SetPricePerUnit = "/setharga telur 2.000 /butir";
    public const string ItemList = "/barang";
    public const string ItemAdd = "/barang tambah \"Minyak Goreng\" liter";
    public const string ItemAlias = "/barang alias \"minyak goreng\" migor";
    public const string ItemPacking = "/barang kemasan beras karung 25";
    public const string ItemLowStock = "/barang minimum beras 20";
    public const string Recap = "/rekap";
    public const string RecapYesterday = "/rekap kemarin";
    public const string RecapDate = "/rekap 2026-11-20";
    public const string Undo = "/batal";
    public const string Invite = "/undang pengelola";
    public const string Join = "/gabung AB3DE7FG"; // codes are 8 letters/digits without 0, O, 1, I, L
    public const string CooperativeAdd = "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB";

    /// <summary>Every command in the order a help text should list them.</summary>
    public static IReadOnlyList<CommandExample> All { get; } =
    [
        new("mulai", Start, "sapaan dan daftar perintah"),
        new("bantuan", Help, "daftar perintah dengan contoh"),
        new("harga", PriceList, "daftar harga semua barang"),
        new("harga", Price, "harga satu barang"),
        new("stok", StockList, "daftar stok"),
        new("stok", StockCount, "catat hasil hitung stok (opname)"),
        new("masuk", Received, "catat barang masuk, harga beli opsional"),
        new("jual", Sale, "catat penjualan dengan harga berlaku"),
        new("jual", SaleWithPrice, "catat penjualan dengan harga tertentu"),
        new("setharga", SetPrice, "ubah harga jual"),
        new("barang", ItemList, "daftar barang"),
        new("barang", ItemAdd, "tambah barang baru dengan satuannya"),
        new("barang", ItemAlias, "tambah nama lain untuk barang"),
        new("barang", ItemPacking, "isi satu kemasan dalam satuan dasar"),
        new("barang", ItemLowStock, "batas stok minimum"),
        new("rekap", Recap, "rekap penjualan hari ini"),
        new("rekap", RecapYesterday, "rekap kemarin atau tanggal tertentu"),
        new("batal", Undo, "batalkan catatan terakhir Anda"),
        new("undang", Invite, "buat kode undangan untuk peran"),
        new("gabung", Join, "gabung dengan kode undangan"),
        new("koperasi", CooperativeAdd, "daftarkan koperasi baru (admin)"),
    ];
}
