namespace JitLint.Core.Model;

/// <summary>
/// Graph type names as exports write them: <c>#microsoft.graph.x</c> in real responses,
/// <c>microsoft.graph.x</c> in the Graph docs' samples. Both mean type <c>x</c>.
/// </summary>
public static class ODataType
{
    private const string Namespace = "microsoft.graph.";

    /// <summary>The bare type name (<c>iosStoreApp</c>), or null when the value is not a Microsoft Graph type.</summary>
    public static string? GetTypeName(string? value) => TypeNameOf(value) is { IsEmpty: false } name ? name.ToString() : null;

    /// <summary>Whether the value names the Graph type, compared in place: every assignment of an export asks.</summary>
    public static bool Is(string? value, string typeName) =>
        TypeNameOf(value) is { IsEmpty: false } name && name.Equals(typeName, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> TypeNameOf(string? value)
    {
        var name = value.AsSpan().TrimStart('#');
        return name.StartsWith(Namespace, StringComparison.OrdinalIgnoreCase) ? name[Namespace.Length..] : [];
    }
}
