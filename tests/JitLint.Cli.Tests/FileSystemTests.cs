namespace JitLint.Cli.Tests;

/// <summary>The scan stays inside the tree it was given: links are never followed, loops cannot trap it.</summary>
public sealed class FileSystemTests
{
    [Fact]
    public void Links_are_not_followed_so_loops_end_and_outside_files_stay_outside()
    {
        using var temp = new TempDirectory();
        var tree = Directory.CreateDirectory(Path.Combine(temp.Path, "export")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(temp.Path, "outside")).FullName;
        File.WriteAllText(Path.Combine(tree, "inside.json"), "{}");
        File.WriteAllText(Path.Combine(outside, "secret.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(tree, "loop"), tree);
        Directory.CreateSymbolicLink(Path.Combine(tree, "elsewhere"), outside);
        File.CreateSymbolicLink(Path.Combine(tree, "linked.json"), Path.Combine(outside, "secret.json"));

        var run = CliRunner.RunIn(tree, "check", ".", "--format", "json", "--fail-on", "none");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"path\": \"inside.json\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.json", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("linked.json", run.Output, StringComparison.Ordinal);
        Assert.Equal("1 finding (0 errors, 0 warnings, 1 note) in 1 file, 0 documents.\n", run.Error);
    }

    [Fact]
    public void The_snapshots_the_end_to_end_tests_compare_with_are_committed()
    {
        // Snapshooter writes a missing snapshot and passes, so a lost snapshot would make those tests vacuous.
        var snapshots = Path.Combine(CliRunner.RepositoryRoot, "tests", "JitLint.Cli.Tests", "__snapshots__");
        Assert.Equal(
            ["SampleTenantTests.Html_of_the_sample_tenant_matches_the_snapshot.snap",
             "SampleTenantTests.Markdown_of_the_sample_tenant_matches_the_snapshot.snap",
             "SampleTenantTests.Readme_command_prints_the_seeded_findings.snap",
             "SampleTenantTests.Sarif_of_the_sample_tenant_matches_the_snapshot.snap"],
            Directory.GetFiles(snapshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
