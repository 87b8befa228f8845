using JitLint.Core.Model.Facts;
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

    // Objects that Graph returns without @odata.type, known by the entity set their @odata.context names.
    private static readonly (string Fragment, string TypeName, string RequiredProperty)[] TypesByContext =
    [
        ("#identity/conditionalAccess/policies", "conditionalAccessPolicy", "conditions"),
        ("#groups/$entity", "group", "displayName"),
        ("#groups(", "group", "displayName"),
    ];

    /// <summary>The Graph objects in the file, and the JSON values that are not one (each worth a JIT002).</summary>
    public static Recognition Recognize(SourceFile file, JsonNodeSyntax root)
    {
        if (IsInAssignmentsFolder(file) && Assignment.ReadSideFile(root) is { } assignments)
        {
            return new Recognition([], [], assignments);
        }

        if (IsMigrationTable(file, root))
        {
            return new Recognition([], []);
        }

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

        var byContext = TypesByContext.FirstOrDefault(entry =>
            context?.Contains(entry.Fragment, StringComparison.OrdinalIgnoreCase) == true && obj.GetProperty(entry.RequiredProperty) is not null);
        var inferred = byContext.TypeName ?? TypeByShape(obj);
        return inferred is null ? null : new PolicyDocument(file, obj, KindsByTypeName.GetValueOrDefault(inferred, PolicyKind.OtherGraphObject), inferred);
    }

    // IntuneCD strips @odata.context, and list endpoints give Conditional Access policies and groups no
    // @odata.type, so these two are known by the properties only they have.
    private static string? TypeByShape(JsonObjectSyntax obj)
    {
        if (obj.GetValue("conditions") is JsonObjectSyntax conditions && conditions.GetValue("applications") is JsonObjectSyntax
            && obj.GetProperty("state") is not null && (obj.GetProperty("grantControls") ?? obj.GetProperty("sessionControls")) is not null)
        {
            return "conditionalAccessPolicy";
        }

        return obj.GetProperty("securityEnabled") is not null && obj.GetProperty("mailEnabled") is not null && obj.GetProperty("displayName") is not null
            ? "group"
            : null;
    }

    // IntuneBackupAndRestore writes each object's assignments to <Type>/Assignments/<name>.json.
    private static bool IsInAssignmentsFolder(SourceFile file) =>
        string.Equals(Path.GetFileName(Path.GetDirectoryName(file.FullPath)), "Assignments", StringComparison.OrdinalIgnoreCase);

    // IntuneManagement writes MigrationTable.json (tenant and object IDs for import) beside an export.
    private static bool IsMigrationTable(SourceFile file, JsonNodeSyntax root) =>
        string.Equals(Path.GetFileName(file.FullPath), "MigrationTable.json", StringComparison.OrdinalIgnoreCase)
        && root is JsonObjectSyntax table && table.GetValue("Objects") is JsonArraySyntax;
}

/// <param name="Unrecognized">Values that are neither a Graph object nor a Graph list: the file, or list elements.</param>
/// <param name="SideFileAssignments">The assignments of another object, when the file is an assignment side file.</param>
public sealed record Recognition(
    IReadOnlyList<PolicyDocument> Documents,
    IReadOnlyList<JsonNodeSyntax> Unrecognized,
    IReadOnlyList<Assignment>? SideFileAssignments = null);
