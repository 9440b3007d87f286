using Board.Core.Composition;

namespace Board.Web.Demo;

/// <summary>
/// The demo boards' fixed facts. The main one is modelled on a real partnership board: ten Rep seats and five
/// family-carer seats that vote, co-chaired by a councillor and a Rep; partners and officers attend without votes.
/// </summary>
public static class DemoBoards
{
    public const string Password = "Partnership-2026";
    public const string MainBoardName = "Riverside Learning Disability Partnership Board";
    public const string SecondBoardName = "Hillside Learning Disability Partnership Board";

    public static Constitution StandardConstitution(int repSeats, int carerSeats, int minimumVoting, int minimumReps) => new(
        [
            new SeatType("rep", "Rep", repSeats, Votes: true, CountsAsRep: true),
            new SeatType("carer", "Family carer", carerSeats, Votes: true, CountsAsRep: false),
            new SeatType("councillor", "Councillor", 1, Votes: false, CountsAsRep: false),
            new SeatType("partner", "Partner organisation", 6, Votes: false, CountsAsRep: false),
        ],
        new QuorumRule(minimumVoting, minimumReps),
        MajorityRule.SimpleMajorityOfVotesCast,
        TieRule.CoChairCastingVote,
        ["councillor", "rep"],
        CastingVoteSeatCode: "rep");

    public static readonly string[] Groups =
        ["Speak Up North", "Riverside People First", "Our Voice Eastfield", "Talk Together South"];

    public static readonly (string Organisation, string Area)[] Partners =
    [
        ("Riverside NHS Integrated Care Board", "Health"),
        ("Riverside Council Adult Social Care", "Social care"),
        ("Speak Up Riverside Advocacy", "Advocacy"),
        ("Riverside Community Health Trust", "Community health"),
    ];

    /// <summary>Sign-in names printed on the console and in the README, one per role.</summary>
    public static readonly (Role Role, string UserName)[] SignIns =
    [
        (Role.Coordinator, "coordinator@riverside.example"),
        (Role.Rep, "rep@riverside.example"),          // also the Rep co-chair
        (Role.Partner, "councillor@riverside.example"), // the councillor co-chair
        (Role.FamilyCarer, "carer@riverside.example"),
        (Role.Supporter, "supporter@riverside.example"),
        (Role.Partner, "partner@riverside.example"),
        (Role.Admin, "admin@riverside.example"),
        (Role.Coordinator, "coordinator@hillside.example"),
    ];
}
