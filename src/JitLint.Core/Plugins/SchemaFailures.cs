using Json.Schema;

namespace JitLint.Core.Plugins;

/// <summary>
/// The failures of a JSON Schema evaluation that are failures of the instance. JsonSchema.Net's output also carries
/// the errors of subschemas whose failure is expected or outweighed: an <c>if</c> that selected <c>else</c>, the
/// inside of a <c>not</c> or <c>contains</c>, the other branches of an <c>anyOf</c> or <c>oneOf</c> that a branch
/// satisfied. Reported as findings, those would be false positives.
/// </summary>
internal static class SchemaFailures
{
    private const string NotMessage = "The value matches the schema under \"not\", which it must not";

    private static readonly HashSet<string> Speculative = new(StringComparer.Ordinal) { "if", "not", "contains" };

    /// <param name="results">An evaluation with <see cref="OutputFormat.Hierarchical"/> output.</param>
    /// <returns>Each failing instance location (a JSON Pointer) with its error messages, in evaluation order.</returns>
    public static IEnumerable<(string InstanceLocation, IReadOnlyList<string> Errors)> Of(EvaluationResults results)
    {
        var errors = new List<(string InstanceLocation, string Error)>();
        Collect(results, errors);
        return errors
            .GroupBy(error => error.InstanceLocation, StringComparer.Ordinal)
            .Select(group => (group.Key, (IReadOnlyList<string>)[.. group.Select(error => error.Error).Distinct(StringComparer.Ordinal)]));
    }

    private static void Collect(EvaluationResults node, List<(string InstanceLocation, string Error)> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        errors.AddRange((node.Errors ?? new Dictionary<string, string>()).Values.Select(error => (node.InstanceLocation.ToString(), error)));
        var path = node.EvaluationPath.ToString();
        foreach (var keyword in (node.Details ?? []).GroupBy(child => Keyword(path, child), StringComparer.Ordinal))
        {
            var satisfied = keyword.Count(child => child.IsValid);
            if (keyword.Key == "not" && satisfied > 0)
            {
                // JsonSchema.Net gives a failing "not" no message of its own.
                errors.Add((node.InstanceLocation.ToString(), NotMessage));
            }

            var outweighed = Speculative.Contains(keyword.Key)
                || (keyword.Key == "anyOf" && satisfied > 0)
                || (keyword.Key == "oneOf" && satisfied == 1);
            if (!outweighed)
            {
                foreach (var child in keyword)
                {
                    Collect(child, errors);
                }
            }
        }
    }

    /// <summary>The keyword of the parent schema that evaluated a child: the first segment below the parent's path.</summary>
    private static string Keyword(string parentPath, EvaluationResults child)
    {
        var relative = child.EvaluationPath.ToString()[parentPath.Length..].TrimStart('/');
        var end = relative.IndexOf('/', StringComparison.Ordinal);
        return end < 0 ? relative : relative[..end];
    }
}
