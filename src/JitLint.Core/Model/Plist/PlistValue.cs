namespace JitLint.Core.Model.Plist;

/// <summary>
/// One value of a property list, read from XML or binary alike, so that rules never care which form a profile
/// was saved in. Values are immutable and compare by content.
/// </summary>
public abstract record PlistValue
{
    // Only the kinds below exist in a property list; nobody else may add one.
    private protected PlistValue()
    {
    }

    /// <summary>
    /// The kind as Apple names it in XML (<c>dict</c>, <c>string</c>, <c>integer</c> ...), except that
    /// <c>&lt;true/&gt;</c> and <c>&lt;false/&gt;</c> are both <c>boolean</c>, so messages can say
    /// "an integer, not a boolean".
    /// </summary>
    public abstract string KindName { get; }
}
