using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.People;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Board.Web.Pages.Manage.People;

/// <summary>The printable card. It can only be shown straight after the card is made, because the token is not stored.</summary>
public sealed class CardModel(PersonStore people, BoardStore boards, PublicAddress address, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    public Person Person { get; private set; } = null!;
    public string BoardName { get; private set; } = "";
    public string? CardLink { get; private set; }
    public string? QrSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person)
            return NotFound();
        Person = person;
        BoardName = (await boards.GetAsync(BoardId))?.Name ?? "";
        if (TempData["CardToken"] is string held && held.Split(':', 2) is [var owner, var token] && owner == PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // The configured public address, never the request's Host header, which anyone can set.
            CardLink = address.Link($"/card/{token}");
            using var data = QRCodeGenerator.GenerateQrCode(CardLink, QRCodeGenerator.ECCLevel.M);
            QrSvg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        }
        return Page();
    }
}
