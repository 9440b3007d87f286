using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Board.Tests.Documents;

/// <summary>Where a piece of text was found: its page and its letters.</summary>
internal sealed record TextHit(int Page, IReadOnlyList<Letter> Letters, int End)
{
    public double Top => Letters.Max(l => l.BoundingBox.Top);
    public double Bottom => Letters.Min(l => l.BoundingBox.Bottom);
    public double Left => Letters.Min(l => l.BoundingBox.Left);
}

/// <summary>
/// A rendered PDF read back with PdfPig: the text of all pages as one string without whitespace (so a sentence
/// wrapped over two lines still matches), searchable in reading order, and the structure tree as tags.
/// </summary>
internal sealed class PdfReading : IDisposable
{
    private readonly List<(Letter Letter, int Page)> _letters = [];
    private readonly string _compact;

    public PdfReading(byte[] pdf)
    {
        Document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in Document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                foreach (var c in letter.Value.Where(c => !char.IsWhiteSpace(c)))
                {
                    text.Append(c);
                    _letters.Add((letter, page.Number));
                }
            }
        }
        _compact = text.ToString();
    }

    public PdfDocument Document { get; }

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The first place <paramref name="text"/> appears at or after <paramref name="from"/>, or null.</summary>
    public TextHit? Find(string text, int from = 0)
    {
        var compact = Compact(text);
        var at = _compact.IndexOf(compact, from, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var letters = _letters.Skip(at).Take(compact.Length).ToList();
        return new TextHit(letters[0].Page, letters.Select(l => l.Letter).Distinct().ToList(), at + compact.Length);
    }

    public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

    public IToken Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? Resolve(Document.Structure.GetObject(reference.Data).Data) : token;

    public IToken? Get(DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out IToken? value) ? Resolve(value) : null;

    public DictionaryToken? Dictionary(DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out IToken? value) ? Resolve(value) as DictionaryToken : null;

    /// <summary>Every structure element under the StructTreeRoot, depth first: the order a screen reader reads them.</summary>
    public IReadOnlyList<(string Tag, DictionaryToken Element)> StructureElements()
    {
        var root = Dictionary(Catalog, "StructTreeRoot") ?? throw new AssertionException("no StructTreeRoot");
        var found = new List<(string, DictionaryToken)>();
        Walk(root, found);
        return found;
    }

    private void Walk(DictionaryToken element, List<(string, DictionaryToken)> found)
    {
        if (!element.TryGet(NameToken.Create("K"), out IToken? kids))
            return;
        var list = Resolve(kids) is ArrayToken array ? array.Data.Select(Resolve) : [Resolve(kids)];
        foreach (var kid in list.OfType<DictionaryToken>())
        {
            if (Get(kid, "S") is NameToken tag)
            {
                found.Add((tag.Data, kid));
                Walk(kid, found);
            }
        }
    }

    public void Dispose() => Document.Dispose();
}
