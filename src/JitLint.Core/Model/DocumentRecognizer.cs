using JitLint.Syntax.Json;

namespace JitLint.Core.Model;

/// <summary>
/// Finds the Graph objects in a parsed file: a single object with <c>@odata.type</c>, or the elements of a
/// Graph list response <c>{"@odata.context": ..., "value": [...]}</c>.
/// </summary>
public static class DocumentRecognizer
{
    private static readonly Dictionary<string, PolicyKind> KindsByTypeName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iosDeviceFeaturesConfiguration"] = PolicyKind.DeviceFeaturesConfiguration,
        ["deviceManagementConfigurationPolicy"] = PolicyKind.SettingsCatalogPolicy,
        ["iosCustomConfiguration"] = PolicyKind.CustomConfiguration,
        ["iosStoreApp"] = PolicyKind.IosApp,
        ["iosVppApp"] = PolicyKind.IosApp,
        ["iosLobApp"] = PolicyKind.IosApp,
        ["managedIOSStoreApp"] = PolicyKind.IosApp,
        ["managedIOSLobApp"] = PolicyKind.IosApp,
        ["depIOSEnrollmentProfile"] = PolicyKind.AdeEnrollmentProfile,
        ["depEnrollmentProfile"] = PolicyKind.AdeEnrollmentProfile,
        ["appleUserInitiatedEnrollmentProfile"] = PolicyKind.UserEnrollmentProfile,
        ["iosManagedAppProtection"] = PolicyKind.AppProtectionPolicy,
        ["iosMobileAppConfiguration"] = PolicyKind.ManagedDeviceAppConfiguration,
        ["targetedManagedAppConfiguration"] = PolicyKind.ManagedAppConfiguration,
        ["iosCompliancePolicy"] = PolicyKind.CompliancePolicy,
        ["conditionalAccessPolicy"] = PolicyKind.ConditionalAccessPolicy,
    };

    /// <summary>The Graph objects in the file, and the JSON values that are not one (each worth a JIT002).</summary>
    public static Recognition Recognize(SourceFile file, JsonNodeSyntax root)
    {
        if (root is not JsonObjectSyntax obj)
        {
            return new Recognition([], [root]);
        }

        var context = obj.GetString("@odata.context");
        if (TryRecognizeObject(file, obj, context) is { } single)
        {
            return new Recognition([single], []);
        }

        if (obj.GetValue("value") is not JsonArraySyntax list || (context is null && list.Items.Count == 0))
        {
            return new Recognition([], [root]);
        }

        var documents = new List<PolicyDocument>();
        var unrecognized = new List<JsonNodeSyntax>();
        foreach (var item in list.Items)
        {
            if (item is JsonObjectSyntax element && TryRecognizeObject(file, element, context) is { } document)
            {
                documents.Add(document);
            }
            else
            {
                unrecognized.Add(item);
            }
        }

        return new Recognition(documents, unrecognized);
    }

    private static PolicyDocument? TryRecognizeObject(SourceFile file, JsonObjectSyntax obj, string? context)
    {
        var typeName = ODataType.GetTypeName(obj.GetString("@odata.type"));
        if (typeName is not null)
        {
            return new PolicyDocument(file, obj, KindsByTypeName.GetValueOrDefault(typeName, PolicyKind.OtherGraphObject), typeName);
        }

        // Conditional Access list and entity responses carry no @odata.type on the policy itself.
        return context?.Contains("conditionalAccess/policies", StringComparison.OrdinalIgnoreCase) == true
            && obj.GetProperty("conditions") is not null
            ? new PolicyDocument(file, obj, PolicyKind.ConditionalAccessPolicy, "conditionalAccessPolicy")
            : null;
    }
}

/// <param name="Unrecognized">Values that are neither a Graph object nor a Graph list: the file, or list elements.</param>
public sealed record Recognition(IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<JsonNodeSyntax> Unrecognized);
