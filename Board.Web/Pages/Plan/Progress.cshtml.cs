using Board.Core.Documents;
using Board.Core.Plans;
using Board.Data.Boards;
using Board.Data.Plans;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Plan;

/// <summary>The plan's progress for everyone, in easy read: each chapter with its picture and how its actions stand.</summary>
[AllowAnonymous]
public sealed class ProgressModel(BoardStore boards, PlanStore plans, DocumentFactsLoader facts, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    public string BoardName { get; private set; } = "";
    public Core.Plans.Plan? Plan { get; private set; }
    public IReadOnlyList<(Chapter Chapter, ChapterProgress Progress)> Progress { get; private set; } = [];

    /// <summary>The easy read plan report's "Hard words" list: the page explains the same words as the PDF (issue 17).</summary>
    public IReadOnlyList<string> HardWords { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        Plan = await plans.CurrentPlanAsync(BoardId);
        if (Plan is not null)
        {
            var chapters = await plans.ChaptersAsync(Plan.Id);
            var byChapter = PlanProgress.ByChapter(chapters, await plans.ActionsAsync(BoardId), clock.Today).ToDictionary(p => p.ChapterId);
            Progress = chapters.Select(c => (c, byChapter[c.Id])).ToList();
            if (await facts.PlanAsync(BoardId, clock.Today) is { } report)
                HardWords = DocumentHardWords.EntriesOf(PlanDocuments.EasyRead(report, facts.Pictures, facts.StatusPictures));
        }
        return Page();
    }
}
