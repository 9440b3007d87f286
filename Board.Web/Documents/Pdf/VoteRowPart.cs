using Board.Core.Documents;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>A vote's result: the picture on the left; the question, one line per answer (a drawn symbol, then "For: 9")
/// and the outcome on the right. The symbols are artifacts: the words beside them already say what they mean.</summary>
internal sealed class VoteRowPart : IDocumentPart
{
    private readonly VoteRow _row;
    private readonly LayoutContext _layout;
    private readonly TextRun _question;
    private readonly IReadOnlyList<(VoteTally Tally, TextRun Words)> _tallies;
    private readonly TextRun _outcome;

    public VoteRowPart(VoteRow row, LayoutContext layout)
    {
        _row = row;
        _layout = layout;
        var theme = layout.Theme;
        var width = PictureRowPart.TextWidth(theme);
        _question = layout.Wrap(row.Question, theme.BodyBold, width);
        _tallies = row.Tallies
            .Select(t => (t, layout.Wrap($"{t.Label}: {t.Votes}", theme.Body, width - SymbolSpace(theme))))
            .ToList();
        _outcome = layout.Wrap(row.Outcome, theme.Body, width);
        var textHeight = _question.Height + _tallies.Sum(t => t.Words.Height) + _outcome.Height + 2 * theme.ParagraphSpacing;
        Height = Math.Max(theme.PictureSize, textHeight);
    }

    public double Height { get; }

    private static double SymbolSpace(DocumentTheme theme) => theme.SymbolSize * 1.6;

    public void Draw(PageCanvas canvas, double top)
    {
        var theme = canvas.Theme;
        PictureRowPart.DrawPicture(canvas, _layout, _row.Row, top);
        var x = PictureRowPart.TextLeft(theme);
        var y = canvas.Text(PdfBlockLevelElementTag.Paragraph, _question, x, top) + theme.ParagraphSpacing;
        foreach (var (tally, words) in _tallies)
        {
            var size = theme.SymbolSize;
            var box = new XRect(x, y + (words.LineHeight - size) / 2, size, size);
            canvas.Artifact(g => VoteSymbols.Draw(g, theme, tally.Meaning, box));
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, words, x + SymbolSpace(theme), y);
        }
        canvas.Text(PdfBlockLevelElementTag.Paragraph, _outcome, x, y + theme.ParagraphSpacing);
    }
}
