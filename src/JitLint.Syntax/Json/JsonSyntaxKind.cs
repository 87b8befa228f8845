namespace JitLint.Syntax.Json;

public enum JsonSyntaxKind
{
    Object,
    Property,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
