using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Board.Web.Documents;

/// <summary>How the app hands out a PDF: shown in the browser, with a download name that says whose, when and what.</summary>
public static class PdfResponses
{
    /// <summary>For example "riverside-learning-disability-partnership-board-2026-10-12-easy-read-minutes.pdf".</summary>
    public static string FileName(string boardName, DateOnly date, string what) =>
        $"{Slug(boardName)}-{date:yyyy-MM-dd}-{what}";

    /// <summary>Inline, with the name in both forms (plain ASCII and UTF-8) so every browser offers it when saving.</summary>
    public static void Name(HttpResponse response, string fileName) =>
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = fileName, FileName = fileName }.ToString();

    /// <summary>
    /// A published PDF, with its fingerprint as the ETag: a browser or proxy that has it already gets "not modified".
    /// Published documents rarely change, but can be rendered again, and long minutes' summary and parts must change
    /// together: so every use asks again ("no-cache"), which costs only a "not modified" when nothing changed.
    /// </summary>
    public static IActionResult Published(HttpContext context, byte[] content, string sha256, string fileName)
    {
        var etag = new EntityTagHeaderValue($"\"{sha256}\"");
        context.Response.Headers.CacheControl = "public, no-cache";
        context.Response.Headers.ETag = etag.ToString();
        // A list, a weak tag or "*" all count, as HTTP says for If-None-Match.
        if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        Name(context.Response, fileName);
        return new FileContentResult(content, "application/pdf");
    }

    private static string Slug(string name) =>
        string.Join("-", name.ToLowerInvariant().Split(name.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
