using System.Diagnostics;
using Calguard.Fuzz;
using SharpFuzz;

// Usage:
//   Calguard.Fuzz TARGET                  run under afl-fuzz (input on stdin/file via SharpFuzz)
//   Calguard.Fuzz replay TARGET FILE...   run files once each, print time and allocation per file
if (args.Length >= 2 && args[0] == "replay")
{
    var target = args[1];
    var failures = 0;
    foreach (var file in args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]))
    {
        var input = File.ReadAllBytes(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            FuzzTargets.Run(target, input);
            outcome = "ok";
        }
        catch (Exception e)
        {
            outcome = $"{e.GetType().FullName}: {e.Message.Split('\n')[0]}";
            failures++;
            if (Environment.GetEnvironmentVariable("FUZZ_STACK") == "1")
            {
                Console.Error.WriteLine(e);
            }
        }
        Console.WriteLine($"{watch.Elapsed.TotalMilliseconds,10:F2} ms {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / 1024.0,9:F2} MB {input.Length,9} B  {outcome}  {file}");
    }
    return failures == 0 ? 0 : 1;
}

if (args.Length != 1 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Calguard.Fuzz {{{string.Join("|", FuzzTargets.Names)}}} | replay TARGET FILE...");
    return 2;
}
var name = args[0];
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(name, buffer.ToArray());
});
return 0;
