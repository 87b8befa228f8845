using JitLint.Syntax.Text;

namespace JitLint.Syntax.Json;

/// <summary>An object; duplicate property names are kept in source order so that rules can see them.</summary>
public sealed class JsonObjectSyntax : JsonNodeSyntax
{
    private readonly JsonPropertySyntax[] properties;

    internal JsonObjectSyntax(TextSpan span, JsonPropertySyntax[] properties)
        : base(span)
    {
        this.properties = properties;
        foreach (var property in properties)
        {
            property.Parent = this;
        }
    }

    public override JsonSyntaxKind Kind => JsonSyntaxKind.Object;

    public IReadOnlyList<JsonPropertySyntax> Properties => properties;

    /// <summary>The opening brace: where a finding about something missing from this object points.</summary>
    public TextSpan OpenBraceSpan => new(Span.Start, 1);

    /// <summary>The first property with this exact name, or null.</summary>
    public JsonPropertySyntax? GetProperty(string name)
    {
        // Over the array, not the interface: rules ask this millions of times on an export.
        foreach (var property in properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The value of the first property with this exact name, or null when there is none.</summary>
    public JsonNodeSyntax? GetValue(string name) => GetProperty(name)?.Value;

    /// <summary>The string value of the property, or null when it is absent or not a string.</summary>
    public string? GetString(string name) => (GetValue(name) as JsonStringSyntax)?.Value;
}
