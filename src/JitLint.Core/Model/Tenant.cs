namespace JitLint.Core.Model;

/// <summary>All documents of one lint run, in file order: what tenant rules look across.</summary>
/// <param name="IsWholeExport">True when the input is a whole tenant export, so that absences are meaningful.</param>
public sealed record Tenant(IReadOnlyList<TenantDocument> Documents, bool IsWholeExport)
{
    public IEnumerable<TenantDocument> OfKind(PolicyKind kind) => Documents.Where(document => document.Kind == kind);
}
