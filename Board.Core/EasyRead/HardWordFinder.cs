namespace Board.Core.EasyRead;

/// <summary>Where a hard word's explanation comes from.</summary>
public enum ExplanationSource { Glossary, BuiltIn, Missing }

/// <summary>A hard word a document uses, with its explanation (empty when missing).</summary>
public sealed record FoundHardWord(string Word, string Explanation, ExplanationSource Source);

/// <summary>
/// Every hard word a text uses: the board's glossary terms, the built-in board words, and the long words and
/// acronyms <see cref="EasyReadChecker"/> flags. Those last two have no explanation until someone writes one.
/// </summary>
public static class HardWordFinder
{
    public static IReadOnlyList<FoundHardWord> Find(string? text, IReadOnlyCollection<GlossaryTerm> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var found = new List<FoundHardWord>();
        if (string.IsNullOrWhiteSpace(text))
            return found;

        var glossaryWords = new HashSet<string>(glossary.Select(t => t.Word.Trim()), StringComparer.OrdinalIgnoreCase);
        var builtIn = BoardWords.BuiltIn.Where(t => !glossaryWords.Contains(t.Word)).ToList();
        // One combined list so a longer phrase ("self-advocacy") wins over a shorter one inside it.
        var all = glossary.Concat(builtIn).ToList();
        foreach (var term in EasyReadChecker.HardWordsUsed(text, all))
        {
            var source = glossary.Contains(term) ? ExplanationSource.Glossary : ExplanationSource.BuiltIn;
            var explanation = term.Explanation.Trim();
            found.Add(new(term.Word, explanation, explanation.Length == 0 ? ExplanationSource.Missing : source));
        }

        var seen = new HashSet<string>(found.Select(w => w.Word), StringComparer.OrdinalIgnoreCase);
        foreach (var advice in EasyReadChecker.Check(text, all))
        {
            if (advice.Kind is not (AdviceKind.Acronym or AdviceKind.LongWord) || !seen.Add(advice.Excerpt))
                continue;
            found.Add(new(advice.Excerpt, "", ExplanationSource.Missing));
        }
        return found;
    }

    /// <summary>The hard words still without an explanation: the coordinator must explain them before publishing.</summary>
    public static IReadOnlyList<FoundHardWord> Unexplained(string? text, IReadOnlyCollection<GlossaryTerm> glossary) =>
        Find(text, glossary).Where(w => w.Source == ExplanationSource.Missing).ToList();
}
