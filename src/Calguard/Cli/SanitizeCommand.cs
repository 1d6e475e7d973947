using Calguard.Decisions;
using Calguard.Sanitising;
using Microsoft.Extensions.Configuration;

namespace Calguard.Host.Cli;

/// <summary><c>calguard sanitize [--recipient ADDR] [--config FILE] [--authserv-id ID]... [-o OUT] IN</c></summary>
/// <remarks>Runs the same pipeline as <c>scan</c> (through <see cref="CliContext"/>) and writes the message with the
/// decision applied: calendar parts rewritten, X-Calguard headers set.</remarks>
public static class SanitizeCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard sanitize [--recipient ADDR] [--config FILE] [--authserv-id ID]... [-o OUT] IN
          IN            one message (.eml) or .ics file, or - for stdin
          -o, --output  write here instead of stdout
          --recipient   apply this recipient's policy (default: the global default policy)
          --authserv-id trust Authentication-Results from this receiving host (repeatable)
          --config      JSON configuration file; Calguard:Arc:{Domain,Selector,PrivateKeyPath,AuthServId}
                        re-seals a rewritten message with ARC
        The sanitised copy is written for every action; for quarantine and reject the action is also said on stderr.
        exit codes: 0 written, 1 the input could not be read, 2 usage error
        """;

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr)
    {
        var a = new Arguments(args, [], ["--recipient", "--authserv-id", "--config", "-o", "--output"]);
        if (a.Positionals.Count != 1)
        {
            throw new UsageException("sanitize needs exactly one input: a file, or - for stdin");
        }
        var context = CliContext.Create(a);
        var recipient = a.Value("--recipient")?.Trim().ToLowerInvariant();
        var output = a.Value("-o") ?? a.Value("--output");
        var arc = ArcOptions(context.Settings.Configuration);
        Sanitiser sanitiser;
        try
        {
            sanitiser = new Sanitiser(arc);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException or InvalidCastException)
        {
            throw new UsageException($"Calguard:Arc: the key {arc?.PrivateKeyPath} cannot be used: {e.Message}");
        }

        var path = a.Positionals[0];
        var source = path == "-" ? "stdin" : path;
        byte[] bytes;
        try
        {
            bytes = path == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"calguard: {source}: {e.Message}");
            return 1;
        }

        Decision decision;
        SanitisedMessage sanitised;
        try
        {
            var result = context.Pipeline.Process(bytes, new ScanContext { Source = source, Recipients = recipient is null ? [] : [recipient] });
            decision = result.Decisions[0].Decision;
            sanitised = sanitiser.Sanitise(result.Scan.Invitation, result.Scan.Verdict, decision);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never lose mail: a bug costs this message its sanitising, not its content.
            stderr.WriteLine($"calguard: {source}: internal error, written unchanged: {e}");
            Write(output, bytes, stdout);
            return 1;
        }

        try
        {
            Write(output, sanitised.Message, stdout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"calguard: {output}: {e.Message}");
            return 1;
        }

        if (decision.Action is DecisionAction.Quarantine or DecisionAction.Reject)
        {
            stderr.WriteLine($"calguard: {source}: action {decision.Action.ToName()}: {string.Join("; ", decision.Reasons)}");
        }
        foreach (var part in sanitised.Parts.Where(p => p.Outcome == SanitisedPartOutcome.Skipped))
        {
            stderr.WriteLine($"calguard: {source}: part {part.Path} left as it was: {part.Reason}");
        }
        foreach (var note in sanitised.Notes)
        {
            stderr.WriteLine($"calguard: {source}: {note}");
        }
        return 0;
    }

    private static ArcSealOptions? ArcOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Calguard:Arc");
        if (!section.Exists() || string.IsNullOrWhiteSpace(section["PrivateKeyPath"]))
        {
            return null;
        }
        string Required(string key) => section[key] is { Length: > 0 } v ? v : throw new UsageException($"Calguard:Arc:{key} is required with Calguard:Arc:PrivateKeyPath");
        return new ArcSealOptions
        {
            Domain = Required("Domain"),
            Selector = Required("Selector"),
            PrivateKeyPath = Required("PrivateKeyPath"),
            AuthServId = Required("AuthServId"),
        };
    }

    private static void Write(string? output, byte[] bytes, Stream stdout)
    {
        if (output is null || output == "-")
        {
            stdout.Write(bytes);
            stdout.Flush();
        }
        else
        {
            File.WriteAllBytes(output, bytes);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
