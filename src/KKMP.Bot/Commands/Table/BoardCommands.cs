using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>The board's FAQ (/faq), unanswered questions (/pertanyaan), and questions relayed to the pengurus ("Teruskan ke pengurus", /jawab).</summary>
internal static class BoardCommands
{
    public static CommandGroup Faq { get; } = new("faq", BoardRules.Faq)
    {
        Menu = "Tanya-jawab dari pengurus koperasi",
        Commands =
        [
            Declare.Command<FaqList, FaqHandler>(Everyone, (h, c, _) => h.List(c),
                new CommandExample(BoardExamples.FaqList, "tanya-jawab dari pengurus koperasi")),
            Declare.Command<FaqAdd, FaqHandler>(Board, (h, c, add) => h.Add(c, add),
                new CommandExample(BoardExamples.FaqAdd, "tambah FAQ (admin: untuk semua koperasi)")) with { Word = "/faq tambah" },
            Declare.Command<FaqArchive, FaqHandler>(Board, (h, c, archive) => h.Archive(c, archive),
                new CommandExample(BoardExamples.FaqArchive, "arsipkan FAQ nomor N")) with { Word = "/faq hapus" },
        ],
    };

    public static CommandGroup Unanswered { get; } = new("pertanyaan", BoardRules.Unanswered)
    {
        Commands =
        [
            Declare.Command<UnansweredList, RelayHandler>(Board, (h, c, _) => h.List(c),
                new CommandExample(BoardExamples.Unanswered, "pertanyaan yang paling sering tidak terjawab (30 hari)")),
        ],
    };

    public static CommandGroup Answer { get; } = new("jawab", BoardRules.Answer)
    {
        Commands =
        [
            Declare.Command<AnswerQuestion, RelayHandler>(Board, (h, c, answer) => h.Answer(c, answer),
                new CommandExample(BoardExamples.Answer, "jawab pertanyaan yang diteruskan anggota"),
                new CommandExample(BoardExamples.AnswerAndSave, "jawab dan simpan sebagai FAQ")),
        ],
    };

    public static CommandGroup Forward { get; } = new("teruskan", BoardRules.Forward)
    {
        Commands =
        [
            Declare.Command<ForwardQuestion, RelayHandler>(Everyone, (h, c, forward) => h.Forward(c, forward),
                new CommandExample(BoardExamples.Forward, "teruskan pertanyaan yang tidak terjawab ke pengurus") { InHelp = false },
                new CommandExample(BoardExamples.ForwardText, "teruskan pertanyaan ke pengurus") { InHelp = false }),
        ],
    };
}
