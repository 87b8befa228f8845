namespace JitLint.Core.Model;

/// <summary>What a recognised document is, as far as the JIT setup is concerned.</summary>
public enum PolicyKind
{
    /// <summary>A Microsoft Graph object that no JIT rule looks at (for example iOS device restrictions).</summary>
    OtherGraphObject,
    DeviceFeaturesConfiguration,
    SettingsCatalogPolicy,
    CustomConfiguration,
    IosApp,
    AdeEnrollmentProfile,
    UserEnrollmentProfile,
    AppProtectionPolicy,
    ManagedDeviceAppConfiguration,
    ManagedAppConfiguration,
    CompliancePolicy,
    ConditionalAccessPolicy,

    /// <summary>Not a policy: the assignments of another object, in a side file of its own (IntuneBackupAndRestore).</summary>
    AssignmentSideFile,
}
