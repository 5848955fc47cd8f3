using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>/acuan: the official ceiling (HET) and reference (HAP) prices for the cooperative's region.</summary>
internal static class ReferencePriceCommands
{
    public static CommandGroup References { get; } = new("acuan", AccountRules.ReferenceList)
    {
        // "acuan harga beras?" and "HET minyakita?" are questions for the knowledge search, not a malformed /acuan.
        AloneWithoutSlash = true,
        Menu = "Harga acuan resmi (HET/HAP) di wilayah koperasi",
        Commands =
        [
            Declare.Command<ReferenceList, ReferencePriceHandler>(Everyone, (h, c, list) => h.List(c, list),
                new CommandExample(CommandExamples.ReferenceList, "harga eceran tertinggi dan harga acuan resmi"),
                new CommandExample(CommandExamples.ReferenceListOn, "angka yang berlaku pada tanggal itu") { InHelp = false }),
        ],
    };
}
