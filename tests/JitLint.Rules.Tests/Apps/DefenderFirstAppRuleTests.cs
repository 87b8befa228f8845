using JitLint.Rules.Apps;
using JitLint.Testing;
using static JitLint.Rules.Tests.TenantJson;

namespace JitLint.Rules.Tests.Apps;

public sealed class DefenderFirstAppRuleTests
{
    private const string Defender = "com.microsoft.scmx";

    private readonly DefenderFirstAppRule rule = new();

    [Theory]
    [InlineData("com.microsoft.skype.teams")]
    [InlineData("com.microsoft.office.outlook")]
    [InlineData("com.microsoft.msedge")]
    [InlineData("com.microsoft.officemobile")]
    [InlineData("com.microsoft.Office.Word")]
    [InlineData("com.microsoft.Office.Excel")]
    [InlineData("com.microsoft.Office.Powerpoint")]
    [InlineData("com.microsoft.skydrive")]
    public void Defender_beside_a_required_sso_capable_app_is_clean(string other) =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("d.json", App(Defender)), ("o.json", App(other, id: "2"))));

    [Fact]
    public void Defender_that_is_only_available_is_clean() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("d.json", App(Defender, "available"))));

    [Fact]
    public void Required_defender_without_another_required_sso_app_is_reported_on_defender()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true,
            ("a.json", App("com.microsoft.azureauthenticator")), ("d.json", App(Defender, id: "2")), ("t.json", App("com.microsoft.skype.teams", "available", id: "3"))));
        Assert.Equal("d.json", finding.Location.File.DisplayPath);
        Assert.Equal(
            "Microsoft Defender for Endpoint (com.microsoft.scmx) is required while no other SSO-capable Microsoft app (Teams, Outlook, Edge, Microsoft 365, Word, Excel, PowerPoint or OneDrive) is; users would open Defender first, and it cannot be used for the first authentication.",
            finding.Message);
    }

    [Fact]
    public void Single_files_are_not_checked() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("d.json", App(Defender))));
}
