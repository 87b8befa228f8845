using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Enrollment;

/// <summary>JIT303: JIT registration registers a user's device, so devices enrolled without a user never get it.</summary>
public sealed class AdeProfileWithoutUserAffinityRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT303",
        "AdeProfileWithoutUserAffinity",
        "Know that ADE without user affinity skips JIT registration",
        "The ADE profile \"{0}\" enrolls devices without user affinity, so JIT registration does not apply to them.",
        "An Automated Device Enrollment profile enrolls devices without user affinity (requiresUserAuthentication is false), so JIT registration does not apply to those devices.",
        RuleCategory.Enrollment,
        Severity.Note,
        [PolicyKind.AdeEnrollmentProfile, PolicyKind.SettingsCatalogPolicy],
        ["enrollment", "ade", "jit"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (document.Kind == PolicyKind.SettingsCatalogPolicy)
        {
            if (AdeEnrollmentPolicy.Read(document) is { HasUserAffinity: false, UserAffinity: { } affinity })
            {
                yield return Report(document, affinity, document.NameForMessage());
            }

            yield break;
        }

        var flags = AdeAuthentication.Read(document);
        if (flags.HasUserAffinity)
        {
            yield break;
        }

        // An absent flag counts as false and has no place in the file, so the finding goes on the profile's opening brace.
        yield return Report(document, (JsonNodeSyntax?)flags.UserAffinityFlag ?? document.Root, document.NameForMessage());
    }
}
