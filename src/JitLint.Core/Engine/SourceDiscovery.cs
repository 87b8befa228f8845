using JitLint.Core.Model;

namespace JitLint.Core.Engine;

/// <summary>
/// Turns command-line paths into the files to lint: files as given, directories searched for *.json. Which of them the
/// configuration leaves in is the caller's to ask, so that the walk need not wait for the configuration.
/// </summary>
public static class SourceDiscovery
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = false,
        // Links are not followed: a link back up the tree would loop, and one out of it leaves the export.
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    /// <param name="paths">Files and directories, in any order, relative to <paramref name="currentDirectory"/>.</param>
    /// <param name="root">What display paths are relative to.</param>
    public static DiscoveryResult Discover(IEnumerable<string> paths, string currentDirectory, string root)
    {
        var inputs = new Dictionary<string, SourceInput>(StringComparer.Ordinal);
        var missing = new List<string>();
        var anyDirectory = false;
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(fullPath))
            {
                anyDirectory = true;
                foreach (var file in JsonFilesUnder(fullPath))
                {
                    inputs.TryAdd(file, new SourceInput(file, PortablePath.Relative(root, file)));
                }
            }
            else if (File.Exists(fullPath))
            {
                inputs.TryAdd(fullPath, new SourceInput(fullPath, PortablePath.Relative(root, fullPath)));
            }
            else
            {
                missing.Add(path);
            }
        }

        var sorted = inputs.Values.OrderBy(input => input.DisplayPath, StringComparer.Ordinal).ToList();
        return new DiscoveryResult(sorted, missing, anyDirectory);
    }

    /// <summary>
    /// Every *.json file below the directory. A directory that cannot be listed is returned as if it were a file,
    /// so that reading it fails and is reported like any unreadable file, and the rest of the tree is still linted.
    /// </summary>
    private static IEnumerable<string> JsonFilesUnder(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var current))
        {
            string[] files;
            string[] directories;
            try
            {
                files = Directory.GetFiles(current, "*.json", OneLevel);
                directories = Directory.GetDirectories(current, "*", OneLevel);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                files = [current];
                directories = [];
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var subdirectory in directories.OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(subdirectory);
            }
        }
    }
}

/// <param name="MissingPaths">Arguments that name neither a file nor a directory.</param>
/// <param name="HasDirectory">Whether a directory was given: with --scope auto, that makes it a whole export.</param>
public sealed record DiscoveryResult(IReadOnlyList<SourceInput> Inputs, IReadOnlyList<string> MissingPaths, bool HasDirectory);
