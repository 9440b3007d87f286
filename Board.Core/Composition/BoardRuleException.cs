namespace Board.Core;

/// <summary>The one exception Core throws when asked to break one of the board's rules.</summary>
public sealed class BoardRuleException(string message) : Exception(message);
