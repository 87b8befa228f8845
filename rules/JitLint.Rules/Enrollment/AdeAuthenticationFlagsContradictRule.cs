using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Enrollment;

/// <summary>JIT302: no admin center choice produces these flags, so what the device does at enrollment is undefined.</summary>
public sealed class AdeAuthenticationFlagsContradictRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT302",
        "AdeAuthenticationFlagsContradict",
        "Resolve contradicting ADE authentication settings",
        "The ADE profile \"{0}\" sets {1}; {2}.",
        "An Automated Device Enrollment profile's authentication flags contradict each other: Company Portal and Setup Assistant with modern authentication are both turned on, or one of them is on without user affinity.",
        RuleCategory.Enrollment,
        Severity.Error,
        [PolicyKind.AdeEnrollmentProfile],
        ["enrollment", "ade", "jit"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        var flags = AdeAuthentication.Read(document);
        if (flags.UsesCompanyPortal && flags.UsesModernAuthentication)
        {
            yield return Report(
                document,
                Later(flags.CompanyPortalFlag!, flags.ModernAuthenticationFlag),
                document.NameForMessage(),
                $"both {AdeAuthentication.EnableAuthenticationViaCompanyPortal} and {AdeAuthentication.RequireCompanyPortalOnSetupAssistant} to true",
                "choose Company Portal or Setup Assistant with modern authentication");
        }
        else if (!flags.HasUserAffinity && (flags.UsesCompanyPortal || flags.UsesModernAuthentication))
        {
            var method = flags.UsesCompanyPortal ? flags.CompanyPortalFlag! : flags.ModernAuthenticationFlag!;
            yield return Report(
                document,
                Later(method, flags.UserAffinityFlag),
                document.NameForMessage(),
                $"{method.Name} to true while {AdeAuthentication.RequiresUserAuthentication} is false",
                "an authentication method applies only to a profile with user affinity");
        }
    }

    /// <summary>The flag written last, which is where a reader scanning the file meets the contradiction.</summary>
    private static JsonPropertySyntax Later(JsonPropertySyntax first, JsonPropertySyntax? second) =>
        second is not null && second.Span.Start > first.Span.Start ? second : first;
}
