using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Board.Web.Forms;

/// <summary>A GOV.UK select with label, hint and error. <c>items</c> are (value, text) pairs; an empty first choice is offered by <c>prompt</c>.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string? Prompt { get; set; }
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldContext.From(For, ViewContext);
        var describedBy = field.DescribedBy(Hint);
        var options = (Prompt is null ? "" : $"<option value=\"\">{FieldContext.Encode(Prompt)}</option>")
            + string.Concat(Items.Select(i =>
                $"<option value=\"{FieldContext.Encode(i.Value)}\"{(i.Value == field.Value ? " selected" : "")}>{FieldContext.Encode(i.Text)}</option>"));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.GroupClass);
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label govuk-label--s\" for=\"{field.Id}\">{FieldContext.Encode(Label)}</label>"
            + field.HintAndError(Hint)
            + $"<select class=\"govuk-select{(field.Error is null ? "" : " govuk-select--error")}\" id=\"{field.Id}\" name=\"{field.Name}\""
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "") + $">{options}</select>");
    }
}
