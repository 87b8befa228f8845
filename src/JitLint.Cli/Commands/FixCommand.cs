using System.CommandLine;
using System.Text;
using DiffPlex.Renderer;
using JitLint.Core.Engine;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint fix [PATH...] [--dry-run]</c>: apply the safe fixes, keeping each file's encoding and layout.</summary>
internal static class FixCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of what would change, and change nothing." };
        var command = new Command("fix", "Apply safe fixes to the files, as text edits that keep encoding, newlines and indentation.") { dryRun };
        inputs.AddTo(command);
        command.SetAction(parseResult =>
        {
            var pipeline = LintPipeline.Create(inputs.Read(parseResult), context);
            if (pipeline is null)
            {
                return ExitCodes.UsageError;
            }

            var outcomes = pipeline.Discovery.Inputs
                .Select(input => Fixer.Fix(input, single => pipeline.Lint([single], isWholeExport: false)))
                .ToList();
            foreach (var outcome in outcomes)
            {
                Report(outcome, parseResult.GetValue(dryRun), context);
            }

            var fixedFiles = outcomes.Count(outcome => outcome.FixedContent is not null);
            var fixes = outcomes.Sum(outcome => outcome.FixesApplied);
            context.Output.WriteLine(fixes == 0
                ? "Nothing to fix."
                : $"{(parseResult.GetValue(dryRun) ? "Would fix" : "Fixed")} {fixes} finding{(fixes == 1 ? "" : "s")} in {fixedFiles} file{(fixedFiles == 1 ? "" : "s")}.");
            return pipeline.Discovery.MissingPaths.Count > 0 ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }

    private static void Report(FixOutcome outcome, bool dryRun, CliContext context)
    {
        var path = outcome.Input.DisplayPath;
        if (outcome.Problem is { } problem)
        {
            context.Error.WriteLine($"jitlint: {path}: not fixed: {problem}");
        }
        else if (outcome.FixedContent is { } content && dryRun)
        {
            var before = outcome.Original!.ToString();
            var after = SourceTextOf(content).ToString();
            context.Output.Write(new UnidiffRenderer(contextLines: 3).Generate(before, after, $"a/{path}", $"b/{path}", ignoreWhitespace: false, ignoreCase: false));
        }
        else if (outcome.FixedContent is { } written)
        {
            AtomicFile.Write(outcome.Input.FullPath, stream => stream.Write(written));
            context.Output.WriteLine($"{path}: fixed {outcome.FixesApplied} finding{(outcome.FixesApplied == 1 ? "" : "s")}.");
        }
    }

    private static Syntax.Text.SourceText SourceTextOf(byte[] content) => Syntax.Text.SourceText.Decode(content).Text!;
}
