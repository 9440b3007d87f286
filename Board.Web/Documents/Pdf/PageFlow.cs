namespace Board.Web.Documents.Pdf;

/// <summary>Where a part goes: which page, and how far down.</summary>
internal sealed record Placement(IDocumentPart Part, double Top);

/// <summary>
/// Lays measured parts onto pages before anything is drawn, so the page count is known when the first page is drawn
/// ("Page 1 of 9") and PDFsharp's tagging, which follows the current page only, sees each page once, in order.
/// A part that does not fit in what is left of a page starts the next page; it is never split.
/// </summary>
internal sealed class PageFlow(DocumentTheme theme)
{
    private readonly List<List<Placement>> _pages = [[]];
    private readonly List<(IDocumentPart Part, double SpaceBefore)> _waiting = [];
    private double _y = theme.ContentTop;

    private List<Placement> Page => _pages[^1];
    private double Bottom => theme.ContentBottom;

    /// <summary>Adds a part below the last. <paramref name="keepWithNext"/> holds a heading back until the part under it
    /// is added, so a heading never ends a page on its own.</summary>
    public void Add(IDocumentPart part, double spaceBefore, bool keepWithNext = false)
    {
        _waiting.Add((part, spaceBefore));
        if (!keepWithNext)
            PlaceWaiting();
    }

    /// <summary>Starts a new page unless the current one is still empty.</summary>
    public void NewPage()
    {
        PlaceWaiting();
        if (Page.Count > 0)
            StartPage();
    }

    public IReadOnlyList<IReadOnlyList<Placement>> Finish()
    {
        PlaceWaiting();
        if (Page.Count == 0 && _pages.Count > 1)
            _pages.RemoveAt(_pages.Count - 1);
        return _pages;
    }

    private void PlaceWaiting()
    {
        if (_waiting.Count == 0)
            return;
        var group = _waiting.ToList();
        _waiting.Clear();

        if (!Fits(group) && Page.Count > 0)
            StartPage();
        if (Fits(group) || group[^1].Part is not ISplittablePart)
        {
            foreach (var (part, space) in group)
                Place(part, space);
            return;
        }

        // Taller than a whole page: the only case where a part is cut, between its entries.
        foreach (var (part, space) in group.SkipLast(1))
            Place(part, space);
        var (rest, spaceBefore) = group[^1];
        while (true)
        {
            var gap = Page.Count == 0 ? 0 : spaceBefore;
            if (_y + gap + rest.Height <= Bottom || rest is not ISplittablePart splittable)
            {
                Place(rest, spaceBefore);
                return;
            }
            if (splittable.Split(Bottom - _y - gap) is var (first, remainder))
            {
                Place(first, spaceBefore);
                rest = remainder;
            }
            else if (Page.Count == 0)
            {
                Place(rest, spaceBefore);
                return;
            }
            StartPage();
        }
    }

    private bool Fits(List<(IDocumentPart Part, double SpaceBefore)> group)
    {
        var height = group.Sum(g => g.SpaceBefore + g.Part.Height) - (Page.Count == 0 ? group[0].SpaceBefore : 0);
        return _y + height <= Bottom;
    }

    private void Place(IDocumentPart part, double spaceBefore)
    {
        if (Page.Count > 0)
            _y += spaceBefore;
        Page.Add(new Placement(part, _y));
        _y += part.Height;
    }

    private void StartPage()
    {
        _pages.Add([]);
        _y = theme.ContentTop;
    }
}
