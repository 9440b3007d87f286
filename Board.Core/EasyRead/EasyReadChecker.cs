using System.Text.RegularExpressions;

namespace Board.Core.EasyRead;

/// <summary>
/// Advice on making text easy to read, after the Mencap and Department of Health easy-read guides:
/// short sentences, few acronyms, hard words explained, short words, active sentences.
/// It only advises; nothing is ever blocked on it.
/// </summary>
public static partial class EasyReadChecker
{
    public const int MaxWordsPerSentence = 15;

    /// <summary>
    /// The longest text the checker reads: the longest easy read field anyone saves (an item's details). Longer text
    /// is refused before checking, so a post of megabytes cannot keep the server busy.
    /// </summary>
    public const int MaxCheckedLength = 6000;

    /// <summary>The plain message when <paramref name="text"/> is longer than its field saves, or null when it can be checked.</summary>
    public static string? TooLongToCheck(string? text, int maxLength)
    {
        var limit = Math.Min(maxLength, MaxCheckedLength);
        return text is { Length: var length } && length > limit
            ? $"This is too long to check. It has {length:N0} characters: it must be {limit:N0} or fewer. Make it shorter, then check the words again."
            : null;
    }

    private const string PassiveMessage =
        "This sentence may be passive. Say who does it: \"The council made the plan\", not \"The plan was made\".";

    // Capital-letter words everyone knows, so not worth advice.
    private static readonly HashSet<string> EverydayAcronyms = new(StringComparer.Ordinal) { "OK", "TV" };

    // Four syllables by the count, but words everyone knows.
    private static readonly HashSet<string> EverydayLongWords = new(StringComparer.Ordinal)
    {
        "anybody", "everybody", "usually", "actually",
    };

    // Capitals that are a sentence in block capitals, not an acronym: "PLEASE COME TO THE MEETING".
    private static readonly HashSet<string> ShoutedWords = new(StringComparer.Ordinal)
    {
        "THE", "AND", "TO", "OF", "FOR", "IS", "ARE", "WE", "YOU", "WILL", "IN", "ON", "AT", "WITH",
        "YOUR", "OUR", "THIS", "BE", "CAN", "NOT", "PLEASE", "IT", "MY", "HAS", "HAVE", "WAS",
    };

    /// <summary>
    /// Advice for <paramref name="text"/> in the order it appears. Sentence advice (long, passive) comes
    /// before the word advice for the same sentence. Each glossary term, acronym and long word is
    /// reported once per text, at its first use.
    /// </summary>
    public static IReadOnlyList<EasyReadAdvice> Check(string? text, IReadOnlyCollection<GlossaryTerm> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        if (string.IsNullOrWhiteSpace(text))
            return [];

        var lookup = new Glossary(glossary);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var advice = new List<EasyReadAdvice>();
        foreach (var sentence in EnglishText.Sentences(text))
            CheckSentence(sentence, lookup, reported, advice);
        return advice;
    }

    /// <summary>The glossary words a text uses, in the order they first appear, matched as whole words like <see cref="Check"/>.</summary>
    public static IReadOnlyList<GlossaryTerm> HardWordsUsed(string? text, IReadOnlyCollection<GlossaryTerm> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var used = new List<GlossaryTerm>();
        if (string.IsNullOrWhiteSpace(text))
            return used;
        var lookup = new Glossary(glossary);
        foreach (var sentence in EnglishText.Sentences(text))
        {
            var words = EnglishText.WordRegex().Matches(sentence);
            var keys = words.Select(w => Glossary.Key(w.Value)).ToArray();
            for (var i = 0; i < keys.Length; i++)
            {
                if (lookup.MatchAt(keys, i) is not { } entry)
                    continue;
                if (!used.Contains(entry.Term))
                    used.Add(entry.Term);
                i += entry.Keys.Length - 1;
            }
        }
        return used;
    }

