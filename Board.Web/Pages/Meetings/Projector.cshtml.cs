using Board.Data.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace Board.Web.Pages.Meetings;

/// <summary>The screen for the room: the question, how many have voted, and the result, large, with symbols and counts.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ProjectorModel(MeetingStore meetings) : MeetingScreenModel(meetings);
