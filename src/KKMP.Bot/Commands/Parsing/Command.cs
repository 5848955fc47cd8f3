using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// What the Indonesian command grammar understood. Item names are kept as the user typed them
/// (trimmed, spaces folded); resolving them to a catalogue item is the ledger's job.
/// </summary>
public abstract record Command
{
    /// <summary>
    /// True when read from everyday words ("terjual gula 2 kg", "yang terakhir salah, batalkan") rather
    /// than a slash command. The meaning is the same; an undo read from words is confirmed first.
    /// </summary>
    public bool FromWords { get; init; }

    /// <summary>
    /// True when the words were read with a guess the grammar does not make on its own (a story around the
    /// entry, a price without its marker, a verb or item name it only knows loosely; see
    /// <see cref="Guessing.ShopGuess"/>): the write is always previewed and waits for YA.
    /// </summary>
    public bool Guessed { get; init; }
}

/// <summary>/mulai (greeting) or /bantuan (help).</summary>
public sealed record HelpCommand(bool IsGreeting) : Command
{
    /// <summary>A plain "halo" rather than /mulai: greets, but never links a group (that stays an explicit act).</summary>
    public bool Casual { get; init; }
}

/// <summary>/harga, /harga beras, "harga beras berapa?", "brp harga gula". Item null = the whole list.</summary>
public sealed record PriceQuery(string? Item) : Command
{
    /// <summary>
    /// True when recognised from a natural question without the slash ("harga beras berapa?"):
    /// if the item is unknown the router may pass the text to the assistant instead of an error.
    /// </summary>
    public bool FromQuestion { get; init; }

    /// <summary>
    /// True for a member's "minyak masih ada?": whether the shop has the item is said beside its price, never the stock
    /// figure (see <see cref="Table.MemberQuestions"/>).
    /// </summary>
    public bool AsksInStock { get; init; }
}

/// <summary>/stok without arguments: the stock list (/stok @kkmp-sukamaju: a pembina reads one cooperative of the city).</summary>
public sealed record StockList : Command, IAddressed
{
    public string? At { get; init; }

    /// <summary>"/stok beras": one item's stock as typed (resolved against the catalogue by the handler); null for the whole list.</summary>
    public string? Item { get; init; }
}

/// <summary>/stok beras 50 kg: a stock count (opname) that sets the counted quantity.</summary>
public sealed record StockCount(string Item, Quantity Quantity) : Command;

/// <summary>/masuk beras 100 kg @11.500 [utang]: goods received, optional purchase price per unit, optionally bought on credit.</summary>
public sealed record GoodsReceived(string Item, Quantity Quantity, long? UnitCost) : Command
{
    public bool OnCredit { get; init; }
}

/// <summary>/jual gula 2,5 kg [@13.000]: a sale, at the current price unless one is given (per unit).</summary>
public sealed record Sale(string Item, Quantity Quantity, long? UnitPrice) : Command
{
    /// <summary>"untuk 0012", "untuk bu painem": the member who bought, for jasa transaksi in the SHU; null is a non-member sale.</summary>
    public MemberRef? ForMember { get; init; }

    /// <summary>
    /// A buyer named in words whom the register does not know ("gula 2 kg untuk pace guru"): the sale is a non-member sale,
    /// previewed and written only after YA, so a member meant by a misspelt name is never silently left out of the SHU.
    /// </summary>
    public string? NamedNonMember { get; init; }
}

/// <summary>A member as typed: by number ("0012") or by name ("painem"); a name is resolved against the register, never guessed.</summary>
public sealed record MemberRef(int? Number, string? Name)
{
    public static MemberRef ByNumber(int number) => new(number, null);
    public static MemberRef ByName(string name) => new(null, name);
    public override string ToString() => Number is { } n ? Ledger.Documents.MemberDoc.FormatNumber(n) : Name!;
}

/// <summary>/setharga beras 12.500 [/kg]: the selling price per the item's base unit (or the unit given).</summary>
public sealed record SetPrice(string Item, long Price, string? PerUnit) : Command;

/// <summary>/barang: the item list.</summary>
public sealed record ItemList : Command;

/// <summary>/barang tambah "Minyak Goreng" liter</summary>
public sealed record ItemAdd(string Name, string Unit) : Command;

