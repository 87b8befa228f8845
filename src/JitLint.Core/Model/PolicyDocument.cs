using JitLint.Core.Model.Sso;
using JitLint.Syntax.Json;

namespace JitLint.Core.Model;

/// <summary>One Graph object: a whole file, or one element of a Graph list response inside a file.</summary>
public sealed class PolicyDocument
{
    private IReadOnlyList<SsoExtension>? ssoExtensions;
    private CustomProfile? customProfile;
    private bool customProfileRead;

    public PolicyDocument(SourceFile file, JsonObjectSyntax root, PolicyKind kind, string? typeName)
    {
        File = file;
        Root = root;
        Kind = kind;
        TypeName = typeName;
    }

    public SourceFile File { get; }

    public JsonObjectSyntax Root { get; }

    public PolicyKind Kind { get; }

    /// <summary>The bare Graph type name (<c>iosDeviceFeaturesConfiguration</c>), when the object names one.</summary>
    public string? TypeName { get; }

    public string? Id => Root.GetString("id");

    public string? DisplayName => Root.GetString("displayName") ?? Root.GetString("name");

    /// <summary>Who this object is, independent of its file and position: what fingerprints are made of.</summary>
    public string Identity => $"{TypeName}:{Id ?? DisplayName ?? File.DisplayPath + Root.Pointer}";

    /// <summary>The decoded <c>.mobileconfig</c> of a custom configuration, read once for every rule that needs it.</summary>
    public CustomProfile? CustomProfile
    {
        get
        {
            if (!customProfileRead)
            {
                (customProfile, customProfileRead) = (CustomProfile.Read(this), true);
            }

            return customProfile;
        }
    }

    /// <summary>The Entra ID SSO app extensions this document holds, in every form JitLint reads.</summary>
    public IReadOnlyList<SsoExtension> SsoExtensions => ssoExtensions ??= SsoExtension.ReadAll(this);
}
