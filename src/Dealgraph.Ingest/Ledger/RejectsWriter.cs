using System.Text;

namespace Dealgraph.Ingest.Ledger;

/// <summary>Writes skipped ledger rows as CSV: <c>line,field,problem,row</c>, the row verbatim.</summary>
public sealed class RejectsWriter : IDisposable
{
    private readonly StreamWriter _writer;

    /// <summary>Creates (or truncates) the rejects file and writes its header.</summary>
    public RejectsWriter(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false));
        _writer.WriteLine("line,field,problem,row");
    }

    /// <summary>Writes one rejected row.</summary>
    public void Write(long line, string? field, string problem, ReadOnlySpan<char> row)
    {
        _writer.Write(line);
        _writer.Write(',');
        _writer.Write(Quote(field ?? ""));
        _writer.Write(',');
        _writer.Write(Quote(problem));
        _writer.Write(',');
        _writer.WriteLine(Quote(row.ToString()));
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
