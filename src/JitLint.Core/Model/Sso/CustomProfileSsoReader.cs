using JitLint.Core.Model.Plist;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>
/// Reads the custom profile form: a <c>com.apple.extensiblesso</c> payload for the Entra ID extension inside the
/// base64 <c>.mobileconfig</c>. Keys and values are placed at the payload string, the only place in the file.
/// </summary>
internal static class CustomProfileSsoReader
{
    private const string PayloadType = "com.apple.extensiblesso";

    public static IReadOnlyList<SsoExtension> Read(PolicyDocument document)
    {
        if (document.CustomProfile is not { Root: { } root } profile)
        {
            return [];
        }

        return
        [
            .. MobileConfig.FindPayloads(root, PayloadType)
                .Where(IsEntraExtension)
                .Select(payload => new SsoExtension(
                    document,
                    SsoExtensionForm.CustomProfile,
                    profile.Payload.Value,
                    configurations: null,
                    Settings(payload.Get("ExtensionData") as PlistDictionary, (JsonStringSyntax)profile.Payload.Value),
                    bundleIdList: null)),
        ];
    }

    private static bool IsEntraExtension(PlistDictionary payload) =>
        payload.Get("ExtensionIdentifier") is PlistString identifier
        && string.Equals(InvisibleText.Clean(identifier.Value), SsoExtension.ExtensionIdentifier, StringComparison.OrdinalIgnoreCase);

    private static List<SsoSetting> Settings(PlistDictionary? extensionData, JsonStringSyntax payload) =>
        extensionData?.Entries
            .Select(entry => new SsoSetting(
                payload,
                JsonNodeSyntax.EmbedIn(new JsonStringSyntax(payload.Span, entry.Key), payload),
                Value(entry.Value, payload),
                TypeName(entry.Value),
                TypeProperty: null))
            .ToList() ?? [];

    private static JsonNodeSyntax? Value(PlistValue value, JsonStringSyntax payload) => value switch
    {
        PlistString text => JsonNodeSyntax.EmbedIn(new JsonStringSyntax(payload.Span, text.Value), payload),
        PlistInteger number => JsonNodeSyntax.EmbedIn(new JsonNumberSyntax(payload.Span, number.Text), payload),
        PlistReal real => JsonNodeSyntax.EmbedIn(new JsonNumberSyntax(payload.Span, real.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), payload),
        PlistBoolean boolean => JsonNodeSyntax.EmbedIn(new JsonLiteralSyntax(payload.Span, boolean.Value ? JsonSyntaxKind.True : JsonSyntaxKind.False), payload),
        _ => null,
    };

    // The plist's own value kinds, named as the Device features form's keyTypedValuePair types.
    private static string? TypeName(PlistValue value) => value switch
    {
        PlistString => "keyStringValuePair",
        PlistInteger => "keyIntegerValuePair",
        PlistBoolean => "keyBooleanValuePair",
        PlistReal => "keyRealValuePair",
        _ => null,
    };
}
