"""Trace headers: what the receiving Postfix MX (mx.example.net) and the sending side write."""
import datetime as dt

from .common import rand_b64, rand_hex, rand_token, rfc2822_date, fmt_off, offset_at_utc

MX = "mx.example.net"


def stable_int(s):
    v = 0
    for c in s.encode("utf-8"):
        v = (v * 131 + c) % 1000003
    return v


# DMARC policy as published by the From domain (None = no record)
KNOWN_DMARC = {
    "gmail.com": "p=NONE sp=QUARANTINE dis=NONE", "googlemail.com": "p=NONE sp=QUARANTINE dis=NONE",
    "google.com": "p=REJECT sp=REJECT dis=NONE", "outlook.com": "p=NONE sp=QUARANTINE dis=NONE",
    "hotmail.com": "p=NONE sp=NONE dis=NONE", "yahoo.com": "p=REJECT sp=REJECT dis=NONE",
    "aol.com": "p=REJECT sp=REJECT dis=NONE", "icloud.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "me.com": "p=QUARANTINE sp=QUARANTINE dis=NONE", "mac.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "zoom.us": "p=REJECT sp=REJECT dis=NONE", "googlegroups.com": "p=NONE sp=NONE dis=NONE",
    "gmx.de": "p=QUARANTINE sp=QUARANTINE dis=NONE", "web.de": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "mail.ru": "p=REJECT sp=REJECT dis=NONE", "yandex.ru": "p=NONE sp=NONE dis=NONE",
    "seznam.cz": "p=NONE sp=NONE dis=NONE", "naver.com": "p=NONE sp=NONE dis=NONE",
    "qq.com": "p=QUARANTINE sp=QUARANTINE dis=NONE", "163.com": "p=NONE sp=NONE dis=NONE",
    "yahoo.co.jp": "p=NONE sp=NONE dis=NONE",
}


def dmarc_policy(domain):
    if domain in KNOWN_DMARC:
        return KNOWN_DMARC[domain]
    if domain.endswith(".example") or domain.startswith("example."):
        return None
    v = stable_int(domain) % 10
    return [None, None, "p=NONE sp=NONE dis=NONE", "p=NONE sp=NONE dis=NONE", "p=NONE sp=NONE dis=NONE",
            "p=QUARANTINE sp=QUARANTINE dis=NONE", "p=QUARANTINE sp=NONE dis=NONE",
            "p=REJECT sp=REJECT dis=NONE", "p=REJECT sp=REJECT dis=NONE", "p=NONE sp=NONE dis=NONE"][v]


def org_domain(d):
    parts = d.split(".")
    two = {"co.uk", "com.au", "co.jp", "co.il", "co.kr", "com.tr", "com.tw", "co.th", "co.in", "com.co",
           "com.br", "ne.jp", "k12.example.us", "com.ar", "or.jp", "ac.jp", "ac.uk", "org.uk", "com.cn",
           "example.us"}
    if len(parts) >= 3 and ".".join(parts[-2:]) in two:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def aligned(d1, d2):
    return org_domain(d1) == org_domain(d2)


class IPs:
    def __init__(self, rng):
        self.rng = rng
        self.cache = {}

    def v4(self, host):
        if host not in self.cache:
            net = self.rng.choice(["192.0.2", "198.51.100", "203.0.113"])
            self.cache[host] = "%s.%d" % (net, self.rng.randint(2, 254))
        return self.cache[host]

    def v6(self, host):
        if host not in self.cache:
            self.cache[host] = "2001:db8:%x:%x::%x" % (self.rng.randint(1, 0xffff), self.rng.randint(1, 0xfff),
                                                       self.rng.randint(1, 0xfff))
        return self.cache[host]


