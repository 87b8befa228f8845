using JitLint.Core.Configuration;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

public sealed class ConfigurationLoaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("jitlint-config-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_valid_configuration_is_read_whole()
    {
        var configuration = Load("""
            {
              "$schema": "https://raw.githubusercontent.com/jitlint/jitlint/main/schemas/jitlint.schema.json",
              "rules": { "JIT106": "off", "JIT300": "error" },
              "include": ["intune/**/*.json"],
              "exclude": ["**/MigrationTable.json"],
              "failOn": "warning",
              "suppressions": [
                { "rule": "JIT101", "files": "intune/**", "pointer": "/a/0", "displayName": "Kiosk", "justification": "Vendor app", "expires": "2027-01-31" }
              ]
            }
            """).Configuration!;

        Assert.True(configuration.IsOff("JIT106"));
        Assert.Equal([("JIT106", (Severity?)null), ("JIT300", Severity.Error)], configuration.Rules.Select(rule => (rule.RuleId, rule.Severity)));
        Assert.Equal(["intune/**/*.json"], configuration.Include);
        Assert.Equal(["**/MigrationTable.json"], configuration.Exclude);
        Assert.Equal("warning", configuration.FailOn);
        var suppression = Assert.Single(configuration.Suppressions);
        Assert.Equal(("JIT101", "intune/**", "/a/0", "Kiosk", "Vendor app", new DateOnly(2027, 1, 31)),
            (suppression.RuleId, suppression.Files, suppression.Pointer, suppression.DisplayName, suppression.Justification, suppression.Expires));
        Assert.Equal("(8,5)", suppression.Location.LineSpan.Start.ToString());
    }

    [Fact]
    public void Globs_select_files_relative_to_the_configuration_folder()
    {
        var configuration = Load("""{ "include": ["intune/**/*.json"], "exclude": ["**/MigrationTable.json"] }""").Configuration!;
        Assert.True(configuration.IncludesFile(Path.Combine(directory, "intune", "a", "b.json")));
        Assert.False(configuration.IncludesFile(Path.Combine(directory, "intune", "MigrationTable.json")));
        Assert.False(configuration.IncludesFile(Path.Combine(directory, "other", "b.json")));
        Assert.True(configuration.IncludesFile(Path.Combine(Path.GetTempPath(), "elsewhere.json")));
    }

    [Theory]
    [InlineData("{\n  \"rules\": { \"JIT106\": \"fatal\" }\n}", "jitlint.json(2,14): /rules/JIT106: Value should match one of the values specified by the enum")]
    [InlineData("{\n  \"rulez\": {}\n}", "jitlint.json(2,3): /rulez: All values fail against the false schema")]
    [InlineData("{\n  \"suppressions\": [ { \"rule\": \"JIT101\", \"files\": \"**\" } ]\n}", "jitlint.json(2,21): /suppressions/0: Required properties [\"justification\"] are not present")]
    [InlineData("{ \"suppressions\": [ { \"rule\": \"JIT101\", \"files\": \"**\", \"justification\": \"x\", \"expires\": \"31.01.2027\" } ] }", "jitlint.json(1,78): /suppressions/0/expires: Value does not match format \"date\"")]
    [InlineData("{ \"failOn\": \"warning\",\n  \"rules\": [] }", "jitlint.json(2,3): /rules: Value is \"array\" but should be \"object\"")]
    public void Schema_errors_name_file_line_column_and_place(string json, string error) =>
        Assert.Equal([error], Load(json).Errors);

    [Fact]
    public void Invalid_json_is_reported_at_its_position() =>
        Assert.Equal(["jitlint.json(2,13): 'x' is an invalid start of a value."], Load("{\n  \"failOn\": x\n}").Errors);

    [Fact]
    public void The_nearest_configuration_above_is_found()
    {
        File.WriteAllText(Path.Combine(directory, LintConfiguration.FileName), "{}");
        var nested = Directory.CreateDirectory(Path.Combine(directory, "a", "b")).FullName;
        Assert.Equal(Path.Combine(directory, LintConfiguration.FileName), ConfigurationLoader.Find(nested));
    }

    private ConfigurationResult Load(string json)
    {
        var path = Path.Combine(directory, LintConfiguration.FileName);
        File.WriteAllText(path, json);
        return ConfigurationLoader.Load(path, directory);
    }
}
