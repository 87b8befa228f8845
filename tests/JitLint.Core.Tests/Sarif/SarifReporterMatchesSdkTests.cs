using System.Text;
using CsCheck;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests.Sarif;

/// <summary>The reporter writes, byte for byte, the log the SARIF SDK serialises from the same findings.</summary>
public sealed class SarifReporterMatchesSdkTests
{
    private static readonly RuleDescriptor Driver = TestRules.Descriptor("TST004", "Remove {0}.");
    private static readonly RuleDescriptor Other = TestRules.Descriptor("TST006") with { DefaultSeverity = Severity.Error };

    private static readonly RuleDescriptor PlugIn =
        new("ORG001", "Org", "Org {rule}", "Org {0}.", "An organisation rule.", RuleCategory.Custom, Severity.Note, [], ["org", "x\"y"]);

    private static readonly RuleDescriptor HostOnlyHelp = PlugIn with { Id = "ORG002", HelpUri = new Uri("https://contoso.example") };

    private const string Specials = "\"\\/{}%# '<&+é☕\u007f\u0085\u00a0\u2028\u2029\ufeff\ud83d\ude00";

    /// <summary>Text that needs escaping, or that an escaper could get wrong: JSON and SARIF specials, non-ASCII, lone surrogates.</summary>
    private static readonly Gen<string> ShortText = Gen.OneOf(
            Gen.Char['a', 'z'],
            Gen.Char['\0', '\u001f'],
            Gen.Int[0, Specials.Length - 1].Select(index => Specials[index]))
        .Array[0, 12]
        .Select(chars => new string(chars));

