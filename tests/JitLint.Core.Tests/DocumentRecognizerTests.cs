using JitLint.Core.Model;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Tests;

public sealed class DocumentRecognizerTests
{
    [Theory]
    [InlineData("#microsoft.graph.iosDeviceFeaturesConfiguration", PolicyKind.DeviceFeaturesConfiguration)]
    [InlineData("microsoft.graph.iosDeviceFeaturesConfiguration", PolicyKind.DeviceFeaturesConfiguration)]
    [InlineData("#microsoft.graph.iosVppApp", PolicyKind.IosApp)]
    [InlineData("#microsoft.graph.depIOSEnrollmentProfile", PolicyKind.AdeEnrollmentProfile)]
    [InlineData("#microsoft.graph.iosManagedAppProtection", PolicyKind.AppProtectionPolicy)]
    [InlineData("#microsoft.graph.iosMobileAppConfiguration", PolicyKind.ManagedDeviceAppConfiguration)]
    [InlineData("#microsoft.graph.iosCompliancePolicy", PolicyKind.CompliancePolicy)]
    [InlineData("#microsoft.graph.windows10GeneralConfiguration", PolicyKind.OtherGraphObject)]
    public void Kinds_follow_the_graph_type_with_or_without_hash(string odataType, PolicyKind kind)
    {
        var document = Assert.Single(Recognize($$"""{ "@odata.type": "{{odataType}}", "id": "1" }""").Documents);
        Assert.Equal(kind, document.Kind);
        Assert.Equal(odataType.TrimStart('#')["microsoft.graph.".Length..], document.TypeName);
    }

    [Fact]
    public void Conditional_access_policies_are_known_by_their_context()
    {
        var document = Assert.Single(Recognize("""
            { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies/$entity",
              "id": "5", "displayName": "CA", "conditions": {} }
            """).Documents);
        Assert.Equal(PolicyKind.ConditionalAccessPolicy, document.Kind);
        Assert.Equal("conditionalAccessPolicy:5", document.Identity);
    }

    [Theory]
    [InlineData("""{ "displayName": "CA", "state": "enabled", "conditions": { "applications": { "excludeApplications": [] } }, "grantControls": null }""", PolicyKind.ConditionalAccessPolicy, "conditionalAccessPolicy")]
    [InlineData("""{ "id": "g1", "displayName": "iOS JIT users", "securityEnabled": true, "mailEnabled": false }""", PolicyKind.OtherGraphObject, "group")]
    public void Objects_without_type_or_context_are_known_by_their_shape(string json, PolicyKind kind, string typeName)
    {
        var document = Single(json);
        Assert.Equal((kind, typeName), (document.Kind, document.TypeName));
    }

    [Fact]
    public void An_empty_list_response_is_recognised_and_holds_no_documents()
    {
        var recognition = Recognize("""{ "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceAppManagement/mobileApps", "value": [] }""");
        Assert.Empty(recognition.Documents);
        Assert.Empty(recognition.Unrecognized);
    }

    [Fact]
    public void Identity_prefers_id_then_display_name_then_location()
    {
        Assert.Equal("iosVppApp:42", Single("""{ "@odata.type": "#microsoft.graph.iosVppApp", "id": "42", "displayName": "A" }""").Identity);
        Assert.Equal("iosVppApp:A", Single("""{ "@odata.type": "#microsoft.graph.iosVppApp", "displayName": "A" }""").Identity);
        Assert.Equal("iosVppApp:x.json", Single("""{ "@odata.type": "#microsoft.graph.iosVppApp" }""").Identity);
    }

    private static PolicyDocument Single(string json) => Assert.Single(Recognize(json).Documents);

    private static Recognition Recognize(string json)
    {
        var text = SourceText.From(json);
        return DocumentRecognizer.Recognize(new SourceFile("x.json", "x.json", text), JsonSyntaxTree.Parse(text).Root!);
    }
}
