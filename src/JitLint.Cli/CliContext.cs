namespace JitLint.Cli;

/// <summary>What a command may touch of the outside world, passed in so that tests run the real CLI in process.</summary>
/// <param name="ShowProgress">Whether long runs may draw a progress line on <paramref name="Error"/>: a terminal, not a CI log.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error, string CurrentDirectory, bool UseColor, bool ShowProgress = false)
{
    private static readonly string[] CiVariables = ["CI", "GITHUB_ACTIONS", "TF_BUILD"];

    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        UseColor: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        ShowProgress: !Console.IsErrorRedirected && CiVariables.All(name => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))));

    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"jitlint: {message}");
        return exitCode;
    }
}