    /// <summary>Mostly short text, sometimes hundreds of characters: longer than any buffer the writer starts with.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, ShortText),
        (1, Gen.Select(ShortText, Gen.Int[10, 80], (text, copies) => string.Concat(Enumerable.Repeat(text + "x", copies)))));

    private static readonly Uri?[] HelpUris =
    [
        null,
        new("https://contoso.example"),
        new("HTTPS://Contoso.example/a b?q=1#f"),
        new("FILE:///x/a b"),
        new("file:///x/y%20z/"),
        new("/rules/a b.md", UriKind.Relative),
    ];

    private static readonly Gen<Uri?> HelpUri = Gen.Int[0, HelpUris.Length - 1].Select(index => HelpUris[index]);

    private static readonly Gen<string> PathSegment = Text.Select(text => text.Replace("/", "-", StringComparison.Ordinal).Replace("\\", "-", StringComparison.Ordinal) + "x");

    [Fact]
    public void A_log_with_every_kind_of_result_matches_the_sdk() => AssertSameBytes(
        new LintResult(
            [
                Finding(Driver, Severity.Warning, "Remove Café 😀.", "dir/My Policy (iOS).json", "/displayName", withFix: true),
                Finding(Other, Severity.Error, "Use {{DEVICEREGISTRATION}}.", "a.json", "/a") with { BaselineState = BaselineState.New },
                Finding(Other, Severity.Note, "Known.", "b#1.json", "/b") with { BaselineState = BaselineState.Unchanged, SuppressionJustification = "Accepted,\nfor now." },
                Finding(PlugIn, Severity.Note, "Org.", "c.json", "/c"),
                Finding(HostOnlyHelp, Severity.Warning, "Org 2.", "d.json", "/d"),
            ],
            4,
            4,
            [
                new BaselineResult("f1", "TST006", """{"ruleId":"TST006","ruleIndex":0,"level":"error","message":{"text":"Gone."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"e.json","uriBaseId":"%SRCROOT%"},"region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":2}}}],"partialFingerprints":{"jitlint/v1":"f1"},"baselineState":"new","fixes":[{"description":{"text":"Fix \u2028 it"},"artifactChanges":[{"artifactLocation":{"uri":"e.json","uriBaseId":"%SRCROOT%"},"replacements":[{"deletedRegion":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":2},"insertedContent":{"text":"[]"}}]}]}]}"""),
                new BaselineResult("f2", "GONE01", """{"ruleId":"GONE01","ruleIndex":9,"level":"warning","message":{"text":"A rule that is gone."},"partialFingerprints":{"jitlint/v1":"f2"}}"""),
                new BaselineResult("f3", "ORG001", """{"ruleId":"ORG001","level":"note","message":{"text":"Org."},"partialFingerprints":{"jitlint/v1":"f3"}}"""),
            ]),
        Context("/work/my repo#1/é", "1.2.3-beta+7"),
        includeSuppressed: true,
        category: "tenants/contoso");

    [Fact]
    public void An_empty_log_matches_the_sdk() =>
        AssertSameBytes(new LintResult([], 0, 0), Context("/", "0.1.0") with { Extensions = [] }, includeSuppressed: false, category: null);

    [Fact]
    public void Suppressed_findings_are_left_out_as_the_sdk_writer_left_them_out() => AssertSameBytes(
        new LintResult([Finding(Driver, Severity.Warning, "Kept.", "a.json", "/a"), Finding(Driver, Severity.Warning, "Suppressed.", "a.json", "/b") with { SuppressionJustification = "why" }], 1, 1),
        Context("/work/repo", "1.0.0"),
        includeSuppressed: false,
        category: "ci/");

    [Fact]
    public void A_tag_longer_than_every_string_before_it_matches_the_sdk() => AssertSameBytes(
        new LintResult([], 0, 0),
        new ReportContext([PlugIn with { Tags = [new string('t', 2000) + "\u2028"] }], _ => null, "/r", "1"),
        includeSuppressed: false,
        category: null);

    [Fact]
    public void Random_text_in_every_string_of_the_log_matches_the_sdk() =>
        Gen.Select(Text, Text, PathSegment.Array[1, 3], Text, Gen.Int[0, 2], PathSegment, HelpUri).Sample((message, fixText, segments, justification, severity, root, helpUri) =>
        {
            var rule = Driver with { Title = message, Description = justification, Tags = [message, fixText], HelpUri = helpUri };
            var finding = Finding(rule, (Severity)severity, message, string.Join('/', segments), "/" + fixText, withFix: true, fixText: fixText)
                with { SuppressionJustification = justification };
            var context = new ReportContext([rule], _ => fixText, "/" + root, message) { Extensions = [new RuleExtension(justification, fixText, [PlugIn])] };
            AssertSameBytes(new LintResult([finding], 1, 1), context, includeSuppressed: true, category: message);
        }, iter: 300);

    private static void AssertSameBytes(LintResult result, ReportContext context, bool includeSuppressed, string? category)
    {
        using var expected = new MemoryStream();
        SdkSarifWriter.Write(result, context, expected, includeSuppressed, category);
        using var actual = new MemoryStream();
        SarifReporter.Write(result, context, actual, includeSuppressed, category);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    private static ReportContext Context(string root, string version) => new([Other, Driver], id => id == "TST004" ? "# TST004\n\n{0} \"docs\"" : null, root, version)
    {
        Extensions = [new RuleExtension("rules", null, [HostOnlyHelp]), new RuleExtension("empty", null, []), new RuleExtension("ContosoRulePack", "2.1.0", [PlugIn])],
    };

    private static Finding Finding(RuleDescriptor rule, Severity severity, string message, string displayPath, string pointer, bool withFix = false, string fixText = "\"\"")
    {
        var text = SourceText.From("{\n  \"displayName\": \"Café 😀\"\n}\n");
        var file = new Model.SourceFile("/work/repo/" + displayPath, displayPath, text);
        var span = new TextSpan(19, Encoding.UTF8.GetByteCount("\"Café 😀\""));
        var fix = withFix ? new Fix("Remove {the} value", [new TextEdit(span, fixText), new TextEdit(new TextSpan(0, 1), "{ ")]) : null;
        return new Finding(rule, severity, message, Location.Create(file, span), "id", pointer, fix);
    }
}
