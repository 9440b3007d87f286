using Board.Data.Glossary;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Board.Web.Pages.Glossary;

public static class GlossaryForm
{
    public static async Task CheckAsync(GlossaryInput input, long boardId, GlossaryStore glossary, PictureSet pictures, ModelStateDictionary modelState)
    {
        if (input.Picture is not null && !pictures.Contains(input.Picture))
            modelState.AddModelError("Input.Picture", "Choose a picture from the list");
        if (!string.IsNullOrWhiteSpace(input.Word) && await glossary.WordTakenAsync(boardId, input.Word.Trim()))
            modelState.AddModelError("Input.Word", "This word is already in the list, or waiting to be checked");
    }
}
