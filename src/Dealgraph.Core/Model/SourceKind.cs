namespace Dealgraph.Core.Model;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    /// <summary>A party's own press release.</summary>
    PressRelease,
    /// <summary>A news report.</summary>
    News,
    /// <summary>A regulatory filing.</summary>
    Filing,
    /// <summary>An interview or public remark.</summary>
    Interview,
    /// <summary>A blog post.</summary>
    Blog,
    /// <summary>An analyst's or commentator's analysis.</summary>
    Analysis,
}