def queue_id(rng):
    # Postfix long queue id
    return rand_token(rng, 1, "456789") + rand_token(rng, rng.choice([11, 12, 13]),
                                                       "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def local_date(utc, tz, style="std"):
    return rfc2822_date(utc, tz, style)


def dkim_sig(rng, d, s, t, headers, style="opendkim", extra=None):
    """Return (header text, b-prefix)."""
    b = rand_b64(rng, 342) + "=="
    bh = rand_b64(rng, 43) + "="
    hl = ":".join(headers)
    if style == "google":
        ind = "\r\n        "
        text = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;" + ind + "d=%s; s=%s; t=%d;%s" % (
            d, s, t, (" x=%d;" % (t + 604800) if extra != "nox" else "")) +
                (" darn=%s;" % extra if extra and extra != "nox" else "") + ind + "h=" + hl + ";" + ind +
                "bh=" + bh + ";" + ind + "b=" + "".join(
                    (b[i:i + 70] + (ind + "         " if i + 70 < len(b) else ""))
                    for i in range(0, len(b), 70)))
    elif style == "microsoft":
        ind = "\r\n "
        text = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d + ind + "s=%s;" % s + ind +
                "h=" + hl + ";" + ind + "bh=" + bh + ";" + ind + "b=" +
                ind.join(b[i:i + 76] for i in range(0, len(b), 76)))
    elif style == "yahoo":
        text = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=%s; b=%s" % (
            d, s, t, bh, hl, b))
        # Yahoo folds with a single space every ~76 characters
        out, line = [], ""
        for tok in text.split(" "):
            if len(line) + len(tok) + 1 > 76 and line:
                out.append(line)
                line = tok
            else:
                line = (line + " " + tok) if line else tok
        out.append(line)
        text = "\r\n ".join(out)
        if len(text.split("\r\n ")[-1]) > 300:
            pass
    else:  # opendkim / rspamd style with tabs
        text = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n\tbh=%s;\r\n\t"
                "h=%s;\r\n\tb=%s" % (d, s, t, bh, hl, "\r\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))))
    # make sure no physical line is absurdly long (Yahoo style b= line)
    fixed = []
    for ln in text.split("\r\n"):
        while len(ln) > 200:
            fixed.append(ln[:150])
            ln = " " + ln[150:]
        fixed.append(ln)
    return "\r\n".join(fixed), b[:8]


STD_SIGNED = ["from", "to", "subject", "date", "message-id", "mime-version", "content-type"]


def auth_results(dkims, spf, dmarc, arc=None):
    """dkims: list of (result, d, s, bprefix or None, note); spf: (result, ident, ip, domain-ok-note);
    dmarc: (result, policy, header_from)."""
    parts = []
    if not dkims:
        parts.append("dkim=none")
    for res, d, s, bp, note in dkims:
        if res == "none":
            parts.append("dkim=none")
            continue
        p = "dkim=%s" % res
        if note:
            p += " (%s)" % note
        p += " header.d=%s header.s=%s header.b=%s" % (d, s, bp)
        parts.append(p)
    sres, ident, ip = spf
    dom = ident.split("@")[-1]
    if sres == "pass":
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            MX, ident, ip, ident))
    elif sres == "softfail":
        parts.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) "
                     "smtp.mailfrom=%s" % (MX, ident, ip, ident))
    elif sres == "fail":
        parts.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            MX, ident, ip, ident))
    elif sres == "neutral":
        parts.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (
            MX, ip, ident, ident))
    else:
        parts.append("spf=none (%s: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (
            MX, ident, ident))
    if arc:
        parts.append(arc)
    dres, pol, hf = dmarc
    if pol is None:
        parts.append("dmarc=none (p=NONE dis=NONE) header.from=%s" % hf)
    else:
        dis = "NONE"
        if dres == "fail":
            if "p=REJECT" in pol:
                dis = "REJECT"
            elif "p=QUARANTINE" in pol:
                dis = "QUARANTINE"
        pol = pol.replace("dis=NONE", "dis=" + dis)
        parts.append("dmarc=%s (%s) header.from=%s" % (dres, pol, hf))
    return "Authentication-Results: %s;\r\n\t" % MX + ";\r\n\t".join(parts)


