using Board.Data.Plans;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Plan;

/// <summary>An update's evidence file, for the board's members, served as the kind it was checked to be and never run.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class EvidenceModel(PlanStore plans, AttachmentFiles files) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long UpdateId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await plans.EvidenceFileAsync(BoardId, UpdateId) is not { } file)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox";
        return PhysicalFile(files.PathOf(file), file.ContentType, file.FileName);
    }
}
