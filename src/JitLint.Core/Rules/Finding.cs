using System.Security.Cryptography;
using System.Text;

namespace JitLint.Core.Rules;

/// <summary>One diagnostic: a rule, where, a message naming the offending value, and optionally a fix.</summary>
/// <param name="DocumentIdentity">Who the finding is about, independent of file and line (see <see cref="Fingerprint"/>).</param>
/// <param name="Pointer">The JSON Pointer of the node inside its document.</param>
/// <param name="DocumentName">The display name of the object the finding is about, when it has one.</param>
public sealed record Finding(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    Location Location,
    string DocumentIdentity,
    string Pointer,
    Fix? Fix = null,
    string? DocumentName = null)
{
    /// <summary>Why the configuration suppresses this finding; null when it is not suppressed.</summary>
    public string? SuppressionJustification { get; init; }

    /// <summary>Compared with a baseline, when one was given.</summary>
    public BaselineState? BaselineState { get; init; }

    /// <summary>
    /// Tells apart findings of one rule at one node, such as two bundle IDs inside one comma-separated string,
    /// so that each keeps a fingerprint of its own.
    /// </summary>
    public string? Discriminator { get; init; }

    /// <summary>For JIT003: the rule that failed, whose findings for the document are missing.</summary>
    public string? FailedRuleId { get; init; }

    public bool IsSuppressed => SuppressionJustification is not null;

    /// <summary>Whether the finding counts: shown, and part of the exit code.</summary>
    public bool IsActive => !IsSuppressed && BaselineState != Rules.BaselineState.Unchanged;

    /// <summary>
    /// Stable across edits elsewhere in the file, moves to another file and reformatting: a hash of the rule,
    /// the document's identity and the pointer, never of line numbers.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Rule.Id}\n{DocumentIdentity}\n{Pointer}{(Discriminator is null ? "" : "\n" + Discriminator)}"));
            return Convert.ToHexStringLower(hash.AsSpan(0, 16));
        }
    }
}
