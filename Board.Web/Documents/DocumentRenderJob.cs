using Board.Core.Documents;
using Board.Core.Minutes;
using Board.Data.Documents;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Core.Meetings;
using Hangfire;

namespace Board.Web.Documents;

/// <summary>A PDF and how many pages it has.</summary>
/// <param name="SectionPages">The page (from 0) each section's heading is on, in the order of the sections.</param>
/// <param name="NotAccessible">The agenda pack's papers that have no tags ("Bus letter.pdf, for item 1. Buses"), ADR-022.</param>
public sealed record RenderedPdf(byte[] Content, int Pages, IReadOnlyList<int>? SectionPages = null, IReadOnlyList<string>? NotAccessible = null);

/// <summary>Lays out document content as a PDF. The content says what; the renderer decides how it looks.</summary>
public interface IPdfRenderer
{
    RenderedPdf Render(DocumentContent content);
}

/// <summary>
/// Renders the PDFs of a published agenda or published minutes, easy read and standard, and stores them. Runs as a
/// background job when something is published; running it again simply renders again, so a retry is safe. A
/// recurring sweep renders anything published whose PDFs are missing (for example after a restart lost the queue).
/// </summary>
public sealed class DocumentRenderJob(
    DocumentFactsLoader facts, IPdfRenderer renderer, EasyReadMinutesRenderer easyReadMinutes, Board.Data.Boards.BoardStore boards, DocumentStore documents,
    DocumentPartStore parts, MeetingStore meetings, MinutesStore minutes, TimeProvider clock, ILogger<DocumentRenderJob> logger)
{
    public async Task RenderAgendaAsync(long boardId, long meetingId)
    {
        if (await meetings.GetAsync(boardId, meetingId) is not { } meeting || !MeetingLifecycle.AgendaIsPublished(meeting.State)
            || await facts.AgendaAsync(boardId, meetingId) is not { } agenda)
            return;
        await SaveAsync(boardId, meetingId, DocumentKind.Agenda, AgendaDocuments.EasyRead(agenda, facts.Pictures));
        await SaveAsync(boardId, meetingId, DocumentKind.Agenda, AgendaDocuments.Standard(agenda, facts.Pictures));
    }

    public async Task RenderMinutesAsync(long boardId, long meetingId)
    {
        if (await minutes.GetAsync(boardId, meetingId) is not { State: MinutesState.Published } || await facts.MinutesAsync(boardId, meetingId, withPictureBytes: true) is not { } content)
            return;
        await SaveEasyReadMinutesAsync(boardId, meetingId, content);
        await SaveAsync(boardId, meetingId, DocumentKind.Minutes, MinutesDocuments.Standard(content, facts.Pictures));
    }

    // Over 24 pages, the easy read minutes are a summary (stored where the whole minutes would be) plus parts (ADR-022).
    // The parts are saved first, so the summary that lists them is never there before they are.
    private async Task SaveEasyReadMinutesAsync(long boardId, long meetingId, MinutesFacts content)
    {
        var started = clock.GetTimestamp();
        var rendered = easyReadMinutes.Render(content, facts.Pictures);
        var now = clock.GetUtcNow();
        await parts.ReplaceAsync(boardId, meetingId,
            rendered.Parts.Select(p => new NewDocumentPart(p.Part.Number, p.Part.Of, p.Part.FirstItem, p.Part.LastItem, p.Pdf.Content, p.Pdf.Pages)).ToList(), now);
        await documents.SaveAsync(boardId, meetingId, DocumentKind.Minutes, DocumentStyle.EasyRead, rendered.Document.Content, rendered.Document.Pages, now);
        logger.LogInformation("Rendered the easy read minutes of meeting {MeetingId}: {Pages} pages whole, {Parts} parts, in {Elapsed} ms.",
            meetingId, rendered.Split.WholePages, rendered.Parts.Count, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// Renders whatever is published but has a PDF missing, on every board. One document that fails is logged and
    /// left for the next sweep; it does not stop the others.
    /// </summary>
    public async Task RenderMissingAsync()
    {
        foreach (var boardId in (await boards.ListAsync()).Select(b => b.Id))
        {
            var have = (await documents.ListAsync(boardId)).Select(d => (d.MeetingId, d.Kind, d.Style)).ToHashSet();
            bool Complete(long meetingId, DocumentKind kind) =>
                Enum.GetValues<DocumentStyle>().All(style => have.Contains((meetingId, kind, style)));
            foreach (var meeting in await meetings.PublishedAsync(boardId))
                if (MeetingLifecycle.AgendaIsPublished(meeting.State) && !Complete(meeting.Id, DocumentKind.Agenda))
                    await TryAsync(meeting.Id, DocumentKind.Agenda, () => RenderAgendaAsync(boardId, meeting.Id));
            foreach (var meetingId in await minutes.PublishedMeetingsAsync(boardId))
                if (!Complete(meetingId, DocumentKind.Minutes))
                    await TryAsync(meetingId, DocumentKind.Minutes, () => RenderMinutesAsync(boardId, meetingId));
        }
    }

    private async Task TryAsync(long meetingId, DocumentKind kind, Func<Task> render)
    {
        try
        {
            await render();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not render the {Kind} of meeting {MeetingId}; the next sweep tries again.", kind, meetingId);
        }
    }

    private async Task SaveAsync(long boardId, long meetingId, DocumentKind kind, DocumentContent content)
    {
        var started = clock.GetTimestamp();
        var pdf = renderer.Render(content);
        await documents.SaveAsync(boardId, meetingId, kind, content.Style, pdf.Content, pdf.Pages, clock.GetUtcNow());
        logger.LogInformation("Rendered the {Style} {Kind} of meeting {MeetingId}: {Pages} pages, {Bytes} bytes in {Elapsed} ms.",
            content.Style, kind, meetingId, pdf.Pages, pdf.Content.Length, clock.GetElapsedTime(started).TotalMilliseconds);
    }
}

/// <summary>Queues the rendering when something is published; the page answers at once and the job does the work.</summary>
public sealed class DocumentJobs(IBackgroundJobClient jobs)
{
    public void Agenda(long boardId, long meetingId) => jobs.Enqueue<DocumentRenderJob>(job => job.RenderAgendaAsync(boardId, meetingId));

    public void Minutes(long boardId, long meetingId) => jobs.Enqueue<DocumentRenderJob>(job => job.RenderMinutesAsync(boardId, meetingId));
}
