using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Enrollment;

/// <summary>JIT301: JIT registration is a variant of Setup Assistant with modern authentication; other methods never start it.</summary>
public sealed class AdeProfileNotModernAuthenticationRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT301",
        "AdeProfileNotModernAuthentication",
        "Use Setup Assistant with modern authentication for ADE",
        "The ADE profile \"{0}\" authenticates users {1}, not Setup Assistant with modern authentication, which JIT registration needs.",
        "An Automated Device Enrollment profile with user affinity authenticates users with Company Portal or the legacy Setup Assistant instead of Setup Assistant with modern authentication, which JIT registration needs.",
        RuleCategory.Enrollment,
        Severity.Warning,
        [PolicyKind.AdeEnrollmentProfile, PolicyKind.SettingsCatalogPolicy],
        ["enrollment", "ade", "jit"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (document.Kind == PolicyKind.SettingsCatalogPolicy)
        {
            return AnalyzeSettingsCatalog(document);
        }

        var flags = AdeAuthentication.Read(document);

        // Without user affinity nothing authenticates (JIT303), and contradicting flags name no method (JIT302).
        if (!flags.HasUserAffinity || flags.Contradict || flags.UsesModernAuthentication)
        {
            return [];
        }

        return
        [
            flags.UsesCompanyPortal
                ? Report(document, flags.CompanyPortalFlag!, document.NameForMessage(), "with Company Portal")
                : Report(document, LegacyAnchor(flags), document.NameForMessage(), "with the legacy Setup Assistant"),
        ];
    }

    private IEnumerable<Finding> AnalyzeSettingsCatalog(PolicyDocument document)
    {
        if (AdeEnrollmentPolicy.Read(document) is { HasUserAffinity: true, AuthenticationMethod: { } method }
            && method.Value != AdeEnrollmentPolicy.ModernAuthentication)
        {
            yield return Report(document, method, document.NameForMessage(), $"with the authentication method \"{method.Value}\"");
        }
    }

    /// <summary>The flag that would have to be true for modern authentication, or the affinity flag when it is absent.</summary>
    private static JsonPropertySyntax LegacyAnchor(AdeAuthentication flags) =>
        flags.ModernAuthenticationFlag ?? flags.UserAffinityFlag!;
}
