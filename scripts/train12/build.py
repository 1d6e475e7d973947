"""Message-spec builder: senders, recipients, events, transport trace, list wrapping."""
import datetime as dt

from common import (CRLF, Part, leaf, to_local, to_utc, rfc2822, utc_offset, hdr_word, addr, serialize,
                    LEGACY_CS, can_encode)
from people import (person, local_part, org, RCPT_DOMAINS, ZONES, TLDS, LANG_TAG)
import clients

FREEMAIL = {"gmail": ["gmail.com"] * 9 + ["googlemail.com"], "outlookcom": ["outlook.com", "hotmail.com", "outlook.de", "hotmail.fr", "live.com"],
            "icloud": ["icloud.com"] * 4 + ["me.com"], "yahoo": ["yahoo.com", "yahoo.co.uk", "yahoo.fr", "ymail.com", "yahoo.co.jp"]}

CLIENT_KINDS = {
    "google": ["gmail", "gmail", "workspace"],
    "gmail": ["gmail"],
    "exchange": ["m365", "m365", "m365", "outlookcom"],
    "outlook": ["selfhosted", "hosting", "gmail-smtp"],
    "icloud": ["icloud"],
    "applemail": ["icloud-smtp", "selfhosted", "hosting"],
    "thunderbird": ["selfhosted", "hosting", "gmail-smtp"],
    "zoom": ["zoom"],
    "nextcloud": ["selfhosted", "hosting"],
    "zimbra": ["selfhosted", "hosting"],
    "yahoo": ["yahoo"],
    "sogo": ["selfhosted"],
    "custom": ["esp", "selfhosted", "hosting"],
}

HOSTERS = ["hostpoint-mail.example", "smtp.webhost24.example", "mx.ovh-like.example", "mail.kundenserver.example",
           "relay.shared-hosting.example", "smtp.hostinger-like.example", "out.cpanel-host.example"]
VPS = ["vps-%d.contabo-like.example", "srv%d.hetzner-cloud.example", "ip-%d.ovh-vps.example", "vultr-guest-%d.example",
       "static-%d.cloud-vm.example", "host%d.bulletproof-net.example", "ec2-%d.compute.example"]