/// <summary>/barang alias "minyak goreng" migor</summary>
public sealed record ItemAlias(string Item, string Alias) : Command;

/// <summary>/barang kemasan beras karung 25: one karung of beras is 25 of its base unit.</summary>
public sealed record ItemPacking(string Item, string PackUnit, decimal BaseUnitsPerPack) : Command;

/// <summary>/barang minimum beras 20: the low-stock level, in the item's base unit.</summary>
public sealed record ItemLowStock(string Item, decimal Level) : Command
{
    /// <summary>The unit when one was typed ("/barang minimum beras 20 kg"), so the ledger can check it fits; null = base unit.</summary>
    public string? Unit { get; init; }
}

/// <summary>/barang acuan "minyak goreng" minyakita: the item is that official commodity (its HET/HAP applies).</summary>
public sealed record ItemCommodity(string Item, string Commodity) : Command;

/// <summary>/acuan [tanggal]: the official figures in force for the cooperative's region (today, or on a past day).</summary>
public sealed record ReferenceList(RecapDay Day) : Command;

/// <summary>/koperasi provinsi "Jawa Timur": the province, which gives the zone of the official prices.</summary>
public sealed record CooperativeProvince(string Province) : Command;
/// <summary>/barang ganti-nama "minyak" "minyak goreng": a new name; movements keep pointing at the item's id.</summary>
public sealed record ItemRename(string Item, string NewName) : Command;

/// <summary>/barang arsip kopi: the item leaves lists and name matching; its history stays.</summary>
public sealed record ItemArchive(string Item) : Command;

/// <summary>/rekap, /rekap kemarin, /rekap 2026-11-20.</summary>
public sealed record Recap(RecapDay Day) : Command, IAddressed
{
    /// <summary>/rekap @kkmp-sukamaju [kemarin]: a pembina reads one cooperative of the city.</summary>
    public string? At { get; init; }
}

/// <summary>/batal: reverse the user's own last entry.</summary>
public sealed record Undo : Command;

/// <summary>/undang pengelola: mint a one-time invite code for a role.</summary>
public sealed record Invite(Role Role) : Command
{
    /// <summary>/undang anggota 0012: the code also links the user to that member record.</summary>
    public int? MemberNumber { get; init; }
}

/// <summary>/undang grup: mint a one-time code that links a Telegram group to the cooperative (sent there with /gabung KODE).</summary>
public sealed record GroupInvite : Command;

/// <summary>/undang pembina kota-mojokerto: an admin mints a code for a city's pembina.</summary>
public sealed record CityInvite(string CityId) : Command;

/// <summary>/kota [kota-mojokerto]: the city's cooperatives side by side, needing attention first.</summary>
public sealed record CityView(string? CityId) : Command;

/// <summary>/gabung KODE: redeem an invite code (in a group, a group code links the group).</summary>
public sealed record Join(string Code) : Command;

/// <summary>/koperasi tambah ID "Nama" "Desa/Kelurahan" "Kota" [zona]: admin creates a cooperative.</summary>
public sealed record CooperativeAdd(string Id, string Name, string Village, string City, string? TimeZone) : Command;

/// <summary>A quantity with its unit as typed, normalised to a canonical unit name when known (kg, liter, butir, pcs, bungkus, dus, karung, sak, …), null when no unit was given.</summary>
public sealed record Quantity(decimal Amount, string? Unit);

/// <summary>Which local day a recap is for.</summary>
public abstract record RecapDay
{
    public sealed record Today : RecapDay;
    public sealed record Yesterday : RecapDay;
    public sealed record On(DateOnly Date) : RecapDay;
    /// <summary>"28/11", "28 nov": a day without a year, meaning its latest occurrence up to today (the grammar has no clock).</summary>
    public sealed record OnDayMonth(int Day, int Month) : RecapDay;
    /// <summary>"minggu ini", "bulan lalu", "20/11-30/11": sales summed over the period's days (the books' period words).</summary>
    public sealed record InPeriod(Books.Reports.PeriodSpec Spec) : RecapDay;
}

/// <summary>The grammar's verdict on one message.</summary>
public abstract record ParseResult
{
    /// <summary>A well-formed command.</summary>
    public sealed record Parsed(Command Command) : ParseResult;

