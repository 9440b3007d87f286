namespace Board.Core.Meetings;

public enum AttendanceMark
{
    Apologies,
    InRoom,
    Online,
    Absent,
}

/// <summary>
/// A member's attendance at one meeting. Someone who has left is no longer present, whatever their mark.
/// <paramref name="Self"/>: they checked themselves in by the room's code, not marked by the coordinator (ADR-012).
/// </summary>
public sealed record Attendance(long PersonId, AttendanceMark Mark, DateTime? ArrivedAt, DateTime? LeftAt, bool Self = false)
{
    public bool IsPresent => Mark is AttendanceMark.InRoom or AttendanceMark.Online && LeftAt is null;
}
