namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// "Not" in every region, for the readers that ask whether a word is denied: the denial before a credit, discount or
/// "jadi" (<see cref="Everyday.NotAnEntry.Not"/>, which undo and discounts use) and "is there or not" in a stock question.
/// The guess's denials (<see cref="Guessing.GuessWords.Denials"/>) and the sentence words of an entry
/// (<see cref="Everyday.EverydayWords.NotItemWords"/>) keep their own lists on purpose: there a new word for "not" can also be
/// a correction ("laku gula 2 kg.. endeq, 2,5 kg"), and adding one turned entries into chat on the development sets.
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
