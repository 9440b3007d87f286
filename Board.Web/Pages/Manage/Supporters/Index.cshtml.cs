using System.Globalization;
using Board.Core.Composition;
using Board.Data.People;
using Board.Data.Supporters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Manage.Supporters;

/// <summary>Which supporter may help which Rep. An assisted vote later is only allowed along one of these links.</summary>
public sealed class IndexModel(SupporterLinkStore links, PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public LinkInput Input { get; set; } = new();
    public IReadOnlyList<SupporterLinkListing> Links { get; private set; } = [];
    public IReadOnlyList<Person> Supporters { get; private set; } = [];
    public IReadOnlyList<Person> Reps { get; private set; } = [];

    public sealed class LinkInput
    {
        public long? SupporterId { get; set; }
        public long? RepId { get; set; }
    }

    public IEnumerable<SelectListItem> SupporterChoices => Supporters.Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture)));
    public IEnumerable<SelectListItem> RepChoices => Reps.Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture)));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        if (Supporters.All(p => p.Id != Input.SupporterId))
            ModelState.AddModelError("Input.SupporterId", "Choose a supporter from this board");
        if (Reps.All(p => p.Id != Input.RepId))
            ModelState.AddModelError("Input.RepId", "Choose a Rep from this board");
        if (ModelState.IsValid && await links.ExistsAsync(Input.SupporterId!.Value, Input.RepId!.Value))
            ModelState.AddModelError("Input.RepId", "This supporter can already help this Rep");
        if (!ModelState.IsValid)
            return Page();
        await links.AddAsync(Input.SupporterId!.Value, Input.RepId!.Value);
        Saved = "The supporter can now help this Rep.";
        return Redirect(ManagePath("/supporters"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(long linkId)
    {
        if (!await links.RemoveAsync(BoardId, linkId))
            return NotFound();
        Saved = "The supporter can no longer help this Rep.";
        return Redirect(ManagePath("/supporters"));
    }

    private async Task LoadAsync()
    {
        var everyone = await people.ListAsync(BoardId);
        Supporters = everyone.Where(p => p.Role == Role.Supporter).ToList();
        Reps = everyone.Where(p => p.Role == Role.Rep).ToList();
        Links = await links.ListAsync(BoardId);
    }
}
