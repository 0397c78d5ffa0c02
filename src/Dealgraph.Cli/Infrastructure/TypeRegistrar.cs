using System.Diagnostics.CodeAnalysis;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>
/// A minimal container for Spectre.Console.Cli: instances and types resolved by constructor
/// injection; <c>IEnumerable&lt;T&gt;</c> resolves to every registration of T (possibly none),
/// as Spectre expects for its help providers.
/// </summary>
public sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    /// <inheritdoc />
    public void Register(Type service, Type implementation) => Add(service, () => Construct(implementation));

    /// <inheritdoc />
    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    /// <inheritdoc />
    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    /// <inheritdoc />
    public ITypeResolver Build() => new TypeResolver(this);

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification =
        "Only arrays of services (reference types) are made, whose code native AOT shares across element types.")]
    internal object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }
        if (_factories.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = _factories.TryGetValue(element, out var list) ? list.Select(f => f()).ToArray() : [];
            var array = Array.CreateInstance(element, all.Length);
            Array.Copy(all, array, all.Length);
            return array;
        }
        return type.IsAbstract || type.IsInterface ? null : Construct(type);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            _factories[service] = list = [];
        }
        list.Add(factory);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "The types constructed are Spectre's own (its assembly is kept whole in the native build) and the commands, "
        + "which NativeLedger.xml keeps whole there.")]
    private object Construct(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => Resolve(p.ParameterType) ?? throw new InvalidOperationException($"cannot resolve {p.ParameterType.Name} for {type.Name}"))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private sealed class TypeResolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => registrar.Resolve(type);
    }
}
