using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT103: the device_registration key is what tells the SSO plug-in to register the device.</summary>
public sealed class DeviceRegistrationMissingRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT103",
        "DeviceRegistrationMissing",
        "Add the device_registration key to the SSO extension",
        "The SSO extension has no \"device_registration\" key, so JIT registration never starts; add it as a string with the value {0}.",
        "The Entra ID SSO app extension has no device_registration key with the value {{DEVICEREGISTRATION}}, so it never registers the device.",
        RuleCategory.SsoExtension,
        Severity.Error,
        SsoDocumentKinds,
        ["sso", "jit"],
        IsFixable: true);

    private static readonly (string Name, string JsonValue)[] Entry =
        [("@odata.type", "\"" + SsoKeys.StringEntryType + "\""), ("key", "\"" + SsoKeys.DeviceRegistration + "\""), ("value", "\"" + SsoKeys.DeviceRegistrationToken + "\"")];

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        if (extension.HasKey(SsoKeys.DeviceRegistration))
        {
            yield break;
        }

        var finding = Report(extension.Document, extension.MissingKeyAnchor, SsoKeys.DeviceRegistrationToken);
        yield return extension.Configurations is { } configurations
            ? finding with { Fix = new Fix("Add device_registration", [JsonEdits.AppendObject(extension.Document.File.Text!, configurations, Entry)]) }
            : finding;
    }
}
