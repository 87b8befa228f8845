using JitLint.Testing;

namespace JitLint.Cli.Tests;

/// <summary>Runs the real CLI in process, from the repository root, capturing what it prints.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot => RepositoryFiles.Root;

    public static CliRun Run(params string[] args) => RunIn(RepositoryRoot, args);

    public static CliRun RunIn(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = Program.Run(args, new CliContext(output, error, currentDirectory, UseColor: false));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error);
