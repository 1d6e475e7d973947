# -*- coding: utf-8 -*-
"""Sender infrastructure (what the receiving MX sees) and list/forward wrappers."""
import copy

from lib_mime import CRLF, Part, leaf, multipart, addr, hdr_text, is_ascii, html_escape
from lib_transport import Tx, rfc_date, ipv4, ipv6, build_trace, qid
from lib_clients import (alnum, hexs, uid4, build_google, build_exchange, BUILDERS, date_hdr, fmt_from, fmt_to,
                         subj, when_text, linkify_html, tb_boundary, tb_ua, apple_boundary, apple_versions)
from data_common import SUBJ_PREFIX_FW, SUBJ_PREFIX_FWD_G, LANG_TAG

GH = "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to".split(":")
MSH = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck".split(":")

FREE_PROV = {
    "gmx.de": ("mout.gmx.net", "s29768273"), "gmx.com": ("mout.gmx.com", "s29768273"), "web.de": ("mout.web.de", "s29768273"),
    "t-online.de": ("mailout03.t-online.de", None), "posteo.de": ("mout01.posteo.de", "2017"),
    "mail.ru": ("smtp47.i.mail.ru", "mail4"), "yandex.ru": ("forward501b.mail.yandex.net", "mail"),
    "rambler.ru": ("mxout1.rambler.ru", "mail"), "naver.com": ("cvsmtppost21.nm.naver.com", "s20171208"),
    "daum.net": ("smtp.daum.net", "daumcorp"), "qq.com": ("out162-62-57-64.mail.qq.com", "s201512"),
    "163.com": ("m16.mail.163.com", "s110527"), "126.com": ("m15.mail.126.com", "s110527"),
    "orange.fr": ("smtp-21.smtpout.orange.fr", "t20230301"), "laposte.net": ("smtp.laposte.net", "lpn-wlmd"),
    "free.fr": ("smtp6-g21.free.fr", "smtp-20201208"), "libero.it": ("smtp-33.iol.local", "s2021"),
    "virgilio.it": ("smtp-19.iol.local", "s2021"), "wp.pl": ("mx.wp.pl", "1024a"), "o2.pl": ("mx.o2.pl", "1024a"),
    "onet.pl": ("smtpo.poczta.onet.pl", "2011"), "seznam.cz": ("mxf1.seznam.cz", "szn20221014"),
    "yahoo.co.jp": ("nh605-vm13.bizmail.yahoo.co.jp", "yj20110701"), "docomo.ne.jp": ("mgw-cvg05.docomo.ne.jp", "dcm2"),
    "yahoo.com.tw": ("sonic305-22.consmr.mail.tp2.yahoo.com", "s2048"), "uol.com.br": ("a2-smtp.uol.com.br", "uol"),
    "sapo.pt": ("relay5.ptmail.sapo.pt", "sapo"), "telefonica.net": ("smtp.telefonica.net", None),
    "yahoo.es": ("sonic311-25.consmr.mail.ir2.yahoo.com", "s2048"), "ziggo.nl": ("smtp.ziggo.nl", "20200811"),
    "kpnmail.nl": ("ewsoutbound.kpnmail.nl", "kpnmail01"), "otenet.gr": ("mailout.otenet.gr", None),
    "walla.co.il": ("out.walla.co.il", "walla"), "rediffmail.com": ("rediffmail.com", None),
    "hotmail.co.th": ("mail-sg2apc01olkn2011.outbound.protection.outlook.com", "selector1"),
    "yandex.com.tr": ("forward103.mail.yandex.net", "mail"), "aol.com": ("sonic310-22.consmr.mail.ne1.yahoo.com", "a2048"),
    "mail.com": ("mout.gmx.com", "s29768273"), "proton.me": ("mail-4316.protonmail.ch", "protonmail3"),
}

SELECTORS = ["mail", "default", "dkim", "s1", "selector1", "mx", "k1", "2019", "2021a", "key1", "smtp", "dkim2023", "x"]


def google_sel(y):
    return "20161025" if y < 2021 else ("20210112" if y < 2023 else "20230601")


