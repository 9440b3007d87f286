using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// Every kind of document the app publishes, rendered for real from generated meetings, passes the PDF/UA-1 checks a
/// test can make (ADR-020): the XMP claim, marked content nested with text objects, complete streams (by hand and by
/// qpdf --check), and a structure tree with one H1, figures with alt text and every page's content tagged or an artifact.
/// </summary>
public class PdfConformanceTests
{
    private static IEnumerable<TestCaseData> Documents() =>
        GeneratedMeetings.EveryKind(items: 8).Concat(GeneratedMeetings.EveryKind(items: 40).Take(2))
            .Select(d => new TestCaseData(d.Content).SetArgDisplayNames($"{d.Kind}, {d.Content.Sections.Sum(s => s.Blocks.Count)} blocks"));

    [TestCaseSource(nameof(Documents))]
    public void Render_EveryDocumentKind_PassesTheConformanceChecks(DocumentContent content)
    {
        var pdf = TestRenderer.Renderer.Render(content);

        Assert.That(PdfConformance.Problems(pdf), Is.Empty);
        using var reading = new PdfReading(pdf);
        var elements = reading.StructureElements();
        Assert.Multiple(() =>
        {
            Assert.That(elements.Count(e => e.Tag == "H1"), Is.EqualTo(1), "one H1");
            Assert.That(elements.Where(e => e.Tag == "Figure").Select(e => (reading.Get(e.Element, "Alt") as UglyToad.PdfPig.Tokens.StringToken)?.Data), Has.All.Not.Empty);
            foreach (var page in reading.Document.GetPages())
            {
                var untagged = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) - page.GetMarkedContents().Sum(m => m.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)));
                Assert.That(untagged, Is.Zero, $"page {page.Number}: every letter is tagged or an artifact");
            }
        });
    }

    [Test]
    public void Problems_OnAPdfsharpFileWithoutTheFinishingPass_FindsEachProblem()
    {
        // The checker itself: PDFsharp's own save, with its compression on, has all three problems of issue 17.
        _ = TestRenderer.Renderer; // installs the font resolver and the licence
        using var document = new PdfSharp.Pdf.PdfDocument();
        var ua = PdfSharp.UniversalAccessibility.UAManager.ForDocument(document);
        var page = document.AddPage();
        using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
        {
            var font = new PdfSharp.Drawing.XFont("Atkinson Hyperlegible", 12);
            ua.StructureBuilder.BeginElement(PdfSharp.UniversalAccessibility.PdfBlockLevelElementTag.Paragraph);
            graphics.DrawString("One", font, PdfSharp.Drawing.XBrushes.Black, 50, 50);
            ua.StructureBuilder.End();
            ua.StructureBuilder.BeginArtifact();
            graphics.DrawLine(PdfSharp.Drawing.XPens.Black, 50, 60, 100, 60);
            ua.StructureBuilder.End();
        }
        using var output = new MemoryStream();
        document.Save(output);

        var problems = PdfConformance.Problems(output.ToArray());

        Assert.That(problems, Has.Some.Contains("pdfuaid"));
        Assert.That(problems, Has.Some.Contains("overlap"));
        Assert.That(problems, Has.Some.Contains("ends early"));
        Assert.That(problems, Has.Some.StartsWith("qpdf:"));
    }
}
