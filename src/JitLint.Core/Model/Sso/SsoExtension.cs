using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>The stored form an SSO extension was read from.</summary>
public enum SsoExtensionForm
{
    /// <summary><c>iosDeviceFeaturesConfiguration</c> with an <c>iosAzureAdSingleSignOnExtension</c>.</summary>
    DeviceFeatures,

    /// <summary>A settings catalog policy with <c>com.apple.extensiblesso_*</c> settings.</summary>
    SettingsCatalog,

    /// <summary>
    /// An <c>iosCustomConfiguration</c> whose base64 <c>payload</c> holds a <c>com.apple.extensiblesso</c> payload:
    /// every position is the payload string, and no fix is offered inside it.
    /// </summary>
    CustomProfile,
}

/// <summary>
/// The Entra ID SSO app extension (Microsoft Enterprise SSO plug-in) seen through one normalised view, so
/// that each SSO rule is written once, whatever form the admin stored it in. Positions always point into the
/// file the admin wrote.
/// </summary>
public sealed class SsoExtension
{
    /// <summary>The extension identifier of the Enterprise SSO plug-in inside Microsoft Authenticator.</summary>
    public const string ExtensionIdentifier = "com.microsoft.azureauthenticator.ssoextension";

    internal SsoExtension(
        PolicyDocument document,
        SsoExtensionForm form,
        JsonNodeSyntax missingKeyAnchor,
        JsonArraySyntax? configurations,
        IReadOnlyList<SsoSetting> settings,
        JsonArraySyntax? bundleIdList)
    {
        Document = document;
        Form = form;
        MissingKeyAnchor = missingKeyAnchor;
        Configurations = configurations;
        Settings = settings;
        BundleIdList = bundleIdList;
        BundleIds = bundleIdList?.Items.OfType<JsonStringSyntax>().ToList() ?? [];
    }

    public PolicyDocument Document { get; }

    public SsoExtensionForm Form { get; }

    /// <summary>
    /// Where a finding about a missing key points: the property that holds the entries (else the extension), or
    /// the payload string of a custom profile.
    /// </summary>
    public JsonNodeSyntax MissingKeyAnchor { get; }

    /// <summary>
    /// The Device features <c>configurations</c> array, where a fix can append a <c>keyTypedValuePair</c>; null in
    /// forms whose entries have another shape.
    /// </summary>
    public JsonArraySyntax? Configurations { get; }

    /// <summary>The extension-data key/type/value entries ("Additional configuration"), in source order.</summary>
    public IReadOnlyList<SsoSetting> Settings { get; }

    /// <summary>The Device features <c>bundleIdAccessControlList</c>, when the form has one.</summary>
    public JsonArraySyntax? BundleIdList { get; }

    public IReadOnlyList<JsonStringSyntax> BundleIds { get; }

    /// <summary>
    /// Whether a key is present. Keys are case-sensitive; a key that differs only by stray whitespace or invisible
    /// characters counts as present, because that is a different mistake (JIT105) than a missing key.
    /// </summary>
    public bool HasKey(string key) => SettingsWithKey(key).Any();

    /// <summary>The entries with this key (compared like <see cref="HasKey"/>), in source order.</summary>
    public IEnumerable<SsoSetting> SettingsWithKey(string key) => Settings.Where(setting => setting.CleanKey == key);

    internal static IReadOnlyList<SsoExtension> ReadAll(PolicyDocument document) => document.Kind switch
    {
        PolicyKind.DeviceFeaturesConfiguration => DeviceFeaturesSsoReader.Read(document),
        PolicyKind.SettingsCatalogPolicy => SettingsCatalogSsoReader.Read(document),
        PolicyKind.CustomConfiguration => CustomProfileSsoReader.Read(document),
        _ => [],
    };
}
