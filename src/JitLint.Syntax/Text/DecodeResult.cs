namespace JitLint.Syntax.Text;

/// <summary>Either decoded text, or why the bytes are not text JitLint reads, and where.</summary>
public sealed record DecodeResult(SourceText? Text, DecodeError? Error)
{
    public bool Succeeded => Text is not null;
}

/// <param name="Message">What is wrong, as the end of a sentence ("it is UTF-32, which ...").</param>
/// <param name="Position">Where the problem starts in the file as text, as far as it could be decoded.</param>
public sealed record DecodeError(string Message, LinePosition Position);
