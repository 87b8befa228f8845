using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Sso;

/// <summary>JIT104: the plug-in registers the device only for the exact string token {{DEVICEREGISTRATION}}.</summary>
public sealed class DeviceRegistrationValueInvalidRule() : SsoExtensionRule(Definition)
{
    // The token is passed as an argument: its braces would be format items in the message format.
    private static readonly RuleDescriptor Definition = new(
        "JIT104",
        "DeviceRegistrationValueInvalid",
        "Set device_registration to {{DEVICEREGISTRATION}}",
        "\"device_registration\" {0}; set it to the string {1} (keyStringValuePair).",
        "The device_registration key of the Entra ID SSO app extension is not the string {{DEVICEREGISTRATION}}, so the plug-in does not register the device.",
        RuleCategory.SsoExtension,
        Severity.Error,
        SsoDocumentKinds,
        ["sso", "jit"]);

    private const int MaxTypoDistance = 2;

    private static readonly string TokenName = SsoKeys.DeviceRegistrationToken.Trim('{', '}');

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        foreach (var setting in extension.SettingsWithKey(SsoKeys.DeviceRegistration))
        {
            if (Check(extension.Document, setting) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Check(PolicyDocument document, SsoSetting setting)
    {
        const string Token = SsoKeys.DeviceRegistrationToken;
        if (setting.Value is null)
        {
            return Report(document, setting.Entry, "has no value", Token);
        }

        if (setting.Value is not JsonStringSyntax text)
        {
            return Report(document, setting.Value, $"is {SsoKeys.DescribeValue(setting.Value)}, not a string", Token);
        }

        // A wrong value wins over a wrong type: one finding is enough, and the admin retypes the whole entry anyway.
        var value = InvisibleText.Clean(text.Value);
        if (value != Token)
        {
            return Report(document, text, $"is \"{InvisibleText.Reveal(text.Value)}\", which {NearMiss(value)}", Token);
        }

        if (setting.IsOfType(SsoKeys.StringEntryTypeName))
        {
            return null;
        }

        var type = setting.TypeName is { } name ? $"is typed {name}, not {SsoKeys.StringEntryTypeName}" : "has no Graph @odata.type";
        return Report(document, (JsonNodeSyntax?)setting.TypeProperty ?? setting.Entry, type, Token);
    }

    /// <summary>Why a (cleaned) value is not the token, naming the near misses admins make when typing it.</summary>
    private static string NearMiss(string value)
    {
        if (string.Equals(value, SsoKeys.DeviceRegistrationToken, StringComparison.OrdinalIgnoreCase))
        {
            return "differs only in letter case (the token is case-sensitive)";
        }

        if (BraceProblem(value) is { } braces)
        {
            return braces;
        }

        return EditDistance.BetweenIgnoringCase(value, SsoKeys.DeviceRegistrationToken) <= MaxTypoDistance
            ? "looks like a typo"
            : "is not the registration token";
    }

    /// <summary>The problem when the value is the token's name with other braces around it, else null.</summary>
    private static string? BraceProblem(string value)
    {
        var open = value.Length - value.TrimStart('{').Length;
        var close = value.Length - value.TrimEnd('}').Length;
        var name = open + close < value.Length ? value[open..^close] : string.Empty;
        if (!name.Equals(TokenName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var braces = (open <= 2 && close <= 2) ? "is missing braces"
            : (open >= 2 && close >= 2) ? "has extra braces"
            : "has the wrong number of braces";
        return name == TokenName ? braces : braces + " and differs in letter case (the token is case-sensitive)";
    }
}
