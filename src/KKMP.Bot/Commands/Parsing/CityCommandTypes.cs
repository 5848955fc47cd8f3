namespace KKMP.Bot.Commands.Parsing;

/// <summary>/bandingkan beras: one item's price and stock across the city's cooperatives (pembina).</summary>
public sealed record CompareItem(string Item) : Command;
