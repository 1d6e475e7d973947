"""Receiving-MX trace headers, sender-side Received lines, DKIM signatures, authentication results."""
import datetime as dt
from common import R, pick, chance, hexs, alnum, digits, uuid4, b64, fake_dkim, rfc2822_date, UTC
from model import DMARC_POL

MX = "mx.example.net"


def ip4(pool):
    if pool == "google":
        return "198.51.100.%d" % R.randrange(2, 60)
    if pool == "apple":
        return "203.0.113.%d" % R.randrange(2, 30)
    if pool == "yahoo":
        return "203.0.113.%d" % R.randrange(31, 60)
    if pool == "esp":
        return "198.51.100.%d" % R.randrange(61, 120)
    if pool == "vps":
        return "%s.%d" % (pick(["203.0.113", "192.0.2", "198.51.100"]), R.randrange(121, 254))
    return "%s.%d" % (pick(["192.0.2", "203.0.113", "198.51.100"]), R.randrange(2, 254))


def ip6():
    return "2001:db8:%x:%x::%x" % (R.randrange(0x100, 0xffff), R.randrange(0, 0xffff), R.randrange(1, 0xfff))


def pol(dom):
    if dom in DMARC_POL:
        return DMARC_POL[dom]
    h = sum(ord(c) for c in dom) % 5
    return ["p=REJECT sp=REJECT dis=NONE", "p=QUARANTINE sp=QUARANTINE dis=NONE", "p=NONE sp=NONE dis=NONE",
            "p=REJECT sp=NONE dis=NONE", "p=NONE sp=NONE dis=NONE"][h]


