using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph extract</c>.</summary>
public sealed class ExtractSettings : CheckedSettings
{
    /// <summary>Files or http(s) URLs.</summary>
    [CommandArgument(0, "<FILE|URL>")]
    [Description("Article, blog post (Markdown with front matter), HTML page, RSS/Atom feed, or an http(s) URL of one")]
    public string[] Targets { get; init; } = [];

    /// <summary>Database whose parties and aliases are matched; default: the bundled example's parties.</summary>
    [CommandOption("--db <DB>")]
    [Description("Match the parties (and aliases) of this database. Default: the bundled example's parties.yaml")]
    public string? Db { get; init; }

    /// <summary>Output format: json or yaml (review file).</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("json (candidates with quotes and spans) or yaml (a review file for 'dealgraph import'). Default: json")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    /// <summary>HTTP timeout in seconds.</summary>
    [CommandOption("--timeout <SECONDS>")]
    [Description("HTTP timeout in seconds. Default: 20")]
    [DefaultValue(20)]
    public int TimeoutSeconds { get; init; } = 20;

    /// <summary>Largest document read, in bytes.</summary>
    [CommandOption("--max-bytes <BYTES>")]
    [Description("Largest document (file or HTTP body) read, in bytes. Default: 33554432 (32 MiB)")]
    [DefaultValue(32L * 1024 * 1024)]
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;
}
