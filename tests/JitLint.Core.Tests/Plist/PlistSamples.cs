namespace JitLint.Core.Tests.Plist;

/// <summary>
/// Profiles in both forms. Each binary one is Python's <c>plistlib.dumps(plistlib.loads(xml), fmt=FMT_BINARY,
/// sort_keys=False)</c> of the XML beside it, so that JitLint's two readers are checked against a third.
/// </summary>
internal static class PlistSamples
{
    /// <summary>An Entra ID SSO extension profile laid out as Apple Configurator writes one (tabs, DOCTYPE and all).</summary>
    public const string SsoXml = """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>ExtensionData</key>
			<dict>
				<key>AppAllowList</key>
				<string>com.contoso.lobapp,com.microsoft.skype.teams</string>
				<key>browser_sso_interaction_enabled</key>
				<integer>1</integer>
				<key>device_registration</key>
				<string>{{DEVICEREGISTRATION}}</string>
			</dict>
			<key>ExtensionIdentifier</key>
			<string>com.microsoft.azureauthenticator.ssoextension</string>
			<key>PayloadDisplayName</key>
			<string>Single Sign-On Extensions</string>
			<key>PayloadIdentifier</key>
			<string>com.apple.extensiblesso.7E0B6F7C-3C4A-4E55-9D3F-2B8F4B7A1C11</string>
			<key>PayloadType</key>
			<string>com.apple.extensiblesso</string>
			<key>PayloadUUID</key>
			<string>7E0B6F7C-3C4A-4E55-9D3F-2B8F4B7A1C11</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>TeamIdentifier</key>
			<string>SGGM6D27TK</string>
			<key>Type</key>
			<string>Redirect</string>
			<key>URLs</key>
			<array>
				<string>https://login.microsoftonline.com</string>
				<string>https://login.microsoft.com</string>
				<string>https://sts.windows.net</string>
			</array>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>iOS - JIT SSO</string>
	<key>PayloadIdentifier</key>
	<string>com.contoso.jit-sso</string>
	<key>PayloadRemovalDisallowed</key>
	<false/>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>0C5D3A1E-8F2B-4B6A-A9E4-5F1D2C3B4A59</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
""";

    public static readonly byte[] SsoBinary = Convert.FromBase64String("""
        YnBsaXN0MDDXAQIDBAUGBwghIiMkJRReUGF5bG9hZENvbnRlbnRfEBJQYXlsb2FkRGlzcGxheU5hbWVfEBFQYXlsb2FkSWRlbnRp
        Zmllcl8QGFBheWxvYWRSZW1vdmFsRGlzYWxsb3dlZFtQYXlsb2FkVHlwZVtQYXlsb2FkVVVJRF5QYXlsb2FkVmVyc2lvbqEJ2goL
        AgMFBgcMDQ4PFhcYGRoUGxwdXUV4dGVuc2lvbkRhdGFfEBNFeHRlbnNpb25JZGVudGlmaWVyXlRlYW1JZGVudGlmaWVyVFR5cGVU
        VVJMc9MQERITFBVcQXBwQWxsb3dMaXN0XxAfYnJvd3Nlcl9zc29faW50ZXJhY3Rpb25fZW5hYmxlZF8QE2RldmljZV9yZWdpc3Ry
        YXRpb25fECxjb20uY29udG9zby5sb2JhcHAsY29tLm1pY3Jvc29mdC5za3lwZS50ZWFtcxABXxAWe3tERVZJQ0VSRUdJU1RSQVRJ
        T059fV8QLWNvbS5taWNyb3NvZnQuYXp1cmVhdXRoZW50aWNhdG9yLnNzb2V4dGVuc2lvbl8QGVNpbmdsZSBTaWduLU9uIEV4dGVu
        c2lvbnNfEDxjb20uYXBwbGUuZXh0ZW5zaWJsZXNzby43RTBCNkY3Qy0zQzRBLTRFNTUtOUQzRi0yQjhGNEI3QTFDMTFfEBdjb20u
        YXBwbGUuZXh0ZW5zaWJsZXNzb18QJDdFMEI2RjdDLTNDNEEtNEU1NS05RDNGLTJCOEY0QjdBMUMxMVpTR0dNNkQyN1RLWFJlZGly
        ZWN0ox4fIF8QIWh0dHBzOi8vbG9naW4ubWljcm9zb2Z0b25saW5lLmNvbV8QG2h0dHBzOi8vbG9naW4ubWljcm9zb2Z0LmNvbV8Q
        F2h0dHBzOi8vc3RzLndpbmRvd3MubmV0XWlPUyAtIEpJVCBTU09fEBNjb20uY29udG9zby5qaXQtc3NvCF1Db25maWd1cmF0aW9u
        XxAkMEM1RDNBMUUtOEYyQi00QjZBLUE5RTQtNUYxRDJDM0I0QTU5AAgAFwAmADsATwBqAHYAggCRAJMAqAC2AMwA2wDgAOUA7AD5
        ARsBMQFgAWIBewGrAccCBgIgAkcCUgJbAl8CgwKhArsCyQLfAuAC7gAAAAAAAAIBAAAAAAAAACYAAAAAAAAAAAAAAAAAAAMV
        """);

