"""Receiving-MX and sender-side transport headers."""
import datetime as dt
import hashlib

from .core import (CRLF, auth_results, mx_received, dkim_signature, rfc2822, rfc2822_pad, hexid, rb64)

KNOWN_POL = {
    "gmail.com": "p=NONE sp=QUARANTINE dis=NONE", "google.com": "p=REJECT sp=REJECT dis=NONE",
    "outlook.com": "p=NONE sp=QUARANTINE dis=NONE", "hotmail.com": "p=NONE sp=QUARANTINE dis=NONE",
    "yahoo.com": "p=REJECT sp=REJECT dis=NONE", "icloud.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "me.com": "p=QUARANTINE sp=QUARANTINE dis=NONE", "zoom.us": "p=REJECT sp=REJECT dis=NONE",
    "aol.com": "p=REJECT sp=REJECT dis=NONE", "mail.ru": "p=REJECT sp=REJECT dis=NONE",
    "yandex.ru": "p=NONE sp=NONE dis=NONE", "qq.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
    "naver.com": "p=NONE sp=NONE dis=NONE", "gmx.de": "p=NONE sp=NONE dis=NONE", "web.de": "p=NONE sp=NONE dis=NONE",
    "orange.fr": "p=REJECT sp=REJECT dis=NONE", "laposte.net": "p=REJECT sp=REJECT dis=NONE",
    "libero.it": "p=NONE sp=NONE dis=NONE", "wp.pl": "p=REJECT sp=REJECT dis=NONE",
    "yahoo.co.jp": "p=NONE sp=NONE dis=NONE", "163.com": "p=NONE sp=NONE dis=NONE",
}
FREE_NOREC = {"t-online.de", "free.fr", "virgilio.it", "alice.it", "uol.com.br", "bol.com.br", "ziggo.nl", "kpnmail.nl",
              "o2.pl", "interia.pl", "onet.pl", "telia.com", "rambler.ru", "bk.ru", "ukr.net", "i.ua", "meta.ua",
              "yahoo.gr", "otenet.gr", "walla.co.il", "012.net.il", "126.com", "sina.com", "hinet.net", "pchome.com.tw",
              "docomo.ne.jp", "nifty.com", "daum.net", "hanmail.net", "rediffmail.com", "sapo.pt"}


def dmarc_policy(domain, override=None):
    if override is not None:
        return override or None
    d = domain.lower()
    if d in KNOWN_POL:
        return KNOWN_POL[d]
    if d.startswith("yahoo.") or d.startswith("hotmail.") or d.startswith("outlook."):
        return "p=REJECT sp=REJECT dis=NONE" if d.startswith("yahoo.") else "p=NONE sp=QUARANTINE dis=NONE"
    if d in FREE_NOREC:
        return None
    h = int(hashlib.md5(d.encode()).hexdigest(), 16) % 10
    return [None, None, None, "p=NONE sp=NONE dis=NONE", "p=NONE sp=NONE dis=NONE", "p=NONE sp=NONE dis=NONE",
            "p=QUARANTINE sp=QUARANTINE dis=NONE", "p=QUARANTINE sp=NONE dis=NONE", "p=REJECT sp=REJECT dis=NONE",
            "p=REJECT sp=REJECT dis=NONE"][h]


