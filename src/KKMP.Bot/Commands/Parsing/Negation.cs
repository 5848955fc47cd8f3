namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// "Not" in every region the readers know, written once: the denial before a word (<see cref="Everyday.NotAnEntry.Not"/>),
/// the denial that makes a clause news in the guess (<see cref="Guessing.GuessWords.Denials"/>) and the words that make a
/// message a sentence rather than an entry (<see cref="Everyday.EverydayWords.NotItemWords"/>) all build on it, so a voice
/// added here is known to every reader. Each list adds only what is its own ("bukan" corrects, "belum" is not yet, "seng" is
/// also zinc sheeting sold in shops, Malay "tak" is Javanese "I" in "tak jual").
/// </summary>
internal static class Negation
{
    public static readonly HashSet<string> Plain =
    [
        // Indonesian and chat
        "gak", "ga", "gk", "nggak", "ngga", "nggk", "enggak", "tidak", "tdk", "ndak", "nda", "kagak",
        // Javanese ora, krama mboten/boten; Sundanese teu; Minang indak; Banjar kada; Palembang dak/idak
        "ora", "mboten", "boten", "teu", "indak", "kada", "dak", "idak",
        // the east: Manado nyanda/nyandak, Ternate tara, Papua tra, Kupang sonde
        "nyanda", "nyandak", "tara", "tra", "sonde",
        // Acehnese hana, Sasak endeq/ndeq, Pontianak tadak, Madurese enjek
        "hana", "endeq", "ndeq", "tadak", "enjek",
    ];
}
