using PdfSharp.Fonts;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Serves Atkinson Hyperlegible, the one family the documents use, to PDFsharp. It was designed for readers with low
/// vision, and its OFL licence allows embedding. The build copies the TTFs from npm into the output's fonts folder.
/// </summary>
internal sealed class DocumentFontResolver : IFontResolver
{
    public const string Family = "Atkinson Hyperlegible";
    private const string RegularFace = "AtkinsonHyperlegible-Regular";
    private const string BoldFace = "AtkinsonHyperlegible-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load("AtkinsonHyperlegible_400Regular.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("AtkinsonHyperlegible_700Bold.ttf"));
    private static readonly Lock InstallLock = new();

    /// <summary>PDFsharp has one resolver per process and will not take a second once fonts are in use.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFontResolver)
                GlobalFontSettings.FontResolver = new DocumentFontResolver();
        }
    }

    // Every family asked for maps to ours, so a stray default ("Arial") can never pull in a font we do not ship.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == BoldFace ? Bold.Value : Regular.Value;

    private static byte[] Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fonts", file);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The PDF font {file} is not in the build output. Building Board.Web copies it from the npm package @expo-google-fonts/atkinson-hyperlegible.", path);
        return File.ReadAllBytes(path);
    }
}
