using Board.Core.Composition;

namespace Board.Core.EasyRead;

/// <summary>
/// Issue 17: an easy read document explains every hard word it uses. The coordinator explains the words nobody has
/// explained yet before the document is published, and these rules say when that is not done yet.
/// </summary>
public static class HardWordRules
{
    public const int MaxWordLength = 60;
    public const int MaxExplanationLength = 300;

    /// <summary>Why <paramref name="document"/> cannot be published yet, naming the words, or null when every word is explained.</summary>
    /// <param name="document">What is being published, as the coordinator calls it: "the easy read minutes".</param>
    public static string? PublishRefusal(IReadOnlyList<FoundHardWord> unexplained, string document)
    {
        ArgumentNullException.ThrowIfNull(unexplained);
        var words = unexplained.Where(w => w.Source == ExplanationSource.Missing).Select(w => $"\"{w.Word}\"").Distinct().ToList();
        if (words.Count == 0)
            return null;
        var list = words.Count == 1 ? words[0] : $"{string.Join(", ", words.SkipLast(1))} and {words[^1]}";
        var these = words.Count == 1 ? "this hard word" : "these hard words";
        return $"You cannot publish {document} yet. Explain {these} first: {list}. Write what each one means in plain words, or change the text so it does not use the word.";
    }

    /// <summary>What is wrong with an explanation the coordinator wrote, in plain words; empty when it can be saved.</summary>
    public static IReadOnlyList<RuleError> CheckExplanation(string? word, string? explanation)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(word))
            errors.Add(new("Word", "Say which word you are explaining"));
        else if (word.Trim().Length > MaxWordLength)
            errors.Add(new("Word", $"The word must be {MaxWordLength} characters or fewer"));
        if (string.IsNullOrWhiteSpace(explanation))
            errors.Add(new("Explanation", "Write what the word means"));
        else if (explanation.Trim().Length > MaxExplanationLength)
            errors.Add(new("Explanation", $"The explanation must be {MaxExplanationLength} characters or fewer"));
        return errors;
    }
}
