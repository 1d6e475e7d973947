"""Small helpers: encodings, ids, header folding. Python stdlib only."""
import base64
import string

B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
LOWDIG = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def rtok(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    s = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    return s.upper() if upper else s


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(text_bytes, width=76):
    """Quoted-printable for a body given as bytes whose line breaks are \n.
    Hard line breaks stay as line breaks; long lines get soft breaks."""
    out_lines = []
    for raw in text_bytes.split(b"\n"):
        enc = []
        for i, b in enumerate(raw):
            c = chr(b)
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                enc.append("=%02X" % b)
            elif c in " \t" and i == len(raw) - 1:
                enc.append("=%02X" % b)
            else:
                enc.append(c)
        line = ""
        for tok in enc:
            if len(line) + len(tok) > width - 1:
                out_lines.append(line + "=")
                line = ""
            line += tok
        out_lines.append(line)
    return "\n".join(out_lines)


def encode_body(text, charset, cte, keep_lf=False):
    """Return (payload_str_or_bytes, is_bytes). text uses \n line breaks.
    For base64, canonical CRLF is applied to the data unless keep_lf."""
    data = text.encode(charset_codec(charset), errors="strict")
    if cte == "base64":
        if not keep_lf:
            data = data.replace(b"\n", b"\r\n")
        return b64_lines(data).encode("ascii")
    if cte == "quoted-printable":
        return qp_encode(data).encode("ascii")
    # 7bit / 8bit: raw bytes, line breaks normalised at the end
    return data


CODEC = {
    "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1", "iso-8859-2": "iso8859_2",
    "iso-8859-7": "iso8859_7", "iso-8859-8": "iso8859_8", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1252": "cp1252", "windows-1253": "cp1253", "windows-1254": "cp1254",
    "windows-1255": "cp1255", "windows-1256": "cp1256", "windows-1258": "cp1258",
    "windows-874": "cp874", "tis-620": "tis_620", "koi8-r": "koi8_r", "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis", "euc-jp": "euc_jp", "gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030",
    "big5": "big5", "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr",
}


def charset_codec(cs):
    return CODEC.get(cs.lower(), cs)


def can_encode(text, charset):
    try:
        text.encode(charset_codec(charset))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words, split so that each word stays <= maxlen."""
    if is_ascii(text) and "=?" not in text:
        return [text]
    codec = charset_codec(charset)
    label = charset.upper() if charset.lower() in ("utf-8", "iso-2022-jp", "gb2312", "big5", "euc-kr", "koi8-r") else charset
    words = []
    chunk = ""
    overhead = len("=?%s?%s??=" % (label, enc))

    def enc_chunk(s):
        data = s.encode(codec)
        if enc == "B":
            return base64.b64encode(data).decode("ascii")
        out = []
        for b in data:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "".join(out)

    for ch in text:
        trial = chunk + ch
        if len(enc_chunk(trial)) + overhead > maxlen and chunk:
            words.append("=?%s?%s?%s?=" % (label, enc, enc_chunk(chunk)))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append("=?%s?%s?%s?=" % (label, enc, enc_chunk(chunk)))
    return words


def hdr_text(text, charset="utf-8", enc="B"):
    """Encode an unstructured header value; returns string possibly with \n folding."""
    if is_ascii(text):
        return fold_plain(text)
    return "\n ".join(encoded_words(text, charset, enc))


def fold_plain(text, width=78):
    if len(text) <= width:
        return text
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return email if not quote else "<%s>" % email if False else email
    if is_ascii(name):
        if any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, enc)), email)


def header(name, value):
    return "%s: %s" % (name, value)


def ascii_fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = ascii_fold(s).lower()
    out = []
    for c in s:
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def wrap_text(text, width=76):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify_html(text):
    """Escape text and turn URLs into anchors, newlines into <br>."""
    import re
    esc = html_escape(text)
    esc = re.sub(r"(https?://[^\s&<>\"]+(?:&amp;[^\s&<>\"]+)*)", r'<a href="\1">\1</a>', esc)
    return esc.replace("\n", "<br>\n")


def iban(rng, country, bban_len=None, bank=None):
    lens = {"DE": 18, "GB": 18, "FR": 23, "NL": 14, "ES": 20, "IT": 23, "PL": 24, "BE": 12,
            "LT": 16, "PT": 21, "AT": 16, "CH": 17, "IE": 18, "TR": 22, "GR": 23, "IL": 19,
            "AE": 19, "SA": 20, "CZ": 20, "HU": 24, "RO": 20, "LV": 17, "EE": 16}
    n = bban_len or lens.get(country, 18)
    if country in ("GB", "NL", "IE"):
        bank = bank or rng.choice(["ABNA", "RABO", "INGB", "BARC", "NWBK", "AIBK", "REVO"])
        bban = bank + rdig(rng, n - 4)
    elif country == "LT":
        bban = "3250" + rdig(rng, n - 4)
    else:
        bban = rdig(rng, n)

    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num(bban + country + "00")) % 97
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def btc_addr(rng):
    k = rng.random()
    if k < 0.6:
        return "bc1q" + rtok(rng, 38, BECH)
    if k < 0.8:
        return "1" + rtok(rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    return "3" + rtok(rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def usdt_addr(rng):
    return "T" + rtok(rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def eth_addr(rng):
    return "0x" + rhex(rng, 40)
