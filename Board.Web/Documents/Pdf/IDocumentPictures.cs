namespace Board.Web.Documents.Pdf;

/// <summary>The board's pictures, by key, as the JPEGs the PDF documents embed.</summary>
public interface IDocumentPictures
{
    bool Contains(string key);

    /// <summary>The picture's JPEG bytes. Throws <see cref="ArgumentException"/> naming the key when the set has no such picture.</summary>
    ReadOnlyMemory<byte> Jpeg(string key);
}
