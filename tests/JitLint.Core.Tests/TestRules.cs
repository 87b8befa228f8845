using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Core.Tests;

/// <summary>Small rules that exercise the engine without depending on the built-in pack.</summary>
internal static class TestRules
{
    /// <summary>A stand-in for a built-in rule, with a page where JitLint's own rules have theirs.</summary>
    public static RuleDescriptor Descriptor(string id, string message = "Display name {0}.") => new(
        id, "Test" + id, "Test rule", message, "A rule for tests.", RuleCategory.Engine, Severity.Warning, [PolicyKind.OtherGraphObject], ["test"])
    {
        HelpUri = new Uri($"https://github.com/jitlint/jitlint/blob/main/rules/docs/{id}.md"),
    };

    /// <summary>Reports every displayName property of every document.</summary>
    public sealed class DisplayNameRule() : DocumentRule(Descriptor("TST001"))
    {
        public override IEnumerable<Finding> Analyze(PolicyDocument document)
        {
            if (document.Root.GetProperty("displayName") is { Value: JsonStringSyntax name })
            {
                yield return Report(document, name, name.Value);
            }
        }
    }

    public sealed class ThrowingRule() : DocumentRule(Descriptor("TST002"))
    {
        public override IEnumerable<Finding> Analyze(PolicyDocument document) =>
            throw new InvalidOperationException("Broken on purpose");
    }

    /// <summary>Runs away on documents named "spin" until released, as a rule with an endless loop would.</summary>
    public sealed class RunawayRule(ManualResetEventSlim release) : DocumentRule(Descriptor("TST005"))
    {
        public override IEnumerable<Finding> Analyze(PolicyDocument document)
        {
            if (document.DisplayName == "spin")
            {
                release.Wait();
            }

            return [];
        }
    }

    /// <summary>Reports the export once, on its first document, when it is a whole export.</summary>
    public sealed class AbsenceRule() : TenantRule(Descriptor("TST003", "{0} documents."))
    {
        public override IEnumerable<Finding> Analyze(Tenant tenant)
        {
            yield return Report(tenant.Documents[0], tenant.Documents.Count);
        }
    }
}
