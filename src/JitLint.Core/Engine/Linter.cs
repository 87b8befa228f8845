using JitLint.Core.Model;
using JitLint.Core.Rules;
using JitLint.Syntax.Json;
using JitLint.Syntax.Text;

namespace JitLint.Core.Engine;

/// <summary>
/// Runs any set of rules: per file, decode, parse once, recognise documents and run document rules (files in
/// parallel); then tenant rules over the facts of all documents. A failing rule is isolated as JIT003.
/// </summary>
public sealed class Linter
{
    private readonly Dictionary<PolicyKind, List<DocumentRule>> documentRulesByKind = [];
    private readonly TenantRule[] tenantRules;
    private readonly LintLimits limits;

    public Linter(IEnumerable<Rule> rules, LintLimits? limits = null)
    {
        this.limits = limits ?? LintLimits.Default;
        var all = rules.ToList();
        // Loops rather than a grouping of (kind, rule) pairs: each generic instantiation over a value type is compiled
        // at start, which a one-file run in a pre-commit hook pays for.
        foreach (var rule in all.OfType<DocumentRule>())
        {
            foreach (var kind in rule.Descriptor.AppliesTo)
            {
                if (!documentRulesByKind.TryGetValue(kind, out var ofKind))
                {
                    documentRulesByKind[kind] = ofKind = [];
                }

                ofKind.Add(rule);
            }
        }

        tenantRules = [.. all.OfType<TenantRule>()];
    }

    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(100);

    /// <param name="progress">Told the number of files linted so far, from any thread, as each one finishes.</param>
    public LintResult Lint(IReadOnlyList<SourceInput> inputs, bool isWholeExport, IProgress<int>? progress = null)
    {
        var outcomes = LintFiles(inputs, progress);
        var findings = outcomes.SelectMany(outcome => outcome.Findings).ToList();
        var tenant = new Tenant([.. outcomes.SelectMany(outcome => outcome.Documents)], isWholeExport);
        findings.AddRange(RunTenantRules(tenant));
        return new LintResult(FindingOrder.Sort(findings), inputs.Count, tenant.Documents.Count) { Tenant = tenant };
    }

    /// <summary>Lints the files in parallel; a file whose rule outruns the time budget is abandoned and reported.</summary>
    private FileOutcome[] LintFiles(IReadOnlyList<SourceInput> inputs, IProgress<int>? progress)
    {
        var outcomes = new FileOutcome?[inputs.Count];
        var watchdog = new RuleWatchdog(inputs.Count, limits.RuleTimeBudget);
        var done = 0;
        var loop = Task.Run(() => Parallel.For(0, inputs.Count, i =>
        {
            outcomes[i] = LintFile(inputs[i], i, watchdog);
            progress?.Report(Interlocked.Increment(ref done));
        }));
        var abandoned = new Dictionary<int, FileOutcome>();
        while (!loop.Wait(WatchInterval))
        {
            foreach (var (file, run) in watchdog.Overdue())
            {
                abandoned.TryAdd(file, FileOutcome.Failed(EngineRules.RuleTimedOut(run.Rule, Location.Create(run.Document.File, run.Document.Root.OpenBraceSpan), run.Document.Identity, limits.RuleTimeBudget)));
            }

            if (abandoned.Count > 0 && Enumerable.Range(0, inputs.Count).All(i => abandoned.ContainsKey(i) || Volatile.Read(ref outcomes[i]) is not null))
            {
                break;
            }
        }

        return [.. Enumerable.Range(0, inputs.Count).Select(i => abandoned.GetValueOrDefault(i) ?? outcomes[i]!)];
    }

