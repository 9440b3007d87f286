using Board.Core.Meetings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>Checks the meeting form: the text can be read, then the Core rule. Errors go next to the field they are about.</summary>
public static class MeetingForm
{
    public static MeetingDraft? Check(MeetingInput input, DateTime localNow, ModelStateDictionary modelState)
    {
        if (!modelState.IsValid)
            return null;
        var draft = input.ToDraft((field, message) => modelState.AddModelError($"Input.{field}", message));
        if (draft is null)
            return null;
        foreach (var error in MeetingRules.Validate(draft, localNow))
            modelState.AddModelError($"Input.{FieldFor(error.Field)}", error.Message);
        return modelState.IsValid ? draft : null;
    }

    private static string FieldFor(string ruleField) => ruleField switch
    {
        nameof(MeetingDraft.StartsAt) => nameof(MeetingInput.Date),
        nameof(MeetingDraft.EndsAt) => nameof(MeetingInput.EndTime),
        nameof(MeetingDraft.ItemsDeadline) => nameof(MeetingInput.DeadlineDate),
        _ => ruleField,
    };
}
