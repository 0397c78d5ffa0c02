using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>
/// <c>export --out DIR</c> leaves exactly the exported dataset in DIR: it refuses a folder holding
/// dataset files it would not write (the reader would import them too), and never deletes one.
/// </summary>
public sealed class ExportFolderTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly TempDirectory _out = new();

    public void Dispose()
    {
        _cli.Dispose();
        _out.Dispose();
    }

    [Theory]
    [InlineData("deals/old-deal.yaml")]
    [InlineData("deals/old-deal.yml")]
    [InlineData("deals/archive/nvidia-openai-round.yaml")]
    [InlineData("notes/extra.YML")]
    [InlineData("parties.yml")]
    public void Export_into_a_folder_holding_a_dataset_file_it_would_not_write_exits_2_naming_it_and_writes_nothing(string stale)
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);
        var folder = Path.Combine(_out.Path, "backup");
        var path = Path.Combine([folder, .. stale.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepoPaths.Data("datasets", "mini", "deals", "nvidia-openai-round.yaml"), path);

        var result = _cli.RunOnDb("export", "--out", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {path}: the output folder holds 1 dataset file(s) this export would not write", result.Errors, StringComparison.Ordinal);
        Assert.Equal(new[] { path }, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Exporting_again_into_the_same_folder_after_more_imports_replaces_its_files_and_reimports_to_the_same_state()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);
        var folder = Path.Combine(_out.Path, "backup");
        Assert.Equal(0, _cli.RunOnDb("export", "--out", folder).ExitCode);
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("claim-ids", "first.yaml")).ExitCode);

        var again = _cli.RunOnDb("export", "--out", folder);

        Assert.Equal(0, again.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "deals", "first-loan.yaml")));
        var copy = Path.Combine(_out.Path, "copy.db");
        Assert.Equal(0, _cli.Run("import", folder, "--db", copy).ExitCode);
        Assert.Equal(_cli.RunOnDb("deals", "--format", "json").Output, _cli.Run("deals", "--format", "json", "--db", copy).Output);
    }

    [Fact]
    public void A_folder_exported_from_one_database_is_refused_for_another_until_emptied()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini"), RepoPaths.Data("claim-ids", "first.yaml")).ExitCode);
        var folder = Path.Combine(_out.Path, "backup");
        Assert.Equal(0, _cli.RunOnDb("export", "--out", folder).ExitCode);
        var other = Path.Combine(_out.Path, "other.db");
        Assert.Equal(0, _cli.Run("import", RepoPaths.Data("datasets", "mini"), "--db", other).ExitCode);

        var result = _cli.Run("export", "--out", folder, "--db", other);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine("deals", "first-loan.yaml"), result.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "deals", "first-loan.yaml")));
    }
}