def _google_received(rng, m, host):
    t = m["arrival"]
    return ("by %s with SMTP id %s.%d.%04d.%02d.%02d.%02d.%02d.%02d%s        for <%s>;%s        %s" % (
        host, alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 99), t.year, t.month, t.day, t.hour,
        t.minute, t.second, CRLF, m["deliver_to"], CRLF, rfc_date(t, -420 if 3 <= t.month <= 10 else -480,
                                                                    "PDT" if 3 <= t.month <= 10 else "PST")))


def tx_google_calendar(rng, m):
    tx = Tx()
    y = m["arrival"].year
    tx.env = "3" + alnum(rng, 38, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") + "@calendar-server.bounces.google.com"
    n = rng.randint(40, 199)
    host = "mail-sor-f%d.google.com" % n
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, "198.51.100") if rng.random() < 0.6 else "2001:db8:4860:4864:20::%x" % rng.randint(0x10, 0xff)
    tx.received = [_google_received(rng, m, host)]
    fd = m["frm"][1].split("@")[1]
    if fd == "gmail.com":
        tx.sign.append(("gmail.com", google_sel(y), GH, True, "        ", m["rcpt_domain"], True))
    else:
        tx.sign.append((fd, m.get("dkim_sel", "google"), GH, True, "        ", None, False))
    tx.sign.append(("google.com", google_sel(y), GH, True, "        ", m["rcpt_domain"], True))
    tx.spf = "pass"
    tx.extra_top = [("X-Google-Smtp-Source", "AGHT+I" + alnum(rng, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                    ("X-Received", "by 2002:a17:%03x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;%s        %s" % (
                        rng.randint(0x900, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xfff), rng.randint(0, 0xfff),
                        rng.randint(0, 0xfff), alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 99),
                        int(m["arrival"].timestamp()), CRLF, rfc_date(m["arrival"], -420, "PDT")))]
    return tx


def tx_gmail(rng, m):
    tx = Tx()
    y = m["arrival"].year
    fd = m["frm"][1].split("@")[1]
    tx.env = m["frm"][1]
    host = "mail-%s%d-f%d.google.com" % (rng.choice(["wm", "ej", "lf", "pl", "qt", "yw", "oi"]), rng.randint(1, 2), rng.randint(41, 199))
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, "198.51.100")
    tx.received = [_google_received(rng, m, host)]
    h = "mime-version:references:in-reply-to:from:date:message-id:subject:to:cc".split(":")
    if fd == "gmail.com":
        tx.sign.append(("gmail.com", google_sel(y), h, True, "        ", m["rcpt_domain"], True))
    else:
        tx.sign.append((fd, m.get("dkim_sel", "google"), h, True, "        ", None, False))
    return tx


def _ms_host(rng):
    return "%s%02dPR%02dMB%04d" % (rng.choice(["AM", "DB", "VI", "PA", "BN", "CH", "SN", "SY", "TY", "HK", "SG", "PH"]),
                                  rng.randint(0, 9), rng.randint(1, 9), rng.randint(1000, 9999))


def tx_microsoft(rng, m, consumer=False):
    tx = Tx()
    fd = m["frm"][1].split("@")[1]
    tx.env = m["frm"][1]
    reg = rng.choice([("EUR05", "AM6", "eur05"), ("EUR03", "DBA", "eur03"), ("NAM12", "BN8", "nam12"), ("NAM10", "DM6", "nam10"),
                      ("APC01", "SG2", "apc01"), ("EUR02", "VI1", "eur02"), ("JPN01", "TYC", "jpn01")])
    tx.helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg[0], reg[1])
    tx.rdns = "mail-%s%s%s%d.outbound.protection.outlook.com" % (reg[1].lower(), reg[2], "olkn" if consumer else "on", rng.randint(2010, 2199))
    tx.ip = ipv6(rng) if rng.random() < 0.5 else ipv4(rng, "203.0.113")
    host = m.get("exch_host") or _ms_host(rng)
    fq = m.get("exch_fqdn") or "%s.%sprd%02d.prod.outlook.com" % (host, reg[2][:3], rng.randint(1, 9))
    t = m["sent"]
    v = rng.choice(["15.20.7386.017", "15.20.8207.021", "15.20.6699.034", "15.20.4065.027", "15.20.2451.029", "15.20.1143.016"])
    tx.received = [
        "from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            fq, ipv6(rng), "%s.%sprd%02d.prod.outlook.com" % (_ms_host(rng), reg[2][:3], rng.randint(1, 9)), ipv6(rng), CRLF + " ",
            v[:-1] + str(rng.randint(0, 9)), CRLF + " " + rfc_date(t, 0)),
        "from %s ([%s]) by %s%s ([%s%%%d]) with mapi id %s; %s" % (fq, "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)),
                                                             fq, CRLF + " ", "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)),
                                                             rng.randint(2, 7), v, rfc_date(t, 0))]
    if consumer:
        tx.sign.append((fd, "selector1", MSH, True, " ", None, False))
    else:
        dk = m.get("ms_dkim", "own")
        if dk == "own":
            tx.sign.append((fd, rng.choice(["selector1", "selector2"]), MSH, True, " ", None, False))
        else:
            ten = m.get("tenant") or fd.split(".")[0].replace("-", "")
            tx.sign.append(("%s.onmicrosoft.com" % ten, "selector1-%s-onmicrosoft-com" % ten, MSH, True, " ", None, False))
    return tx


