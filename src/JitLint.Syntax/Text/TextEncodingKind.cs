namespace JitLint.Syntax.Text;

/// <summary>How a file was encoded on disk, so that a rewrite can keep it byte-for-byte compatible.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8Bom,
    Utf16LittleEndianBom,
    Utf16BigEndianBom,
}