class Trace:
    """Accumulates sender-side hops (newest first) and signatures."""

    def __init__(self, rng, ips, rcpt, arrival, tz_sender):
        self.rng = rng
        self.ips = ips
        self.rcpt = rcpt
        self.arrival = arrival
        self.tz = tz_sender
        self.hops = []          # header strings, newest first (below the MX hop)
        self.sigs = []          # DKIM-Signature header strings
        self.mid_headers = []   # provider headers placed between DKIM and client headers
        self.bottom = []        # provider headers placed after client headers
        self.dkim_results = []  # (res, d, s, bprefix, note)
        self.last_host = None   # (helo, rdns, ip) connecting to the MX
        self.env_from = None
        self.spf = None
        self.dmarc = None
        self.arc = None

    def t(self, secs_before):
        return self.arrival - dt.timedelta(seconds=secs_before)

    def sign(self, d, s, style="opendkim", headers=None, result="pass", note=None, extra=None, secs=3):
        ts = int((self.t(secs) - dt.datetime(1970, 1, 1)).total_seconds())
        text, bp = dkim_sig(self.rng, d, s, ts, headers or STD_SIGNED, style, extra)
        self.sigs.append(text)
        self.dkim_results.append((result, d, s, bp, note))
        return bp

    def mx_hop(self):
        helo, rdns, ip = self.last_host
        ipshow = ("IPv6:" + ip) if ":" in ip else ip
        return ("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            helo, rdns, ipshow, MX, queue_id(self.rng), self.rcpt, rfc2822_date(self.arrival, None, "utc")))

    def render_top(self):
        out = ["Return-Path: <%s>" % self.env_from, "Delivered-To: %s" % self.rcpt,
               auth_results(self.dkim_results, self.spf, self.dmarc, self.arc), self.mx_hop()]
        out += self.hops
        out += self.sigs
        out += self.mid_headers
        return out


# ---------------------------------------------------------------------------
# platform recipes.  Each fills a Trace.  `frm` = header From address.
def _dmarc(tr, frm, signing_domains, spf_dom, spf_res):
    hf = frm.split("@")[1]
    pol = dmarc_policy(hf)
    ok = any(aligned(d, hf) for d, r in signing_domains if r == "pass") or (spf_res == "pass" and aligned(spf_dom, hf))
    if pol is None:
        tr.dmarc = ("none", None, hf)
    else:
        tr.dmarc = ("pass" if ok else "fail", pol, hf)


def google_calendar(tr, frm, google_domain_sig=True, workspace=False):
    rng = tr.rng
    host = "mail-sor-f%d.google.com" % rng.randint(41, 99)
    ip = tr.ips.v4(host)
    tr.env_from = "3%s@calendar-server.bounces.google.com" % rand_token(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    tr.last_host = (host, host, ip)
    sid = "%s-%sso%d%s.%d" % (rand_hex(rng, 13), rand_hex(rng, 11), rng.randint(10 ** 6, 10 ** 8), rng.choice(["cf", "a", "b", "ad", "wr", "qt"]), rng.randint(0, 9))
    tr.hops.append("Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (
        host, sid, tr.rcpt, rfc2822_date(tr.t(2), "America/Los_Angeles") + (" (PDT)" if offset_at_utc("America/Los_Angeles", tr.t(2)) == -420 else " (PST)")))
    sel = "20230601" if tr.arrival.year >= 2023 else ("20210112" if tr.arrival.year >= 2021 else "20161025")
    fd = frm.split("@")[1]
    sigs = []
    hlist = ["to", "from", "subject", "date", "message-id", "reply-to", "sender", "mime-version", "from", "to",
             "cc", "subject", "date", "message-id", "reply-to"]
    if fd in ("gmail.com", "googlemail.com"):
        tr.sign("gmail.com", sel, "google", hlist, extra=tr.rcpt.split("@")[1])
        sigs.append(("gmail.com", "pass"))
    elif workspace:
        tr.sign(fd, "google", "google", hlist, extra=tr.rcpt.split("@")[1])
        sigs.append((fd, "pass"))
    if google_domain_sig:
        tr.sign("google.com", sel, "google", hlist, extra=tr.rcpt.split("@")[1])
        sigs.append(("google.com", "pass"))
    tr.mid_headers.append("X-Google-Smtp-Source: " + rand_token(rng, 14) + "+" + rand_b64(rng, 80))
    tr.mid_headers.append("X-Received: by %s with SMTP id %s.%d.%d;\r\n        %s" % (
        "2001:db8:a05:622a:%x::%x" % (rng.randint(1, 0xfff), rng.randint(1, 0xfff)), rand_token(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"),
        rng.randint(10, 400), rng.randint(1000000000000, 9999999999999),
        rfc2822_date(tr.t(2), "America/Los_Angeles") + (" (PDT)" if offset_at_utc("America/Los_Angeles", tr.t(2)) == -420 else " (PST)")))
    tr.spf = ("pass", tr.env_from, ip)
    _dmarc(tr, frm, sigs, "calendar-server.bounces.google.com", "pass")


def gmail_user(tr, frm, via="web", workspace=False):
    rng = tr.rng
    host = "mail-%s-f%d.google.com" % (rng.choice(["ej1", "wm1", "lf1", "qt1", "pl1", "yb1", "oi1", "ed1"]), rng.randint(41, 199))
    ip = tr.ips.v4(host)
    tr.env_from = frm
    tr.last_host = (host, host, ip)
    pdt = rfc2822_date(tr.t(2), "America/Los_Angeles") + (" (PDT)" if offset_at_utc("America/Los_Angeles", tr.t(2)) == -420 else " (PST)")
    tr.hops.append("Received: by %s with SMTP id %s-%sso%d%s.%d\r\n        for <%s>; %s" % (
        host, rand_hex(rng, 13), rand_hex(rng, 11), rng.randint(10 ** 6, 10 ** 8), rng.choice(["cf", "a", "b", "ad", "wr", "qt"]),
        rng.randint(0, 9), tr.rcpt, pdt))
    d = frm.split("@")[1]
    sel = "20230601" if tr.arrival.year >= 2023 else ("20210112" if tr.arrival.year >= 2021 else "20161025")
    if workspace:
        tr.sign(d, "google", "google", ["mime-version", "from", "date", "message-id", "subject", "to"],
                extra=tr.rcpt.split("@")[1])
    else:
        tr.sign("gmail.com", sel, "google", ["to", "subject", "message-id", "date", "from", "mime-version", "from",
                                             "to", "cc", "subject", "date", "message-id", "reply-to"],
                extra=tr.rcpt.split("@")[1])
        tr.mid_headers.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=%s; t=%d; x=%d;\r\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\r\n         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh=%s=;\r\n        b=%s" % (
            sel, 1, 1, rand_b64(rng, 43), rand_b64(rng, 70)))
        tr.mid_headers[-1] = tr.mid_headers[-1].replace("t=1; x=1;", "t=%d; x=%d;" % (
            int((tr.t(3) - dt.datetime(1970, 1, 1)).total_seconds()), int((tr.t(3) - dt.datetime(1970, 1, 1)).total_seconds()) + 604800))
        tr.mid_headers.append("X-Gm-Message-State: " + rand_token(rng, 6) + "Yw" + rand_b64(rng, 60))
    tr.mid_headers.append("X-Google-Smtp-Source: " + rand_token(rng, 14) + "+" + rand_b64(rng, 80))
    tr.mid_headers.append("X-Received: by %s with SMTP id %s;\r\n        %s" % (
        "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xfff), rng.randint(1, 0xfff)),
        rand_token(rng, 28, "abcdefghijklmnopqrstuvwxyz0123456789-."), pdt))
    if via == "smtp":
        tr.hops.append("Received: from [%s] (%s [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        "
                       "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        %s" % (
                           "192.168.%d.%d" % (rng.randint(0, 2), rng.randint(2, 250)) if False else tr.ips.v4("client" + frm),
                           rand_token(rng, 8, "abcdef0123456789") + ".dyn.example-isp.net", tr.ips.v4("client" + frm),
                           rand_token(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789-."), pdt))
    tr.spf = ("pass", frm, ip)
    _dmarc(tr, frm, [(frm.split("@")[1] if workspace else "gmail.com", "pass")], d, "pass")


def _ms_ids(rng):
    region = rng.choice([("eurprd", "EUR"), ("namprd", "NAM"), ("apcprd", "APC"), ("jpnprd", "JPN"),
                         ("ausprd", "AUS"), ("gbrprd", "GBR"), ("indprd", "IND")])
    pre = {"EUR": ["AM9", "DB9", "PA4", "VI1", "AS8", "DU2", "GV1", "FR3"], "NAM": ["BN6", "SA1", "CH3", "DM6", "PH0", "MW4"],
           "APC": ["SG2", "TYZ", "KL1", "PSA"], "JPN": ["TY3", "OS3", "TYC"], "AUS": ["SY4", "ME3", "SYB"],
           "GBR": ["LO4", "CWL", "LO6"], "IND": ["MA0", "PN3", "BM1"]}[region[1]]
    p = rng.choice(pre)
    srv = "%sPR%02dMB%04d" % (p, rng.randint(1, 9), rng.randint(1000, 9999))
    return srv, region


def ms_build(rng, year):
    if year <= 2017:
        return "15.1.%d" % rng.randint(500 if year == 2016 else 800, 799 if year == 2016 else 1400)
    lo, hi = {2018: (1000, 1500), 2019: (1500, 2500), 2020: (2500, 3700), 2021: (3700, 4800), 2022: (4800, 5900),
              2023: (5900, 7100), 2024: (7100, 8300), 2025: (8300, 9400), 2026: (9400, 9900)}[year]
    return "15.20.%d" % rng.randint(lo, hi)


def microsoft(tr, frm, consumer=False, onmicrosoft=None, sign_custom=True):
    """Exchange Online (Microsoft 365 or Outlook.com)."""
    rng = tr.rng
    srv, (rp, RC) = _ms_ids(rng)
    fqdn = "%s.%s%02d.prod.outlook.com" % (srv, rp, rng.randint(1, 8))
    edge_region = {"EUR": ["EUR05-DB8", "EUR02-AM0", "EUR03-VI1", "EUR04-HE1", "EUR01-DB5"],
                   "NAM": ["NAM12-BN8", "NAM10-DM6", "NAM11-CO1", "NAM04-SN1"],
                   "APC": ["APC01-SG2", "APC01-PSA"], "JPN": ["JPN01-TYC", "JPN01-OS0"],
                   "AUS": ["AUS01-SY4", "AUS01-ME3"], "GBR": ["GBR01-LO2", "GBR01-CWL"],
                   "IND": ["IND01-MAX", "IND01-BMX"]}[RC]
    er = rng.choice(edge_region)
    outer = "%s-obe.outbound.protection.outlook.com" % er
    rdns = "mail-%s%s%02don%04d.outbound.protection.outlook.com" % (
        er.split("-")[1].lower(), RC.lower(), rng.randint(1, 5), rng.randint(2000, 2199))
    ip6 = tr.ips.v6(rdns)
    tr.last_host = (outer, rdns, ip6)
    fd = frm.split("@")[1]
    tr.env_from = frm
    t0 = tr.t(3)
    build = ms_build(rng, tr.arrival.year)
    tr.hops.append("Received: from %s (2001:db8:%x:%x::%x) by\r\n %s with Microsoft SMTP Server (version=TLS1_2,\r\n "
                   "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s.%d; %s" % (
                       fqdn, rng.randint(1, 0xffff), rng.randint(1, 0xfff), rng.randint(1, 0xff),
                       "%sPR%02dMB%04d.%s%02d.prod.outlook.com" % (srv[:3], rng.randint(1, 9), rng.randint(1000, 9999), rp, rng.randint(1, 8)),
                       build, rng.randint(10, 60), rfc2822_date(t0)))
    tr.hops.append("Received: from %s\r\n ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id %s.%03d; %s" % (
        fqdn, rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), fqdn,
        rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(3, 9),
        build.replace("15.1.", "15.01.").replace("15.20.", "15.20."), rng.randint(1, 60), rfc2822_date(tr.t(4))))
    tr.srv = srv
    tr.fqdn = fqdn
    hl = ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"]
    signing = []
    if consumer:
        tr.sign(fd, "selector1", "microsoft", hl, secs=3)
        signing.append((fd, "pass"))
    else:
        if sign_custom:
            tr.sign(fd, "selector1", "microsoft", hl, secs=3)
            signing.append((fd, "pass"))
        else:
            om = onmicrosoft or (fd.split(".")[0].replace("-", "") + ".onmicrosoft.com")
            tr.sign(om, "selector1-" + om.replace(".", "-"), "microsoft", hl, secs=3)
            signing.append((om, "pass"))
    arc_b = rand_b64(rng, 60)
    tr.sigs.insert(0, "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + arc_b + "\r\n " + rand_b64(rng, 76) + "==")
    tr.sigs.insert(1, "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=" + rand_b64(rng, 43) + "=;\r\n b=" + rand_b64(rng, 76) + "\r\n " + rand_b64(rng, 60) + "==")
    tr.sigs.insert(2, "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none" % (fd, fd, signing[0][0]))
    tr.spf = ("pass", frm, ip6)
    _dmarc(tr, frm, signing, fd, "pass")
    tr.bottom += [
        "X-MS-Exchange-Organization-Network-Message-Id: " + rand_uuid_like(rng),
        "X-MS-PublicTrafficType: Email",
        "X-MS-TrafficTypeDiagnostic: %s:EE_|%sPR%02dMB%04d:EE_" % (srv, srv[:3], rng.randint(1, 9), rng.randint(1000, 9999)),
        "X-MS-Office365-Filtering-Correlation-Id: " + rand_uuid_like(rng),
        "X-MS-Exchange-SenderADCheck: 1",
        "X-MS-Exchange-AntiSpam-Relay: 0",
        "X-Microsoft-Antispam: BCL:0;ARA:13230031|1800799015|366007|376005;",
        "X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s" % tr.t(4).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rng.randint(0, 9999),
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted",
        "X-MS-Exchange-CrossTenant-Id: " + rand_uuid_like(rng),
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % srv,
    ]


def rand_uuid_like(rng):
    h = rand_hex(rng, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def exchange_onprem(tr, frm, sign=True, gw_host=None):
    rng = tr.rng
    d = frm.split("@")[1]
    gw = gw_host or rng.choice(["mail", "mx01", "smtp", "gw", "relay"]) + "." + d
    ip = tr.ips.v4(gw)
    tr.last_host = (gw, gw, ip)
    tr.env_from = frm
    ex1 = "%s.corp.%s" % (rng.choice(["EXCH01", "EX2016-01", "MBX02", "EXSRV1", "SRV-EX19"]), d)
    ex2 = "%s.corp.%s" % (rng.choice(["EXCH02", "EX2016-02", "MBX01", "EXSRV2", "SRV-EX20"]), d)
    ver = {2016: "15.0.1178.4", 2017: "15.1.1034.26", 2018: "15.1.1531.3", 2019: "15.1.1779.2", 2020: "15.1.2044.4",
           2021: rng.choice(["15.1.2176.2", "15.2.858.5"]), 2022: rng.choice(["15.1.2507.6", "15.2.1118.7"]),
           2023: "15.2.1258.12", 2024: "15.2.1544.4", 2025: "15.2.1544.14", 2026: "15.2.1748.10"}[tr.arrival.year]
    tr.hops.append("Received: from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
        ex1, tr.ips.v4(ex1), ex2, tr.ips.v4(ex2), ver, rfc2822_date(tr.t(3), tr.tz)))
    tr.hops.append("Received: from %s ([fe80::%x:%x:%x:%x]) by\r\n %s ([fe80::%x:%x:%x:%x%%%d]) with mapi id\r\n %s; %s" % (
        ex1, rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), ex1,
        rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(10, 20),
        ".".join("%02d" % int(x) if i == 1 else ("%03d" % int(x) if i == 3 else x) for i, x in enumerate(ver.split("."))),
        rfc2822_date(tr.t(4), tr.tz)))
    tr.fqdn = ex1
    sigs = []
    if sign:
        tr.sign(d, rng.choice(["default", "dkim", "mail", "s1", "k1", "exch"]), "opendkim",
                ["From", "To", "Subject", "Date", "Message-ID", "Content-Type", "MIME-Version"])
        sigs.append((d, "pass"))
    tr.spf = ("pass", frm, ip)
    _dmarc(tr, frm, sigs, d, "pass")
    tr.srv = ex1.split(".")[0]


def icloud(tr, frm):
    rng = tr.rng
    d = frm.split("@")[1]
    n = rng.randint(10000000, 19999999)
    host = "st43p00im-ztdg%d.me.com" % n if rng.random() < .5 else "ms11p00im-qufo%d.me.com" % n
    ip = tr.ips.v4(host)
    tr.last_host = (host, host, ip)
    tr.env_from = frm
    tr.hops.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
        tr.ips.v4("applevip"), host, rand_hex(rng, 10, True), rfc2822_date(tr.t(2), None, "utc").replace(" (UTC)", " (UTC)")))
    sel = "1a1hai"
    tr.sign(d if d in ("icloud.com", "me.com", "mac.com") else d, sel if d in ("icloud.com", "me.com", "mac.com") else "sig1",
            "opendkim", ["Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To", "From"])
    tr.spf = ("pass", frm, ip)
    _dmarc(tr, frm, [(d, "pass")], d, "pass")


