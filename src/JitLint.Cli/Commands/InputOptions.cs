using System.CommandLine;
using System.CommandLine.Parsing;

namespace JitLint.Cli.Commands;

/// <summary>What to lint and how: the arguments and options that check, baseline and fix share.</summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files and directories to lint (directories are searched for *.json). Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> config = new("--config", "-c")
    {
        Description = "The configuration file. Default: jitlint.json in the current directory or its nearest parent that has one.",
    };

    private readonly Option<string?> root = new("--root")
    {
        Description = "The directory report paths are relative to. Default: the current directory.",
    };

    private readonly Option<string> scope = new Option<string>("--scope")
    {
        Description = "tenant: the input is a whole export, so rules that report something absent run; files: it is not; auto: tenant when a directory is given.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "files", "tenant");

    public InputOptions() => paths.Validators.Add(RejectUnknownOptions);

    public void AddTo(Command command)
    {
        command.Add(paths);
        command.Add(config);
        command.Add(root);
        command.Add(scope);
    }

    public LintInputs Read(ParseResult parseResult) => new(
        parseResult.GetValue(paths) ?? [],
        parseResult.GetValue(config),
        parseResult.GetValue(root),
        parseResult.GetValue(scope)!);

    // An argument of any arity swallows unknown options; a path that looks like one is written ./-name.
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
        {
            result.AddError($"Unrecognized command or argument '{token.Value}'.");
        }
    }
}

internal sealed record LintInputs(string[] Paths, string? ConfigPath, string? Root, string Scope);
