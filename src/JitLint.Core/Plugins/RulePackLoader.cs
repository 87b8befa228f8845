using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using JitLint.Core.Configuration;
using JitLint.Core.Rules;

namespace JitLint.Core.Plugins;

/// <summary>
/// Loads a rule pack: an assembly jitlint.json names explicitly (never one found in the linted tree), in a load
/// context of its own that shares JitLint.Core and JitLint.Syntax with the tool, so that the pack's rules derive from
/// the very <see cref="Rule"/> types the linter runs. This is JitLint's one reflection over types, on purpose: it
/// instantiates the public, non-abstract types of the pack that derive from <see cref="Rule"/>.
/// </summary>
public static class RulePackLoader
{
    /// <summary>Why loading a pack needs the .NET runtime: a native (ahead-of-time compiled) program cannot load assemblies.</summary>
    private const string NeedsTheDotNetRuntime = "A rule pack is a .NET assembly, loaded and instantiated by reflection: only the .NET tool build of JitLint can load one, not the native build.";

    [RequiresUnreferencedCode(NeedsTheDotNetRuntime)]
    public static (RuleSource? Source, IReadOnlyList<string> Errors) Load(ConfiguredPath pack)
    {
        var at = $"{pack.Location.File.DisplayPath}{pack.Location.LineSpan.Start}: the rule pack \"{pack.Written}\"";
        if (!File.Exists(pack.FullPath))
        {
            return (null, [$"{at} does not exist"]);
        }

        try
        {
            var assembly = new PackLoadContext(pack.FullPath).LoadFromAssemblyPath(pack.FullPath);
            if (assembly.GetCustomAttribute<JitLintRuleApiAttribute>() is not { } api)
            {
                return (null, [$"{at} does not declare the rule API version it was built for: add [assembly: JitLintRuleApi(\"{RuleApi.Version}\")]"]);
            }

            if (RuleApi.Incompatibility(api.Version) is { } problem)
            {
                return (null, [$"{at} {problem}"]);
            }

            var ruleTypes = assembly.GetExportedTypes()
                .Where(type => type.IsClass && !type.IsAbstract && type.IsSubclassOf(typeof(Rule)))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToList();
            if (ruleTypes.FirstOrDefault(type => type.GetConstructor(Type.EmptyTypes) is null) is { } unusable)
            {
                return (null, [$"{at}: the rule {unusable.FullName} has no public parameterless constructor"]);
            }

            var rules = ruleTypes.Select(type => (Rule)Activator.CreateInstance(type)!).ToList();
            return rules.Count == 0
                ? (null, [$"{at} holds no public rule classes"])
                : (new RuleSource(assembly.GetName().Name!, pack.Written, rules) { Version = assembly.GetName().Version?.ToString(3) }, []);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ReflectionTypeLoadException or TypeLoadException or TargetInvocationException)
        {
            return (null, [$"{at} cannot be loaded: {(exception as TargetInvocationException)?.InnerException?.Message ?? exception.Message}"]);
        }
    }

    /// <summary>
    /// Collectible, so that a host that loads packs (a test, an editor) can let them go. The pack's own dependencies
    /// are resolved next to it; JitLint's assemblies and the framework come from the tool.
    /// </summary>
    [RequiresUnreferencedCode(NeedsTheDotNetRuntime)]
    private sealed class PackLoadContext(string packPath) : AssemblyLoadContext($"JitLint rule pack {Path.GetFileName(packPath)}", isCollectible: true)
    {
        private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
        {
            typeof(Rule).Assembly.GetName().Name!,
            typeof(Syntax.Json.JsonPointer).Assembly.GetName().Name!,
        };

        private readonly AssemblyDependencyResolver resolver = new(packPath);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            Shared.Contains(assemblyName.Name!) || resolver.ResolveAssemblyToPath(assemblyName) is not { } path
                ? null
                : LoadFromAssemblyPath(path);
    }
}
