"""Receiving-MX trace headers, sender-side Received lines and DKIM signatures."""
import datetime as dt
from .util import R, pick, chance, hexid, alnum, b64rand, rfc2822, rfc2822_pad, UTC, digits, CRLF

MX = "mx.example.net"


def doc_ip():
    net = pick(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, R.randint(2, 250))


def doc_ip6():
    return "2001:db8:%x:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


def queue_id():
    return hexid(R.choice([10, 11, 12]), upper=True)


def tls_clause(when):
    if when.year < 2019:
        return ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" + CRLF +
                "\t(No client certificate requested)" + CRLF + "\t")
    if chance(0.5):
        return ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
                "\t(No client certificate requested)" + CRLF + "\t")
    return ""


def dkim_sig(d, s, when, headers="from:to:subject:date:message-id:mime-version:content-type", style="std"):
    t = int(when.timestamp())
    b = b64rand(256)
    bh = b64rand(32)
    if style == "google":
        v = ("v=1; a=rsa-sha256; c=relaxed/relaxed;" + CRLF + "        d=%s; s=%s; t=%d; x=%d; darn=%s;" % (
            d, s, t, t + 604800, "example.net") + CRLF +
            "        h=" + headers + ";" + CRLF + "        bh=" + bh + ";" + CRLF + "        b=")
        body = [b[i:i + 70] for i in range(0, len(b), 70)]
        v += (CRLF + "         ").join(body)
        return v, b[:8]
    v = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d + CRLF + "\ts=%s; t=%d;" % (s, t) + CRLF + \
        "\tbh=%s;" % bh + CRLF + "\th=%s;" % headers + CRLF + "\tb="
    body = [b[i:i + 72] for i in range(0, len(b), 72)]
    v += (CRLF + "\t ").join(body)
    return v, b[:8]


def spf_text(res, mailfrom, ip):
    dom = mailfrom.split("@")[-1]
    if res == "pass":
        return "spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (MX, mailfrom, ip, mailfrom)
    if res == "softfail":
        return ("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) "
                "smtp.mailfrom=%s" % (MX, mailfrom, ip, mailfrom))
    if res == "fail":
        return "spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (
            MX, mailfrom, ip, mailfrom)
    if res == "neutral":
        return "spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (
            MX, ip, mailfrom, mailfrom)
    return "spf=none (%s: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (
        MX, mailfrom, mailfrom)


def trace(route, rcpt_addr, arrival):
    """route keys: env_from, host, ip, rdns (bool), dkim [(d,s,res)], spf res, dmarc (res, p, dis, hdrfrom),
    inner [list of Received values], tls, sigs [DKIM-Signature values], arc [headers], extra_after"""
    H = []
    H.append(("Return-Path", "<%s>" % route["env_from"]))
    H.append(("Delivered-To", rcpt_addr))
    ar = [MX]
    sigs_out = []
    bvals = []
    for (d, s, res, style, hl) in route.get("dkim", []):
        v, b8 = dkim_sig(d, s, arrival - dt.timedelta(seconds=R.randint(1, 4)), hl, style)
        sigs_out.append(("DKIM-Signature", v))
        if res == "pass":
            ar.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s" % (d, s, b8)
                      if route.get("dkim_verbose") else "dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b8))
        elif res == "fail":
            ar.append("dkim=fail (signature did not verify) header.d=%s header.s=%s header.b=%s" % (d, s, b8))
        elif res == "permerror":
            ar.append("dkim=permerror (no key for signature) header.d=%s header.s=%s header.b=%s" % (d, s, b8))
    if not route.get("dkim"):
        ar.append("dkim=none")
    ip = route["ip"]
    ar.append(spf_text(route.get("spf", "pass"), route["env_from"], ip))
    dres, p, dis, hfrom = route["dmarc"]
    if dres == "none":
        ar.append("dmarc=none header.from=%s" % hfrom)
    else:
        ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dres, p, p, dis, hfrom))
    ar_val = (";" + CRLF + "\t").join(ar)
    # some MXs add arc= too; keep postfix/opendmarc shape
    H.append(("Authentication-Results", ar_val))
    host = route["host"]
    if route.get("rdns", True):
        frm = "%s (%s [%s])" % (route.get("helo", host), host, ip)
    else:
        frm = "%s (unknown [%s])" % (route.get("helo", host), ip)
    proto = "ESMTPS" if route.get("tls", True) else "ESMTP"
    tls = tls_clause(arrival) if route.get("tls", True) else ""
    rcv = "from %s%s\t%sby %s (Postfix) with %s id %s%s\tfor <%s>; %s (UTC)" % (
        frm, CRLF, tls, MX, proto, queue_id(), CRLF, rcpt_addr, rfc2822(arrival.astimezone(UTC)))
    H.append(("Received", rcv))
    for a in route.get("arc", []):
        H.append(a)
    for r in route.get("inner", []):
        H.append(("Received", r))
    for x in route.get("pre_sig", []):
        H.append(x)
    H += sigs_out
    return H