class Builder:
    def __init__(self, rng):
        self.rng = rng

    # ---------------- time
    def arrival(self, y0=2016.0, y1=2026.9):
        r = self.rng
        start = dt.datetime(2016, 1, 4)
        lo = (y0 - 2016.0) * 365.25
        hi = min((y1 - 2016.0) * 365.25, (dt.datetime(2026, 11, 28) - start).days)
        d = start + dt.timedelta(days=r.uniform(lo, hi))
        # office-hour-ish in UTC with some spread
        return d.replace(hour=r.choice([1, 3, 6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16, 17, 19, 21, 23]),
                         minute=r.randint(0, 59), second=r.randint(0, 59), microsecond=0)

    # ---------------- people
    def recipient(self, lang, domain=None):
        r = self.rng
        disp, fl, ll = person(r, lang)
        dom = domain or r.choice(RCPT_DOMAINS[lang] + (RCPT_DOMAINS["en"][:4] if r.random() < 0.15 else []))
        a = "%s@%s" % (local_part(r, fl, ll, r.choice(["f.l", "f", "fl_init", "f.l"])), dom)
        return {"name": disp, "addr": a, "first": disp.split()[0] if lang not in ("zh", "zh-tw", "ja", "ko") else disp, "lang": lang}

    def sender(self, kind, lang, name=None, localpart=None, domain=None, orgname=None, tag=None):
        """Build a sender profile. kind decides the infrastructure and auth results."""
        r = self.rng
        disp, fl, ll = person(r, lang)
        name = disp if name is None else name
        s = {"kind": kind, "name": name, "lang": lang, "tag": tag}
        if kind in ("gmail", "gmail-smtp"):
            domain = domain or r.choice(FREEMAIL["gmail"])
        elif kind == "outlookcom":
            domain = domain or r.choice(FREEMAIL["outlookcom"])
        elif kind in ("icloud", "icloud-smtp"):
            domain = domain or r.choice(FREEMAIL["icloud"])
        elif kind == "yahoo":
            domain = domain or r.choice(FREEMAIL["yahoo"])
        elif kind == "zoom":
            domain = "zoom.us"
        if domain is None:
            on, domain = org(r, lang)
            s["org"] = orgname or on
        else:
            s["org"] = orgname
        lp = localpart or local_part(r, fl, ll)
        if kind in ("gmail", "gmail-smtp", "yahoo", "outlookcom", "icloud", "icloud-smtp") and localpart is None:
            lp = local_part(r, fl, ll, r.choice(["f.l", "fl", "fdigits", "fdigits", "f_l"]))
        s["addr"] = "%s@%s" % (lp, domain)
        s["domain"] = domain
        return s

    # ---------------- spec / events
    def spec(self, label, cat, desc, lang, client, snd, rcpt, arrival=None, **kw):
        r = self.rng
        arr = arrival or self.arrival()
        sent = arr - dt.timedelta(seconds=r.randint(2, 90))
        sp = {"label": label, "cat": cat, "desc": desc, "lang": lang, "client": client, "snd": snd,
              "rcpt": rcpt["addr"], "rcpt_info": rcpt, "arrival": arr, "sent": sent,
              "frm": (snd["name"], snd["addr"]), "to": [(rcpt["name"] if r.random() < 0.6 else "", rcpt["addr"])],
              "method": "REQUEST", "events": [], "quirks": set(), "cs": "utf-8"}
        # header charset: UTF-8 mostly, legacy sometimes
        if lang != "en" and LEGACY_CS.get(lang) and r.random() < 0.5:
            pref = {"ja": ["iso-2022-jp", "iso-2022-jp", "shift_jis"], "ru": ["koi8-r", "windows-1251", "windows-1251"],
                    "ko": ["euc-kr", "ks_c_5601-1987"], "zh": ["gb2312", "gb2312", "gbk", "gb18030"]}.get(lang, LEGACY_CS[lang])
            sp["cs"] = r.choice(pref)
            sp["hcs"] = {"iso-8859-8-i": "windows-1255"}.get(sp["cs"], sp["cs"])
        elif lang == "en" and r.random() < 0.1:
            sp["cs"] = r.choice(["iso-8859-1", "windows-1252", "us-ascii"])
        sp["hmode"] = r.choice(["B", "B", "Q"]) if lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "tr") else "B"
        zone = r.choice(ZONES[lang])
        sp["zone"] = zone
        sp["tzoff"] = utc_offset(zone, to_local(zone, sent))
        sp.update(kw)
        return sp

    def uid(self, sp):
        r = self.rng
        c = sp["client"]
        if c == "google":
            return r.lower(26) + "@google.com"
        if c in ("exchange", "outlook"):
            return clients.olk_uid(r)
        if c in ("icloud", "applemail"):
            return r.uuid().upper()
        if c == "zoom":
            return "ZOOM" + sp.setdefault("zoom_id", r.digits(11))
        if c == "sogo":
            return "%s-%s-1-%s" % (r.HEX(3), r.HEX(8), r.HEX(8))
        if c == "yahoo":
            return "y%s" % r.hex(24)
        if c == "custom":
            st = sp.get("custom", {}).get("uidstyle", "uuid@")
            dom = sp["frm"][1].split("@")[1]
            if st == "uuid@":
                return "%s@%s" % (r.uuid(), dom)
            if st == "hex":
                return r.hex(32)
            if st == "num":
                return "%d-%s@%s" % (int(sp["sent"].timestamp()), r.digits(5), dom)
            if st == "uuid":
                return r.uuid()
            if st == "UUID":
                return r.uuid().upper()
            return "%s%s" % (st, r.digits(8))
        return r.uuid()

    def event(self, sp, summary, desc="", loc="", days=(1, 14), hour=(9, 17), minute=None, dur=60,
              allday=False, tz=None, rrule=None, alarms=None, organizer=None, attendees=None,
              others=0, other_lang=None, rsvp=True, start=None, **kw):
        r = self.rng
        tz = tz or sp["zone"]
        if start is None:
            base = to_local(tz, sp["sent"]).replace(second=0, microsecond=0)
            d = base + dt.timedelta(days=r.randint(*days) if isinstance(days, tuple) else days)
            h = r.randint(*hour) if isinstance(hour, tuple) else hour
            m = r.choice([0, 0, 0, 30, 30, 15, 45]) if minute is None else minute
            start = d.replace(hour=h, minute=m)
            if not allday and start.weekday() >= 5 and sp["label"] == "ham" and kw.pop("workday", True):
                start += dt.timedelta(days=7 - start.weekday())
        else:
            kw.pop("workday", None)
        kw.pop("workday", None)
        if allday:
            start = start.replace(hour=0, minute=0)
            end = start + dt.timedelta(days=dur if dur < 30 else 1)
        else:
            end = start + dt.timedelta(minutes=dur)
        org_ = organizer or sp["frm"]
        ri = sp["rcpt_info"]
        att = []
        if attendees is None:
            att.append((org_[0], org_[1], "ACCEPTED", "REQ-PARTICIPANT", True))
            att.append((ri["name"] if r.random() < 0.5 else "", ri["addr"], "NEEDS-ACTION", "REQ-PARTICIPANT", rsvp))
            dom = ri["addr"].split("@")[1]
            for i in range(others):
                dn, fl, ll = person(r, other_lang or sp["lang"])
                a = "%s@%s" % (local_part(r, fl, ll, r.choice(["f.l", "f", "fl_init"])), dom if r.random() < 0.7 else r.choice(RCPT_DOMAINS["en"]))
                if any(a == x[1] for x in att):
                    continue
                att.append((dn if r.random() < 0.5 else "", a, "NEEDS-ACTION", "REQ-PARTICIPANT", True))
        else:
            att = attendees
        ev = {"summary": summary, "desc": desc, "loc": loc, "start": start, "end": end, "tz": tz, "allday": allday,
              "rrule": rrule, "alarms": alarms or [], "organizer": org_, "attendees": att}
        ev.update(kw)
        ev["uid"] = kw.get("uid") or self.uid(sp)
        sp["events"].append(ev)
        return ev


