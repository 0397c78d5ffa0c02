namespace Dealgraph.Core.Model;

/// <summary>Whether a claim asserts what it states or denies it.</summary>
public enum Stance
{
    /// <summary>The source says this is so.</summary>
    Asserts,
    /// <summary>The source says this is not so; kept beside what it denies, never deleting it.</summary>
    Denies,
}
