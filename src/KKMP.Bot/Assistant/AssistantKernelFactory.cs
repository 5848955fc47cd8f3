using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace KKMP.Bot.Assistant;

/// <summary>
/// Builds one Kernel per answer, with plugin instances bound to the asker, so a function can only
/// ever read the asker's own cooperative. Only read functions exist: ledger writes go through the
/// command grammar and are never registered here.
/// </summary>
public sealed class AssistantKernelFactory
{
    private readonly IRegulationSearch _search;
    private readonly IShopReader _shop;
    private readonly IServiceProvider _kernelServices;
    private readonly int _maxToolRounds;

    public AssistantKernelFactory(IRegulationSearch search, IShopReader shop, ILoggerFactory loggerFactory,
        IOptions<AssistantOptions> options, IChatCompletionService? chat = null)
    {
        _search = search;
        _shop = shop;
        _maxToolRounds = options.Value.MaxToolRounds;
        var logger = loggerFactory.CreateLogger<AssistantKernelFactory>();
        if (chat is null)
            logger.LogInformation("Assistant in offline mode: extractive answers, no language model");
        else
            logger.LogInformation("Assistant in LLM mode: model {Model} at {Endpoint}", options.Value.Model, options.Value.Endpoint);
        var services = new ServiceCollection().AddSingleton(loggerFactory);
        if (chat is not null) services.AddSingleton(chat);
        _kernelServices = services.BuildServiceProvider();
    }

    public Kernel Create(Asker asker, TurnEvidence evidence)
    {
        var plugins = new List<KernelPlugin>
        {
            KernelPluginFactory.CreateFromObject(new RegulationsPlugin(_search, evidence, asker.KoperasiId), RegulationsPlugin.Name),
            KernelPluginFactory.CreateFromObject(new PricesPlugin(_shop, asker, evidence), PricesPlugin.Name),
            KernelPluginFactory.CreateFromObject(new CooperativePlugin(_shop, asker), CooperativePlugin.Name),
        };
        if (StockPlugin.IsAllowed(asker))
            plugins.Add(KernelPluginFactory.CreateFromObject(new StockPlugin(_shop, asker), StockPlugin.Name));

        var kernel = new Kernel(_kernelServices, new KernelPluginCollection(plugins));
        kernel.AutoFunctionInvocationFilters.Add(new ToolRoundFilter(_maxToolRounds, evidence));
        return kernel;
    }
}

/// <summary>Records which functions the model called and stops a model that keeps calling tools.</summary>
internal sealed class ToolRoundFilter(int maxRounds, TurnEvidence evidence) : IAutoFunctionInvocationFilter
{
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (context.RequestSequenceIndex >= maxRounds)
        {
            context.Terminate = true;
            return;
        }
        evidence.AddCall($"{context.Function.PluginName}-{context.Function.Name}");
        await next(context);
    }
}
