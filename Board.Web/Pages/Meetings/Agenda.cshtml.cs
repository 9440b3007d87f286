using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The meeting and, once published, its agenda, for everyone. Before that only when and where are shown.</summary>
[AllowAnonymous]
public sealed class AgendaModel(AgendaViews views, BoardStore boards, Board.Data.Plans.PlanStore plans,
    Board.Data.Documents.DocumentStore documents, Board.Data.Documents.DocumentPartStore parts, Board.Data.Minutes.MinutesStore minutes, Documents.AgendaPacks packs) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public string BoardName { get; private set; } = "";
    public bool HasLogo { get; private set; }

    public bool Published => IsPublished(View.Meeting.State);

    /// <summary>The agenda's other forms (easy read, PDFs), and the minutes once they are published.</summary>
    public Documents.DocumentLinks? AgendaDocuments { get; private set; }
    public Documents.DocumentLinks? MinutesDocuments { get; private set; }

    /// <summary>The agenda pack's page count, if the pack of this version is already built (the page never builds it).</summary>
    public int? PackPages { get; private set; }

    /// <summary>The pack's papers without tags, once the pack is built (the page never builds it).</summary>
    public IReadOnlyList<string> PackNotAccessible { get; private set; } = [];

    /// <summary>The plan actions each item brings for review.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Core.Plans.PlanAction>> LinkedActions { get; private set; } =
        new Dictionary<long, IReadOnlyList<Core.Plans.PlanAction>>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view)
            return NotFound();
        View = view;
        BoardName = (await boards.GetAsync(BoardId))?.Name ?? "";
        HasLogo = await boards.HasLogoAsync(BoardId);
        var actions = (await plans.ActionsAsync(BoardId)).ToDictionary(a => a.Id);
        var linked = new Dictionary<long, IReadOnlyList<Core.Plans.PlanAction>>();
        foreach (var item in view.Accepted)
            linked[item.Id] = (await plans.ActionsForItemAsync(item.Id)).Select(id => actions[id]).ToList();
        LinkedActions = linked;
        var pdfs = (await documents.ListAsync(BoardId)).Where(d => d.MeetingId == MeetingId).ToList();
        AgendaDocuments = new(BoardId, MeetingId, Board.Data.Documents.DocumentKind.Agenda, pdfs);
        if (Published)
        {
            var pack = await packs.KnownPackAsync(BoardId, MeetingId);
            (PackPages, PackNotAccessible) = (pack?.Pages, pack?.NotAccessible ?? []);
        }
        if (await minutes.GetAsync(BoardId, MeetingId) is { State: Core.Minutes.MinutesState.Published })
            MinutesDocuments = new(BoardId, MeetingId, Board.Data.Documents.DocumentKind.Minutes, pdfs, await parts.ListAsync(BoardId, MeetingId));
        return Page();
    }

    public static bool IsPublished(MeetingState state) => MeetingLifecycle.AgendaIsPublished(state);
}
