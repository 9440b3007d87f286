using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Board.Web.Forms;

/// <summary>What every GOV.UK form field needs: its name, id, current value and error message, in one place.</summary>
internal sealed record FieldContext(string Name, string Id, string? Value, string? Error)
{
    public static FieldContext From(ModelExpression model, ViewContext view)
    {
        // Inside a partial rendered with for="Input", the prefix "Input." comes from the template info.
        var name = view.ViewData.TemplateInfo.GetFullHtmlFieldName(model.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = view.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = state?.AttemptedValue ?? Format(model.Model);
        return new(name, id, value, string.IsNullOrEmpty(error) ? null : error);
    }

    public string DescribedBy(string? hint) =>
        string.Join(' ', new[] { hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.Where(s => s is not null));

    public string HintAndError(string? hint)
    {
        var html = "";
        if (hint is not null)
            html += $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encode(hint)}</div>";
        if (Error is not null)
            html += $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(Error)}</p>";
        return html;
    }

    public string GroupClass => Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
