using Board.Core.EasyRead;

namespace Board.Core.Documents;

/// <summary>
/// The "Hard words" section of an easy read document, built from the document's own words (issue 17): every hard
/// word <see cref="HardWordFinder"/> finds there, explained from the board's glossary first, then the built-in board
/// words. Publishing is refused while any word is still unexplained (MinutesDocuments.UnexplainedHardWords), so a published document explains all.
/// </summary>
public static class DocumentHardWords
{
    public const string Heading = "Hard words";

    /// <summary>The pictures' credit: the app's licence notice, not the board's words, so not checked here.</summary>
    public const string CreditHeading = "About this document";

    /// <summary>Every word the document reads out, in order: the cover, headings, sentences, votes, lists.</summary>
    public static string TextOf(DocumentCover cover, IEnumerable<DocumentSection> sections)
    {
        var lines = new List<string> { cover.BoardName, cover.Kind, cover.DateText };
        foreach (var section in sections.Where(s => s.Heading is not (Heading or CreditHeading)))
        {
            lines.Add(section.Heading);
            foreach (var block in section.Blocks)
                lines.AddRange(block switch
                {
                    PictureRow row => row.Sentences.Prepend(row.Heading ?? ""),
                    VoteRow vote => vote.Tallies.Select(t => t.Label).Prepend(vote.Question).Append(vote.Outcome),
                    TextBlock text => text.Paragraphs.Prepend(text.Heading ?? ""),
                    ListBlock list => list.Entries.Prepend(list.Heading ?? ""),
                    _ => [],
                });
        }
        return string.Join("\n", lines.Where(l => l.Length > 0));
    }

    /// <summary>The hard words of a document's content, each with where its explanation comes from.</summary>
    /// <param name="names">People's and groups' names the document prints. A name is not a hard word, even where the
    /// checker would think so ("Anastasia" starting a line of who came).</param>
    public static IReadOnlyList<FoundHardWord> Find(DocumentContent content, IReadOnlyCollection<HardWord> glossary, IEnumerable<string> names) =>
        Find(content.Cover, content.Sections, glossary, names);

    /// <summary>The "Hard words" list of a built document, one "word: explanation" line each, for the web page made
    /// from the same content: the page explains the same words as the PDF.</summary>
    public static IReadOnlyList<string> EntriesOf(DocumentContent content) =>
        content.Sections.Where(s => s.Heading == Heading).SelectMany(s => s.Blocks).OfType<ListBlock>().SelectMany(l => l.Entries).ToList();

    /// <summary>Adds the section at the end of <paramref name="sections"/> when the document uses any explained hard word.</summary>
    internal static void Add(List<DocumentSection> sections, DocumentCover cover, IReadOnlyCollection<HardWord> glossary, IEnumerable<string> names)
    {
        // One line a word in a list (L/LI in the PDF, ul/li on the page), so a long meeting stays within 24 pages.
        var entries = Find(cover, sections, glossary, names).Where(w => w.Source != ExplanationSource.Missing)
            .Select(w => $"{w.Word}: {w.Explanation}").ToList();
        if (entries.Count > 0)
            sections.Add(new(Heading, [new ListBlock(null, entries)]));
    }

    private static IReadOnlyList<FoundHardWord> Find(DocumentCover cover, IEnumerable<DocumentSection> sections, IReadOnlyCollection<HardWord> glossary, IEnumerable<string> names)
    {
        var nameWords = new HashSet<string>(names.SelectMany(n => n.Split([' ', '-', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
        return HardWordFinder.Find(TextOf(cover, sections), glossary.Select(w => new GlossaryTerm(w.Word, w.Explanation)).ToList())
            .Where(w => w.Source != ExplanationSource.Missing || !nameWords.Contains(w.Word)).ToList();
    }
}