# ---------------------------------------------------------------------------
# transport trace and authentication

def _qid(r):
    return r.HEX(r.choice([10, 11, 12]))


def dkim_sig(r, d, s, t, hdrs, b_len=256, darn=None):
    h = ":".join(hdrs)
    v = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (d, s)
    lines = ["DKIM-Signature: " + v, "\tt=%d;%s h=%s;" % (t, " x=%d;" % (t + 604800) if "google" in d else "", h)]
    if darn:
        lines[1] = "\tt=%d; x=%d; darn=%s;" % (t, t + 604800, darn)
        lines.append("\th=%s;" % h)
    lines.append("\tbh=%s;" % r.b64(32))
    sig = r.b64(b_len)
    lines.append("\tb=" + sig[:70])
    for i in range(70, len(sig), 76):
        lines.append("\t " + sig[i:i + 76])
    return CRLF.join(lines)


def auth_results(dkims, spf, dmarc, arc=None):
    """dkims: [(result, d, s, b)], spf: (result, ip, mailfrom, helo), dmarc: (result, p, from_domain)"""
    parts = []
    for res, d, s, b in dkims:
        if res == "none":
            parts.append("dkim=none")
        elif res == "fail":
            parts.append('dkim=fail reason="signature verification failed" (2048-bit key) header.d=%s header.s=%s header.b=%s' % (d, s, b))
        else:
            parts.append("dkim=pass (2048-bit key) header.d=%s header.s=%s header.b=%s" % (d, s, b))
    sres, ip, mf, helo = spf
    mfd = mf.split("@")[1]
    if sres == "pass":
        parts.append("spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif sres == "softfail":
        parts.append("spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif sres == "fail":
        parts.append("spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif sres == "neutral":
        parts.append("spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ip, mf, mf))
    else:
        parts.append("spf=none (mx.example.net: domain of %s does not provide an SPF record) smtp.mailfrom=%s" % (mf, mf))
    dres, pol, fd = dmarc
    if dres == "none":
        parts.append("dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % fd)
    else:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dres, pol, pol, "NONE" if dres == "pass" or pol == "NONE" else pol, fd))
    if arc:
        parts.append(arc)
    return "Authentication-Results: mx.example.net;" + CRLF + (";" + CRLF).join("\t" + p for p in parts)


fmt_ar = auth_results


def hdr_names(hs):
    return [h[0].lower() if isinstance(h, tuple) else h.split(":")[0].lower() for h in hs]


def trace(sp, hs, r):
    """Return the list of raw trace header strings to put on top of the client headers."""
    snd = sp["snd"]
    kind = snd["kind"]
    rcpt = sp["rcpt"]
    arr = sp["arrival"]
    sent = sp["sent"]
    t = int(sent.timestamp())
    dom = snd["domain"]
    fromdom = sp["frm"][1].split("@")[1]
    ip = r.ip4()
    year = sent.year
    names = [n for n in hdr_names(hs) if n in ("from", "to", "subject", "date", "message-id", "reply-to", "cc",
                                                   "mime-version", "content-type", "sender", "in-reply-to", "references")]
    if "mime-version" not in names:
        names.append("mime-version")
    names.append("content-type")
    out = []
    dkims = []
    sigs = []
    mid_lines = []
    env = sp["frm"][1]
    helo = rdns = "mail." + dom
    pol_from = sp.get("dmarc_policy") or r.choice(["REJECT", "QUARANTINE", "NONE", "REJECT"])
    dmarc_res = "pass"
    spf_res = "pass"
    gsel = "20230601" if year >= 2023 else ("20210112" if year >= 2021 else "20161025")
    tls = "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)" if year >= 2019 else "(version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128)"

    def D(d, s, res="pass", sign=True):
        b = r.b64(6)[:8]
        dkims.append((res, d, s, b))
        if sign:
            sigs.append(dkim_sig(r, d, s, t, names, darn=rcpt.split("@")[1] if "google" in d or d == "gmail.com" else None))

    if kind in ("gmail", "workspace") and sp["client"] == "google":
        rdns = helo = "mail-sor-f%d.google.com" % r.randint(41, 73)
        env = "%s-%s@calendar-server.bounces.google.com" % ("3" + r.alnum(20), r.alnum(6))
        if kind == "workspace":
            D(fromdom, "google")
        else:
            D("gmail.com", gsel)
        D("google.com", gsel)
        mid_lines.append("Received: by %s with SMTP id %s.%d.%s%s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
            helo, r.lower(12), r.randint(1, 9), r.lower(10), "", rcpt, rfc2822(sent + dt.timedelta(seconds=1), -420 if 3 < sent.month < 11 else -480) + (" (PDT)" if 3 < sent.month < 11 else " (PST)")))
        mid_lines.append("X-Google-Smtp-Source: " + r.b64(60).rstrip("="))
        mid_lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\r\n        %s" % (
            r.hex(4), r.hex(4), r.hex(3), r.hex(5), r.lower(12), r.randint(1, 9), r.randint(10**10, 10**12), rfc2822(sent, -420) + " (PDT)"))
    elif kind == "gmail" or kind == "gmail-smtp":
        rdns = helo = "mail-%s%d-f%d.google.com" % (r.choice(["wm", "wr", "ej", "lf", "pl", "qt", "yb"]), r.randint(1, 2), r.randint(41, 199))
        env = sp["frm"][1]
        D("gmail.com", gsel)
        if sp["client"] != "gmail":
            mid_lines.append("Received: from [192.168.%d.%d] (%s [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s.%d.%d\r\n        for <%s>\r\n        %s;\r\n        %s" % (
                r.randint(0, 3), r.randint(2, 250), "host-" + r.ip4("203.0.113").replace(".", "-") + ".dsl.example", r.ip4("203.0.113"),
                r.lower(12), r.randint(1, 9), r.randint(10**6, 10**9), rcpt, tls, rfc2822(sent, sp["tzoff"])))
        else:
            mid_lines.append("Received: by %s with SMTP id %s.%d.%d\r\n        for <%s>; %s" % (
                helo, r.lower(12), r.randint(1, 9), r.randint(10**8, 10**10), rcpt, rfc2822(sent, -420) + " (PDT)"))
        mid_lines.append("X-Google-Smtp-Source: " + r.b64(60).rstrip("="))
    elif kind in ("m365", "outlookcom"):
        reg = r.choice(["EUR05-AM6", "EUR03-DBA", "EUR02-VI1", "NAM12-BN8", "NAM10-DM6", "NAM11-CO1", "APC01-SG2", "AUS01-SY4"])
        rdns = helo = "mail-%s%son%d%d.outbound.protection.outlook.com" % (reg.split("-")[1].lower(), reg.split("-")[0].lower(), r.randint(2, 5), r.randint(10, 99))
        env = sp["frm"][1]
        if kind == "outlookcom":
            D(fromdom, "selector1")
        else:
            D(fromdom, r.choice(["selector1", "selector2"]))
        mid_lines.append("Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            sp.get("exo_fqdn", "AM0PR01MB1234.eurprd01.prod.outlook.com"), r.ip6(), sp.get("exo_fqdn", "AM0PR01MB1234.eurprd01.prod.outlook.com").replace("MB", "MB1")[:30] + ".prod.outlook.com", r.ip6(),
            r.randint(7000, 8999), r.randint(10, 40), rfc2822(sent)))
        mid_lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + r.b64(252)[:76] + "\r\n " + r.b64(150))
        mid_lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (r.b64(32), r.b64(200)))
        mid_lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none" % (fromdom, fromdom, fromdom))
    elif kind == "icloud" and sp["client"] == "icloud":
        rdns = helo = "%s.me.com" % r.choice(["st43p00im-ztfb10063301", "ms11p00im-qufo17281901", "qs51p00im-qukt01071501", "mr85p00im-ztdg06021801"])
        env = "noreply@email.apple.com"
        D("email.apple.com", "email0517")
        fromdom = "email.apple.com"
    elif kind in ("icloud", "icloud-smtp"):
        rdns = helo = "%s.me.com" % r.choice(["st43p00im-zteg10063501", "ms11p00im-qufo17282001", "qs51p00im-qukt01072101"])
        env = sp["frm"][1]
        D(fromdom, "1a1hai" if year >= 2020 else "04042017")
        mid_lines.append("Received: from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            "host-" + r.ip4("203.0.113").replace(".", "-") + ".cable.example", r.ip4("203.0.113"), helo, _qid(r), rcpt, rfc2822(sent)))
    elif kind == "yahoo":
        rdns = helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(1, 40), r.choice(["ne1", "bf2", "gq1", "ir2"]))
        env = sp["frm"][1]
        D(fromdom, "s2048")
        mid_lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s" % (r.randint(301, 330), rfc2822(sent)))
        mid_lines.append("X-YMail-OSG: " + r.alnum(120, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"))
        mid_lines.append("X-Sonic-MF: <%s>" % sp["frm"][1])
    elif kind == "zoom":
        rdns = helo = "o%d.ptr%d.zoom.us" % (r.randint(1, 9), r.randint(1000, 9999))
        env = "bounces+%d-%s-%s=%s@em.zoom.us" % (r.randint(10**6, 10**8), r.hex(4), rcpt.split("@")[0], rcpt.split("@")[1])
        D("zoom.us", "s1")
        D("sendgrid.info", "smtpapi")
        mid_lines.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n        %s" % (
            r.hex(10), r.lower(5), r.hex(10), r.lower(5), r.HEX(8), r.HEX(2), rfc2822(sent)[:-6] + " +0000 (UTC)"))
        mid_lines.append("X-SG-EID: " + r.b64(90))
    elif kind == "esp":
        esp = snd.get("esp") or r.choice(["ses", "sendgrid", "mailgun", "postmark", "sparkpost"])
        env_dom = "bounce." + fromdom
        if esp == "ses":
            rdns = helo = "a%d-%d.smtp-out.%s.amazonses.com" % (r.randint(8, 48), r.randint(1, 250), r.choice(["us-west-2", "eu-west-1", "us-east-1"]))
            env = "0100%s-%s-%s-%s-%s-000000@%s" % (r.hex(12), r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.choice(["amazonses.com", env_dom]))
            D(fromdom, r.lower(32))
            D("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono" if year < 2022 else "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")
            mid_lines.append("Feedback-ID: 1.%s.%s=:AmazonSES" % (r.choice(["us-east-1", "eu-west-1"]), r.b64(33).rstrip("=")))
            mid_lines.append("X-SES-Outgoing: %s-%s" % (sent.strftime("%Y.%m.%d"), ip))
        elif esp == "sendgrid":
            rdns = helo = "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), fromdom) if r.random() < 0.5 else "wrqvb%s.outbound-mail.sendgrid.net" % r.lower(4)
            env = "bounces+%d-%s-%s=%s@em%d.%s" % (r.randint(10**6, 10**8), r.hex(4), rcpt.split("@")[0], rcpt.split("@")[1], r.randint(100, 9999), fromdom)
            D(fromdom, "s1")
            D("sendgrid.info", "smtpapi")
            mid_lines.append("X-SG-EID: " + r.b64(120))
            mid_lines.append("X-SG-ID: " + r.b64(60))
        elif esp == "mailgun":
            rdns = helo = "m%d-%d.mailgun.net" % (r.randint(200, 250), r.randint(1, 100))
            env = "bounce+%s.%s-%s=%s@mg.%s" % (r.hex(6), r.hex(6), rcpt.split("@")[0], rcpt.split("@")[1], fromdom)
            D("mg." + fromdom if r.random() < 0.3 else fromdom, r.choice(["mx", "krs", "smtp", "pic"]))
            mid_lines.append("X-Mailgun-Sid: " + r.b64(60).rstrip("="))
            mid_lines.append("X-Mailgun-Sending-Ip: " + ip)
        elif esp == "postmark":
            rdns = helo = "sc-ord-mta%d.mtasv.net" % r.randint(100, 130)
            env = "pm_bounces@pm-bounces.%s" % fromdom
            D(fromdom, "%s%s" % (sent.strftime("%Y%m%d"), r.lower(8)))
            D("pm.mtasv.net", "pm")
            mid_lines.append("X-PM-Message-Id: " + r.uuid())
        else:
            rdns = helo = "mta-%d-%d.sparkpostmail.com" % (r.randint(1, 20), r.randint(1, 200))
            env = "msprvs1=%s=bounces-%d@spmailtechn.com" % (r.alnum(12), r.randint(10000, 99999))
            D(fromdom, "scph%s" % r.digits(4))
        pol_from = sp.get("dmarc_policy") or r.choice(["NONE", "QUARANTINE", "REJECT"])
    elif kind in ("selfhosted", "hosting"):
        if kind == "hosting":
            rdns = helo = r.choice(HOSTERS)
            env = sp["frm"][1]
            if r.random() < 0.7:
                D(fromdom, r.choice(["default", "x", "mail", "dkim"]))
            else:
                dkims.append(("none", "", "", ""))
            mid_lines.append("Received: from [%s] (port=%d helo=[192.168.1.%d])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid 1r%s-%s-%s\r\n\tfor %s;\r\n\t%s" % (
                r.ip4("203.0.113"), r.randint(49152, 65000), r.randint(2, 200), helo, env, r.alnum(5), r.alnum(6), r.alnum(2), rcpt, rfc2822(sent, sp["tzoff"])))
        else:
            rdns = helo = r.choice(["mail.", "mx1.", "smtp.", "mail01.", "out."]) + fromdom
            env = sp["frm"][1]
            if r.random() < 0.75 or sp["client"] in ("nextcloud",):
                D(fromdom, r.choice(["mail", "default", "dkim", "s%d" % year, "%d%02d" % (year, r.randint(1, 12))]))
            else:
                dkims.append(("none", "", "", ""))
            mid_lines.append("Received: from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                r.randint(0, 9), r.randint(0, 255), r.randint(2, 250), r.randint(0, 9), r.randint(0, 255), r.randint(2, 250),
                env, helo, _qid(r), rcpt, rfc2822(sent, sp["tzoff"])))
        if all(x[0] == "none" for x in dkims):
            pol_from = sp.get("dmarc_policy") or r.choice(["NONE", "QUARANTINE"])
    elif kind == "vps":
        rdns = r.choice(VPS) % r.randint(10, 9999)
        helo = rdns if r.random() < 0.6 else r.choice(["localhost", "mail." + fromdom, fromdom, "WIN-%s" % r.HEX(11)])
        env = sp.get("env_from") or sp["frm"][1]
        if r.random() < 0.4:
            D(env.split("@")[1], r.choice(["default", "mail", "dkim", "k1"]))
        else:
            dkims.append(("none", "", "", ""))
        spf_res = r.choice(["pass", "pass", "none", "neutral"])
        dmarc_res = "pass" if (spf_res == "pass" and env.split("@")[1] == fromdom) or (dkims[0][0] == "pass" and dkims[0][1] == fromdom) else "none"
        pol_from = "NONE"
        if rdns and r.random() < 0.35:
            rdns = "unknown"
    elif kind == "spoof":
        rdns = r.choice(VPS) % r.randint(10, 9999)
        helo = r.choice([rdns, "mail." + fromdom, "[%s]" % ip, "User"])
        env = sp.get("env_from") or r.choice([sp["frm"][1], "%s@%s" % (r.lower(8), r.choice(["mailer-host.example", "bulk-send.example", "vps-mail.example"]))])
        dkims.append(("none", "", "", ""))
        envd = env.split("@")[1]
        if envd == fromdom:
            spf_res = r.choice(["fail", "softfail", "softfail", "none", "neutral"])
        else:
            spf_res = r.choice(["pass", "none", "neutral"])
        pol_from = sp.get("dmarc_policy") or r.choice(["NONE", "NONE", "QUARANTINE"])
        dmarc_res = "fail" if r.random() < 0.85 else "none"
        if dmarc_res == "none":
            pol_from = "NONE"
        if r.random() < 0.4:
            rdns = "unknown"
    if sp.get("dkim_override"):
        dkims = [(x[0], x[1], x[2], r.b64(6)[:8]) for x in sp["dkim_override"]]
    if sp.get("force_spf"):
        spf_res = sp["force_spf"]
    if sp.get("force_dmarc"):
        dmarc_res = sp["force_dmarc"]
    dmarc_from = fromdom
    ar_list = None
    listinfo = sp.get("list")
    if listinfo:
        # the list server relays; original DKIM breaks because of subject tag and footer
        ldom = listinfo["domain"]
        orig_helo, orig_rdns, orig_ip = helo, rdns, ip
        env = "%s-bounces+%s=%s@%s" % (listinfo["name"], rcpt.split("@")[0], rcpt.split("@")[1], ldom)
        rdns = helo = listinfo.get("host", "lists." + ldom if not ldom.startswith("lists.") else ldom)
        ip = r.ip4()
        dkims = [("fail", x[1], x[2], x[3]) if x[0] == "pass" else x for x in dkims]
        if listinfo.get("resign"):
            dkims.append(("pass", ldom, "list", r.b64(6)[:8]))
        spf_res = "pass"
        if listinfo.get("munge"):
            dmarc_res = "pass" if listinfo.get("resign") else "none"
            dmarc_from = ldom
        else:
            dmarc_res = "fail" if any(x[0] == "fail" for x in dkims) and pol_from != "NONE" else ("none" if not dkims or all(x[0] == "none" for x in dkims) else "fail")
        mid_lines = ["Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (rdns, rdns, _qid(r), rfc2822(sent + dt.timedelta(seconds=20))),
                     "Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s@%s>; %s" % (
                         orig_helo, orig_rdns, orig_ip, rdns, _qid(r), listinfo["name"], ldom, rfc2822(sent + dt.timedelta(seconds=3))),
                     ] + [m for m in mid_lines if not m.startswith("Received")]
        sigs = sigs  # original signatures are kept, but no longer verify
        sigs = sigs + ([dkim_sig(r, ldom, "list", t + 20, ["from", "to", "subject", "date", "message-id", "list-id", "list-unsubscribe"])] if listinfo.get("resign") else [])
    mf = env
    if dmarc_res == "pass" and not any(x[0] == "pass" and (x[1] == dmarc_from or dmarc_from.endswith("." + x[1]) or x[1].endswith("." + dmarc_from)) for x in dkims) \
            and not (spf_res == "pass" and mf.split("@")[1].endswith(dmarc_from)):
        # keep the record consistent: calendar-server and ESP bounces align through DKIM only
        if not any(x[0] == "pass" for x in dkims):
            dmarc_res = "none" if kind not in ("spoof",) else "fail"
    if dmarc_res == "none":
        pol = "NONE"
    else:
        pol = pol_from
    if kind in ("gmail", "gmail-smtp") or dmarc_from == "gmail.com":
        pol = "NONE" if dmarc_res != "pass" or not listinfo else pol
    ar = fmt_ar(dkims, (spf_res, ip, mf, helo), (dmarc_res, pol if dmarc_res != "none" else "NONE", dmarc_from))
    if "rdns" in sp:
        rdns = sp["rdns"]
    rd = "%s [%s]" % (rdns, ip) if rdns != "unknown" else "unknown [%s]" % ip
    top = "Received: from %s (%s)\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (UTC)" % (
        helo, rd, _qid(r), rcpt, rfc2822(arr))
    out = ["Return-Path: <%s>" % env, "Delivered-To: %s" % rcpt, ar, top]
    out += mid_lines
    out += sigs
    return out


