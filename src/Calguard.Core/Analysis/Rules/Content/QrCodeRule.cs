namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Quishing: the reader is asked to scan a QR code, and the same text speaks of their account, a fine to pay or a
/// secure document. The code carries the link in a picture the filter cannot follow and moves the victim to a phone,
/// away from the company's protection. Tickets, badges and boarding passes carry QR codes too, but to be shown at a
/// gate, with no account to rescue and no fine to pay.
/// </summary>
public sealed class QrCodeRule : Rule
{
    /// <summary>A QR code to scan, with account, fine or secure-document wording.</summary>
    public static readonly Signal QrLure = new("QR_CODE_LURE", Groups.Content, 2.5,
        "The text asks the reader to scan a QR code and speaks of their account, a fine or a secure document: the link hides in a picture and the victim moves to a phone (quishing). A ticket's or badge's code is shown at a gate and asks none of this.");

    // The lures a QR code is sent to serve. Not payment wording: a ticket states its price; a small fee to settle is no ticket's.
    private static readonly string[] Purposes =
    [
        "LURE_CREDENTIAL", "LURE_DOCUMENT_SHARE", "LURE_GOVERNMENT", "LURE_BEC", "LURE_CRYPTO", "LURE_PRIZE", "LURE_DATA_REQUEST", "LURE_EXTORTION",
        "LURE_LEGAL_THREAT",
        // "Scan the code to pay the ₹25 redelivery fee": the parcel and toll fee scams moved to a picture.
        "LURE_SMALL_FEE",
    ];

    // "QR" written in scripts that do not use the Latin letters, and the code scanned without the letters.
    private static readonly string[] Names =
    [
        "二维码", "二維碼", "คิวอาร์โค้ด", "кьюар", "scan the code", "scan this code", "scan the attached code", "scan the code below",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [QrLure];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (Purposes.FirstOrDefault(hits.Has) is not { } purpose)
        {
            return;
        }
        if (NamesQrCode(context.Content.Calendar.Text) || NamesQrCode(context.Content.Body.Text))
        {
            hits.Add(QrLure, $"a QR code to scan, with {purpose}");
        }
    }

    /// <summary>True when the text names a QR code: "qr" as a word of its own in any language, or one of <see cref="Names"/>.</summary>
    internal static bool NamesQrCode(string text)
    {
        for (var at = text.IndexOf("qr", StringComparison.Ordinal); at >= 0; at = text.IndexOf("qr", at + 2, StringComparison.Ordinal))
        {
            // "qrコード", "qr-code", "código qr" — but not a token that merely contains the letters.
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + 2 >= text.Length ? ' ' : text[at + 2];
            if (!char.IsAsciiLetterOrDigit(before) && !char.IsAsciiLetterOrDigit(after))
            {
                return true;
            }
        }
        return Names.Any(n => text.Contains(n, StringComparison.Ordinal));
    }
}
