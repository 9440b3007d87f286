using System.Globalization;
using Board.Core.Meetings;
using Board.Core.Payments;
using Board.Data.Meetings;
using Board.Data.Payments;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>
/// The easy read claim after a meeting, made by the person or their supporter with them, pre-filled from the
/// attendance. A queried claim opens here again with the question, to answer, change and send back.
/// </summary>
// Receipts are photos or PDFs of at most 5 MB each, three at a time: the body is capped before it is read.
[RequestSizeLimit(16 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RateLimits.Uploads)]
public sealed class ClaimModel(ClaimViewers viewers, ClaimStore claims, InvolvementStore involvement, MeetingStore meetings,
    AttendanceStore attendance, ReceiptFiles receipts, TimeProvider clock) : PaymentsPageModel(viewers)
{
    [FromRoute] public long PayeeId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public ClaimForm Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Receipts { get; set; } = [];
    [BindProperty] public long SeenVersion { get; set; }
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<Rate> TimeRates { get; private set; } = [];
    public Rate? PrepRate { get; private set; }
    public InvolvementClaim? Existing { get; private set; }
    public string? Problem { get; private set; }

    public sealed class ClaimForm
    {
        public RateKind? TimeKind { get; set; }
        public string? Hours { get; set; }
        public bool Preparation { get; set; }
        public string? Travel { get; set; }
        public string? Carer { get; set; }
        public string? Note { get; set; }
        public string? Answer { get; set; }
    }

    /// <summary>True when the form should show (the person came, and there is no claim or it was queried).</summary>
    public bool CanSend => Problem is null && (Existing is null || ClaimRules.CanAmend(Existing.State));

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
            return refused;
        if (Existing is { } claim)
        {
            Input = new ClaimForm
            {
                TimeKind = claim.Input.TimeKind,
                Hours = Hours(claim.Input.Minutes),
                Preparation = claim.Input.Preparation,
                Travel = Money.ForInput(claim.Input.TravelPence),
                Carer = Money.ForInput(claim.Input.CarerPence),
                Note = claim.Note,
            };
            SeenVersion = claim.Version;
            return Page();
        }
        var mark = (await attendance.ForMeetingAsync(MeetingId)).SingleOrDefault(a => a.PersonId == Payee.Id);
        Input = new ClaimForm
        {
            TimeKind = TimeRates.FirstOrDefault()?.Kind,
            Hours = Hours(ClaimRules.AttendedMinutes(Meeting.StartsAt, Meeting.EndsAt, mark?.ArrivedAt, mark?.LeftAt)),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
            return refused;
        if (!CanSend)
            return Page();
        var input = Read();
        foreach (var problem in await ReceiptFiles.CheckAsync(Receipts))
            ModelState.AddModelError(nameof(Receipts), problem);
        if (!ModelState.IsValid || input is null)
            return Page();
        var stored = await receipts.StoreAsync(Receipts);
        var note = Trimmed(Input.Note);
        var result = Existing is { } claim
            ? await claims.AmendAsync(BoardId, claim.Id, Payee.Id, input, note, Trimmed(Input.Answer), stored, SeenVersion, clock.GetUtcNow())
            : await claims.SubmitAsync(BoardId, MeetingId, Payee.Id, input, note, stored, Viewer.PersonId, clock.GetUtcNow());
        if (!result.Saved)
        {
            receipts.Delete(stored);
            Problem = string.Join(" ", result.Errors.Where(e => e.Field == "Meeting").Select(e => e.Message + "."));
            if (Problem.Length == 0)
                Problem = null;
            AddErrors(result.Errors.Where(e => e.Field != "Meeting"));
            return Page();
        }
        Saved = "The claim is sent. Someone will check it and tell you.";
        return Redirect($"/boards/{BoardId}/payments/people/{PayeeId}");
    }

    /// <summary>The form as a claim, or null with the field messages added.</summary>
    private ClaimInput? Read()
    {
        if (Input.TimeKind is not { } kind || TimeRates.All(r => r.Kind != kind))
            ModelState.AddModelError("Input.TimeKind", "Choose what you are claiming for");
        var minutes = 0;
        if (Input.TimeKind == RateKind.PerHour)
        {
            if (!decimal.TryParse(Input.Hours?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours)
                || hours <= 0 || hours > ClaimRules.MaxMinutes / 60m)
                ModelState.AddModelError("Input.Hours", $"Enter the hours you spent, like 2 or 2.5, up to {ClaimRules.MaxMinutes / 60}");
            else
                minutes = (int)Math.Round(hours * 60);
        }
        var (travel, travelProblem) = Money.Parse(Input.Travel, "the travel cost");
        if (travelProblem is not null)
            ModelState.AddModelError("Input.Travel", travelProblem);
        var (carer, carerProblem) = Money.Parse(Input.Carer, "the cost of your carer or assistant");
        if (carerProblem is not null)
            ModelState.AddModelError("Input.Carer", carerProblem);
        if (Input.Note?.Length > ClaimRules.MaxReasonLength)
            ModelState.AddModelError("Input.Note", $"Write {ClaimRules.MaxReasonLength} letters or fewer");
        if (Input.Answer?.Length > ClaimRules.MaxReasonLength)
            ModelState.AddModelError("Input.Answer", $"Write {ClaimRules.MaxReasonLength} letters or fewer");
        return ModelState.IsValid
            ? new ClaimInput(Input.TimeKind!.Value, minutes, Input.Preparation && PrepRate is not null, travel ?? 0, carer ?? 0)
            : null;
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await PayeeAsync(PayeeId, MayClaim) is { } refused)
            return refused;
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        Meeting = meeting;
        var day = DateOnly.FromDateTime(meeting.StartsAt);
        var rates = await involvement.RatesAsync(BoardId);
        TimeRates = Rates.InForceOn(rates, day).Where(r => r.Kind != RateKind.Preparation).ToList();
        PrepRate = Rates.InForce(rates, RateKind.Preparation, day);
        Existing = (await claims.ForPersonAsync(BoardId, Payee.Id)).SingleOrDefault(c => c.MeetingId == MeetingId);
        if (Existing is null)
        {
            var came = (await attendance.ForMeetingAsync(MeetingId)).Any(a => a.PersonId == Payee.Id && a.Mark is AttendanceMark.InRoom or AttendanceMark.Online);
            Problem = !ClaimRules.IsOver(meeting.State) ? "You can claim when the meeting has finished."
                : !came ? "You were not at this meeting, so you cannot claim for it. Ask the coordinator if this is wrong."
                : TimeRates.Count == 0 ? "The board has no rates for the day of this meeting yet. Ask the coordinator."
                : null;
        }
        else if (!ClaimRules.CanAmend(Existing.State))
            Problem = "You have already claimed for this meeting. You can only claim once for each meeting.";
        return null;
    }

    private static string Hours(int minutes) => (minutes / 60m).ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
