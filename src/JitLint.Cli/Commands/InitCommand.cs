using System.CommandLine;
using JitLint.Core.Configuration;

namespace JitLint.Cli.Commands;

/// <summary><c>jitlint init</c>: write a starter jitlint.json with the schema reference for editor completion.</summary>
internal static class InitCommand
{
    private const string Starter = """
        {
          "$schema": "https://raw.githubusercontent.com/jitlint/jitlint/main/schemas/jitlint.schema.json",
          "rules": {},
          "include": ["**/*.json"],
          "exclude": [],
          "failOn": "error",
          "suppressions": []
        }

        """;

    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Write a starter jitlint.json in the current directory.");
        command.SetAction(_ =>
        {
            var path = Path.Combine(context.CurrentDirectory, LintConfiguration.FileName);
            if (File.Exists(path))
            {
                return context.Fail(ExitCodes.UsageError, $"error: {LintConfiguration.FileName} already exists; it was left as it is.");
            }

            AtomicFile.Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(Starter)));
            context.Output.WriteLine($"Wrote {LintConfiguration.FileName}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
