"""Sending infrastructures: which hosts relay the message, what they add, how the MX judges it."""
import datetime as dt

from .util import rtok, rhex, rdig, B64, ALNUM, LOWDIG, LOWER, ruuid
from .transport import rfc2822, ip4, ip6, qid, dkim_header, DMARC_POLICY

H_GOOGLE = "to:from:subject:date:message-id:sender:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to"
H_GMAIL = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
H_EXO = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
H_GENERIC = ["from:to:subject:date:message-id", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
             "date:from:to:subject:message-id:mime-version:content-type",
             "Date:From:To:Subject:From", "from:reply-to:subject:date:to:cc:in-reply-to:references:content-type"]

DKIM_SEL = ["mail", "default", "dkim", "s1", "k1", "selector1", "2023", "x", "mx", "google", "202401", "sel1"]


def exo_build(rng, year):
    if year <= 2016:
        return "15.1.%d.%d" % (rng.randint(600, 760), rng.randint(10, 30))
    lo, hi = {2017: (100, 300), 2018: (1200, 1500), 2019: (2000, 2600), 2020: (3000, 3700), 2021: (4000, 4800),
              2022: (5000, 5900), 2023: (6000, 7000), 2024: (7100, 8300), 2025: (8300, 9300)}.get(year, (9300, 9900))
    return "15.20.%d.%d" % (rng.randint(lo, hi), rng.randint(10, 40))


def gsel(d):
    if d < dt.datetime(2021, 3, 1):
        return "20161025"
    if d < dt.datetime(2023, 7, 1):
        return "20210112"
    return "20230601"


def _ts(d):
    return int(d.replace(tzinfo=dt.timezone.utc).timestamp())


def _dk(rng, d, s, t, h, extra=None, algo="rsa-sha256"):
    hdr, b = dkim_header(rng, d, s, t, h, extra=extra, algo=algo)
    return hdr, ("pass", d, s, b)


def dmarc_for(domain, aligned, policy=None, kind=None):
    pol = policy or DMARC_POLICY.get(domain)
    if aligned:
        return ("pass", pol or "NONE", domain)
    if pol is None:
        return ("none", None, domain)
    return ("fail", pol, domain)


