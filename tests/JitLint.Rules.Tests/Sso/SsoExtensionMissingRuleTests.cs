using JitLint.Rules.Sso;
using JitLint.Testing;
using static JitLint.Rules.Tests.Sso.SsoJson;

namespace JitLint.Rules.Tests.Sso;

public sealed class SsoExtensionMissingRuleTests
{
    private const string App = """{ "@odata.type": "#microsoft.graph.iosVppApp", "bundleId": "com.microsoft.azureauthenticator" }""";
    private const string ProfileWithoutExtension = """{ "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration", "iosSingleSignOnExtension": null }""";

    private readonly SsoExtensionMissingRule rule = new();

    [Fact]
    public void An_export_with_an_extension_is_clean() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: true, ("app.json", App), ("sso.json", Profile())));

    [Fact]
    public void A_whole_export_without_one_is_reported_on_its_device_features_profile()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("a/app.json", App), ("b/features.json", ProfileWithoutExtension)));
        Assert.Equal("b/features.json", finding.Location.File.DisplayPath);
        Assert.Equal(new Syntax.Text.TextSpan(0, 1), finding.Location.Span);
        Assert.Equal(
            "None of the 2 documents of this export holds an Entra ID SSO app extension, so JIT registration never starts; the whole export was checked and this finding is placed on its first iOS Device features profile.",
            finding.Message);
    }

    [Fact]
    public void Without_any_device_features_profile_it_is_placed_on_the_first_document()
    {
        var finding = Assert.Single(RuleVerifier.LintFiles(rule, isWholeExport: true, ("app.json", App)));
        Assert.Equal("app.json", finding.Location.File.DisplayPath);
        Assert.EndsWith("placed on its first document.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linting_single_files_never_reports_an_absence() =>
        Assert.Empty(RuleVerifier.LintFiles(rule, isWholeExport: false, ("app.json", App)));
}
