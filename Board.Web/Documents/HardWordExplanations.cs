using Board.Core.EasyRead;
using Board.Data.Glossary;

namespace Board.Web.Documents;

/// <summary>
/// The coordinator explains a hard word from the minutes or agenda editor (issue 17): the explanation is kept as an
/// approved board glossary term, so every document after explains it the same way.
/// </summary>
public sealed class HardWordExplanations(GlossaryStore glossary)
{
    /// <summary>The picture a word explained from an editor starts with; the glossary page can change it.</summary>
    private const string Picture = "paper";

    /// <summary>Saves the explanation, or says in plain words why not (and saves nothing).</summary>
    public async Task<string?> SaveAsync(long boardId, string? word, string? explanation)
    {
        if (HardWordRules.CheckExplanation(word, explanation) is { Count: > 0 } errors)
            return string.Join(". ", errors.Select(e => e.Message)) + ".";
        var trimmed = word!.Trim();
        if (await glossary.WordTakenAsync(boardId, trimmed))
            return $"\"{trimmed}\" is in the board's hard words already, waiting to be checked or without an explanation. Approve or change it on the hard words page.";
        await glossary.AddAsync(boardId, trimmed, explanation!.Trim(), Picture, suggestedBy: null, approved: true);
        return null;
    }
}