ISP_HOST = {"gmx.de": ("mout.gmx.net", "mout.gmx.net"), "web.de": ("mout.web.de", "mout.web.de"),
            "t-online.de": ("mailout%d.t-online.de", "fwd%d.aul.t-online.de"), "mail.ru": ("f%d.i.mail.ru", "smtp%d.i.mail.ru"),
            "bk.ru": ("f%d.i.mail.ru", "f%d.i.mail.ru"), "yandex.ru": ("forward%da.mail.yandex.net", "forward%da.mail.yandex.net"),
            "rambler.ru": ("mxout%d.rambler.ru", "mxout%d.rambler.ru"), "qq.com": ("out%d.mail.qq.com", "out%d.mail.qq.com"),
            "163.com": ("m%d.mail.163.com", "m%d.mail.163.com"), "126.com": ("m%d.mail.126.com", "m%d.mail.126.com"),
            "naver.com": ("cvsmtppost%d.nm.naver.com", "cvsmtppost%d.nm.naver.com"), "daum.net": ("mail-smtp%d.daum.net", "smtp%d.daum.net"),
            "orange.fr": ("smtp-%d.smtpout.orange.fr", "smtp-%d.smtpout.orange.fr"), "free.fr": ("smtp%d-g21.free.fr", "smtp%d-g21.free.fr"),
            "laposte.net": ("smtp-out%d.laposte.net", "smtp-out%d.laposte.net"), "libero.it": ("libero-smtp-out%d.libero.it", "smtp-%d.libero.it"),
            "wp.pl": ("mx%d.wp.pl", "mx%d.wp.pl"), "ukr.net": ("frv%d.fwdcdn.com", "frv%d.fwdcdn.com"),
            "yahoo.co.jp": ("mail%d.yahoo.co.jp", "mail%d.yahoo.co.jp"), "rediffmail.com": ("rediffmail%d.rediff.com", "smtp%d.rediff.com"),
            "uol.com.br": ("smtpout%d.uol.com.br", "smtpout%d.uol.com.br")}

ESP = ["sendwave.net", "postmarkly.net", "mailhopper.io", "relaymint.com", "sparkpath-mail.net"]


def _ip(rng, v6=False):
    if v6:
        return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 254))


def _pdt(utc):
    # Google's own headers are in Pacific time
    y = utc.year
    import datetime as _d
    from .core import _nth_sunday
    on = _nth_sunday(y, 3, 2) <= utc.date() < _nth_sunday(y, 11, 1)
    return rfc2822(utc, -420 if on else -480, "PDT" if on else "PST")


def gsel(year):
    return "20230601" if year >= 2023 else "20221208" if year >= 2022 else "20210112" if year >= 2021 else "20161025"


