namespace JitLint.Cli;

/// <summary>What a command may touch of the outside world, passed in so that tests run the real CLI in process.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, string CurrentDirectory, bool UseColor)
{
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        UseColor: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"jitlint: {message}");
        return exitCode;
    }
}
