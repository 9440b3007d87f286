using System.Globalization;
using Board.Core.Composition;
using Bogus;
using Person = Board.Core.Composition.Person;

namespace Board.Tests.Core;

/// <summary>Seat codes of the standard test constitution, shaped like a real board: Reps and carers vote, councillors and partners do not.</summary>
internal static class Seats
{
    public const string Rep = "rep";
    public const string Carer = "carer";
    public const string Councillor = "councillor";
    public const string Partner = "partner";
}

internal static class Dates
{
    /// <summary>The day every Core test is "today" unless it says otherwise; tests never read the clock.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);
    public static readonly DateOnly TermStart = new(2025, 4, 1);
    public static readonly DateOnly TermEnd = new(2028, 3, 31);

    /// <summary>[TestCase] cannot hold a DateOnly, so rows carry ISO dates as text.</summary>
    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseOrNull(string? iso) => iso is null ? null : Parse(iso);
}

internal static class Constitutions
{
    public const long BoardId = 1;
    public const long GroupId = 10;
    public const long OtherBoardGroupId = 99;

    /// <summary>Ten Rep and five carer seats that vote, one councillor and six partners that do not; co-chaired by a councillor and a Rep.</summary>
    public static Constitution Standard(int repSeats = 10, int carerSeats = 5, int councillorSeats = 1, int minimumVoting = 8, int minimumReps = 3) => new(
        [
            new SeatType(Seats.Rep, "Rep", repSeats, Votes: true, CountsAsRep: true),
            new SeatType(Seats.Carer, "Family carer", carerSeats, Votes: true, CountsAsRep: false),
            new SeatType(Seats.Councillor, "Councillor", councillorSeats, Votes: false, CountsAsRep: false),
            new SeatType(Seats.Partner, "Partner organisation", 6, Votes: false, CountsAsRep: false),
        ],
        new QuorumRule(minimumVoting, minimumReps),
        MajorityRule.SimpleMajorityOfVotesCast,
        TieRule.CoChairCastingVote,
        [Seats.Councillor, Seats.Rep],
        CastingVoteSeatCode: Seats.Rep);
}

/// <summary>Entry point for builders: <c>A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build()</c>.</summary>
internal static class A
{
    public static MembershipBuilder Membership(long id) => new(id);

    public static Person Person(long id, Role role, string? name = null) =>
        new(id, Constitutions.BoardId, name ?? $"Person {id}", role, null, null, CommunicationProfile.Default);
}

/// <summary>A Rep membership for the whole standard term unless told otherwise; the person id defaults to the membership id.</summary>
internal sealed class MembershipBuilder
{
    private readonly long _id;
    private long _personId;
    private string _seatCode = Seats.Rep;
    private DateOnly _from = Dates.TermStart;
    private DateOnly? _to = Dates.TermEnd;
    private bool _isCoChair;
    private long? _groupId = Constitutions.GroupId;

    public MembershipBuilder(long id)
    {
        _id = id;
        _personId = id;
    }

    public MembershipBuilder ForPerson(long personId)
    {
        _personId = personId;
        return this;
    }

    /// <summary>Only Rep seats are elected by a group, so other seats drop the group.</summary>
    public MembershipBuilder InSeat(string seatCode)
    {
        _seatCode = seatCode;
        _groupId = seatCode == Seats.Rep ? Constitutions.GroupId : null;
        return this;
    }

    public MembershipBuilder From(DateOnly from)
    {
        _from = from;
        return this;
    }

    public MembershipBuilder To(DateOnly? to)
    {
        _to = to;
        return this;
    }

    public MembershipBuilder Between(DateOnly from, DateOnly? to) => From(from).To(to);

    public MembershipBuilder AsCoChair()
    {
        _isCoChair = true;
        return this;
    }

    public MembershipBuilder ElectedBy(long? groupId)
    {
        _groupId = groupId;
        return this;
    }

    public Membership Build() => new(_id, Constitutions.BoardId, _personId, _seatCode, _from, _to, _isCoChair, _groupId);
}

/// <summary>Bogus fakers with a local, fixed seed so every run gets the same people and terms.</summary>
internal static class Fakes
{
    private const int Seed = 20260601;

    public static Faker<Person> People(Role role, int firstId = 1000) =>
        new Faker<Person>("en_GB")
            .UseSeed(Seed)
            .CustomInstantiator(f => new Person(
                firstId + f.IndexFaker,
                Constitutions.BoardId,
                f.Name.FullName(),
                role,
                role == Role.Partner ? f.Company.CompanyName() : null,
                f.Internet.Email(),
                new CommunicationProfile(f.Random.Bool(), f.Random.Bool(), f.Random.Bool(), f.Random.Bool())));

    /// <summary>
    /// Memberships in one seat that are active on <paramref name="asOf"/> and not ending soon, so they fill seats
    /// without adding anything to the "ending soon" list.
    /// </summary>
    public static Faker<Membership> ActiveMemberships(string seatCode, DateOnly asOf, int firstId = 1000) =>
        new Faker<Membership>()
            .UseSeed(Seed)
            .CustomInstantiator(f => new Membership(
                firstId + f.IndexFaker,
                Constitutions.BoardId,
                firstId + f.IndexFaker,
                seatCode,
                asOf.AddDays(-f.Random.Int(0, 700)),
                f.Random.Bool(0.2f) ? null : asOf.AddDays(f.Random.Int(CompositionCheck.EndingSoonDays + 1, 1000)),
                IsCoChair: false,
                seatCode == Seats.Rep ? Constitutions.GroupId : null));
}
