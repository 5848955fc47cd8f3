using System.Collections.Concurrent;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Push;

/// <summary>
/// Who wants which kind, the cooperative's reminder time, and who cannot be reached (Telegram 403).
/// Kept in the ledger and mirrored in memory: the planner asks for every user of every cooperative at once.
/// </summary>
public sealed class PushPreferences
{
    public static readonly TimeOnly DefaultReminder = new(17, 0);

    private readonly LedgerDb _db;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, PushPreferenceDoc> _users;
    private readonly ConcurrentDictionary<string, int> _reminders;

    public PushPreferences(LedgerDb db, TimeProvider time)
    {
        _db = db;
        _time = time;
        _users = new(db.PushPreferences.FindAll().Select(p => KeyValuePair.Create(p.Id, p)), StringComparer.Ordinal);
        _reminders = new(db.PushSettings.FindAll().Where(s => s.ReminderMinute is not null)
            .Select(s => KeyValuePair.Create(s.Id, s.ReminderMinute!.Value)), StringComparer.Ordinal);
    }

    public TimeOnly ReminderTime(string koperasiId) =>
        _reminders.TryGetValue(koperasiId, out var minute) ? TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)) : DefaultReminder;

    public void SetReminderTime(string koperasiId, TimeOnly at) => _db.WriteUnaudited(() =>
    {
        var minute = at.Hour * 60 + at.Minute;
        _db.PushSettings.Upsert(new PushSettingsDoc { Id = koperasiId, ReminderMinute = minute });
        _reminders[koperasiId] = minute;
        return true;
    });

    /// <summary>Whether a user with <paramref name="role"/> gets <paramref name="kind"/>: on by default for its roles, unless turned off.</summary>
    public bool Wants(string userKey, Role role, PushKind kind) =>
        PushKindInfo.Of(kind).Roles.Contains(role)
        && !(_users.TryGetValue(userKey, out var p) && p.Off.Contains(PushKindInfo.Of(kind).Word));

    public bool IsUnreachable(string userKey) => _users.TryGetValue(userKey, out var p) && p.UnreachableSinceUtc is not null;

    /// <summary>Turns kinds off (<paramref name="on"/> false) or on for one user.</summary>
    public void Set(string userKey, IEnumerable<PushKind> kinds, bool on) => Change(userKey, p =>
    {
        var words = kinds.Select(k => PushKindInfo.Of(k).Word).ToList();
        p.Off = on ? [.. p.Off.Except(words)] : [.. p.Off.Union(words)];
    });

    public void MarkUnreachable(string userKey) => Change(userKey, p => p.UnreachableSinceUtc ??= _time.GetUtcNow().UtcDateTime);

    /// <summary>The user wrote: reachable again. One dictionary lookup when nothing changes (every message calls it).</summary>
    public void Seen(string userKey)
    {
        if (IsUnreachable(userKey)) Change(userKey, p => p.UnreachableSinceUtc = null);
    }

    private void Change(string userKey, Action<PushPreferenceDoc> change) => _db.WriteUnaudited(() =>
    {
        var doc = _users.TryGetValue(userKey, out var existing)
            ? new PushPreferenceDoc { Id = userKey, Off = [.. existing.Off], UnreachableSinceUtc = existing.UnreachableSinceUtc }
            : new PushPreferenceDoc { Id = userKey };
        change(doc);
        _db.PushPreferences.Upsert(doc);
        _users[userKey] = doc;
        return true;
    });
}
