using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Reporting;

namespace JitLint.Core.Tests;

public sealed class ConsoleReporterTests
{
    private const string Json = "{\n\t\"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\",\n\t\"displayName\": \"Café\"\n}\n";

    [Fact]
    public void Findings_are_compiler_style_lines_grouped_per_file_with_the_span_underlined() =>
        Assert.Equal(
            """
            dir/a.json
            dir/a.json(3,17): warning TST001: Display name Café.
              3 | 	"displayName": "Café"
                | 	               ^^^^^^

            1 finding (0 errors, 1 warning, 0 notes) in 1 file, 1 document.

            """,
            Write(useColor: false));

    [Fact]
    public void Colour_is_used_only_when_asked_for()
    {
        var colored = Write(useColor: true);
        Assert.Contains("\u001b[33mwarning\u001b[0m", colored, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', Write(useColor: false));
    }

    private static string Write(bool useColor)
    {
        var result = new Linter([new TestRules.DisplayNameRule()]).Lint([SourceInput.InMemory("dir/a.json", Encoding.UTF8.GetBytes(Json))], false);
        using var output = new StringWriter { NewLine = "\n" };
        new ConsoleReporter(output, useColor).Write(result);
        return output.ToString();
    }
}