def build(rng, m, infra):
    """Return route dict. m has 'sender' (kind, addr, domain, ...), 'rcpt', 'sent', 'arrival'."""
    s = m["sender"]
    rc = m["rcpt"]["addr"]
    sent, arr = m["sent"], m["arrival"]
    mid = sent + (arr - sent) / 2
    t = _ts(sent)
    dom = s["domain"]
    up = []
    R = {"tls": True, "client_headers": []}

    if infra == "google":
        ip = ip4(rng, "198.51.100")
        n = rng.randint(1, 99)
        R["helo"] = R["rdns"] = "mail-sor-f%d.google.com" % n
        R["env_from"] = "3%s@calendar-server.bounces.google.com" % rtok(rng, 40, LOWDIG + "-")
        dk = []
        if s.get("gws_nodkim"):
            pass
        elif dom in ("gmail.com", "googlemail.com"):
            h, r = _dk(rng, "gmail.com", gsel(sent), t, H_GOOGLE, extra="x=%d; darn=%s;" % (t + 604800, m["rcpt"]["domain"]))
            up.append(h)
            dk.append(r)
        else:
            h, r = _dk(rng, dom, "google", t, H_GOOGLE, extra="x=%d; darn=%s;" % (t + 604800, m["rcpt"]["domain"]))
            up.append(h)
            dk.append(r)
        h, r = _dk(rng, "google.com", gsel(sent), t, H_GOOGLE, extra="x=%d; darn=%s;" % (t + 604800, m["rcpt"]["domain"]))
        up.append(h)
        dk.append(r)
        up.append("X-Google-Smtp-Source: %s%s" % ("AGHT+I" if sent.year >= 2023 else ("AMsMyM" if sent.year == 2022 else "ABdhPJ"), rtok(rng, 80, B64)))
        up.append("X-Received: by %s with SMTP id %s;\n        %s" % (ip6(rng), rtok(rng, 32, LOWDIG) + ".%d.%d" % (rng.randint(1, 99), t * 1000 + rng.randint(0, 999)), rfc2822(mid, -420 if sent.month in range(4, 11) else -480, "PDT" if sent.month in range(4, 11) else "PST")))
        aligned = bool(len(dk) == 2)
        R["auth"] = {"dkim": list(reversed(dk)), "spf": ("pass", R["env_from"]),
                     "dmarc": dmarc_for(dom, aligned, s.get("dmarc") or ("NONE" if s.get("gws_nodkim") else None))}
        if s.get("gws_nodkim") and s.get("dmarc_none"):
            R["auth"]["dmarc"] = ("none", None, dom)
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra in ("exo", "outlookcom"):
        region = rng.choice([("EUR", "eurprd0%d" % rng.randint(1, 9), "AM", "eur0%d" % rng.randint(1, 5)),
                             ("NAM", "namprd%02d" % rng.randint(1, 22), "BN", "nam%02d" % rng.randint(1, 12)),
                             ("APC", "apcprd0%d" % rng.randint(1, 6), "SG", "apc0%d" % rng.randint(1, 3))])
        pre, prd, site, tag = region
        srv1 = "%s%dPR%02dMB%d.%s.prod.outlook.com" % (site, rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999), prd)
        if m.get("exo_srv"):
            srv1 = m["exo_srv"]
            prd = srv1.split(".")[1]
            site = srv1[:2]
            pre = {"eur": "EUR", "nam": "NAM", "apc": "APC"}[prd[:3]]
            tag = prd[:3] + "0%d" % rng.randint(1, 5)
        srv2 = "%s%dPR%02dMB%d.%s.prod.outlook.com" % (site, rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999), prd)
        ip = ip4(rng)
        on = rng.choice(["on", "olkn"]) if infra == "outlookcom" else "on"
        R["helo"] = "%s%02d-%s-obe.outbound.protection.outlook.com" % (pre, rng.randint(1, 5), site + str(rng.randint(1, 9)))
        R["rdns"] = "mail-%s%s%s%d.outbound.protection.outlook.com" % (site.lower(), tag, on, rng.randint(2000, 2199))
        R["env_from"] = s["addr"]
        dkd = dom
        sel = "selector1" if rng.random() < 0.6 else "selector2"
        up.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % rtok(rng, 340, B64))
        up.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s" % (rtok(rng, 43, B64), rtok(rng, 340, B64)))
        up.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (dom, dom, dom))
        dk = []
        if infra == "outlookcom" or not s.get("nodkim"):
            h, r = _dk(rng, dkd, sel, 0, H_EXO)
            up.append(h.replace("\n        ", "\n "))
            dk.append(r)
        up.append("Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
                  % (srv1, ip6(rng), srv2, ip6(rng), exo_build(rng, sent.year), rfc2822(mid, 0)))
        up.append("Received: from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s"
                  % (srv1, ip6(rng), srv1, ip6(rng), rng.randint(3, 7), exo_build(rng, sent.year), rfc2822(sent, 0)))
        R["srv"] = srv1
        spf = ("pass", s["addr"])
        if not dk:
            dk = [("none", None, None, None)]
        R["auth"] = {"dkim": dk, "spf": spf, "dmarc": dmarc_for(dom, True, s.get("dmarc"))}
        if s.get("dmarc_none") and infra == "exo":
            R["auth"]["dmarc"] = ("none", None, dom)
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "onprem":
        ip = ip4(rng)
        edge = rng.choice(["mail", "smtp", "mx1", "owa", "exch01", "gw"]) + "." + dom
        R["helo"] = R["rdns"] = edge
        R["env_from"] = s["addr"]
        srv = rng.choice(["EXCH01", "EX2019", "SRV-EX01", "MBX02", "EXCHANGE"])
        inner = "%s.%s" % (srv, rng.choice(["corp.local", "ad." + dom, "intern." + dom, dom]))
        up.append("Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%s; %s"
                  % (inner, ip4(rng, "192.0.2"), edge.upper() if rng.random() < 0.4 else inner, ip4(rng, "192.0.2"),
                     rng.choice(["1.2507.35", "2.1258.28", "2.1544.4", "1.2375.37", "0.1497.48"]), rfc2822(mid, m["off"])))
        up.append("Received: from %s ([%s]) by %s ([%s]) with mapi id\n 15.%s; %s"
                  % (inner, ip6(rng), inner, ip6(rng), rng.choice(["01.2507.035", "02.1258.028", "02.1544.004"]), rfc2822(sent, m["off"])))
        dk = [("none", None, None, None)]
        if rng.random() < 0.5:
            h, r = _dk(rng, dom, rng.choice(DKIM_SEL), t, rng.choice(H_GENERIC))
            up.insert(0, h)
            dk = [r]
        R["auth"] = {"dkim": dk, "spf": ("pass", s["addr"]), "dmarc": dmarc_for(dom, True, s.get("dmarc") or "NONE")}
        if s.get("dmarc_none"):
            R["auth"]["dmarc"] = ("none", None, dom)
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "icloud":  # server-sent iMIP from noreply@email.apple.com
        ip = ip4(rng, "198.51.100")
        host = "st%dp%02dim-zteg%08d.me.com" % (rng.randint(40, 49), rng.randint(0, 9), rng.randint(10000000, 99999999))
        R["helo"] = R["rdns"] = host
        R["env_from"] = "noreply@email.apple.com"
        h, r = _dk(rng, "email.apple.com", "email0517", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version")
        up.append(h)
        up.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (host, host, qid(rng), rc, rfc2822(mid, 0, "UTC")))
        R["auth"] = {"dkim": [r], "spf": ("pass", "noreply@email.apple.com"), "dmarc": ("pass", "REJECT", "email.apple.com")}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "icloudsmtp":
        ip = ip4(rng, "198.51.100")
        host = "%s-%s-%d.me.com" % (rng.choice(["st43p00im", "mr85p00im", "ms11p00im"]), rng.choice(["ztdg", "zteg", "ztbu"]), rng.randint(10000000, 99999999))
        R["helo"] = R["rdns"] = host
        R["env_from"] = s["addr"]
        h, r = _dk(rng, dom, "1a1hai", t, "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", extra=None)
        up.append(h)
        up.append("Received: from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            "unknown", ip4(rng, "203.0.113"), host, qid(rng), rc, rfc2822(mid, 0, "UTC")))
        R["auth"] = {"dkim": [r], "spf": ("pass", s["addr"]), "dmarc": dmarc_for(dom, True)}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "yahoo":
        ip = ip4(rng, "198.51.100")
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 60), rng.choice(["ir2", "bf2", "ne1", "gq1", "sg3"]))
        R["helo"] = R["rdns"] = host
        R["env_from"] = s["addr"]
        h, r = _dk(rng, s.get("provider", dom), "s2048", t, "Date:From:To:Subject:References:From:Subject:Reply-To", extra=None)
        up.append(h)
        up.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (t, rtok(rng, 43, B64), rtok(rng, 340, B64)))
        up.append("X-YMail-OSG: %s" % rtok(rng, 60, ALNUM + "._"))
        up.append("X-Sonic-MF: <%s>" % s["addr"])
        up.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc2822(mid, 0)))
        R["auth"] = {"dkim": [r], "spf": ("pass", s["addr"]), "dmarc": dmarc_for(dom, True, "REJECT")}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "zoom":
        ip = ip4(rng, "198.51.100")
        R["helo"] = R["rdns"] = "mail%d.%s" % (rng.randint(1, 40), rng.choice(["zoom.us", "sj.zoom.us", "ny.zoom.us"]))
        R["env_from"] = "bounce-%s@%s" % (rdig(rng, 8), "zoom.us")
        h, r = _dk(rng, "zoom.us", "zoom", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
        up.append(h)
        R["auth"] = {"dkim": [r], "spf": ("pass", R["env_from"]), "dmarc": ("pass", "REJECT", "zoom.us")}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra in ("postfix", "zimbra", "webhost", "hostedcloud"):
        ip = ip4(rng)
        host = s.get("mta") or rng.choice(["mail", "smtp", "mx", "mail1", "relay", "mail2"]) + "." + dom
        R["helo"] = R["rdns"] = host
        R["env_from"] = s.get("env") or s["addr"]
        if infra == "zimbra":
            up.append("X-Virus-Scanned: amavisd-new at %s" % dom)
            zh = "zimbra." + dom if rng.random() < 0.5 else host
            up.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
                zh, zh, ip4(rng, "192.0.2"), host, qid(rng), rfc2822(mid, m["off"], m.get("tzabbr"))))
            up.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
                zh, zh, qid(rng), rfc2822(sent, m["off"], m.get("tzabbr"))))
        elif infra == "webhost":
            uid = rng.choice(["33", "48", "1001", "501", "1000"])
            up.append("Received: by %s (Postfix, from userid %s)\n\tid %s; %s" % (host, uid, qid(rng), rfc2822(sent, m["off"], m.get("tzabbr"))))
        elif m.get("client") in ("nextcloud", "sogo") or m.get("local_submit"):
            if m.get("client") in ("nextcloud", "sogo"):
                up.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    host, host, qid(rng), rc, rfc2822(sent, m["off"], m.get("tzabbr"))))
            else:
                app = s.get("app_host") or "%s%02d.%s" % (rng.choice(["app", "web", "booking", "mailer", "worker"]), rng.randint(1, 12), dom)
                up.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    app, app, ip4(rng, "192.0.2"), host, qid(rng), rc, rfc2822(sent, m["off"], m.get("tzabbr"))))
        else:
            up.append("Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                rng.choice(["[192.0.2.%d]" % rng.randint(2, 250), "localhost", "client.local", "webmail." + dom]),
                rng.choice(["unknown", "p%s.dip0.t-ipconnect.de" % rhex(rng, 8), "dyn-%s.net" % rdig(rng, 6)]),
                ip4(rng, "203.0.113"), s["addr"], host, qid(rng), rc, rfc2822(sent, m["off"], m.get("tzabbr"))))
        dk = [("none", None, None, None)]
        if not s.get("nodkim"):
            h, r = _dk(rng, s.get("dkim_d") or dom, s.get("sel") or rng.choice(DKIM_SEL), t, rng.choice(H_GENERIC))
            up.insert(0, h)
            dk = [r]
        envd = R["env_from"].split("@")[-1]
        spf = s.get("spf") or "pass"
        aligned = (dk[0][0] == "pass" and dk[0][1] and (dk[0][1] == dom or dom.endswith("." + dk[0][1]))) or (spf == "pass" and envd == dom)
        R["auth"] = {"dkim": dk, "spf": (spf, R["env_from"]), "dmarc": dmarc_for(dom, aligned, s.get("dmarc"))}
        if s.get("dmarc_none"):
            R["auth"]["dmarc"] = ("none", None, dom)
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "freesmtp":
        prov = s.get("provider", dom)
        ip = ip4(rng)
        hosts = {"gmx.de": "mout.gmx.net", "web.de": "mout.web.de", "mail.ru": "smtp%d.i.mail.ru" % rng.randint(1, 60),
                 "yandex.ru": "forward%d.mail.yandex.net" % rng.randint(100, 500), "gmail.com": "mail-wr1-f%d.google.com" % rng.randint(40, 70),
                 "t-online.de": "mailout%02d.t-online.de" % rng.randint(1, 12), "orange.fr": "smtp%02d.smtpout.orange.fr" % rng.randint(1, 20),
                 "posteo.de": "mout01.posteo.de", "libero.it": "libero.it", "wp.pl": "mx.wp.pl", "qq.com": "out%d.qq.com" % rng.randint(100, 300),
                 "163.com": "m%d.mail.163.com" % rng.randint(10, 99), "naver.com": "cvsmtppost%02d.nm.naver.com" % rng.randint(1, 40)}
        host = hosts.get(prov, "smtp." + prov)
        R["helo"] = R["rdns"] = host
        R["env_from"] = s["addr"]
        sel = {"gmail.com": gsel(sent), "gmx.de": "s31663417", "web.de": "s29768273", "mail.ru": "mail4",
               "yandex.ru": "mail", "qq.com": "s201512", "163.com": "s110527", "naver.com": "s20171208",
               "orange.fr": "t20230301", "t-online.de": "dkim", "posteo.de": "2017"}.get(prov, rng.choice(DKIM_SEL))
        h, r = _dk(rng, prov, sel, t, rng.choice(H_GENERIC[:3]))
        up.append(h)
        if prov == "gmail.com":
            up.append("Received: from [192.0.2.%d] (%s [%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                rng.randint(2, 60), "p%s.dip0.t-ipconnect.de" % rhex(rng, 8), ip4(rng, "203.0.113"), rtok(rng, 32, LOWDIG), rc, rfc2822(sent, m["off"])))
        else:
            up.append("Received: from [192.0.2.%d] ([%s]) by %s\n (mrgmx%03d [%s]) with ESMTPSA (Nemesis) id 1M%s; %s" % (
                rng.randint(2, 200), ip4(rng, "203.0.113"), host, rng.randint(1, 120), ip4(rng, "192.0.2"), rtok(rng, 18, ALNUM), rfc2822(sent, m["off"]))
                if prov in ("gmx.de", "web.de") else
                "Received: by %s with esmtpa (envelope-from <%s>)\n\tid 1r%s-%s; %s" % (host, s["addr"], rtok(rng, 6, ALNUM), rtok(rng, 6, ALNUM), rfc2822(sent, m["off"])))
        R["auth"] = {"dkim": [r], "spf": ("pass", s["addr"]), "dmarc": dmarc_for(dom, True)}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra.startswith("esp"):
        esp = infra.split("-")[1] if "-" in infra else rng.choice(["sendgrid", "ses", "mailgun", "postmark", "sparkpost"])
        ip = ip4(rng)
        bd = s.get("bounce_domain") or ("em%d.%s" % (rng.randint(100, 9999), dom))
        rlocal = m["rcpt"]["addr"].replace("@", "=")
        dk = []
        if esp == "sendgrid":
            R["helo"] = R["rdns"] = "o%d.ptr%d.%s" % (rng.randint(1, 99), rng.randint(1000, 9999), bd)
            R["env_from"] = "bounces+%s-%s-%s@%s" % (rdig(rng, 8), rhex(rng, 4), rlocal, bd)
            up.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n        %s" % (
                rhex(rng, 10), rtok(rng, 5, LOWDIG), rhex(rng, 10), rtok(rng, 5, LOWDIG), rhex(rng, 8).upper(), rdig(rng, 2), rfc2822(mid, 0, "UTC")))
            up.append("Received: from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s" % (
                rtok(rng, 22, ALNUM), rng.randint(1, 40), rtok(rng, 22, ALNUM + "-_"), rc, rfc2822(sent, 0, "UTC")))
            h1, r1 = _dk(rng, dom, "s1", 0, "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to")
            h2, r2 = _dk(rng, "sendgrid.info", "smtpapi", 0, "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to")
            up[0:0] = [h1, h2]
            dk = [r1, r2]
        elif esp == "ses":
            region = rng.choice(["eu-west-1", "us-west-2", "ap-northeast-1", "us-east-1"])
            R["helo"] = R["rdns"] = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(8, 48), rng.randint(1, 250), region)
            R["env_from"] = "0102018%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12), region)
            if s.get("ses_custom_mf"):
                R["env_from"] = "bounce@" + bd
            h1, r1 = _dk(rng, dom, rtok(rng, 32, LOWDIG), t, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date")
            h2, r2 = _dk(rng, "amazonses.com", rtok(rng, 32, LOWDIG), t, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")
            up += [h1, h2, "Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, rtok(rng, 43, B64))]
            dk = [r1, r2]
        elif esp == "mailgun":
            R["helo"] = R["rdns"] = "m%d-%d.mailgun.net" % (rng.randint(40, 240), rng.randint(1, 250))
            mg = s.get("mg_domain") or "mg." + dom
            R["env_from"] = "bounce+%s.%s-%s@%s" % (rhex(rng, 6), rhex(rng, 6), rlocal, mg)
            h1, r1 = _dk(rng, mg, "mx", t, "Content-Type: MIME-Version: Subject: From: To: Message-Id: Date: Sender")
            up += [h1, "Sender: %s" % R["env_from"] if False else "X-Mailgun-Sid: %s" % rtok(rng, 40, B64),
                   "Received: by %s with HTTP id %s; %s" % (R["helo"], rhex(rng, 24), rfc2822(sent, 0, "UTC"))]
            dk = [r1]
        else:  # postmark / sparkpost style
            R["helo"] = R["rdns"] = "mta%d.%s" % (rng.randint(1, 40), rng.choice(["mtasv.net", "sparkpostmail.com"]))
            R["env_from"] = "pm_bounces@pm-bounces.%s" % dom
            h1, r1 = _dk(rng, dom, "%s%s" % (rdig(rng, 8), "pm"), t, "From:Date:Subject:Message-Id:To:MIME-Version:Content-Type")
            h2, r2 = _dk(rng, "pm.mtasv.net", "pm", t, "From:Date:Subject:Message-Id:To:MIME-Version:Content-Type")
            up += [h1, h2]
            dk = [r1, r2]
        ed = R["env_from"].split("@")[1]
        R["auth"] = {"dkim": dk, "spf": ("pass", R["env_from"]),
                     "dmarc": dmarc_for(dom, bool(dk and dk[0][1] and (dk[0][1] == dom or dk[0][1].endswith("." + dom))), s.get("dmarc"))}
        R["ip"] = ip
        R["upstream"] = up
        return R

    if infra == "vps":
        ip = ip4(rng, rng.choice(["203.0.113", "198.51.100"]))
        o = ip.split(".")
        envd = s.get("env_domain") or dom
        rd = rng.choice(["vps-%s.vps.ovh.net" % rhex(rng, 8), "static.%s.%s.%s.%s.clients.your-server.de" % (o[3], o[2], o[1], o[0]),
                         "%s.contaboserver.net" % ("vmi%s" % rdig(rng, 7)), "ip-%s.ip.secureserver.net" % ip.replace(".", "-"),
                         "unknown", "host-%s.hosted-by-vdsina.com" % rdig(rng, 5), "mail." + envd, "server1." + envd])
        R["helo"] = s.get("helo") or rng.choice(["mail." + envd, "localhost.localdomain", rd if rd != "unknown" else "WIN-" + rtok(rng, 11, LOWDIG).upper(), "ubuntu", "mail." + envd])
        R["rdns"] = rd
        R["env_from"] = s.get("env") or ("%s@%s" % (rng.choice(["info", "noreply", "support", "admin", "mail", rtok(rng, 8, LOWER)]), envd))
        R["tls"] = rng.random() < 0.6
        dk = [("none", None, None, None)]
        if s.get("vps_dkim"):
            h, r = _dk(rng, envd, rng.choice(DKIM_SEL), t, rng.choice(H_GENERIC))
            up.append(h)
            dk = [r]
        if rng.random() < 0.6:
            up.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (
                rng.choice(["localhost", "[127.0.0.1]", "User"]), R["helo"], qid(rng), rfc2822(sent, m["off"])))
        spf = s.get("spf") or rng.choice(["pass", "pass", "softfail", "none", "neutral"])
        aligned = envd == dom and (spf == "pass" or dk[0][0] == "pass")
        R["auth"] = {"dkim": dk, "spf": (spf, R["env_from"]), "dmarc": dmarc_for(dom, aligned, s.get("dmarc"))}
        if s.get("dmarc_fail"):
            R["auth"]["dmarc"] = ("fail", s["dmarc_fail"], dom)
        R["ip"] = ip
        R["upstream"] = up
        return R

    raise ValueError(infra)


def list_route(rng, m, inner):
    """Mailing-list redistribution: original DKIM breaks because of footer/subject tag."""
    L = m["list"]
    ip = ip4(rng)
    R = {"tls": True, "client_headers": []}
    R["helo"] = R["rdns"] = L["host"]
    R["env_from"] = "%s-bounces+%s@%s" % (L["name"], m["rcpt"]["addr"].replace("@", "="), L["domain"])
    t = _ts(m["sent"])
    up = []
    if L["sw"] == "ggroups":
        R["env_from"] = "%s+bnc%s@googlegroups.com" % (L["name"], rtok(rng, 52, ALNUM))
        up.append("Received: by %s with SMTP id %s;\n        %s" % (ip6(rng), rtok(rng, 30, LOWDIG), rfc2822(m["arrival"] - dt.timedelta(seconds=rng.randint(3, 40)), 0)))
        up.append("X-BeenThere: %s@googlegroups.com" % L["name"])
        up.append("Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s@googlegroups.com>; %s" % (
            inner["helo"], inner["rdns"], inner["ip"], rtok(rng, 32, LOWDIG), L["name"], rfc2822(m["sent"] + dt.timedelta(seconds=rng.randint(2, 30)), 0)))
    else:
        up.append("Received: from %s (localhost [IPv6:::1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            L["host"], L["host"], qid(rng), rfc2822(m["arrival"] - dt.timedelta(seconds=rng.randint(3, 40)), 0, "UTC")))
        up.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s@%s>; %s" % (
            inner["helo"], inner["rdns"], inner["ip"], L["host"], qid(rng), L["name"], L["domain"], rfc2822(m["sent"] + dt.timedelta(seconds=rng.randint(2, 30)), 0, "UTC")))
    # original hops (and the original, now broken, signature) stay below the list hops
    up += inner["upstream"]
    dk = []
    for d in inner["auth"]["dkim"]:
        if d[0] == "pass":
            dk.append(("fail", d[1], d[2], d[3]))
        else:
            dk.append(d)
    if L.get("resign"):
        h, r = _dk(rng, L["domain"], "20230601" if L["sw"] == "ggroups" else "list", t, "from:to:subject:date:message-id:list-id:list-post")
        up.insert(0, h)
        dk.append(r)
    fd = m["sender"]["domain"]
    if L.get("munge"):
        dm = ("pass", "NONE", L["domain"]) if L.get("resign") else ("none", None, L["domain"])
    else:
        pol = m["sender"].get("dmarc") or DMARC_POLICY.get(fd)
        dm = ("fail", pol, fd) if pol else ("none", None, fd)
    R["auth"] = {"dkim": dk, "spf": ("pass", R["env_from"]), "dmarc": dm}
    R["ip"] = ip
    R["upstream"] = up
    return R
