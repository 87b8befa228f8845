using System.Text;
using System.Text.Json;

namespace JitLint.Cli.Tests;

/// <summary>
/// testdata/malformed and the very large cases generated here, linted in one run beside a good file: every
/// broken file gets one precise finding, nothing crashes, and the good file is still reported.
/// </summary>
public sealed class MalformedInputTests(MalformedInputTests.Run run) : IClassFixture<MalformedInputTests.Run>
{
    private readonly Dictionary<string, string> findings = run.Findings;

    [Theory]
    [InlineData("binary.json", "JIT001(1,1) The file cannot be read as JSON: byte 0x89 at byte offset 0 is not valid UTF-8.")]
    [InlineData("comments.json", "JIT001(2,3) The file cannot be read as JSON: JSON does not allow comments.")]
    [InlineData("control-character.json", "JIT001(2,23) The file cannot be read as JSON: '0x01' is invalid within a JSON string. The string should be correctly escaped.")]
    [InlineData("duplicate-keys.json", "JIT002(1,1) The JSON is not a recognised Intune or Microsoft Graph object or list (it has no \"@odata.type\" and no \"value\" array), so no rule checked it.")]
    [InlineData("escaped-lone-surrogate.json", "JIT001(2,18) The file cannot be read as JSON: The string holds a \\u escape of half a UTF-16 surrogate pair without its other half.")]
    [InlineData("empty.json", "JIT001(1,1) The file cannot be read as JSON: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.")]
    [InlineData("huge-numbers.json", "JIT002(1,1) The JSON is not a recognised Intune or Microsoft Graph object or list (it has no \"@odata.type\" and no \"value\" array), so no rule checked it.")]
    [InlineData("infinity.json", "JIT001(3,29) The file cannot be read as JSON: 'I' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit ('0'-'9').")]
    [InlineData("invalid-utf8.json", "JIT001(2,22) The file cannot be read as JSON: byte 0xC3 at byte offset 23 is not valid UTF-8.")]
    [InlineData("json-lines.json", "JIT001(2,1) The file cannot be read as JSON: '{' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("lone-bom.json", "JIT001(1,1) The file cannot be read as JSON: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.")]
    [InlineData("lone-surrogate-utf16.json", "JIT001(1,8) The file cannot be read as JSON: it is UTF-16 LE but holds an unpaired surrogate U+D800 at byte offset 16.")]
    [InlineData("nan.json", "JIT001(3,28) The file cannot be read as JSON: 'N' is an invalid start of a value.")]
    [InlineData("trailing-comma.json", "JIT001(4,1) The file cannot be read as JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options.")]
    [InlineData("truncated.json", "JIT001(3,33) The file cannot be read as JSON: Expected end of string, but instead reached end of data.")]
    [InlineData("utf16-without-bom.json", "JIT001(1,1) The file cannot be read as JSON: it looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM.")]
    [InlineData("utf32.json", "JIT001(1,1) The file cannot be read as JSON: it is UTF-32, which JitLint does not read; save it as UTF-8.")]
    [InlineData("deep-nesting.json", "JIT005(1,1001) The file was not linted because it nests deeper than the limit of 1000 levels; raise the limit under \"limits\" in jitlint.json if the file is genuine.")]
    [InlineData("long-string.json", "JIT005(1,14) The file was not linted because it holds a string of 17,825,792 bytes, over the limit of 16,777,216; raise the limit under \"limits\" in jitlint.json if the file is genuine.")]
    [InlineData("hundred-megabyte-string.json", "JIT005(1,1) The file was not linted because it is 104,857,617 bytes, over the limit of 67,108,864; raise the limit under \"limits\" in jitlint.json if the file is genuine.")]
    [InlineData("one-gigabyte-sparse.json", "JIT005(1,1) The file was not linted because it is 1,073,741,824 bytes, over the limit of 67,108,864; raise the limit under \"limits\" in jitlint.json if the file is genuine.")]
    [InlineData("good.json", "JIT105(37,16) The key \"device_registration \" has a trailing space (U+0020); JIT registration silently fails on it.")]
    public void Each_file_gets_one_precise_finding(string file, string finding) => Assert.Equal(finding, findings[file]);

    [Fact]
    public void Every_file_was_reported() => Assert.Equal(22, findings.Count);

    /// <summary>One lint run over the whole malformed corpus, shared by the tests.</summary>
    public sealed class Run : IDisposable
    {
        private readonly TempDirectory temp = new();

        public Run()
        {
            var directory = temp.CopyFrom("testdata/malformed");
            File.Copy(Path.Combine(CliRunner.RepositoryRoot, "testdata/tenants/contoso/deviceConfigurations/iOS - SSO pilot.json"), Path.Combine(directory, "good.json"));
            File.WriteAllText(Path.Combine(directory, "deep-nesting.json"), new string('[', 100_000) + new string(']', 100_000));
            File.WriteAllText(Path.Combine(directory, "long-string.json"), "{ \"payload\": \"" + new string('A', 17 * 1024 * 1024) + "\" }");
            WriteHundredMegabyteString(Path.Combine(directory, "hundred-megabyte-string.json"));
            using (var sparse = File.Create(Path.Combine(directory, "one-gigabyte-sparse.json")))
            {
                sparse.SetLength(1L << 30);
            }

            var lint = CliRunner.RunIn(directory, "check", ".", "--scope", "files", "--format", "json", "--fail-on", "none");
            Assert.Equal(ExitCodes.Success, lint.ExitCode);
            using var report = JsonDocument.Parse(lint.Output);
            Findings = report.RootElement.GetProperty("findings").EnumerateArray()
                .GroupBy(finding => finding.GetProperty("path").GetString()!)
                .ToDictionary(file => file.Key, file => string.Join(" | ", file.Select(Describe)));
        }

        public Dictionary<string, string> Findings { get; }

        public void Dispose() => temp.Dispose();
    }

    private static string Describe(JsonElement finding) =>
        $"{finding.GetProperty("ruleId").GetString()}({finding.GetProperty("startLine")},{finding.GetProperty("startColumn")}) {finding.GetProperty("message").GetString()}";

    private static void WriteHundredMegabyteString(string path)
    {
        using var stream = File.Create(path);
        stream.Write("{ \"payload\": \""u8);
        var block = Encoding.ASCII.GetBytes(new string('A', 1024 * 1024));
        for (var i = 0; i < 100; i++)
        {
            stream.Write(block);
        }

        stream.Write("\" }"u8);
    }
}
