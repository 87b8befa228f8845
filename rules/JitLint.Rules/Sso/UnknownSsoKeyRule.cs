using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;

namespace JitLint.Rules.Sso;

/// <summary>JIT108: the plug-in silently ignores keys it does not know, so a misspelt key is a setting that never applies.</summary>
public sealed class UnknownSsoKeyRule() : SsoExtensionRule(Definition)
{
    // The suggestion comes last and is a sentence of its own ending, so it is passed in as {0}.
    private static readonly RuleDescriptor Definition = new(
        "JIT108",
        "UnknownSsoKey",
        "Use only documented Enterprise SSO plug-in keys",
        "\"{1}\" is not a documented Enterprise SSO plug-in key; {0}",
        "An extension-data key of the Entra ID SSO app extension is not one of the keys the Microsoft Enterprise SSO plug-in documents, so the plug-in ignores it.",
        RuleCategory.SsoExtension,
        Severity.Warning,
        SsoDocumentKinds,
        ["sso"]);

    private const int MaxSuggestionDistance = 2;

    protected override IEnumerable<Finding> Analyze(SsoExtension extension)
    {
        foreach (var setting in extension.Settings)
        {
            if (setting is { Key: { } key, CleanKey: { } cleanKey } && !SsoKeys.Documented.Contains(cleanKey, StringComparer.Ordinal))
            {
                var advice = ClosestDocumentedKey(cleanKey) is { } suggestion ? $"did you mean \"{suggestion}\"?" : "the plug-in ignores it.";
                yield return Report(extension.Document, key, advice, InvisibleText.Reveal(key.Value));
            }
        }
    }

    /// <summary>The documented key nearest to <paramref name="key"/> ignoring letter case (the first on a tie), when it is a near miss.</summary>
    private static string? ClosestDocumentedKey(string key) =>
        SsoKeys.Documented
            .Select(known => (Key: known, Distance: EditDistance.BetweenIgnoringCase(key, known)))
            .Where(candidate => candidate.Distance <= MaxSuggestionDistance)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Key)
            .FirstOrDefault();
}
