using Board.Data.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace Board.Web.Pages.Meetings;

/// <summary>The voting screen for members, their supporters and everyone following the meeting.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class VoteModel(MeetingStore meetings) : MeetingScreenModel(meetings);
