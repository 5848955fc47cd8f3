using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// One command word as users type it ("/stok", "stok"), its synonyms, the grammar rule that reads
/// the words after it, and the commands that rule produces (each declared once, with its roles,
/// examples and handler). <see cref="CommandTable"/> lists every group.
/// </summary>
internal sealed record CommandGroup(string Word, Func<IReadOnlyList<Token>, Command> Rule)
{
    /// <summary>Other words for the same thing ("help", "menu" for "bantuan").</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The commands <see cref="Rule"/> can produce. Empty when it only produces commands declared by another group (/mulai → the help command).</summary>
    public IReadOnlyList<CommandDeclaration> Commands { get; init; } = [];

    /// <summary>The line in Telegram's "/" menu (setMyCommands); null keeps the word out of the menu.</summary>
    public string? Menu { get; init; }

    /// <summary>Without a slash the word is a command only when typed alone ("mulai besok…" is chat).</summary>
    public bool AloneWithoutSlash { get; init; }

    /// <summary>Only with a slash: the bare word is everyday speech ("hubungi pengurus dong", "cari beras murah di mana?").</summary>
    public bool SlashOnly { get; init; }

    /// <summary>
    /// The word also starts everyday questions ("RAT kmrn cm dtg 40 dr 150 anggota sah gk", "shu dibagi gmn"): without
    /// a slash, words that do not fit the rule go to the assistant even when they hold a number.
    /// </summary>
    public bool AlsoAQuestionWord { get; init; }

    /// <summary>What a lone word that is not a complete command gets before its examples ("gabung" needs a code).</summary>
    public string? LoneWordIntro { get; init; }

    public IEnumerable<string> Words => [Word, .. Synonyms];

    /// <summary>True when the bare word is not a complete command ("jual" alone), so typing it alone gets examples.</summary>
    public bool NeedsArguments
    {
        get
        {
            try
            {
                Rule([]);
                return false;
            }
            catch (GrammarError)
            {
                return true;
            }
        }
    }
}