    /// <summary>A text cut into sentences the way the checker reads it: every line break ends a sentence too.</summary>
    public static IReadOnlyList<string> Sentences(string? text) => string.IsNullOrWhiteSpace(text) ? [] : EnglishText.Sentences(text);

    private static void CheckSentence(string sentence, Glossary glossary, HashSet<string> reported, List<EasyReadAdvice> advice)
    {
        var words = EnglishText.WordRegex().Matches(sentence);
        if (words.Count == 0)
            return;

        if (words.Count > MaxWordsPerSentence)
        {
            advice.Add(new(AdviceKind.LongSentence, sentence,
                $"This sentence has {words.Count} words. Try to use {MaxWordsPerSentence} words or fewer, or split it in two."));
        }

        var lower = new string[words.Count];
        var keys = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            lower[i] = words[i].Value.Replace('’', '\'').ToLowerInvariant();
            keys[i] = Glossary.Key(words[i].Value);
        }

        if (EnglishText.LooksPassive(lower))
            advice.Add(new(AdviceKind.Passive, sentence, PassiveMessage));

        var shouting = IsShouting(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (glossary.MatchAt(keys, i) is { } entry)
            {
                var last = words[i + entry.Keys.Length - 1];
                var excerpt = StripPossessive(sentence[words[i].Index..(last.Index + last.Length)]);
                if (reported.Add("g:" + entry.Id))
                    advice.Add(new(AdviceKind.GlossaryWord, excerpt, $"\"{excerpt}\" is a hard word. {Explain(entry.Term.Explanation)}"));
                i += entry.Keys.Length - 1;
                continue;
            }

            var previous = i > 0 ? words[i - 1].Value : "";
            var parts = words[i].Value.Split('-');
            for (var p = 0; p < parts.Length; p++)
                CheckWord(StripPossessive(parts[p]), i == 0 && p == 0, previous, shouting, reported, advice);
        }
    }

    private static void CheckWord(string word, bool startsSentence, string previous, bool shouting, HashSet<string> reported, List<EasyReadAdvice> advice)
    {
        if (word.Length == 0 || word.Any(char.IsDigit))
            return;

        if (!shouting && AcronymRegex().IsMatch(word))
        {
            if (IsAcronymWorthAdvice(word, previous, out var key) && reported.Add("a:" + key))
                advice.Add(new(AdviceKind.Acronym, word, $"\"{word}\" is an acronym. Write the words in full, or explain it."));
            return;
        }

        var letters = word.Replace("'", "").Replace("’", "");
        if (!shouting && char.IsUpper(letters[0]) && (!startsSentence || !letters.Any(char.IsLower)))
            return;   // a name in the middle of a sentence ("Northamptonshire"), or "I"

        var lower = letters.ToLowerInvariant();
        if ((lower.Length > 12 || EnglishText.Syllables(lower) >= 4) && !EverydayLongWords.Contains(lower) && reported.Add("l:" + lower))
            advice.Add(new(AdviceKind.LongWord, word, $"\"{word}\" is a long word. Is there a shorter one?"));
    }

    private static bool IsAcronymWorthAdvice(string word, string previous, out string key)
    {
        key = word.Replace(".", "");
        if (key.EndsWith('s'))
            key = key[..^1];
        if (EverydayAcronyms.Contains(key) || RomanNumeralRegex().IsMatch(key))
            return false;
        // "2 PM" is a time; "PM" alone may be the Prime Minister.
        return !(key is "AM" or "PM" && previous.Length > 0 && char.IsDigit(previous[0]));
    }

    private static bool IsShouting(MatchCollection words)
    {
        int withLetters = 0, capitals = 0;
        var shoutedWord = false;
        foreach (Match word in words)
        {
            var value = word.Value;
            if (!value.Any(char.IsLetter))
                continue;
            withLetters++;
            if (value.Count(char.IsLetter) >= 2 && !value.Any(char.IsLower))
            {
                capitals++;
                shoutedWord |= ShoutedWords.Contains(value);
            }
        }
        return shoutedWord && capitals * 2 > withLetters;
    }

    private static string Explain(string explanation)
    {
        var text = explanation.Trim();
        if (text.Length == 0)
            return "You could explain it.";
        return text[^1] is '.' or '!' or '?' ? $"You could explain it: {text}" : $"You could explain it: {text}.";
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    // Two or more capitals, dotted or with "&", and an optional plural s: "NHS", "S.E.N.", "A&E", "GPs".
    [GeneratedRegex(@"^(?:\p{Lu}[.&]?){2,}s?$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    // "II", "IV", "XII": part and chapter numbers, not acronyms.
    [GeneratedRegex("^X{0,3}(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeralRegex();

    /// <summary>The glossary, keyed by the first word of each term so a phrase is found without a regex per term.</summary>
    private sealed class Glossary
    {
        private readonly Dictionary<string, List<Entry>> _byFirstKey = new(StringComparer.Ordinal);

        public Glossary(IReadOnlyCollection<GlossaryTerm> terms)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                if (string.IsNullOrWhiteSpace(term.Word))
                    continue;
                var keys = EnglishText.WordRegex().Matches(term.Word).Select(m => Key(m.Value)).ToArray();
                var id = string.Join(' ', keys);
                if (keys.Length == 0 || !ids.Add(id))
                    continue;
                if (!_byFirstKey.TryGetValue(keys[0], out var entries))
                    _byFirstKey[keys[0]] = entries = [];
                entries.Add(new(keys, term, id));
            }
        }

        /// <summary>Lower case, no dots ("S.E.N." is "sen"), no possessive ("board's" is "board").</summary>
        public static string Key(string word)
        {
            var key = word.Replace('’', '\'');
            if (key.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                key = key[..^2];
            return key.Replace(".", "").ToLowerInvariant();
        }

        /// <summary>The longest term starting at word <paramref name="start"/>; its last word may be plural.</summary>
        public Entry? MatchAt(string[] keys, int start)
        {
            if (_byFirstKey.Count == 0)
                return null;
            Entry? best = null;
            foreach (var first in SingularGuesses(keys[start]))
            {
                if (!_byFirstKey.TryGetValue(first, out var entries))
                    continue;
                foreach (var entry in entries)
                {
                    if ((best is null || entry.Keys.Length > best.Keys.Length) && Matches(entry, keys, start))
                        best = entry;
                }
            }
            return best;
        }

        private static bool Matches(Entry entry, string[] keys, int start)
        {
            if (start + entry.Keys.Length > keys.Length)
                return false;
            for (var j = 0; j < entry.Keys.Length - 1; j++)
            {
                if (keys[start + j] != entry.Keys[j])
                    return false;
            }
            return IsSameOrPlural(keys[start + entry.Keys.Length - 1], entry.Keys[^1]);
        }

        private static bool IsSameOrPlural(string word, string term) =>
            word == term
            || (word.Length == term.Length + 1 && word.EndsWith('s') && word.StartsWith(term, StringComparison.Ordinal))
            || (word.Length == term.Length + 2 && word.EndsWith("es", StringComparison.Ordinal) && word.StartsWith(term, StringComparison.Ordinal))
            || (term.EndsWith('y') && word == term[..^1] + "ies");

        private static IEnumerable<string> SingularGuesses(string key)
        {
            yield return key;
            if (key.Length > 2 && key.EndsWith('s'))
                yield return key[..^1];
            if (key.Length > 3 && key.EndsWith("es", StringComparison.Ordinal))
                yield return key[..^2];
            if (key.Length > 4 && key.EndsWith("ies", StringComparison.Ordinal))
                yield return key[..^3] + "y";
        }

        public sealed record Entry(string[] Keys, GlossaryTerm Term, string Id);
    }
}
