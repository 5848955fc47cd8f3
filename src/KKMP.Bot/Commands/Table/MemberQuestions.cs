using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// What a member may see of the shop (DESIGN: a member sees the prices of their own cooperative's shop; stock is for the
/// roles the table lets read it). "minyak masih ada?" asked in words by someone who may not read stock is answered with
/// whether the shop has the item and its price, the way a cashier answers a customer, never with the stock figure. The
/// slash form /stok keeps its refusal: that is asking for the figure.
/// </summary>
internal static class MemberQuestions
{
    public static Command AsAsked(Command command, Role role) =>
        command is StockList { Item: { } item, At: null, FromWords: true } && !Permissions.Allows(role, command)
            ? new PriceQuery(item) { FromQuestion = true, AsksInStock = true, FromWords = true }
            : command;
}
