using System.ComponentModel.DataAnnotations;

namespace Board.Web.Pages.Manage.Groups;

public sealed class GroupInput
{
    [Required(ErrorMessage = "Enter the group's name")]
    [StringLength(100, ErrorMessage = "The group's name must be 100 characters or fewer")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "The area must be 100 characters or fewer")]
    public string? Area { get; set; }
}