    /// <summary>Every kind, and integers of every binary width (the 16-byte one beyond a long).</summary>
    public const string KitchenSinkXml = """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>small</key>
	<integer>7</integer>
	<key>byte</key>
	<integer>255</integer>
	<key>short</key>
	<integer>256</integer>
	<key>int</key>
	<integer>65536</integer>
	<key>long</key>
	<integer>4294967296</integer>
	<key>negative</key>
	<integer>-1</integer>
	<key>max</key>
	<integer>9223372036854775807</integer>
	<key>min</key>
	<integer>-9223372036854775808</integer>
	<key>unsigned64</key>
	<integer>18446744073709551615</integer>
	<key>half</key>
	<real>0.5</real>
	<key>big</key>
	<real>-12500000000.0</real>
	<key>yes</key>
	<true/>
	<key>no</key>
	<false/>
	<key>when</key>
	<date>2024-05-06T07:08:09Z</date>
	<key>short data</key>
	<data>
	AAH+/w==
	</data>
	<key>long data</key>
	<data>
	AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw==
	</data>
	<key>unicode</key>
	<string>Zürich ✓ 😀</string>
	<key>long ascii</key>
	<string>a string longer than fifteen characters</string>
	<key>empty string</key>
	<string></string>
	<key>empty dict</key>
	<dict/>
	<key>empty array</key>
	<array/>
	<key>nested</key>
	<array>
		<array>
			<integer>1</integer>
			<array>
				<integer>2</integer>
				<dict>
					<key>deep</key>
					<array>
						<integer>3</integer>
					</array>
				</dict>
			</array>
		</array>
	</array>
</dict>
</plist>
""";

    public static readonly byte[] KitchenSinkBinary = Convert.FromBase64String("""
        YnBsaXN0MDDfEBYBAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLFVzbWFsbFRieXRlVXNob3J0U2lu
        dFRsb25nWG5lZ2F0aXZlU21heFNtaW5adW5zaWduZWQ2NFRoYWxmU2JpZ1N5ZXNSbm9Ud2hlblpzaG9ydCBkYXRhWWxvbmcgZGF0
        YVd1bmljb2RlWmxvbmcgYXNjaWlcZW1wdHkgc3RyaW5nWmVtcHR5IGRpY3RbZW1wdHkgYXJyYXlWbmVzdGVkEAcQ/xEBABIAAQAA
        EwAAAAEAAAAAE///////////E3//////////E4AAAAAAAAAAFAAAAAAAAAAA//////////8jP+AAAAAAAAAjwgdIdugAAAAJCDNB
        xfRcrIAAAEQAAf7/TxAoAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJ2sAWgD8AHIAaQBjAGgAICcTACDY
        Pd4AXxAnYSBzdHJpbmcgbG9uZ2VyIHRoYW4gZmlmdGVlbiBjaGFyYWN0ZXJzUNCgoS2iLi8QAaIwMRAC0TIzVGRlZXChNBADAAgA
        NwA9AEIASABMAFEAWgBeAGIAbQByAHYAegB9AIIAjQCXAJ8AqgC3AMIAzgDVANcA2QDcAOEA6gDzAPwBBQEWAR8BKAEpASoBMwE4
        AWMBegGkAaUBpgGnAakBrAGuAbEBswG2AbsBvQAAAAAAAAIBAAAAAAAAADUAAAAAAAAAAAAAAAAAAAG/
        """);

    /// <summary>
    /// A profile signed with <c>openssl cms -sign -outform der -nodetach -nocerts</c> by a throwaway self-signed
    /// certificate: DER, starting 30 82.
    /// </summary>
    public static readonly byte[] SignedProfile = Convert.FromBase64String("""
        MIIDCwYJKoZIhvcNAQcCoIIC/DCCAvgCAQExDTALBglghkgBZQMEAgEwgZkGCSqGSIb3DQEHAaCBiwSBiDw/eG1sIHZlcnNpb249
        IjEuMCIgZW5jb2Rpbmc9IlVURi04Ij8+DQo8cGxpc3QgdmVyc2lvbj0iMS4wIj48ZGljdD48a2V5PlBheWxvYWRUeXBlPC9rZXk+
        PHN0cmluZz5Db25maWd1cmF0aW9uPC9zdHJpbmc+PC9kaWN0PjwvcGxpc3Q+DQoxggJGMIICQgIBATA2MB4xHDAaBgNVBAMME0pp
        dExpbnQgdGVzdCBzaWduZXICFAmBMn5VZhjsQ3mvFHvTTcsqo6pZMAsGCWCGSAFlAwQCAaCB5DAYBgkqhkiG9w0BCQMxCwYJKoZI
        hvcNAQcBMBwGCSqGSIb3DQEJBTEPFw0yNjExMzAwMDQxMjJaMC8GCSqGSIb3DQEJBDEiBCASjsjnZfwcjjyf8OqtUd5jz++O6dH7
        Bk1HpU6qdXY3ujB5BgkqhkiG9w0BCQ8xbDBqMAsGCWCGSAFlAwQBKjALBglghkgBZQMEARYwCwYJYIZIAWUDBAECMAoGCCqGSIb3
        DQMHMA4GCCqGSIb3DQMCAgIAgDANBggqhkiG9w0DAgIBQDAHBgUrDgMCBzANBggqhkiG9w0DAgIBKDANBgkqhkiG9w0BAQEFAASC
        AQBScXtDM+XIBelUYKZXky1FuroumyS9iIWBqagHVhX9hS8+1lLLTBXUaBw7uoRVxJPPJ7WK3y/EcEH41WCfmgqCXAd0L2E3jWlM
        beeX+eE+ivOZGH7QakvHXDqg95jAnwuuOkkUKdHB2cWMLGFfWEG7XI0nfgl1uBh31OpgrN0cuGFCbxqyWv2HoFd/8NY7AGL56Rys
        Pz8PtGxEhMcwi36Yo2AHQ2VgxscGT7Arpbx6Fl10gWncHKHK4GePyI51kDXfkY1t6SKzDE9IIoVa/QM+H2+lCA9+MbM7SW3H/JDr
        Gpt9o0qIzTmUQHLva2TjxhpPDLf20OwBjt96mKZCPH8d
        """);
}
