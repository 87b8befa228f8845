using System.CommandLine;
using JitLint.Core.Reporting;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint baseline PATH... --output FILE</c>: record today's findings, so that only new ones fail a build.</summary>
internal static class BaselineCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--output", "-o") { Description = "The SARIF file to write.", Required = true };
        var command = new Command("baseline", "Write the current findings as a SARIF baseline for 'jitlint check --baseline'.") { output };
        inputs.AddTo(command);
        command.SetAction(parseResult =>
        {
            var pipeline = LintPipeline.Create(inputs.Read(parseResult), context);
            if (pipeline is null)
            {
                return ExitCodes.UsageError;
            }

            var result = pipeline.Lint(context);
            var path = parseResult.GetValue(output)!;
            AtomicFile.Write(Path.GetFullPath(path, context.CurrentDirectory), stream => SarifReporter.Write(result, pipeline.Rules.ReportContext(pipeline.RootDirectory), stream));
            context.Output.WriteLine($"Baseline of {ConsoleReporter.Summary(result)[..^1]} written to {path}.");
            return pipeline.Discovery.MissingPaths.Count > 0 ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }
}
