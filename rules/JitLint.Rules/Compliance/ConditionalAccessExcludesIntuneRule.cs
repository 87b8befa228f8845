using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Compliance;

/// <summary>JIT501: early JIT guidance excluded Microsoft Intune from Conditional Access; the step is obsolete and leaves a gap.</summary>
public sealed class ConditionalAccessExcludesIntuneRule() : DocumentRule(Definition)
{
    /// <summary>The Microsoft Intune cloud app. Microsoft Intune Enrollment (d4ebce55-...) is another app, excluded for other reasons.</summary>
    private const string IntuneAppId = "0000000a-0000-0000-c000-000000000000";

    private static readonly RuleDescriptor Definition = new(
        "JIT501",
        "ConditionalAccessExcludesIntune",
        "Remove the Microsoft Intune exclusion from Conditional Access",
        "The Conditional Access policy \"{0}\" excludes Microsoft Intune ({1}), a JIT workaround not needed since February 2023 that only weakens the policy.",
        "A Conditional Access policy excludes the Microsoft Intune app, a JIT registration workaround that is no longer needed and only weakens the policy.",
        RuleCategory.Compliance,
        Severity.Note,
        [PolicyKind.ConditionalAccessPolicy],
        ["conditional-access", "jit"],
        IsFixable: true);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (ExcludedApplications(document) is not { } excluded)
        {
            yield break;
        }

        foreach (var application in excluded.Items.OfType<JsonStringSyntax>())
        {
            if (string.Equals(application.Value, IntuneAppId, StringComparison.OrdinalIgnoreCase))
            {
                var fix = new Fix("Remove the Microsoft Intune exclusion", [JsonEdits.RemoveArrayItem(excluded, application)]);
                yield return Report(document, application, document.NameForMessage(), application.Value) with { Fix = fix };
            }
        }
    }

    private static JsonArraySyntax? ExcludedApplications(PolicyDocument document) =>
        document.Root.GetValue("conditions") is JsonObjectSyntax conditions
        && conditions.GetValue("applications") is JsonObjectSyntax applications
            ? applications.GetValue("excludeApplications") as JsonArraySyntax
            : null;
}
