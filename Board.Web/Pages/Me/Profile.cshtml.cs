using Board.Core.Composition;
using Board.Data.People;
using Board.Web.Pages.Shared;
using Board.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Me;

/// <summary>Anyone signed in can say how they like information. The person comes from the sign-in, never the address.</summary>
public sealed class ProfileModel(PersonStore people) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadSelfAsync() is not { } person)
            return NotFound();
        Person = person;
        Input = ProfileInput.From(person.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadSelfAsync() is not { } person)
            return NotFound();
        if (!ModelState.IsValid)
        {
            Person = person;
            return Page();
        }
        await people.UpdateProfileAsync(person.Id, Input.ToProfile());
        // Refresh the sign-in so the new choices (large text, for example) apply on the next page at once.
        var updated = person with { Profile = Input.ToProfile() };
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            BoardClaims.For(updated, CookieAuthenticationDefaults.AuthenticationScheme, User.CardIdOf()));
        Saved = "Your choices are saved.";
        return RedirectToPage();
    }

    private async Task<Person?> LoadSelfAsync() =>
        User.PersonId() is { } id ? await people.GetSelfAsync(id) : null;
}
