using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>
/// The Entra ID SSO app extension (Microsoft Enterprise SSO plug-in) seen through one normalised view, so
/// that each SSO rule is written once. Today this reads the Device features form
/// (<c>iosDeviceFeaturesConfiguration</c> with an <c>iosAzureAdSingleSignOnExtension</c>).
/// </summary>
public sealed class SsoExtension
{
    public const string ExtensionTypeName = "iosAzureAdSingleSignOnExtension";

    /// <summary>Since February 2023 the portal writes the extension here.</summary>
    public const string PropertyName = "iosSingleSignOnExtension";

    /// <summary>Deprecated in Graph beta but still found in older exports.</summary>
    public const string DeprecatedPropertyName = "singleSignOnExtension";

    private SsoExtension(PolicyDocument document, JsonPropertySyntax property, JsonObjectSyntax body)
    {
        Document = document;
        Property = property;
        Body = body;
        ConfigurationsProperty = body.GetProperty("configurations");
        Settings = ReadSettings(ConfigurationsProperty?.Value as JsonArraySyntax);
        BundleIdList = body.GetValue("bundleIdAccessControlList") as JsonArraySyntax;
        BundleIds = BundleIdList?.Items.OfType<JsonStringSyntax>().ToList() ?? [];
    }

    public PolicyDocument Document { get; }

    /// <summary>The property that holds the extension (<c>iosSingleSignOnExtension</c> or the deprecated one).</summary>
    public JsonPropertySyntax Property { get; }

    public JsonObjectSyntax Body { get; }

    public JsonPropertySyntax? ConfigurationsProperty { get; }

    public JsonArraySyntax? Configurations => ConfigurationsProperty?.Value as JsonArraySyntax;

    /// <summary>The "Additional configuration" key/type/value entries, in source order.</summary>
    public IReadOnlyList<SsoSetting> Settings { get; }

    public JsonArraySyntax? BundleIdList { get; }

    public IReadOnlyList<JsonStringSyntax> BundleIds { get; }

    /// <summary>Where a finding about a missing key points: the configurations property, else the extension.</summary>
    public JsonPropertySyntax MissingKeyAnchor => ConfigurationsProperty ?? Property;

    /// <summary>
    /// Whether a key is present. Keys are case-sensitive; a key that differs only by stray whitespace or invisible
    /// characters counts as present, because that is a different mistake (JIT105) than a missing key.
    /// </summary>
    public bool HasKey(string key) => SettingsWithKey(key).Any();

    /// <summary>The entries with this key (compared like <see cref="HasKey"/>), in source order.</summary>
    public IEnumerable<SsoSetting> SettingsWithKey(string key) => Settings.Where(setting => setting.CleanKey == key);

    internal static IReadOnlyList<SsoExtension> ReadAll(PolicyDocument document)
    {
        if (document.Kind != PolicyKind.DeviceFeaturesConfiguration)
        {
            return [];
        }

        var extensions = new List<SsoExtension>();
        foreach (var name in (ReadOnlySpan<string>)[PropertyName, DeprecatedPropertyName])
        {
            if (document.Root.GetProperty(name) is { Value: JsonObjectSyntax body } property
                && ODataType.Is(body.GetString("@odata.type"), ExtensionTypeName))
            {
                extensions.Add(new SsoExtension(document, property, body));
            }
        }

        return extensions;
    }

    private static List<SsoSetting> ReadSettings(JsonArraySyntax? configurations) =>
        configurations?.Items.OfType<JsonObjectSyntax>()
            .Select(entry => new SsoSetting(
                entry,
                entry.GetValue("key") as JsonStringSyntax,
                entry.GetValue("value"),
                ODataType.GetTypeName(entry.GetString("@odata.type"))))
            .ToList() ?? [];
}
