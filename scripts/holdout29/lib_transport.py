"""Transport layer: envelope, receiving-MX trace and authentication results."""
import base64
import datetime as dt
import hashlib

from lib_mime import CRLF

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(t, off_min=0, zname=None):
    loc = t + dt.timedelta(minutes=off_min)
    sign = "+" if off_min >= 0 else "-"
    s = "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[loc.weekday()], loc.day, MONS[loc.month - 1], loc.year, loc.hour, loc.minute, loc.second,
        sign, abs(off_min) // 60, abs(off_min) % 60)
    if zname:
        s += " (%s)" % zname
    return s


KNOWN_DMARC = {
    "gmail.com": "NONE", "google.com": "REJECT", "yahoo.com": "REJECT", "ymail.com": "REJECT",
    "yahoo.co.jp": "NONE", "yahoo.com.tw": "REJECT", "yahoo.es": "REJECT", "aol.com": "REJECT",
    "outlook.com": "NONE", "hotmail.com": "NONE", "live.com": "NONE", "hotmail.co.th": "NONE",
    "icloud.com": "QUARANTINE", "me.com": "QUARANTINE", "zoom.us": "REJECT", "gmx.de": "NONE",
    "web.de": "NONE", "mail.ru": "REJECT", "yandex.ru": "NONE", "naver.com": "NONE", "qq.com": "QUARANTINE",
    "163.com": "NONE", "orange.fr": "NONE", "libero.it": "NONE", "wp.pl": "NONE", "proton.me": "QUARANTINE",
    "mail.com": "NONE", "gmx.com": "NONE", "t-online.de": "NONE", "posteo.de": "NONE", "uol.com.br": "NONE",
    "laposte.net": "NONE", "docomo.ne.jp": "NONE", "rediffmail.com": "NONE", "daum.net": "NONE",
    "walla.co.il": "NONE", "otenet.gr": "NONE", "seznam.cz": "NONE", "126.com": "NONE",
    "googlegroups.com": "NONE", "sapo.pt": "NONE", "ziggo.nl": "NONE", "kpnmail.nl": "NONE",
    "rambler.ru": "NONE", "o2.pl": "NONE", "onet.pl": "NONE", "virgilio.it": "NONE", "free.fr": "NONE",
    "telefonica.net": "NONE", "yandex.com.tr": "NONE",
}


def h8(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def dmarc_policy(domain, override=None):
    if override:
        return override
    if domain in KNOWN_DMARC:
        return KNOWN_DMARC[domain]
    base = ".".join(domain.split(".")[-2:])
    if base in KNOWN_DMARC:
        return KNOWN_DMARC[base]
    v = int(h8(domain), 16) % 10
    return "REJECT" if v < 4 else "QUARANTINE" if v < 7 else "NONE"


def rand_b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def dkim_sig(rng, d, s, t, hdrs, indent="\t", darn=None, expire=False):
    ts = int(t.timestamp()) - rng.randint(1, 30)
    b = rand_b64(rng, 256 if rng.random() < 0.8 else 128)
    bh = rand_b64(rng, 32)
    parts = ["v=1; a=rsa-sha256; c=relaxed/relaxed;", "d=%s; s=%s; t=%d;%s%s" % (
        d, s, ts, (" x=%d;" % (ts + 604800)) if expire else "", (" darn=%s;" % darn) if darn else ""),
        "h=" + ":".join(hdrs) + ";", "bh=" + bh + ";"]
    lines = []
    for p in parts:
        lines.append(p)
    bl = "b=" + b
    chunks = [bl[i:i + 70] for i in range(0, len(bl), 70)]
    lines.extend(chunks)
    value = (CRLF + indent).join(lines)
    return value, b[:8]


def ipv4(rng, net):
    return "%s.%d" % (net, rng.randint(2, 250))


def ipv6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xfff), rng.randint(1, 0xfff))