# ---------------------------------------------------------------------------
# mailing list wrapper (Mailman 2.1 style: subject tag + footer part)

def wrap_list(sp, hs, part, r):
    li = sp["list"]
    name, dom = li["name"], li["domain"]
    addr_ = "%s@%s" % (name, dom)
    new = []
    for h in hs:
        if isinstance(h, tuple) and h[0] == "Subject":
            v = h[1]
            tag = "[%s] " % li.get("tag", name)
            new.append(("Subject", tag + v if "=?" not in v else hdr_word(tag, "utf-8") + " " + v if False else tag + v))
        elif isinstance(h, tuple) and h[0] in ("Sender",):
            continue
        elif isinstance(h, tuple) and h[0] == "Reply-To" and li.get("munge"):
            continue
        elif isinstance(h, tuple) and h[0] == "From" and li.get("munge"):
            n, a = sp["frm"]
            new.append(("From", addr("%s via %s" % (n or a.split("@")[0], li.get("title", name)), addr_)))
            new.append(("Reply-To", addr(n, a)))
        else:
            new.append(h)
    new += [("Precedence", "list"), ("X-BeenThere", addr_), ("X-Mailman-Version", li.get("ver", "2.1.39")),
            ("List-Id", "%s <%s.%s>" % (li.get("title", name), name, dom)),
            ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (dom, name, name, dom)),
            ("List-Archive", "<https://%s/pipermail/%s/>" % (dom, name)),
            ("List-Post", "<mailto:%s>" % addr_),
            ("List-Help", "<mailto:%s-request@%s?subject=help>" % (name, dom)),
            ("List-Subscribe", "<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (dom, name, name, dom)),
            ("Errors-To", "%s-bounces@%s" % (name, dom)),
            ("Sender", '"%s" <%s-bounces@%s>' % (name, name, dom))]
    footer = li.get("footer") or "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (li.get("title", name), addr_, dom, name)
    fpart = leaf("text/plain", footer, "us-ascii", "7bit", headers=[("Content-Disposition", "inline")])
    if part.ctype == "multipart/mixed":
        part.children.append(fpart)
    else:
        part = Part("multipart/mixed", boundary="===============%019d==" % r.randint(10**17, 10**19 - 1), children=[part, fpart])
    return new, part


MULTI_TO = {"exchange", "outlook", "thunderbird", "zimbra", "sogo", "yahoo", "applemail"}


UTF8_CLIENTS = {"google", "gmail", "exchange", "icloud", "zoom", "yahoo", "nextcloud"}


def render(sp, r):
    fn = clients.RENDER[sp["client"]]
    if sp["client"] in UTF8_CLIENTS:
        sp["hcs"] = "utf-8"
        sp["cs"] = "utf-8"
    if sp["client"] in MULTI_TO and not sp.get("to_fixed") and sp["events"]:
        ev = sp["events"][0]
        if sp.get("method") == "REPLY":
            sp["to"] = [ev["organizer"]]
        else:
            oa = ev["organizer"][1]
            to = [(n, a) for (n, a, *_rest) in ev["attendees"] if a != oa and a != sp["frm"][1]]
            if any(a == sp["rcpt"] for _, a in to):
                sp["to"] = to
    hs, part = fn(sp, r)
    for h in sp.get("xhdrs", []):
        hs.append(h)
    if sp.get("list"):
        hs, part = wrap_list(sp, hs, part, r)
    tr = trace(sp, hs, r)
    return serialize(tr + hs, part)
