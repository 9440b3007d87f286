using System.ComponentModel.DataAnnotations;

namespace Board.Web.Pages.Glossary;

public sealed class GlossaryInput
{
    [Required(ErrorMessage = "Enter the hard word or the letters, like NHS")]
    [StringLength(60, ErrorMessage = "The word must be 60 characters or fewer")]
    public string Word { get; set; } = "";

    [Required(ErrorMessage = "Explain the word in plain words")]
    [StringLength(300, ErrorMessage = "The explanation must be 300 characters or fewer")]
    public string Explanation { get; set; } = "";

    [Required(ErrorMessage = "Choose a picture for the word")]
    public string? Picture { get; set; }
}
