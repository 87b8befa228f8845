namespace JitLint.Cli.Tests;

/// <summary><c>jitlint check --summary</c>: the readiness checklist goes where the findings summary line goes.</summary>
public sealed class ReadinessSummaryTests
{
    private const string Contoso = "testdata/tenants/contoso";

    private const string ContosoChecklist = """

        JIT readiness:
          PASS           SSO extension present and assigned: no finding.
          FAIL           SSO extension correct (device_registration, browser SSO, app list, no whitespace): 5 findings: JIT101, JIT103, JIT105, JIT106.
          PASS           Microsoft Authenticator required: no finding.
          PASS           A first app that can sign in (not only Defender for Endpoint): no finding.
          PASS           ADE with Setup Assistant and modern authentication, or account-driven user enrollment: no finding.
          PASS           IntuneMAMUPN where app protection targets managed devices: no finding.
          PASS           iOS compliance policy assigned: no finding.
          PASS           No obsolete Microsoft Intune exclusion in Conditional Access: no finding.
        JIT readiness: 7 passed, 1 failed, 0 not checkable.

        """;

    [Fact]
    public void The_console_report_ends_with_the_findings_summary_then_the_checklist()
    {
        var run = CliRunner.Run("check", Contoso, "--summary");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.EndsWith("5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents.\n" + ContosoChecklist.ReplaceLineEndings("\n"), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_summary_there_is_no_checklist()
    {
        Assert.DoesNotContain("JIT readiness", CliRunner.Run("check", Contoso).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_on_standard_output_keeps_the_checklist_on_standard_error()
    {
        var run = CliRunner.Run("check", Contoso, "--format", "html", "--summary");
        Assert.DoesNotContain("JIT readiness:\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents.\n" + ContosoChecklist.ReplaceLineEndings("\n"), run.Error);
    }

    [Fact]
    public void A_report_written_to_a_file_prints_the_checklist_after_the_summary_line()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "report.html");
        var run = CliRunner.Run("check", Contoso, "--format", "html", "--output", report, "--summary");
        Assert.Equal(ExitCodes.FindingsReported, run.ExitCode);
        Assert.Equal($"5 findings (4 errors, 1 warning, 0 notes) in 16 files, 16 documents. Report written to {report}.\n" + ContosoChecklist.ReplaceLineEndings("\n"), run.Output);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_alone_leaves_the_whole_export_lines_not_checkable()
    {
        var run = CliRunner.Run("check", Contoso + "/mobileApps/Microsoft Authenticator.json", "--summary");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith("JIT readiness: 2 passed, 0 failed, 6 not checkable.\n", run.Output, StringComparison.Ordinal);
    }
}
