namespace JitLint.Cli.Tests;

public sealed class TerminalProgressTests
{
    [Fact]
    public void The_line_is_rewritten_only_when_a_whole_percent_changes_and_cleared_at_the_end()
    {
        using var terminal = new StringWriter();
        using (var progress = new TerminalProgress(terminal, 4))
        {
            foreach (var done in new[] { 1, 2, 2, 3, 4 })
            {
                progress.Report(done);
            }
        }

        Assert.Equal(
            "\rLinting files: 25% (1/4)\rLinting files: 50% (2/4)\rLinting files: 75% (3/4)\rLinting files: 100% (4/4)" +
            "\r" + new string(' ', "Linting files: 100% (4/4)".Length) + "\r",
            terminal.ToString());
    }

    [Fact]
    public void A_big_run_writes_about_a_hundred_updates_not_one_per_file()
    {
        using var terminal = new StringWriter();
        using (var progress = new TerminalProgress(terminal, 1000))
        {
            Parallel.For(1, 1001, done => progress.Report(done));
        }

        // Workers finish out of order, so some percents may be skipped, but never 100%; at most 0% to 100%,
        // then the two carriage returns that clear the line.
        Assert.Contains("\rLinting files: 100% (1000/1000)\r", terminal.ToString(), StringComparison.Ordinal);
        Assert.InRange(terminal.ToString().Count(c => c == '\r'), 3, 103);
    }

    [Theory]
    [InlineData(true, TerminalProgress.MinimumFiles, true)]
    [InlineData(false, TerminalProgress.MinimumFiles, false)]
    [InlineData(true, TerminalProgress.MinimumFiles - 1, false)]
    public void Check_shows_progress_on_standard_error_only_on_a_terminal_and_for_many_files(bool terminal, int files, bool shown)
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(temp.Path, $"{i}.json"), "{\"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\", \"displayName\": \"x\"}");
        }

        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        Program.Run(["check", "."], new CliContext(output, error, temp.Path, UseColor: false, ShowProgress: terminal));

        Assert.Equal(shown, error.ToString().Contains($"\rLinting files: 100% ({files}/{files})", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', output.ToString());
    }
}
