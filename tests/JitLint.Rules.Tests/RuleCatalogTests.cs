using System.Text;
using System.Text.RegularExpressions;
using JitLint.Core.Engine;
using JitLint.Core.Rules;
using JitLint.Testing;

namespace JitLint.Rules.Tests;

/// <summary>Checks over the whole rule set: IDs, docs, tests and the README stay in step with the code.</summary>
public sealed partial class RuleCatalogTests
{
    public static TheoryData<string> RuleIds => [.. BuiltInRules.Descriptors.Select(rule => rule.Id)];

    [Fact]
    public void Ids_are_unique() =>
        Assert.Equal(BuiltInRules.Descriptors.Count, BuiltInRules.Descriptors.Select(rule => rule.Id).Distinct().Count());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_is_in_the_block_of_its_category(string id)
    {
        var rule = Descriptor(id);
        Assert.Matches(IdPattern(), id);
        Assert.Equal((int)rule.Category, id[3] - '0');
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Title_and_message_follow_the_style(string id)
    {
        var rule = Descriptor(id);
        Assert.False(rule.Title.EndsWith('.'), "A title has no period.");
        Assert.True(char.IsUpper(rule.Title[0]), "A title starts with a capital letter.");
        Assert.True(rule.MessageFormat.EndsWith('.') || rule.MessageFormat.EndsWith('}'), "A message is a full sentence, or ends with one passed in.");
        Assert.EndsWith(".", rule.Description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_has_the_fixed_sections(string id)
    {
        var rule = Descriptor(id);
        var page = BuiltInRules.Documentation(id);
        Assert.NotNull(page);
        Assert.StartsWith($"# {id}: {rule.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {rule.Category.DisplayName()} |", page, StringComparison.Ordinal);
        string[] headings = ["## Why", "## Rule details", "### Incorrect", "### Correct", "## How to fix", "## When to suppress"];
        Assert.Equal(headings, page.Split('\n').Where(line => headings.Contains(line)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_examples_lint_as_they_claim(string id)
    {
        var page = BuiltInRules.Documentation(id)!;
        foreach (var example in JsonBlocksUnder(page, "### Incorrect"))
        {
            Assert.Contains(LintExample(example), finding => finding.Rule.Id == id);
        }

        foreach (var example in JsonBlocksUnder(page, "### Correct"))
        {
            Assert.DoesNotContain(LintExample(example), finding => finding.Rule.Id == id);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_test_class(string id)
    {
        var rule = BuiltInRules.All.FirstOrDefault(rule => rule.Descriptor.Id == id);
        if (rule is not null)
        {
            Assert.Contains(typeof(RuleCatalogTests).Assembly.GetTypes(), type => type.Name == rule.GetType().Name + "Tests");
        }
    }

    [Fact]
    public void Readme_catalogue_lists_every_rule_with_its_severity_and_title()
    {
        var readme = RepositoryFiles.Read("README.md");
        var rows = ReadmeRow().Matches(readme).Select(match => (Id: match.Groups[1].Value, Severity: match.Groups[2].Value, Title: match.Groups[3].Value)).ToList();
        var expected = BuiltInRules.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => (rule.Id, rule.DefaultSeverity.ToString().ToLowerInvariant(), rule.Title)).ToList();
        Assert.Equal(expected, rows);
    }

    private static RuleDescriptor Descriptor(string id) => BuiltInRules.Descriptors.Single(rule => rule.Id == id);

    private static IReadOnlyList<Finding> LintExample(string json) =>
        new Linter(BuiltInRules.All).Lint([SourceInput.InMemory("example.json", Encoding.UTF8.GetBytes(json))], isWholeExport: true).Findings;

    private static IEnumerable<string> JsonBlocksUnder(string page, string heading)
    {
        var section = page[(page.IndexOf(heading + "\n", StringComparison.Ordinal) + heading.Length)..];
        section = section[..section.IndexOf("\n#", StringComparison.Ordinal)];
        return JsonBlock().Matches(section).Select(match => match.Groups[1].Value);
    }

    [GeneratedRegex(@"^JIT\d{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"^\| \[(JIT\d{3})\]\(rules/docs/JIT\d{3}\.md\) \| (error|warning|note) \| [^|]+ \| [^|]* \| (.+?) \|$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
