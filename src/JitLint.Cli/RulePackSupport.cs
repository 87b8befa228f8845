using System.Diagnostics.CodeAnalysis;

namespace JitLint.Cli;

/// <summary>
/// Whether this build loads rule packs. The .NET tool does; the native build (Native AOT) cannot load assemblies, and
/// its publish turns the switch off, which also lets the compiler leave the pack loader out.
/// </summary>
internal static class RulePackSupport
{
    private const string SwitchName = "JitLint.RulePacks.IsSupported";

    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out var isSupported) || isSupported;
}
