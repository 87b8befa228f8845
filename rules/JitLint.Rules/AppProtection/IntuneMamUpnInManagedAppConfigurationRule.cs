using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.AppProtection;

/// <summary>JIT402: only a managed-devices app configuration reaches the app as managed configuration, where IntuneMAMUPN is read.</summary>
public sealed class IntuneMamUpnInManagedAppConfigurationRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT402",
        "IntuneMamUpnInManagedAppConfiguration",
        "Set IntuneMAMUPN in a managed-devices app configuration",
        "IntuneMAMUPN is set in the managed-apps app configuration \"{0}\", where it has no effect; set it in an app configuration policy for managed devices.",
        "IntuneMAMUPN is set in an app configuration policy for managed apps, where it has no effect; it belongs in an app configuration policy for managed devices.",
        RuleCategory.AppProtection,
        Severity.Warning,
        [PolicyKind.ManagedAppConfiguration],
        ["app-configuration", "app-protection", "jit"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (document.Root.GetValue("customSettings") is not JsonArraySyntax settings)
        {
            yield break;
        }

        foreach (var item in settings.Items.OfType<JsonObjectSyntax>())
        {
            if (item.GetValue("name") is JsonStringSyntax name && IntuneMamKeys.IsIntuneMamUpn(name.Value))
            {
                yield return Report(document, name, document.NameForMessage());
            }
        }
    }
}
