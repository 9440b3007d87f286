using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>A section's heading (H2) with a thin rule under it, kept on the page of the section's first block.</summary>
internal sealed class SectionHeadingPart : IDocumentPart
{
    private const double RuleGap = 6;
    private readonly TextRun _heading;

    public SectionHeadingPart(string heading, LayoutContext layout) =>
        _heading = layout.Wrap(heading, layout.Theme.SectionHeading, layout.Theme.ContentWidth);

    public double Height => _heading.Height + RuleGap;

    public void Draw(PageCanvas canvas, double top)
    {
        var theme = canvas.Theme;
        var y = canvas.Text(PdfBlockLevelElementTag.Heading2, _heading, theme.ContentLeft, top);
        canvas.Artifact(g => g.DrawLine(new XPen(theme.Rule, 1), theme.ContentLeft, y + RuleGap / 2, theme.ContentRight, y + RuleGap / 2));
    }
}
