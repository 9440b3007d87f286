using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Memberships;
using Board.Data.People;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Manage.Memberships;

/// <summary>What the membership pages need to show the form and to check a membership against the board's rules.</summary>
public sealed class MembershipForm(ConstitutionStore constitutions, PersonStore people, GroupStore groups, MembershipStore memberships)
{
    public Constitution Constitution { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];
    public IReadOnlyList<SelfAdvocacyGroup> Groups { get; private set; } = [];
    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public IEnumerable<SelectListItem> SeatChoices => Constitution.SeatTypes.Select(s =>
        new SelectListItem($"{s.Name} ({(s.Votes ? "votes" : "does not vote")})", s.Code));

    public IEnumerable<SelectListItem> PersonChoices => People.Select(p => new SelectListItem($"{p.Name} ({Roles.PlainName(p.Role)})", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> GroupChoices => Groups.Select(g => new SelectListItem(g.Name, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<bool> LoadAsync(long boardId)
    {
        if (await constitutions.LoadAsync(boardId) is not { } constitution)
            return false;
        Constitution = constitution;
        People = await people.ListAsync(boardId);
        Groups = await groups.ListAsync(boardId);
        Memberships = await memberships.ListAsync(boardId);
        return true;
    }

    /// <summary>Checks the input with the Core rule. Returns the membership to save, or null when there are errors.</summary>
    public Membership? Check(long boardId, long? existingId, MembershipInput input, Action<string, string> addError)
    {
        var person = People.FirstOrDefault(p => p.Id == input.PersonId);
        if (person is null)
            addError(nameof(input.PersonId), "Choose a person from this board");
        var dates = input.ParseDates(addError);
        if (person is null || dates is null || input.SeatCode is null)
            return null;

        // Store the seat code as the constitution spells it, whatever case was posted.
        var seatCode = Constitution.FindSeat(input.SeatCode)?.Code ?? input.SeatCode;
        var draft = new MembershipDraft(existingId, person, seatCode, dates.Value.From, dates.Value.To, input.IsCoChair, input.ElectedByGroupId);
        var errors = MembershipRules.Validate(draft, Constitution, Memberships, Groups.Select(g => g.Id).ToList());
        foreach (var error in errors)
            addError(error.Field, error.Message);
        return errors.Count > 0 ? null : new Membership(existingId ?? 0, boardId, person.Id, seatCode, dates.Value.From, dates.Value.To, input.IsCoChair, input.ElectedByGroupId);
    }
}
