using JitLint.Core.Rules;
using JitLint.Rules.AppProtection;
using JitLint.Rules.Apps;
using JitLint.Rules.Compliance;
using JitLint.Rules.Documents;
using JitLint.Rules.Enrollment;
using JitLint.Rules.Sso;

namespace JitLint.Rules;

/// <summary>The built-in rule pack. A new rule is added here, in ID order.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new CustomProfileUnreadableRule(),
        new SsoExtensionMissingRule(),
        new AuthenticatorInSsoAppListRule(),
        new OtherMicrosoftAppInSsoAppListRule(),
        new DeviceRegistrationMissingRule(),
        new DeviceRegistrationValueInvalidRule(),
        new WhitespaceInSsoSettingRule(),
        new BrowserSsoInteractionMissingRule(),
        new BrowserSsoInteractionValueInvalidRule(),
        new UnknownSsoKeyRule(),
        new DuplicateSsoKeyRule(),
        new SsoProfileUnassignedRule(),
        new AuthenticatorNotRequiredRule(),
        new DefenderFirstAppRule(),
        new EnrollmentProfileMissingRule(),
        new AdeProfileNotModernAuthenticationRule(),
        new AdeAuthenticationFlagsContradictRule(),
        new AdeProfileWithoutUserAffinityRule(),
        new IntuneMamUpnMissingRule(),
        new IntuneMamUpnValueInvalidRule(),
        new IntuneMamUpnInManagedAppConfigurationRule(),
        new CompliancePolicyMissingRule(),
        new ConditionalAccessExcludesIntuneRule(),
    ];

    /// <summary>Every descriptor: the engine's own diagnostics and the built-in rules.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [.. EngineRules.All, .. All.Select(rule => rule.Descriptor)];

    /// <summary>The rule's documentation page (Markdown), or null for an unknown ID.</summary>
    public static string? Documentation(string ruleId)
    {
        using var stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream($"docs/{ruleId}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
