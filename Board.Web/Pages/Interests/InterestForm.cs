using Board.Core.Composition;
using Board.Core.Interests;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Board.Web.Pages.Interests;

/// <summary>One easy read choice: a value, its words, a plain sentence and a picture.</summary>
public sealed record EasyReadRadio(string Value, string Label, string? Hint, Picture? Picture);

/// <summary>A set of large radios with pictures (the kinds of interest, what I will do), for _EasyReadRadios.</summary>
public sealed record EasyReadRadios(string FieldName, string Legend, string? Selected, IReadOnlyList<EasyReadRadio> Options);

/// <summary>What a member (or the coordinator, for what was said in the room) writes to declare an interest.</summary>
public sealed class DeclarationInput
{
    public long? ItemId { get; set; }
    public long? PersonId { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? Action { get; set; }
}

/// <summary>What a member writes in their register.</summary>
public sealed class InterestInput
{
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>The choices and the checks the interest pages share, so every page words them the same.</summary>
public static class InterestForm
{
    public static EasyReadRadios Kinds(PictureSet pictures, string field, string? selected) =>
        new(field, "What is your interest about?", selected, [.. Enum.GetValues<InterestKind>().Select(k =>
            new EasyReadRadio(k.ToString(), InterestRules.Label(k), InterestRules.Hint(k), pictures.Find(InterestRules.Picture(k))))]);

    public static EasyReadRadios Actions(PictureSet pictures, string field, string? selected, string legend = "What will you do for this item?") =>
        new(field, legend, selected, [.. Enum.GetValues<InterestAction>().Select(a =>
            new EasyReadRadio(a.ToString(), InterestRules.Label(a), null, pictures.Find(a switch
            {
                InterestAction.StayAndSpeak => "talk",
                InterestAction.LeaveForItem => "rest",
                InterestAction.NotVote => "vote",
            })))]);

    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<RuleError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
            modelState.AddModelError($"{prefix}.{error.Field}", error.Message);
    }

    /// <summary>A date typed as 2026-04-01 (the browser's date box), or an error on the field.</summary>
    public static DateOnly? Date(string? text, string field, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            return date;
        modelState.AddModelError(field, "Enter the date like 2026-04-01, or leave it empty.");
        return null;
    }
}
