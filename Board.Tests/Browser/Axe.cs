using System.Text.Json;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>Runs axe-core (from npm, in Board.Web/node_modules) on the page for the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(RepoRoot(), "Board.Web", "node_modules", "axe-core", "axe.min.js")));

    public static async Task AssertNoViolationsAsync(IPage page) =>
        Assert.That(await ViolationsAsync(page), Is.Empty, $"axe-core found accessibility problems on {page.Url}");

    public static async Task<List<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, not added as an inline <script>: the pages' CSP forbids
        // inline scripts, and the test should not need to loosen it.
        await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return result.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }));
            }
            """);
        return json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }

    public static string RepoRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartnershipBoard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException("PartnershipBoard.sln not found above the test folder");
    }
}