def qid(rng):
    if rng.random() < 0.6:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 11, 12])))
    alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4" + "".join(rng.choice(alpha) for _ in range(13))


class Tx:
    """Sender-side delivery description."""

    def __init__(self):
        self.env = None
        self.helo = None
        self.rdns = None
        self.ip = None
        self.tls = True
        self.received = []      # sender side Received header values (top first)
        self.sign = []          # list of (domain, selector, hdrs, ok, indent, darn, expire)
        self.spf = "pass"
        self.spf_dom = None
        self.dmarc = None       # computed if None
        self.dmarc_override_policy = None
        self.extra_top = []     # headers placed right after Received (e.g. ARC, X-Google-*)
        self.extra_dkim_results = []  # additional A-R dkim entries (result, d, s) without header


def build_trace(rng, tx, rcpt, arrival, from_domain):
    """Return header lines (list of (name,value)) for the top of the message."""
    out = []
    out.append(("Return-Path", "<%s>" % tx.env if tx.env else "<>"))
    out.append(("Delivered-To", rcpt))
    # DKIM signatures
    sig_hdrs = []
    ar = []
    dkim_pass_domains = []
    for (d, s, hdrs, ok, indent, darn, expire) in tx.sign:
        v, b8 = dkim_sig(rng, d, s, arrival, hdrs, indent, darn, expire)
        sig_hdrs.append(("DKIM-Signature", v))
        if ok is True:
            ar.append("dkim=pass (%s-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s"
                      % (2048 if len(v) > 500 else 1024, d, d, s, b8) if False else
                      "dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b8))
            dkim_pass_domains.append(d)
        elif ok == "fail":
            ar.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, b8))
        elif ok == "nokey":
            ar.append('dkim=permerror (no key for signature) header.d=%s header.s=%s header.b=%s' % (d, s, b8))
    if not tx.sign:
        ar.append("dkim=none")
    # SPF
    mf = tx.env or ("postmaster@" + (tx.helo or "unknown"))
    mf_dom = mf.split("@")[-1]
    ipdesc = tx.ip
    spf_txt = {
        "pass": "spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ipdesc, mf),
        "fail": "spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ipdesc, mf),
        "softfail": "spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ipdesc, mf),
        "neutral": "spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ipdesc, mf, mf),
        "none": "spf=none (mx.example.net: domain of %s has no SPF record) smtp.mailfrom=%s" % (mf, mf),
    }[tx.spf]
    ar.append(spf_txt)
    # DMARC
    def aligned(a, b):
        a2 = ".".join(a.split(".")[-2:])
        b2 = ".".join(b.split(".")[-2:])
        return a2 == b2
    if tx.dmarc == "none":
        ar.append("dmarc=none header.from=%s" % from_domain)
    else:
        pol = dmarc_policy(from_domain, tx.dmarc_override_policy)
        ok = any(aligned(d, from_domain) for d in dkim_pass_domains) or (tx.spf == "pass" and aligned(mf_dom, from_domain))
        if tx.dmarc in ("pass", "fail"):
            ok = tx.dmarc == "pass"
        dis = "NONE" if ok else pol
        ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % ("pass" if ok else "fail", pol, pol, dis, from_domain))
    out.append(("Authentication-Results", "mx.example.net;" + CRLF + "\t" + (";" + CRLF + "\t").join(ar)))
    ipfmt = ("IPv6:" + tx.ip) if ":" in tx.ip else tx.ip
    rd = tx.rdns or "unknown"
    with_ = "ESMTPS" if tx.tls else "ESMTP"
    out.append(("Received", "from %s (%s [%s])%s\tby mx.example.net (Postfix) with %s id %s%s\tfor <%s>; %s" % (
        tx.helo, rd, ipfmt, CRLF, with_, qid(rng), CRLF, rcpt, rfc_date(arrival, 0, "UTC"))))
    for r in tx.received:
        out.append(("Received", r))
    out.extend(tx.extra_top)
    out.extend(sig_hdrs)
    return out
