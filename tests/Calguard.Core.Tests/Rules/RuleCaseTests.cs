using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>
/// Runs the case files in Rules/Cases: each case names a message (inline or a corpus file) and the signals that must
/// fire (<c>expect</c>) and must not (<c>reject</c>), like Stalwart's antispam .test files.
/// </summary>
public class RuleCaseTests
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "tests", "Calguard.Core.Tests", "Rules", "Cases"), "*.cases").Order())
        {
            var count = Parse(File.ReadAllText(file)).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SignalsFireExactlyAsTheCaseSays(string file, int index)
    {
        var cases = Parse(File.ReadAllText(Path.Combine(TestCorpus.Root, "tests", "Calguard.Core.Tests", "Rules", "Cases", file)));
        var c = cases[index];
        var result = Engine.Scan(c.Message, new ScanContext { Source = $"{file}#{index}", Recipients = c.Recipients });
        var names = result.Verdict.Hits.Select(h => h.Name).ToHashSet();
        var report = $"{c.Title}: got {string.Join(" ", result.Verdict.Hits.Select(h => $"{h.Name}({h.Score})"))}";
        foreach (var expected in c.Expect)
        {
            Assert.True(names.Contains(expected), $"{expected} missing — {report}");
        }
        foreach (var rejected in c.Reject)
        {
            Assert.False(names.Contains(rejected), $"{rejected} must not fire — {report}");
        }
        if (c.Verdict is not null)
        {
            Assert.True(c.Verdict == result.Verdict.Name, $"verdict {result.Verdict.Name}, expected {c.Verdict} — {report}");
        }
    }

    private sealed record Case(string Title, List<string> Expect, List<string> Reject, string? Verdict, byte[] Message, List<string> Recipients);

    private static List<Case> Parse(string text)
    {
        var cases = new List<Case>();
        foreach (var block in text.Replace("\r\n", "\n").Split("<!-- NEXT TEST -->\n"))
        {
            var lines = block.Split('\n');
            var expect = new List<string>();
            var reject = new List<string>();
            var recipients = new List<string>();
            string? verdict = null;
            string title = string.Empty;
            byte[]? message = null;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    title = line[2..];
                }
                else if (line.StartsWith("expect ", StringComparison.Ordinal))
                {
                    expect.AddRange(line[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                else if (line.StartsWith("reject ", StringComparison.Ordinal))
                {
                    reject.AddRange(line[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                else if (line.StartsWith("verdict ", StringComparison.Ordinal))
                {
                    verdict = line[8..].Trim();
                }
                else if (line.StartsWith("recipient ", StringComparison.Ordinal))
                {
                    recipients.Add(line[10..].Trim());
                }
                else if (line.StartsWith("file ", StringComparison.Ordinal))
                {
                    var path = line[5..].Trim();
                    message = File.ReadAllBytes(path.StartsWith("shared:", StringComparison.Ordinal)
                        ? Path.Combine(TestCorpus.Shared, path[7..]) : Path.Combine(TestCorpus.Root, path));
                }
                else if (line == "message")
                {
                    message = Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Skip(i + 1)));
                    break;
                }
            }
            if (message is not null)
            {
                cases.Add(new Case(title, expect, reject, verdict, message, recipients));
            }
        }
        return cases;
    }
}
