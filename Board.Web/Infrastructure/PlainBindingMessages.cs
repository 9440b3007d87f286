using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Board.Web.Infrastructure;

/// <summary>
/// The framework's own messages ("The value 'abc' is not valid for Seats.") name code, not the question.
/// These say what to do instead, in plain words, for any box that could not be read.
/// </summary>
public static class PlainBindingMessages
{
    private const string NumberOrChoice = "Enter a whole number, like 3, or choose from the list";

    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => NumberOrChoice);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => NumberOrChoice);
        messages.SetUnknownValueIsInvalidAccessor(_ => NumberOrChoice);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => NumberOrChoice);
        messages.SetValueIsInvalidAccessor(_ => NumberOrChoice);
        messages.SetValueMustBeANumberAccessor(_ => "Enter a number, like 3");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number, like 3");
        messages.SetValueMustNotBeNullAccessor(_ => "Fill in this answer");
        messages.SetMissingBindRequiredValueAccessor(_ => "Fill in this answer");
        messages.SetMissingKeyOrValueAccessor(() => "Fill in this answer");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Fill in the form and try again");
    }
}
