namespace JitLint.Core.Model.Plist;

/// <summary>The layout of a configuration profile (<c>.mobileconfig</c>) as Apple's Configuration Profile Reference gives it.</summary>
public static class MobileConfig
{
    /// <summary>
    /// The payload dictionaries of type <paramref name="payloadType"/> (such as <c>com.apple.extensiblesso</c>,
    /// compared ordinally): the root itself when it is one, then those in the root's <c>PayloadContent</c> array, in
    /// file order. The root is included because a profile may be a bare payload rather than a wrapper of several.
    /// </summary>
    public static IReadOnlyList<PlistDictionary> FindPayloads(PlistValue root, string payloadType)
    {
        if (root is not PlistDictionary profile)
        {
            return [];
        }

        var payloads = new List<PlistDictionary>();
        if (IsOfType(profile, payloadType))
        {
            payloads.Add(profile);
        }

        if (profile.Get("PayloadContent") is PlistArray content)
        {
            payloads.AddRange(content.Items.OfType<PlistDictionary>().Where(payload => IsOfType(payload, payloadType)));
        }

        return payloads;
    }

    private static bool IsOfType(PlistDictionary payload, string payloadType) =>
        payload.Get("PayloadType") is PlistString type && type.Value == payloadType;
}
