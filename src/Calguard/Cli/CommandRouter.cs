namespace Calguard.Host.Cli;

/// <summary>Dispatches <c>calguard COMMAND …</c>.</summary>
public static class CommandRouter
{
    private const string Usage = """
        usage: calguard COMMAND [OPTIONS]
        commands:
          scan      judge messages and .ics files (calguard scan --help)
          sanitize  write a message with the decision applied (calguard sanitize --help)
          eval      precision and recall on a labelled corpus
          train     teach the learned classifier from labelled messages (calguard train --help)
          rules     every signal with its score and meaning
          caldav    find calendar spam in a CalDAV account and remove it silently (calguard caldav --help)
          serve     run the HTTP API (calguard serve --help)
          keys      create, list and revoke API keys (calguard keys --help)
          contacts  import a recipient's vCard contacts into the store (calguard contacts --help)
        """;

    /// <summary>Runs a command and returns its exit code (0 ok, 1 some input failed, 2 usage error).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args.Skip(1).ToArray();
        try
        {
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                Console.Out.WriteLine(HelpFor(args[0]));
                return 0;
            }
            return args[0] switch
            {
                "scan" => ScanCommand.Run(rest, Console.Out, Console.Error),
                "sanitize" => SanitizeCommand.Run(rest, Console.OpenStandardOutput(), Console.Error),
                "eval" => await EvalCommand.RunAsync(rest, Console.Out, Console.Error),
                "train" => await TrainCommand.RunAsync(rest, Console.Out, Console.Error),
                "rules" => RulesCommand.Run(rest, Console.Out),
                "caldav" => await CalDavCommand.RunAsync(rest, Console.Out, Console.Error),
                "serve" => await ServeCommand.RunAsync(rest),
                "keys" => await KeysCommand.RunAsync(rest, Console.Out, Console.Error),
                "contacts" => await ContactsCommand.RunAsync(rest, Console.In, Console.Out, Console.Error),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"calguard: {e.Message}");
            await Console.Error.WriteLineAsync(HelpFor(args[0]));
            return 2;
        }
    }

    private static string HelpFor(string command) => command switch
    {
        "scan" => ScanCommand.Usage,
        "sanitize" => SanitizeCommand.Usage,
        "eval" => EvalCommand.Usage,
        "train" => TrainCommand.Usage,
        "rules" => RulesCommand.Usage,
        "caldav" => CalDavCommand.Usage,
        "serve" => ServeCommand.Usage,
        "keys" => KeysCommand.Usage,
        "contacts" => ContactsCommand.Usage,
        _ => Usage,
    };
}
