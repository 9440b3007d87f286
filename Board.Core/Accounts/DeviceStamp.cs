using System.Security.Cryptography;
using System.Text;

namespace Board.Core.Accounts;

/// <summary>
/// What a trusted-device cookie must match to count: a fingerprint of the person's password hash and of when they
/// last signed out of every device. Changing the password, or "sign out everywhere", changes it, so every browser
/// trusted before stops being trusted. The fingerprint reveals nothing of the hash (a SHA-256 of it, cut short).
/// </summary>
public static class DeviceStamp
{
    public static string Of(string passwordHash, DateTimeOffset? devicesResetAt)
    {
        var text = passwordHash + "|" + (devicesResetAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }
}
