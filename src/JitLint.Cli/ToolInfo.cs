using System.Reflection;

namespace JitLint.Cli;

internal static class ToolInfo
{
    /// <summary>The semantic version, without the source revision the SDK appends after '+'.</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
