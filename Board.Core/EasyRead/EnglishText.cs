using System.Text.RegularExpressions;

namespace Board.Core.EasyRead;

/// <summary>
/// Plain-English heuristics behind <see cref="EasyReadChecker"/>: where a sentence ends, what a word is,
/// how many syllables it has and whether a sentence looks passive. They are good guesses, not grammar,
/// which is why the checker only ever gives advice.
/// </summary>
internal static partial class EnglishText
{
    // A full stop after these does not end the sentence: a title comes before a name, "e.g." before an example.
    private static readonly HashSet<string> NeverEndSentence = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "cllr", "rev", "st",
        "e.g", "i.e", "eg", "ie", "viz", "cf", "vs", "approx", "incl",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
    };

    // Words that may sit between "be" and the participle: "was not made", "is now run", "were all told".
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "not", "also", "still", "already", "just", "now", "never", "often", "always", "usually",
        "sometimes", "all", "both", "then", "soon", "only", "well",
    };

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "made", "given", "taken", "seen", "done", "written", "told", "sent", "held", "paid", "chosen",
        "known", "shown", "built", "brought", "kept", "left", "put", "set", "cut", "found", "heard", "met",
        "sold", "spent", "run", "begun", "bought", "caught", "taught", "thought", "said", "read", "led",
        "lost", "meant", "understood", "won", "shut", "hurt", "spoken", "broken", "forgotten", "forgiven",
        "driven", "eaten", "fallen", "drawn", "grown", "thrown", "hidden", "stolen", "worn", "torn",
        "beaten", "bitten", "struck", "stuck", "hung", "dealt", "felt", "fed", "lent", "bound", "laid",
        "sought", "fought", "withdrawn", "undertaken", "overseen", "overtaken", "rewritten", "upheld",
        "withheld", "forbidden", "frozen", "shaken", "risen", "let", "spread", "split", "shot", "lit",
        "swept", "blown", "flown", "sworn", "mistaken", "misled", "overheard", "rebuilt", "remade", "foreseen",
    };

    // "-ed" words after "be" that describe how someone feels or where something is, not something done
    // to it: "I am worried" is not passive. Plus "-ed" words that are not verbs at all. "Needed" is left
    // out on purpose: "Help is needed" hides who needs it, and "We need help" is the easier sentence.
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "interested", "excited", "worried", "tired", "bored", "scared", "frightened", "pleased", "delighted",
        "surprised", "shocked", "annoyed", "confused", "disappointed", "embarrassed", "ashamed", "relaxed",
        "stressed", "depressed", "amazed", "satisfied", "concerned", "isolated", "disabled", "supposed",
        "married", "based", "located", "called", "named", "aged",
        "need", "feed", "seed", "speed", "bleed", "breed", "deed", "weed", "greed", "heed", "reed", "indeed",
        "exceed", "proceed", "succeed", "shed", "sled", "hundred", "sacred", "naked", "wicked",
    };

    // Suffixes that keep the silent e of the word they are added to: "manage-ment", "complete-ly".
    private static readonly string[] SilentESuffixes = ["ments", "ment", "ness", "less", "ful", "ly"];

    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        // Easy-read text puts one idea on each line, and headings and bullets have no full stop,
        // so every line break ends a sentence.
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var bullet = BulletRegex().Match(rawLine);
            var line = bullet.Success ? rawLine[bullet.Length..] : rawLine;
            var start = 0;
            foreach (Match end in TerminatorRegex().Matches(line))
            {
                if (!EndsSentence(line, end))
                    continue;
                AddSentence(sentences, line[start..(end.Index + end.Length)]);
                start = end.Index + end.Length;
            }
            AddSentence(sentences, line[start..]);
        }
        return sentences;
    }

    public static int Syllables(string lowerWord)
    {
        // "every" and "some" hide a silent e inside compounds: "every-one", "some-body".
        if (lowerWord.StartsWith("every", StringComparison.Ordinal))
            return 2 + (lowerWord.Length > 5 ? Syllables(lowerWord[5..]) : 0);
        if (lowerWord.StartsWith("some", StringComparison.Ordinal) && lowerWord.Length > 4)
            return 1 + Syllables(lowerWord[4..]);
        foreach (var suffix in SilentESuffixes)
        {
            if (lowerWord.Length >= suffix.Length + 3
                && lowerWord.EndsWith(suffix, StringComparison.Ordinal)
                && lowerWord[^(suffix.Length + 1)] == 'e'
                && !IsVowel(lowerWord[^(suffix.Length + 2)]))
            {
                return Syllables(lowerWord[..^suffix.Length]) + VowelGroups(suffix);
            }
        }
        var count = VowelGroups(lowerWord);
        if (EndsInSilentE(lowerWord))
            count--;
        return Math.Max(1, count);
    }

    /// <summary>A form of "be", then (with at most one adverb between) a past participle: "was agreed", "is not made".</summary>
    public static bool LooksPassive(IReadOnlyList<string> lowerWords)
    {
        for (var i = 0; i < lowerWords.Count - 1; i++)
        {
            if (!BeForms.Contains(lowerWords[i]))
                continue;
            if (IsParticiple(lowerWords[i + 1]))
                return true;
            if (i + 2 < lowerWords.Count && IsAdverb(lowerWords[i + 1]) && IsParticiple(lowerWords[i + 2]))
                return true;
        }
        return false;
    }

    private static bool IsParticiple(string word) =>
        IrregularParticiples.Contains(word)
        || (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !NotParticiples.Contains(word));

    private static bool IsAdverb(string word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal));

    private static void AddSentence(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Any(char.IsLetterOrDigit))
            sentences.Add(trimmed);
    }

    private static bool EndsSentence(string line, Match end)
    {
        if (end.Value.AsSpan().IndexOfAny("!?…") >= 0 || end.Value.StartsWith("..", StringComparison.Ordinal))
            return true;
        if (NextLetter(line, end.Index + end.Length) is not { } next)
            return true;
        var wordStart = end.Index;
        while (wordStart > 0 && (char.IsLetter(line[wordStart - 1]) || line[wordStart - 1] == '.'))
            wordStart--;
        var before = line[wordStart..end.Index];
        if (before.Length == 0)
            return true;
        if (NeverEndSentence.Contains(before))
            return false;
        // An initial before a surname: "J. Smith".
        if (before.Length == 1 && char.IsUpper(before[0]))
            return !char.IsUpper(next);
        // Dotted initials and "etc." end a sentence only when a new one clearly starts: "10 a.m. on Monday".
        if (before.Contains('.') || before.Equals("etc", StringComparison.OrdinalIgnoreCase))
            return char.IsUpper(next);
        return true;
    }

    private static char? NextLetter(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            var c = line[i];
            if (!char.IsWhiteSpace(c) && "\"'“‘([".IndexOf(c) < 0)
                return c;
        }
        return null;
    }

    private static int VowelGroups(string word)
    {
        var groups = 0;
        var inGroup = false;
        for (var i = 0; i < word.Length; i++)
        {
            // A "y" at the start of a word is a consonant: "yes", "young".
            var vowel = IsVowel(word[i]) && !(i == 0 && word[i] == 'y');
            if (vowel && !inGroup)
                groups++;
            inGroup = vowel;
            if (i > 0 && IsTwoSyllablePair(word, i))
                groups++;
        }
        return groups;
    }

    // Vowel pairs said as two syllables: "pri-or", "me-di-a", "ac-tu-al"; but not "-tion", "-ious",
    // "spe-cial", "qual", "lan-guage".
    private static bool IsTwoSyllablePair(string word, int i)
    {
        var before = i > 1 ? word[i - 2] : ' ';
        var after = i + 1 < word.Length ? word[i + 1] : ' ';
        return (word[i - 1], word[i]) switch
        {
            ('i', 'o') => after is not ('n' or 'u'),
            ('i', 'a') => before is not ('c' or 't' or 's' or 'g'),
            ('u', 'a') => before is not ('q' or 'g'),
            _ => false,
        };
    }

    private static bool EndsInSilentE(string w)
    {
        if (w.Length > 2 && w[^1] == 'e')
            return !IsVowel(w[^2]) && !(w[^2] == 'l' && w.Length > 3 && !IsVowel(w[^3]));   // "make", not "table"
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal))
            return !IsVowel(w[^3]) && w[^3] is not ('t' or 'd');                             // "worked", not "needed"
        if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal))
        {
            var c = w[^3];
            var sounded = c is 's' or 'x' or 'z' or 'c' or 'g'                                // "uses", "services", "changes"
                || (c == 'h' && w[^4] is 'c' or 's')                                          // "watches", "wishes"
                || (c == 'l' && !IsVowel(w[^4]));                                             // "tables"
            return !IsVowel(c) && !sounded;                                                   // "homes", "makes"
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // "- item", "* item", "• item", "1. item", "2) item", "(a) item".
    [GeneratedRegex(@"^\s*(?:[-*+•·‣◦▪■□●○►➢✓✔–—>]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletRegex();

    // One or more of . ! ? …, then any closing quotes or brackets, then a space or the end of the line:
    // so "2.5" and "e.g.," never match.
    [GeneratedRegex(@"[.!?…]+[""'”’)\]]*(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TerminatorRegex();

    /// <summary>
    /// A word: dotted initials ("S.E.N.", "e.g."), or letters and digits joined by apostrophes and hyphens
    /// ("don't", "well-being"), by "&amp;" between capitals ("A&amp;E") or by a point or comma between digits ("2.5", "2,500").
    /// </summary>
    [GeneratedRegex(@"\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{Lu})&(?=\p{Lu})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex WordRegex();
}
