using JitLint.Core.Model;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Enrollment;

/// <summary>
/// The settings catalog form of an ADE profile (since 2025): a policy with <c>technologies</c> "enrollment" whose
/// <c>ade_useraffinity</c> choice (<c>_1</c> = with user affinity) holds an <c>ade_authenticationmethod</c> choice.
/// Only <c>ade_authenticationmethod_2</c> (Setup Assistant with modern authentication) has been observed; the
/// meaning of the other values is not documented, so rules name them rather than guess.
/// </summary>
internal sealed record AdeEnrollmentPolicy(JsonStringSyntax? UserAffinity, JsonStringSyntax? AuthenticationMethod)
{
    public const string ModernAuthentication = "ade_authenticationmethod_2";

    public bool HasUserAffinity => UserAffinity?.Value.EndsWith("_1", StringComparison.Ordinal) == true;

    /// <summary>The policy's ADE settings, or null when the document is no settings catalog enrollment policy.</summary>
    public static AdeEnrollmentPolicy? Read(PolicyDocument document)
    {
        if (document.Kind != PolicyKind.SettingsCatalogPolicy
            || document.Root.GetString("technologies")?.Contains("enrollment", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        var choices = Descendants(document.Root).OfType<JsonObjectSyntax>()
            .Where(instance => instance.GetString("settingDefinitionId") is not null)
            .ToLookup(instance => instance.GetString("settingDefinitionId")!, ChoiceValue, StringComparer.OrdinalIgnoreCase);
        return new AdeEnrollmentPolicy(choices["ade_useraffinity"].FirstOrDefault(), choices["ade_authenticationmethod"].FirstOrDefault());
    }

    private static JsonStringSyntax? ChoiceValue(JsonObjectSyntax instance) =>
        (instance.GetValue("choiceSettingValue") as JsonObjectSyntax)?.GetValue("value") as JsonStringSyntax;

    private static IEnumerable<JsonNodeSyntax> Descendants(JsonNodeSyntax node)
    {
        var pending = new Stack<JsonNodeSyntax>([node]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            IEnumerable<JsonNodeSyntax> children = current switch
            {
                JsonObjectSyntax obj => obj.Properties.Select(property => property.Value),
                JsonArraySyntax array => array.Items,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }
}
