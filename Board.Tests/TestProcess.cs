using System.Runtime.CompilerServices;

namespace Board.Tests;

internal static class TestProcess
{
    /// <summary>
    /// Every test app would otherwise watch its settings files and web root with inotify. Linux allows 128 inotify
    /// instances per user, and a run starts a few hundred apps (one per fixture, and the pages' file providers), so
    /// later apps failed to start with "The configured user limit (128) on the number of inotify instances has been
    /// reached". Tests never change those files while an app runs: reloading is off and watching polls instead.
    /// </summary>
    [ModuleInitializer]
    internal static void Prepare()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }
}
