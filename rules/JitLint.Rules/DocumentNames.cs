using JitLint.Core.Model;

namespace JitLint.Rules;

/// <summary>How findings name the Intune object they are about.</summary>
internal static class DocumentNames
{
    /// <summary>The object's display name; hand-made or trimmed exports can lack one, and a message still needs a name.</summary>
    public static string NameForMessage(this PolicyDocument document) => document.DisplayName is { } name ? InvisibleText.Reveal(name) : "(unnamed)";
}
