using System.Text.RegularExpressions;
using Board.Core.Voting;
using Board.Data.People;
using Board.Data.Voting;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage;

/// <summary>
/// The audit report: whether the whole log's hash chain is intact, and this board's entries, with a view of every
/// ballot cast for someone else (by a supporter or in the room).
/// </summary>
public sealed partial class AuditModel(AuditLog log, PersonStore people, PollStore polls, TimeProvider clock) : ManagePageModel(clock)
{
    /// <summary>Set when a secret poll's close could not empty the write-ahead log, and trying again here did not either.</summary>
    public string? LogNotEmptied { get; private set; }

    [FromQuery] public bool AssistedOnly { get; set; }
    public ChainCheck Check { get; private set; } = null!;
    public IReadOnlyList<(AuditEntry Entry, string Subject, string Details)> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await polls.RetryClearLogAsync(BoardId, Now);
        LogNotEmptied = await polls.LogNotEmptiedAsync(BoardId);
        Check = AuditChain.Verify(await log.AllAsync());
        var names = (await people.ListAsync(BoardId)).ToDictionary(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Name);
        string Named(string text) => PersonId().Replace(text, m => $"{m.Groups[1].Value}{names.GetValueOrDefault(m.Groups[2].Value, "someone")}");
        Entries = (await log.ForBoardAsync(BoardId))
            .Where(e => !AssistedOnly || (e.Kind == "ballot" && !e.Details.Contains("Cast by Member.", StringComparison.Ordinal)))
            .Take(500)
            .Select(e => (e, Named(e.Subject), Named(e.Details)))
            .ToList();
    }

    [GeneratedRegex(@"(voter:|person )(\d+)")]
    private static partial Regex PersonId();
}
