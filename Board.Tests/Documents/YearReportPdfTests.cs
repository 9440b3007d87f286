using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// The board's year in easy read through every structure check the minutes get (tags, language, title, reading order,
/// figures with alt text, 16 pt, pictures beside their words, page numbers as artifacts, no block split).
/// </summary>
public sealed class YearReportPdfTests : PdfDocumentRendererTests
{
    protected override DocumentContent EasyReadSample() => SampleYearReport.EasyRead();

    // The year report numbers no items ("1. Buses at night"): its decisions are headed by their titles.
    protected override int NumberedItems => 0;

    // About 80 sentences: six meetings, twelve decisions, the ladder's seven rungs, the loops, the plan and payments.
    protected override int MinimumParagraphs => 70;
}
