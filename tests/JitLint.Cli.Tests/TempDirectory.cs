namespace JitLint.Cli.Tests;

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jitlint-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Copies a folder of the repository into this directory, converting each file's bytes.</summary>
    public string CopyFrom(string repositoryFolder, Func<byte[], byte[]>? convert = null)
    {
        var source = System.IO.Path.Combine(CliRunner.RepositoryRoot, repositoryFolder);
        var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(repositoryFolder));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(destination, convert is null ? bytes : convert(bytes));
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
