using JitLint.Syntax.Json;

namespace JitLint.Core.Model.Sso;

/// <summary>One extension-data entry: a <c>keyTypedValuePair</c> such as <c>keyStringValuePair</c>.</summary>
/// <param name="Entry">The whole entry object.</param>
/// <param name="Key">The key string, when the entry has one.</param>
/// <param name="Value">The value node, when the entry has one.</param>
/// <param name="TypeName">The bare Graph type name of the entry (<c>keyIntegerValuePair</c>), when given.</param>
public sealed record SsoSetting(JsonObjectSyntax Entry, JsonStringSyntax? Key, JsonNodeSyntax? Value, string? TypeName);
