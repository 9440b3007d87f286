using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Notifications;
using Board.Data.People;

namespace Board.Web.Meetings;

/// <summary>Keeps a co-chair's "Not yet, I have a question" and tells the board's coordinators, with a link to where they act on it.</summary>
public sealed class CoChairQuestionNotices(CoChairQuestionStore questions, PersonStore people, NotificationStore notifications)
{
    public async Task<bool> AskAsync(long boardId, long meetingId, long personId, QuestionAbout about, string question, DateTimeOffset now)
    {
        var comment = question.Trim();
        if (!await questions.AskAsync(boardId, meetingId, personId, about, comment, now))
            return false;
        var everyone = await people.ListAsync(boardId);
        var name = everyone.FirstOrDefault(p => p.Id == personId)?.Name ?? "A co-chair";
        var link = about == QuestionAbout.Agenda ? $"/boards/{boardId}/manage/meetings/{meetingId}" : $"/boards/{boardId}/manage/meetings/{meetingId}/minutes";
        // Each question is a new message (keyed by when it was asked), so a second question is not lost as a duplicate.
        foreach (var coordinator in everyone.Where(p => p.Role == Role.Coordinator))
            await notifications.SendAsync(coordinator.Id, $"co-chair-question:{about}:{meetingId}:{personId}:{now.ToUnixTimeMilliseconds()}",
                CoChairQuestions.Subject(name, about), $"{name} asked: {comment}", link, now);
        return true;
    }
}
