using System.CommandLine;
using System.CommandLine.Invocation;
using JitLint.Cli.Commands;

namespace JitLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, CliContext.FromConsole());

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("JitLint: lint exported Microsoft Intune policy JSON for mistakes that break iOS/iPadOS Just in Time registration.")
        {
            CheckCommand.Create(context),
            FixCommand.Create(context),
            BaselineCommand.Create(context),
            InitCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
        };

        root.Options.OfType<VersionOption>().Single().Action = new PrintVersionAction(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine($"jitlint: {error.Message}");
            }

            context.Error.WriteLine("Run 'jitlint --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            return context.Fail(ExitCodes.InternalError, $"internal error: {exception}");
        }
    }

    /// <summary>The default prints the entry assembly's version, which is the test host's when run in process.</summary>
    private sealed class PrintVersionAction(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            context.Output.WriteLine(ToolInfo.Version);
            return ExitCodes.Success;
        }
    }
}
