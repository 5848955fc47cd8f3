namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// The canonical example texts, as constants so the grammar's error messages can use them; the
/// command table (Commands/Table) says which command each belongs to and what it does.
/// </summary>
public static class CommandExamples
{
    public const string Start = "/mulai";
    public const string Help = "/bantuan";
    public const string PriceList = "/harga";
    public const string Price = "/harga beras";
    public const string StockList = "/stok";
    public const string StockListOf = "/stok @kkmp-sukamaju";
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
    public const string ItemCommodity = "/barang acuan \"minyak goreng\" minyakita";
    public const string ReferenceList = "/acuan";
    public const string ReferenceListOn = "/acuan 2025-01-10";
    public const string CooperativeProvince = "/koperasi provinsi \"Jawa Timur\"";
    public const string ItemRename = "/barang ganti-nama \"minyak\" \"minyak goreng\"";
    public const string ItemArchive = "/barang arsip kopi";
    public const string Recap = "/rekap";
    public const string RecapYesterday = "/rekap kemarin";
    public const string RecapOf = "/rekap @kkmp-sukamaju kemarin";
    public const string RecapPeriod = "/rekap minggu ini";
    public const string RecapDate = "/rekap 2026-11-20";
    public const string Undo = "/batal";
    public const string Reminders = "/pengingat";
    public const string ReminderOff = "/pengingat mati stok";
    public const string ReminderOnAll = "/pengingat hidup semua";
    public const string ReminderTime = "/pengingat jam 18:00";
    public const string Invite = "/undang pengelola";
    public const string GroupInvite = "/undang grup";
    public const string CityInvite = "/undang pembina kota-mojokerto";
    public const string CityView = "/kota";
    public const string Join = "/gabung AB3DE7FG"; // codes are 8 letters/digits without 0, O, 1, I, L
    public const string CooperativeAdd = "/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB";
}

/// <summary>The board's FAQ and the relay of questions to the pengurus (kept apart so the table above stays one list per feature).</summary>
public static class BoardExamples
{
    public const string FaqList = "/faq";
    public const string FaqAdd = "/faq tambah \"jam buka gerai?\" \"Setiap hari 07.00–17.00, Minggu tutup.\"";
    public const string FaqArchive = "/faq hapus 3";
    public const string Unanswered = "/pertanyaan";
    public const string Answer = "/jawab 12 Gerai buka jam 7 pagi.";
    public const string AnswerAndSave = "/jawab 12 simpan Gerai buka jam 7 pagi.";
    public const string Forward = "Teruskan ke pengurus";
    public const string ForwardText = "/teruskan ke pengurus kapan gerai buka lagi?";
}
