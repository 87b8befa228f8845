using JitLint.Core.Rules;
using JitLint.Syntax.Json;
using PublicApiGenerator;
using JitLint.Testing;

namespace JitLint.Core.Tests;

/// <summary>
/// JitLint.Core and JitLint.Syntax are what rule packs compile against, so a change to their public API must be
/// deliberate: it shows up here, in review, and a breaking one raises <see cref="RuleApi.Version"/>.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => ["JitLint.Core", "JitLint.Syntax"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_api_is_the_approved_one(string name)
    {
        var assembly = name == "JitLint.Core" ? typeof(Rule).Assembly : typeof(JsonPointer).Assembly;
        var actual = assembly.GeneratePublicApi().ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(RepositoryFiles.Root, "tests", "JitLint.Core.Tests", "PublicApi", $"{name}.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (actual != approved)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt", actual);
        }

        Assert.True(
            actual == approved,
            $"The public API of {name} changed: compare PublicApi/{name}.received.txt with {name}.approved.txt. If the change is meant, "
            + "copy the received file over the approved one, and raise RuleApi.Version (major for a breaking change, minor for an addition).");
    }
}
