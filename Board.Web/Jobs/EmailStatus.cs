namespace Board.Web.Jobs;

/// <summary>
/// The email job's last failure (the server could not be reached, refused the sign-in or a message) and its last
/// successful send, for the administrator's site health panel. A send that works after a failure means email works
/// again, so the panel stops saying it failed (the failure is still shown, as history). Kept in memory like the jobs
/// themselves: a restart starts it afresh.
/// </summary>
public sealed class EmailStatus
{
    private State _state = new(null, null, false);

    public sealed record Failure(DateTimeOffset At, string Reason);

    private sealed record State(Failure? LastFailure, DateTimeOffset? LastSentAt, bool Failing);

    public Failure? LastFailure => Volatile.Read(ref _state).LastFailure;

    /// <summary>When the server last accepted a message, if it has since the app started.</summary>
    public DateTimeOffset? LastSentAt => Volatile.Read(ref _state).LastSentAt;

    /// <summary>True when the last thing that happened was a failure: no message has been accepted since.</summary>
    public bool Failing => Volatile.Read(ref _state).Failing;

    public void Failed(DateTimeOffset at, string reason) => Update(s => s with { LastFailure = new Failure(at, reason), Failing = true });

    public void Sent(DateTimeOffset at) => Update(s => s with { LastSentAt = at, Failing = false });

    private void Update(Func<State, State> change)
    {
        // Compare-and-swap so a failure and a success recorded at once never lose one another's fields.
        while (true)
        {
            var old = Volatile.Read(ref _state);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _state, change(old), old), old))
                return;
        }
    }
}
