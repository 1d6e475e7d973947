using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Calguard.Reading;

/// <summary>
/// Registers the code-pages encodings (iso-2022-jp, shift_jis, gb2312, big5, koi8-r, windows-125x …) when this
/// assembly loads.
/// </summary>
/// <remarks>
/// MimeKit decides once, on its first charset look-up, which charsets it can decode, and never asks again. Registered
/// any later, as the calendar reader once did, every header and body part in those charsets stayed undecoded for the
/// life of the process: an ISO-2022-JP subject reached the rules as escape sequences, a KOI8-R body as mojibake.
/// </remarks>
internal static class CodePageRegistration
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "It must run before MimeKit's first charset look-up, whichever entry point comes first.")]
    internal static void Register()
    {
        try
        {
            Encoding.RegisterProvider(CachingEncodingProvider.CodePages);
        }
        catch (Exception)
        {
            // Without it, the built-in UTF-8, ASCII and Latin-1 still decode; the rest is read as before.
        }
    }
}
