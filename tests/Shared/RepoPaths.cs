namespace Dealgraph.Tests;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(params string[] parts) => Path.Combine([Root, "tests", "data", .. parts]);

    public static string Example => Path.Combine(Root, "examples", "ai-megadeals");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dealgraph.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Dealgraph.slnx not found above " + AppContext.BaseDirectory);
    }
}
