namespace Calguard.Host.Cli;

/// <summary>A usage error: exit code 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A tiny POSIX-style argument reader: <c>--name value</c>, <c>--name=value</c>, flags, repeated options, positionals.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/>; <paramref name="flags"/> take no value, <paramref name="options"/> take one.</summary>
    public Arguments(IReadOnlyList<string> args, IEnumerable<string> flags, IEnumerable<string> options)
    {
        var flagSet = flags.ToHashSet(StringComparer.Ordinal);
        var optionSet = options.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                Positionals.AddRange(args.Skip(i + 1));
                break;
            }
            if (!a.StartsWith('-') || a == "-")
            {
                Positionals.Add(a);
                continue;
            }
            string name = a, value = string.Empty;
            var eq = a.IndexOf('=');
            var hasInline = eq > 0;
            if (hasInline)
            {
                name = a[..eq];
                value = a[(eq + 1)..];
            }
            if (flagSet.Contains(name))
            {
                if (hasInline)
                {
                    throw new UsageException($"{name} takes no value");
                }
                _flags.Add(name);
                continue;
            }
            if (!optionSet.Contains(name))
            {
                throw new UsageException($"unknown option {name}");
            }
            if (!hasInline)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{name} needs a value");
                }
                value = args[++i];
            }
            if (!_options.TryGetValue(name, out var list))
            {
                _options[name] = list = [];
            }
            list.Add(value);
        }
    }

    /// <summary>Positional arguments in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The last value of an option, or null.</summary>
    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    /// <summary>Every value of a repeatable option.</summary>
    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var v) ? v : [];

    /// <summary>An integer option.</summary>
    public int? Int(string name)
    {
        var v = Value(name);
        if (v is null)
        {
            return null;
        }
        return int.TryParse(v, out var n) ? n : throw new UsageException($"{name} needs a number, not '{v}'");
    }
}
