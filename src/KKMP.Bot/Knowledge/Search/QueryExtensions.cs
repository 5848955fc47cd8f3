namespace KKMP.Bot.Knowledge.Search;

internal static class QueryExtensions
{
    /// <summary>Sets properties that Lucene.Net's collection initialisers cannot, and returns the object.</summary>
    public static T Also<T>(this T value, Action<T> configure)
    {
        configure(value);
        return value;
    }
}
