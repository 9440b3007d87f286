using Board.Core.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Every size, space and colour of a document, one set per style, so the parts never pick their own. Easy read sizes
/// follow Mencap's "Am I making myself clear?" and the Easy Read standard: 16 pt or more, a picture at the left of
/// each idea, lots of white space. All lengths are in points (1 cm = 28.35 pt).
/// </summary>
internal sealed class DocumentTheme
{
    public const double Cm = 72 / 2.54;

    private DocumentTheme(DocumentStyle style) => Style = style;

    public DocumentStyle Style { get; }

    public XSize PageSize { get; } = new(21 * Cm, 29.7 * Cm);
    public double Margin { get; private init; }
    public double BottomMargin { get; private init; }
    public double ContentLeft => Margin;
    public double ContentRight => PageSize.Width - Margin;
    public double ContentWidth => ContentRight - ContentLeft;
    public double ContentTop => Margin;
    public double ContentBottom => PageSize.Height - BottomMargin;

    public required XFont Body { get; init; }
    public required XFont BodyBold { get; init; }
    public required XFont SectionHeading { get; init; }
    public required XFont BlockHeading { get; init; }
    public required XFont CoverTitle { get; init; }
    public required XFont CoverText { get; init; }
    public required XFont PageNumber { get; init; }

    /// <summary>Line height as a multiple of the type size: generous for easy read, where lines must not crowd.</summary>
    public double LineSpacing { get; private init; }
    public double ParagraphSpacing { get; private init; }
    public double BlockSpacing { get; private init; }
    public double SectionSpacing { get; private init; }
    public double HeadingSpacing { get; private init; }

    /// <summary>The picture beside each row: at least 3 cm for easy read, smaller beside the standard style's prose.</summary>
    public double PictureSize { get; private init; }
    public double PictureGap { get; private init; }
    public double CoverPictureSize { get; private init; }
    public double SymbolSize { get; private init; }

    public XBrush Text { get; } = new XSolidBrush(XColor.FromArgb(0x0B, 0x0C, 0x0C));
    public XColor ForColour { get; } = XColor.FromArgb(0x00, 0x70, 0x3C);
    public XColor AgainstColour { get; } = XColor.FromArgb(0xD4, 0x35, 0x1C);
    public XColor OtherColour { get; } = XColor.FromArgb(0x1D, 0x70, 0xB8);
    public XColor Rule { get; } = XColor.FromArgb(0xB1, 0xB4, 0xB6);

    public double LineHeight(XFont font) => font.Size * LineSpacing;

    /// <summary>A theme holds its own fonts, so each render builds one and nothing is shared between threads.</summary>
    public static DocumentTheme For(DocumentStyle style) => style switch
    {
        DocumentStyle.EasyRead => new DocumentTheme(style)
        {
            Body = Font(18),
            BodyBold = Font(18, bold: true),
            SectionHeading = Font(28, bold: true),
            BlockHeading = Font(22, bold: true),
            CoverTitle = Font(44, bold: true),
            CoverText = Font(26),
            PageNumber = Font(16),
            Margin = 1.5 * Cm,
            BottomMargin = 2.0 * Cm,
            // Denser than at first (1.4 lines, 24 pt between rows, 3.2 cm pictures, 1.8 cm margins) so a meeting of 40 items fits
            // the 24 pages of issue 17 (ADR-022); still 18 pt text, a 3 cm picture and a clear gap between rows.
            LineSpacing = 1.3,
            ParagraphSpacing = 3,
            BlockSpacing = 14,
            SectionSpacing = 10,
            HeadingSpacing = 4,
            PictureSize = 3.0 * Cm,
            PictureGap = 0.8 * Cm,
            CoverPictureSize = 6 * Cm,
            SymbolSize = 18,
        },
        DocumentStyle.Standard => new DocumentTheme(style)
        {
            Body = Font(12),
            BodyBold = Font(12, bold: true),
            SectionHeading = Font(18, bold: true),
            BlockHeading = Font(14, bold: true),
            CoverTitle = Font(30, bold: true),
            CoverText = Font(16),
            PageNumber = Font(11),
            Margin = 2.5 * Cm,
            BottomMargin = 2.5 * Cm,
            LineSpacing = 1.35,
            ParagraphSpacing = 6,
            BlockSpacing = 14,
            SectionSpacing = 10,
            HeadingSpacing = 4,
            PictureSize = 1.6 * Cm,
            PictureGap = 0.5 * Cm,
            CoverPictureSize = 3.5 * Cm,
            SymbolSize = 11,
        },
    };

    // Unicode encoding writes a ToUnicode map, so screen readers and copy-and-paste get the real text.
    private static XFont Font(double size, bool bold = false) =>
        new(DocumentFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
