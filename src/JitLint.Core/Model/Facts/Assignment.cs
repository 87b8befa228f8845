using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Facts;

/// <summary>Who an assignment targets, from its <c>target.@odata.type</c>.</summary>
public enum AssignmentTargetKind
{
    Other,
    Group,
    ExcludedGroup,
    AllUsers,
    AllDevices,
}

/// <summary>One assignment of an object, as every export tool writes it (group ID, or IntuneCD's group name).</summary>
/// <param name="Intent">The install intent of an app assignment (<c>required</c>, <c>available</c>, ...), else null.</param>
public sealed record Assignment(string? Intent, AssignmentTargetKind TargetKind, string? GroupId, string? GroupName)
{
    /// <summary>Whether the assignment installs the app for someone: intent required to a group, all users or all devices.</summary>
    public bool IsRequiredInstall =>
        string.Equals(Intent, "required", StringComparison.OrdinalIgnoreCase)
        && TargetKind is AssignmentTargetKind.Group or AssignmentTargetKind.AllUsers or AssignmentTargetKind.AllDevices;

    /// <summary>The object's assignments, or null when the export holds none for it (no <c>assignments</c> property).</summary>
    public static IReadOnlyList<Assignment>? ReadAll(JsonObjectSyntax document) =>
        document.GetValue("assignments") is JsonArraySyntax array
            ? [.. array.Items.OfType<JsonObjectSyntax>().Select(Read)]
            : null;

    /// <summary>
    /// The assignments in a side file: one assignment object, an array of them, or a whole Graph response
    /// <c>{"value": [...]}</c>, as IntuneBackupAndRestore writes them; null when the JSON is none of these.
    /// </summary>
    public static IReadOnlyList<Assignment>? ReadSideFile(JsonNodeSyntax root)
    {
        var items = root switch
        {
            JsonArraySyntax array => array.Items,
            JsonObjectSyntax response when response.GetValue("value") is JsonArraySyntax value => value.Items,
            JsonObjectSyntax single => [single],
            _ => [],
        };
        var assignments = items.OfType<JsonObjectSyntax>().Where(item => item.GetValue("target") is JsonObjectSyntax).ToList();
        return assignments.Count == items.Count ? [.. assignments.Select(Read)] : null;
    }

    private static Assignment Read(JsonObjectSyntax assignment)
    {
        var target = assignment.GetValue("target") as JsonObjectSyntax;
        return new Assignment(
            assignment.GetString("intent"),
            KindOf(target?.GetString("@odata.type")),
            target?.GetString("groupId"),
            target?.GetString("groupName"));
    }

    private static AssignmentTargetKind KindOf(string? odataType) => odataType switch
    {
        _ when ODataType.Is(odataType, "groupAssignmentTarget") => AssignmentTargetKind.Group,
        _ when ODataType.Is(odataType, "exclusionGroupAssignmentTarget") => AssignmentTargetKind.ExcludedGroup,
        _ when ODataType.Is(odataType, "allLicensedUsersAssignmentTarget") => AssignmentTargetKind.AllUsers,
        _ when ODataType.Is(odataType, "allDevicesAssignmentTarget") => AssignmentTargetKind.AllDevices,
        _ => AssignmentTargetKind.Other,
    };
}
