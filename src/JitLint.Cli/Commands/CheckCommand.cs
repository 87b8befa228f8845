using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;
using JitLint.Core.Rules;
using JitLint.Rules;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint check [PATH...]</c>: lint files and directories and report the findings.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to lint (directories are searched for *.json). Default: the current directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(RejectUnknownOptions);
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format.",
            DefaultValueFactory = _ => "console",
        }.AcceptOnlyFromAmong("console", "sarif", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding has this severity or a higher one.",
            DefaultValueFactory = _ => "error",
        }.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var scope = new Option<string>("--scope")
        {
            Description = "tenant: the input is a whole export, so rules that report something absent run; files: it is not; auto: tenant when a directory is given.",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "files", "tenant");
        var root = new Option<string?>("--root") { Description = "The directory report paths are relative to. Default: the current directory." };

        var command = new Command("check", "Lint Intune export files and report findings.") { paths, format, output, failOn, scope, root };
        command.SetAction(parseResult => new CheckOptions(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format)!,
            parseResult.GetValue(output),
            parseResult.GetValue(failOn)!,
            parseResult.GetValue(scope)!,
            parseResult.GetValue(root)).Run(context));
        return command;
    }

    // An argument of any arity swallows unknown options; a path that looks like one is written ./-name.
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
        {
            result.AddError($"Unrecognized command or argument '{token.Value}'.");
        }
    }

    private sealed record CheckOptions(string[] Paths, string Format, string? Output, string FailOn, string Scope, string? Root)
    {
        public int Run(CliContext context)
        {
            var rootDirectory = Path.GetFullPath(Root ?? ".", context.CurrentDirectory);
            var discovery = SourceDiscovery.Discover(Paths.Length > 0 ? Paths : ["."], context.CurrentDirectory, rootDirectory);
            foreach (var missing in discovery.MissingPaths)
            {
                context.Error.WriteLine($"jitlint: error: no such file or directory: {missing}");
            }

            var isWholeExport = Scope switch
            {
                "tenant" => true,
                "files" => false,
                _ => discovery.HasDirectory,
            };
            var result = new Linter(BuiltInRules.All).Lint(discovery.Inputs, isWholeExport);
            WriteReport(result, RuleSet.ReportContext(rootDirectory), context);

            if (discovery.MissingPaths.Count > 0)
            {
                return ExitCodes.UsageError;
            }

            return FailOn != "none" && result.Findings.Any(finding => finding.Severity >= ParseSeverity(FailOn))
                ? ExitCodes.FindingsReported
                : ExitCodes.Success;
        }

        private void WriteReport(LintResult result, ReportContext reportContext, CliContext context)
        {
            if (Output is not null)
            {
                AtomicFile.Write(Path.GetFullPath(Output, context.CurrentDirectory), stream => WriteTo(stream, result, reportContext));
                context.Output.WriteLine($"{ConsoleReporter.Summary(result)} Report written to {Output}.");
            }
            else if (Format == "console")
            {
                new ConsoleReporter(context.Output, context.UseColor).Write(result);
            }
            else
            {
                using var buffer = new MemoryStream();
                WriteTo(buffer, result, reportContext);
                context.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                context.Error.WriteLine(ConsoleReporter.Summary(result));
            }
        }

        private void WriteTo(Stream stream, LintResult result, ReportContext reportContext)
        {
            switch (Format)
            {
                case "sarif":
                    SarifReporter.Write(result, reportContext, stream);
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

        private static Severity ParseSeverity(string level) => level switch
        {
            "warning" => Severity.Warning,
            "note" => Severity.Note,
            _ => Severity.Error,
        };
    }
}
