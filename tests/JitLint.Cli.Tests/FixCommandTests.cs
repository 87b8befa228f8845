using System.Text;

namespace JitLint.Cli.Tests;

public sealed class FixCommandTests
{
    private const string Before = """
        {
          "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
          "displayName": "iOS - SSO",
          "iosSingleSignOnExtension": {
            "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            "bundleIdAccessControlList": ["com.microsoft.azureauthenticator", "com.contoso.app "],
            "configurations": [
              {
                "@odata.type": "#microsoft.graph.keyStringValuePair",
                "key": "device_registration",
                "value": "{{DEVICEREGISTRATION}}"
              }
            ]
          }
        }

        """;

    private const string After = """
        {
          "@odata.type": "#microsoft.graph.iosDeviceFeaturesConfiguration",
          "displayName": "iOS - SSO",
          "iosSingleSignOnExtension": {
            "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            "bundleIdAccessControlList": ["com.contoso.app"],
            "configurations": [
              {
                "@odata.type": "#microsoft.graph.keyStringValuePair",
                "key": "device_registration",
                "value": "{{DEVICEREGISTRATION}}"
              },
              {
                "@odata.type": "#microsoft.graph.keyIntegerValuePair",
                "key": "browser_sso_interaction_enabled",
                "value": 1
              }
            ]
          }
        }

        """;

    [Fact]
    public void Fix_rewrites_a_utf8_file_byte_for_byte_and_a_second_run_has_nothing_to_fix()
    {
        using var temp = new TempDirectory();
        var file = Write(temp, Encoding.UTF8.GetBytes(Before));

        var run = CliRunner.RunIn(temp.Path, "fix", ".");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("sso.json: fixed 3 findings.\nFixed 3 findings in 1 file.\n", run.Output);
        Assert.Equal(Encoding.UTF8.GetBytes(After), File.ReadAllBytes(file));
        Assert.Equal("Nothing to fix.\n", CliRunner.RunIn(temp.Path, "fix", ".").Output);
        Assert.Equal(Encoding.UTF8.GetBytes(After), File.ReadAllBytes(file));
    }

    [Fact]
    public void Fix_keeps_utf16_little_endian_with_bom_and_crlf()
    {
        using var temp = new TempDirectory();
        var file = Write(temp, Utf16Crlf(Before));

        CliRunner.RunIn(temp.Path, "fix", ".");

        Assert.Equal(Utf16Crlf(After), File.ReadAllBytes(file));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var temp = new TempDirectory();
        var file = Write(temp, Encoding.UTF8.GetBytes(Before));

        var run = CliRunner.RunIn(temp.Path, "fix", ".", "--dry-run");

        Assert.Equal(Encoding.UTF8.GetBytes(Before), File.ReadAllBytes(file));
        Assert.Equal(
            """
            --- a/sso.json
            +++ b/sso.json
            @@ -3,12 +3,17 @@
               "displayName": "iOS - SSO",
               "iosSingleSignOnExtension": {
                 "@odata.type": "#microsoft.graph.iosAzureAdSingleSignOnExtension",
            -    "bundleIdAccessControlList": ["com.microsoft.azureauthenticator", "com.contoso.app "],
            +    "bundleIdAccessControlList": ["com.contoso.app"],
                 "configurations": [
                   {
                     "@odata.type": "#microsoft.graph.keyStringValuePair",
                     "key": "device_registration",
                     "value": "{{DEVICEREGISTRATION}}"
            +      },
            +      {
            +        "@odata.type": "#microsoft.graph.keyIntegerValuePair",
            +        "key": "browser_sso_interaction_enabled",
            +        "value": 1
                   }
                 ]
               }
            Would fix 3 findings in 1 file.

            """,
            run.Output);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_never_touched()
    {
        using var temp = new TempDirectory();
        var broken = Encoding.UTF8.GetBytes(Before.Replace("\"displayName\": \"iOS - SSO\",", "\"displayName\": \"iOS - SSO\"", StringComparison.Ordinal));
        var file = Write(temp, broken);

        var run = CliRunner.RunIn(temp.Path, "fix", ".");

        Assert.Equal(broken, File.ReadAllBytes(file));
        Assert.Equal("jitlint: sso.json: not fixed: the file does not parse, so it is left as it is\n", run.Error);
        Assert.Equal("Nothing to fix.\n", run.Output);
    }

    [Fact]
    public void Suppressed_findings_and_rules_turned_off_are_not_fixed()
    {
        using var temp = new TempDirectory();
        var file = Write(temp, Encoding.UTF8.GetBytes(Before));
        File.WriteAllText(Path.Combine(temp.Path, "jitlint.json"), """
            {
              "rules": { "JIT106": "off" },
              "suppressions": [ { "rule": "JIT101", "files": "sso.json", "justification": "Tested on purpose" } ]
            }
            """);

        var run = CliRunner.RunIn(temp.Path, "fix", "sso.json");

        Assert.Equal("sso.json: fixed 1 finding.\nFixed 1 finding in 1 file.\n", run.Output);
        Assert.Equal(Before.Replace("\"com.contoso.app \"", "\"com.contoso.app\"", StringComparison.Ordinal), File.ReadAllText(file));
    }

    [Fact]
    public void Fixing_the_sample_tenant_leaves_only_findings_without_a_fix()
    {
        using var temp = new TempDirectory();
        var tenant = temp.CopyFrom("testdata/tenants/contoso");

        CliRunner.RunIn(tenant, "fix", ".");
        var run = CliRunner.RunIn(tenant, "check", ".", "--format", "json");

        Assert.DoesNotContain("\"fix\":", run.Output, StringComparison.Ordinal);
        Assert.Equal("Nothing to fix.\n", CliRunner.RunIn(tenant, "fix", ".").Output);
    }

    private static string Write(TempDirectory temp, byte[] content)
    {
        var file = Path.Combine(temp.Path, "sso.json");
        File.WriteAllBytes(file, content);
        return file;
    }

    private static byte[] Utf16Crlf(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text.ReplaceLineEndings("\r\n"))];
}
