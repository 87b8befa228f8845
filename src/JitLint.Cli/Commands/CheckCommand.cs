using System.CommandLine;
using System.Text;
using JitLint.Core.Configuration;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Reporting.Html;
using JitLint.Core.Reporting.Readiness;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint check [PATH...]</c>: lint files and directories and report the findings.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format.",
            DefaultValueFactory = _ => "console",
        }.AcceptOnlyFromAmong("console", "sarif", "json", "markdown", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 when a finding has this severity or a higher one. Default: the configuration's failOn, else error.",
        }.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var baseline = new Option<string?>("--baseline") { Description = "A SARIF log of an earlier run: only findings not in it count, and SARIF marks each result new, unchanged or absent." };
        var includeSuppressed = new Option<bool>("--include-suppressed") { Description = "Emit suppressed findings in SARIF, with SARIF suppressions (GitHub code scanning shows them as open alerts)." };
        var category = new Option<string?>("--category")
        {
            Description = "SARIF only: the GitHub code scanning category (run.automationDetails.id), so that several runs do not replace each other's alerts.",
        };
        category.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--category needs a non-empty value, such as jitlint/intune.");
            }
        });

        var summary = new Option<bool>("--summary") { Description = "After the report, print the JIT readiness checklist (where the findings summary line goes)." };

        var command = new Command("check", "Lint Intune export files and report findings.") { format, output, failOn, baseline, includeSuppressed, category, summary };
        inputs.AddTo(command);
        command.SetAction(parseResult => new CheckOptions(
            inputs.Read(parseResult),
            parseResult.GetValue(format)!,
            parseResult.GetValue(output),
            parseResult.GetValue(failOn),
            parseResult.GetValue(baseline),
            parseResult.GetValue(includeSuppressed),
            parseResult.GetValue(category),
            parseResult.GetValue(summary)).Run(context));
        return command;
    }

    private sealed record CheckOptions(LintInputs Inputs, string Format, string? Output, string? FailOn, string? BaselinePath, bool IncludeSuppressed, string? Category, bool Summary)
    {
        public int Run(CliContext context)
        {
            var pipeline = LintPipeline.Create(Inputs, context);
            if (pipeline is null)
            {
                return ExitCodes.UsageError;
            }

            Baseline? baseline = null;
            if (BaselinePath is not null)
            {
                (baseline, var error) = Baseline.Load(Path.GetFullPath(BaselinePath, context.CurrentDirectory));
                if (baseline is null)
                {
                    return context.Fail(ExitCodes.UsageError, $"error: {error}");
                }
            }

            var result = pipeline.Lint(context);
            result = baseline?.Apply(result) ?? result;
            var checklist = ReadinessChecklist.Evaluate(result, pipeline.RulesOff);
            WriteReport(result, checklist, pipeline.Rules.ReportContext(pipeline.RootDirectory), context);

            if (pipeline.Discovery.MissingPaths.Count > 0)
            {
                return ExitCodes.UsageError;
            }

            return pipeline.FailOn(FailOn) is { } threshold && result.Active.Any(finding => finding.Severity >= threshold)
                ? ExitCodes.FindingsReported
                : ExitCodes.Success;
        }

        private void WriteReport(LintResult result, IReadOnlyList<ReadinessLine> checklist, ReportContext reportContext, CliContext context)
        {
            // The checklist goes where the findings summary line goes: never into a report on standard output.
            TextWriter summaryWriter;
            if (Output is not null)
            {
                AtomicFile.Write(Path.GetFullPath(Output, context.CurrentDirectory), stream => WriteTo(stream, result, checklist, reportContext));
                context.Output.WriteLine($"{ConsoleReporter.Summary(result)} Report written to {Output}.");
                summaryWriter = context.Output;
            }
            else if (Format == "console")
            {
                new ConsoleReporter(context.Output, context.UseColor).Write(result);
                summaryWriter = context.Output;
            }
            else
            {
                using var buffer = new MemoryStream();
                WriteTo(buffer, result, checklist, reportContext);
                context.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                context.Error.WriteLine(ConsoleReporter.Summary(result));
                summaryWriter = context.Error;
            }

            if (Summary)
            {
                summaryWriter.WriteLine();
                ReadinessConsoleWriter.Write(checklist, summaryWriter);
            }
        }

        private void WriteTo(Stream stream, LintResult result, IReadOnlyList<ReadinessLine> checklist, ReportContext reportContext)
        {
            switch (Format)
            {
                case "html":
                    HtmlReporter.Write(result, checklist, stream);
                    break;
                case "sarif":
                    SarifReporter.Write(result, reportContext, stream, IncludeSuppressed, Category);
                    break;
                case "markdown":
                    MarkdownReporter.Write(result, stream);
                    break;
                case "json":
                    JsonReporter.Write(result, reportContext, stream);
                    break;
                default:
                    using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                    {
                        new ConsoleReporter(writer, useColor: false).Write(result);
                    }

                    break;
            }
        }
    }
}
