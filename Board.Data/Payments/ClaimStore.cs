using System.Data.Common;
using Board.Core.Composition;
using Board.Core.Payments;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Payments;

/// <summary>What happened to a claim the page asked to save: its id, or the plain refusals (nothing saved).</summary>
public sealed record ClaimSaveResult(long ClaimId, IReadOnlyList<RuleError> Errors)
{
    public bool Saved => Errors.Count == 0;
}

/// <summary>
/// Involvement claims (ADR-019): made from attendance, decided by an approver, paid. Each write checks and writes in
/// one writer transaction with Core deciding; decisions compare the version the approver read, so two approvers (or an
/// amendment racing a decision) cannot both win. Every method names the board.
/// </summary>
public sealed class ClaimStore(BoardDatabase database)
{
    internal const string SelectClaim =
        """
        SELECT c.id AS Id, c.board_id AS BoardId, c.meeting_id AS MeetingId, m.title AS MeetingTitle, m.starts_at AS MeetingStartsAt,
               c.person_id AS PersonId, pe.name AS PersonName, c.state AS State, c.time_kind AS TimeKind, c.minutes AS Minutes,
               c.time_rate_pence AS TimeRatePence, c.preparation AS Preparation, c.prep_rate_pence AS PrepRatePence,
               c.travel_pence AS TravelPence, c.carer_pence AS CarerPence, c.choice AS Choice, c.lower_amount_pence AS LowerAmountPence,
               c.charity AS Charity, c.note AS Note, c.query_reason AS QueryReason, c.answer AS Answer, c.decision_reason AS DecisionReason,
               c.submitted_by AS SubmittedBy, c.submitted_at AS SubmittedAt, c.version AS Version,
               p.amount_pence AS PaidPence, p.paid_on AS PaidOn, p.method AS PaidMethod, p.reference AS PaidReference
        FROM involvement_claims c
        JOIN meetings m ON m.id = c.meeting_id
        JOIN people pe ON pe.id = c.person_id
        LEFT JOIN claim_payments p ON p.claim_id = c.id
        """;

