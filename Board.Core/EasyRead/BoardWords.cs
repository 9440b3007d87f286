namespace Board.Core.EasyRead;

/// <summary>
/// Common partnership board words with plain explanations, so an easy read document can explain them
/// even when the board's own glossary does not have them. The board's glossary always wins.
/// </summary>
public static class BoardWords
{
    public static readonly IReadOnlyList<GlossaryTerm> BuiltIn =
    [
        new("Rep", "A Rep is a person who speaks for other people with a learning disability at the board."),
        new("co-chair", "A co-chair runs the meeting together with another chair."),
        new("chair", "The chair runs the meeting."),
        new("coordinator", "The coordinator organises the board and its meetings."),
        new("agenda", "The agenda is the list of things the meeting will talk about."),
        new("minutes", "The minutes are the notes of what the meeting said and decided."),
        new("abstain", "To abstain means you choose not to vote yes or no."),
        new("NHS", "NHS means National Health Service. It runs hospitals and doctors."),
        new("advocacy", "Advocacy means help to speak up for yourself."),
        new("self-advocacy", "Self-advocacy means speaking up for yourself."),
        new("organisation", "An organisation is a group of people who work together, like a charity or a company."),
        new("appointment", "An appointment is a time you agree to meet someone."),
        new("appointments", "Appointments are times you agree to meet someone."),
        new("councillor", "A councillor is a person elected to help run the local council."),
        new("partnership board", "The partnership board is a group of people who meet to make services better."),
        new("carer", "A carer is a person who looks after someone."),
        new("supporter", "A supporter is a person who helps you take part."),
        new("vote", "To vote means to say yes or no so the group can decide."),
        // The easy read minutes' own heading: every set of minutes uses it, so the app explains it, not each board.
        new("declarations of interest", "This is when people say they could gain or lose from what the board decides."),
        // The rungs of the ladder of co-production, which the year report and the ladder pages name (LadderRungs).
        new("co-production", "Co-production means working together as equal partners, from the plan to doing it."),
        new("co-design", "Co-design means planning something together, so everyone's ideas change it."),
        new("engagement", "Engagement means people have more say, and some of what they say is used."),
        new("consultation", "Consultation means people are asked what they think, but they cannot change much."),
        new("informing", "Informing means telling people what was decided and why."),
        new("educating", "Educating means helping people understand how things work."),
        new("coercion", "Coercion means people are there, but what they say is not used."),
    ];
}
