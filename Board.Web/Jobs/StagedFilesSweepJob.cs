using Board.Web.Meetings;

namespace Board.Web.Jobs;

/// <summary>Removes kept files of "Send an item" forms nobody sent in time (ADR-014), even on days nobody sends one.</summary>
public sealed class StagedFilesSweepJob(StagedFiles staged, ILogger<StagedFilesSweepJob> logger)
{
    public async Task<int> RunAsync()
    {
        var removed = await staged.SweepAsync();
        if (removed > 0)
            logger.LogInformation("Removed {Count} kept files nobody sent in time", removed);
        return removed;
    }
}
