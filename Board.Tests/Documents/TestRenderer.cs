using Board.Web.Documents.Pdf;

namespace Board.Tests.Documents;

/// <summary>One renderer over the pictures the build rasterised into Board.Web/wwwroot, shared by the document tests.</summary>
internal static class TestRenderer
{
    public static DocumentPictures Pictures { get; } = new(Path.Combine(RepoRoot(), "Board.Web", "wwwroot"));

    public static PdfDocumentRenderer Renderer { get; } = new(Pictures);

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartnershipBoard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException("PartnershipBoard.sln not found above the test folder");
    }
}