# ---------------------------------------------------------------- sender set-ups
def dmarc_policy(domain):
    if domain in ("gmail.com", "googlemail.com"):
        return "NONE"
    if domain in ("yahoo.com", "aol.com", "outlook.com", "hotmail.com", "icloud.com", "me.com"):
        return "REJECT"
    return pick(["NONE", "QUARANTINE", "REJECT", "NONE"])


def sel(domain):
    if domain.endswith("gmail.com") or domain == "google.com":
        return pick(["20230601", "20221208", "20210112", "20161025"])
    return pick(["selector1", "selector2", "s1", "s2", "default", "mail", "k1", "dkim", "google", "mx",
                 "sig1", "202305", "s2048", "x"])


def route_generic(from_domain, env_from, arrival, host=None, signed=True, ip=None, inner=None, style="std",
                  spf="pass", dkim_res="pass", dmarc=None, rdns=True, tls=True, dkim_domain=None, helo=None):
    ip = ip or doc_ip()
    host = host or pick(["mail.", "smtp.", "mx1.", "out.", "mta."]) + env_from.split("@")[1]
    dd = dkim_domain or from_domain
    dk = [(dd, sel(dd), dkim_res, style,
           "from:to:subject:date:message-id:mime-version:content-type")] if signed else []
    if dmarc is None:
        aligned = (signed and dkim_res == "pass" and dd.endswith(from_domain.split(".", 0)[0])) or \
                  (spf == "pass" and env_from.split("@")[1].endswith(from_domain))
        pol = dmarc_policy(from_domain)
        dmarc = ("pass" if aligned else "fail", pol, "NONE", from_domain)
    return dict(env_from=env_from, host=host, ip=ip, dkim=dk, spf=spf, dmarc=dmarc, inner=inner or [],
                rdns=rdns, tls=tls, helo=helo or host)


def fmt_local(d):
    return rfc2822(d)


def _sub(when, s):
    return when - dt.timedelta(seconds=s)


