using System.Text.RegularExpressions;

namespace Calguard.Analysis.Text;

/// <summary>A phone number found in text, with what surrounds it.</summary>
/// <param name="Number">The number as written.</param>
/// <param name="Digits">How many digits it has.</param>
/// <param name="IsDialIn">True when it is a conference dial-in (",,123#", "meeting ID", "PIN", "dial-in" nearby).</param>
/// <param name="Context">About 80 characters around it, lower-cased.</param>
public sealed record PhoneNumber(string Number, int Digits, bool IsDialIn, string Context);

/// <summary>Finds phone numbers: 9 to 15 digits with the separators people write (+, spaces, dots, dashes, parentheses).</summary>
public static partial class PhoneFinder
{
    private static readonly char[] NumberTail = [' ', '-', '.', '(', '/'];

    private static readonly string[] DialInWords =
    [
        "dial-in", "dial in", "dial by", "join by phone", "join by telephone", "meeting id", "meeting-id", "conference id", "access code", "passcode",
        "pin", "participant code", "audio only", "one tap", "tap mobile", "call-in", "call in number", "find a local number", "local number",
        "konferenz-id", "einwahl", "besprechungs-id", "vergadering-id", "inbellen", "numéro de conférence", "id de réunion", "id de la reunión",
        "número de conferencia", "id riunione", "id da reunião", "identyfikator spotkania", "идентификатор конференции", "会議 id", "会议 id",
    ];

    /// <summary>Finds up to <paramref name="max"/> phone numbers in <paramref name="text"/>.</summary>
    public static List<PhoneNumber> Find(string text, int max = 50)
    {
        var found = new List<PhoneNumber>();
        var i = 0;
        while (i < text.Length && found.Count < max)
        {
            var c = text[i];
            if (!(char.IsAsciiDigit(c) || c == '+' || c == '('))
            {
                i++;
                continue;
            }
            // A number never starts in the middle of a word, a price or a reference like "TCBK30357".
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '$' or '€' or '£' or '#' or '/' or '-' or '.' or ':' or '=' or '_'))
            {
                i++;
                continue;
            }
            var start = i;
            var digits = 0;
            var end = i;
            var separators = 0;
            var lastWasSeparator = false;
            while (end < text.Length)
            {
                var ch = text[end];
                if (char.IsAsciiDigit(ch))
                {
                    digits++;
                    lastWasSeparator = false;
                }
                else if ((ch is ' ' or '-' or '.' or '(' or ')' or '/' || (ch == '+' && end == start)) && !lastWasSeparator)
                {
                    // A padded separator ("+1 - 855 - 281 - 9361") is one separator: callback scams space their
                    // numbers out so that a parser stops at the first gap.
                    if (ch == ' ' && end + 2 < text.Length && text[end + 1] is '-' or '.' && text[end + 2] == ' ' &&
                        end + 3 < text.Length && char.IsAsciiDigit(text[end + 3]))
                    {
                        end += 2;
                    }
                    separators++;
                    lastWasSeparator = ch is not ('(' or ')');
                }
                else if (ch is '(' or ')')
                {
                    lastWasSeparator = false;
                }
                else
                {
                    break;
                }
                end++;
                if (digits > 15)
                {
                    break;
                }
            }
            var number = text[start..end].TrimEnd(NumberTail);
            // Digits glued to letters ("0800abc", "REF123456789X") are a code, not a number to call.
            var afterNumber = start + number.Length;
            var followedByLetter = afterNumber < text.Length && char.IsLetter(text[afterNumber]);
            if (digits is >= 9 and <= 15 && !followedByLetter && !LooksLikeDateOrAmount(number, text, end) && !Labelled(text, start))
            {
                var from = Math.Max(0, start - 90);
                var to = Math.Min(text.Length, end + 60);
                // Invariant lower-casing leaves the Turkish capital İ as it is; "İptal için arayın" is "iptal" to the word lists.
                var context = text[from..to].ToLowerInvariant().Replace('İ', 'i');
                var dialIn = (end < text.Length && text[end] == ',') || context.Contains(",,", StringComparison.Ordinal) ||
                             DialInWords.Any(w => context.Contains(w, StringComparison.Ordinal));
                found.Add(new PhoneNumber(number, digits, dialIn, context));
            }
            i = Math.Max(end, start + 1);
        }
        return found;
    }

    // The label a booking, ticket or order puts before its own number ("E-ticket number: 614-5617095541", "Booking
    // reference 4471 882 190"): a reference to quote, not a number to call. Compared by ending, so "ticket" also
    // stands for "e-ticket" and "reference" for "booking reference".
    private static readonly string[] ReferenceLabels =
    [
        "ticket number", "ticket no", "ticket", "booking ref", "booking number", "confirmation number",
        "confirmation no", "reservation number", "order number", "order no", "invoice number", "invoice no", "reference number", "reference", "pnr",
        "ticketnummer", "buchungsnummer", "bestellnummer", "rechnungsnummer", "numéro de billet", "numéro de réservation", "número de billete",
        "número de reserva", "numero di biglietto", "numero biglietto", "numero di prenotazione", "número do bilhete", "número da reserva",
        "boekingsnummer", "reserveringsnummer", "numer biletu", "numer rezerwacji", "номер билета", "номер бронирования", "номер заказа",
    ];

    private static bool Labelled(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).TrimEnd(" :#.\t\u00a0");
        foreach (var label in ReferenceLabels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // A date the digits of a time run on from ("08/10/2017 09:30", "30.10.2025 12:00"): the year is what no phone
    // number's third group has.
    [GeneratedRegex(@"^(\d{1,2}[./-]\d{1,2}[./-](19|20)\d\d|(19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(\D|$)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DateFirst();

    private static bool LooksLikeDateOrAmount(string number, string text, int end)
    {
        if (DateFirst().IsMatch(number))
        {
            return true;
        }
        // 2025-10-30, 30.10.2025 12:00, 1.234.567,89 €, uuids and long reference numbers without separators.
        if (number.Count(ch => ch == '.') >= 2 && !number.Contains(' ') && number.Length <= 10)
        {
            return true;
        }
        if (number.Length >= 8 && number[..4].All(char.IsAsciiDigit) && number.Length > 4 && number[4] == '-' && number.Count(ch => ch == '-') == 2 && number.Length <= 10)
        {
            return true;
        }
        if (!number.Any(ch => ch is ' ' or '-' or '.' or '(' or '+') && number.Length > 11)
        {
            return true;
        }
        var after = end < text.Length ? text[end] : ' ';
        return after is '€' or '$' or '£' or '%' || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] is '€' or '$' or '£');
    }
}
