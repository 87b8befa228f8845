using System.CommandLine;
using JitLint.Rules;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint explain JIT101</c>: print a rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var ruleId = new Argument<string>("rule-id") { Description = "A rule ID, such as JIT101." };
        var command = new Command("explain", "Show a rule's documentation: why it matters, examples, how to fix it.") { ruleId };
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetValue(ruleId)!.Trim().ToUpperInvariant();
            if (BuiltInRules.Documentation(id) is not { } page)
            {
                return context.Fail(ExitCodes.UsageError, $"error: unknown rule ID '{id}'. Run 'jitlint rules' to list them.");
            }

            context.Output.Write(page);
            return ExitCodes.Success;
        });
        return command;
    }
}