    private FileOutcome LintFile(SourceInput input, int index, RuleWatchdog watchdog)
    {
        byte[]? bytes;
        try
        {
            (bytes, var size) = Read(input);
            if (bytes is null)
            {
                var skipped = new SourceFile(input.FullPath, input.DisplayPath, null);
                return FileOutcome.Failed(FileFinding(EngineRules.LimitExceeded, Location.AtPosition(skipped, default), $"it is {size:N0} bytes, over the limit of {limits.MaxFileBytes:N0}"));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var unreadable = new SourceFile(input.FullPath, input.DisplayPath, null);
            return FileOutcome.Failed(FileFinding(EngineRules.InvalidJson, Location.AtPosition(unreadable, default), exception.Message));
        }

        var decoded = SourceText.Decode(bytes);
        if (decoded.Error is { } decodeError)
        {
            var undecodable = new SourceFile(input.FullPath, input.DisplayPath, null);
            return FileOutcome.Failed(FileFinding(EngineRules.InvalidJson, Location.AtPosition(undecodable, decodeError.Position), decodeError.Message));
        }

        var file = new SourceFile(input.FullPath, input.DisplayPath, decoded.Text);
        var tree = JsonSyntaxTree.Parse(decoded.Text!, limits.Parser);
        if (tree.Error is { } syntaxError)
        {
            var rule = syntaxError.Kind == JsonSyntaxErrorKind.Syntax ? EngineRules.InvalidJson : EngineRules.LimitExceeded;
            return FileOutcome.Failed(FileFinding(rule, Location.Create(file, syntaxError.Span), syntaxError.Message));
        }

        var recognition = DocumentRecognizer.Recognize(file, tree.Root!);
        if (recognition.SideFileAssignments is { } assignments)
        {
            return new FileOutcome([], [TenantDocument.ForAssignmentSideFile(file, assignments)]);
        }

        var findings = new List<Finding>();
        foreach (var node in recognition.Unrecognized)
        {
            findings.Add(Unrecognized(file, node));
        }

        var documents = recognition.Documents;
        var facts = new TenantDocument[documents.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            RunDocumentRules(documents[i], index, watchdog, findings);
            facts[i] = TenantDocument.Read(documents[i]);
        }

        return new FileOutcome(findings, TenantDocument.WithTextUpToTheirLastLine(facts, file));
    }

    /// <summary>The input's bytes and size, or no bytes when it is over the size limit.</summary>
    private (byte[]? Bytes, long Size) Read(SourceInput input) => input.Content is { } content
        ? (content.LongLength > limits.MaxFileBytes ? null : content, content.LongLength)
        : SourceReader.ReadAtMost(input.FullPath, limits.MaxFileBytes);

    private static Finding Unrecognized(SourceFile file, JsonNodeSyntax node) => EngineRules.Create(
        EngineRules.UnrecognizedDocument,
        Location.Create(file, new TextSpan(node.Span.Start, 1)),
        file.DisplayPath,
        node.Pointer);

    /// <summary>Adds the findings of each rule of the document's kind; a rule that throws adds JIT003 and nothing else.</summary>
    private void RunDocumentRules(PolicyDocument document, int index, RuleWatchdog watchdog, List<Finding> findings)
    {
        if (!documentRulesByKind.TryGetValue(document.Kind, out var rules))
        {
            return;
        }

        foreach (var rule in rules)
        {
            var before = findings.Count;
            watchdog.Started(index, rule, document);
            try
            {
                findings.AddRange(rule.Analyze(document));
            }
            catch (Exception exception)
            {
                findings.RemoveRange(before, findings.Count - before);
                findings.Add(EngineRules.RuleCrashed(rule, Location.Create(document.File, document.Root.OpenBraceSpan), document.Identity, exception));
            }
            finally
            {
                watchdog.Finished(index);
            }
        }
    }

    private List<Finding> RunTenantRules(Tenant tenant)
    {
        var findings = new List<Finding>();
        if (tenant.Documents.Count == 0)
        {
            return findings;
        }

        foreach (var rule in tenantRules.Where(rule => tenant.IsWholeExport || !rule.ReportsAbsence))
        {
            try
            {
                findings.AddRange(rule.Analyze(tenant).ToList());
            }
            catch (Exception exception)
            {
                findings.Add(EngineRules.RuleCrashed(rule, tenant.Documents[0].Anchor, "tenant", exception));
            }
        }

        return findings;
    }

    private static Finding FileFinding(RuleDescriptor descriptor, Location location, params object?[] arguments) =>
        EngineRules.Create(descriptor, location, location.File.DisplayPath, string.Empty, arguments);

    private sealed record FileOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<TenantDocument> Documents)
    {
        public static FileOutcome Failed(Finding finding) => new([finding], []);
    }
}