def qid():
    return "4" + alnum(R.choice([10, 11, 12]), "0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def bstr():
    return alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def dstr(t, tz=0):
    return rfc2822_date(t, tz) + (" (UTC)" if tz == 0 else "")


def infra(m):
    """Work out how the message travelled. Returns dict."""
    c = m.inner if m.client == "list" else m.client
    v = m.variant
    fe = m.from_email
    fdom = fe.split("@")[1]
    rc = m.list_info["addr"] if m.client == "list" else m.rcpt
    t = m.arrival
    I = {"dkim_sigs": [], "dkim_res": [], "received": [], "extra": []}
    setup = m.setup

    def own_mta(dom, ipaddr=None, host=None, submit=True):
        host = host or pick(["mail", "smtp", "mx1", "mail1", "out", "smtp-out"]) + "." + dom
        ipaddr = ipaddr or ip4("own")
        I["relay_host"], I["relay_rdns"], I["ip"] = host, host, ipaddr
        t1 = t - dt.timedelta(seconds=R.randrange(1, 4))
        if submit:
            client_ip = ip4("own")
            I["received"].append("Received: from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                pick(["192.168.1.%d" % R.randrange(2, 200), "192.168.178.%d" % R.randrange(2, 200), "10.0.0.%d" % R.randrange(2, 200), "IPV6:2001:db8::%x" % R.randrange(1, 0xffff)]),
                pick(["unknown", "dsl-%s.dynamic.example.net" % digits(6), "cpe-%s.res.example.com" % digits(5)]), client_ip,
                fe, host, qid(), rc, dstr(t1, m.sender_tz.offset_at_utc(t1) if m.sender_tz else 0)))
        return host

    def app_mta(dom, app="web01"):
        host = "%s.%s" % (app, dom)
        I["relay_host"], I["relay_rdns"], I["ip"] = host, host, ip4("own")
        t1 = t - dt.timedelta(seconds=R.randrange(1, 4))
        if chance(0.5):
            I["received"].append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (host, qid(), rc, dstr(t1)))
        else:
            I["received"].append("Received: from www-data by %s with local (Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid %s-%s-%s\r\n\tfor %s; %s" % (
                host, R.randrange(90, 98), I["env"], alnum(6), alnum(6), alnum(2), rc, dstr(t1)))
        return host

    def sign(dom, sel, res="pass"):
        I["dkim_sigs"].append((dom, sel))
        I["dkim_res"].append((res, dom, sel))

    I["env"] = m.env_from or fe
    spf_dom = None
    if c == "google":
        I["env"] = "3%s%s@calendar-server.bounces.google.com" % (alnum(24), ".%s" % alnum(40))
        host = "mail-%s-f%d.google.com" % (pick(["sor", "pj1", "pl1", "qt1", "yb1", "oa1", "ej1", "wr1"]), R.randrange(41, 200))
        I["relay_host"] = I["relay_rdns"] = host
        I["ip"] = ip4("google")
        sel = "20230601" if t.year >= 2023 else "20210112" if t.year >= 2021 else "20161025"
        sign("google.com", sel)
        if fdom == "gmail.com":
            sign("gmail.com", sel)
        elif setup != "nodkim":
            if not (m.label == "ham" and chance(0.12)):
                sign(fdom, "google")
        I["received"].append("Received: by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
            host, alnum(30, "abcdefghijklmnopqrstuvwxyz0123456789") + "." + digits(3), rc, rfc2822_date(t - dt.timedelta(seconds=1), -480 if chance(0.7) else -420)))
        I["extra"] = ["X-Google-Smtp-Source: AGHT+I%s" % b64(66).rstrip("="),
                      "X-Received: by %s with SMTP id %s;\r\n        %s" % (ip6(), alnum(20).lower() + "." + digits(3), rfc2822_date(t - dt.timedelta(seconds=1), -480))]
    elif c == "outlook" and v in ("o365", "outlookcom", None):
        host = "mail-%s%s.outbound.protection.outlook.com" % (pick(["am6eur05", "db5eur02", "bn1nam02", "co1nam11", "dm6nam10", "eur01", "apc01", "nam12", "eur03"]), pick(["on2%03d" % R.randrange(1, 200), "lp2%03d" % R.randrange(1, 200)]))
        I["relay_host"] = I["relay_rdns"] = host
        I["ip"] = ip6() if chance(0.7) else ip4("own")
        h1, reg = getattr(m, "ol_host", None) or (pick(["AM9PR07MB", "DB8PR03MB"]) + digits(4), pick(["eurprd07", "eurprd03"]))
        h2 = h1[:9] + digits(4)
        I["received"].append("Received: from %s.%s.prod.outlook.com\r\n (%s) by %s.%s.prod.outlook.com\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            h1, reg, ip6(), h2, reg, ip6(), R.randrange(7000, 8400), R.randrange(10, 40), rfc2822_date(t - dt.timedelta(seconds=1), 0)))
        I["received"].append("Received: from %s.%s.prod.outlook.com\r\n ([%s]) by %s.%s.prod.outlook.com\r\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
            h1, reg, "fe80::%x:%x:%x:%x" % tuple(R.randrange(0xffff) for _ in range(4)), h1, reg,
            "fe80::%x:%x:%x:%x" % tuple(R.randrange(0xffff) for _ in range(4)), R.randrange(3, 7), R.randrange(7000, 8400), R.randrange(10, 40),
            rfc2822_date(t - dt.timedelta(seconds=2), 0)))
        if fdom in ("outlook.com", "hotmail.com", "live.com", "hotmail.co.uk"):
            sign(fdom, "selector1")
        elif chance(0.85):
            sign(fdom, pick(["selector1", "selector2"]))
        else:
            sign("%s.onmicrosoft.com" % fdom.split(".")[0].replace("-", ""), "selector1-%s" % fdom.replace(".", "-").replace("-", "-", 1))
    elif c == "apple" and v == "icloud":
        host = "%s.me.com" % pick(["st43p00im-ztfb10063301", "ms11p00im-qufo17281801", "qs51p00im-qukt01072701", "mr85p00im-ztdg06021801", "pv50p00im-zteg10011401"])
        I["relay_host"] = I["relay_rdns"] = host
        I["ip"] = ip4("apple")
        sign("icloud.com" if fdom in ("icloud.com", "me.com") and chance(0.8) else fdom, "1a1hai" if t.year >= 2019 else "04042017")
        I["received"].append("Received: from %s (%s [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            pick(["p%02d-caldav.icloud.com" % R.randrange(1, 80), "localhost"]), "localhost", host, alnum(12).upper(), rc, dstr(t - dt.timedelta(seconds=1))))
    elif c == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randrange(300, 330), R.randrange(1, 40), pick(["ne1", "bf2", "gq1", "ir2"]))
        I["relay_host"] = I["relay_rdns"] = host
        I["ip"] = ip4("yahoo")
        sign(fdom if "yahoo" in fdom else "yahoo.com", "s2048" if fdom.endswith(".com") else "s2048")
        I["received"].append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, dstr(t - dt.timedelta(seconds=1))))
    elif c == "zoom":
        I["env"] = "bounces+%d-%s-%s=%s@%s" % (R.randrange(10**6, 10**7), hexs(4), rc.split("@")[0], rc.split("@")[1], pick(["zoom.us", "mail.zoom.us"]))
        host = "o%d.ptr%d.zoom.us" % (R.randrange(1, 9), R.randrange(1000, 9999))
        I["relay_host"] = I["relay_rdns"] = host
        I["ip"] = ip4("esp")
        sign("zoom.us", "s1")
        sign("sendgrid.info", "smtpapi")
        I["received"].append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-1-%s-%s\r\n        %s" % (
            hexs(10), alnum(5).lower(), hexs(10), hexs(8).upper(), digits(2), dstr(t - dt.timedelta(seconds=2))))
    elif c == "nextcloud":
        host_dom = fdom
        base = host_dom.split(".", 1)[1] if host_dom.count(".") > 1 else host_dom
        I["env"] = m.env_from or "noreply@%s" % host_dom
        if setup in ("vps",):
            app_mta(base, "cloud")
        else:
            app_mta(base, "cloud")
            sign(base, pick(["default", "mail", "dkim"]))
        spf_dom = base
    else:
        # self-hosted clients, apple Mail.app, outlook desktop/exchange, booking, custom
        if setup == "freemail":
            if fdom == "gmail.com":
                host = "mail-%s-f%d.google.com" % (pick(["wr1", "ej1", "pl1", "lf1"]), R.randrange(41, 200))
                I["relay_host"] = I["relay_rdns"] = host
                I["ip"] = ip4("google")
                I["received"].append("Received: from [192.168.%d.%d] (%s [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s" % (
                    R.randrange(0, 3), R.randrange(2, 200), pick(["p%s.dip0.t-ipconnect.de" % hexs(8), "cpc%s-example.cable.virginm.net" % digits(6), "unknown"]),
                    ip4("own"), alnum(18, "abcdefghijklmnopqrstuvwxyz0123456789") + "." + digits(3), rc, rfc2822_date(t - dt.timedelta(seconds=2), m.sender_tz.offset_at_utc(t) if m.sender_tz else 0)))
                sign("gmail.com", "20230601" if t.year >= 2023 else "20161025")
            else:
                own_mta(fdom, host=pick(["mout", "smtp", "mail", "out", "smtp-out"]) + "." + fdom)
                sign(fdom, pick(["s1", "mail", "dkim", "default", "20201123"]))
        elif setup == "esp":
            br = m.brand or {}
            esp = br.get("esp") or pick(["sendgrid", "ses", "mailgun", "sparkpost", "postmark"])
            if esp == "sendgrid":
                I["env"] = "bounces+%d-%s-%s=%s@em%d.%s" % (R.randrange(10**6, 10**8), hexs(4), rc.split("@")[0], rc.split("@")[1], R.randrange(100, 9999), fdom)
                host = "o%d.ptr%d.%s" % (R.randrange(1, 9), R.randrange(1000, 9999), fdom)
                sign(fdom, "s1")
                sign("sendgrid.info", "smtpapi")
                spf_dom = I["env"].split("@")[1]
            elif esp == "ses":
                I["env"] = "0100%s-%s-%s-%s-%s-000000@%s" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(12), pick(["amazonses.com", "bounce." + fdom]))
                host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randrange(8, 60), R.randrange(1, 250), pick(["us-west-2", "eu-west-1", "us-east-1"]))
                sign(fdom, alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"))
                sign("amazonses.com", alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"))
                spf_dom = I["env"].split("@")[1]
            elif esp == "mailgun":
                I["env"] = "bounce+%s.%s-%s=%s@mg.%s" % (hexs(6), hexs(6), rc.split("@")[0], rc.split("@")[1], fdom)
                host = "m%d-%d.mailgun.net" % (R.randrange(40, 240), R.randrange(1, 250))
                sign("mg." + fdom if chance(0.5) else fdom, pick(["k1", "mx", "smtp"]))
                spf_dom = "mg." + fdom
            else:
                I["env"] = "pm_bounces@pm-bounces.%s" % fdom if esp == "postmark" else "msprvs1=%s=bounces-%d@spmail.%s" % (alnum(11), R.randrange(1000, 99999), fdom)
                host = "%s.%s" % (pick(["mta-%d" % R.randrange(10, 99), "mx%d" % R.randrange(1, 9)]), pick(["mtasv.net", "sparkpostmail.com"]))
                sign(fdom, pick(["20230101", "scph0722", "pm"]))
                spf_dom = I["env"].split("@")[1]
            I["relay_host"] = I["relay_rdns"] = host
            I["ip"] = ip4("esp")
            I["received"].append("Received: from %s (%s [%s])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s" % (
                pick(["localhost", "app-%d.internal" % R.randrange(1, 40)]), "localhost", pick(["127.0.0.1", "10.%d.%d.%d" % (R.randrange(255), R.randrange(255), R.randrange(255))]),
                host, alnum(22), rc, dstr(t - dt.timedelta(seconds=R.randrange(1, 5)))))
        elif setup == "vps":
            vdom = fdom
            host = pick(["vps%d.%s" % (R.randrange(1000, 99999), pick(["hostingcloud.example", "vpsnode.example", "srv.example.org"])),
                         "mail.%s" % vdom, "%s.%s" % (alnum(8).lower(), vdom), "server%d" % R.randrange(1, 99)])
            I["relay_host"] = host
            I["relay_rdns"] = pick(["unknown", host, "static.%s.clients.example.net" % digits(6)])
            I["ip"] = ip4("vps")
            if chance(0.5):
                sign(vdom, pick(["default", "mail", "x", "dkim"]))
            I["received"].append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                pick(["localhost", "[127.0.0.1]"]), host, qid(), rc, dstr(t - dt.timedelta(seconds=R.randrange(1, 3)))))
        elif setup == "spoof":
            host = pick(["vps-%s.hosting.example" % hexs(6), "mail.%s" % m.spoof_env_dom if getattr(m, "spoof_env_dom", None) else "ns%d.cloudsrv.example" % R.randrange(1, 999),
                         "%s-%s.static.example.com" % (pick(["ip", "host"]), digits(6))])
            I["relay_host"] = host
            I["relay_rdns"] = pick(["unknown", host])
            I["ip"] = ip4("vps")
            if getattr(m, "spoof_env_dom", None):
                I["env"] = m.env_from or "%s@%s" % (pick(["info", "bounce", "admin", alnum(6).lower()]), m.spoof_env_dom)
            I["received"].append("Received: from %s (unknown [%s])\r\n\tby %s (Postfix) with ESMTPA id %s; %s" % (
                pick(["User", "WIN-%s" % alnum(11).upper(), "localhost", "[%s]" % ip4("vps")]), ip4("vps"), host, qid(), dstr(t - dt.timedelta(seconds=R.randrange(1, 9)))))
        else:
            # legit / compromised / lookalike own domain
            if c == "outlook" and v == "exchange":
                exch = pick(["EXCH01", "MBX01", "SRV-EX16", "EX2019-02"]) + ".corp." + fdom
                exch2 = pick(["EXCH02", "MBX02", "SRV-EX17", "EX2019-01"]) + ".corp." + fdom
                host = "mail." + fdom
                I["relay_host"] = I["relay_rdns"] = host
                I["ip"] = ip4("own")
                I["received"].append("Received: from %s (unknown [10.%d.%d.%d])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                    exch2, R.randrange(255), R.randrange(255), R.randrange(255), host, qid(), rc, dstr(t - dt.timedelta(seconds=1))))
                I["received"].append("Received: from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s" % (
                    exch, R.randrange(255), R.randrange(255), R.randrange(255), exch2, R.randrange(255), R.randrange(255), R.randrange(255),
                    pick([1, 2]), R.randrange(1000, 2600), R.randrange(1, 40), rfc2822_date(t - dt.timedelta(seconds=2), m.sender_tz.offset_at_utc(t))))
            elif c in ("booking", "custom") and chance(0.6):
                I["env"] = m.env_from or fe
                app_mta(fdom, pick(["web01", "app", "www", "crm", "portal"]))
            elif c == "zimbra":
                host = "mail." + fdom
                I["relay_host"] = I["relay_rdns"] = host
                I["ip"] = ip4("own")
                I["received"].append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                    host, host, qid(), rc, dstr(t - dt.timedelta(seconds=1))))
            else:
                own_mta(fdom)
            if not (setup == "legit" and chance(0.08)):
                sign(fdom, pick(["default", "mail", "dkim", "s1", "selector1", "k1", "x", "google"]) if c != "zimbra" else hexs(8, True) + "-" + hexs(4, True) + "-" + hexs(4, True))
    # envelope / SPF / DMARC
    env = I["env"]
    edom = env.split("@")[1]
    spf_dom = spf_dom or edom
    ip = I["ip"]
    if setup == "spoof":
        if getattr(m, "spoof_env_dom", None):
            spf = pick(["pass", "pass", "none", "neutral"])
        else:
            spf = pick(["softfail", "fail", "softfail", "none"])
    elif setup == "vps":
        spf = pick(["pass", "pass", "pass", "neutral", "none"])
    else:
        spf = "pass"
    if getattr(m, "spf_override", None):
        spf = m.spf_override
    I["spf"] = (spf, env, ip)
    # dmarc
    aligned = any(r == "pass" and (d == fdom or fdom.endswith("." + d) or d.endswith("." + fdom)) for (r, d, s) in I["dkim_res"])
    aligned = aligned or (spf == "pass" and (edom == fdom or edom.endswith("." + fdom)))
    p = pol(fdom)
    if setup == "vps" and fdom not in DMARC_POL:
        I["dmarc"] = ("pass", "p=NONE sp=NONE dis=NONE") if aligned and chance(0.3) else ("none", None)
    elif aligned:
        I["dmarc"] = ("pass", p)
    else:
        if setup == "spoof" and "REJECT" in p and chance(0.6):
            p = "p=NONE sp=NONE dis=NONE"
        I["dmarc"] = ("fail", p.replace("dis=NONE", "dis=QUARANTINE" if "QUARANTINE" in p.split("sp=")[0] else "dis=REJECT" if "REJECT" in p.split("sp=")[0] else "dis=NONE"))
    return I