def yahoo(tr, frm):
    rng = tr.rng
    d = frm.split("@")[1]
    dc = rng.choice(["ne1", "bf2", "gq1", "ir2", "sg3"])
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 40), dc)
    ip = tr.ips.v4(host)
    tr.last_host = (host, host, ip)
    tr.env_from = frm
    tr.hops.append("Received: from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s" % (
        dc, host, rfc2822_date(tr.t(1), None).replace("+0000", "+0000")))
    tr.sign(d, "s2048" if d != "yahoo.co.jp" else "yj20110701", "yahoo",
            ["Date", "From", "To", "Subject", "References", "From", "Subject", "Reply-To"], secs=1)
    tr.mid_headers.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=;\r\n h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (
        int((tr.t(1) - dt.datetime(1970, 1, 1)).total_seconds()), rand_b64(rng, 43), rand_b64(rng, 120)))
    tr.mid_headers.append("X-YMail-OSG: " + rand_b64(rng, 60).replace("/", "_").replace("+", ".") + "\r\n " + rand_b64(rng, 70).replace("/", "_").replace("+", "."))
    tr.mid_headers.append("X-Sonic-MF: <%s>" % frm)
    tr.mid_headers.append("X-Sonic-ID: " + rand_uuid_like(rng))
    tr.spf = ("pass", frm, ip)
    _dmarc(tr, frm, [(d, "pass")], d, "pass")


