namespace JitLint.Core.Rules;

/// <summary>The area of the JIT setup a rule checks; also the rule's ID block (JIT1xx = SSO extension, ...).</summary>
public enum RuleCategory
{
    Engine,
    SsoExtension,
    Apps,
    Enrollment,
    AppProtection,
    Compliance,

    /// <summary>A rule a user or organisation added: declarative rule files and rule packs.</summary>
    Custom,
}

public static class RuleCategoryNames
{
    public static string DisplayName(this RuleCategory category) => category switch
    {
        RuleCategory.Engine => "Engine",
        RuleCategory.SsoExtension => "SSO extension",
        RuleCategory.Apps => "Apps",
        RuleCategory.Enrollment => "Enrollment",
        RuleCategory.AppProtection => "App protection",
        RuleCategory.Compliance => "Compliance",
        RuleCategory.Custom => "Custom",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
