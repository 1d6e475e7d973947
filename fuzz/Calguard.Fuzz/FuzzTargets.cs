using Calguard.Reading;

namespace Calguard.Fuzz;

/// <summary>The code under fuzzing, shared by the AFL harness and the replay of findings.</summary>
public static class FuzzTargets
{
    // Created on first use: instrumented code must not run before SharpFuzz has mapped AFL's shared memory.
    private static Engine? _engine;

    /// <summary>The target names.</summary>
    public static readonly string[] Names = ["calendar", "message", "engine", "precheck"];

    /// <summary>Runs one input through a target. Any exception that escapes is a finding (the readers never throw).</summary>
    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "calendar":
                CalendarReader.Read(input);
                break;
            case "message":
                MessageReader.Read(input);
                break;
            case "engine":
                (_engine ??= new Engine()).Scan(input);
                break;
            case "precheck":
                // The precheck must never miss what the reader finds; a miss is a finding too.
                if (MessageReader.Read(input).HasCalendar && !CalendarPrecheck.MayContainCalendar(input))
                {
                    throw new InvalidOperationException("CalendarPrecheck missed a calendar that MessageReader found");
                }
                break;
            default:
                throw new ArgumentException($"unknown target '{target}'; use one of {string.Join(", ", Names)}");
        }
    }
}