FREEMAIL_HOSTS = {
    "gmx.de": ("mout.gmx.net", "mail.gmx.net", "s1089575", "gmx"), "gmx.at": ("mout.gmx.net", "mail.gmx.net", "s1089575", "gmx"),
    "web.de": ("mout.web.de", "mail.web.de", "s29768273", "gmx"), "t-online.de": ("mailout%d.t-online.de", "fwd%d.aul.t-online.de", None, "tonline"),
    "mail.ru": ("smtp%d.i.mail.ru", "smtp%d.i.mail.ru", "mail4", "mailru"), "bk.ru": ("smtp%d.i.mail.ru", "smtp%d.i.mail.ru", "mail4", "mailru"),
    "yandex.ru": ("forward%da.mail.yandex.net", "mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net", "mail", "yandex"),
    "yandex.com.tr": ("forward%db.mail.yandex.net", "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net", "mail", "yandex"),
    "rambler.ru": ("mxout%d.rambler.ru", "mxout%d.rambler.ru", "mail", "generic"),
    "seznam.cz": ("mxf%d.seznam.cz", "email.seznam.cz", "szn20221014", "generic"), "email.cz": ("mxf%d.seznam.cz", "email.seznam.cz", "szn20221014", "generic"),
    "centrum.cz": ("mail%d.centrum.cz", "mail%d.centrum.cz", "mail", "generic"),
    "orange.fr": ("smtp-%d.smtp.orange.fr", "smtp.orange.fr", "t20230301", "generic"), "laposte.net": ("smtp%d.laposte.net", "smtp.laposte.net", "lpn-wlmd", "generic"),
    "free.fr": ("smtp%d-g21.free.fr", "smtp.free.fr", "smtp-20201208", "generic"),
    "libero.it": ("smtp-%d.iol.local", "libero.it", "s2021", "generic"), "virgilio.it": ("smtp-%d.iol.local", "virgilio.it", "s2021", "generic"),
    "sapo.pt": ("relay%d.ptmail.sapo.pt", "sapo.pt", "s1", "generic"), "ziggo.nl": ("smtpq%d.tb.ziggo.nl", "ziggo.nl", "20220112", "generic"),
    "kpnmail.nl": ("ewsoutbound.kpnmail.nl", "kpnmail.nl", "kpnmail01", "generic"),
    "wp.pl": ("mx%d.wp.pl", "wp.pl", "1024a", "generic"), "o2.pl": ("mx%d.o2.pl", "o2.pl", "20230712", "generic"),
    "onet.pl": ("smtpo%d.poczta.onet.pl", "onet.pl", "2011", "generic"), "interia.pl": ("smtpo%d.poczta.interia.pl", "interia.pl", "biztos", "generic"),
    "otenet.gr": ("mailout%d.otenet.gr", "otenet.gr", "dkim", "generic"), "walla.co.il": ("out%d.walla.co.il", "walla.co.il", "walla", "generic"),
    "qq.com": ("out%d.mail.qq.com", "smtp.qq.com", "s201512", "generic"), "163.com": ("m%d.mail.163.com", "smtp.163.com", "s110527", "generic"),
    "126.com": ("m%d.mail.126.com", "smtp.126.com", "s110527", "generic"), "sina.com": ("mail%d.sinamail.sina.com.cn", "smtp.sina.com", "201208", "generic"),
    "naver.com": ("cvsmtppost%d.nm.naver.com", "smtp.naver.com", "s20171208", "generic"), "daum.net": ("mail%d.daum.net", "smtp.daum.net", "s1", "generic"),
    "hanmail.net": ("mail%d.daum.net", "smtp.daum.net", "s1", "generic"), "docomo.ne.jp": ("mail%d.docomo.ne.jp", "docomo.ne.jp", "docomo", "generic"),
    "rediffmail.com": ("rediffmail%d.rediffmail.com", "rediffmail.com", "rediffmail", "generic"),
    "yahoo.co.in": ("sonic%d.consmr.mail.sg3.yahoo.com", "yahoo", "s2048", "generic"), "yahoo.co.th": ("sonic%d.consmr.mail.sg3.yahoo.com", "yahoo", "s2048", "generic"),
    "yahoo.gr": ("sonic%d.consmr.mail.ir2.yahoo.com", "yahoo", "s2048", "generic"),
}


