using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The fake job (task and recruitment scams, FBI and FTC warnings): a role or an interview is offered and the talk moves
/// to a messenger or a text chat. Employers interview by call, video or in person; the scam needs a private chat to
/// hand out "tasks" and ask for deposits.
/// </summary>
public sealed class JobChatRule : Rule
{
    // 3.5 until 2026-11-25, now 5.5: 151 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
    /// <summary>A job discussed in a messenger or a text chat.</summary>
    public static readonly Signal JobChat = new("JOB_CHAT_INTERVIEW", Groups.Composite, 5.5,
        "A job or an interview is offered and the conversation moves to a messenger or a text chat, as recruitment and task scams do.");

    // Interviews held in writing: "text-based screening", "interview via chat on Signal". Not "the Teams chat", where
    // colleagues share an interview pack.
    private static readonly string[] ChatInterview = TextNormaliser.NormaliseAll(
    [
        "text chat", "text-chat", "chat interview", "text interview", "text-based", "text based", "via chat", "by chat", "signal chat",
        "hangouts chat", "chat-interview", "per chat", "par chat", "por chat", "в чате", "聊天面试", "チャット面接", "채팅 면접",
    ]);

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [JobChat];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        if (content.Lure(LureVocabulary.Job) < 1.0)
        {
            return;
        }
        var messenger = hits.Has(ContactDiversionRule.Messenger.Name) || hits.Has(ContactDiversionRule.MessengerDirect.Name);
        var chat = messenger ? null : TextNormaliser.FirstContained(content.Calendar.Text, ChatInterview) ?? TextNormaliser.FirstContained(content.Body.Text, ChatInterview);
        if (messenger || chat is not null)
        {
            var job = string.Join(", ", content.LureTerms(LureVocabulary.Job).Take(2).Select(t => $"\"{t.TrimStart('~').TrimEnd('*')}\""));
            hits.Add(JobChat, $"{job} with {(messenger ? "a messenger contact" : $"\"{chat}\"")}");
        }
    }
}
