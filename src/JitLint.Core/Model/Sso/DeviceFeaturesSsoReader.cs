using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>Reads the Device features form: <c>iosSingleSignOnExtension</c> (or the deprecated property) of the Entra ID type.</summary>
internal static class DeviceFeaturesSsoReader
{
    private const string ExtensionTypeName = "iosAzureAdSingleSignOnExtension";

    // Since February 2023 the portal writes iosSingleSignOnExtension; older exports hold the deprecated property.
    private static readonly string[] PropertyNames = ["iosSingleSignOnExtension", "singleSignOnExtension"];

    public static IReadOnlyList<SsoExtension> Read(PolicyDocument document) =>
    [
        .. PropertyNames
            .Select(document.Root.GetProperty)
            .OfType<JsonPropertySyntax>()
            .Where(property => property.Value is JsonObjectSyntax body && ODataType.Is(body.GetString("@odata.type"), ExtensionTypeName))
            .Select(property => Read(document, property, (JsonObjectSyntax)property.Value)),
    ];

    private static SsoExtension Read(PolicyDocument document, JsonPropertySyntax property, JsonObjectSyntax body)
    {
        var configurationsProperty = body.GetProperty("configurations");
        var configurations = configurationsProperty?.Value as JsonArraySyntax;
        var settings = configurations?.Items.OfType<JsonObjectSyntax>().Select(ReadSetting).ToList() ?? [];
        return new SsoExtension(
            document,
            SsoExtensionForm.DeviceFeatures,
            configurationsProperty ?? property,
            configurations,
            settings,
            body.GetValue("bundleIdAccessControlList") as JsonArraySyntax);
    }

    private static SsoSetting ReadSetting(JsonObjectSyntax entry) => new(
        entry,
        entry.GetValue("key") as JsonStringSyntax,
        entry.GetValue("value"),
        ODataType.GetTypeName(entry.GetString("@odata.type")),
        entry.GetProperty("@odata.type"));
}
