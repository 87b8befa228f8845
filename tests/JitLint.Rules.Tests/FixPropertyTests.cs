using System.Text;
using CsCheck;
using JitLint.Core.Engine;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Rules.Tests;

/// <summary>Fix on random SSO profiles, in random layouts: always valid JSON, idempotent, and local to the extension.</summary>
public sealed class FixPropertyTests
{
    private static readonly string[] BundleIds =
        ["\"com.contoso.a\"", "\"com.microsoft.azureauthenticator\"", "\"com.microsoft.skype.teams\"", "\" com.contoso.b\"", "\"com.contoso.c\\u200B\""];

    private static readonly string[][] Entries =
    [
        ["\"@odata.type\"", "\"#microsoft.graph.keyStringValuePair\"", "\"key\"", "\"device_registration\"", "\"value\"", "\"{{DEVICEREGISTRATION}}\""],
        ["\"@odata.type\"", "\"#microsoft.graph.keyStringValuePair\"", "\"key\"", "\"device_registration \"", "\"value\"", "\"{{DEVICEREGISTRATION}}\""],
        ["\"@odata.type\"", "\"#microsoft.graph.keyIntegerValuePair\"", "\"key\"", "\"browser_sso_interaction_enabled\"", "\"value\"", "1"],
        ["\"@odata.type\"", "\"#microsoft.graph.keyStringValuePair\"", "\"key\"", "\"AppAllowList\"", "\"value\"", "\"com.contoso.a, com.microsoft.azureauthenticator\""],
    ];

    private static readonly Gen<string> Profiles =
        Gen.Select(
            Gen.OneOf("  ", "    ", "\t", "     "),
            Gen.OneOf(": ", ":  ", ":"),
            Gen.OneOf("\n", "\r\n"),
            Gen.Bool,
            Gen.Bool.Array[BundleIds.Length],
            Gen.Bool.Array[Entries.Length])
        .Select(Profile);

    [Fact]
    public void Fixed_output_is_valid_json_idempotent_and_changes_only_the_extension()
    {
        var fixedCount = 0;
        Profiles.Sample(json =>
        {
            var input = SourceInput.InMemory("p.json", Encoding.UTF8.GetBytes(json));
            if (Fixer.Fix(input, Lint).FixedContent is not { } output)
            {
                return;
            }

            Interlocked.Increment(ref fixedCount);
            var text = SourceText.Decode(output).Text!;
            Assert.Null(JsonSyntaxTree.Parse(text).Error);
            Assert.Null(Fixer.Fix(input with { Content = output }, Lint).FixedContent);
            Assert.Equal(OutsideTheExtension(json), OutsideTheExtension(text.ToString()));
        }, iter: 300);
        Assert.True(fixedCount > 100, $"Only {fixedCount} of 300 samples needed a fix.");
    }

    private static (string Before, string After) OutsideTheExtension(string json) =>
        (json[..json.IndexOf("\"iosSingleSignOnExtension\"", StringComparison.Ordinal)], json[json.IndexOf("\"assignments\"", StringComparison.Ordinal)..]);

    private static LintResult Lint(SourceInput input) => new Linter(BuiltInRules.All).Lint([input], isWholeExport: false);

    private static string Profile(string indent, string colon, string newLine, bool inlineList, bool[] bundleIds, bool[] entries)
    {
        string I(int depth) => string.Concat(Enumerable.Repeat(indent, depth));
        var ids = BundleIds.Where((_, i) => bundleIds[i]).ToList();
        var list = inlineList || ids.Count == 0
            ? "[" + string.Join(", ", ids) + "]"
            : "[" + newLine + string.Join("," + newLine, ids.Select(id => I(3) + id)) + newLine + I(2) + "]";
        var objects = Entries.Where((_, i) => entries[i]).Select(entry =>
            I(3) + "{" + newLine + string.Join("," + newLine, Enumerable.Range(0, 3).Select(p => I(4) + entry[2 * p] + colon + entry[(2 * p) + 1])) + newLine + I(3) + "}");
        var configurations = "[" + newLine + string.Join("," + newLine, objects) + newLine + I(2) + "]";
        return string.Join(newLine,
            "{",
            $"{I(1)}\"@odata.type\"{colon}\"#microsoft.graph.iosDeviceFeaturesConfiguration\",",
            $"{I(1)}\"displayName\"{colon}\"iOS - SSO\",",
            $"{I(1)}\"iosSingleSignOnExtension\"{colon}{{",
            $"{I(2)}\"@odata.type\"{colon}\"#microsoft.graph.iosAzureAdSingleSignOnExtension\",",
            $"{I(2)}\"bundleIdAccessControlList\"{colon}{list},",
            $"{I(2)}\"configurations\"{colon}{configurations}",
            $"{I(1)}}},",
            $"{I(1)}\"assignments\"{colon}[ {{ \"target\"{colon}{{ \"@odata.type\"{colon}\"#microsoft.graph.allDevicesAssignmentTarget\" }} }} ]",
            "}",
            string.Empty);
    }
}
