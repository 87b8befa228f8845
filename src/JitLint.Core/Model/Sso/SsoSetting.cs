using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>One extension-data entry: a key, its type and its value, wherever the form keeps them.</summary>
/// <param name="Entry">The whole entry: where a finding about the entry as a whole points.</param>
/// <param name="Key">The key string, when the entry has one.</param>
/// <param name="Value">The value node, when the entry has one.</param>
/// <param name="TypeName">
/// The entry's type as a Graph <c>keyTypedValuePair</c> type name (<c>keyStringValuePair</c>, <c>keyIntegerValuePair</c>,
/// <c>keyBooleanValuePair</c>), whatever form stated it; null when the entry states none.
/// </param>
/// <param name="TypeProperty">The property that states the type, when there is one.</param>
public sealed record SsoSetting(JsonNodeSyntax Entry, JsonStringSyntax? Key, JsonNodeSyntax? Value, string? TypeName, JsonPropertySyntax? TypeProperty)
{
    /// <summary>
    /// The key as rules compare it: without stray white space or invisible characters, because those are a
    /// different mistake (JIT105) that every other rule must not report again. Null when the entry has no key.
    /// </summary>
    public string? CleanKey => Key is null ? null : InvisibleText.Clean(Key.Value);

    /// <summary>Whether the entry is of the bare Graph type <paramref name="typeName"/> (<c>keyStringValuePair</c>).</summary>
    public bool IsOfType(string typeName) => string.Equals(TypeName, typeName, StringComparison.OrdinalIgnoreCase);
}
