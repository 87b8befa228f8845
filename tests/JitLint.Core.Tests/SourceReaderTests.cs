using System.Text;
using JitLint.Core.Engine;

namespace JitLint.Core.Tests;

public sealed class SourceReaderTests : IDisposable
{
    private const string Json = """{ "displayName": "x" }""";
    private readonly string path = Path.Combine(Path.GetTempPath(), $"jitlint-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void A_file_at_the_limit_is_read()
    {
        File.WriteAllText(path, Json);
        var (bytes, size) = SourceReader.ReadAtMost(path, Json.Length);
        Assert.Equal((Json, (long)Json.Length), (Encoding.UTF8.GetString(bytes!), size));
    }

    [Fact]
    public void A_file_a_byte_over_the_limit_is_not_read_and_its_size_is_told()
    {
        File.WriteAllText(path, Json);
        Assert.Equal((null, (long)Json.Length), SourceReader.ReadAtMost(path, Json.Length - 1));
    }

    [Fact]
    public async Task A_named_pipe_is_read_to_its_end()
    {
        // A pipe has no length to check before reading, as `jitlint check <(...)` gives one.
        var (bytes, size) = await ReadThroughPipe(Json, maxBytes: Json.Length);
        Assert.Equal((Json, (long)Json.Length), (Encoding.UTF8.GetString(bytes!), size));
    }

    [Fact]
    public async Task A_named_pipe_over_the_limit_is_not_kept_and_its_size_is_told()
    {
        var longJson = $$"""{ "description": "{{new string('x', 200_000)}}" }""";
        Assert.Equal((null, (long)longJson.Length), await ReadThroughPipe(longJson, maxBytes: 1000));
    }

    private async Task<(byte[]? Bytes, long Size)> ReadThroughPipe(string content, long maxBytes)
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var writer = Task.Run(() => File.WriteAllText(path, content));
        var read = SourceReader.ReadAtMost(path, maxBytes);
        await writer;
        return read;
    }
}
