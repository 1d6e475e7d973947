using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Callback scams (the Norton/McAfee/PayPal "renewal" waves sent through Google Calendar, practice document §5.2):
/// a phone number to call about a charge. Conference dial-in numbers are not counted.
/// </summary>
public sealed class CallbackRule : Rule
{
    /// <summary>A phone number the reader is asked to call.</summary>
    public static readonly Signal Phone = new("PHONE_CALLBACK", Groups.Content, 2.0,
        "A phone number (not a conference dial-in) that the text asks the reader to call.");

    /// <summary>A phone number plus a fake charge.</summary>
    public static readonly Signal Scam = new("CALLBACK_SCAM", Groups.Content, 3.5,
        "A callback number next to a charge, renewal or refund: the tech-support and invoice callback scam.");

    private static readonly string[] CallWords =
    [
        "call", "phone", "helpline", "hotline", "support", "contact", "tel", "toll", "customer", "assistance", "help desk", "helpdesk", "number",
        "anrufen", "telefon", "rufen", "ruf ", "rückruf", "bel ", "bellen", "whatsapp", "text me", "sms", "appel", "téléphone", "llam", "teléfono", "chiam", "telefono", "ligue", "zadzwo", "звон",
        "телефон", "ara", "電話", "电话",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Phone, Scam];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        var callbacks = content.Phones.Where(p => !p.IsDialIn && CallWords.Any(w => p.Context.Contains(w, StringComparison.Ordinal))).ToList();
        if (callbacks.Count == 0)
        {
            return;
        }
        var distinct = callbacks.Select(p => new string(p.Number.Where(char.IsAsciiDigit).ToArray())).Distinct().Count();
        var trusted = IdentityIsCoherent(context);
        hits.Add(Phone, $"{distinct} callback number(s), e.g. {callbacks[0].Number}", trusted ? 0.4 : distinct >= 2 ? 1.0 : 0.8);
        var charge = content.Lure(LureVocabulary.Payment);
        if (charge >= 1.0 || (charge >= 0.5 && content.Lure(LureVocabulary.Callback) >= 1.0))
        {
            hits.Add(Scam, $"callback number {callbacks[0].Number} with {string.Join(", ", content.LureTerms(LureVocabulary.Payment).Take(3).Select(t => t.TrimStart('~')))}",
                trusted ? 0.3 : 1.0);
        }
    }

    /// <summary>
    /// True when the sender is one coherent, authenticated identity: From authenticated, and every organizer
    /// vouched for and in the From domain. Ambiguous commerce wording weighs less from such a sender.
    /// </summary>
    internal static bool IdentityIsCoherent(RuleContext context)
    {
        var from = context.Sender.From;
        if (from is null || !context.Sender.FromAuthenticated || KnownDomains.IsFreemail(from.Domain))
        {
            return false;
        }
        var organizers = context.Events.Select(e => e.Event.Organizer?.Address).OfType<string>().Distinct().ToList();
        return organizers.All(o => context.Sender.OrganizerVouched(o) && DomainNames.Aligned(Reading.CalendarAddress.DomainOf(o), from.Domain));
    }
}
