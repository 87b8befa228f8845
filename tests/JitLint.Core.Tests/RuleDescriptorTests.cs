using JitLint.Core.Model;
using JitLint.Core.Rules;

namespace JitLint.Core.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Only_JitLint_rules_get_a_page_in_JitLint_docs_by_default()
    {
        Assert.Equal(new Uri("https://github.com/jitlint/jitlint/blob/main/rules/docs/JIT101.md"), Descriptor("JIT101").HelpUri);
        Assert.Null(Descriptor("ORG001").HelpUri);
    }

    private static RuleDescriptor Descriptor(string id) =>
        new(id, "Name", "Title", "Message.", "Description.", RuleCategory.Custom, Severity.Note, [PolicyKind.OtherGraphObject], []);
}
