using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>One extension-data entry: a <c>keyTypedValuePair</c> such as <c>keyStringValuePair</c>.</summary>
/// <param name="Entry">The whole entry object.</param>
/// <param name="Key">The key string, when the entry has one.</param>
/// <param name="Value">The value node, when the entry has one.</param>
/// <param name="TypeName">The bare Graph type name of the entry (<c>keyIntegerValuePair</c>), when given.</param>
public sealed record SsoSetting(JsonObjectSyntax Entry, JsonStringSyntax? Key, JsonNodeSyntax? Value, string? TypeName)
{
    /// <summary>
    /// The key as rules compare it: without stray white space or invisible characters, because those are a
    /// different mistake (JIT105) that every other rule must not report again. Null when the entry has no key.
    /// </summary>
    public string? CleanKey => Key is null ? null : InvisibleText.Clean(Key.Value);

    /// <summary>The entry's <c>@odata.type</c> property, when it has one.</summary>
    public JsonPropertySyntax? TypeProperty => Entry.GetProperty("@odata.type");

    /// <summary>Whether the entry is of the bare Graph type <paramref name="typeName"/> (<c>keyStringValuePair</c>).</summary>
    public bool IsOfType(string typeName) => string.Equals(TypeName, typeName, StringComparison.OrdinalIgnoreCase);
}
