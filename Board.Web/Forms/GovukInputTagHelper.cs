using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Board.Web.Forms;

/// <summary>A GOV.UK text input with its label, hint and error message: <c>&lt;govuk-input for="Input.Name" label="Name" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Width { get; set; }
    public bool Spellcheck { get; set; } = true;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldContext.From(For, ViewContext);
        var describedBy = field.DescribedBy(Hint);
        var classes = "govuk-input" + (Width is null ? "" : $" govuk-input--width-{Width}") + (field.Error is null ? "" : " govuk-input--error");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.GroupClass);
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label govuk-label--s\" for=\"{field.Id}\">{FieldContext.Encode(Label)}</label>"
            + field.HintAndError(Hint)
            + $"<input class=\"{classes}\" id=\"{field.Id}\" name=\"{field.Name}\" type=\"{Type}\" value=\"{(Type == "password" ? "" : FieldContext.Encode(field.Value))}\""
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
            + (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"")
            + (Spellcheck ? "" : " spellcheck=\"false\"")
            + ">");
    }
}
