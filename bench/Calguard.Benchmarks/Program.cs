using System.Globalization;
using BenchmarkDotNet.Running;
using Calguard.Benchmarks;

// Commands besides BenchmarkDotNet's own switcher (which gets every other argument list):
//   sidebyside [SECONDS]        one-run tables: pipeline vs MimeKit, reader vs Ical.Net, precheck MB/s
//   sidebyside-pipeline [S]     only the per-message table (pipeline vs MimeKit)
//   sidebyside-precheck [S]     only the precheck table
//   worst [--no-icalnet]        crafted cases through Engine.Scan, CalendarReader and Ical.Net
//   breakdown [SECONDS [google|FILE]] Engine.Scan stage by stage and rule by rule (typical, Google or a .eml)
//   loop-scan SECONDS [CASE]    a steady Engine.Scan loop (real invitations, typical, google, a `worst` case or a .eml) for a profiler
//   generate DIR COUNT [SEED]   write the generated invitation corpus
//   compare DIR [N]             MimeKit / precheck / reader / Ical.Net over a directory; engine on the first N
//   robustness [FOLDER]         CalendarReader vs Ical.Net on ../shared/corpus/malformed: exceptions, anomalies, time
//   icalnet-one CASE            (child of `worst`) Ical.Net on one crafted calendar
var seconds = args.Length > 1 && double.TryParse(args[1], CultureInfo.InvariantCulture, out var s) ? s : 2.0;
switch (args.FirstOrDefault())
{
    case "sidebyside":
        SideBySide.Run(seconds, Console.Out);
        return 0;
    case "sidebyside-pipeline":
        SideBySide.Run(seconds, Console.Out, pipelineOnly: true);
        return 0;
    case "sidebyside-precheck":
        Measure.PrintMachine(Console.Out);
        SideBySide.Precheck(seconds, Console.Out);
        return 0;
    case "worst":
        WorstCases.Run(Console.Out, withIcalNet: !args.Contains("--no-icalnet"));
        return 0;
    case "breakdown":
        Breakdown.Run(seconds, Console.Out, args.Length > 2 ? args[2] : "typical");
        return 0;
    case "loop-scan":
        Breakdown.Loop(seconds, args.Length > 2 ? args[2] : null);
        return 0;
    case "generate" when args.Length >= 3:
        CorpusCommands.Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2026, Console.Out);
        return 0;
    case "compare" when args.Length >= 2:
        CorpusCommands.Compare(args[1], Console.Out, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000);
        return 0;
    case "robustness":
        Robustness.Run(args.Length > 1 ? args[1] : null, Console.Out);
        return 0;
    case "icalnet-one" when args.Length >= 2:
        WorstCases.IcalNetOne(args[1]);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchInputs).Assembly).Run(args);
        return 0;
}
