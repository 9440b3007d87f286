using Board.Web.Documents.Pdf;

namespace Board.Web.Documents;

public static class DocumentRenderingExtensions
{
    /// <summary>The PDF renderer and the pictures it draws, both singletons: the pictures are read from disk once,
    /// and the renderer holds no state between renders.</summary>
    /// <param name="webRootOrContentRoot">The folder holding lib/pictures/png, or the one holding wwwroot/.</param>
    public static IServiceCollection AddDocumentRendering(this IServiceCollection services, string webRootOrContentRoot)
    {
        services.AddSingleton<IDocumentPictures>(new DocumentPictures(webRootOrContentRoot));
        services.AddSingleton<PdfDocumentRenderer>();
        services.AddSingleton<IPdfRenderer>(provider => provider.GetRequiredService<PdfDocumentRenderer>());
        services.AddSingleton<EasyReadMinutesRenderer>();
        services.AddSingleton<AgendaPackRenderer>();
        services.AddMemoryCache();
        services.AddSingleton<AgendaPacks>();
        services.AddSingleton<YearReports>();
        return services;
    }
}
