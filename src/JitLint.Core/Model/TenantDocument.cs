using JitLint.Core.Rules;

namespace JitLint.Core.Model;

/// <summary>
/// A document as the tenant model keeps it: the facts tenant rules need and where to report, not its syntax
/// tree, so that memory does not grow with the size of an export.
/// </summary>
public sealed record TenantDocument(
    PolicyKind Kind,
    string? TypeName,
    string? DisplayName,
    string Identity,
    Location Anchor,
    int SsoExtensionCount)
{
    public static TenantDocument From(PolicyDocument document) => new(
        document.Kind,
        document.TypeName,
        document.DisplayName,
        document.Identity,
        Location.Create(document.File, document.Root.OpenBraceSpan),
        document.SsoExtensions.Count);
}
