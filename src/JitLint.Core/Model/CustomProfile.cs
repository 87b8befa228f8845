using JitLint.Core.Model.Plist;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model;

/// <summary>The <c>.mobileconfig</c> inside an <c>iosCustomConfiguration</c>: its base64 <c>payload</c> string, decoded.</summary>
/// <param name="Payload">The <c>payload</c> property, where every finding about the profile points.</param>
/// <param name="Root">The property list, or null when it cannot be read.</param>
/// <param name="Error">Why the payload cannot be read, when it cannot.</param>
public sealed record CustomProfile(JsonPropertySyntax Payload, PlistValue? Root, string? Error)
{
    /// <summary>The profile of a custom configuration document, or null when it has no payload string.</summary>
    public static CustomProfile? Read(PolicyDocument document)
    {
        if (document.Kind != PolicyKind.CustomConfiguration || document.Root.GetProperty("payload") is not { Value: JsonStringSyntax base64 } payload)
        {
            return null;
        }

        var buffer = new byte[base64.Value.Length];
        if (!Convert.TryFromBase64String(base64.Value, buffer, out var length))
        {
            return new CustomProfile(payload, null, "the payload is not base64");
        }

        var plist = PlistReader.Read(buffer.AsSpan(0, length));
        return new CustomProfile(payload, plist.Root, plist.Error);
    }
}