def freemail_smtp(tr, frm):
    """SMTP submission by a desktop client to a national free-mail provider."""
    rng = tr.rng
    d = frm.split("@")[1]
    out, sub, sel, kind = FREEMAIL_HOSTS.get(d, ("smtp%d." + d, "smtp." + d, "default", "generic"))
    out = out % rng.randint(1, 90) if "%d" in out else out
    sub = sub % rng.randint(1, 90) if "%d" in sub else sub
    ip = tr.ips.v4(out)
    tr.last_host = (out, out, ip)
    tr.env_from = frm
    cip = tr.ips.v4("client" + frm)
    if kind == "gmx":
        tr.hops.append("Received: from [%s] ([%s]) by %s (mrgmx%03d\r\n [%s]) with ESMTPSA (Nemesis) id 1M%s; %s" % (
            cip, cip, sub, rng.randint(100, 130), tr.ips.v4(sub), rand_token(rng, 15), rfc2822_date(tr.t(2), tr.tz)))
    else:
        tr.hops.append("Received: from [%s] (unknown [%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            cip, cip, sub, rand_token(rng, 10), tr.rcpt, rfc2822_date(tr.t(2), tr.tz)))
    sigs = []
    if sel:
        tr.sign(d, sel, "opendkim", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
        sigs.append((d, "pass"))
    tr.spf = ("pass", frm, ip)
    _dmarc(tr, frm, sigs, d, "pass")


def selfhosted(tr, frm, mta_host=None, sign=True, selector=None, env=None, spf_res="pass", software="postfix"):
    """Organisation's own mail server (Postfix/Exim), authenticated submission."""
    rng = tr.rng
    d = frm.split("@")[1]
    host = mta_host or rng.choice(["mail", "smtp", "mx", "mail1", "out"]) + "." + org_domain(d)
    ip = tr.ips.v4(host)
    tr.last_host = (host, host, ip)
    tr.env_from = env or frm
    cip = tr.ips.v4("client" + frm)
    if software == "exim":
        tr.hops.append("Received: from [%s] (helo=[%s])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <%s>)\r\n\tid 1r%s-%s-%s\r\n\tfor %s;\r\n\t%s" % (
            cip, cip, host, tr.env_from, rand_token(rng, 4), rand_token(rng, 6), rand_token(rng, 2), tr.rcpt, rfc2822_date(tr.t(2), tr.tz)))
    elif software == "local":
        tr.hops.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            host, rand_hex(rng, 10, True), tr.rcpt, rfc2822_date(tr.t(2), tr.tz)))
    else:
        tr.hops.append("Received: from [%s] (%s.dyn.example-isp.net [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            cip, rand_hex(rng, 8), cip, tr.env_from.split("@")[0] if rng.random() < .5 else tr.env_from, host,
            rand_token(rng, 12, "BCDFGHJKLMNPQRSTVWXYZ0123456789bcdfghjklmnpqrstvwxyz"), tr.rcpt, rfc2822_date(tr.t(2), tr.tz)))
    sigs = []
    if sign:
        sel = selector or rng.choice(["mail", "default", "dkim", "202301", "s1", "selector1", "mx", "x"])
        tr.sign(d, sel, "opendkim")
        sigs.append((d, "pass"))
    ed = tr.env_from.split("@")[1]
    tr.spf = (spf_res, tr.env_from, ip)
    _dmarc(tr, frm, sigs, ed, spf_res)


