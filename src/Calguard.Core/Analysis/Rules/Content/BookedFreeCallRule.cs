using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The sales call booked on the reader's behalf: the sender says that they have reserved time in the reader's calendar
/// for a free consultation, audit or assessment ("I've held a free 30-minute strategy session for you", "Vi har bokat en
/// kostnadsfri energikartläggning", "已為您預約 15 分鐘免費諮詢"). The invitation is the pitch, and the calendar
/// entry the foot in the door. A customer's own booking is confirmed as theirs ("thank you for booking your free
/// consultation"); a seller books a free call in the first person, for someone who never asked.
/// </summary>
public sealed class BookedFreeCallRule : Rule
{
    /// <summary>A free consultation the sender says they booked for the reader.</summary>
    public static readonly Signal Booked = new("LURE_FREE_CALL_BOOKED", Groups.Content, 2.5,
        "The sender says they booked time in the reader's calendar for a free consultation, audit or assessment that nobody asked for: a sales call put on the calendar uninvited.");

    // The sender booking, reserving or holding time for the reader, in the first person.
    private static readonly WordSearch Bookings = new(TextNormaliser.NormaliseAll(
    [
        "i've booked", "i have booked", "i booked", "we've booked", "we have booked", "i've reserved", "i have reserved", "we've reserved",
        "we have reserved", "i've held", "i have held", "we've held", "we have held", "i've put a", "i put a", "i've blocked", "we've blocked",
        "i've set aside", "we've set aside", "i've pencilled", "i've penciled", "reserved for you", "held for you", "booked for you",
        "für sie reserviert", "ihnen reserviert", "für sie eingeplant", "für sie geblockt", "nous avons réservé", "nous vous avons réservé",
        "je vous ai réservé", "j'ai réservé", "réservé pour vous", "hemos reservado", "te hemos reservado", "le hemos reservado", "he reservado",
        "hemos agendado", "le hemos agendado", "reservado para usted", "abbiamo riservato", "abbiamo prenotato", "le abbiamo riservato",
        "ho prenotato", "ti ho riservato", "reservamos", "agendamos", "reservei", "agendei", "voor u gereserveerd", "voor je gereserveerd",
        "hebben we gereserveerd", "voor u ingepland", "heb ik ingepland", "zarezerwowaliśmy", "zarezerwowałem", "zarezerwowałam",
        "zaplanowaliśmy", "vi har bokat", "jag har bokat", "vi har reserverat", "vi har booket", "vi har reservert", "мы забронировали",
        "мы зарезервировали", "забронировали для вас", "зарезервировали для вас", "мы записали вас", "ми забронювали", "sizin için ayırdık",
        "sizin için rezerve", "σας έχουμε κρατήσει", "σας κρατήσαμε", "σας κλείσαμε", "حجزنا لك", "قمنا بحجز", "خصصنا لك", "שריינו לך",
        "שריינו עבורך", "קבענו לך", "שמרנו לך", "हमने आपके लिए", "आपके लिए बुक", "เราได้จอง", "จองไว้ให้", "นัดไว้ให้", "已为您预约",
        "已為您預約", "为您预留", "為您預留", "已为您安排", "已為您安排", "お時間を確保", "予約しておきました", "예약해 두었", "예약해 드렸",
        "chúng tôi đã đặt", "đã đặt lịch cho", "kami telah memesan", "kami sudah menjadwalkan",
    ]));

    // What the booked time is said to cost: nothing.
    private static readonly WordSearch Free = new(TextNormaliser.NormaliseAll(
    [
        "free", "complimentary", "no cost", "no-cost", "no obligation", "no-obligation", "gratis", "gratuit", "gratuita", "gratuito", "kostenlos",
        "kostenfrei", "unverbindlich", "bezpłatn", "darmow", "kostnadsfri", "δωρεάν", "бесплатн", "безкоштовн", "ücretsiz", "免费", "免費",
        "無料", "무료", "ฟรี", "مجان", "חינם", "निःशुल्क", "मुफ्त", "miễn phí",
    ]));

    // "Feel free to move it", "toll-free": the word, not the offer.
    private static readonly string[] NotAnOffer = ["feel free", "toll-free", "toll free", "free to ", "free parking"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Booked];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if ((Find(context.Content.Calendar.Text) ?? Find(context.Content.Body.Text)) is { } found)
        {
            hits.Add(Booked, $"\"{found}\"");
        }
    }

    // A booking phrase with an offer of something free in the same stretch of text (60 characters either side), in the
    // text's first 20,000 characters: the pitch opens the message, and a crafted text of Cyrillic or Greek padding would
    // otherwise stop the search for the non-Latin phrases at every letter.
    private static string? Find(string text)
    {
        const int reach = 60, read = 20_000;
        var end = Math.Min(text.Length, read);
        var offset = 0;
        while (offset < end && Bookings.IndexOfAny(text.AsSpan(offset, end - offset)) is var at and >= 0)
        {
            var start = offset + at;
            var phrase = Bookings.WordAt(text, start);
            var from = Math.Max(0, start - reach);
            var to = Math.Min(text.Length, start + phrase.Length + reach);
            var around = text.AsSpan(from, to - from);
            for (var f = Free.IndexOfAny(around); f >= 0;)
            {
                if (!IsNotAnOffer(around, f))
                {
                    return text[start..Math.Min(text.Length, start + phrase.Length + 40)].Trim();
                }
                var next = f + 1 < around.Length ? Free.IndexOfAny(around[(f + 1)..]) : -1;
                f = next < 0 ? -1 : f + 1 + next;
            }
            offset = start + phrase.Length;
        }
        return null;
    }

    private static bool IsNotAnOffer(ReadOnlySpan<char> text, int at)
    {
        foreach (var word in NotAnOffer)
        {
            var from = Math.Max(0, at - 10);
            var window = text[from..Math.Min(text.Length, at + 16)];
            var i = window.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0 && from + i <= at && at < from + i + word.Length)
            {
                return true;
            }
        }
        return false;
    }
}
