using Board.Core.EasyRead;

namespace Board.Web.Pages.Shared;

/// <summary>
/// The hard words an easy read document uses that nobody has explained yet, for the editor that makes it (issue 17).
/// </summary>
/// <param name="Document">What the document is, as the sentence says it: "the easy read minutes".</param>
/// <param name="PublishWaits">True where publishing is refused until every word is explained (minutes, agendas);
/// false for a report made when asked (the plan report), which shows the words unexplained until then.</param>
public sealed record ExplainHardWordsView(IReadOnlyList<FoundHardWord> Words, string Document, bool PublishWaits);