def build(m):
    """Return list of header strings for the top of the message."""
    rng = m.rng
    fd = m.frm[1].split("@")[1].lower()
    rcpt = m.rcpt_addr
    infra = m.infra
    t_send = min(m.date_utc + dt.timedelta(seconds=rng.randint(1, 4)), m.arrival - dt.timedelta(seconds=1))
    t_mx = m.arrival
    recv, pre_dkim, signers = [], [], []
    v6 = False
    env = m.env_from
    if infra == "google":
        env = env or "%s-calendar-notification@calendar-server.bounces.google.com" % hexid(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")[:38]
        helo = "mail-%s-f%d.google.com" % (rng.choice(["yw1", "pj1", "qt1", "wr1", "lf1", "ej1", "pl1", "oi1", "sor", "yb1"]), rng.randint(41, 230))
        v6 = rng.random() < 0.6
        recv.append("Received: by %s with SMTP id %s.%d" % (helo, hexid(rng, 16, "0123456789abcdef"), rng.randint(1, 30)) + CRLF +
                    "        for <%s>; %s" % (rcpt, _pdt(t_send)))
        pre_dkim += ["X-Google-Smtp-Source: AGHT+I" + rb64(rng, 60)[:86],
                     "X-Received: by 2002:a05:%x:%x:b0:%x:%x with SMTP id %s.%d.%d; %s" % (
                         rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                         hexid(rng, 12, "0123456789abcdefghijklmnopqrstuvwxyz"), rng.randint(1, 9), rng.randint(10 ** 12, 10 ** 13), _pdt(t_send))]
        signers.append(("google.com", gsel(m.year)))
        signers.append((fd, gsel(m.year) if fd == "gmail.com" else "google"))
        rdns = helo
    elif infra == "gmail":
        env = env or m.frm[1]
        helo = "mail-%s-f%d.google.com" % (rng.choice(["wr1", "lf1", "ej1", "ed1", "pj1", "qk1"]), rng.randint(41, 230))
        v6 = rng.random() < 0.5
        recv.append("Received: by %s with SMTP id %s.%d" % (helo, hexid(rng, 16, "0123456789abcdef"), rng.randint(1, 30)) + CRLF +
                    "        for <%s>; %s" % (rcpt, _pdt(t_send)))
        pre_dkim += ["X-Gm-Message-State: " + rb64(rng, 50)[:66], "X-Google-Smtp-Source: AGHT+I" + rb64(rng, 60)[:86]]
        signers.append((fd, gsel(m.year) if fd == "gmail.com" else "google"))
        rdns = helo
    elif infra in ("m365", "outlookcom"):
        env = env or m.frm[1]
        reg = rng.choice(["eur05", "eur03", "eur02", "nam11", "nam12", "nam10", "apc01", "jpn01"])
        helo = "mail-%s%son%d%d.outbound.protection.outlook.com" % (rng.choice(["am6", "db8", "vi1", "dm6", "bn8", "sy4", "os0"]), reg, rng.randint(20, 21), rng.randint(10, 99)) \
            if infra == "m365" else "%s-%s-obe.outbound.protection.outlook.com" % (reg.upper(), rng.choice(["AM0", "DB3", "VI1", "BN8", "CO1"]))
        v6 = rng.random() < 0.7
        h1 = getattr(m, "exch_host", None) or "DB9PR%02dMB%04d" % (rng.randint(1, 9), rng.randint(1000, 9999))
        region = getattr(m, "exch_region", None) or "eurprd07"
        fq = "%s.%s.prod.outlook.com" % (h1, region)
        recv.append("Received: from %s" % fq + CRLF + " ([%s]) by %s" % (_ip(rng, True), fq) + CRLF +
                    " ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (_ip(rng, True), rng.randint(3, 7), rng.randint(7000, 8999), rng.randint(1, 40), rfc2822_pad(m.date_utc, 0)))
        recv.insert(0, "Received: from %s (%s) by" % (fq, _ip(rng, True)) + CRLF +
                    " %s (%s) with Microsoft SMTP Server (version=TLS1_2," % (fq.replace(h1, h1[:-2] + "%02d" % rng.randint(10, 99)), _ip(rng, True)) + CRLF +
                    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (rng.randint(7000, 8999), rng.randint(1, 40), rfc2822_pad(t_send, 0)))
        if rng.random() < 0.8:
            pre_dkim += ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector%d; d=microsoft.com; cv=none;" % rng.choice([9901, 10001]) + CRLF +
                         " b=" + rb64(rng, 96)[:76],
                         "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
                         " s=arcselector9901;" + CRLF + " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
                         " bh=" + rb64(rng, 32) + ";" + CRLF + " b=" + rb64(rng, 96)[:76],
                         "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass" + CRLF +
                         " smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;" % (fd, fd) + CRLF +
                         " dkim=pass header.d=%s; arc=none" % fd]
        if infra == "outlookcom":
            signers.append((fd, "selector1"))
        elif m.onms:
            ten = fd.split(".")[0].replace("-", "")
            signers.append(("%s.onmicrosoft.com" % ten, "selector%d-%s-onmicrosoft-com" % (rng.randint(1, 2), ten)))
        else:
            signers.append((fd, "selector%d" % rng.randint(1, 2)))
        rdns = helo
    elif infra == "icloud":
        env = env or m.frm[1]
        helo = "%s.me.com" % rng.choice(["st43p00im-zteg10063501", "ms11p00im-qufo17281401", "pv50p00im-ztdg10021801",
                                         "mr85p00im-zteg06021601", "qs51p00im-qukt01072101"])
        recv.append("Received: from smtpclient.apple (%s [%s])" % (helo.replace(".me.com", ".me.com"), _ip(rng)) + CRLF +
                    "\tby %s (Postfix) with ESMTPSA id %s;" % (helo, hexid(rng, 12)) + CRLF + "\t%s" % rfc2822(t_send, 0, "UTC"))
        signers.append((fd, "1a1hai" if fd in ("icloud.com", "me.com", "mac.com") else "sig1"))
        rdns = helo
    elif infra == "yahoo":
        env = env or m.frm[1]
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(10, 60), rng.choice(["ne1", "bf2", "gq1", "ir2", "sg3"]))
        recv.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (helo, rfc2822(m.date_utc, 0)))
        recv.insert(0, "Received: by hermes--production-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;" % (
            rng.choice(["ne1", "bf1", "gq1"]), hexid(rng, 10, "0123456789abcdef"), hexid(rng, 32, "0123456789abcdef")) + CRLF +
                      "          %s" % rfc2822(t_send, 0))
        signers.append((fd, "s2048"))
        rdns = helo
    elif infra == "zoom":
        env = env or "bounces+%d-%s-%s=%s@em%d.zoom.us" % (rng.randint(10 ** 6, 10 ** 7), hexid(rng, 4, "0123456789abcdef"),
                                                         rcpt.split("@")[0], rcpt.split("@")[1], rng.randint(1000, 9999))
        helo = "o%d.ptr%d.zoom.us" % (rng.randint(1, 40), rng.randint(1000, 9999))
        recv.append("Received: by filterdrecv-%s with SMTP id filterdrecv-%s.%d.%s;" % (
            hexid(rng, 10, "0123456789abcdef"), hexid(rng, 10, "0123456789abcdef"), rng.randint(1, 30), hexid(rng, 20, "0123456789abcdef")) + CRLF +
                    "        %s" % rfc2822(t_send, 0, "UTC"))
        signers += [("zoom.us", "s1")]
        rdns = helo
    elif infra == "esp":
        n = rng.randint(1000, 99999)
        esp = m.esp or rng.choice(ESP)
        env = env or "bounces+%d-%s-%s=%s@em%d.%s" % (n, hexid(rng, 4, "0123456789abcdef"), rcpt.split("@")[0], rcpt.split("@")[1], rng.randint(100, 9999), fd)
        helo = "o%d.ptr%d.%s" % (rng.randint(1, 99), rng.randint(1000, 9999), esp)
        recv.append("Received: by recv-%s.%s with SMTP id %s;" % (hexid(rng, 8, "0123456789abcdef"), esp, hexid(rng, 22, "0123456789abcdefghijklmnopqrstuvwxyz")) + CRLF +
                    "        %s" % rfc2822(t_send, 0, "UTC"))
        signers += [(fd, rng.choice(["s1", "k1", "s2", "scph0421", "mte1"])), (esp, "smtpapi")]
        rdns = helo
    elif infra == "exchange":
        env = env or m.frm[1]
        gw = "mailgw%s.%s" % (rng.choice(["", "01", "02"]), fd)
        ex1 = "EXCH%02d.corp.%s" % (rng.randint(1, 4), fd)
        ex2 = "EXCH%02d.corp.%s" % (rng.randint(5, 8), fd)
        ip1, ip2 = _ip(rng), _ip(rng)
        recv += ["Received: from %s (%s) by %s (%s) with Microsoft SMTP Server" % (ex1, ip1, gw, ip2) + CRLF +
                 " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s" % (
                     rng.choice([1, 2]), rng.choice([2507, 1258, 1544]), rng.randint(10, 40), rfc2822_pad(t_send, 60)),
                 "Received: from %s (%s) by %s (%s) with Microsoft SMTP Server" % (ex2, _ip(rng), ex1, ip1) + CRLF +
                 " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.%d; %s" % (rng.randint(10, 40), rfc2822_pad(m.date_utc, 60)),
                 "Received: from %s ([%s]) by %s ([%s]) with mapi id" % (ex2, _ip(rng), ex2, _ip(rng)) + CRLF +
                 " 15.01.2507.%03d; %s" % (rng.randint(10, 40), rfc2822_pad(m.date_utc, 60))]
        recv.insert(0, "Received: from %s (%s [%s])" % (gw, gw, ip2) + CRLF + "\tby smtp-out.%s (Postfix) with ESMTPS id %s" % (fd, hexid(rng, 10)) + CRLF +
                    "\tfor <%s>; %s" % (rcpt, rfc2822(t_send, 60)))
        helo = "smtp-out." + fd
        signers.append((fd, rng.choice(["gw1", "mail", "exchange2019", "sel1"])))
        rdns = helo
    elif infra == "zimbra":
        env = env or m.frm[1]
        zh = m.zimbra_host or "mail." + fd
        qid = hexid(rng, 10)
        recv += ["Received: from localhost (localhost [127.0.0.1])" + CRLF + "\tby %s (Postfix) with ESMTP id %s;" % (zh, qid) + CRLF + "\t%s" % rfc2822(t_send, local_off_safe(m)),
                 "Received: from %s ([127.0.0.1])" % zh + CRLF + "\tby localhost (%s [127.0.0.1]) (amavis, port 10026)" % zh + CRLF +
                 "\twith ESMTP id %s; %s" % (hexid(rng, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rfc2822(t_send, local_off_safe(m))),
                 "Received: from %s (%s [%s])" % (zh, zh, _ip(rng)) + CRLF + "\tby %s (Postfix) with ESMTP id %s;" % (zh, hexid(rng, 10)) + CRLF + "\t%s" % rfc2822(m.date_utc, local_off_safe(m))]
        signers.append((fd, hexid(rng, 8) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4) + "-" + hexid(rng, 12)))
        helo = zh
        rdns = zh
    elif infra == "vps":
        env = env or m.frm[1]
        helo = m.vps_helo or rng.choice(["localhost", "ubuntu", "vps%d.hosting.example" % rng.randint(100, 99999),
                                         "mail." + fd, "WIN-%s" % hexid(rng, 11), "[%s]" % _ip(rng), "srv%d.cloudvps.example" % rng.randint(1, 999)])
        rdns = m.vps_rdns if m.vps_rdns is not None else rng.choice([None, None, "static.%d.%d.203.in-addr.example" % (rng.randint(1, 254), rng.randint(1, 254)),
                                                                    "vps-%s.cloudhost.example" % hexid(rng, 8, "0123456789abcdef")])
        if rng.random() < 0.5:
            h = helo if not helo.startswith("[") else "localhost"
            recv.append("Received: from localhost (localhost [127.0.0.1])" + CRLF + "\tby %s (Postfix) with ESMTP id %s" % (h, hexid(rng, 10)) + CRLF +
                        "\tfor <%s>; %s" % (rcpt, rfc2822(t_send, 0)))
        if m.vps_sign:
            signers.append((m.vps_sign, rng.choice(["default", "mail", "x", "dkim"])))
    else:  # postfix / exim: own server, web hoster, ISP
        env = env or m.frm[1]
        isp = ISP_HOST.get(fd)
        if isp:
            helo = isp[0] % rng.randint(1, 99) if "%d" in isp[0] else isp[0]
            inner = isp[1] % rng.randint(1, 99) if "%d" in isp[1] else isp[1]
        else:
            helo = m.smtp_host or rng.choice(["mail.", "smtp.", "mx1.", "mail01.", "out."]) + fd
            inner = helo
        cip = _ip(rng)
        if infra == "exim":
            recv.append("Received: from [%s] (port=%d helo=[%s])" % (cip, rng.randint(49152, 65535), cip) +
                        CRLF + "\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" % inner + CRLF +
                        "\t(Exim 4.%d)" % rng.choice([94, 95, 96, 97, 98]) + CRLF + "\t(envelope-from <%s>)" % env + CRLF +
                        "\tid 1%s-%s-%s" % (hexid(rng, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), hexid(rng, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hexid(rng, 2)) + ";" + CRLF +
                        "\t%s" % rfc2822(t_send, local_off_safe(m)))
        else:
            recv.append("Received: from [%s] (unknown [%s])" % (cip, cip) + CRLF +
                        "\t(Authenticated sender: %s)" % (m.auth_user or m.frm[1]) + CRLF +
                        "\tby %s (Postfix) with ESMTPSA id %s" % (inner, hexid(rng, 10)) + CRLF +
                        "\tfor <%s>; %s" % (rcpt, rfc2822(t_send, local_off_safe(m))))
        signers.append((fd, m.dkim_sel or rng.choice(["mail", "default", "dkim", "s1", "2021", "mx", "k1", "202306"])))
        rdns = helo
    # ---------------------------------------------------------------- auth
    mode = m.auth or "pass"
    ip = _ip(rng, v6) if not m.mx_ip else m.mx_ip
    if mode in ("spoof", "spoof-soft", "nodkim", "vps-none", "spoof-none"):
        signers = [s for s in signers if s[0] not in (fd,) and not s[0].endswith("." + fd)] if mode != "nodkim" else []
        if infra == "vps":
            signers = [(m.vps_sign, "default")] if m.vps_sign else []
    if m.no_sign:
        signers = []
    sigs, dkres = [], []
    t = int(t_send.timestamp())
    hl = m.dkim_h or "from:to:subject:date:message-id:mime-version:content-type"
    for d, s in signers:
        indent = "        " if infra in ("google", "gmail") else " " if infra in ("m365", "outlookcom") else "\t"
        extra = " x=%d; darn=%s;" % (t + 604800, rcpt.split("@")[1]) if infra in ("google", "gmail") else ""
        h, b8 = dkim_signature(rng, d, s, t, hl, indent, extra)
        sigs.append(h)
        dkres.append(("fail" if mode == "dkimfail" and d == fd else "pass", d, s, b8))
    efd = env.split("@")[1].lower()
    pol = dmarc_policy(fd, m.dmarc_override)
    aligned_dkim = any(r == "pass" and (d == fd or d.endswith("." + fd) or fd.endswith("." + d)) for r, d, s, b in dkres)
    if mode in ("pass", "dkimfail"):
        spf = ("pass", env, ip)
    elif mode == "spoof":
        spf = ("fail", env, ip) if efd == fd else ("pass", env, ip)
    elif mode == "spoof-soft":
        spf = ("softfail", env, ip) if efd == fd else ("neutral", env, ip)
    elif mode == "spoof-none":
        spf = ("none", env, ip)
    elif mode == "nodkim":
        spf = ("pass", env, ip)
    else:  # vps-none
        spf = ("none", env, ip)
    spf_aligned = spf[0] == "pass" and (efd == fd or efd.endswith("." + fd) or fd.endswith("." + efd))
    if pol is None:
        dmarc = ("none", None, fd)
    else:
        dmarc = ("pass" if (aligned_dkim or spf_aligned) else "fail", pol, fd)
    ar = auth_results(dkres, spf, dmarc)
    qid = hexid(rng, 10)
    mxr = mx_received(helo, rdns, ip, qid, rcpt, t_mx)
    top = ["Return-Path: <%s>" % env, "Delivered-To: %s" % rcpt, ar, mxr] + recv + pre_dkim + sigs
    m.env_from_final = env
    return top


def local_off_safe(m):
    from .core import utcoffset
    return utcoffset(m.sender_tz, m.date_utc.replace(tzinfo=None))


def list_wrap(m, client_hdrs, node):
    """Re-deliver through a mailing list: new transport, list headers, broken original DKIM."""
    rng = m.rng
    L = m.list
    fd = m.orig_from[1].split("@")[1]
    host = L["host"]
    lname, ladr = L["name"], L["addr"]
    t_send = m.arrival - dt.timedelta(seconds=rng.randint(1, 3))
    env = "%s-bounces+%s=%s@%s" % (ladr.split("@")[0], m.rcpt_addr.split("@")[0], m.rcpt_addr.split("@")[1], host)
    ip = _ip(rng)
    sig_orig_b = rb64(rng, 8)[:8]
    orig_sel = L.get("orig_sel", "selector1")
    dk = [("fail", fd, orig_sel, sig_orig_b)]
    sigs = []
    if L.get("sign", True):
        h, b8 = dkim_signature(rng, host if not L.get("sign_parent") else host.split(".", 1)[1], "list", int(t_send.timestamp()),
                               "from:to:subject:date:message-id:list-id:list-unsubscribe:list-post:sender", "\t")
        sigs.append(h)
        dk.append(("pass", host if not L.get("sign_parent") else host.split(".", 1)[1], "list", b8))
    # original DKIM-Signature is kept (it no longer verifies)
    h0, _ = dkim_signature(rng, fd, orig_sel, int(m.date_utc.timestamp()), "from:to:subject:date:message-id:content-type", "\t")
    h0 = h0.replace("b=", "b=" + sig_orig_b, 1)
    spf = ("pass", env, ip)
    munged = L.get("munge", False)
    hfd = ladr.split("@")[1] if munged else fd
    pol = dmarc_policy(hfd)
    aligned = any(r == "pass" and (d == hfd or hfd.endswith("." + d) or d.endswith("." + hfd)) for r, d, s, b in dk) or \
        (host == hfd or host.endswith("." + hfd))
    dmarc = ("none", None, hfd) if pol is None else ("pass" if aligned else "fail", pol, hfd)
    ar = auth_results(dk, spf, dmarc, arc="arc=none" if not L.get("arc") else "arc=pass (i=1)")
    mxr = mx_received(host, host, ip, hexid(rng, 10), m.rcpt_addr, m.arrival)
    recv = ["Received: from %s (localhost [127.0.0.1])" % host + CRLF + "\tby %s (Postfix) with ESMTP id %s;" % (host, hexid(rng, 10)) + CRLF +
            "\t%s" % rfc2822(t_send, 0),
            "Received: from %s (%s [%s])" % (m.orig_helo, m.orig_helo, _ip(rng)) + CRLF +
            "\tby %s (Postfix) with ESMTPS id %s" % (host, hexid(rng, 10)) + CRLF + "\tfor <%s>; %s" % (ladr, rfc2822(min(m.date_utc + dt.timedelta(seconds=2), t_send - dt.timedelta(seconds=1)), 0))]
    top = ["Return-Path: <%s>" % env, "Delivered-To: %s" % m.rcpt_addr, ar, mxr] + recv + sigs + [h0]
    lh = []
    if L.get("kind", "mailman") == "mailman":
        lh = ["X-BeenThere: %s" % ladr, "X-Mailman-Version: %s" % L.get("ver", "2.1.39"), "Precedence: list",
              "List-Id: %s <%s>" % (lname, ladr.replace("@", ".")),
              "List-Unsubscribe: <https://%s/mailman/options/%s>," % (host, ladr.split("@")[0]) + CRLF + " <mailto:%s-request@%s?subject=unsubscribe>" % (ladr.split("@")[0], host),
              "List-Archive: <https://%s/pipermail/%s/>" % (host, ladr.split("@")[0]), "List-Post: <mailto:%s>" % ladr,
              "List-Help: <mailto:%s-request@%s?subject=help>" % (ladr.split("@")[0], host),
              "List-Subscribe: <https://%s/mailman/listinfo/%s>," % (host, ladr.split("@")[0]) + CRLF + " <mailto:%s-request@%s?subject=subscribe>" % (ladr.split("@")[0], host),
              "Errors-To: %s" % env.split("+")[0] + "@" + host, "Sender: \"%s\" <%s>" % (lname, env.split("+")[0] + "@" + host)]
    elif L["kind"] == "mailman3":
        lh = ["Message-ID-Hash: %s" % hexid(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "X-Message-ID-Hash: %s" % hexid(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
              "X-MailFrom: %s" % m.orig_from[1], "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-config-1; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
              "X-Mailman-Version: 3.3.%d" % rng.randint(4, 9), "Precedence: list", "List-Id: <%s>" % ladr.replace("@", "."),
              "Archived-At: <https://%s/hyperkitty/list/%s/message/%s/>" % (host, ladr, hexid(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
              "List-Archive: <https://%s/hyperkitty/list/%s/>" % (host, ladr), "List-Help: <mailto:%s-request@%s?subject=help>" % (ladr.split("@")[0], host),
              "List-Owner: <mailto:%s-owner@%s>" % (ladr.split("@")[0], host), "List-Post: <mailto:%s>" % ladr,
              "List-Subscribe: <mailto:%s-join@%s>" % (ladr.split("@")[0], host), "List-Unsubscribe: <mailto:%s-leave@%s>" % (ladr.split("@")[0], host)]
    else:  # sympa
        lh = ["X-Loop: %s" % ladr, "X-Sequence: %d" % rng.randint(100, 9999), "Errors-to: %s-owner@%s" % (ladr.split("@")[0], host),
              "Precedence: list", "Precedence: bulk", "Sender: %s-request@%s" % (ladr.split("@")[0], host),
              "X-no-archive: yes", "List-Id: <%s>" % ladr.replace("@", "."), "List-Help: <mailto:sympa@%s?subject=help>" % host,
              "List-Subscribe: <mailto:sympa@%s?subject=subscribe%%20%s>" % (host, ladr.split("@")[0]),
              "List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>" % (host, ladr.split("@")[0]),
              "List-Post: <mailto:%s>" % ladr, "List-Owner: <mailto:%s-request@%s>" % (ladr.split("@")[0], host)]
    m.env_from_final = env
    return top, lh
