using System.CommandLine;
using JitLint.Core.Rules;
using JitLint.Rules;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint rules</c>: the rule catalogue as a table.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "List every rule with its default severity, area and whether it has a safe fix.");
        command.SetAction(_ =>
        {
            WriteTable(context.Output, BuiltInRules.Descriptors);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IEnumerable<RuleDescriptor> rules)
    {
        string[] header = ["ID", "Severity", "Area", "Fix", "Title"];
        var rows = rules
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => new[] { rule.Id, rule.DefaultSeverity.ToString().ToLowerInvariant(), rule.Category.DisplayName(), rule.IsFixable ? "yes" : "", rule.Title })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Take(widths.Length).Select((cell, column) => cell.PadRight(widths[column])).Append(row[^1])));
        }
    }
}
