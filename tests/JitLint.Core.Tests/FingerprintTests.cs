using System.Text;
using JitLint.Core.Engine;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

public sealed class FingerprintTests
{
    private const string Document = """{ "@odata.type": "#microsoft.graph.iosGeneralDeviceConfiguration", "id": "7", "displayName": "A" }""";

    [Fact]
    public void Lines_added_above_do_not_change_the_fingerprint() =>
        Assert.Equal(Fingerprint("a.json", Document), Fingerprint("a.json", "\n\n" + Document.Replace("{ ", "{ \"description\": \"new\",\n ", StringComparison.Ordinal)));

    [Fact]
    public void Moving_the_object_to_another_file_does_not_change_the_fingerprint() =>
        Assert.Equal(Fingerprint("a.json", Document), Fingerprint("moved/b.json", Document));

    [Fact]
    public void Another_object_has_another_fingerprint() =>
        Assert.NotEqual(Fingerprint("a.json", Document), Fingerprint("a.json", Document.Replace("\"7\"", "\"8\"", StringComparison.Ordinal)));

    [Fact]
    public void A_fingerprint_is_32_lower_case_hex_digits() =>
        Assert.Matches("^[0-9a-f]{32}$", Fingerprint("a.json", Document));

    private static string Fingerprint(string path, string json)
    {
        var findings = new Linter([new TestRules.DisplayNameRule()]).Lint([SourceInput.InMemory(path, Encoding.UTF8.GetBytes(json))], false).Findings;
        return Assert.Single(findings).Fingerprint;
    }
}