def route_for(kind, from_addr, arrival, rcpt_addr, **kw):
    """Build a route for a known sending set-up.  kind values:
    google-cal, gmail, m365, outlookcom, icloud, yahoo, mailru, yandex, qq, naver, gmx, own, esp, vps,
    spoof, zoom, list (handled by caller)."""
    dom = from_addr.split("@")[1]
    ip = doc_ip()
    inner = []
    dkim = []
    spf = "pass"
    env = from_addr
    host = None
    dmarc = None
    arc = []
    pre = []
    if kind == "google-cal":
        env = "%s@calendar-server.bounces.google.com" % (
            "3" + alnum(11) + "." + alnum(6).lower() + "-" + alnum(14).lower())
        host = "mail-sor-f%d.google.com" % R.randint(41, 99)
        inner.append("by %s with SMTP id %s%s        for <%s>%s        (Google Transport Security);%s        %s" % (
            host, "00721157ae682-" + hexid(11) + "sor" + digits(7) + "b3." + str(R.randint(1, 40)), CRLF,
            rcpt_addr, CRLF, CRLF, rfc2822(_sub(arrival, 1).astimezone(dt.timezone(dt.timedelta(hours=-7))))
            + " (PDT)"))
        pre.append(("X-Google-Smtp-Source", alnum(80) + "=="))
        pre.append(("X-Received", "by 2002:a05:6902:%x:b0:dc6:%x:%x with SMTP id %s.%d.%d;%s        %s" % (
            R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), hexid(10), R.randint(1, 99),
            int(arrival.timestamp()), CRLF, rfc2822(_sub(arrival, 1).astimezone(dt.timezone(dt.timedelta(hours=-7))))
            + " (PDT)")))
        hl = "to:from:subject:date:message-id:sender:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to"
        if dom not in ("gmail.com", "googlemail.com"):
            dkim.append((dom, "google", "pass", "google", hl))
        else:
            dkim.append(("gmail.com", sel("gmail.com"), "pass", "google", hl))
        dkim.append(("google.com", sel("google.com"), "pass", "google", hl))
    elif kind == "gmail":
        host = "mail-%s-f%d.google.com" % (pick(["ed1", "wm1", "pl1", "lf1", "ej1", "qt1", "yw1"]), R.randint(41, 99))
        inner.append("by %s with SMTP id %s;%s        %s" % (
            host, hexid(13) + "so" + digits(7) + pick(["a12", "f29", "ed1"]) + "." + str(R.randint(1, 30)), CRLF,
            rfc2822(_sub(arrival, 2).astimezone(dt.timezone(dt.timedelta(hours=-7)))) + " (PDT)"))
        pre.append(("X-Google-Smtp-Source", alnum(80) + "=="))
        dkim.append((dom, sel(dom) if dom.endswith("gmail.com") else "google", "pass", "google",
                     "mime-version:from:date:message-id:subject:to:from:to:cc:subject:date:message-id:reply-to"))
    elif kind in ("m365", "outlookcom"):
        region = pick([("eurprd", "EUR", "AM6", "DB9", "AS8", "VI1"), ("namprd", "NAM", "BN8", "SN7", "CH2", "MW4"),
                       ("apcprd", "APC", "SG2", "TYZ", "PS2", "KL1")])
        a = "%s%sPR%02dMB%04d" % (pick(region[2:]), "", R.randint(1, 9), R.randint(1000, 9999))
        b = "%s%sPR%02dMB%04d" % (pick(region[2:]), "", R.randint(1, 9), R.randint(1000, 9999))
        rn = "%s%02d" % (region[0], R.randint(1, 9))
        host = "%s%02d-%s-obe.outbound.protection.outlook.com" % (region[1], R.randint(1, 5), pick(region[2:]))
        helo = host
        host = "mail-%seur%02don%d%03d.outbound.protection.outlook.com" % (pick(["am6", "db5", "vi1", "he1"]),
                                                                          R.randint(1, 5), 2, R.randint(10, 250)) \
            if region[1] == "EUR" else "mail-%s%02don%d%03d.outbound.protection.outlook.com" % (
                pick(["bn8nam", "mw2nam", "co1nam", "dm6nam"]), R.randint(10, 12), 2, R.randint(10, 250))
        kw.setdefault("helo", helo)
        inner.append("from %s.%s.prod.outlook.com (%s) by%s %s.%s.prod.outlook.com (%s) with%s Microsoft SMTP Server "
                     "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s 15.20.%d.%d; %s" % (
                         a, rn, doc_ip6(), CRLF + " ", b, rn, doc_ip6(), CRLF, CRLF,
                         R.randint(6000, 8800), R.randint(10, 40), rfc2822_pad(_sub(arrival, 2).astimezone(UTC))))
        inner.append("from %s.%s.prod.outlook.com%s ([fe80::%x:%x:%x:%x]) by %s.%s.prod.outlook.com%s "
                     "([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d; %s" % (
                         a, rn, CRLF + " ", R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff),
                         R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), a, rn, CRLF + " ",
                         R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff),
                         R.randint(0x1000, 0xffff), R.randint(3, 7), R.randint(6000, 8800), R.randint(10, 40),
                         rfc2822_pad(_sub(arrival, 3).astimezone(UTC))))
        arc.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
                    " b=" + b64rand(180)[:200]))
        arc.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
                    " s=arcselector10001;" + CRLF +
                    " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;" + CRLF +
                    " bh=" + b64rand(32) + ";" + CRLF + " b=" + b64rand(180)[:200]))
        arc.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF +
                    " dkim=none; arc=none"))
        if kind == "outlookcom":
            dkim.append((dom, "selector1", "pass", "std",
                         "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
            env = from_addr
        else:
            tenant = kw.get("tenant") or dom.split(".")[0].replace("-", "")
            dkim.append((dom, pick(["selector1", "selector2"]), kw.get("dkim_res", "pass"), "std",
                         "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
            if chance(0.3):
                dkim.append(("%s.onmicrosoft.com" % tenant, "selector1-%s-onmicrosoft-com" % tenant, "pass", "std",
                             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
    elif kind == "icloud":
        host = "%sp00im-%s%08d.me.com" % (pick(["st43", "qs51", "mr85", "ms11"]), pick(["ztdg", "qukt", "zteg", "hyfv"]),
                                          R.randint(10000000, 99999999))
        inner.append("from %s (%s [%s])%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s (UTC)" % (
            pick(["smtpclient.apple", "[192.168.1.23]", "localhost"]), host, doc_ip(), CRLF, host, hexid(10, True), CRLF,
            rfc2822(_sub(arrival, 2).astimezone(UTC))))
        dkim.append((dom if dom in ("icloud.com", "me.com", "mac.com") else dom,
                     pick(["1a1hai", "sig1"]), "pass", "std",
                     "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From"))
    elif kind in ("yahoo", "mailru", "yandex", "qq", "naver", "gmx", "free"):
        hosts = {"yahoo": ("sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randint(300, 330), R.randint(10, 60),
                                                                    pick(["ne1", "bf2", "gq1", "ir2"])), "s2048"),
                 "mailru": ("f%d.i.mail.ru" % R.randint(100, 999), "mail4"),
                 "yandex": ("forward%da.mail.yandex.net" % R.randint(100, 500), "mail"),
                 "qq": ("out%d-%d.mail.qq.com" % (R.randint(100, 250), R.randint(100, 250)), "s201512"),
                 "naver": ("cvsmtppost%03d.nm.naver.com" % R.randint(1, 99), "s20171208"),
                 "gmx": ("mout.%s" % ("gmx.net" if "gmx" in dom else "web.de" if "web.de" in dom else dom), "s29768273")}
        host, s = hosts.get(kind, ("smtp.%s" % dom if chance(0.5) else "mail.%s" % dom, sel(dom)))
        inner.append("from %s ([%s]) by %s with %s id %s%s\tfor <%s>; %s" % (
            pick(["[127.0.0.1]", "localhost", "webmail"]), doc_ip(), host, pick(["ESMTPA", "HTTP", "ESMTPSA"]),
            alnum(12), CRLF, rcpt_addr, rfc2822(_sub(arrival, 2))))
        dkim.append((dom, s, "pass", "std", "Content-Type:MIME-Version:Subject:Date:Message-ID:To:From"))
    elif kind == "own":
        host = kw.get("host") or pick(["mail.", "smtp.", "mx.", "mail2.", "owa."]) + dom
        inner.append("from %s (%s [%s])%s\tby %s (%s) with ESMTPSA id %s%s\tfor <%s>; %s" % (
            pick(["[10.0.0.%d]" % R.randint(2, 250), "localhost", "[192.168.0.%d]" % R.randint(2, 250)]),
            pick(["unknown", "localhost"]), doc_ip(), CRLF, host, pick(["Postfix", "Postfix", "Exim 4.96", "Zimbra"]),
            hexid(10, True), CRLF, rcpt_addr, rfc2822(_sub(arrival, 2))))
        if kw.get("signed", True):
            dkim.append((dom, sel(dom), kw.get("dkim_res", "pass"), "std",
                         "from:to:subject:date:message-id:mime-version:content-type"))
    elif kind == "esp":
        espdom = kw.get("espdom") or pick(["mktmail.example", "sendwave.example", "mailrelay-cdn.example",
                                           "campaignhub.example"])
        env = "bounces+%s-%s=%s@em%d.%s" % (digits(7), hexid(4), rcpt_addr.replace("@", "="), R.randint(100, 9999), dom)
        host = "o%d.ptr%d.%s" % (R.randint(1, 30), R.randint(1000, 9999), espdom)
        dkim.append((dom, pick(["s1", "k1", "em", "mte1"]), "pass", "std",
                     "from:reply-to:subject:mime-version:content-type:to:list-unsubscribe"))
        dkim.append((espdom, "smtpapi", "pass", "std",
                     "from:reply-to:subject:mime-version:content-type:to:list-unsubscribe"))
    elif kind == "zoom":
        env = "bounce-%s@%s" % (alnum(20), pick(["zoom.us", "e.zoom.us"]))
        host = "o%d.email.zoom.us" % R.randint(1, 99)
        dkim.append(("zoom.us", pick(["s1", "zoom", "s2"]), "pass", "std",
                     "from:reply-to:subject:mime-version:content-type:to"))
        dmarc = ("pass", "REJECT", "NONE", "zoom.us")
    elif kind == "vps":
        host = kw.get("host") or pick(["vps", "srv", "host", "ns", "mail", "cloud"]) + "%d.%s" % (
            R.randint(10, 9999), pick(["contaboserver.example", "hostingvps.example", "vmcloud.example",
                                       "fastvds.example", "kvm-host.example"]))
        if kw.get("signed"):
            dkim.append((dom, sel(dom), kw.get("dkim_res", "pass"), "std",
                         "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
        spf = kw.get("spf", pick(["pass", "neutral", "none", "pass"]))
        env = kw.get("env", from_addr)
        if kw.get("unknown_rdns", chance(0.4)):
            kw["rdns"] = False
        inner.append("by %s (Postfix, from userid %d)%s\tid %s; %s" % (
            host, R.choice([0, 33, 1000, 1001]), CRLF, hexid(10, True), rfc2822(_sub(arrival, 1)))) if chance(0.5) else None
        inner[:] = [i for i in inner if i]
    elif kind == "spoof":
        host = kw.get("host") or pick(["unknown", "static-%s.isp.example" % digits(6), "vm%s.cloudnode.example" % digits(4)])
        env = kw.get("env") or "%s@%s" % (pick(["info", "noreply", "admin", "bounce", alnum(8).lower()]),
                                           pick(["mail-relay.example", dom, "smtp-out.example"]))
        spf = kw.get("spf", pick(["softfail", "fail", "none", "neutral"]))
        dmarc = ("fail", kw.get("policy", pick(["NONE", "QUARANTINE", "NONE"])), "NONE", dom)
        if not kw.get("rdns_ok"):
            kw["rdns"] = False
    else:
        raise ValueError(kind)
    if dmarc is None:
        envdom = env.split("@")[1]
        aligned = any(r == "pass" and (d == dom or dom.endswith("." + d) or d.endswith("." + dom))
                      for (d, s, r, st, h) in dkim) or (spf == "pass" and (envdom == dom or envdom.endswith("." + dom)))
        if kind == "google-cal":
            aligned = True
        if kind == "vps" and not dkim and spf != "pass":
            dmarc = ("none", None, None, dom)
        else:
            dmarc = ("pass" if aligned else "fail", kw.get("policy") or dmarc_policy(dom), "NONE", dom)
    if kind == "spf_only":
        pass
    return dict(env_from=env, host=host, ip=ip, dkim=dkim, spf=spf, dmarc=dmarc, inner=inner, arc=arc,
                pre_sig=pre, rdns=kw.get("rdns", True), tls=kw.get("tls", True), helo=kw.get("helo", host))


def free_kind(addr):
    d = addr.split("@")[1]
    if d in ("gmail.com", "googlemail.com"):
        return "gmail"
    if d in ("outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "hotmail.fr", "hotmail.es", "hotmail.it",
             "hotmail.nl", "hotmail.gr", "outlook.es", "outlook.pt", "outlook.jp", "outlook.sa", "windowslive.com",
             "outlook.co.th"):
        return "outlookcom"
    if d in ("icloud.com", "me.com", "mac.com"):
        return "icloud"
    if d.startswith("yahoo") or d == "aol.com":
        return "yahoo"
    if d in ("mail.ru", "bk.ru", "list.ru", "inbox.ru"):
        return "mailru"
    if d in ("yandex.ru", "ya.ru"):
        return "yandex"
    if d in ("qq.com", "foxmail.com"):
        return "qq"
    if d in ("naver.com",):
        return "naver"
    if d in ("gmx.de", "gmx.net", "web.de"):
        return "gmx"
    return "free"
