"""Authentication-Results, MX Received line and DKIM-Signature headers."""
import hashlib

from . import core
from .world import FREEMAIL

MX = "mx.example.net"

# fixed policies for a few well known domains
KNOWN_POLICY = {
    "google.com": ("REJECT", "REJECT"), "zoom.us": ("REJECT", "REJECT"),
    "icloud.com": ("QUARANTINE", "QUARANTINE"), "microsoft.com": ("REJECT", "REJECT"),
}

MULTI_LABEL_SUFFIX = ("co.uk", "com.br", "co.jp", "co.il", "co.th", "com.au", "ac.example", "sch.example",
                      "ne.jp", "com.cn", "co.kr", "co.in")


def org_domain(d):
    d = d.lower().strip(".")
    parts = d.split(".")
    for suf in MULTI_LABEL_SUFFIX:
        if d.endswith("." + suf):
            n = len(suf.split(".")) + 1
            return ".".join(parts[-n:])
    return ".".join(parts[-2:])


def _h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def dmarc_policy(domain):
    """(p, sp) or None when the domain publishes no DMARC record.  Deterministic."""
    od = org_domain(domain)
    if od in FREEMAIL:
        return FREEMAIL[od][2]
    if od in KNOWN_POLICY:
        return KNOWN_POLICY[od]
    if od in POLICY_OVERRIDE:
        return POLICY_OVERRIDE[od]
    v = _h(od) % 10
    if v < 2:
        return None
    if v < 6:
        return ("NONE", "NONE")
    if v < 8:
        return ("QUARANTINE", "QUARANTINE")
    return ("REJECT", "REJECT")


POLICY_OVERRIDE = {}


def set_policy(domain, pol):
    POLICY_OVERRIDE[org_domain(domain)] = pol


def dkim_line(rng, d, s, ts, style="generic", rcpt_domain=None):
    """A plausible DKIM-Signature header value (signature bytes are random)."""
    bh = core.fake_b64(rng, 32)
    b = core.fake_b64(rng, 256 if style != "ed" else 64)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    if style == "google":
        h = "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to"
        v = ("v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=%s; s=%s; t=%d; x=%d;%s\r\n"
             "        h=%s;\r\n        bh=%s;\r\n        b=%s") % (
            d, s, ts, ts + 604800, (" darn=%s;" % rcpt_domain) if rcpt_domain else "", h, bh,
            "\r\n         ".join(bl))
        return v
    if style == "microsoft":
        h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=%s;\r\n h=%s;\r\n bh=%s;\r\n b=%s") % (
            d, s, h, bh, "\r\n ".join(bl))
    if style == "ed":
        return "v=1; a=ed25519-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=From:To:Subject:Date:Message-ID;\r\n\tbh=%s;\r\n\tb=%s" % (
            d, s, ts, bh, b)
    h = rng.choice(["from:to:subject:date:message-id:mime-version:content-type",
                    "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type",
                    "from:reply-to:to:subject:date:message-id:mime-version:content-type:content-transfer-encoding",
                    "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To"])
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n\th=%s;\r\n"
            "\tbh=%s;\r\n\tb=%s") % (d, s, ts, h, bh, "\r\n\t ".join(bl))


def aligned(a, b):
    return org_domain(a) == org_domain(b)


def results(rng, sigs, env_from, spf, ip, from_domain):
    """Build Authentication-Results value.

    sigs: list of (domain, selector, status) where status in pass/fail/none
    spf: pass/fail/softfail/none/neutral
    """
    lines = [MX + ";"]
    if not sigs:
        lines.append("dkim=none;")
    b_values = []
    for d, s, st in sigs:
        hb = core.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        if st == "pass":
            lines.append("dkim=pass header.d=%s header.s=%s header.b=%s;" % (d, s, hb))
        else:
            lines.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s;'
                         % (d, s, hb))
        b_values.append(hb)
    env_dom = env_from.split("@")[-1] if env_from else ""
    if spf == "pass":
        lines.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                     % (MX, env_from, ip, env_from))
    elif spf == "softfail":
        lines.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (MX, env_from, ip, env_from))
    elif spf == "fail":
        lines.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (MX, env_from, ip, env_from))
    elif spf == "neutral":
        lines.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s;"
                     % (MX, ip, env_from, env_from))
    else:
        lines.append("spf=none (%s: %s does not designate permitted sender hosts) smtp.mailfrom=%s;"
                     % (MX, env_dom or "domain", env_from or "<>"))
    # DMARC evaluation
    pol = dmarc_policy(from_domain)
    ok = any(st == "pass" and aligned(d, from_domain) for d, _, st in sigs) or \
        (spf == "pass" and env_dom and aligned(env_dom, from_domain))
    if pol is None:
        lines.append("dmarc=none header.from=%s" % from_domain)
        verdict = "none"
    else:
        p, sp = pol
        verdict = "pass" if ok else "fail"
        lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            verdict, p, sp, "NONE" if ok or p == "NONE" else p, from_domain))
    return "\r\n\t".join(lines), verdict, pol


def queue_id(rng):
    return core.hexid(rng, rng.choice([10, 10, 11, 12]), upper=True)


def mx_received(rng, helo, rdns, ip, rcpt, when_str, tls=True):
    ipfmt = ("IPv6:" + ip) if ":" in ip else ip
    host = rdns or "unknown"
    return ("from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
        helo, host, ipfmt, MX, "ESMTPS" if tls else "ESMTP", queue_id(rng), rcpt, when_str))
