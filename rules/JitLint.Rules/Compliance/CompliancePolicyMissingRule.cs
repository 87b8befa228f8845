using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Compliance;

/// <summary>JIT500: compliance remediation inside the app shows what an assigned compliance policy requires.</summary>
public sealed class CompliancePolicyMissingRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT500",
        "CompliancePolicyMissing",
        "Assign an iOS compliance policy",
        "{0}, so JIT compliance remediation has nothing to show; the whole export was checked.",
        "The export has no iOS compliance policy with at least one assignment.",
        RuleCategory.Compliance,
        Severity.Warning,
        [],
        ["compliance", "jit", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        var policies = tenant.OfKind(PolicyKind.CompliancePolicy).ToList();
        if (policies.Any(policy => policy.IsAssigned))
        {
            yield break;
        }

        yield return policies.Count == 0
            ? Report(tenant.Documents[0], "The export has no iOS compliance policy")
            : Report(policies[0], policies.Count == 1
                ? "The only iOS compliance policy in this export has no assignment"
                : $"None of the {policies.Count} iOS compliance policies in this export has an assignment");
    }
}
