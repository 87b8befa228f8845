using System.Text.Json;

// The "bare parse" baseline: read the bytes of every *.json file under a directory and parse each with
// JsonDocument.Parse, files in parallel. No positions, no rules, no report: what any JSON linter must do.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: bare-parse DIRECTORY");
    return 2;
}

var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
var files = Directory.GetFiles(args[0], "*.json", options);
var documentOptions = new JsonDocumentOptions { MaxDepth = 1000 };
long objects = 0;
Parallel.ForEach(files, file =>
{
    using var document = JsonDocument.Parse(File.ReadAllBytes(file), documentOptions);
    Interlocked.Add(ref objects, document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0);
});

Console.WriteLine($"{files.Length} files, {objects} objects");
return 0;
