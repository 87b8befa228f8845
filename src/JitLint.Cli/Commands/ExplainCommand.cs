using System.CommandLine;
using JitLint.Core.Rules;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint explain JIT101</c>: print a rule's documentation page, or what a plug-in rule says about itself.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var ruleId = new Argument<string>("rule-id") { Description = "A rule ID, such as JIT101." };
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The configuration whose plug-in rules to explain too. Default: jitlint.json in the current directory or its nearest parent that has one.",
        };
        var command = new Command("explain", "Show a rule's documentation: why it matters, examples, how to fix it.") { ruleId, config };
        command.SetAction(parseResult =>
        {
            if (LintPipeline.LoadConfiguration(parseResult.GetValue(config), context.CurrentDirectory, context) is not { } loaded)
            {
                return ExitCodes.UsageError;
            }

            var id = parseResult.GetValue(ruleId)!.Trim().ToUpperInvariant();
            var rule = loaded.Rules.Descriptors.FirstOrDefault(rule => rule.Id == id);
            if (rule is null)
            {
                return context.Fail(ExitCodes.UsageError, $"error: unknown rule ID '{id}'. Run 'jitlint rules' to list them.");
            }

            context.Output.Write(loaded.Rules.Documentation(id) is { } page && loaded.Rules.SourceOf(id) == RuleSet.BuiltInSource ? page : PluginPage(rule, loaded.Rules));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A plug-in rule has no page in JitLint's docs: show what it declares, its help and where it came from.</summary>
    private static string PluginPage(RuleDescriptor rule, RuleSet rules)
    {
        var help = rules.Documentation(rule.Id) is { } text ? $"{text.TrimEnd()}\n\n" : "";
        var uri = rule.HelpUri is { } helpUri ? $"More: {helpUri}\n" : "";
        return $"# {rule.Id}: {rule.Title}\n\n{rule.Description}\n\n{help}Severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}. Source: {rules.SourceOf(rule.Id)}.\n{uri}";
    }
}