def auth_results(m, I, fdom):
    lines = ["Authentication-Results: %s;" % MX]
    items = []
    if not I["dkim_res"]:
        items.append("dkim=none")
    for (res, d, s) in I["dkim_res"]:
        if res == "pass":
            items.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, bstr()))
        else:
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, bstr()))
    spf, env, ip = I["spf"]
    if spf == "pass":
        items.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (MX, env, ip, env))
    elif spf == "softfail":
        items.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, env, ip, env))
    elif spf == "fail":
        items.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, env, ip, env))
    elif spf == "neutral":
        items.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (MX, ip, env, env))
    else:
        items.append("spf=none (%s: %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (MX, env, env))
    res, p = I["dmarc"]
    if p:
        items.append("dmarc=%s (%s) header.from=%s" % (res, p, fdom))
    else:
        items.append("dmarc=none header.from=%s" % fdom)
    for i, it in enumerate(items):
        lines.append("\t" + it + (";" if i < len(items) - 1 else ""))
    return "\r\n".join(lines)


def fold_header(name, value):
    line = "%s: %s" % (name, value)
    if "\r\n" in value or len(line) <= 78:
        return line
    if name.lower() in ("to", "cc", "from", "reply-to") and ", " in value:
        parts = value.split(", ")
        out, cur = [], name + ": " + parts[0]
        for p in parts[1:]:
            if len(cur) + len(p) + 2 > 76:
                out.append(cur + ",")
                cur = " " + p
            else:
                cur += ", " + p
        out.append(cur)
        return "\r\n".join(out)
    if name.lower() == "content-type" and "; " in value:
        a, b = value.split("; ", 1)
        return "%s: %s;\r\n\t%s" % (name, a, b.replace("; ", ";\r\n\t"))
    # fold at spaces
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + len(w) + 1 > 78 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


def wrap_list(m, hdrs, body):
    """Mailing-list manager: add list headers, subject tag, footer; breaks the original DKIM body hash."""
    li = m.list_info
    new = []
    ct = None
    for k, v in hdrs:
        if k.lower() == "content-type":
            ct = v
            continue
        if k.lower() == "content-transfer-encoding":
            continue
        if k.lower() == "subject" and li.get("tag") and li["tag"] not in v:
            v = "%s %s" % (li["tag"], v)
        if k.lower() == "from" and li.get("munge"):
            v = '"%s via %s" <%s>' % (m.from_name if all(ord(ch) < 128 for ch in m.from_name) else m.from_email.split("@")[0], li["name"], li["addr"])
            new.append(("Reply-To", addr_plain(m)))
        new.append((k, v))
    lid = li["addr"].replace("@", ".")
    ldom = li["addr"].split("@")[1]
    soft = li.get("soft", "mailman")
    if soft == "mailman":
        new += [("X-BeenThere", li["addr"]), ("X-Mailman-Version", pick(["2.1.39", "3.3.8", "2.1.29"])), ("Precedence", "list"),
                ("List-Id", "%s <%s>" % (li["name"], lid)),
                ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s?subject=unsubscribe>" % (ldom, li["addr"].split("@")[0], li["addr"].replace("@", "-request@"))),
                ("List-Archive", "<https://%s/pipermail/%s/>" % (ldom, li["addr"].split("@")[0])),
                ("List-Post", "<mailto:%s>" % li["addr"]), ("List-Help", "<mailto:%s?subject=help>" % li["addr"].replace("@", "-request@")),
                ("Errors-To", li["addr"].replace("@", "-bounces+%s=%s@" % tuple(m.rcpt.split("@")))),
                ("Sender", '"%s" <%s>' % (li["name"], li["addr"].replace("@", "-bounces@")))]
    elif soft == "groups":
        new += [("Precedence", "list"), ("Mailing-list", "list %s; contact %s" % (li["addr"], li["addr"].replace("@", "+owners@"))),
                ("List-ID", "<%s>" % lid), ("X-Spam-Checked-In-Group", li["addr"]),
                ("X-Google-Group-Id", digits(12)), ("List-Post", "<https://groups.google.com/a/%s/group/%s/post>, <mailto:%s>" % (ldom, li["addr"].split("@")[0], li["addr"])),
                ("List-Help", "<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s>" % (ldom, li["addr"].replace("@", "+help@"))),
                ("List-Unsubscribe", "<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/%s/group/%s/subscribe>" % (digits(12), ldom, li["addr"].split("@")[0]))]
    else:   # sympa / listserv
        new += [("Precedence", "list"), ("List-Id", "<%s>" % lid), ("X-Loop", li["addr"]), ("X-Sequence", str(R.randrange(100, 9000))),
                ("Errors-to", li["addr"].replace("@", "-owner@")), ("List-Unsubscribe", "<mailto:sympa@%s?subject=unsubscribe%%20%s>" % (ldom, li["addr"].split("@")[0]))]
    footer = li.get("footer", "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (
        li["name"], li["addr"], ldom, li["addr"].split("@")[0]))
    from clients import text_part, multipart
    from common import boundary
    b = boundary("generic")
    inner = ("Content-Type: %s\r\n\r\n" % ct).encode() + body
    if ct.startswith("text/calendar") or ct.startswith("text/plain"):
        # single part: include its CTE
        cte = [v for k, v in hdrs if k.lower() == "content-transfer-encoding"]
        inner = ("Content-Type: %s\r\n%s\r\n" % (ct, ("Content-Transfer-Encoding: %s\r\n" % cte[0]) if cte else "")).encode() + body
    body2 = multipart(b, [inner, text_part(footer, "plain", "us-ascii" if footer.isascii() else "utf-8", "7bit" if footer.isascii() else "quoted-printable")])
    new.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b))
    return new, body2


