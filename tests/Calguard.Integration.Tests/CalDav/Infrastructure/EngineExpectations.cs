using System.Text;
using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;
using Calguard.Host.Cli;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>
/// The real engine's verdicts on the corpus objects, taken through the same pipeline the CLI builds, so that a
/// test states (and checks) which objects are spam before it lets <c>clean</c> loose on an account.
/// </summary>
internal static class EngineExpectations
{
    private static readonly EngineEventJudge Judge = new(CliContext.Create(new Arguments([], [], [])).Pipeline);

    public static EventJudgement JudgeText(string name, string data) =>
        Judge.JudgeAsync(new CalendarObjectResource("/" + name, null, data), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Asserts the verdict of every object and returns them.</summary>
    public static IReadOnlyList<CorpusObject> Expect(IReadOnlyList<CorpusObject> objects, Func<EventVerdict, bool> expected, string what)
    {
        var wrong = new StringBuilder();
        foreach (var o in objects)
        {
            var j = JudgeText(o.Name, o.Data);
            if (!expected(j.Verdict))
            {
                wrong.AppendLine($"{o.Source}: {j.Verdict} {j.Score} ({string.Join(' ', j.Reasons.Select(r => r.Name))})");
            }
        }

        Assert.True(wrong.Length == 0, $"The engine no longer judges these as {what} (pick others for the test):\n{wrong}");
        return objects;
    }
}
