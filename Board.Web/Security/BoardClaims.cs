using System.Security.Claims;
using Board.Core.Composition;

namespace Board.Web.Security;

/// <summary>The claim names we add to the sign-in cookie, and helpers to read them back.</summary>
public static class BoardClaims
{
    public const string BoardId = "board_id";
    public const string LargeText = "large_text";
    public const string ReadAloud = "read_aloud";
    public const string PictureFirst = "picture_first";
    public const string VoteAlert = "vote_alert";

    /// <summary>Set when the session began with a sign-in card, so stopping that card ends the session.</summary>
    public const string CardId = "card_id";

    /// <summary>The server-side session this cookie belongs to (Security/Sessions): signing out ends it.</summary>
    public const string SessionId = "session_id";

    public static ClaimsPrincipal For(Person person, string authenticationType, long? cardId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, person.Name),
            new(ClaimTypes.Role, person.Role.ToString()),
        };
        if (person.BoardId is { } boardId)
            claims.Add(new(BoardId, boardId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (cardId is { } card)
            claims.Add(new(CardId, card.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (person.Profile.LargeText)
            claims.Add(new(LargeText, "true"));
        if (person.Profile.ReadAloud)
            claims.Add(new(ReadAloud, "true"));
        if (person.Profile.PictureFirst)
            claims.Add(new(PictureFirst, "true"));
        if (person.Profile.VoteAlert)
            claims.Add(new(VoteAlert, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static long? PersonId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>For pages behind a sign-in policy, where a person id is always present.</summary>
    public static long PersonIdOrThrow(this ClaimsPrincipal user) =>
        user.PersonId() ?? throw new InvalidOperationException("This page needs a signed-in person.");

    public static long? BoardIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(BoardId), out var id) ? id : null;

    public static long? CardIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(CardId), out var id) ? id : null;

    public static string? SessionIdOf(this ClaimsPrincipal user) => user.FindFirstValue(SessionId);

    public static bool Wants(this ClaimsPrincipal user, string profileClaim) => user.HasClaim(profileClaim, "true");
}