def tx_icloud(rng, m):
    tx = Tx()
    fd = m["frm"][1].split("@")[1]
    tx.env = m["frm"][1]
    host = "st43p00im-%s.me.com" % alnum(rng, 14, "abcdefghijklmnopqrstuvwxyz0123456789")
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, "192.0.2")
    tx.received = ["from smtpclient.apple (%s [%s])%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s" % (
        rng.choice(["unknown", "pool-%d.isp.example" % rng.randint(1000, 9999)]), ipv4(rng, "203.0.113"), CRLF, host, qid(rng), CRLF,
        rfc_date(m["sent"], 0, "UTC"))]
    sel = "1a1hai" if m["arrival"].year >= 2019 else "04042017"
    h = "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To".split(":")
    if fd in ("icloud.com", "me.com", "mac.com"):
        tx.sign.append((fd, sel, h, True, " ", None, False))
    else:
        tx.sign.append((fd, "sig1", h, True, " ", None, False))
    return tx


def tx_yahoo(rng, m):
    tx = Tx()
    fd = m["frm"][1].split("@")[1]
    tx.env = m["frm"][1]
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 40), rng.choice(["ne1", "bf2", "gq1", "ir2"]))
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, "198.51.100")
    tx.received = ["from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(m["sent"], 0))]
    h = "Date:From:To:Subject:References:From:Subject:Reply-To".split(":")
    tx.sign.append((fd, "a2048" if fd == "aol.com" else "s2048", h, True, " ", None, False))
    if fd != "yahoo.com":
        tx.sign.append(("yahoo.com", "s2048", h, True, " ", None, False)) if False else None
    tx.extra_top = [("X-YMail-OSG", alnum(rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"))]
    return tx


def tx_freeprov(rng, m):
    tx = Tx()
    fd = m["frm"][1].split("@")[1]
    tx.env = m["frm"][1]
    host, sel = FREE_PROV.get(fd, ("smtp." + fd, "default"))
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, rng.choice(["192.0.2", "203.0.113"]))
    tx.received = ["from [%s] ([%s]) by %s with ESMTPSA; %s" % (
        "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(2, 250)), ipv4(rng, "198.51.100"), host, rfc_date(m["sent"], 0))]
    if sel:
        tx.sign.append((fd, sel, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type".split(":"), True, " ", None, False))
    return tx


def tx_own(rng, m, dkim=True, spf="pass", sel=None, software="postfix"):
    tx = Tx()
    fd = m.get("env_dom") or m["frm"][1].split("@")[1]
    tx.env = m.get("env_from") or m["frm"][1]
    host = m.get("mta_host") or rng.choice(["mail", "smtp", "mx1", "mail2", "out", "mta"]) + "." + fd
    tx.helo = host
    tx.rdns = host if rng.random() < 0.9 else "unknown"
    tx.ip = m.get("mta_ip") or ipv4(rng, rng.choice(["192.0.2", "203.0.113", "198.51.100"]))
    t = m["sent"]
    if software == "zimbra":
        tx.received = ["from %s (%s [10.%d.%d.%d])%s\tby %s (Postfix) with ESMTP id %s;%s\t%s" % (
            "zmweb01." + fd, "zmweb01." + fd, rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), CRLF, host, qid(rng), CRLF,
            rfc_date(t, 60)),
            "from %s ([127.0.0.1])%s\tby localhost (%s [127.0.0.1]) (amavis, port 10026) with ESMTP id %s;%s\t%s" % (
                host, CRLF, host, alnum(rng, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), CRLF, rfc_date(t, 60))]
        tx.extra_top = [("X-Virus-Scanned", "amavis at " + fd)]
    elif software == "exchange":
        tx.received = ["from EXCH%02d.%s (10.%d.%d.%d) by EXCH%02d.%s (10.%d.%d.%d) with Microsoft SMTP Server%s (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.%d; %s" % (
            rng.randint(1, 4), fd, rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), rng.randint(1, 4), fd,
            rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), CRLF + " ", rng.randint(6, 39), rfc_date(t, 0))]
    elif software == "php":
        tx.received = ["from %s (localhost [127.0.0.1])%s\tby %s (Postfix) with ESMTP id %s;%s\t%s" % (
            host, CRLF, host, qid(rng), CRLF, rfc_date(t, 0))]
        if rng.random() < 0.5:
            tx.received = ["by %s (Postfix, from userid %d)%s\tid %s; %s" % (host, rng.choice([33, 1000, 48, 1001]), CRLF, qid(rng), rfc_date(t, 0))]
    elif software == "none":
        tx.received = []
    else:
        tx.received = ["from [%s] (%s [%s])%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s" % (
            "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(2, 250)), "unknown", ipv4(rng, "198.51.100"), CRLF, host, qid(rng),
            CRLF, rfc_date(t, 0))]
    if dkim:
        d = m.get("dkim_dom") or m["frm"][1].split("@")[1]
        tx.sign.append((d, sel or m.get("dkim_sel") or rng.choice(SELECTORS), "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type".split(":"),
                        True, " ", None, False))
    tx.spf = spf
    return tx


def tx_esp(rng, m):
    tx = Tx()
    esp = m.get("esp") or rng.choice(["sendvia.net", "postwise-mail.com", "mtaflux.io", "relaymint.com", "bulkstream.net"])
    fd = m["frm"][1].split("@")[1]
    tok = hexs(rng, 16)
    tx.env = m.get("env_from") or rng.choice([
        "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(100000, 9999999), hexs(rng, 4), m["rcpt"][1].split("@")[0], m["rcpt_domain"], rng.randint(100, 9999), fd),
        "%s@bounce.%s" % (tok, fd), "0100%s-%s-000000@%s" % (hexs(rng, 12), uid4(rng), "mail." + esp)])
    host = "o%d.ptr%d.%s" % (rng.randint(1, 99), rng.randint(1000, 9999), esp)
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, rng.choice(["203.0.113", "198.51.100"]))
    tx.received = ["by filterdrecv-%s-%s with SMTP id %s.%d.%s%s        %s" % (
        hexs(rng, 10), alnum(rng, 5), alnum(rng, 22), rng.randint(1, 9), hexs(rng, 24), CRLF, rfc_date(m["sent"], 0, "UTC"))] if rng.random() < 0.5 else [
        "from %s (unknown)%s\tby %s (%s) with ESMTPA id %s;%s\t%s" % ("app-%02d.%s" % (rng.randint(1, 20), fd), CRLF, host, esp.split(".")[0].capitalize() + "MTA", hexs(rng, 16), CRLF, rfc_date(m["sent"], 0))]
    h = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe".split(":")
    if m.get("esp_brand_dkim", True):
        tx.sign.append((m.get("dkim_dom") or fd, m.get("dkim_sel") or rng.choice(["s1", "k1", "pm", "es1", "mte1", "20210112"]), h, True, " ", None, False))
    tx.sign.append((esp, rng.choice(["smtpapi", "s1", "pm-bounces", "esp"]), h, True, " ", None, False))
    return tx


def tx_zoom(rng, m):
    tx = Tx()
    tx.env = "bounces+%d-%s=%s@email.zoom.us" % (rng.randint(1000000, 9999999), hexs(rng, 4), m["deliver_to"].replace("@", "="))
    host = "o%d.email.zoom.us" % rng.randint(1, 30)
    tx.helo = tx.rdns = host
    tx.ip = ipv4(rng, "198.51.100")
    tx.received = ["by filterdrecv-%s-%s with SMTP id %s.%d.%s%s        %s" % (
        hexs(rng, 10), alnum(rng, 5), alnum(rng, 22), rng.randint(1, 9), hexs(rng, 24), CRLF, rfc_date(m["sent"], 0, "UTC"))]
    h = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To".split(":")
    tx.sign.append(("zoom.us", "s1", h, True, " ", None, False))
    return tx


def tx_vps(rng, m, spf="pass"):
    tx = Tx()
    fd = m["frm"][1].split("@")[1]
    tx.env = m.get("env_from") or m["frm"][1]
    tx.helo = m.get("mta_host") or rng.choice(["localhost", "vps%d.%s" % (rng.randint(100, 99999), m.get("vps_host", "cloudhost.example")),
                                                "WIN-%s" % alnum(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "mail." + fd, fd])
    tx.rdns = rng.choice(["unknown", "%d-%d-%d.static.%s" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
                                                             m.get("vps_host", "cloudhost.example")), "mail." + fd])
    tx.ip = ipv4(rng, rng.choice(["192.0.2", "203.0.113", "198.51.100"]))
    tx.tls = rng.random() < 0.7
    tx.received = [] if rng.random() < 0.5 else ["by %s (Postfix, from userid %d)%s\tid %s; %s" % (
        tx.helo, rng.choice([0, 1000, 33]), CRLF, qid(rng), rfc_date(m["sent"], 0))]
    tx.spf = spf
    tx.dmarc = "none" if m.get("dmarc_none", True) else None
    return tx


def tx_spoof(rng, m):
    tx = tx_vps(rng, m, spf=rng.choice(["softfail", "fail", "softfail", "none"]))
    if m.get("env_from"):
        tx.env = m["env_from"]
    tx.dmarc = None
    if m.get("spoof_badsig"):
        tx.sign.append((m["frm"][1].split("@")[1], "selector1", MSH, "fail", " ", None, False))
    return tx


def make_tx(rng, m):
    cl, st = m["client"], m["setup"]
    fd = m["frm"][1].split("@")[1]
    if m.get("infra"):
        kind = m["infra"]
    elif cl == "google":
        kind = "google-cal"
    elif cl in ("o365", "teams"):
        kind = "ms-consumer" if fd in ("outlook.com", "hotmail.com", "live.com", "hotmail.co.th", "outlook.jp") else "m365"
    elif cl == "outlook":
        kind = {"free": "freeprov", "corp": "own-exchange", "compromised": "own", "lookalike": "own", "spoof": "spoof", "vps": "vps"}.get(st, "own")
        if fd in ("outlook.com", "hotmail.com", "live.com"):
            kind = "ms-consumer"
    elif cl in ("apple", "icloud"):
        kind = "icloud" if fd in ("icloud.com", "me.com", "mac.com") else ("spoof" if st == "spoof" else "own")
        if cl == "apple" and st == "free" and fd not in ("icloud.com", "me.com"):
            kind = "freeprov"
    elif cl == "yahoo":
        kind = "yahoo"
    elif cl == "zoom":
        kind = "zoom"
    elif cl == "thunderbird":
        kind = {"free": "freeprov", "vps": "vps", "spoof": "spoof"}.get(st, "own")
    elif cl == "zimbra":
        kind = "own-zimbra"
    elif cl in ("nextcloud", "sogo"):
        kind = {"vps": "vps", "spoof": "spoof"}.get(st, "own")
    elif cl == "booking":
        kind = {"esp": "esp", "vps": "vps", "spoof": "spoof", "corp": "own-php"}.get(st, "esp")
    else:  # handrolled
        kind = {"vps": "vps", "spoof": "spoof", "esp": "esp", "corp": "own-php", "compromised": "own-php", "lookalike": "own-php",
                "free": "freeprov", "gmail": "gmail", "m365": "m365"}.get(st, "vps")
    m["infra_kind"] = kind
    if kind == "google-cal":
        return tx_google_calendar(rng, m)
    if kind == "gmail":
        return tx_gmail(rng, m)
    if kind == "ms-consumer":
        return tx_microsoft(rng, m, True)
    if kind == "m365":
        return tx_microsoft(rng, m, False)
    if kind == "icloud":
        return tx_icloud(rng, m)
    if kind == "yahoo":
        return tx_yahoo(rng, m)
    if kind == "freeprov":
        return tx_freeprov(rng, m)
    if kind == "zoom":
        return tx_zoom(rng, m)
    if kind == "esp":
        return tx_esp(rng, m)
    if kind == "vps":
        return tx_vps(rng, m, spf=m.get("spf", rng.choice(["pass", "pass", "neutral", "none"])))
    if kind == "spoof":
        return tx_spoof(rng, m)
    if kind == "own-zimbra":
        return tx_own(rng, m, software="zimbra", sel=m.get("dkim_sel"))
    if kind == "own-exchange":
        return tx_own(rng, m, software="exchange")
    if kind == "own-php":
        return tx_own(rng, m, software="php", dkim=m.get("dkim", True))
    return tx_own(rng, m, dkim=m.get("dkim", True))


# ------------------------------------------------------------------ list wrapper
def apply_list(rng, m, root, tx):
    L = m["list"]
    ldom = L["domain"]
    lname = L["name"]
    laddr = "%s@%s" % (lname, ldom)
    tag = L.get("tag")
    subj_v = root.get("Subject")
    import email.header
    if tag:
        if not is_ascii(tag):
            root.set("Subject", "%s%s %s" % (hdr_text("[%s]" % tag), CRLF, subj_v))
        elif is_ascii(subj_v):
            root.set("Subject", "[%s] %s" % (tag, subj_v))
        else:
            root.set("Subject", "[%s]%s %s" % (tag, CRLF, subj_v))
    soft = L.get("software", "mailman3")
    if L.get("munge"):
        orig_name = m["frm"][0] or m["frm"][1]
        root.set("From", addr("%s via %s" % (orig_name, L.get("display", lname)), laddr, "UTF-8"))
        root.set("Reply-To", addr(m["frm"][0], m["frm"][1], "UTF-8"))
    footer = L.get("footer", "_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (
        L.get("display", lname), laddr, lname, ldom))
    # add footer as separate part (mailman style) -> wrap in multipart/mixed
    ctype = root.get("Content-Type")
    inner_hdrs = [(n, v) for n, v in root.headers if n.lower().startswith("content-")]
    outer_hdrs = [(n, v) for n, v in root.headers if not n.lower().startswith("content-")]
    inner = Part(inner_hdrs, body=root.body, parts=root.parts, boundary=root.boundary, preamble=root.preamble)
    foot = leaf('text/plain; charset="us-ascii"', footer, "us-ascii", "7bit",
                extra=[("MIME-Version", "1.0"), ("Content-Disposition", "inline")],
                order=("Content-Type", "MIME-Version", "Content-Transfer-Encoding", "Content-Disposition"))
    b = "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
    newroot = Part([], parts=[inner, foot], boundary=b)
    outer_hdrs = [h for h in outer_hdrs if h[0].lower() != "mime-version"]
    if soft == "googlegroups":
        lh = [("Mailing-list", "list %s; contact %s+owners@%s" % (laddr, lname, ldom)),
              ("Precedence", "list"),
              ("List-ID", "<%s.%s>" % (lname, ldom)),
              ("X-Original-Sender", m["frm"][1]),
              ("X-Original-Authentication-Results", "mx.google.com;       dkim=pass header.i=@%s" % m["frm"][1].split("@")[1]),
              ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s>" % (lname, laddr)),
              ("List-Help", "<https://groups.google.com/support/>, <mailto:%s+help@%s>" % (lname, ldom)),
              ("List-Archive", "<https://groups.google.com/group/%s/>" % lname),
              ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,%s <https://groups.google.com/group/%s/subscribe>" % (rng.randint(10 ** 11, 10 ** 12), CRLF, lname))]
    else:
        lh = [("X-BeenThere", laddr), ("X-Mailman-Version", "3.3.%d" % rng.randint(3, 9) if soft == "mailman3" else "2.1.%d" % rng.randint(20, 39)),
              ("Precedence", "list"), ("List-Id", "%s <%s.%s>" % (hdr_text(L.get("display", lname)), lname, ldom)),
              ("Archived-At", "<https://%s/hyperkitty/list/%s/message/%s/>" % (ldom, laddr, alnum(rng, 26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
              ("List-Archive", "<https://%s/hyperkitty/list/%s/>" % (ldom, laddr)),
              ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lname, ldom)),
              ("List-Owner", "<mailto:%s-owner@%s>" % (lname, ldom)),
              ("List-Post", "<mailto:%s>" % laddr),
              ("List-Subscribe", "<mailto:%s-join@%s>" % (lname, ldom)),
              ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (lname, ldom))]
        if soft == "sympa":
            lh = [("X-Loop", laddr), ("X-Sympa-To", laddr), ("Precedence", "list"), ("List-Id", "<%s.%s>" % (lname, ldom)),
                  ("List-Unsubscribe", "<mailto:sympa@%s?subject=unsubscribe%%20%s>" % (ldom, lname)),
                  ("List-Post", "<mailto:%s>" % laddr), ("List-Owner", "<mailto:%s-request@%s>" % (lname, ldom))]
    newroot.headers = outer_hdrs + [("MIME-Version", "1.0"), ("Content-Type", 'multipart/mixed; boundary="%s"' % b)] + lh
    if soft != "googlegroups":
        newroot.headers.append(("Errors-To", "%s-bounces@%s" % (lname, ldom)) if soft == "mailman3" else ("Sender", "%s-bounces@%s" % (lname, ldom)))
    # transport: list server relays
    ntx = Tx()
    ntx.env = "%s-bounces+%s=%s@%s" % (lname, m["deliver_to"].split("@")[0], m["rcpt_domain"], ldom) if soft != "googlegroups" else \
        "%s+bncB%s@%s" % (lname, alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), ldom)
    lhost = L.get("host", "lists." + ldom.split(".", 1)[-1] if ldom.startswith("lists.") else "mail." + ldom)
    ntx.helo = ntx.rdns = lhost
    ntx.ip = ipv4(rng, "203.0.113")
    ntx.received = ["from %s (%s [%s])%s\tby %s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (
        tx.helo, tx.rdns or "unknown", tx.ip, CRLF, lhost, qid(rng), CRLF, laddr, rfc_date(m["arrival"], 0, "UTC"))] + tx.received
    ntx.extra_top = tx.extra_top
    ntx.sign = [(d, s, h, "fail", ind, darn, ex) for (d, s, h, ok, ind, darn, ex) in tx.sign]
    if L.get("sign", True):
        ntx.sign.append((ldom if soft != "googlegroups" else "googlegroups.com", google_sel(m["arrival"].year) if soft == "googlegroups" else "lists",
                         "From:Subject:Date:To:List-Id:List-Unsubscribe:Sender".split(":"), True, " ", None, False))
    ntx.spf = "pass"
    return newroot, ntx


# ------------------------------------------------------------------ forward wrapper
def forward_block(m_in, lang):
    ev = m_in["ev"]
    fn, fe = m_in["frm"]
    rn, re_ = m_in["rcpt"]
    labels = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
              "es": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
              "ja": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To")}.get(lang, ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"))
    return "%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s <%s>\n" % (
        labels[0], labels[1], fn, fe, labels[2], rfc_date(m_in["sent"], 0), labels[3], m_in.get("inner_subject", ev["summary"]),
        labels[4], rn, re_)


