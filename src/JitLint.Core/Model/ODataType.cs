namespace JitLint.Core.Model;

/// <summary>
/// Graph type names as exports write them: <c>#microsoft.graph.x</c> in real responses,
/// <c>microsoft.graph.x</c> in the Graph docs' samples. Both mean type <c>x</c>.
/// </summary>
public static class ODataType
{
    private const string Namespace = "microsoft.graph.";

    /// <summary>The bare type name (<c>iosStoreApp</c>), or null when the value is not a Microsoft Graph type.</summary>
    public static string? GetTypeName(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var name = value.AsSpan().TrimStart('#');
        return name.StartsWith(Namespace, StringComparison.OrdinalIgnoreCase) && name.Length > Namespace.Length
            ? name[Namespace.Length..].ToString()
            : null;
    }

    public static bool Is(string? value, string typeName) =>
        string.Equals(GetTypeName(value), typeName, StringComparison.OrdinalIgnoreCase);
}
