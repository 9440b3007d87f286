using System.Diagnostics;
using System.Globalization;
using Board.Web.Hubs;

namespace Board.Bench;

/// <summary>One ballot as the client saw it: when it was sent, when the answer came, and the answer (or the error).</summary>
internal sealed record BallotTiming(int Voter, long OptionId, long SentAt, long AnsweredAt, BallotAck? Ack, string? Error)
{
    public double LatencyMs => Stats.Ms(AnsweredAt - SentAt);
}

/// <summary>Latency percentiles in milliseconds (nearest rank), and throughput from the first send to the last answer.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double VotesPerSecond)
{
    public static LatencySummary Of(IReadOnlyList<BallotTiming> timings)
    {
        var answered = timings.Where(t => t.Error is null).ToList();
        if (answered.Count == 0)
            return new(0, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        var sorted = answered.Select(t => t.LatencyMs).Order().ToArray();
        var span = Stats.Ms(answered.Max(t => t.AnsweredAt) - answered.Min(t => t.SentAt));
        return new(answered.Count, Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 95), Stats.Percentile(sorted, 99), sorted[^1],
            span > 0 ? answered.Count / (span / 1000) : 0);
    }
}

internal static class Stats
{
    public static double Ms(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;

    public static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string F(double value, string format = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ratio(double real, double echo) => echo > 0 ? F(real / echo, real / echo >= 100 ? "0" : "0.0") + "×" : "n/a";
}
