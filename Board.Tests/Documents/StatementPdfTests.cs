using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>The yearly money statement through every structure check the minutes get (tags, language, title, reading order,
/// figures with alt text, 16 pt, pictures beside their words, page numbers as artifacts, no block split).</summary>
public sealed class StatementPdfTests : PdfDocumentRendererTests
{
    protected override DocumentContent EasyReadSample() => SampleStatement.EasyRead();

    // Meetings are headed by their dates, never numbered.
    protected override int NumberedItems => 0;

    // About 45 sentences: the totals, the choice and the benefits reminder, and eight meetings of three sentences.
    protected override int MinimumParagraphs => 35;
}
