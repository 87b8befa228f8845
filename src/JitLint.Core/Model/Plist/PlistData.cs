using System.Collections.Immutable;

namespace JitLint.Core.Model.Plist;

/// <summary>A <c>&lt;data&gt;</c>: bytes, base64 in XML. Compares by content.</summary>
public sealed record PlistData : PlistValue
{
    public PlistData(ImmutableArray<byte> bytes) => Bytes = bytes.IsDefault ? [] : bytes;

    public ImmutableArray<byte> Bytes { get; }

    public override string KindName => "data";

    public bool Equals(PlistData? other) =>
        ReferenceEquals(this, other) || (other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan()));

    public override int GetHashCode() => Bytes.Length;
}