def build_forward(rng, m, m_in, inner_root, style):
    """Outer message from forwarder m['frm'] to m['rcpt'] carrying inner invitation."""
    lang = m["lang"]
    note = m.get("fwd_note", "")
    ev = m_in["ev"]
    inner_subject = m_in.get("inner_subject") or ev["summary"]
    if style == "gmail":
        pre = SUBJ_PREFIX_FWD_G.get(lang, "Fwd:")
        subject = "%s %s" % (pre, inner_subject)
        text = note + "\n\n" + forward_block(m_in, lang) + "\n" + (m_in.get("inner_text") or ev.get("desc") or "") + "\n"
        html = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>\n' % (
            linkify_html(note), linkify_html(forward_block(m_in, lang)), linkify_html(m_in.get("inner_text") or ev.get("desc") or ""))
        b1 = "000000000000" + hexs(rng, 16)
        b2 = "000000000000" + hexs(rng, 16)
        # take calendar attachments from inner
        cal_parts = []
        for p in walk(inner_root):
            ct = (p.get("Content-Type") or "").lower()
            if p.parts is None and ("calendar" in ct or "application/ics" in ct):
                cal_parts.append(p)
        ics_part = cal_parts[-1] if cal_parts else None
        p_txt = leaf('text/plain; charset="UTF-8"', text, "UTF-8", "7bit" if is_ascii(text) else "quoted-printable", cs_case="upper")
        p_html = leaf('text/html; charset="UTF-8"', html, "UTF-8", "quoted-printable", cs_case="upper")
        alt = multipart("multipart/alternative", b2, [p_txt, p_html])
        parts = [alt]
        if ics_part is not None:
            att = Part([("Content-Type", 'text/calendar; charset="UTF-8"; name="invite.ics"'),
                        ("Content-Disposition", 'attachment; filename="invite.ics"'),
                        ("Content-Transfer-Encoding", "base64"),
                        ("X-Attachment-Id", "f_" + alnum(rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789")),
                        ("Content-ID", "<f_%s>" % alnum(rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))],
                       body=reencode_b64(ics_part))
            parts.append(att)
        root = multipart("multipart/mixed", b1, parts)
        root.headers = [("MIME-Version", "1.0"), ("References", "<%s>" % ("calendar-" + uid4(rng) + "@google.com")),
                        ("In-Reply-To", "<%s>" % ("calendar-" + uid4(rng) + "@google.com")),
                        ("From", fmt_from(m)), ("Date", date_hdr(m)),
                        ("Message-ID", "<CA%s@mail.gmail.com>" % alnum(rng, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")),
                        ("Subject", subj(m, subject)), ("To", fmt_to(m))] + root.headers
        return root
    if style == "rfc822":
        subject = "%s %s" % ("Fwd:", inner_subject)
        b = tb_boundary(rng)
        p_txt = leaf("text/plain; charset={cs}; format=flowed", note + "\n", "UTF-8", "7bit" if is_ascii(note) else "8bit", cs_case="upper")
        enc = inner_root.render()
        p_msg = Part([("Content-Type", 'message/rfc822; name="%s.eml"' % ("invitation" if not is_ascii(inner_subject) else inner_subject.replace('"', "")[:40])),
                      ("Content-Disposition", 'attachment; filename="%s.eml"' % ("invitation" if not is_ascii(inner_subject) else inner_subject.replace('"', "")[:40]))],
                     body=enc)
        if any(b_ > 127 for b_ in enc):
            p_msg.headers.append(("Content-Transfer-Encoding", "8bit"))
        root = multipart("multipart/mixed", b, [p_txt, p_msg])
        root.preamble = "This is a multi-part message in MIME format."
        dom = m["frm"][1].split("@")[1]
        root.headers = root.headers + [("Message-ID", "<%s@%s>" % (uid4(rng), dom)), ("Date", date_hdr(m)), ("MIME-Version", "1.0"),
                                       ("User-Agent", tb_ua(m["sent"].year)), ("Content-Language", LANG_TAG.get(lang, "en-US")),
                                       ("To", fmt_to(m)), ("From", fmt_from(m)), ("Subject", subj(m, subject))]
        return root
    raise ValueError(style)


def reencode_b64(part):
    """Return base64 body of a leaf's decoded content."""
    import base64 as b64
    import quopri
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.body
    if cte == "base64":
        data = b64.b64decode(raw)
    elif cte == "quoted-printable":
        data = quopri.decodestring(raw)
    else:
        data = raw
    from lib_mime import b64_lines
    return b64_lines(data).encode("ascii")


def walk(p):
    yield p
    if p.parts:
        for c in p.parts:
            for x in walk(c):
                yield x