    /// <summary>
    /// Makes a claim for a meeting, checked by Core against what is read inside the writer lock: the meeting is this
    /// board's and over, the person came, has not claimed already, and a rate was in force on the meeting's day. The
    /// rates applied and the person's payment choice are copied onto the claim, so later changes leave it alone.
    /// </summary>
    public async Task<ClaimSaveResult> SubmitAsync(long boardId, long meetingId, long personId, ClaimInput input, string? note,
        IReadOnlyList<NewReceipt> receipts, long submittedBy, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var facts = await FactsAsync(connection, transaction, boardId, meetingId, personId);
        if (facts is null)
            return new(0, [new("Meeting", "This meeting is not one of this board's meetings")]);
        var alreadyClaimed = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM involvement_claims WHERE meeting_id = @meetingId AND person_id = @personId)",
            new { meetingId, personId }, transaction);
        var rates = await RatesAsync(connection, transaction, boardId);
        var day = DateOnly.FromDateTime(facts.StartsAt);
        var timeRate = Rates.InForce(rates, input.TimeKind, day);
        var errors = ClaimRules.Check(input, ClaimRules.IsOver(Enum.Parse<Core.Meetings.MeetingState>(facts.State)), facts.Attended, alreadyClaimed, timeRate);
        if (errors.Count > 0)
            return new(0, errors);
        var prep = input.Preparation ? Rates.InForce(rates, RateKind.Preparation, day)?.AmountPence ?? 0 : 0;
        var setting = await ChoiceAsync(connection, transaction, personId);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO involvement_claims (board_id, meeting_id, person_id, state, time_kind, minutes, time_rate_pence, preparation, prep_rate_pence,
                travel_pence, carer_pence, choice, lower_amount_pence, charity, note, submitted_by, submitted_at)
            VALUES (@boardId, @meetingId, @personId, 'Submitted', @kind, @minutes, @rate, @preparation, @prep, @travel, @carer,
                @choice, @lower, @charity, @note, @submittedBy, @now)
            RETURNING id
            """, new
            {
                boardId,
                meetingId,
                personId,
                kind = input.TimeKind.ToString(),
                minutes = Minutes(input),
                rate = timeRate!.AmountPence,
                preparation = input.Preparation,
                prep,
                travel = input.TravelPence,
                carer = input.CarerPence,
                choice = setting.Choice.ToString(),
                lower = setting.LowerAmountPence,
                charity = setting.Charity,
                note,
                submittedBy,
                now,
            }, transaction);
        await AddReceiptsAsync(connection, transaction, id, receipts);
        await transaction.CommitAsync();
        return new(id, []);
    }

    /// <summary>
    /// The person answers a query: changes the claim and sends it again, only while it is queried and still the
    /// version they read. The rates of the meeting's day and their current choice are applied again.
    /// </summary>
    public async Task<ClaimSaveResult> AmendAsync(long boardId, long claimId, long personId, ClaimInput input, string? note, string? answer,
        IReadOnlyList<NewReceipt> receipts, long seenVersion, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var claim = await GetAsync(connection, transaction, boardId, claimId);
        if (claim is null || claim.PersonId != personId)
            return new(0, [new("Meeting", "This claim was not found")]);
        if (!ClaimRules.CanAmend(claim.State) || claim.Version != seenVersion)
            return new(0, [new("Meeting", "This claim has changed since you opened it. Open it again to see what is new")]);
        var rates = await RatesAsync(connection, transaction, boardId);
        var day = DateOnly.FromDateTime(claim.MeetingStartsAt);
        var timeRate = Rates.InForce(rates, input.TimeKind, day);
        var errors = ClaimRules.Check(input, meetingOver: true, attended: true, alreadyClaimed: false, timeRate);
        if (errors.Count > 0)
            return new(0, errors);
        var prep = input.Preparation ? Rates.InForce(rates, RateKind.Preparation, day)?.AmountPence ?? 0 : 0;
        var setting = await ChoiceAsync(connection, transaction, personId);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE involvement_claims SET state = 'Submitted', time_kind = @kind, minutes = @minutes, time_rate_pence = @rate,
                preparation = @preparation, prep_rate_pence = @prep, travel_pence = @travel, carer_pence = @carer,
                choice = @choice, lower_amount_pence = @lower, charity = @charity, note = @note, answer = @answer,
                submitted_at = @now, version = version + 1
            WHERE id = @claimId AND board_id = @boardId AND state = @queried AND version = @seenVersion
            """, new
            {
                claimId,
                boardId,
                kind = input.TimeKind.ToString(),
                minutes = Minutes(input),
                rate = timeRate!.AmountPence,
                preparation = input.Preparation,
                prep,
                travel = input.TravelPence,
                carer = input.CarerPence,
                choice = setting.Choice.ToString(),
                lower = setting.LowerAmountPence,
                charity = setting.Charity,
                note,
                answer,
                now,
                queried = nameof(ClaimState.Queried),
                seenVersion,
            }, transaction);
        if (changed != 1)
            return new(0, [new("Meeting", "This claim has changed since you opened it. Open it again to see what is new")]);
        await AddReceiptsAsync(connection, transaction, claimId, receipts);
        await transaction.CommitAsync();
        return new(claimId, []);
    }

    /// <summary>
    /// An approver approves, queries or rejects a waiting claim they did not make themselves, at the version they read.
    /// False if it was decided or changed meanwhile.
    /// </summary>
    public async Task<bool> DecideAsync(long boardId, long claimId, ClaimState decision, string? reason, long decidedBy, long seenVersion, DateTimeOffset now)
    {
        if (decision is not (ClaimState.Approved or ClaimState.Queried or ClaimState.Rejected))
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision approves, queries or rejects.");
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE involvement_claims SET state = @decision, decided_by = @decidedBy, decided_at = @now, version = version + 1,
                query_reason = CASE WHEN @decision = 'Queried' THEN @reason ELSE query_reason END,
                decision_reason = CASE WHEN @decision = 'Queried' THEN decision_reason ELSE @reason END
            WHERE id = @claimId AND board_id = @boardId AND state = @submitted AND version = @seenVersion AND person_id <> @decidedBy
            """, new { boardId, claimId, decision = decision.ToString(), reason, decidedBy, now, seenVersion, submitted = nameof(ClaimState.Submitted) }) == 1;
    }

    /// <summary>Records what was paid for an approved claim and marks it paid; false if it is not approved (or already paid).</summary>
    public async Task<bool> RecordPaymentAsync(long boardId, long claimId, ClaimPayment payment, long recordedBy, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var moved = await connection.ExecuteAsync(
            "UPDATE involvement_claims SET state = 'Paid', version = version + 1 WHERE id = @claimId AND board_id = @boardId AND state = @approved",
            new { claimId, boardId, approved = nameof(ClaimState.Approved) }, transaction);
        if (moved != 1)
            return false;
        await connection.ExecuteAsync(
            """
            INSERT INTO claim_payments (claim_id, amount_pence, paid_on, method, reference, recorded_by, recorded_at)
            VALUES (@claimId, @AmountPence, @PaidOn, @Method, @Reference, @recordedBy, @now)
            """, new { claimId, payment.AmountPence, payment.PaidOn, payment.Method, payment.Reference, recordedBy, now }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    public async Task<InvolvementClaim?> GetAsync(long boardId, long claimId)
    {
        await using var connection = await database.OpenAsync();
        return await GetAsync(connection, null, boardId, claimId);
    }

    /// <summary>The person's claims on this board, newest meeting first.</summary>
    public async Task<IReadOnlyList<InvolvementClaim>> ForPersonAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ClaimRow>(
            SelectClaim + " WHERE c.board_id = @boardId AND c.person_id = @personId ORDER BY m.starts_at DESC", new { boardId, personId });
        return rows.Select(r => r.ToClaim()).ToList();
    }

    /// <summary>The board's claims, waiting ones first, then by meeting, newest first.</summary>
    public async Task<IReadOnlyList<InvolvementClaim>> ForBoardAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ClaimRow>(
            SelectClaim + " WHERE c.board_id = @boardId ORDER BY CASE WHEN c.state = 'Submitted' THEN 0 ELSE 1 END, m.starts_at DESC, pe.name",
            new { boardId });
        return rows.Select(r => r.ToClaim()).ToList();
    }

    public async Task<IReadOnlyList<ClaimReceipt>> ReceiptsAsync(long boardId, long claimId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<ClaimReceipt>(
            """
            SELECT r.id AS Id, r.claim_id AS ClaimId, r.file_name AS FileName, r.content_type AS ContentType, r.length AS Length, r.stored_name AS StoredName
            FROM claim_receipts r JOIN involvement_claims c ON c.id = r.claim_id
            WHERE r.claim_id = @claimId AND c.board_id = @boardId ORDER BY r.id
            """, new { boardId, claimId })).ToList();
    }

    /// <summary>
    /// Meetings of this board the person came to (in the room or online) that have finished and have no claim yet,
    /// newest first: what their claim page offers and what the reminder counts.
    /// </summary>
    public async Task<IReadOnlyList<UnclaimedMeeting>> UnclaimedAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<UnclaimedMeeting>(
            """
            SELECT m.id AS MeetingId, m.title AS Title, m.starts_at AS StartsAt, m.ends_at AS EndsAt, a.arrived_at AS ArrivedAt, a.left_at AS LeftAt
            FROM attendance a JOIN meetings m ON m.id = a.meeting_id
            WHERE m.board_id = @boardId AND a.person_id = @personId AND a.mark IN ('InRoom', 'Online') AND m.state = 'Closed'
              AND NOT EXISTS (SELECT 1 FROM involvement_claims c WHERE c.meeting_id = m.id AND c.person_id = a.person_id)
            ORDER BY m.starts_at DESC
            """, new { boardId, personId })).ToList();
    }

    /// <summary>
    /// Everyone of the board (Reps and family carers) with finished meetings they came to and have not claimed for,
    /// with how many, for the reminder job. Only meetings since <paramref name="since"/>, so old ones stop nagging.
    /// </summary>
    public async Task<IReadOnlyList<(long PersonId, int Meetings)>> UnclaimedByPersonAsync(long boardId, DateTime since)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long PersonId, long Meetings)>(
            """
            SELECT a.person_id, COUNT(*)
            FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
            WHERE m.board_id = @boardId AND p.board_id = @boardId AND p.role IN ('Rep', 'FamilyCarer') AND a.mark IN ('InRoom', 'Online')
              AND p.archived_at IS NULL
              AND m.state = 'Closed' AND m.starts_at >= @since
              AND NOT EXISTS (SELECT 1 FROM involvement_claims c WHERE c.meeting_id = m.id AND c.person_id = a.person_id)
            GROUP BY a.person_id ORDER BY a.person_id
            """, new { boardId, since });
        return rows.Select(r => (r.PersonId, (int)r.Meetings)).ToList();
    }

    public async Task<int> WaitingCountAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM involvement_claims WHERE board_id = @boardId AND state = 'Submitted'", new { boardId });
    }

    private static int Minutes(ClaimInput input) => input.TimeKind == RateKind.PerHour ? input.Minutes : 0;

    private static async Task<FactsRow?> FactsAsync(DbConnection connection, DbTransaction transaction, long boardId, long meetingId, long personId) =>
        await connection.QuerySingleOrDefaultAsync<FactsRow>(
            """
            SELECT m.starts_at AS StartsAt, m.state AS State,
                   EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.person_id = @personId AND a.mark IN ('InRoom', 'Online')) AS Attended
            FROM meetings m WHERE m.id = @meetingId AND m.board_id = @boardId
            """, new { boardId, meetingId, personId }, transaction);

    private static async Task<IReadOnlyList<Rate>> RatesAsync(DbConnection connection, DbTransaction transaction, long boardId) =>
        (await connection.QueryAsync<RateRow>(RateRow.Select + " WHERE board_id = @boardId", new { boardId }, transaction)).Select(r => r.ToRate()).ToList();

    private static async Task<PaymentSetting> ChoiceAsync(DbConnection connection, DbTransaction transaction, long personId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ChoiceRow>(ChoiceRow.Select + " WHERE person_id = @personId", new { personId }, transaction);
        return row?.ToSetting() ?? PaymentSetting.Default;
    }

    private static async Task<InvolvementClaim?> GetAsync(DbConnection connection, DbTransaction? transaction, long boardId, long claimId) =>
        (await connection.QuerySingleOrDefaultAsync<ClaimRow>(SelectClaim + " WHERE c.id = @claimId AND c.board_id = @boardId",
            new { boardId, claimId }, transaction))?.ToClaim();

    private static async Task AddReceiptsAsync(DbConnection connection, DbTransaction transaction, long claimId, IReadOnlyList<NewReceipt> receipts)
    {
        foreach (var receipt in receipts)
            await connection.ExecuteAsync(
                """
                INSERT INTO claim_receipts (claim_id, file_name, content_type, length, stored_name)
                VALUES (@claimId, @FileName, @ContentType, @Length, @StoredName)
                """, new { claimId, receipt.FileName, receipt.ContentType, receipt.Length, receipt.StoredName }, transaction);
    }
}