    /// <summary>
    /// Looked like a command but was malformed: <see cref="Message"/> is the short Indonesian
    /// reply saying what was wrong, with a correct example. Nothing may be recorded.
    /// </summary>
    public sealed record Invalid(string Message) : ParseResult;

    /// <summary>Not a command: free text for the assistant.</summary>
    public sealed record NotACommand : ParseResult;
}

/// <summary>/biaya listrik 150rb [keterangan]: an expense paid from cash, in a category of the chart of accounts.</summary>
public sealed record Expense(string Category, long Amount, string Note) : Command;

/// <summary>/kas: today's cash balance.</summary>
public sealed record CashBalance : Command;

/// <summary>/kas masuk 2jt modal awal, /kas keluar 500rb setor bank: other money in or out.</summary>
public sealed record CashMove(bool In, long Amount, string Note) : Command;

/// <summary>/kas awal 1.250.000 [koreksi]: the opening balance, once; later only as a dated correction.</summary>
public sealed record CashOpening(long Amount, bool Correction) : Command;

/// <summary>/laporan [periode]: the period's books as a chat summary and an XLSX.</summary>
public sealed record Report(Books.Reports.PeriodSpec Period) : Command;

/// <summary>/ekspor [periode]: the period's raw events as CSV.</summary>
public sealed record Export(Books.Reports.PeriodSpec Period) : Command;

public enum ChartKind { Sales, Price, Stock }

/// <summary>/grafik penjualan [periode], /grafik harga beras, /grafik stok beras: a PNG chart.</summary>
public sealed record Chart(ChartKind Kind, string? Item, Books.Reports.PeriodSpec? Period) : Command;

/// <summary>/anggota [hal 2]: the member register, a page at a time.</summary>
public sealed record MemberList(int Page) : Command;

/// <summary>/anggota 0012: one member's record.</summary>
public sealed record MemberShow(int Number) : Command;

/// <summary>/anggota tambah "Painem" [0012]: a new member; the number is generated when not given.</summary>
public sealed record MemberAdd(string Name, int? Number) : Command;

/// <summary>/anggota keluar 0012 [alasan]: the member leaves; the record stays, marked with the date.</summary>
public sealed record MemberLeave(int Number, string Reason) : Command;

/// <summary>/simpanan 0012 wajib 10rb [November 2026]: a simpanan payment.</summary>
public sealed record SavingsDeposit(int Number, Members.SavingsKind Kind, long Amount, string Note) : Command;

/// <summary>/simpanan 0012 tarik sukarela 50rb: a withdrawal (sukarela only).</summary>
public sealed record SavingsWithdraw(int Number, long Amount) : Command;

/// <summary>/simpanan 0012: one member's balances.</summary>
public sealed record SavingsBalance(int Number) : Command;

/// <summary>/simpanan or "simpanan saya berapa?": the asker's own balances, as a linked member.</summary>
public sealed record OwnSavings : Command;

/// <summary>/simpanan atur wajib 10rb pokok 100rb: the amounts set by the board.</summary>
public sealed record SavingsSetAmounts(long? Wajib, long? Pokok) : Command;

/// <summary>/tunggakan: members behind on simpanan wajib.</summary>
public sealed record Arrears : Command;

/// <summary>/pengingat: the user's subscriptions to what the bot says first.</summary>
public sealed record ReminderList : Command;

/// <summary>/pengingat mati stok | hidup semua: turns kinds off or on for the user (Kind null: every kind).</summary>
public sealed record ReminderSwitch(bool On, string? Kind) : Command;

/// <summary>/pengingat jam 18:00: the cooperative's posting reminder time (pengurus).</summary>
public sealed record ReminderTime(TimeOnly At) : Command;

/// <summary>/shu atur cadangan 30 jasa-transaksi 35 … [mulai 2027]: the ART's SHU percentages, from a year on (null: this year).</summary>
public sealed record ShuSetRules(Shu.ShuPercentages Percentages, int? FromYear) : Command;

/// <summary>/shu 2026: the year's SHU from the books, split by the percentages in force for it.</summary>
public sealed record ShuYear(int Year) : Command;

/// <summary>/shu saya, "SHU saya berapa?": a linked member's own estimate (the year so far, or the year given).</summary>
public sealed record OwnShu(int? Year) : Command;

/// <summary>/rat 2026: the RAT pack (one XLSX) and the dates that matter.</summary>
public sealed record RatPack(int Year) : Command;

