namespace Board.Web.Commands;

/// <summary>
/// Commands for the council's IT team, run instead of the web site: <c>dotnet Board.Web.dll admin create …</c>,
/// <c>backup</c>, <c>restore</c>.
/// Each verb is one line in <see cref="Verbs"/>; it gets the built app (its configuration and services, nothing
/// started) and the rest of the arguments, writes plain words to the console and returns the exit code.
/// </summary>
public static class BoardCommands
{
    private static readonly Dictionary<string, Func<WebApplication, string[], TextWriter, Task<int>>> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = AdminCommand.RunAsync,
        ["backup"] = (app, rest, _) => Task.FromResult(
            Operations.BackupCommand.Run(["backup", .. rest], app.Configuration, app.Services.GetRequiredService<Infrastructure.StorageOptions>())),
        ["restore"] = (app, rest, output) => Task.FromResult(
            Operations.RestoreCommand.Run(rest, app.Services.GetRequiredService<Infrastructure.StorageOptions>(), output, TimeProvider.System)),
    };

    /// <summary>Runs the command named by the first argument and returns its exit code; null when there is none (run the site).</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
            return null;
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Error.WriteLineAsync($"There is no command called \"{args[0]}\". Commands: {string.Join(", ", Verbs.Keys)}.");
            return 64; // EX_USAGE
        }
        return await verb(app, args[1..], Console.Out);
    }

    /// <summary>The value after <c>--name</c> in the arguments, or null.</summary>
    public static string? Option(string[] args, string name)
    {
        var at = Array.FindIndex(args, a => string.Equals(a, "--" + name, StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
