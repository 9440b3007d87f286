using Board.Data.Interests;
using Board.Data.Memberships;

namespace Board.Web.Pages.Manage.Interests;

/// <summary>The board's register of interests, for the coordinator: every member, what they wrote, and when they last checked it.</summary>
public sealed class IndexModel(InterestStore register, MemberQueries members, TimeProvider clock) : ManagePageModel(clock)
{
    public IReadOnlyList<MemberListing> Members { get; private set; } = [];
    public IReadOnlyList<InterestEntry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<long, DateOnly> Reviewed { get; private set; } = new Dictionary<long, DateOnly>();

    public async Task OnGetAsync()
    {
        Members = [.. (await members.CurrentAsync(BoardId, Today)).DistinctBy(m => m.PersonId).OrderBy(m => m.PersonName)];
        Entries = await register.ForBoardAsync(BoardId);
        Reviewed = await register.ReviewsAsync(BoardId);
    }
}
