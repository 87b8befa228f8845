using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT109: a key set twice has one value that takes effect and one that silently does not.</summary>
public sealed class DuplicateSsoKeyRule() : SsoExtensionRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT109",
        "DuplicateSsoKey",
        "Set each SSO extension key only once",
        "The key \"{0}\" appears {1} times in the SSO extension; only one value takes effect.",
        "An extension-data key of the Entra ID SSO app extension appears more than once, so only one of its values takes effect.",
        RuleCategory.SsoExtension,
        Severity.Error,
        SsoDocumentKinds,
        ["sso"]);

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        var counts = extension.Settings
            .Where(setting => setting.CleanKey is not null)
            .CountBy(setting => setting.CleanKey!, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in extension.Settings)
        {
            // One finding per extra entry: the first occurrence is the key itself, each later one a repetition.
            if (setting is { Key: { } key, CleanKey: { } cleanKey } && !seen.Add(cleanKey))
            {
                yield return Report(extension.Document, key, InvisibleText.Reveal(cleanKey), counts[cleanKey]);
            }
        }
    }
}
