using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Board.Web.Forms;

/// <summary>A single yes/no GOV.UK checkbox bound to a bool. A hidden "false" follows the box so unticking is posted; the model binder takes the first value, so a ticked box binds true.</summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldContext.From(For, ViewContext);
        var isChecked = string.Equals(field.Value, "true", StringComparison.OrdinalIgnoreCase)
                        || field.Value?.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase) == true;
        var describedBy = field.DescribedBy(Hint);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.GroupClass);
        output.Content.SetHtmlContent(
            (field.Error is null ? "" : field.HintAndError(null))
            + "<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            + $"<input class=\"govuk-checkboxes__input\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}"
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "") + ">"
            + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{field.Id}\">{FieldContext.Encode(Label)}</label>"
            + (Hint is null ? "" : $"<div id=\"{field.Id}-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{FieldContext.Encode(Hint)}</div>")
            + $"<input type=\"hidden\" name=\"{field.Name}\" value=\"false\">"
            + "</div></div>");
    }
}
