"""Manual forwards of an invitation (inline with the .ics attached, or the whole message attached)."""
import re

from .util import rstr, rb64, uuid4, pick, HEXL, HEXU, ALNUM, Part, Multi, Embedded, html_text, needs_enc
from .clients import A, H, hdr_date, to_header, tpart, APPLE_MAILVER, IOS_BUILD, TB_VER, outlook_ver
from .send import header_block


def find_parts(root, pred):
    out = []
    if isinstance(root, Multi):
        for p in root.parts:
            out += find_parts(p, pred)
    elif isinstance(root, Part):
        if pred(root):
            out.append(root)
    return out


def hval(hs, name):
    for k, v in hs:
        if k.lower() == name.lower():
            return v
    return ""


def decode_hdr(v):
    from email.header import decode_header, make_header
    try:
        return str(make_header(decode_header(v)))
    except Exception:
        return v


def render_forward(m, inner_hs, inner_root, inner_raw, style, note):
    rng = m.rng
    client = m.client
    cals = find_parts(inner_root, lambda p: p.ctype.lower().startswith("text/calendar") or
                      "application/ics" in p.ctype.lower())
    ics = cals[0].data if cals else b""
    if isinstance(ics, str):
        import base64
        ics = base64.b64decode(ics)
    plains = find_parts(inner_root, lambda p: p.ctype.lower().startswith("text/plain"))
    otxt = ""
    if plains:
        d = plains[0].data
        cs = re.findall(r'charset="?([^";]+)', plains[0].ctype)
        try:
            otxt = d.decode(cs[0] if cs else "utf-8") if isinstance(d, bytes) else d
        except Exception:
            otxt = d.decode("utf-8", "replace")
    ofrom = decode_hdr(hval(inner_hs, "From"))
    odate = hval(inner_hs, "Date")
    osubj = decode_hdr(hval(inner_hs, "Subject"))
    oto = decode_hdr(hval(inner_hs, "To"))
    if client == "gmail-web":
        blk = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n" % (
            ofrom, odate, osubj, oto)
        pre = "Fwd: "
    elif client == "thunderbird":
        blk = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n\n" % (
            osubj, odate, ofrom, oto)
        pre = "Fwd: "
    elif client == "apple-mail":
        blk = "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n" % (ofrom, osubj, odate, oto)
        pre = "Fwd: "
    elif client == "yahoo":
        blk = "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n\n" % (ofrom, oto, odate, osubj)
        pre = "Fw: "
    else:
        blk = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % (ofrom, odate, oto, osubj)
        pre = "FW: "
    body = (note.strip() + "\n\n" if note else "") + (blk + otxt if style == "inline" else "")
    subj = pre + osubj
    cs = "utf-8"
    parts = []
    y = m.sent.year
    if client == "gmail-web":
        b1, b2 = "000000000000" + rstr(rng, 16, HEXL), "000000000000" + rstr(rng, 16, HEXL)
        alt = Multi("alternative", b2, [Part('text/plain; charset="UTF-8"', body.encode(), "quoted-printable"),
                                        Part('text/html; charset="UTF-8"', ('<div dir="ltr">%s</div>' % html_text(body)).encode(),
                                             "quoted-printable")])
        parts = [alt]
    else:
        parts = [tpart(body, "plain", m.charset or "utf-8", "8bit" if client == "thunderbird" else "quoted-printable")]
    if style == "inline":
        att = Part('application/ics; name="invite.ics"', ics, "base64",
                   headers=[("Content-Disposition", 'attachment; filename="invite.ics"')])
        if client in ("apple-mail", "thunderbird"):
            att = Part('text/calendar; charset=UTF-8; name="invite.ics"', ics, "base64",
                       headers=[("Content-Disposition", 'attachment; filename="invite.ics"')])
        parts.append(att)
    else:
        fn = re.sub(r"[^A-Za-z0-9\- ]", "", osubj)[:40].strip() or "Forwarded message"
        parts.append(Embedded(inner_raw, headers=[("Content-Disposition", 'attachment; filename="%s.eml"' % fn)]))
    if client == "gmail-web":
        root = Multi("mixed", b1, parts)
    elif client == "thunderbird":
        root = Multi("mixed", "------------" + rstr(rng, 24, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), parts,
                     preamble="This is a multi-part message in MIME format.")
    elif client == "apple-mail":
        root = Multi("mixed", "Apple-Mail=_%s" % uuid4(rng, upper=True), parts)
    elif client == "yahoo":
        root = Multi("mixed", "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9),
                                                       rng.randint(10 ** 12, 2 * 10 ** 12)), parts)
    else:
        root = Multi("mixed", "----=_NextPart_000_%s_01D%s.%s" % (rstr(rng, 4, HEXU), rstr(rng, 5, HEXU),
                                                                  rstr(rng, 8, HEXU)), parts)
    dom = m.sender["addr"].split("@")[1]
    if client == "gmail-web":
        hs = [("MIME-Version", "1.0"), ("From", A(m.sender)), ("Date", hdr_date(m)),
              ("Message-ID", "<CA%s@mail.gmail.com>" % rb64(rng, 60).replace("/", "_").replace("+", "-")),
              ("Subject", H(m, subj)), ("To", to_header(m)), ("Content-Type", root.ctype)]
    elif client == "thunderbird":
        rv, full = TB_VER[y]
        hs = [("Message-ID", "<%s@%s>" % (uuid4(rng), dom)), ("Date", hdr_date(m)), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird" if y >= 2023 else
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s.0) Gecko/20100101 Thunderbird/%s" % (rv, full)),
              ("Subject", H(m, subj)), ("Content-Language", "en-US"), ("To", to_header(m)), ("From", A(m.sender)),
              ("Content-Type", root.ctype)]
    elif client == "apple-mail":
        hs = [("From", A(m.sender, quote=True)), ("Content-Type", root.ctype),
              ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % APPLE_MAILVER[y]), ("Subject", H(m, subj)),
              ("Message-Id", "<%s@%s>" % (uuid4(rng, upper=True), dom)), ("Date", hdr_date(m)),
              ("To", to_header(m)), ("X-Mailer", "Apple Mail (2.%s)" % APPLE_MAILVER[y])]
    elif client == "yahoo":
        hs = [("Date", hdr_date(m)), ("From", A(m.sender)), ("To", to_header(m)),
              ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                                            rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 12,
                                                                                                       2 * 10 ** 12))),
              ("Subject", H(m, subj)), ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
              ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23000))]
    else:
        hs = [("From", A(m.sender, quote=True)), ("To", to_header(m, quote=True)), ("Subject", H(m, subj)),
              ("Date", hdr_date(m)), ("Message-ID", "<%s01%s$%s$%s$@%s>" % (
                  rstr(rng, 4, HEXL), rstr(rng, 6, HEXL), rstr(rng, 8, HEXL), rstr(rng, 8, HEXL), dom)),
              ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
              ("X-Mailer", "Microsoft Outlook %s" % outlook_ver(m)), ("Thread-Index", "AQH" + rb64(rng, 22) + "=="),
              ("Content-Language", "en-us")]
    return hs, root


def inner_raw(m, hs, root, tr):
    """What the forwarder's mailbox held: a couple of trace lines + the original message."""
    lines = tr.sender_lines[:1]
    head = "\r\n".join(lines) + ("\r\n" if lines else "") + header_block(hs) + "\r\n\r\n"
    return head.encode("ascii") + root.body()
