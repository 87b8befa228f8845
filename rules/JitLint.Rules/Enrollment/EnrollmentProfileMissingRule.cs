using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Rules.Enrollment;

/// <summary>JIT300: without an enrollment profile in the export, the enrollment half of JIT cannot be checked.</summary>
public sealed class EnrollmentProfileMissingRule() : TenantRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT300",
        "EnrollmentProfileMissing",
        "Include the iOS enrollment profiles in the export",
        "None of the {0} documents of this export is an iOS ADE enrollment profile or an account-driven user enrollment profile, so the enrollment half of JIT was not checked; this finding is placed on the export's first document.",
        "The export has no iOS ADE enrollment profile and no account-driven user enrollment profile, so JitLint cannot check how devices enroll.",
        RuleCategory.Enrollment,
        Severity.Note,
        [],
        ["enrollment", "tenant"]);

    public override IEnumerable<Finding> Analyze(Tenant tenant)
    {
        if (!tenant.Documents.Any(document => document.IsIosEnrollmentProfile))
        {
            yield return Report(tenant.Documents[0], tenant.Documents.Count);
        }
    }
}
