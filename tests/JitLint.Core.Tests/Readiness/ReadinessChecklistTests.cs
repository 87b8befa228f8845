using JitLint.Core.Engine;
using JitLint.Core.Model;
using JitLint.Core.Reporting.Readiness;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests.Readiness;

public sealed class ReadinessChecklistTests
{
    private const string NotWholeExport = "not a whole export, so absences were not checked (lint the export directory, or use --scope tenant)";
    private static readonly HashSet<string> NoneOff = [];

    [Fact]
    public void The_checklist_has_one_line_per_prerequisite_in_setup_order()
    {
        var lines = ReadinessChecklist.Evaluate(Result(wholeExport: true), NoneOff);
        Assert.Equal(
            [
                "SSO extension present and assigned",
                "SSO extension correct (device_registration, browser SSO, app list, no whitespace)",
                "Microsoft Authenticator required",
                "A first app that can sign in (not only Defender for Endpoint)",
                "ADE with Setup Assistant and modern authentication, or account-driven user enrollment",
                "IntuneMAMUPN where app protection targets managed devices",
                "iOS compliance policy assigned",
                "No obsolete Microsoft Intune exclusion in Conditional Access",
            ],
            lines.Select(line => line.Prerequisite.Title));
    }

    [Theory]
    [InlineData(0), InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5), InlineData(6), InlineData(7)]
    public void A_whole_export_without_findings_passes_every_line(int line)
    {
        // A finding of a rule behind no line (JIT002) must not fail anything.
        var outcome = Evaluate(line, Result(wholeExport: true, At("JIT002")));
        Assert.Equal((ReadinessStatus.Pass, "no finding"), (outcome.Status, outcome.Reason));
        Assert.Empty(outcome.Findings);
    }

    [Theory]
    [InlineData(0, "JIT110")]
    [InlineData(1, "JIT104")]
    [InlineData(2, "JIT200")]
    [InlineData(3, "JIT201")]
    [InlineData(4, "JIT302")]
    [InlineData(5, "JIT401")]
    [InlineData(6, "JIT500")]
    [InlineData(7, "JIT501")]
    public void A_finding_of_a_rule_behind_the_line_fails_it(int line, string ruleId)
    {
        var finding = At(ruleId);
        var outcome = Evaluate(line, Result(wholeExport: true, finding, At("JIT002")));
        Assert.Equal((ReadinessStatus.Fail, $"1 finding: {ruleId}"), (outcome.Status, outcome.Reason));
        Assert.Same(finding, Assert.Single(outcome.Findings));
    }

    [Theory]
    [InlineData(0, NotWholeExport)]
    [InlineData(2, NotWholeExport)]
    [InlineData(3, NotWholeExport)]
    [InlineData(4, NotWholeExport)]
    [InlineData(5, NotWholeExport)]
    [InlineData(6, NotWholeExport)]
    public void Lines_that_need_a_whole_export_are_not_checkable_from_some_files(int line, string reason)
    {
        var outcome = Evaluate(line, Result(wholeExport: false));
        Assert.Equal((ReadinessStatus.NotCheckable, reason), (outcome.Status, outcome.Reason));
    }

    [Theory]
    [InlineData(1, "JIT100", "there is no SSO extension in the export to check (JIT100)")]
    [InlineData(4, "JIT300", "no iOS enrollment profile is in the export (JIT300)")]
    public void A_line_is_not_checkable_when_the_export_lacks_what_it_checks(int line, string gate, string reason)
    {
        var outcome = Evaluate(line, Result(wholeExport: true, At(gate)));
        Assert.Equal((ReadinessStatus.NotCheckable, reason), (outcome.Status, outcome.Reason));
    }

    [Fact]
    public void Suppressing_the_gate_finding_does_not_make_the_line_checkable()
    {
        var outcome = Evaluate(4, Result(wholeExport: true, At("JIT300") with { SuppressionJustification = "no ADE" }));
        Assert.Equal(ReadinessStatus.NotCheckable, outcome.Status);
    }

    [Fact]
    public void Lines_that_need_no_whole_export_are_outcomefrom_some_files()
    {
        Assert.Equal(ReadinessStatus.Pass, Evaluate(1, Result(wholeExport: false)).Status);
        Assert.Equal(ReadinessStatus.Pass, Evaluate(7, Result(wholeExport: false)).Status);
    }

    [Fact]
    public void A_finding_fails_a_line_even_when_the_run_is_not_a_whole_export()
    {
        Assert.Equal(ReadinessStatus.Fail, Evaluate(0, Result(wholeExport: false, At("JIT110"))).Status);
    }

    [Fact]
    public void A_line_whose_rules_are_all_turned_off_is_not_checkable()
    {
        var outcome = ReadinessChecklist.Evaluate(JitPrerequisites.All[7], Result(wholeExport: true), new HashSet<string> { "JIT501" });
        Assert.Equal((ReadinessStatus.NotCheckable, "JIT501 turned off in the configuration"), (outcome.Status, outcome.Reason));
    }

    [Fact]
    public void A_line_with_some_rules_turned_off_passes_and_says_which()
    {
        var outcome = ReadinessChecklist.Evaluate(JitPrerequisites.All[1], Result(wholeExport: true), new HashSet<string> { "JIT102", "JIT108" });
        Assert.Equal((ReadinessStatus.Pass, "no finding (JIT102, JIT108 turned off in the configuration)"), (outcome.Status, outcome.Reason));
    }

    [Fact]
    public void Suppressed_findings_do_not_fail_a_line_and_the_reason_says_they_exist()
    {
        var outcome = Evaluate(1, Result(wholeExport: true, At("JIT101") with { SuppressionJustification = "pilot" }, At("JIT105") with { SuppressionJustification = "pilot" }));
        Assert.Equal((ReadinessStatus.Pass, "no finding (2 suppressed: JIT101, JIT105)"), (outcome.Status, outcome.Reason));
    }

    [Fact]
    public void Findings_unchanged_since_a_baseline_still_fail_a_line()
    {
        var outcome = Evaluate(2, Result(wholeExport: true, At("JIT200") with { BaselineState = BaselineState.Unchanged }));
        Assert.Equal(ReadinessStatus.Fail, outcome.Status);
    }

    [Fact]
    public void The_reason_counts_findings_and_names_each_rule_once_in_order()
    {
        var outcome = Evaluate(1, Result(wholeExport: true, At("JIT105"), At("JIT101"), At("JIT105")));
        Assert.Equal("3 findings: JIT101, JIT105", outcome.Reason);
        Assert.Equal(3, outcome.Findings.Count);
    }

    [Fact]
    public void A_rule_that_failed_makes_its_line_not_checkable_unless_another_finding_fails_it()
    {
        var crash = At("JIT003") with { FailedRuleId = "JIT200" };
        var outcome = Evaluate(2, Result(wholeExport: true, crash));
        Assert.Equal((ReadinessStatus.NotCheckable, "JIT200 failed on some documents (JIT003)"), (outcome.Status, outcome.Reason));
        Assert.Same(crash, Assert.Single(outcome.Findings));

        Assert.Equal(ReadinessStatus.Fail, Evaluate(1, Result(wholeExport: true, At("JIT101"), At("JIT003") with { FailedRuleId = "JIT105" })).Status);
        Assert.Equal(ReadinessStatus.Pass, Evaluate(1, Result(wholeExport: true, At("JIT003") with { FailedRuleId = "JIT200" })).Status);
    }

    [Fact]
    public void A_result_without_a_tenant_is_not_a_whole_export()
    {
        Assert.Equal(ReadinessStatus.NotCheckable, Evaluate(6, new LintResult([], 0, 0)).Status);
    }

    [Fact]
    public void The_console_form_has_a_status_column_and_a_summary_sentence()
    {
        var lines = ReadinessChecklist.Evaluate(Result(wholeExport: false, At("JIT101")), NoneOff);
        using var output = new StringWriter { NewLine = "\n" };
        ReadinessConsoleWriter.Write(lines, output);
        Assert.Equal(
            $"""
            JIT readiness:
              NOT CHECKABLE  SSO extension present and assigned: {NotWholeExport}.
              FAIL           SSO extension correct (device_registration, browser SSO, app list, no whitespace): 1 finding: JIT101.
              NOT CHECKABLE  Microsoft Authenticator required: {NotWholeExport}.
              NOT CHECKABLE  A first app that can sign in (not only Defender for Endpoint): {NotWholeExport}.
              NOT CHECKABLE  ADE with Setup Assistant and modern authentication, or account-driven user enrollment: {NotWholeExport}.
              NOT CHECKABLE  IntuneMAMUPN where app protection targets managed devices: {NotWholeExport}.
              NOT CHECKABLE  iOS compliance policy assigned: {NotWholeExport}.
              PASS           No obsolete Microsoft Intune exclusion in Conditional Access: no finding.
            JIT readiness: 1 passed, 1 failed, 6 not checkable.

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    private static ReadinessLine Evaluate(int line, LintResult result) =>
        ReadinessChecklist.Evaluate(JitPrerequisites.All[line], result, NoneOff);

    private static LintResult Result(bool wholeExport, params Finding[] findings) =>
        new(findings, 1, 1) { Tenant = new Tenant([], wholeExport) };

    private static Finding At(string ruleId)
    {
        var file = new SourceFile("/repo/a.json", "a.json", Text: null);
        return new Finding(TestRules.Descriptor(ruleId), Severity.Error, "Message.", new Location(file, default, default(LinePositionSpan)), "id", "/");
    }
}
