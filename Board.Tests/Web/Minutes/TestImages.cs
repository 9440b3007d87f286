using System.Buffers.Binary;
using System.IO.Compression;

namespace Board.Tests.Web.Minutes;

/// <summary>Real, small image files made in the test, so uploads carry genuine PNG bytes.</summary>
internal static class TestImages
{
    /// <summary>A valid RGB PNG of one colour, <paramref name="width"/> by <paramref name="height"/>.</summary>
    /// <param name="bitDepth">8, or 16 as photo editors sometimes save (each sample then takes two bytes).</param>
    public static byte[] Png(int width, int height, byte red = 0x1d, byte green = 0x70, byte blue = 0xb8, byte bitDepth = 8)
    {
        using var raw = new MemoryStream();
        byte[] pixel = bitDepth == 16 ? [red, red, green, green, blue, blue] : [red, green, blue];
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // no filter
            for (var x = 0; x < width; x++)
                raw.Write(pixel);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            raw.WriteTo(zlib);

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The start of a Windows program: what a renamed program looks like from its bytes.</summary>
    public static byte[] Program() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Posts the item's notes with a file, as the browser's multipart form does.</summary>
    public static async Task<HttpResponseMessage> PostNotesWithPictureAsync(HttpClient client, string path, byte[] file, string fileName, string? alt)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, path);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in MinutesScenario.Notes())
            form.Add(new StringContent(value), name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (alt is not null)
            form.Add(new StringContent(alt), "OwnPictureAlt");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(content, "OwnPicture", fileName);
        return await client.PostAsync(path, form);
    }
}
