using System.Data.Common;

namespace Dealgraph.Storage;

/// <summary>One row of a <see cref="DbDataReader"/>, read the way a store keeps its values.</summary>
internal abstract class ColumnReader(DbDataReader reader)
{
    protected DbDataReader Reader { get; } = reader;

    public string? Text(int i) => Reader.IsDBNull(i) ? null : Reader.GetString(i);

    public DateOnly? OptionalDate(int i) => Reader.IsDBNull(i) ? null : Date(i);

    public abstract DateOnly Date(int i);

    public abstract decimal? Number(int i);

    public abstract IReadOnlyList<string> Strings(int i);

    /// <summary>Runs a query and yields this reader positioned on each row in turn.</summary>
    public static IEnumerable<ColumnReader> Rows(DbCommand command, Func<DbDataReader, ColumnReader> wrap)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(wrap);
        using (command)
        {
            using var reader = command.ExecuteReader();
            var row = wrap(reader);
            while (reader.Read())
            {
                yield return row;
            }
        }
    }
}
