"""Tiny MIME tree + byte-exact serializer (CRLF everywhere)."""
from .common import b64_lines, qp_lines, encode_text, can_encode, codec


class Part:
    def __init__(self, headers, body=None, cte=None, children=None, boundary=None, preamble=None,
                 epilogue=None, b64width=76, raw=False):
        # headers: list of (name, value) in wire order.  body: bytes (decoded payload)
        self.headers = headers
        self.body = body
        self.cte = cte
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.b64width = b64width
        self.raw = raw  # body bytes already encoded

    def encoded_lines(self):
        if self.raw:
            data = self.body
            return data.split(b"\r\n")
        cte = (self.cte or "7bit").lower()
        data = self.body or b""
        if cte == "base64":
            return [x.encode("ascii") for x in b64_lines(data, self.b64width)]
        if cte == "quoted-printable":
            return [x.encode("ascii") for x in qp_lines(data)]
        # 7bit / 8bit / binary: normalise line ends to CRLF
        d = data.replace(b"\r\n", b"\n").split(b"\n")
        if d and d[-1] == b"":
            d = d[:-1]
        return d


def serialize(part, top=False):
    out = []
    for name, value in part.headers:
        if name is None:
            out.append(value.encode("ascii") if isinstance(value, str) else value)
        else:
            out.append(("%s: %s" % (name, value)).encode("ascii"))
    out.append(b"")
    if part.children:
        if part.preamble is not None:
            out.extend(part.preamble.encode("ascii").split(b"\r\n"))
        for ch in part.children:
            out.append(b"--" + part.boundary.encode("ascii"))
            out.extend(serialize(ch))
        out.append(b"--" + part.boundary.encode("ascii") + b"--")
        if part.epilogue is not None:
            out.extend(part.epilogue.encode("ascii").split(b"\r\n"))
    else:
        out.extend(part.encoded_lines())
    return out


def to_bytes(lines):
    return b"\r\n".join(lines) + b"\r\n"


def pick_charset(text, prefs):
    """First charset in prefs that can encode text, else utf-8."""
    for cs in prefs:
        if can_encode(text, cs):
            return cs
    return "utf-8"


def text_part(text, cs, cte, ctype="text/plain", extra_params="", header_style="std", disposition=None,
              cte_first=False, b64width=76, quote_cs=True, upper_cs=False):
    """Build a leaf text part.  header_style controls parameter formatting."""
    label = cs.upper() if upper_cs else cs
    csq = '"%s"' % label if quote_cs else label
    ct = "%s; charset=%s%s" % (ctype, csq, extra_params)
    data = encode_text(text.replace("\r\n", "\n").replace("\n", "\r\n"), cs)
    if cte in ("7bit",) and any(b > 127 for b in data):
        cte = "8bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in data.split(b"\r\n")):
        cte = "quoted-printable"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if cte_first:
        hdrs = [hdrs[1], hdrs[0]]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, data, cte, b64width=b64width)
