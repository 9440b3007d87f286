using System.ComponentModel.DataAnnotations;
using Board.Core.Composition;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Manage.People;

/// <summary>The fields for adding or changing a person. Messages follow the GOV.UK error message pattern.</summary>
public sealed class PersonInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the person's name")]
    [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose what the person does on the board")]
    public Role? Role { get; set; }

    [StringLength(150, ErrorMessage = "The organisation must be 150 characters or fewer")]
    public string? Organisation { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.org")]
    [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
    public string? Email { get; set; }

    /// <summary>Administrators are not made from a board's pages: that would let a coordinator reach every board.</summary>
    public static IEnumerable<SelectListItem> RoleChoices { get; } = Roles.All
        .Where(r => r != Core.Composition.Role.Admin)
        .Select(r => new SelectListItem(Roles.PlainName(r), r.ToString()));

    /// <summary>A posted "Admin" is refused: from a board's pages it would let a coordinator make a platform administrator.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Role == Core.Composition.Role.Admin)
            yield return new ValidationResult("Choose what the person does on the board", [nameof(Role)]);
    }

    public static PersonInput From(Person person) => new()
    {
        Name = person.Name,
        Role = person.Role,
        Organisation = person.Organisation,
        Email = person.Email,
    };
}