ESP = {
    "ses": ("a%d-%d.smtp-out.amazonses.com", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono"),
    "sendgrid": ("o%d.ptr%d.%s", "sendgrid.info", "smtpapi"),
    "mailgun": ("m%d-%d.mailgun.net", "mailgun.org", "mx"),
    "postmark": ("mta%d.pm.mtasv.net", "pm.mtasv.net", "pm"),
    "sparkpost": ("mta-%d-%d.sparkpostmail.com", "sparkpostmail.com", "scph0123"),
    "mandrill": ("mail%d-%d.mandrillapp.com", "mandrillapp.com", "mte1"),
}


def esp(tr, frm, kind=None, sign_from=True, env_domain=None, extra_headers=True):
    """Bulk / transactional e-mail service sending for a brand."""
    rng = tr.rng
    kind = kind or rng.choice(list(ESP))
    d = frm.split("@")[1]
    pat, espd, esel = ESP[kind]
    if kind == "sendgrid":
        em = rng.randint(100, 9999)
        host = pat % (rng.randint(1, 9), rng.randint(1000, 40000), "em%d.%s" % (em, org_domain(d)))
        env = "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 39999999), rand_hex(rng, 4), tr.rcpt.split("@")[0],
                                                 tr.rcpt.split("@")[1], em, org_domain(d))
    elif kind == "ses":
        host = pat % (rng.randint(8, 9), rng.randint(1, 99))
        env = "0100%s-%s-%s-%s-%s-000000@%s" % (rand_hex(rng, 12), rand_hex(rng, 8), rand_hex(rng, 4), rand_hex(rng, 4),
                                                rand_hex(rng, 4), env_domain or "amazonses.com")
    elif kind == "mailgun":
        host = pat % (rng.randint(200, 240), rng.randint(1, 9))
        env = "bounce+%s.%s-%s=%s@mg.%s" % (rand_hex(rng, 6), rand_hex(rng, 6), tr.rcpt.split("@")[0],
                                            tr.rcpt.split("@")[1], org_domain(d))
    elif kind == "postmark":
        host = pat % rng.randint(1, 60)
        env = "pm_bounces@pm-bounces.%s" % org_domain(d)
    elif kind == "sparkpost":
        host = pat % (rng.randint(1, 200), rng.randint(1, 200))
        env = "msprvs1=%s=bounces-%d@spmailtechn.com" % (rand_token(rng, 14), rng.randint(100000, 999999))
    else:
        host = pat % (rng.randint(1, 300), rng.randint(1, 300))
        env = "bounce-md_%d.%s.v1-%s@mandrillapp.com" % (rng.randint(10000000, 39999999), rand_hex(rng, 8), rand_hex(rng, 32))
    ip = tr.ips.v4(host)
    tr.last_host = (host, host, ip)
    tr.env_from = env
    if kind in ("sendgrid", "mailgun", "postmark", "sparkpost", "mandrill"):
        tr.hops.append("Received: by %s with SMTP id %s\r\n\tfor <%s>; %s" % (
            host, rand_token(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), tr.rcpt,
            rfc2822_date(tr.t(2), None)))
    sigs = []
    if sign_from:
        tr.sign(org_domain(d), {"sendgrid": "s1", "ses": rand_token(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), "mailgun": rng.choice(["krs", "mx", "smtp"]),
                                "postmark": "%s" % tr.arrival.strftime("%Y%m%d") + "pm", "sparkpost": "scph%02d%02d" % (tr.arrival.month, tr.arrival.year % 100),
                                "mandrill": "mandrill"}[kind], "opendkim")
        sigs.append((org_domain(d), "pass"))
    tr.sign(espd, esel, "opendkim", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Feedback-ID"])
    sigs.append((espd, "pass"))
    tr.spf = ("pass", env, ip)
    _dmarc(tr, frm, sigs, env.split("@")[1], "pass")
    if kind == "ses":
        tr.bottom.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rand_b64(rng, 44))
        tr.bottom.append("X-SES-Outgoing: %s-%s" % (tr.arrival.strftime("%Y.%m.%d"), ip))
    elif kind == "sendgrid":
        tr.bottom.append("X-SG-EID: \r\n =?us-ascii?Q?%s?=" % rand_b64(rng, 60).replace("=", "=3D"))
        tr.bottom.append("X-Entity-ID: " + rand_b64(rng, 22))
    elif kind == "mailgun":
        tr.bottom.append("X-Mailgun-Sending-Ip: " + ip)
        tr.bottom.append("X-Mailgun-Sid: " + rand_b64(rng, 40))
    elif kind == "mandrill":
        tr.bottom.append("X-Mandrill-User: md_%d" % rng.randint(10000000, 39999999))
    elif kind == "postmark":
        tr.bottom.append("X-PM-Message-Id: " + rand_uuid_like(rng))


