using System.Text.Json;

namespace KKMP.Bot.Books;

public enum AccountType { Aset, Kewajiban, Ekuitas, Pendapatan, Beban }

/// <summary>One account: its code, Indonesian name, type and (for the ones the bot posts to) its role.</summary>
public sealed record Account(string Code, string Name, AccountType Type, string? Role, IReadOnlyList<string> ExpenseWords)
{
    /// <summary>Assets and expenses grow on the debit side; liabilities, equity and revenue on the credit side.</summary>
    public bool DebitNormal => Type is AccountType.Aset or AccountType.Beban;

    // An account is its code: the projection keys balances by account for every journal line, and the
    // generated record equality would compare (and hash) every member each time.
    public bool Equals(Account? other) => other is not null && (ReferenceEquals(this, other) || Code == other.Code);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// The cooperative's chart of accounts, read from <c>Books/chart-of-accounts.json</c> (embedded):
/// codes and names are data, the roles the bot posts to are fixed. Loaded once.
/// </summary>
public sealed class ChartOfAccounts
{
    public static ChartOfAccounts Default { get; } = Load();

    private readonly Dictionary<string, Account> _byCode;
    private readonly Dictionary<string, Account> _byRole;
    private readonly CashWords _cashIn;
    private readonly CashWords _cashOut;

    private ChartOfAccounts(File file)
    {
        Accounts = file.Accounts.Select(a => new Account(a.Code, a.Name, Enum.Parse<AccountType>(a.Type, ignoreCase: true), a.Role, a.Expense ?? []))
            .ToList();
        _byCode = Accounts.ToDictionary(a => a.Code);
        _byRole = Accounts.Where(a => a.Role is not null).ToDictionary(a => a.Role!);
        foreach (var role in new[] { "cash", "bank", "inventory", "payables", "equity", "sales", "otherIncome", "costOfSales", "inventoryDifference", "otherExpense", "savingsPrincipal", "savingsMandatory", "savingsVoluntary", "consignmentPayable", "consignmentIncome" })
            if (!_byRole.ContainsKey(role)) throw new InvalidDataException($"The chart of accounts has no account with role '{role}'.");
        (_cashIn, _cashOut) = (file.CashIn, file.CashOut);
        foreach (var code in _cashIn.Words.Values.Concat(_cashOut.Words.Values).Append(_cashIn.Default).Append(_cashOut.Default))
            if (!_byCode.ContainsKey(code)) throw new InvalidDataException($"The chart of accounts maps a cash word to unknown account {code}.");
    }

    public IReadOnlyList<Account> Accounts { get; }

    public Account Cash => _byRole["cash"];
    public Account Inventory => _byRole["inventory"];
    public Account Payables => _byRole["payables"];
    public Account Equity => _byRole["equity"];
    public Account Sales => _byRole["sales"];
    public Account CostOfSales => _byRole["costOfSales"];
    public Account InventoryDifference => _byRole["inventoryDifference"];
    /// <summary>What the cooperative owes titip jual suppliers for goods it sold.</summary>
    public Account ConsignmentPayable => _byRole["consignmentPayable"];
    /// <summary>The cooperative's commission on titip jual sales (its only revenue from them).</summary>
    public Account ConsignmentIncome => _byRole["consignmentIncome"];

    /// <summary>The account a kind of member savings is credited to.</summary>
    public Account Savings(Members.SavingsKind kind) => _byRole[kind switch
    {
        Members.SavingsKind.Pokok => "savingsPrincipal",
        Members.SavingsKind.Wajib => "savingsMandatory",
        _ => "savingsVoluntary",
    }];

    public Account this[string code] => _byCode[code];

    public IEnumerable<Account> ExpenseAccounts => Accounts.Where(a => a.ExpenseWords.Count > 0);

    /// <summary>The expense account a word names ("listrik" → Beban listrik), or null.</summary>
    public Account? Expense(string word) =>
        ExpenseAccounts.FirstOrDefault(a => a.ExpenseWords.Contains(word.Trim().ToLowerInvariant()));

    /// <summary>The other side of a /kas masuk or /kas keluar entry, from words in its note (the longest matching phrase wins).</summary>
    public Account CounterAccount(bool cashIn, string note)
    {
        var words = cashIn ? _cashIn : _cashOut;
        var lower = $" {note.ToLowerInvariant()} ";
        var match = words.Words.Where(w => lower.Contains($" {w.Key} ")).OrderByDescending(w => w.Key.Length).Select(w => w.Value).FirstOrDefault();
        return _byCode[match ?? words.Default];
    }

    private static ChartOfAccounts Load()
    {
        using var stream = typeof(ChartOfAccounts).Assembly.GetManifestResourceStream("KKMP.Bot.Books.chart-of-accounts.json")
            ?? throw new InvalidOperationException("The chart of accounts is not embedded.");
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("The chart of accounts is empty.");
        return new ChartOfAccounts(file);
    }

    private sealed record File(List<AccountRow> Accounts, CashWords CashIn, CashWords CashOut);

    private sealed record AccountRow(string Code, string Name, string Type, string? Role, List<string>? Expense);

    private sealed record CashWords(string Default, Dictionary<string, string> Words);
}
