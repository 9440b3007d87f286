using System.Text.Json;

namespace Board.Web.Pictures;

public sealed record Picture(string Key, string Label, string Code)
{
    public string Url => $"/lib/pictures/{Key}.svg";
}

/// <summary>
/// The pictures people choose from for agenda items, glossary words and (later) easy-read documents. The list is
/// <c>pictures.json</c>; the build copies each picture from the OpenMoji npm package into wwwroot.
/// </summary>
public sealed class PictureSet
{
    private readonly Dictionary<string, Picture> _byKey;

    public PictureSet(IEnumerable<Picture> pictures)
    {
        All = pictures.ToList();
        _byKey = All.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<Picture> All { get; }

    public bool Contains(string? key) => key is not null && _byKey.ContainsKey(key);

    public Picture? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var picture) ? picture : null;

    public static PictureSet Load(string contentRoot)
    {
        using var stream = File.OpenRead(Path.Combine(contentRoot, "pictures.json"));
        var file = JsonSerializer.Deserialize<PictureFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                   ?? throw new InvalidOperationException("pictures.json is empty.");
        return new PictureSet(file.Pictures);
    }

    private sealed record PictureFile(string Source, List<Picture> Pictures);
}

/// <summary>What the shared picture chooser needs: the form field, its question, the current choice and the pictures.</summary>
public sealed record PictureChoice(string FieldName, string Legend, string? Selected, IReadOnlyList<Picture> Pictures);
