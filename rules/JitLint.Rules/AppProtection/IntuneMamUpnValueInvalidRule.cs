using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.AppProtection;

/// <summary>JIT401: apps match IntuneMAMUPN against the signed-in account, so anything but the user's UPN as a string breaks app protection.</summary>
public sealed class IntuneMamUpnValueInvalidRule() : DocumentRule(Definition)
{
    private static readonly RuleDescriptor Definition = new(
        "JIT401",
        "IntuneMamUpnValueInvalid",
        "Set IntuneMAMUPN to {{userprincipalname}}",
        "IntuneMAMUPN is {0}; it must be the token {1} with type {2}.",
        "An app configuration policy for managed devices sets IntuneMAMUPN to something other than the string token {{userprincipalname}}, so apps cannot match the managed account.",
        RuleCategory.AppProtection,
        Severity.Error,
        [PolicyKind.ManagedDeviceAppConfiguration],
        ["app-configuration", "app-protection", "jit"]);

    public override IEnumerable<Finding> Analyze(PolicyDocument document)
    {
        if (document.Root.GetValue("settings") is not JsonArraySyntax settings)
        {
            yield break;
        }

        foreach (var item in settings.Items.OfType<JsonObjectSyntax>())
        {
            if (item.GetString("appConfigKey") is { } key && IntuneMamKeys.IsIntuneMamUpn(key) && Check(document, item) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Check(PolicyDocument document, JsonObjectSyntax item)
    {
        var value = item.GetValue("appConfigKeyValue");
        var type = item.GetValue("appConfigKeyType");
        var valueIsToken = value is JsonStringSyntax text
            && string.Equals(InvisibleText.Clean(text.Value), IntuneMamKeys.UserPrincipalNameToken, StringComparison.OrdinalIgnoreCase);
        var typeIsString = (type as JsonStringSyntax)?.Value == IntuneMamKeys.StringType;
        if (valueIsToken && typeIsString)
        {
            return null;
        }

        // Point at what has to change: the value when it is wrong, else the type; the item itself when that part is absent.
        var anchor = (valueIsToken ? type : value) ?? item;
        var found = typeIsString ? DescribeValue(value) : $"{DescribeValue(value)} {DescribeType(type)}";
        return Report(document, anchor, found, IntuneMamKeys.UserPrincipalNameToken, IntuneMamKeys.StringType);
    }

    private static string DescribeValue(JsonNodeSyntax? value) => value switch
    {
        JsonStringSyntax text => $"\"{InvisibleText.Reveal(text.Value)}\"",
        null => "set without a value",
        { Kind: JsonSyntaxKind.Null } => "null",
        _ => "not a string",
    };

    private static string DescribeType(JsonNodeSyntax? type) =>
        type is JsonStringSyntax text ? $"with type {InvisibleText.Reveal(text.Value)}" : "without a type";
}
