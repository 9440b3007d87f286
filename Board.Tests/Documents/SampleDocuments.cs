using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// Realistic documents with fixed text (no randomness), shaped like a board's minutes: items with a picture and short
/// sentences, a vote each, the actions, who came, the next meeting and the hard words.
/// </summary>
internal static class SampleDocuments
{
    public const string BoardName = "Riverside Partnership Board";

    private static readonly (string Topic, string Picture, string Thing)[] Topics =
    [
        ("Buses at night", "transport", "the late buses"),
        ("Money for day services", "money", "the day services budget"),
        ("Going to the doctor", "health", "health checks"),
        ("Hospital passports", "hospital", "hospital passports"),
        ("Getting your medicine", "medicine", "medicine reviews"),
        ("Finding a job", "work", "supported jobs"),
        ("Somewhere to live", "home", "new flats in Riverside"),
        ("Staying safe in town", "safety", "safe places in town"),
        ("Friends and dating", "friends", "the friendship club"),
        ("Carers' breaks", "family", "short breaks for carers"),
        ("Letters from the council", "letter", "easy read letters"),
        ("Speaking up", "speak-up", "the self-advocacy group"),
        ("College courses", "learning", "college courses"),
        ("Using the internet", "computer", "the computer club"),
        ("Phones and apps", "phone", "the phone help service"),
        ("Healthy food", "food", "cooking classes"),
        ("Sport and fitness", "sport", "the swimming sessions"),
        ("Art in the park", "art", "the art project"),
        ("Changing Places toilets", "access", "changing places toilets"),
        ("The police and you", "police", "the police liaison officer"),
    ];

    public static IReadOnlyList<string> PictureKeys { get; } = Topics.Select(t => t.Picture).Concat(["people", "meeting-date", "vote", "plan", "question", "idea", "paper"]).Distinct().ToList();

    public static string ItemHeading(int number) => $"{number}. {Topics[(number - 1) % Topics.Length].Topic}";

    public static DocumentContent EasyReadMinutes(int items = 20) => new(
        DocumentStyle.EasyRead,
        $"{BoardName}: easy read minutes, Thursday 12 November 2026",
        "en-GB",
        new DocumentCover(BoardName, "Easy read minutes", "Thursday 12 November 2026", new DocumentPicture("people", "A group of people")),
        [
            new DocumentSection("Who came",
            [
                new PictureRow(new DocumentPicture("people", "A group of people"), null,
                [
                    "Sam Patel. Sam is the chair.",
                    "Councillor Ruth Green.",
                    "Jo Brown, Ali Khan and Mo Reed. They are Reps.",
                    "Pat Young. Pat is a family carer.",
                ]),
            ]),
            new DocumentSection("What we talked about", Enumerable.Range(1, items).SelectMany(ItemBlocks).ToList(), StartsNewPage: true),
            new DocumentSection("Next meeting",
            [
                new PictureRow(new DocumentPicture("meeting-date", "A calendar"), null,
                [
                    "The next meeting is on Thursday 10 December 2026.",
                    "It starts at 10 o'clock in the morning.",
                    "It is at the Riverside Centre.",
                ]),
            ]),
            new DocumentSection("Hard words",
            [
                HardWord("question", "Agenda", "A list of the things a meeting will talk about."),
                HardWord("idea", "Minutes", "Notes that say what a meeting talked about and decided."),
                HardWord("vote", "Vote", "When everyone says yes or no to an idea."),
                HardWord("plan", "Action", "A job someone has said they will do."),
                HardWord("paper", "Budget", "How much money there is to spend."),
            ], StartsNewPage: true),
        ]);

    public static IEnumerable<DocumentBlock> ItemBlocks(int number)
    {
        var (topic, picture, thing) = Topics[(number - 1) % Topics.Length];
        yield return new PictureRow(new DocumentPicture(picture, topic), ItemHeading(number), ItemSentences(number));
        yield return new VoteRow(new DocumentPicture("vote", "A ballot box"),
            $"Should the board ask for more money for {thing}?",
            [
                new VoteTally("✔", "For", VoteMeaning.For, 9 + number % 3),
                new VoteTally("✖", "Against", VoteMeaning.Against, 2 + number % 2),
                new VoteTally("○", "Not sure", VoteMeaning.Abstain, 1),
            ],
            "Most people said yes. The board will ask for more money.");
        yield return new PictureRow(new DocumentPicture("plan", "A clipboard with a list"), "What will happen next", ActionSentences(number));
    }

    public static IReadOnlyList<string> ItemSentences(int number)
    {
        var (topic, _, thing) = Topics[(number - 1) % Topics.Length];
        var sentences = new List<string>
        {
            $"We talked about {thing} in item {number}.",
            $"Reps said {thing} are very important to them.",
            $"Some people find {topic.ToLowerInvariant()} hard.",
        };
        if (number % 2 == 0)
            sentences.Add($"The council will write to us about item {number}.");
        return sentences;
    }

    public static IReadOnlyList<string> ActionSentences(int number) =>
    [
        $"Ruth will find out more for item {number}.",
        "She will tell us at the next meeting.",
    ];

    private static PictureRow HardWord(string picture, string word, string meaning) =>
        new(new DocumentPicture(picture, word), word, [meaning]);

    public static DocumentContent StandardMinutes(int items = 8) => new(
        DocumentStyle.Standard,
        $"{BoardName}: minutes, Thursday 12 November 2026",
        "en-GB",
        new DocumentCover(BoardName, "Minutes", "Thursday 12 November 2026", new DocumentPicture("paper", "A page of writing")),
        [
            new DocumentSection("Present",
            [
                new ListBlock(null, ["Sam Patel (chair)", "Councillor Ruth Green", "Jo Brown", "Ali Khan", "Mo Reed", "Pat Young"]),
            ]),
            new DocumentSection("Items", Enumerable.Range(1, items).SelectMany(StandardItemBlocks).ToList()),
        ]);

    public static IEnumerable<DocumentBlock> StandardItemBlocks(int number)
    {
        yield return new TextBlock(ItemHeading(number), StandardParagraphs(number));
        yield return new ListBlock("Actions", [$"Ruth Green to report on item {number} at the December meeting."]);
    }

    public static IReadOnlyList<string> StandardParagraphs(int number)
    {
        var (_, _, thing) = Topics[(number - 1) % Topics.Length];
        return
        [
            $"Item {number} opened with a report on {thing}. Members heard that demand has grown over the last year, and that the current arrangements were agreed before the latest figures were available.",
            $"Reps described their own experience of {thing}, including the difficulties some members have in getting clear information, and asked that any change be explained in easy read first.",
            $"The board noted the report on item {number} and asked officers to return with options and costs.",
        ];
    }
}
