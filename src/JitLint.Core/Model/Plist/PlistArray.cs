using System.Collections.Immutable;

namespace JitLint.Core.Model.Plist;

/// <summary>An <c>&lt;array&gt;</c>. Compares by content, in order.</summary>
public sealed record PlistArray : PlistValue
{
    public PlistArray(ImmutableArray<PlistValue> items) => Items = items.IsDefault ? [] : items;

    public ImmutableArray<PlistValue> Items { get; }

    public override string KindName => "array";

    public bool Equals(PlistArray? other) =>
        ReferenceEquals(this, other) || (other is not null && Items.SequenceEqual(other.Items));

    // Shallow on purpose: a binary property list may share one object many times over, and hashing deeply
    // would visit it once per path, which can be exponential in the nesting.
    public override int GetHashCode() => Items.Length;
}
