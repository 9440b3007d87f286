namespace Board.Web.Documents.Pdf;

/// <summary>One piece of a page, measured when it is made so that the page flow can decide where it goes before anything is drawn.</summary>
internal interface IDocumentPart
{
    double Height { get; }

    void Draw(PageCanvas canvas, double top);
}

/// <summary>
/// A part that may be cut between its entries, used only when it is taller than a whole page (a long list of who came):
/// the rule that a block is never split gives way to not losing words off the bottom of the page.
/// </summary>
internal interface ISplittablePart : IDocumentPart
{
    /// <summary>The longest first piece that fits in <paramref name="height"/> and the rest, or null if not even one entry fits.</summary>
    (IDocumentPart First, IDocumentPart Remainder)? Split(double height);
}
