using JitLint.Core.Model;
using JitLint.Syntax.Json;

namespace JitLint.Core.Rules;

/// <summary>A rule is its descriptor plus one analysis method (on a subclass); it never reads configuration.</summary>
public abstract class Rule(RuleDescriptor descriptor)
{
    public RuleDescriptor Descriptor { get; } = descriptor;

    /// <summary>
    /// A finding at a node of a document. A property is reported at its name and an object at its opening brace,
    /// so that findings about what an object lacks point at the object's head, not its whole body.
    /// </summary>
    protected Finding Report(PolicyDocument document, JsonNodeSyntax node, params object?[] arguments)
    {
        var span = node switch
        {
            JsonPropertySyntax property => property.NameSpan,
            JsonObjectSyntax obj => obj.OpenBraceSpan,
            _ => node.Span,
        };
        return new Finding(
            Descriptor,
            Descriptor.DefaultSeverity,
            Descriptor.FormatMessage(arguments),
            Location.Create(document.File, span),
            document.Identity,
            RelativePointer(document, node),
            DocumentName: document.DisplayName);
    }

    private static string RelativePointer(PolicyDocument document, JsonNodeSyntax node) =>
        node.Pointer[document.Root.Pointer.Length..];
}

/// <summary>A rule that looks at one document at a time; the linter runs it on documents of its kinds, in parallel.</summary>
public abstract class DocumentRule(RuleDescriptor descriptor) : Rule(descriptor)
{
    public abstract IEnumerable<Finding> Analyze(PolicyDocument document);
}

/// <summary>A rule that looks across all documents of an export, like a compiler's whole-compilation analysis.</summary>
public abstract class TenantRule(RuleDescriptor descriptor) : Rule(descriptor)
{
    /// <summary>
    /// Rules that report that something is absent run only on a whole export: linting one file must never say
    /// "no Authenticator app found".
    /// </summary>
    public virtual bool ReportsAbsence => true;

    public abstract IEnumerable<Finding> Analyze(Tenant tenant);

    /// <summary>A finding placed on a document's opening brace.</summary>
    protected Finding Report(TenantDocument document, params object?[] arguments) =>
        ReportAt(document, document.Anchor, string.Empty, arguments);

    /// <summary>A finding at a place inside a document that the tenant model recorded, with its pointer.</summary>
    protected Finding ReportAt(TenantDocument document, Location location, string pointer, params object?[] arguments) => new(
        Descriptor,
        Descriptor.DefaultSeverity,
        Descriptor.FormatMessage(arguments),
        location,
        document.Identity,
        pointer,
        DocumentName: document.DisplayName);
}
