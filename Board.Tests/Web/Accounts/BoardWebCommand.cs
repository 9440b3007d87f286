using System.Diagnostics;

namespace Board.Tests.Web.Accounts;

/// <summary>Runs the built app's command line as an operator would: <c>dotnet Board.Web.dll admin create …</c>.</summary>
public static class BoardWebCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataFolder, params string[] args)
    {
        // The tests run from Board.Tests/bin/<Configuration>/net10.0; the app is built beside them in Board.Web/bin.
        var testBin = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent.Parent!.Parent!.Parent!.FullName;
        var appBin = Path.Combine(root, "Board.Web", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appBin, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(appBin, "Board.Web.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        if (TestEngine.IsPostgres)
        {
            start.Environment["Storage__Provider"] = "PostgreSql";
            start.Environment["ConnectionStrings__Board"] = ProductionAppFactory.PostgresDatabaseFor(dataFolder);
        }
        start.Environment["PublicBaseUrl"] = ProductionAppFactory.PublicBaseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
