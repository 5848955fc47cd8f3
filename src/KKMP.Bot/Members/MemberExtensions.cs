using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Members;

public static class MemberExtensions
{
    /// <summary>The member register and their simpanan (kept as cash entries in the books).</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.TryAddSingleton<MemberRegister>();
        services.TryAddSingleton<Savings>();
        return services;
    }
}
