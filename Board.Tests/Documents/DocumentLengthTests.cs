using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// Issue 17: an easy read document is at most 24 pages, even for a meeting of 40 items. Built by the app's own
/// builders from a meeting made up with Bogus (a fixed seed), rendered for real and counted with PdfPig.
/// </summary>
public class DocumentLengthTests
{
    private const int MostPages = 24;

    private static IEnumerable<TestCaseData> EasyReadAtFortyItems() =>
        GeneratedMeetings.EveryKind(items: 40).Where(k => k.Kind is "easy read minutes" or "easy read agenda")
            .Select(k => new TestCaseData(k.Content).SetArgDisplayNames(k.Kind));

    [TestCaseSource(nameof(EasyReadAtFortyItems))]
    public void Render_EasyReadDocumentOfFortyItems_IsAtMost24Pages(DocumentContent content)
    {
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));

        TestContext.Out.WriteLine($"{content.Title}: {pdf.Document.NumberOfPages} pages");
        Assert.That(pdf.Document.NumberOfPages, Is.LessThanOrEqualTo(MostPages), content.Title);
    }
}
