using System.Text.Json;
using JitLint.Core.Rules;
using JitLint.Rules;

namespace JitLint.Cli.Tests;

/// <summary>
/// Every sample tenant in testdata/tenants has an expectations file beside it, NAME.expected, listing each
/// finding as "RULE path(line,column)": the seeded defects, exactly where an admin would look.
/// </summary>
public sealed class TenantExpectationTests
{
    private static readonly string Tenants = Path.Combine(CliRunner.RepositoryRoot, "testdata", "tenants");

    private static readonly HashSet<string> TenantRuleIds =
        [.. BuiltInRules.All.OfType<TenantRule>().Select(rule => rule.Descriptor.Id)];

    public static TheoryData<string> TenantNames => [.. ExpectationFiles()];

    [Fact]
    public void Every_tenant_has_an_expectations_file() =>
        Assert.Equal(Directory.GetDirectories(Tenants).Select(directory => Path.GetFileName(directory)).Order(StringComparer.Ordinal), ExpectationFiles());

    private static IEnumerable<string> ExpectationFiles() =>
        Directory.GetFiles(Tenants, "*.expected").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(TenantNames))]
    public void A_whole_export_gives_exactly_the_expected_findings(string tenant)
    {
        var expected = File.ReadAllLines(Path.Combine(Tenants, tenant + ".expected")).Where(line => line.Length > 0 && !line.StartsWith('#'));
        Assert.Equal(expected, Findings(CliRunner.RunIn(Path.Combine(Tenants, tenant), "check", ".", "--format", "json")));
    }

    [Theory]
    [MemberData(nameof(TenantNames))]
    public void Each_file_alone_gives_its_document_findings(string tenant)
    {
        var directory = Path.Combine(Tenants, tenant);
        var wholeExport = Findings(CliRunner.RunIn(directory, "check", ".", "--format", "json"));
        var fileByFile = Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => Findings(CliRunner.RunIn(directory, "check", file, "--format", "json")));
        Assert.Equal(wholeExport.Where(finding => !TenantRuleIds.Contains(finding.Split(' ')[0])), fileByFile);
    }

    private static List<string> Findings(CliRun run)
    {
        using var document = JsonDocument.Parse(run.Output);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(finding =>
            $"{finding.GetProperty("ruleId").GetString()} {finding.GetProperty("path").GetString()}({finding.GetProperty("startLine")},{finding.GetProperty("startColumn")})")];
    }
}
