using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace JitLint.Core.Model.Plist;

/// <summary>
/// A <c>&lt;dict&gt;</c>, with its entries in file order and duplicate keys kept, because a duplicated key is
/// itself a mistake worth reporting. Compares by content, in order.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "Apple's name for the kind; it is no IDictionary because keys may repeat.")]
public sealed record PlistDictionary : PlistValue
{
    public PlistDictionary(ImmutableArray<PlistEntry> entries) => Entries = entries.IsDefault ? [] : entries;

    public ImmutableArray<PlistEntry> Entries { get; }

    public override string KindName => "dict";

    /// <summary>
    /// The value of the last entry with this key (compared ordinally), because that is the one Core Foundation
    /// keeps when it reads a dictionary with a duplicated key; null when there is none.
    /// </summary>
    public PlistValue? Get(string key)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (Entries[i].Key == key)
            {
                return Entries[i].Value;
            }
        }

        return null;
    }

    /// <summary>The values of every entry with this key, in file order.</summary>
    public IEnumerable<PlistValue> GetAll(string key) =>
        Entries.Where(entry => entry.Key == key).Select(entry => entry.Value);

    public bool Equals(PlistDictionary? other) =>
        ReferenceEquals(this, other) || (other is not null && Entries.SequenceEqual(other.Entries));

    // Shallow for the same reason as PlistArray's.
    public override int GetHashCode() => Entries.Length;
}

/// <summary>One key and its value in a <see cref="PlistDictionary"/>.</summary>
public sealed record PlistEntry(string Key, PlistValue Value);
