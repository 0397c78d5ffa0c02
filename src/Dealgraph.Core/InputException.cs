namespace Dealgraph.Core;

/// <summary>
/// Bad input from a user (a dataset file, a CSV, a command-line value). The CLI prints
/// <see cref="Exception.Message"/> as <c>file:line: field: problem</c> and exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an error located in a file (line and field optional).</summary>
    public InputException(string problem, string? file = null, int? line = null, string? field = null, Exception? inner = null)
        : base(Compose(problem, file, line, field), inner)
    {
        Problem = problem;
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The file, when the input came from one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The field (key or column), when known.</summary>
    public string? Field { get; }

    /// <summary>True when the input names something that does not exist (an unknown id): HTTP answers 404, not 400.</summary>
    public bool NotFound { get; init; }

    private static string Compose(string problem, string? file, int? line, string? field)
    {
        var where = file is null ? "" : line is { } l ? $"{file}:{l}: " : $"{file}: ";
        return field is null ? where + problem : $"{where}{field}: {problem}";
    }
}
