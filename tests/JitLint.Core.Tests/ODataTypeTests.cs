using JitLint.Core.Model;
using JitLint.Core.Model.Facts;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class ODataTypeTests
{
    [Theory]
    [InlineData("#microsoft.graph.groupAssignmentTarget", "groupAssignmentTarget")]
    [InlineData("microsoft.graph.groupAssignmentTarget", "groupAssignmentTarget")]
    [InlineData("#Microsoft.Graph.GroupAssignmentTarget", "GroupAssignmentTarget")]
    [InlineData("#microsoft.graph.", null)]
    [InlineData("#microsoft.graphx", null)]
    [InlineData("#contoso.groupAssignmentTarget", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_type_name_follows_the_graph_namespace_with_or_without_hash(string? value, string? typeName) =>
        Assert.Equal(typeName, ODataType.GetTypeName(value));

    [Theory]
    [InlineData("#microsoft.graph.groupAssignmentTarget", true)]
    [InlineData("microsoft.graph.GROUPASSIGNMENTTARGET", true)]
    [InlineData("#microsoft.graph.exclusionGroupAssignmentTarget", false)]
    [InlineData("groupAssignmentTarget", false)]
    [InlineData("#microsoft.graph.", false)]
    [InlineData(null, false)]
    public void Is_compares_the_type_name_ignoring_case(string? value, bool expected) =>
        Assert.Equal(expected, ODataType.Is(value, "groupAssignmentTarget"));

    [Fact]
    public void Assignment_targets_are_known_by_their_graph_type_in_any_case()
    {
        var tree = JsonSyntaxTree.Parse(SourceText.From("""
            { "assignments": [
              { "intent": "required", "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "g1" } },
              { "target": { "@odata.type": "microsoft.graph.ExclusionGroupAssignmentTarget", "groupId": "g2" } },
              { "target": { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } },
              { "target": { "@odata.type": "#MICROSOFT.GRAPH.ALLDEVICESASSIGNMENTTARGET" } },
              { "target": { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget" } },
              { "target": { } }
            ] }
            """));

        var assignments = Assignment.ReadAll((JsonObjectSyntax)tree.Root!);

        Assert.Equal(
            [AssignmentTargetKind.Group, AssignmentTargetKind.ExcludedGroup, AssignmentTargetKind.AllUsers, AssignmentTargetKind.AllDevices, AssignmentTargetKind.Other, AssignmentTargetKind.Other],
            assignments!.Select(assignment => assignment.TargetKind));
        Assert.Equal(new Assignment("required", AssignmentTargetKind.Group, "g1", null), assignments![0]);
    }
}
