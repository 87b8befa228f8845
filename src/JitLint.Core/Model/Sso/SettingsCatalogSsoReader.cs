using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>
/// Reads the settings catalog form: a <c>com.apple.extensiblesso_com.apple.extensiblesso</c> group per payload,
/// whose <c>extensiondata</c> groups each hold a key (<c>..._keytobereplaced</c>), a type picker and a value.
/// </summary>
internal static class SettingsCatalogSsoReader
{
    private const string Prefix = "com.apple.extensiblesso_";
    private const string PayloadDefinition = Prefix + "com.apple.extensiblesso";
    private const string TypePicker = Prefix + "ignored_$typepicker";

    // The type picker's choices, as Graph's keyTypedValuePair types the Device features form uses.
    private static readonly Dictionary<string, string> TypesByChoice = new(StringComparer.OrdinalIgnoreCase)
    {
        [Prefix + "ignored_0"] = "keyStringValuePair",
        [Prefix + "ignored_1"] = "keyIntegerValuePair",
        [Prefix + "ignored_2"] = "keyBooleanValuePair",
    };

    public static IReadOnlyList<SsoExtension> Read(PolicyDocument document) =>
    [
        .. ((document.Root.GetValue("settings") as JsonArraySyntax)?.Items ?? [])
            .OfType<JsonObjectSyntax>()
            .Select(setting => setting.GetProperty("settingInstance"))
            .OfType<JsonPropertySyntax>()
            .Where(instance => DefinitionOf(instance.Value) == PayloadDefinition)
            .SelectMany(instance => GroupValues(instance.Value).Select(payload => (Instance: instance, Payload: payload)))
            .Where(pair => IsEntraExtension(pair.Payload))
            .Select(pair => Read(document, pair.Instance, pair.Payload)),
    ];

    private static SsoExtension Read(PolicyDocument document, JsonPropertySyntax instance, JsonObjectSyntax payload)
    {
        var extensionData = Child(payload, Prefix + "extensiondata");
        var entries = (extensionData as JsonObjectSyntax)?.GetProperty("groupSettingCollectionValue");
        return new SsoExtension(
            document,
            SsoExtensionForm.SettingsCatalog,
            entries ?? instance,
            configurations: null,
            [.. GroupValues(extensionData).Select(ReadSetting)],
            bundleIdList: null);
    }

    private static SsoSetting ReadSetting(JsonObjectSyntax entry)
    {
        var key = SimpleValue(Child(entry, Prefix + "extensiondata_generickey_keytobereplaced")) as JsonStringSyntax;
        var picker = (Child(entry, TypePicker) as JsonObjectSyntax)?.GetValue("choiceSettingValue") as JsonObjectSyntax;
        var choice = picker?.GetProperty("value");
        var valueInstance = (picker?.GetValue("children") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>().FirstOrDefault();
        var value = SimpleValue(valueInstance) ?? ((valueInstance?.GetValue("choiceSettingValue") as JsonObjectSyntax)?.GetValue("value"));
        var typeName = (choice?.Value as JsonStringSyntax)?.Value is { } chosen ? TypesByChoice.GetValueOrDefault(chosen) : null;
        return new SsoSetting(entry, key, value, typeName, choice);
    }

    private static bool IsEntraExtension(JsonObjectSyntax payload) =>
        SimpleValue(Child(payload, Prefix + "extensionidentifier")) is JsonStringSyntax identifier
        && string.Equals(InvisibleText.Clean(identifier.Value), SsoExtension.ExtensionIdentifier, StringComparison.OrdinalIgnoreCase);

    private static string? DefinitionOf(JsonNodeSyntax? instance) => (instance as JsonObjectSyntax)?.GetString("settingDefinitionId");

    private static IEnumerable<JsonObjectSyntax> GroupValues(JsonNodeSyntax? instance) =>
        ((instance as JsonObjectSyntax)?.GetValue("groupSettingCollectionValue") as JsonArraySyntax)?.Items.OfType<JsonObjectSyntax>() ?? [];

    private static JsonNodeSyntax? Child(JsonObjectSyntax group, string definitionId) =>
        ((group.GetValue("children") as JsonArraySyntax)?.Items ?? []).FirstOrDefault(child => DefinitionOf(child) == definitionId);

    private static JsonNodeSyntax? SimpleValue(JsonNodeSyntax? instance) =>
        ((instance as JsonObjectSyntax)?.GetValue("simpleSettingValue") as JsonObjectSyntax)?.GetValue("value");
}
