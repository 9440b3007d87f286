using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>Rows that easy read agendas and minutes share.</summary>
internal static class EasyReadBlocks
{
    public static List<DocumentBlock> WhenAndWhere(MeetingFacts meeting, StandardPictures pictures, bool past)
    {
        var (was, started, ended) = past ? ("was", "started", "finished") : ("is", "starts", "ends");
        var place = new List<string> { $"The meeting {was} at {meeting.Venue}." };
        if (meeting.JoinOnline)
            place.Add(past ? "Some people joined online." : "You can also join online.");
        return
        [
            new PictureRow(pictures.Date.Showing($"when the meeting {was}"), null,
                [$"The meeting {was} on {PlainDates.Date(meeting.StartsAt)}.", $"It {started} at {PlainDates.Time(meeting.StartsAt)}.", $"It {ended} at {PlainDates.Time(meeting.EndsAt)}."]),
            new PictureRow(pictures.Place.Showing($"where the meeting {was}"), null, place),
        ];
    }

    public static List<DocumentBlock> NextMeeting(MeetingFacts? next, StandardPictures pictures) => next is null
        ? [new PictureRow(pictures.Date.Showing("the next meeting"), null, ["The date of the next meeting is not set yet.", "We will tell you when it is."])]
        :
        [
            new PictureRow(pictures.Date.Showing("when the next meeting is"), null, [$"The next meeting is on {PlainDates.Date(next.StartsAt)}.", $"It starts at {PlainDates.Time(next.StartsAt)}."]),
            new PictureRow(pictures.Place.Showing("where the next meeting is"), null, [$"It is at {next.Venue}."]),
        ];

    /// <summary>The pictures' credit, as a last short section, when there is one.</summary>
    public static void AddCredit(List<DocumentSection> sections, StandardPictures pictures)
    {
        if (pictures.Credit is { Length: > 0 } credit)
            sections.Add(new(DocumentHardWords.CreditHeading, [new TextBlock(null, [credit])]));
    }
}

/// <summary>Sentences that standard agendas and minutes share.</summary>
internal static class StandardBlocks
{
    public static string WhenAndWhere(MeetingFacts meeting) =>
        $"{PlainDates.Date(meeting.StartsAt)}, {PlainDates.Time(meeting.StartsAt)} to {PlainDates.Time(meeting.EndsAt)}, at {meeting.Venue}."
        + (meeting.JoinOnline ? " Members may also join online." : "");
}
