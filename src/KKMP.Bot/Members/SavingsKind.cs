namespace KKMP.Bot.Members;

/// <summary>The three kinds of simpanan (UU 25/1992 Pasal 41): pokok once, wajib monthly, sukarela at will (and the only one withdrawn).</summary>
public enum SavingsKind { Pokok, Wajib, Sukarela }
