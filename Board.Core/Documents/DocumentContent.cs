namespace Board.Core.Documents;

/// <summary>Easy read: a picture beside every idea, large type, short sentences. Standard: prose for the council's records.</summary>
public enum DocumentStyle
{
    EasyRead,
    Standard,
}

/// <summary>
/// What a document says, with no layout. Renderers (the PDF parts and the HTML page) lay it out, so a second
/// renderer never changes the content, and the PDF and the web page always say the same thing.
/// </summary>
/// <param name="Title">The document's title, for its metadata and the reader's title bar, for example
/// "Riverside Partnership Board: easy read minutes, Thursday 12 November 2026".</param>
/// <param name="Language">The natural language of the text, for screen readers (BCP 47, "en-GB").</param>
/// <param name="OwnPictures">The board's own pictures (PNG or JPEG bytes) by the key their rows use, for pictures
/// that are not in the picture set, such as a photo of the place.</param>
public sealed record DocumentContent(
    DocumentStyle Style,
    string Title,
    string Language,
    DocumentCover Cover,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyDictionary<string, byte[]>? OwnPictures = null)
{
    /// <summary>Every picture the document uses, once each, so a renderer can load them up front.</summary>
    public IEnumerable<DocumentPicture> Pictures =>
        new[] { Cover.Picture }.Concat(Sections.SelectMany(s => s.Blocks).Select(b => b.Picture).OfType<DocumentPicture>()).Distinct();
}

/// <summary>A picture from the board's picture set by its key, with the words a screen reader says for it.</summary>
public sealed record DocumentPicture(string Key, string Alt)
{
    /// <summary>The same picture with alt text that says what it stands for in its row ("A calendar: when the meeting
    /// was"), so three rows with the same picture are not read as the same thing three times (issue 17).</summary>
    public DocumentPicture Showing(string what) => this with { Alt = $"{Alt}: {what}" };
}

/// <summary>The first page: whose document, what it is and when.</summary>
/// <param name="Kind">What the document is, for example "Easy read minutes".</param>
public sealed record DocumentCover(string BoardName, string Kind, string DateText, DocumentPicture Picture);

/// <summary>A part of the document under its own heading. <paramref name="StartsNewPage"/> for parts such as "Hard words".</summary>
public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks, bool StartsNewPage = false);

/// <summary>One block of a section. A block is never split across pages.</summary>
public abstract record DocumentBlock
{
    /// <summary>The picture beside the block, if it has one.</summary>
    public abstract DocumentPicture? Picture { get; }
}

/// <summary>One idea: the picture on the left, the words on the right, one sentence a line.</summary>
/// <param name="Heading">A short heading above the sentences, for example "1. Buses at night", or none. It is read
/// before the picture.</param>
/// <param name="IsList">The sentences are a list (the names of who came): tagged L/LI in the PDF, ul/li on the page.</param>
public sealed record PictureRow(DocumentPicture Row, string? Heading, IReadOnlyList<string> Sentences, bool IsList = false) : DocumentBlock
{
    public override DocumentPicture? Picture => Row;
}

/// <summary>What one answer got in a vote. <paramref name="Meaning"/> lets a renderer draw the tick, cross or circle.</summary>
public sealed record VoteTally(string Symbol, string Label, VoteMeaning Meaning, int Votes);

public enum VoteMeaning
{
    For,
    Against,
    Abstain,
    Other,
}

/// <summary>A vote's result: the question, each answer's symbol, word and count, and what the result means.</summary>
public sealed record VoteRow(DocumentPicture Row, string Question, IReadOnlyList<VoteTally> Tallies, string Outcome) : DocumentBlock
{
    public override DocumentPicture? Picture => Row;
}

/// <summary>Standard style: paragraphs of prose under an optional heading, for example an item's note.</summary>
public sealed record TextBlock(string? Heading, IReadOnlyList<string> Paragraphs) : DocumentBlock
{
    public override DocumentPicture? Picture => null;
}

/// <summary>Standard style: a bulleted list under an optional heading, for example who came or the actions.</summary>
public sealed record ListBlock(string? Heading, IReadOnlyList<string> Entries) : DocumentBlock
{
    public override DocumentPicture? Picture => null;
}
