namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The content rules read at most <see cref="AnalysisOptions.MaxTextChars"/> characters of the calendar text and of the
/// mail body, which bounds the time one message can cost. A text cut there is reported, so that padding which pushes a
/// lure out of reach is visible rather than silent.
/// </summary>
public sealed class TextLimitRule : Rule
{
    /// <summary>A text longer than the content rules read.</summary>
    public static readonly Signal Reached = new("TEXT_LIMIT_REACHED", Groups.Content, 0.0,
        "The calendar text or the mail body is longer than the content rules read (MaxTextChars, 200,000 characters by default); the rest was not examined.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Reached];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var max = context.Options.MaxTextChars;
        var calendar = context.Content.CalendarTextLength;
        var body = context.Invitation.Bodies.Text.Length;
        if (calendar > max || body > max)
        {
            var which = calendar > max ? $"calendar text {calendar}" : $"body {body}";
            hits.Add(Reached, $"{which} characters, read up to {max}");
        }
    }
}
