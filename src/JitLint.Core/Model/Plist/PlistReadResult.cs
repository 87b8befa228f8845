using System.Diagnostics.CodeAnalysis;

namespace JitLint.Core.Model.Plist;

/// <summary>Either the root value of a property list, or why it could not be read and where.</summary>
public sealed class PlistReadResult
{
    private PlistReadResult(PlistValue? root, string? error)
    {
        Root = root;
        Error = error;
    }

    public PlistValue? Root { get; }

    /// <summary>What is wrong and where, as the end of a sentence ("line 3, position 5: ...").</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Root))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Root is not null;

    internal static PlistReadResult Success(PlistValue root) => new(root, null);

    internal static PlistReadResult Failure(string error) => new(null, error);
}
