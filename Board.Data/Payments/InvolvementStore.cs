using Board.Core.Composition;
using Board.Core.Payments;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Payments;

/// <summary>The board's total paid out in a period by kind, never by person (for the year report).</summary>
public sealed record InvolvementTotals(long TimePence, long VouchersPence, long ToCharityPence, long TravelPence, long CarerPence, int ClaimsPaid,
    int PeoplePaid = 0)
{
    public long TotalPence => TimePence + VouchersPence + ToCharityPence + TravelPence + CarerPence;
}

/// <summary>
/// The board's rates, its voucher setting and named approvers, and each person's payment choice. Every method names
/// the board, so a person or rate of another board is never found.
/// </summary>
public sealed class InvolvementStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<Rate>> RatesAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<RateRow>(RateRow.Select + " WHERE board_id = @boardId ORDER BY kind, applies_from", new { boardId });
        return rows.Select(r => r.ToRate()).ToList();
    }

    /// <summary>Adds a rate if Core's check passes against the rates read inside the writer lock; returns the refusals, empty when added.</summary>
    public async Task<IReadOnlyList<RuleError>> AddRateAsync(long boardId, RateDraft draft)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var existing = (await connection.QueryAsync<RateRow>(RateRow.Select + " WHERE board_id = @boardId AND kind = @kind",
            new { boardId, kind = draft.Kind.ToString() }, transaction)).Select(r => r.ToRate()).ToList();
        var errors = Rates.Check(draft, existing);
        if (errors.Count > 0)
            return errors;
        await connection.ExecuteAsync(
            "INSERT INTO involvement_rates (board_id, kind, amount_pence, applies_from, applies_to) VALUES (@boardId, @kind, @AmountPence, @From, @To)",
            new { boardId, kind = draft.Kind.ToString(), draft.AmountPence, draft.From, draft.To }, transaction);
        await transaction.CommitAsync();
        return [];
    }

    public async Task<bool> OffersVouchersAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool?>(
            "SELECT offers_vouchers FROM involvement_settings WHERE board_id = @boardId", new { boardId }) ?? false;
    }

    public async Task SetOffersVouchersAsync(long boardId, bool offers)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO involvement_settings (board_id, offers_vouchers) VALUES (@boardId, @offers)
            ON CONFLICT (board_id) DO UPDATE SET offers_vouchers = excluded.offers_vouchers
            """, new { boardId, offers });
    }

    public async Task<IReadOnlyList<long>> ApproversAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT person_id FROM claim_approvers WHERE board_id = @boardId ORDER BY person_id", new { boardId })).ToList();
    }

    public async Task<bool> IsApproverAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM claim_approvers WHERE board_id = @boardId AND person_id = @personId)", new { boardId, personId });
    }

    /// <summary>Names a person of this board as an approver; false if they are not on the board.</summary>
    public async Task<bool> AddApproverAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO claim_approvers (board_id, person_id)
            SELECT @boardId, id FROM people WHERE id = @personId AND board_id = @boardId
            ON CONFLICT DO NOTHING
            """, new { boardId, personId });
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM claim_approvers WHERE board_id = @boardId AND person_id = @personId)", new { boardId, personId });
    }

    public async Task<bool> RemoveApproverAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "DELETE FROM claim_approvers WHERE board_id = @boardId AND person_id = @personId", new { boardId, personId }) == 1;
    }

    /// <summary>The person's choice, or the usual one (paid to them) if they have not chosen.</summary>
    public async Task<PaymentSetting> ChoiceAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<ChoiceRow>(
            ChoiceRow.Select + " WHERE person_id = @personId AND board_id = @boardId", new { boardId, personId });
        return row?.ToSetting() ?? PaymentSetting.Default;
    }

    /// <summary>Saves the person's choice if they belong to this board; later claims use it, past claims keep theirs.</summary>
    public async Task<bool> SaveChoiceAsync(long boardId, long personId, PaymentSetting setting, long changedBy, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO payment_choices (person_id, board_id, choice, lower_amount_pence, charity, changed_by, changed_at)
            SELECT id, board_id, @choice, @LowerAmountPence, @Charity, @changedBy, @now FROM people WHERE id = @personId AND board_id = @boardId
            ON CONFLICT (person_id) DO UPDATE SET choice = excluded.choice, lower_amount_pence = excluded.lower_amount_pence,
                charity = excluded.charity, changed_by = excluded.changed_by, changed_at = excluded.changed_at
            """, new { boardId, personId, choice = setting.Choice.ToString(), setting.LowerAmountPence, setting.Charity, changedBy, now }) == 1;
    }

    /// <summary>What the board paid in the calendar year <paramref name="year"/>, by kind, for the year report (never per person).</summary>
    public Task<InvolvementTotals> YearTotalsAsync(long boardId, int year) =>
        TotalsAsync(boardId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>What the board paid between two days (both included) by the payment records' dates, by kind.</summary>
    public async Task<InvolvementTotals> TotalsAsync(long boardId, DateOnly from, DateOnly to)
    {
        await using var connection = await database.OpenAsync();
        var claims = await connection.QueryAsync<ClaimRow>(
            ClaimStore.SelectClaim + " WHERE c.board_id = @boardId AND p.paid_on >= @from AND p.paid_on <= @to",
            new { boardId, from, to });
        var totals = claims.Select(c => c.Total()).ToList();
        return new InvolvementTotals(totals.Sum(t => t.FeeToPersonPence), totals.Sum(t => t.VouchersPence), totals.Sum(t => t.ToCharityPence),
            totals.Sum(t => t.TravelPence), totals.Sum(t => t.CarerPence), totals.Count, claims.Select(c => c.PersonId).Distinct().Count());
    }
}
