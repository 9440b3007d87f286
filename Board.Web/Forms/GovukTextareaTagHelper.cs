using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Board.Web.Forms;

/// <summary>A GOV.UK textarea with its label, hint and error message: <c>&lt;govuk-textarea for="Input.Details" label="Details" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public int Rows { get; set; } = 5;

    /// <summary>Makes the label a large heading-sized label, for the main question on a page.</summary>
    public bool LargeLabel { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldContext.From(For, ViewContext);
        var describedBy = field.DescribedBy(Hint);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.GroupClass);
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label {(LargeLabel ? "govuk-label--m" : "govuk-label--s")}\" for=\"{field.Id}\">{FieldContext.Encode(Label)}</label>"
            + field.HintAndError(Hint)
            + $"<textarea class=\"govuk-textarea{(field.Error is null ? "" : " govuk-textarea--error")}\" id=\"{field.Id}\" name=\"{field.Name}\" rows=\"{Rows}\""
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
            + $">{FieldContext.Encode(field.Value)}</textarea>");
    }
}
