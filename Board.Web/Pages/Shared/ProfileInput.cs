using Board.Core.Composition;

namespace Board.Web.Pages.Shared;

/// <summary>The choices of a communication profile, as a form.</summary>
public sealed class ProfileInput
{
    public bool LargeText { get; set; }
    public bool ReadAloud { get; set; }
    public bool NeedsSupporter { get; set; }
    public bool PictureFirst { get; set; }
    public bool VoteAlert { get; set; }

    public static ProfileInput From(CommunicationProfile profile) => new()
    {
        LargeText = profile.LargeText,
        ReadAloud = profile.ReadAloud,
        NeedsSupporter = profile.NeedsSupporter,
        PictureFirst = profile.PictureFirst,
        VoteAlert = profile.VoteAlert,
    };

    public CommunicationProfile ToProfile() => new(LargeText, ReadAloud, NeedsSupporter, PictureFirst, VoteAlert);
}
