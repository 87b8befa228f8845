using System.Diagnostics;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

/// <summary>A profile comes from whoever uploaded it: its DTD must never make JitLint read, fetch or expand anything.</summary>
public sealed class XmlPlistSecurityTests
{
    [Fact]
    public void An_external_entity_is_not_resolved_so_no_file_is_read()
    {
        var secret = Path.GetTempFileName();
        try
        {
            File.WriteAllText(secret, "TOP-SECRET");
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE plist [ <!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}"> ]>
                <plist><string>&xxe;</string></plist>
                """;

            Assert.Equal("the XML cannot be read: Reference to undeclared entity 'xxe'. Line 3, position 17.", P.Error(xml));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Internal_entities_are_not_expanded_so_a_billion_laughs_costs_nothing()
    {
        var laughs = string.Join("\n", Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"""
            <!DOCTYPE plist [
            <!ENTITY lol0 "lol">
            {laughs}
            ]>
            <plist><string>&lol9;</string></plist>
            """;

        var stopwatch = Stopwatch.StartNew();
        Assert.Equal("the XML cannot be read: Reference to undeclared entity 'lol9'. Line 13, position 17.", P.Error(xml));
        Assert.True(stopwatch.ElapsedMilliseconds < 5000);
    }

    [Fact]
    public void An_external_DTD_and_parameter_entities_are_skipped_not_fetched()
    {
        var xml = """
            <!DOCTYPE plist SYSTEM "file:///nonexistent/PropertyList-1.0.dtd" [
            <!ENTITY % remote SYSTEM "file:///nonexistent/evil.dtd">
            %remote;
            ]>
            <plist><string>safe</string></plist>
            """;

        Assert.Equal(P.String("safe"), P.Read(xml));
    }

    [Fact]
    public void Apple_s_own_DOCTYPE_is_skipped_without_fetching_Apple_s_DTD() =>
        Assert.Equal(P.Dict(("PayloadType", P.String("Configuration"))), P.Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0"><dict><key>PayloadType</key><string>Configuration</string></dict></plist>
            """));

    [Fact]
    public void A_document_over_16_mebi_characters_is_refused()
    {
        var xml = $"<plist><string>{new string('a', 16 * 1024 * 1024)}</string></plist>";
        Assert.Equal("the XML cannot be read: The input document has exceeded a limit set by MaxCharactersInDocument.", P.Error(xml));
    }
}
