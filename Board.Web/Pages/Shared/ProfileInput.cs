using Board.Core.Composition;

namespace Board.Web.Pages.Shared;

/// <summary>The four choices of a communication profile, as a form.</summary>
public sealed class ProfileInput
{
    public bool LargeText { get; set; }
    public bool ReadAloud { get; set; }
    public bool NeedsSupporter { get; set; }
    public bool PictureFirst { get; set; }

    public static ProfileInput From(CommunicationProfile profile) => new()
    {
        LargeText = profile.LargeText,
        ReadAloud = profile.ReadAloud,
        NeedsSupporter = profile.NeedsSupporter,
        PictureFirst = profile.PictureFirst,
    };

    public CommunicationProfile ToProfile() => new(LargeText, ReadAloud, NeedsSupporter, PictureFirst);
}
