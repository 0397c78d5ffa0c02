namespace Dealgraph.Cli.Infrastructure;

/// <summary>Where error lines go (standard error for the real command; a buffer in tests).</summary>
/// <param name="Writer">The writer.</param>
public sealed record ErrorOutput(TextWriter Writer);
