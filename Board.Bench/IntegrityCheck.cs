using Board.Core.Voting;
using Board.Data.Database;
using Board.Data.Voting;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench;

/// <param name="Lost">Committed acks whose voter has no row in poll_voters or open_ballots.</param>
/// <param name="DuplicatedVoters">Voters with more than one row in open_ballot_history, though each sent one ballot (and retries reused its key).</param>
/// <param name="TallyMismatch">Sum over options of |committed acks for the option − the app's tally for it|.</param>
/// <param name="VoterRowMismatch">|committed acks − rows in poll_voters|.</param>
internal sealed record Integrity(int Lost, int DuplicatedVoters, int TallyMismatch, int VoterRowMismatch)
{
    public int Duplicated => DuplicatedVoters + TallyMismatch + VoterRowMismatch;
}

/// <summary>Compares what the clients were told with what the database holds. A test harness, so SQL is read here directly.</summary>
internal static class IntegrityCheck
{
    public static async Task<Integrity> RunAsync(IServiceProvider services, Poll poll, IReadOnlyList<BallotTiming> timings, IReadOnlyList<long> voterIds)
    {
        var committed = timings.Where(t => t.Ack is { Committed: true }).ToList();
        await using var connection = await services.GetRequiredService<BoardDatabase>().OpenAsync();
        var voted = (await connection.QueryAsync<long>("SELECT voter_id FROM poll_voters WHERE poll_id = @Id", new { poll.Id })).ToHashSet();
        var chosen = (await connection.QueryAsync<(long VoterId, long OptionId)>(
            "SELECT voter_id, option_id FROM open_ballots WHERE poll_id = @Id", new { poll.Id })).ToDictionary(r => r.VoterId, r => r.OptionId);
        var duplicatedVoters = await connection.ExecuteScalarAsync<int>(
            """
            SELECT COUNT(*) FROM (SELECT voter_id FROM open_ballot_history WHERE poll_id = @Id GROUP BY voter_id HAVING COUNT(*) > 1) AS repeated
            """, new { poll.Id });

        var lost = committed.Count(t => !voted.Contains(voterIds[t.Voter]) || !chosen.ContainsKey(voterIds[t.Voter]));
        var tally = await services.GetRequiredService<BallotStore>().TallyAsync(poll);
        var acked = committed.GroupBy(t => t.Ack!.OptionId ?? t.OptionId).ToDictionary(g => g.Key, g => g.Count());
        var tallyMismatch = tally.Sum(c => Math.Abs(acked.GetValueOrDefault(c.Option.Id) - c.Votes));
        return new Integrity(lost, duplicatedVoters, tallyMismatch, Math.Abs(committed.Count - voted.Count));
    }
}
