namespace Board.Web.Pages.Shared;

/// <summary>
/// A question asked by the server before something hard to undo: the same form again, with the same fields and
/// "confirmed", so the second press does the thing. Without JavaScript it works the same.
/// </summary>
public sealed record ConfirmView(Core.Meetings.Confirmation Confirmation, string Handler, IReadOnlyDictionary<string, string> Fields, string BackUrl);
