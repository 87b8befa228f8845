using JitLint.Core.Model;
using JitLint.Core.Model.Facts;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

/// <summary>How IntuneBackupAndRestore's assignment side files are joined to the objects they belong to.</summary>
public sealed class SideFileIndexTests
{
    private const string App = "/export/Client Apps/Microsoft Teams.json";

    [Fact]
    public void A_side_file_named_like_the_object_file_is_its()
    {
        var index = Index("/export/Client Apps/Assignments/Microsoft Teams.json");
        Assert.Equal("Microsoft Teams", GroupOf(index.For(Object(App, "3f8e"))));
    }

    [Fact]
    public void A_side_file_named_by_the_object_id_is_its_in_any_case()
    {
        var index = Index("/export/Client Apps/Assignments/3F8E - Teams (renamed).json");
        Assert.Equal("3F8E - Teams (renamed)", GroupOf(index.For(Object(App, "3f8e"))));
    }

    [Fact]
    public void An_id_is_matched_only_whole_before_the_separator()
    {
        var index = Index("/export/Client Apps/Assignments/3f8e1 - Microsoft Teams (other).json");
        Assert.Null(index.For(Object(App, "3f8e")));
    }

    [Fact]
    public void An_id_that_holds_the_separator_is_matched_whole()
    {
        var index = Index("/export/Client Apps/Assignments/T_3f8e - 2 - Microsoft Teams.json");
        Assert.Equal("T_3f8e - 2 - Microsoft Teams", GroupOf(index.For(Object(App, "T_3f8e - 2"))));
    }

    [Fact]
    public void A_type_folder_is_matched_in_its_exact_case()
    {
        var index = Index("/export/client apps/Assignments/Microsoft Teams.json");
        Assert.Null(index.For(Object(App, "3f8e")));
    }

    [Fact]
    public void A_side_file_of_another_type_folder_is_not_its()
    {
        var index = Index("/export/App Protection Policies/Assignments/Microsoft Teams.json");
        Assert.Null(index.For(Object(App, "3f8e")));
    }

    [Theory]
    [InlineData("/export/Client Apps/Assignments/3f8e - Teams.json", "/export/Client Apps/Assignments/Microsoft Teams.json", "3f8e - Teams")]
    [InlineData("/export/Client Apps/Assignments/Microsoft Teams.json", "/export/Client Apps/Assignments/3f8e - Teams.json", "Microsoft Teams")]
    public void When_two_side_files_fit_the_first_in_file_order_wins(string first, string second, string expected)
    {
        var index = Index(first, second);
        Assert.Equal(expected, GroupOf(index.For(Object(App, "3f8e"))));
    }

    /// <summary>Side files whose one assignment names, as its group, the side file's own name: which one was joined.</summary>
    private static SideFileIndex Index(params string[] paths) =>
        new(paths.Select(path => TenantDocument.ForAssignmentSideFile(
            new SourceFile(path, path, null),
            [new Assignment("required", AssignmentTargetKind.Group, null, Path.GetFileNameWithoutExtension(path))])));

    private static TenantDocument Object(string path, string id) =>
        new(PolicyKind.IosApp, "iosStoreApp", id, "Microsoft Teams", id, Location.Create(new SourceFile(path, path, null), default), 0, null, "com.microsoft.skype.teams", false, null, null);

    private static string? GroupOf(TenantDocument? sideFile) => sideFile?.Assignments?.Single().GroupName;
}
