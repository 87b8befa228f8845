using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Sso;

/// <summary>JIT105: Apple and Entra compare keys and bundle IDs exactly, so a stray character disables them silently.</summary>
public sealed class WhitespaceInSsoSettingRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT105",
        "WhitespaceInSsoSetting",
        "Remove whitespace and invisible characters from SSO extension keys, values and bundle IDs",
        "The {0} \"{1}\" has {2}; JIT registration silently fails on it.",
        "A key, a value or a bundle ID of the Entra ID SSO app extension has leading or trailing white space or an invisible character.",
        RuleCategory.SsoExtension,
        Severity.Error,
        SsoDocumentKinds,
        ["sso", "jit"],
        IsFixable: true);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        foreach (var setting in extension.Settings)
        {
            if (Check(extension, setting.Key, "key") is { } keyFinding)
            {
                yield return keyFinding;
            }

            if (Check(extension, setting.Value as JsonStringSyntax, "value") is { } valueFinding)
            {
                yield return valueFinding;
            }
        }

        foreach (var bundleId in extension.BundleIds)
        {
            if (Check(extension, bundleId, "bundle ID") is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Check(SsoExtension extension, JsonStringSyntax? node, string what)
    {
        if (node is null || InvisibleText.FindProblem(node.Value) is not { } problem)
        {
            return null;
        }

        var fix = new Fix($"Remove {problem.Describe()}", [JsonEdits.ReplaceString(node, InvisibleText.Clean(node.Value))]);
        return Report(extension.Document, node, what, InvisibleText.Reveal(node.Value), problem.Describe()) with { Fix = fix };
    }
}
