"""Sending infrastructure and the receiving MX: envelope, Received chain, DKIM, Authentication-Results."""
import datetime as dt
import hashlib

from .util import rstr, rb64, pick, HEXU, HEXL, ALNUM, uuid4, rfc5322_date, off_str

MX = "mx.example.net"

# DMARC policies published by well-known mailbox providers (as reported by the receiving OpenDMARC)
PROVIDER_DMARC = {
    "gmail.com": "p=NONE sp=QUARANTINE dis=NONE", "googlemail.com": "p=NONE sp=QUARANTINE dis=NONE",
    "google.com": "p=REJECT sp=REJECT dis=NONE", "outlook.com": "p=NONE sp=QUARANTINE dis=NONE",
    "hotmail.com": "p=NONE sp=NONE dis=NONE", "hotmail.es": "p=NONE sp=NONE dis=NONE",
    "hotmail.nl": "p=NONE sp=NONE dis=NONE", "outlook.es": "p=NONE sp=QUARANTINE dis=NONE",
    "yahoo.com": "p=REJECT sp=REJECT dis=NONE", "yahoo.es": "p=REJECT sp=REJECT dis=NONE",
    "yahoo.co.jp": "p=NONE sp=NONE dis=NONE", "yahoo.gr": "p=REJECT sp=REJECT dis=NONE",
    "yahoo.co.in": "p=REJECT sp=REJECT dis=NONE", "yahoo.co.th": "p=REJECT sp=REJECT dis=NONE",
    "aol.com": "p=REJECT sp=REJECT dis=NONE", "icloud.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "me.com": "p=QUARANTINE sp=QUARANTINE dis=NONE", "email.apple.com": "p=REJECT sp=REJECT dis=NONE",
    "zoom.us": "p=REJECT sp=REJECT dis=NONE", "proton.me": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "mail.ru": "p=REJECT sp=REJECT dis=NONE", "yandex.ru": "p=NONE sp=NONE dis=NONE",
    "gmx.de": "p=NONE sp=NONE dis=NONE", "web.de": "p=NONE sp=NONE dis=NONE",
    "t-online.de": "p=NONE sp=NONE dis=NONE", "qq.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "163.com": "p=NONE sp=NONE dis=NONE", "126.com": "p=NONE sp=NONE dis=NONE",
    "naver.com": "p=NONE sp=NONE dis=NONE", "orange.fr": "p=NONE sp=NONE dis=NONE",
    "libero.it": "p=NONE sp=NONE dis=NONE", "wp.pl": "p=NONE sp=NONE dis=NONE",
    "googlegroups.com": "p=NONE sp=NONE dis=NONE",
}

PROVIDER_DKIM = {  # domain -> selector
    "gmx.de": "s31663417", "web.de": "s29768273", "t-online.de": None, "posteo.de": "2017",
    "orange.fr": "t20230301", "free.fr": "smtp-out", "laposte.net": "lpn-wlmd",
    "libero.it": "s2021", "virgilio.it": "a2021", "sapo.pt": "sapo20230117", "uol.com.br": "uol",
    "ziggo.nl": "ziggo", "kpnmail.nl": "kpnmail01", "wp.pl": "1024a", "onet.pl": "2011", "o2.pl": "1024a",
    "mail.ru": "mail4", "yandex.ru": "mail", "rambler.ru": "mail", "otenet.gr": None, "walla.co.il": "walla",
    "012.net.il": None, "qq.com": "s201512", "163.com": "s110527", "126.com": "s110527", "sina.com": "sina",
    "docomo.ne.jp": "d2023", "naver.com": "s20171208", "daum.net": "20220501", "rediffmail.com": "rediff",
    "yandex.com.tr": "mail", "aol.com": "a2048", "proton.me": "protonmail", "hotmail.es": "selector1",
    "outlook.es": "selector1", "hotmail.nl": "selector1", "yahoo.es": "s2048", "yahoo.gr": "s2048",
    "yahoo.co.jp": "yj20110701", "yahoo.co.in": "s2048", "yahoo.co.th": "s2048",
}


def _h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def ip_for(key, pool=None):
    """Deterministic documentation address for a host/domain."""
    h = _h(key)
    if pool == "google":
        return "198.51.100.%d" % (2 + h % 40)
    if pool == "microsoft":
        return "203.0.113.%d" % (2 + h % 60)
    if pool == "apple":
        return "198.51.100.%d" % (100 + h % 20)
    if pool == "yahoo":
        return "198.51.100.%d" % (140 + h % 20)
    if pool == "esp":
        return "192.0.2.%d" % (10 + h % 50)
    if pool == "zoom":
        return "203.0.113.%d" % (150 + h % 10)
    net = ["192.0.2", "198.51.100", "203.0.113"][h % 3]
    last = 61 + (h >> 3) % 190
    if net == "198.51.100" and 100 <= last < 160:
        last += 60
    if net == "203.0.113" and 150 <= last < 160:
        last += 20
    if net == "192.0.2" and last < 61:
        last += 61
    return "%s.%d" % (net, min(last, 254))


def ip6_for(key):
    h = _h(key)
    return "2001:db8:%x:%x::%x" % (h % 0xffff, (h >> 16) % 0xffff, (h >> 32) % 0xfff)


def queue_id(rng):
    return rng.choice("3456789") + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
                                            for _ in range(rng.choice([10, 11, 11, 12])))


def classic_qid(rng, n=10):
    return rstr(rng, n, HEXU)


