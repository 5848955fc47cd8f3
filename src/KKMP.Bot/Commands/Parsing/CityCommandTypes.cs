namespace KKMP.Bot.Commands.Parsing;

/// <summary>/bandingkan beras: one item's price and stock across the city's cooperatives (pembina).</summary>
public sealed record CompareItem(string Item) : Command;

/// <summary>/berbagi aktif|nonaktif: the cooperative shows (or stops showing) its stock availability to the city's other cooperatives.</summary>
public sealed record StockSharing(bool On) : Command;

/// <summary>/cari beras 100 kg: opted-in cooperatives of the city that have at least that much.</summary>
public sealed record StockSearch(string Item, Quantity Quantity) : Command;

/// <summary>/hubungi kkmp-sukamaju PESAN: a message to another cooperative's pengurus, relayed by the bot.</summary>
public sealed record CooperativeMessage(string KoperasiId, string Text) : Command;

/// <summary>/balas N PESAN: the recipient's answer to message N, relayed back to its sender.</summary>
public sealed record CooperativeReply(int Number, string Text) : Command;
