namespace Board.Core.EasyRead;

/// <summary>A hard word, phrase or acronym the board explains in its glossary.</summary>
public sealed record GlossaryTerm(string Word, string Explanation);

public enum AdviceKind
{
    LongSentence,
    Acronym,
    GlossaryWord,
    LongWord,
    Passive,
}

/// <summary>
/// One piece of easy-read advice. <see cref="Excerpt"/> is the sentence or word it is about, as written;
/// <see cref="Message"/> is the advice in short, plain sentences.
/// </summary>
public sealed record EasyReadAdvice(AdviceKind Kind, string Excerpt, string Message);
