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

    private static string Slug(string name) =>
        string.Join("-", name.ToLowerInvariant().Split(name.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
