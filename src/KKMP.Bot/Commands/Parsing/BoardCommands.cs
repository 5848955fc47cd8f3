namespace KKMP.Bot.Commands.Parsing;

/// <summary>/faq: the FAQ entries a cooperative's members get.</summary>
public sealed record FaqList : Command;

/// <summary>/faq tambah "pertanyaan" "jawaban": a board's own FAQ entry (an admin's applies to every cooperative).</summary>
public sealed record FaqAdd(string Question, string Answer) : Command;

/// <summary>/faq hapus N: archives entry N.</summary>
public sealed record FaqArchive(int Number) : Command;

/// <summary>/pertanyaan: the most frequent unanswered questions of the last 30 days, and the relayed ones still open.</summary>
public sealed record UnansweredList : Command;

/// <summary>/jawab N [simpan] teks: answers relayed question N; with simpan it also becomes an FAQ entry.</summary>
public sealed record AnswerQuestion(int Number, bool Save, string Text) : Command;

/// <summary>"Teruskan ke pengurus" (the button after "tidak menemukan"), or /teruskan ke pengurus teks.</summary>
/// <param name="Text">The question to relay; null = the asker's last question the bot could not answer.</param>
public sealed record ForwardQuestion(string? Text) : Command;
