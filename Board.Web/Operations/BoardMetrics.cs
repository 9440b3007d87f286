using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Server;

namespace Board.Web.Operations;

/// <summary>
/// The app's own measurements (meter "PartnershipBoard"), exported only when telemetry is on (TelemetryExtensions):
/// ballots counted and how long each took to acknowledge, hub connections open, job runs and failures.
/// </summary>
public static class BoardMetrics
{
    public const string MeterName = "PartnershipBoard";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Ballots = Meter.CreateCounter<long>("pb.ballots", "{ballot}", "Ballots committed and acknowledged");
    public static readonly Histogram<double> BallotAckLatency = Meter.CreateHistogram<double>("pb.ballot.ack_latency", "ms", "Time from a ballot arriving to its acknowledgement");
    public static readonly UpDownCounter<long> HubConnections = Meter.CreateUpDownCounter<long>("pb.hub.connections", "{connection}", "Live-vote connections open");
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("pb.jobs.runs", "{run}", "Background job runs");
    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("pb.jobs.failures", "{run}", "Background job runs that failed");

    /// <summary>Counts Hangfire job runs and failures, by job class.</summary>
    public sealed class JobFilter : Hangfire.Common.JobFilterAttribute, IServerFilter
    {
        public void OnPerforming(PerformingContext context) => context.Items["pb.started"] = Stopwatch.GetTimestamp();

        public void OnPerformed(PerformedContext context)
        {
            var job = new KeyValuePair<string, object?>("job", context.BackgroundJob.Job.Type.Name);
            JobRuns.Add(1, job);
            if (context.Exception is not null && !context.ExceptionHandled)
                JobFailures.Add(1, job);
        }
    }
}
