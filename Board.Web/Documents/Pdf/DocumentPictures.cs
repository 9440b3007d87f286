using System.Collections.Concurrent;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Reads the JPEGs that the build rasterises from the picture set (copy-pictures.mjs writes
/// wwwroot/lib/pictures/pdf/{key}.jpg) once each, then serves them from memory.
/// </summary>
public sealed class DocumentPictures : IDocumentPictures
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _cache = new(StringComparer.Ordinal);

    /// <param name="root">The web root (the folder holding lib/) or the content root (the folder holding wwwroot/).</param>
    public DocumentPictures(string root)
    {
        var underWebRoot = Path.Combine(root, "lib", "pictures", "pdf");
        _folder = Directory.Exists(underWebRoot) ? underWebRoot : Path.Combine(root, "wwwroot", "lib", "pictures", "pdf");
    }

    public bool Contains(string key) => Load(key) is not null;

    public ReadOnlyMemory<byte> Jpeg(string key) =>
        Load(key) ?? throw new ArgumentException($"The picture \"{key}\" is not in the picture set (no {key}.jpg in {_folder}).", nameof(key));

    private byte[]? Load(string key)
    {
        // A key becomes a file name here, so anything that could leave the folder is simply not a picture.
        if (string.IsNullOrEmpty(key) || key.IndexOfAny(['/', '\\', '.']) >= 0)
            return null;
        return _cache.GetOrAdd(key, k => new Lazy<byte[]?>(() =>
        {
            var path = Path.Combine(_folder, k + ".jpg");
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        })).Value;
    }
}