def vps_spoof(tr, frm, env=None, helo=None, spf_res=None):
    """Direct-to-MX from a rented server or hijacked host; no signature for the From domain."""
    rng = tr.rng
    helo = helo or rng.choice([
        "vmi%d.contaboserver.example" % rng.randint(100000, 999999), "WIN-%s" % rand_token(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "localhost", "srv%d.cloudhost.example" % rng.randint(1000, 99999), "mail.%s" % frm.split("@")[1],
        "ubuntu-s-1vcpu-1gb-%s-01" % rng.choice(["fra1", "ams3", "nyc1", "sgp1"]), "[%s]" % tr.ips.v4("vps" + frm)])
    ip = tr.ips.v4("vps" + frm)
    rdns = "unknown" if rng.random() < .5 else "%s.static.hostingprov.example" % ip.replace(".", "-")
    tr.last_host = (helo, rdns, ip)
    tr.env_from = env or frm
    ed = tr.env_from.split("@")[1] if tr.env_from else frm.split("@")[1]
    if spf_res is None:
        pol = dmarc_policy(ed)
        spf_res = "fail" if pol and "REJECT" in pol else rng.choice(["softfail", "softfail", "none", "neutral", "fail"])
    tr.spf = (spf_res, tr.env_from or ("postmaster@" + helo), ip)
    _dmarc(tr, frm, [], ed, spf_res)


def list_relay(tr, frm_header, list_domain, kind, list_addr):
    """A mailing list re-sends the message: it is now the connecting host.  Must be called after the
    original platform recipe filled the trace; turns the original DKIM results into failures."""
    rng = tr.rng
    orig_last = tr.last_host
    if kind == "googlegroups":
        host = "mail-%s-f%d.google.com" % (rng.choice(["qv1", "yw1", "oo1", "pf1"]), rng.randint(55, 199))
    else:
        host = rng.choice(["lists", "mail", "mailman", "sympa", "listserv"]) + "." + org_domain(list_domain)
    ip = tr.ips.v4(host)
    tr.hops.insert(0, "Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        orig_last[0], orig_last[1], orig_last[2], host if kind != "googlegroups" else "gmr-mx.google.com",
        queue_id(rng), list_addr, rfc2822_date(tr.t(20), None)))
    if kind == "googlegroups":
        tr.hops.insert(0, "Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (
            host, rand_token(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), tr.rcpt, rfc2822_date(tr.t(3), None)))
    tr.last_host = (host, host, ip)
    newres = []
    for res, d, s, bp, note in tr.dkim_results:
        newres.append(("fail", d, s, bp, "signature verification failed") if res == "pass" else (res, d, s, bp, note))
    tr.dkim_results = newres
    if kind == "googlegroups":
        tr.env_from = "%s+bnc%s@googlegroups.com" % (list_addr.split("@")[0], rand_token(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        tr.sigs.insert(0, dkim_sig(rng, "googlegroups.com", "20230601", int((tr.t(3) - dt.datetime(1970, 1, 1)).total_seconds()),
                                   ["sender", "list-unsubscribe", "list-archive", "list-help", "list-post", "list-id",
                                    "mailing-list", "precedence", "x-original-sender", "mime-version", "subject",
                                    "message-id", "to", "from", "date"], "google", "nox")[0])
        tr.dkim_results.append(("pass", "googlegroups.com", "20230601", rand_b64(rng, 8), None))
    else:
        tr.env_from = "%s-bounces@%s" % (list_addr.split("@")[0], list_domain)
    tr.spf = ("pass", tr.env_from, ip)
    hf = frm_header.split("@")[1]
    pol = dmarc_policy(hf)
    ok = any(r == "pass" and aligned(d, hf) for r, d, s, b, n in tr.dkim_results) or aligned(tr.env_from.split("@")[1], hf)
    tr.dmarc = ("none", None, hf) if pol is None else (("pass" if ok else "fail"), pol, hf)


def zoom_service(tr, frm):
    """Zoom's own notification mail (registration confirmations, meeting invitations)."""
    rng = tr.rng
    host = "mailout-%s-%d.zoom.us" % (rng.choice(["iad", "sjc", "ams", "fra", "syd"]), rng.randint(1, 40))
    ip = tr.ips.v4(host)
    tr.last_host = (host, host, ip)
    tr.env_from = "bounces+%d-%s=%s@em.zoom.us" % (rng.randint(10 ** 6, 10 ** 7), rand_hex(rng, 4), tr.rcpt.replace("@", "="))
    tr.hops.append("Received: by %s with SMTP id %s\r\n\tfor <%s>; %s" % (
        host, rand_token(rng, 22), tr.rcpt, rfc2822_date(tr.t(2), None)))
    tr.sign("zoom.us", rng.choice(["zm1", "s1"]), "opendkim")
    tr.sign("sendgrid.info", "smtpapi", "opendkim")
    tr.spf = ("pass", tr.env_from, ip)
    _dmarc(tr, frm, [("zoom.us", "pass")], "em.zoom.us", "pass")
