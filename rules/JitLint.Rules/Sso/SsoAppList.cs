using JitLint.Core.Model;
using JitLint.Core.Model.Sso;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;

namespace JitLint.Rules.Sso;

/// <summary>One bundle ID in the SSO extension's app lists.</summary>
/// <param name="Node">The JSON string that holds it: an item of <c>bundleIdAccessControlList</c>, or the whole <c>AppAllowList</c> value.</param>
/// <param name="Text">The bundle ID as written; for an <c>AppAllowList</c> entry, without the white space around its commas.</param>
internal abstract record SsoAppListEntry(JsonStringSyntax Node, string Text)
{
    /// <summary>The bundle ID as rules compare it; stray characters around it are JIT105's finding.</summary>
    public string BundleId => InvisibleText.Clean(Text);

    public string Display => InvisibleText.Reveal(Text);

    /// <summary>
    /// Removes the bundle ID with one separator and leaves the rest of the list as it is written. Made only for the
    /// entries a rule reports, which are few: the edit of every entry of every list cost more than the rules' checks.
    /// </summary>
    public abstract TextEdit Removal();
}

/// <summary>An item of <c>bundleIdAccessControlList</c>.</summary>
internal sealed record BundleIdListItem(JsonStringSyntax Node, JsonArraySyntax List) : SsoAppListEntry(Node, Node.Value)
{
    public override TextEdit Removal() => JsonEdits.RemoveArrayItem(List, Node);
}

/// <summary>An entry of the comma-separated <c>AppAllowList</c> value.</summary>
/// <param name="Separated">The entry with one separator, in the value.</param>
internal sealed record AllowListEntry(JsonStringSyntax Node, string Text, Range Separated) : SsoAppListEntry(Node, Text)
{
    public override TextEdit Removal()
    {
        var value = Node.Value;
        var (start, length) = Separated.GetOffsetAndLength(value.Length);
        return JsonEdits.ReplaceString(Node, string.Concat(value.AsSpan(0, start), value.AsSpan(start + length)));
    }
}

/// <summary>
/// The bundle IDs the SSO extension lets use single sign-on: the items of <c>bundleIdAccessControlList</c> and the
/// entries of the comma-separated <c>AppAllowList</c> key ("com.contoso.app, com.fabrikam.app").
/// </summary>
internal static class SsoAppList
{
    public static IEnumerable<SsoAppListEntry> Entries(SsoExtension extension) =>
        extension.BundleIds
            .Select(SsoAppListEntry (item) => new BundleIdListItem(item, extension.BundleIdList!))
            .Concat(extension.SettingsWithKey(SsoKeys.AppAllowList)
                .Select(setting => setting.Value)
                .OfType<JsonStringSyntax>()
                .SelectMany(AllowListEntries));

    private static IEnumerable<SsoAppListEntry> AllowListEntries(JsonStringSyntax node)
    {
        var value = node.Value;
        var entries = EntryRanges(value);
        for (var i = 0; i < entries.Count; i++)
        {
            var (start, end) = RemovalRange(entries, i);
            yield return new AllowListEntry(node, value[entries[i].Start..entries[i].End], start..end);
        }
    }

    /// <summary>Where each non-empty entry between commas starts and ends, without the white space around it.</summary>
    private static List<(int Start, int End)> EntryRanges(string value)
    {
        var entries = new List<(int Start, int End)>();
        for (var start = 0; start <= value.Length;)
        {
            var comma = value.IndexOf(',', start);
            var end = comma < 0 ? value.Length : comma;
            var (entryStart, entryEnd) = (start, end);
            while (entryStart < entryEnd && char.IsWhiteSpace(value[entryStart]))
            {
                entryStart++;
            }

            while (entryEnd > entryStart && char.IsWhiteSpace(value[entryEnd - 1]))
            {
                entryEnd--;
            }

            if (entryEnd > entryStart)
            {
                entries.Add((entryStart, entryEnd));
            }

            start = end + 1;
        }

        return entries;
    }

    /// <summary>
    /// An entry goes with the separator after it, the last one with the separator before it, so "a, b, c" becomes
    /// "b, c", "a, c" or "a, b" in the list's own separator style; white space around the whole value is kept.
    /// </summary>
    private static (int Start, int End) RemovalRange(List<(int Start, int End)> entries, int index)
    {
        if (entries.Count == 1)
        {
            return entries[0];
        }

        return index + 1 < entries.Count
            ? (entries[index].Start, entries[index + 1].Start)
            : (entries[index - 1].End, entries[index].End);
    }
}
