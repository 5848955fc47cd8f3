namespace KKMP.Bot.Commands.Parsing;

/// <summary>/bandingkan beras: one item's price and stock across the city's cooperatives (pembina).</summary>
public sealed record CompareItem(string Item) : Command;

/// <summary>/berbagi aktif|nonaktif: the cooperative shows (or stops showing) its stock availability to the city's other cooperatives.</summary>
public sealed record StockSharing(bool On) : Command;

/// <summary>/cari beras 100 kg: opted-in cooperatives of the city that have at least that much.</summary>
public sealed record StockSearch(string Item, Quantity Quantity) : Command;
