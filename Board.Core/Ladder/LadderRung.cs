namespace Board.Core.Ladder;

/// <summary>
/// Think Local Act Personal's ladder of co-production (written by its National Co-production Advisory Group, after
/// Arnstein), bottom to top. The numbers are the rungs' heights: aggregation and gaps count in rungs.
/// </summary>
public enum LadderRung
{
    Coercion = 1,
    Educating = 2,
    Informing = 3,
    Consultation = 4,
    Engagement = 5,
    CoDesign = 6,
    CoProduction = 7,
}

/// <summary>Whose view a rating is: the voting members (Reps and family carers) or the officers and partners.</summary>
public enum LadderView
{
    RepsAndCarers,
    OfficersAndPartners,
}

/// <summary>One rung as people read it: its name, one plain sentence, and the picture beside it (a picture set key).</summary>
public sealed record RungText(LadderRung Rung, string Name, string Sentence, string Picture);

public static class LadderRungs
{
    /// <summary>Bottom to top, as the ladder is drawn.</summary>
    public static IReadOnlyList<LadderRung> All { get; } = Enum.GetValues<LadderRung>();

    /// <summary>The wording of each rung (TLAP), put in easy read: one short sentence each.</summary>
    public static RungText Text(LadderRung rung) => rung switch
    {
        LadderRung.Coercion => new(rung, "Coercion", "We were there, but what we said was not used.", "no-entry"),
        LadderRung.Educating => new(rung, "Educating", "We were helped to understand how things work.", "book"),
        LadderRung.Informing => new(rung, "Informing", "We were told what was decided and why.", "megaphone"),
        LadderRung.Consultation => new(rung, "Consultation", "We were asked, but we could not change much.", "question"),
        LadderRung.Engagement => new(rung, "Engagement", "We had more say, and some of it was used.", "talk"),
        LadderRung.CoDesign => new(rung, "Co-design", "We helped to plan it, and our ideas changed it.", "pencil"),
        LadderRung.CoProduction => new(rung, "Co-production", "We were equal partners, from the plan to doing it.", "friends"),
    };

    public static string Name(LadderRung rung) => Text(rung).Name;

    public static string ViewName(LadderView view) => view switch
    {
        LadderView.RepsAndCarers => "Reps and carers",
        LadderView.OfficersAndPartners => "Officers and partners",
    };

    /// <summary>A rung from its number, or null for anything that is not one of the seven.</summary>
    public static LadderRung? FromNumber(int? number) =>
        number is { } n && Enum.IsDefined(typeof(LadderRung), n) ? (LadderRung)n : null;
}