def tls_comment(rng, when, weak=False):
    if when.year < 2019 or weak:
        return ["\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
                "\t(No client certificate requested)"]
    c = rng.choice(["TLS_AES_256_GCM_SHA384 (256/256 bits)", "TLS_AES_128_GCM_SHA256 (128/128 bits)"])
    sig = rng.choice(["RSA-PSS (2048 bits)", "RSA-PSS (4096 bits)", "ECDSA (P-256)"])
    return ["\t(using TLSv1.3 with cipher %s" % c,
            "\t key-exchange X25519 server-signature %s server-digest SHA256)" % sig,
            "\t(No client certificate requested)"]


def utc_str(d):
    return rfc5322_date(d.replace(tzinfo=dt.timezone.utc)) + " (UTC)"


def local_str(d_utc, offmin, tzname=None):
    loc = (d_utc + dt.timedelta(minutes=offmin)).replace(tzinfo=dt.timezone(dt.timedelta(minutes=offmin)))
    s = rfc5322_date(loc)
    if tzname:
        s += " (%s)" % tzname
    return s


def dkim_sig(rng, d, s, hdrs, when, extra_tags="", alg="rsa-sha256", blen=344):
    b = rb64(rng, blen - 2) + "=="
    if blen < 100:
        b = rb64(rng, blen)
    bh = rb64(rng, 43) + "="
    t = int((when - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(1, 6)
    tags = "v=1; a=%s; c=relaxed/relaxed; d=%s; s=%s; t=%d;%s h=%s; bh=%s; b=%s" % (
        alg, d, s, t, extra_tags, ":".join(hdrs), bh, b)
    # fold the way most signers do: at tag boundaries, b= wrapped at 70
    parts = tags.split("; ")
    lines = []
    cur = "DKIM-Signature:"
    for p in parts:
        piece = p + (";" if p is not parts[-1] else "")
        if p.startswith("b=") and len(piece) > 60:
            if cur.strip():
                lines.append(cur)
            chunk = piece
            first = True
            while chunk:
                lines.append("\t" + chunk[:72])
                chunk = chunk[72:]
            cur = ""
            continue
        if len(cur) + 1 + len(piece) > 76 and cur.strip() not in ("DKIM-Signature:",):
            lines.append(cur)
            cur = "\t" + piece
        else:
            cur += " " + piece
    if cur.strip():
        lines.append(cur)
    return "\r\n".join(lines), b[:8]


class Transport:
    """Collects everything the transport adds."""

    def __init__(self):
        self.return_path = None
        self.helo = None
        self.rdns = None
        self.ip = None
        self.tls = True
        self.sender_lines = []     # raw header lines (already formatted, may contain CRLF folds)
        self.dkim = []             # (domain, selector, result, b8, note)
        self.spf = ("pass", None)  # (result, mailfrom)
        self.dmarc = None          # (result, policy, header.from)
        self.dkim_sign = []        # (domain, selector, extra_tags) -> generated when headers known
        self.dkim_break = set()    # domains whose signature no longer verifies
        self.extra_after_dkim = []


def spf_text(res, mailfrom, ip):
    dom = mailfrom.split("@")[-1]
    if res == "pass":
        return "spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            MX, mailfrom, ip, mailfrom)
    if res == "softfail":
        return "spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            MX, mailfrom, ip, mailfrom)
    if res == "fail":
        return "spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            MX, mailfrom, ip, mailfrom)
    if res == "neutral":
        return "spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (
            MX, ip, mailfrom, mailfrom)
    if res == "none":
        return "spf=none (%s: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (
            MX, mailfrom, mailfrom)
    if res == "temperror":
        return "spf=temperror (%s: error in processing during lookup of %s: DNS timeout) smtp.mailfrom=%s" % (
            MX, mailfrom, mailfrom)
    return "spf=%s smtp.mailfrom=%s" % (res, mailfrom)


def auth_results(tr):
    lines = ["Authentication-Results: %s;" % MX]
    items = []
    if not tr.dkim:
        items.append("dkim=none")
    for d, s, res, b8, note in tr.dkim:
        if res == "pass":
            items.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b8))
        elif res == "fail":
            items.append("dkim=fail (%s) header.d=%s header.s=%s header.b=%s" % (
                note or "signature verification failed", d, s, b8))
        else:
            items.append("dkim=%s header.d=%s header.s=%s" % (res, d, s))
    items.append(spf_text(tr.spf[0], tr.spf[1], tr.ip))
    if tr.dmarc:
        res, pol, hf = tr.dmarc
        if res == "none":
            items.append("dmarc=none (p=none dis=none) header.from=%s" % hf)
        else:
            items.append("dmarc=%s (%s) header.from=%s" % (res, pol, hf))
    for i, it in enumerate(items):
        lines.append("\t" + it + (";" if i < len(items) - 1 else ""))
    return "\r\n".join(lines)


def mx_received(rng, tr, rcpt_addr, when):
    rd = tr.rdns or "unknown"
    lines = ["Received: from %s (%s [%s])" % (tr.helo, rd, tr.ip)]
    if tr.tls:
        lines += tls_comment(rng, when)
        lines.append("\tby %s (Postfix) with ESMTPS id %s" % (MX, queue_id(rng)))
    else:
        lines.append("\tby %s (Postfix) with ESMTP id %s" % (MX, queue_id(rng)))
    lines.append("\tfor <%s>; %s" % (rcpt_addr, utc_str(when)))
    return "\r\n".join(lines)
