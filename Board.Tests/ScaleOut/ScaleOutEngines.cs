namespace Board.Tests.ScaleOut;

/// <summary>
/// The throwaway PostgreSQL and Redis the scale-out tests need. They are never skipped: without the engines they fail
/// and say how to start them.
/// </summary>
internal static class ScaleOutEngines
{
    private const string HowToRun =
        "Run the tests with ./test.sh, which starts a throwaway PostgreSQL and Redis, or start them yourself: "
        + "eval \"$(scripts/test-engines.sh start)\" (and scripts/test-engines.sh stop \"$BOARD_TEST_ENGINES\" afterwards).";

    /// <summary>The PostgreSQL server's administrative connection string (no database named).</summary>
    public static string Postgres =>
        Environment.GetEnvironmentVariable("BOARD_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new AssertionException("BOARD_TEST_POSTGRES is not set, so there is no PostgreSQL to test on. " + HowToRun);

    /// <summary>host:port of the Redis server.</summary>
    public static string Redis =>
        Environment.GetEnvironmentVariable("BOARD_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new AssertionException("BOARD_TEST_REDIS is not set, so there is no Redis to test on. " + HowToRun);
}
