"""Transport headers: the receiving MX block (Return-Path, Delivered-To, Authentication-Results,
Received) plus the sending side's Received lines and DKIM signatures."""
import datetime as dt
import email.utils

from .util import rtok, rhex, rdig, B64, ALNUM, LOWDIG, LOWER

MX = "mx.example.net"

DMARC_POLICY = {
    "gmail.com": "NONE", "googlemail.com": "NONE", "outlook.com": "NONE", "hotmail.com": "NONE",
    "yahoo.com": "REJECT", "aol.com": "REJECT", "icloud.com": "QUARANTINE", "me.com": "QUARANTINE",
    "email.apple.com": "REJECT", "google.com": "REJECT", "zoom.us": "REJECT", "mail.ru": "REJECT",
    "yandex.ru": "NONE", "gmx.de": "NONE", "web.de": "NONE", "qq.com": "QUARANTINE", "163.com": "NONE",
    "naver.com": "NONE", "proton.me": "QUARANTINE",
}


def rfc2822(d, off_min=0, tzname=None):
    tzinfo = dt.timezone(dt.timedelta(minutes=off_min))
    s = email.utils.format_datetime(d.replace(tzinfo=dt.timezone.utc).astimezone(tzinfo))
    if tzname:
        s += " (%s)" % tzname
    return s


def ip4(rng, net=None):
    net = net or rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 253))


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(0x10, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


def qid(rng):
    if rng.random() < 0.5:
        return rhex(rng, rng.choice([10, 11, 12]), upper=True)
    return rng.choice("4") + rtok(rng, 1, "FGHJKLMNPQRSTVWXYZ") + rtok(rng, 10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def b64sig(rng, n=344):
    s = rtok(rng, n - 2, B64)
    return s + "=="


def dkim_header(rng, d, s, t, hlist, bh=None, extra=None, indent="        ", algo="rsa-sha256"):
    b = b64sig(rng, 344 if algo == "rsa-sha256" else 88)
    bh = bh or rtok(rng, 43, B64) + "="
    parts = ["v=1; a=%s; c=relaxed/relaxed;" % algo, "d=%s; s=%s;%s" % (d, s, (" t=%d;" % t) if t else "")]
    if extra:
        parts[-1] += " " + extra
    parts.append("h=%s;" % hlist)
    parts.append("bh=%s;" % bh)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    parts.append("b=" + ("\n" + indent).join(chunks))
    return "DKIM-Signature: " + ("\n" + indent).join(parts), b


def auth_results(a, rcpt_ip):
    """a: dict with dkim list [(result, d, s, b)], spf (result, mailfrom), dmarc (result, policy, from_domain)."""
    L = ["Authentication-Results: %s;" % MX]
    items = []
    for res, d, s, b in a["dkim"]:
        if res == "none":
            items.append("dkim=none (message not signed)")
        elif res == "pass":
            items.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s" % (d, s, b[:8])
                         if a.get("verbose") else "dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b[:8]))
        elif res == "fail":
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, b[:8]))
        else:
            items.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, b[:8]))
    sres, mf = a["spf"]
    ip = a["ip"]
    if sres == "pass":
        items.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif sres == "softfail":
        items.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif sres == "fail":
        items.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif sres == "neutral":
        items.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (MX, ip, mf, mf))
    else:
        items.append("spf=none (%s: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (MX, mf, mf))
    dres, pol, fd = a["dmarc"]
    if dres == "none" and pol is None:
        items.append("dmarc=none header.from=%s" % fd)
    else:
        dis = "NONE"
        if dres == "fail" and pol in ("QUARANTINE",):
            dis = "QUARANTINE"
        items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dres, pol, pol, dis, fd))
    for i, it in enumerate(items):
        L.append("\t" + it + (";" if i < len(items) - 1 else ""))
    return "\n".join(L)


def mx_block(rng, env_from, rcpt, delivered_to, helo, rdns, ip, when, auth, tls=True):
    rp = "Return-Path: <%s>" % env_from
    dl = "Delivered-To: %s" % delivered_to
    ar = auth_results(dict(auth, ip=ip), ip)
    rc = "Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns or "unknown", ip, MX, "ESMTPS" if tls else "ESMTP", qid(rng), rcpt, rfc2822(when, 0, "UTC"))
    return [rp, dl, ar, rc]
