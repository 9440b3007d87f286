using Board.Core.Composition;
using Board.Data.Memberships;
using Board.Data.People;

namespace Board.Web.Pages.Manage.People;

public sealed class IndexModel(PersonStore people, MemberQueries members, PersonArchiveStore archive, TimeProvider clock) : ManagePageModel(clock)
{
    public IReadOnlyList<Person> People { get; private set; } = [];
    public ILookup<long, MemberListing> Seats { get; private set; } = null!;
    public IReadOnlySet<long> Archived { get; private set; } = new HashSet<long>();

    public async Task OnGetAsync()
    {
        People = await people.ListAsync(BoardId);
        Seats = (await members.AllAsync(BoardId)).ToLookup(m => m.PersonId);
        Archived = await archive.ArchivedIdsAsync(BoardId);
    }
}
