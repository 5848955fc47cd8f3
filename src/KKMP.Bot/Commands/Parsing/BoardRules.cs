using System.Globalization;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/faq, /pertanyaan, /jawab and "teruskan ke pengurus".</summary>
internal static class BoardRules
{
    public static Command Faq(IReadOnlyList<Token> args) => args switch
    {
        [] => new FaqList(),
        [{ Lower: "tambah" }, { Quoted: true } question, { Quoted: true } answer] => new FaqAdd(question.Text, answer.Text),
        [{ Lower: "tambah" }, ..] => throw GrammarError.With("Tulis pertanyaan dan jawabannya, masing-masing dalam tanda kutip.", BoardExamples.FaqAdd),
        [{ Lower: "hapus" or "arsip" }, var number] when Number(number) is { } n => new FaqArchive(n),
        [{ Lower: "hapus" or "arsip" }, ..] => throw GrammarError.With("Tulis nomor FAQ yang dihapus (lihat /faq).", BoardExamples.FaqArchive),
        _ => throw GrammarError.With("Perintah /faq hanya: /faq, /faq tambah \"…\" \"…\", /faq hapus N.", BoardExamples.FaqAdd),
    };

    public static Command Unanswered(IReadOnlyList<Token> args) =>
        args.Count == 0 ? new UnansweredList() : throw GrammarError.With("/pertanyaan tidak memakai tambahan kata.", BoardExamples.Unanswered);

    public static Command Answer(IReadOnlyList<Token> args)
    {
        if (args.Count == 0 || Number(args[0]) is not { } n)
            throw GrammarError.With("Tulis nomor pertanyaan lalu jawabannya (nomornya ada di pesan pertanyaan dan di /pertanyaan).", BoardExamples.Answer);
        var save = args.Count > 1 && args[1].Lower == "simpan";
        var text = Tokenizer.Join(args.Skip(save ? 2 : 1));
        if (text.Length == 0) throw GrammarError.With($"Jawaban untuk pertanyaan #{n} belum ditulis.", BoardExamples.Answer);
        return new AnswerQuestion(n, save, text);
    }

    public static Command Forward(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new ForwardQuestion(null);
        // Anything but "ke pengurus …" is chat ("teruskan saja"): without the slash the parser hands it to the assistant.
        if (args.Count < 2 || args[0].Lower != "ke" || args[1].Lower.TrimEnd(':') != "pengurus")
            throw GrammarError.With("Tulis \"ke pengurus\" lalu pertanyaannya.", BoardExamples.ForwardText);
        var question = Tokenizer.Join(args.Skip(2)).TrimStart(':', ' ');
        return new ForwardQuestion(question.Length == 0 ? null : question);
    }

    private static int? Number(Token token) =>
        int.TryParse(token.Text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
