using System.Text;
using JitLint.Core.Model.Plist;

namespace JitLint.Core.Tests.Plist;

/// <summary>Short ways to write expected models and to read samples in tests.</summary>
internal static class P
{
    public static PlistDictionary Dict(params (string Key, PlistValue Value)[] entries) =>
        new([.. entries.Select(entry => new PlistEntry(entry.Key, entry.Value))]);

    public static PlistArray Array(params PlistValue[] items) => new([.. items]);

    public static PlistString String(string value) => new(value);

    public static PlistInteger Integer(long value) => new(value);

    public static PlistValue Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    public static PlistValue Read(byte[] bytes)
    {
        var result = PlistReader.Read(bytes);
        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Error);
        return result.Root;
    }

    public static string Error(string xml) => Error(Encoding.UTF8.GetBytes(xml));

    public static string Error(byte[] bytes)
    {
        var result = PlistReader.Read(bytes);
        Assert.False(result.Succeeded);
        Assert.Null(result.Root);
        return result.Error;
    }

    /// <summary>A property list of one value, written as XML.</summary>
    public static string Xml(string value) => $"<plist version=\"1.0\">{value}</plist>";
}
