"""MIME assembly helpers working on bytes with \n line breaks (converted to CRLF at the very end)."""
from .util import encode_body, charset_codec


def part(ctype, body_text=None, charset=None, cte="7bit", extra=None, raw=None, keep_lf=False):
    """ctype: full Content-Type value (may contain \n\t folding). Returns bytes."""
    h = ["Content-Type: " + ctype]
    if cte:
        h.append("Content-Transfer-Encoding: " + cte)
    for x in (extra or []):
        h.append(x)
    if raw is not None:
        payload = raw
    else:
        payload = encode_body(body_text, charset or "utf-8", cte or "7bit", keep_lf=keep_lf)
    return ("\n".join(h) + "\n\n").encode("ascii") + payload


def part_h(headers, payload):
    return ("\n".join(headers) + "\n\n").encode("ascii") + payload


def multipart(boundary, parts, preamble=None, epilogue=True):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode("ascii") + b"\n" + p
    out += b"\n--" + boundary.encode("ascii") + b"--\n"
    if out.startswith(b"\n"):
        out = out[1:]
    return out


def ctype_text(sub, charset, extra=""):
    return 'text/%s; charset="%s"%s' % (sub, charset, extra)


def pick_cte(rng, text, charset, prefs=("quoted-printable", "base64")):
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) < 900:
            return "7bit"
    except UnicodeEncodeError:
        pass
    if charset_codec(charset) == "iso2022_jp":
        return "7bit"
    return rng.choice(prefs)
