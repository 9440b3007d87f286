namespace Board.Web.Jobs;

/// <summary>
/// The email job's last failure (the server could not be reached, refused the sign-in or a message), for the
/// administrator's site health panel. Kept in memory like the jobs themselves: a restart starts it afresh.
/// </summary>
public sealed class EmailStatus
{
    private Failure? _last;

    public sealed record Failure(DateTimeOffset At, string Reason);

    public Failure? LastFailure => Volatile.Read(ref _last);

    public void Failed(DateTimeOffset at, string reason) => Volatile.Write(ref _last, new Failure(at, reason));
}
