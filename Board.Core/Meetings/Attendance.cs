namespace Board.Core.Meetings;

public enum AttendanceMark
{
    Apologies,
    InRoom,
    Online,
    Absent,
}

/// <summary>A member's attendance at one meeting. Someone who has left is no longer present, whatever their mark.</summary>
public sealed record Attendance(long PersonId, AttendanceMark Mark, DateTime? ArrivedAt, DateTime? LeftAt)
{
    public bool IsPresent => Mark is AttendanceMark.InRoom or AttendanceMark.Online && LeftAt is null;
}