def addr_plain(m):
    from common import addr
    return addr(m.from_name, m.from_email)


def finish(m, hdrs, body):
    """Prepend trace headers; return full message bytes."""
    I = infra(m)
    fdom = m.from_email.split("@")[1]
    pre = []
    rc = m.rcpt
    t = m.arrival
    if m.client == "list":
        li = m.list_info
        ldom = li["addr"].split("@")[1]
        orig_res = I["dkim_res"]
        orig_sigs = I["dkim_sigs"]
        hdrs, body = wrap_list(m, hdrs, body)
        lhost = pick(["lists.", "mail.", "list."]) + ldom if li.get("soft") != "groups" else "mail-%s-f%d.google.com" % (pick(["oa1", "yb1", "qk1"]), R.randrange(41, 200))
        # original hop to the list server
        pre_list = ["Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            I["relay_host"], I["relay_rdns"], I["ip"], lhost, qid(), li["addr"], dstr(t - dt.timedelta(seconds=R.randrange(5, 40))))]
        if li.get("soft") == "groups":
            I["env"] = "%s+bncB%s@googlegroups.com" % (li["addr"].split("@")[0], alnum(40))
        else:
            I["env"] = li["addr"].replace("@", "-bounces+%s=%s@" % tuple(rc.split("@")))
        I["dkim_res"] = [("fail", d, s) for (d, s) in orig_sigs] or []
        if li.get("soft") == "groups" or li.get("sign"):
            I["dkim_res"].append(("pass", ldom if li.get("soft") != "groups" else "googlegroups.com", "20230601" if li.get("soft") == "groups" else "mail"))
            I["dkim_sigs"] = orig_sigs + [(ldom if li.get("soft") != "groups" else "googlegroups.com", "mail")]
        I["ip"] = ip4("google" if li.get("soft") == "groups" else "own")
        I["relay_host"] = I["relay_rdns"] = lhost
        I["spf"] = ("pass", I["env"], I["ip"])
        if li.get("munge"):
            fdom = li["addr"].split("@")[1]
            I["dmarc"] = ("pass", pol(fdom)) if any(r == "pass" for r, d, s in I["dkim_res"]) else ("none", None)
        else:
            p = pol(fdom)
            I["dmarc"] = ("fail", p) if not any(r == "pass" and d == fdom for r, d, s in I["dkim_res"]) else ("pass", p)
        I["received"] = ["Received: from %s (localhost [IPv6:::1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
            lhost, lhost, qid(), dstr(t - dt.timedelta(seconds=R.randrange(1, 4))))] + pre_list + I["received"]
    pre.append("Return-Path: <%s>" % I["env"])
    pre.append("Delivered-To: %s" % rc)
    pre.append(auth_results(m, I, fdom))
    proto = pick(["ESMTPS", "ESMTPS", "ESMTPS", "ESMTP"]) if m.setup in ("vps", "spoof") else "ESMTPS"
    helo = I["relay_host"]
    ipf = ("IPv6:" + I["ip"]) if ":" in I["ip"] else I["ip"]
    tls = "\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)" if proto == "ESMTPS" and chance(0.5) else ""
    pre.append("Received: from %s (%s [%s])%s\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
        helo, I["relay_rdns"], ipf, tls, MX, proto, qid(), rc, dstr(t)))
    pre += I["received"]
    heads = ["from", "to", "subject", "date", "message-id"]
    if m.client == "google" or m.inner == "google":
        heads = ["mime-version", "reply-to", "sender", "message-id", "date", "subject", "from", "to", "content-type"]
    elif m.client == "outlook":
        heads = ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]
    for (d, s) in I["dkim_sigs"]:
        pre.append(fake_dkim(d, s, heads, int(t.timestamp()) - R.randrange(1, 30), extra=m.from_email))
    pre += I["extra"]
    out = "\r\n".join(pre) + "\r\n"
    for k, v in hdrs:
        out += fold_header(k, v) + "\r\n"
    return out.encode("ascii", errors="strict") + b"\r\n" + body
