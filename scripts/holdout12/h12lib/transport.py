# -*- coding: utf-8 -*-
"""Sender infrastructure: envelope, connecting host, sender-side Received chain, DKIM-Signature and the
Authentication-Results written by the receiving MX (mx.example.net)."""
import datetime as dt
import hashlib

from .util import rhex, rHEX, ralnum, rdigits, rb64, rfcdate, rlower, ruuid, B64URL

RANGES = ["192.0.2", "198.51.100", "203.0.113"]


def _h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def ip_for(host, salt=""):
    """deterministic documentation IP for a host; ranges are mixed independently of the label."""
    h = _h(host + salt)
    return "%s.%d" % (RANGES[h % 3], (h >> 8) % 250 + 3)


def ip6_for(host):
    h = _h(host)
    return "2001:db8:%x:%x::%x" % ((h >> 4) & 0xffff, (h >> 20) & 0xfff, (h >> 40) & 0xfff)


# ------------------------------------------------------------------ provider knowledge
# family: how the provider's outbound Received chain looks
PROV = {
    "gmail.com": dict(fam="gmail", sel=None, dmarc="p=NONE sp=QUARANTINE dis=NONE"),
    "googlemail.com": dict(fam="gmail", sel=None, dmarc="p=NONE sp=QUARANTINE dis=NONE"),
    "outlook.com": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=QUARANTINE dis=NONE"),
    "hotmail.com": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "hotmail.es": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "hotmail.com.tr": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "hotmail.co.th": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "outlook.sa": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "live.com": dict(fam="o365c", sel="selector1", dmarc="p=NONE sp=NONE dis=NONE"),
    "yahoo.com": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.es": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.gr": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.co.in": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.com.tw": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.co.th": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.fr": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "ymail.com": dict(fam="yahoo", sel="s2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "aol.com": dict(fam="yahoo", sel="a2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "yahoo.co.jp": dict(fam="generic", sel="yj20110701", dmarc="p=NONE dis=NONE", host="smtp.mail.yahoo.co.jp"),
    "icloud.com": dict(fam="icloud", sel="1a1hai", dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE"),
    "me.com": dict(fam="icloud", sel="1a1hai", dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE"),
    "mac.com": dict(fam="icloud", sel="1a1hai", dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE"),
    "gmx.de": dict(fam="ui", sel="s31663417", dmarc="p=QUARANTINE dis=NONE", host="mout.gmx.net"),
    "gmx.net": dict(fam="ui", sel="s31663417", dmarc="p=QUARANTINE dis=NONE", host="mout.gmx.net"),
    "web.de": dict(fam="ui", sel="s29768273", dmarc="p=QUARANTINE dis=NONE", host="mout.web.de"),
    "t-online.de": dict(fam="generic", sel=None, dmarc="p=NONE dis=NONE", host="mailout11.t-online.de"),
    "posteo.de": dict(fam="postfix", sel="2017", dmarc="p=NONE dis=NONE", host="mout01.posteo.de"),
    "orange.fr": dict(fam="generic", sel="t20230301", dmarc="p=NONE dis=NONE", host="smtp-out.orange.fr"),
    "free.fr": dict(fam="postfix", sel="smtp-20201208", dmarc=None, host="smtp1-g21.free.fr"),
    "laposte.net": dict(fam="generic", sel="lpn-wlmd", dmarc="p=QUARANTINE dis=NONE", host="smtp.laposte.net"),
    "sfr.fr": dict(fam="generic", sel="202211", dmarc="p=NONE dis=NONE", host="smtp-out.sfr.fr"),
    "telefonica.net": dict(fam="generic", sel="movistar", dmarc="p=NONE dis=NONE", host="smtp.telefonica.net"),
    "libero.it": dict(fam="generic", sel="s2021", dmarc="p=QUARANTINE dis=NONE", host="smtp-35.iol.local"),
    "virgilio.it": dict(fam="generic", sel="s2021", dmarc="p=QUARANTINE dis=NONE", host="smtp-16.iol.local"),
    "tiscali.it": dict(fam="generic", sel="smtp", dmarc=None, host="smtp.tiscali.it"),
    "alice.it": dict(fam="generic", sel="a20170301", dmarc="p=NONE dis=NONE", host="smtp205.alice.it"),
    "uol.com.br": dict(fam="generic", sel="20200609", dmarc="p=NONE dis=NONE", host="a7-9.smtp-out.uol.com.br"),
    "bol.com.br": dict(fam="generic", sel="20200609", dmarc="p=NONE dis=NONE", host="a7-3.smtp-out.bol.com.br"),
    "terra.com.br": dict(fam="generic", sel="terra", dmarc=None, host="smtp-sp.terra.com.br"),
    "sapo.pt": dict(fam="postfix", sel="sapo", dmarc="p=NONE dis=NONE", host="relay3.ptmail.sapo.pt"),
    "ziggo.nl": dict(fam="generic", sel="20190430", dmarc="p=NONE dis=NONE", host="smtp.ziggo.nl"),
    "kpnmail.nl": dict(fam="generic", sel="kpnmail01", dmarc="p=NONE dis=NONE", host="smtp.kpnmail.nl"),
    "hetnet.nl": dict(fam="generic", sel="kpnmail01", dmarc="p=NONE dis=NONE", host="smtp.kpnmail.nl"),
    "planet.nl": dict(fam="generic", sel="kpnmail01", dmarc="p=NONE dis=NONE", host="smtp.kpnmail.nl"),
    "wp.pl": dict(fam="generic", sel="1024a", dmarc="p=NONE dis=NONE", host="mx.wp.pl"),
    "o2.pl": dict(fam="generic", sel="1024a", dmarc="p=NONE dis=NONE", host="mx.o2.pl"),
    "onet.pl": dict(fam="generic", sel="2011", dmarc="p=NONE dis=NONE", host="smtpo.poczta.onet.pl"),
    "interia.pl": dict(fam="generic", sel="biztos", dmarc="p=NONE dis=NONE", host="smtp.poczta.interia.pl"),
    "yandex.ru": dict(fam="yandex", sel="mail", dmarc="p=NONE dis=NONE"),
    "yandex.com.tr": dict(fam="yandex", sel="mail", dmarc="p=NONE dis=NONE"),
    "mail.ru": dict(fam="mailru", sel="mail4", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "bk.ru": dict(fam="mailru", sel="mail4", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "list.ru": dict(fam="mailru", sel="mail4", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "inbox.ru": dict(fam="mailru", sel="mail4", dmarc="p=REJECT sp=REJECT dis=NONE"),
    "rambler.ru": dict(fam="generic", sel="mail", dmarc="p=NONE dis=NONE", host="saddlebrown.rambler.ru"),
    "mynet.com": dict(fam="generic", sel=None, dmarc=None, host="smtp.mynet.com"),
    "telia.com": dict(fam="generic", sel="telia", dmarc="p=NONE dis=NONE", host="smtp-out.telia.com"),
    "bredband.net": dict(fam="generic", sel=None, dmarc=None, host="smtp.bredband.net"),
    "spray.se": dict(fam="generic", sel=None, dmarc=None, host="smtp.spray.se"),
    "otenet.gr": dict(fam="generic", sel=None, dmarc=None, host="mailout.otenet.gr"),
    "hol.gr": dict(fam="generic", sel=None, dmarc=None, host="smtp.hol.gr"),
    "walla.co.il": dict(fam="generic", sel="walla", dmarc="p=NONE dis=NONE", host="out.walla.co.il"),
    "012.net.il": dict(fam="generic", sel=None, dmarc=None, host="smtp.012.net.il"),
    "bezeqint.net": dict(fam="generic", sel=None, dmarc=None, host="mail.bezeqint.net"),
    "qq.com": dict(fam="generic", sel="s201512", dmarc="p=QUARANTINE dis=NONE", host="out162-62-57-87.mail.qq.com"),
    "163.com": dict(fam="generic", sel="s110527", dmarc="p=NONE dis=NONE", host="m16.mail.163.com"),
    "126.com": dict(fam="generic", sel="s110527", dmarc="p=NONE dis=NONE", host="m15.mail.126.com"),
    "sina.com": dict(fam="generic", sel="201311", dmarc="p=NONE dis=NONE", host="mail3-163.sinamail.sina.com.cn"),
    "sohu.com": dict(fam="generic", sel="201711", dmarc="p=NONE dis=NONE", host="smtp-out.sohu.com"),
    "hinet.net": dict(fam="generic", sel=None, dmarc=None, host="msa.hinet.net"),
    "ms1.hinet.net": dict(fam="generic", sel=None, dmarc=None, host="msa.hinet.net"),
    "nifty.com": dict(fam="generic", sel="default-1", dmarc="p=NONE dis=NONE", host="mta-snd00.nifty.com"),
    "biglobe.ne.jp": dict(fam="generic", sel="default", dmarc=None, host="mail.biglobe.ne.jp"),
    "ezweb.ne.jp": dict(fam="generic", sel=None, dmarc=None, host="ezweb.ne.jp"),
    "docomo.ne.jp": dict(fam="generic", sel=None, dmarc=None, host="mo.docomo.ne.jp"),
    "naver.com": dict(fam="generic", sel="s20171208", dmarc="p=NONE dis=NONE", host="cvsmtppost.nm.naver.com"),
    "daum.net": dict(fam="generic", sel="20220107", dmarc="p=NONE dis=NONE", host="mail-smtp.daum.net"),
    "hanmail.net": dict(fam="generic", sel="20220107", dmarc="p=NONE dis=NONE", host="mail-smtp.daum.net"),
    "nate.com": dict(fam="generic", sel=None, dmarc=None, host="mail.nate.com"),
    "rediffmail.com": dict(fam="generic", sel="mail", dmarc=None, host="rediffmail.com"),
    "protonmail.com": dict(fam="generic", sel="protonmail3", dmarc="p=QUARANTINE dis=NONE", host="mail-40131.protonmail.ch"),
    "aol.de": dict(fam="yahoo", sel="a2048", dmarc="p=REJECT sp=REJECT dis=NONE"),
}


def prov(dom):
    p = PROV.get(dom)
    if p:
        return p
    return dict(fam="generic", sel="default", dmarc="p=NONE dis=NONE", host="smtp." + dom)


# ------------------------------------------------------------------ DKIM-Signature

def dkim_sig(r, d, s, t, style="generic", rcpt_domain="example.net", bits=2048, hdrs=None):
    bh = rb64(r, 32)
    b = rb64(r, bits // 8)
    if style == "google":
        h = hdrs or "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to"
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
                 "        d=%s; s=%s; t=%d; x=%d; darn=%s;" % (d, s, t, t + 604800, rcpt_domain),
                 "        h=%s;" % h, "        bh=%s;" % bh]
        first = "        b=" + b[:67]
        rest = [b[i:i + 70] for i in range(67, len(b), 70)]
        lines.append(first)
        lines += ["         " + x for x in rest]
        return "\r\n".join(lines), b
    if style == "ms":
        h = hdrs or "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
                 " s=%s;" % s, " h=%s;" % h, " bh=%s;" % bh]
        bb = " b=" + b
        while bb:
            lines.append(bb[:76])
            bb = " " + bb[76:] if len(bb) > 76 else ""
        return "\r\n".join(lines), b
    h = hdrs or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
             "\ts=%s; t=%d;" % (s, t), "\tbh=%s;" % bh, "\th=%s;" % h]
    bb = "\tb=" + b
    chunks = [bb[:72]] + ["\t " + b[i:i + 70] for i in range(70, len(b), 70)]
    lines += chunks
    return "\r\n".join(lines), b


# ------------------------------------------------------------------ Authentication-Results

def auth_results(dkims, spf, dmarc):
    """dkims: list of (result, d, s, b); spf: (result, mailfrom, ip); dmarc: (result, policy or None, from_dom)"""
    parts = []
    if not dkims:
        parts.append("dkim=none (message not signed)")
    for res, d, s, b in dkims:
        if res == "pass":
            parts.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b[:8]))
        elif res == "fail":
            parts.append('dkim=fail reason="signature verification failed" (2048-bit key) header.d=%s header.s=%s header.b=%s'
                         % (d, s, b[:8]))
        elif res == "neutral":
            parts.append('dkim=neutral reason="invalid (public key: not available)" header.d=%s header.s=%s header.b=%s'
                         % (d, s, b[:8]))
        else:
            parts.append("dkim=%s header.d=%s" % (res, d))
    res, mf, ip = spf
    dom = mf.split("@")[-1]
    txt = {
        "pass": "(mx.example.net: domain of %s designates %s as permitted sender)" % (mf, ip),
        "softfail": "(mx.example.net: domain of transitioning %s does not designate %s as permitted sender)" % (mf, ip),
        "fail": "(mx.example.net: domain of %s does not designate %s as permitted sender)" % (mf, ip),
        "neutral": "(mx.example.net: %s is neither permitted nor denied by domain of %s)" % (ip, mf),
        "none": "(mx.example.net: domain of %s does not designate permitted sender hosts)" % mf,
    }[res]
    parts.append("spf=%s %s smtp.mailfrom=%s" % (res, txt, mf))
    dres, pol, fdom = dmarc
    if dres == "none" or pol is None:
        parts.append("dmarc=none (p=NONE dis=NONE) header.from=%s" % fdom)
    else:
        parts.append("dmarc=%s (%s) header.from=%s" % (dres, pol, fdom))
    return "Authentication-Results: mx.example.net;\r\n\t" + ";\r\n\t".join(parts)


def mx_received(helo, rdns, ip, rcpt, when, qid, esmtp="ESMTPS"):
    ipd = ("IPv6:" + ip) if ":" in ip else ip
    return ("Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s (UTC)"
            % (helo, rdns, ipd, esmtp, qid, rcpt, when.strftime("%a, %d %b %Y %H:%M:%S +0000")))


def postfix_qid(r):
    return rHEX(r, r.choice([10, 10, 11, 12]))


# ------------------------------------------------------------------ sender-side received chains

def _d(t):
    return rfcdate(t)


def _pacific(t):
    from . import tz as TZ
    u = t.astimezone(dt.timezone.utc).replace(tzinfo=None)
    loc = TZ.to_local("America/Los_Angeles", u)
    return rfcdate(TZ.aware("America/Los_Angeles", loc)) + " (%s)" % TZ.tz_abbr("America/Los_Angeles", loc).replace("PST", "PST")


def chain(r, fam, t, env, info):
    """Return (received_lines, extra_trace_headers) for the sender side, newest first.
    t: aware datetime (sender local) at which the message left the sender's edge."""
    out, extra = [], []
    host = info.get("host", "smtp.example")
    cip = info.get("client_ip") or ip_for("client" + env + str(t.timestamp()))
    rcpt = info.get("rcpt", "")
    t1 = t - dt.timedelta(seconds=r.randint(1, 4))
    if fam == "gmail":
        sid = "%s-%s" % (rhex(r, 13), rhex(r, 8))
        pt = _pacific(t)
        out.append("Received: by %s with SMTP id %s\r\n        for <%s>; %s"
                   % (info.get("gmail_host") or "mail-%s.google.com" % r.choice(["sor-f41", "sor-f69", "sor-f73", "pj1-f54", "wr1-f45", "ej1-f46"]), sid, rcpt, pt))
        extra.append("X-Google-Smtp-Source: AGHT+I" + ralnum(r, 78, B64URL))
        extra.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%s;\r\n        %s"
                     % (rhex(r, 4), rhex(r, 3), rhex(r, 3), rhex(r, 4), rhex(r, 16), rhex(r, 8), r.randint(1, 9),
                        t.strftime("%Y%m%d"), pt))
        if info.get("smtp_client"):
            out.append("Received: from [192.168.%d.%d] (%s [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n"
                       "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
                       % (r.randint(0, 2), r.randint(2, 200), info.get("client_rdns", "unknown"), cip,
                          rhex(r, 16) + "." + rhex(r, 8), rcpt, _d(t1)))
    elif fam in ("o365", "o365c"):
        reg = info.get("ms_region") or r.choice(["eurprd04", "eurprd07", "namprd02", "namprd11", "apcprd06", "gbrp265"])
        pfx = {"eurprd04": "AM0PR04", "eurprd07": "DB9PR07", "namprd02": "BN6PR02", "namprd11": "SA1PR11",
               "apcprd06": "SEZPR06", "gbrp265": "LO2P265"}[reg]
        mbx = info.get("ms_mbx") or "%sMB%d.%s.prod.outlook.com" % (pfx, r.randint(1000, 9999), reg)
        fe = "%sCA%04d.%s.prod.outlook.com" % (pfx.replace("PR", "P"), r.randint(1, 9999), reg)
        eop = "%s.mail.protection.outlook.com" % r.choice(["AM4PEPF00025F9A.EURP195", "DS3PEPF000099D7.namprd04",
                                                           "AMS0EPF0000019C.eurprd05", "SJ1PEPF00001CE4.namprd03"])
        build = r.choice(["15.20.7409.010", "15.20.7472.027", "15.20.6907.029", "15.20.8207.017", "15.20.4844.016",
                          "15.20.3239.021", "15.20.2267.025", "15.20.1101.019"])
        v6 = lambda: "2001:db8:%x:%x::%x" % (r.randint(0x10, 0x800), r.randint(1, 0xff), r.randint(1, 0xfff))
        out.append("Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP\r\n Server (version=TLS1_2,\r\n"
                   " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
                   % (fe, v6(), eop.split(".")[0] + "." + eop.split(".")[1] + ".prod.protection.outlook.com", v6(),
                      build, _d(t)))
        out.append("Received: from %s\r\n ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id %s; %s"
                   % (mbx, r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), mbx,
                      r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff),
                      r.randint(3, 7), build, _d(t1)))
        info["ms_mbx"] = mbx
        info["ms_build"] = build
    elif fam == "yahoo":
        n = r.randint(300, 330)
        dc = r.choice(["ne1", "bf2", "gq1"])
        if not info.get("smtp_client"):
            out.append("Received: from sonic.gate.mail.%s.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s"
                       % (dc, n, dc, _d(t)))
        else:
            out.append("Received: by hermes--production-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\r\n          %s"
                       % (dc, rhex(r, 10) + "-" + ralnum(r, 5).lower(), rhex(r, 32), _d(t1)))
        extra.append("X-YMail-OSG: " + ralnum(r, 60, B64URL))
        extra.append("X-Sonic-MF: <%s>" % env)
        extra.append("X-Sonic-ID: " + ruuid(r))
    elif fam == "icloud":
        n = r.choice(["us-west-1a-100-percent-6", "us-west-2a-60-percent-3", "us-central-1k-60-percent-9",
                      "us-east-2a-100-percent-1"])
        out.append("Received: from %s (unknown [%s])\r\n\tby p00-icloudmta-asmtp-%s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                   % (info.get("helo_client", "smtpclient.apple"), cip, n, rHEX(r, 10), _d(t)))
    elif fam == "icloud-server":
        out.append("Received: from p%02d-caldav.icloud.com (p%02d-caldav.icloud.com [%s])\r\n\tby p00-icloudmta-asmtp-us-west-2a-60-percent-%d (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                   % (r.randint(20, 70), r.randint(20, 70), ip_for("caldav" + env), r.randint(1, 9), rHEX(r, 10), rcpt, _d(t)))
    elif fam == "ui":
        out.append("Received: from [192.168.178.%d] ([%s]) by %s (mrgmx%d\r\n [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s"
                   % (r.randint(2, 60), cip, "mail.gmx.net" if "gmx" in env else "smtp.web.de", r.randint(100, 110),
                      ip_for("ui-int" + host), ralnum(r, 6), ralnum(r, 8), _d(t)))
        extra.append("X-Provags-ID: V03:K1:" + ralnum(r, 60, B64URL))
        extra.append("X-UI-Out-Filterresults: notjunk:1;V03:K0:" + ralnum(r, 40, B64URL))
    elif fam == "yandex":
        out.append("Received: from mail.yandex.ru by forward%da.mail.yandex.net with HTTP id %s;\r\n\t%s"
                   % (r.randint(100, 500), ralnum(r, 12), _d(t)))
        extra.append("X-Yandex-Fwd: 1")
    elif fam == "mailru":
        out.append("Received: by f%d.i.mail.ru with local (envelope-from <%s>)\r\n\tid 1r%s-%s-%s; %s"
                   % (r.randint(100, 800), env, ralnum(r, 4), rHEX(r, 6), rHEX(r, 2), _d(t)))
        extra.append("X-Mailru-Src: fe")
        extra.append("X-7564579A: B8F34718100C35BD")
    elif fam == "postfix":
        out.append("Received: from [192.168.%d.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                   % (r.randint(0, 3), r.randint(2, 250), info.get("client_rdns", "unknown"), cip,
                      info.get("auth_user", env), host, rHEX(r, 10), _d(t)))
    elif fam == "exim":
        out.append("Received: from [%s] (helo=[192.168.%d.%d])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n"
                   "\t(Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid 1r%s-%s-%s\r\n\tfor %s; %s"
                   % (cip, r.randint(0, 3), r.randint(2, 250), host, r.choice([93, 95, 96, 97]), env,
                      ralnum(r, 4), ralnum(r, 6), ralnum(r, 2), rcpt, _d(t)))
    elif fam == "zimbra":
        zh = host
        out.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPS id %s;\r\n\t%s"
                   % (zh, zh, rHEX(r, 10), _d(t)))
        out.append("Received: from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavisd-new, port 10026)\r\n"
                   "\twith ESMTP id %s; %s" % (zh, zh, ralnum(r, 12), _d(t1)))
        out.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
                   % (zh, rHEX(r, 10), _d(t1)))
        extra.append("X-Virus-Scanned: amavisd-new at " + zh)
    elif fam == "local":
        out.append("Received: by %s (Postfix, from userid %d)\r\n\tid %s; %s" % (host, r.choice([33, 48, 1001, 501]),
                                                                              rHEX(r, 10), _d(t)))
    elif fam == "docker":
        out.append("Received: from %s (unknown [172.%d.0.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                   % (info.get("app_host", "app"), r.randint(17, 20), r.randint(2, 9), host, rHEX(r, 10), rcpt, _d(t)))
    elif fam == "vps":
        style = info.get("vps_style", r.choice(["local", "none", "oe", "helo"]))
        if style == "local":
            out.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                       % (host, rHEX(r, 10), rcpt, _d(t)))
        elif style == "oe":
            out.append("Received: from User (unknown [%s])\r\n\tby %s with SMTP; %s" % (cip, host, _d(t)))
        elif style == "helo":
            out.append("Received: from [127.0.0.1] (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                       % (host, rHEX(r, 10), _d(t)))
    elif fam == "sendgrid":
        out.append("Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\r\n\t%s"
                   % (rhex(r, 10), ralnum(r, 5).lower(), rhex(r, 10), ralnum(r, 5).lower(), rHEX(r, 8), rhex(r, 2),
                      _d(t)))
        out.append("Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s"
                   % (ralnum(r, 22, B64URL), r.randint(1, 40), ralnum(r, 22, B64URL), rcpt, _d(t1)))
        extra.append("X-SG-EID: \r\n =?us-ascii?Q?" + ralnum(r, 60) + "?=")
        extra.append("X-Entity-ID: u001." + ralnum(r, 22, B64URL))
    elif fam == "ses":
        extra.append("Feedback-ID: ::1.%s.%s=:AmazonSES" % (info.get("ses_region", "eu-west-1"), ralnum(r, 44)))
        extra.append("X-SES-Outgoing: %s-%s" % (t.strftime("%Y.%m.%d"), ip_for("ses" + env)))
    elif fam == "mailgun":
        out.append("Received: by %s with HTTP id %s; %s" % (r.choice(["a7d23e.mailgun.net", "b1f8c0.mailgun.net"]),
                                                            rhex(r, 24), _d(t)))
        extra.append("X-Mailgun-Sid: " + ralnum(r, 70, B64URL))
        extra.append("X-Mailgun-Sending-Ip: " + ip_for("mg" + env))
    elif fam == "postmark":
        extra.append("X-PM-Message-Id: " + ruuid(r))
        extra.append("X-PM-RCPT: |%s|%d|%s|" % (ralnum(r, 24), r.randint(10000, 99999), rcpt))
    elif fam == "zoom":
        out.append("Received: from zoom.us (%s.mail.zoom.us [%s])\r\n\tby mailout.zoom.us (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                   % (r.choice(["ip-10-1-12-8", "ip-10-32-4-101"]), ip_for("zoomint" + env), rHEX(r, 11), rcpt, _d(t)))
    elif fam == "exch-onprem":
        d = info.get("org_domain", "corp.example")
        e1, e2 = info.get("onprem_e1") or "EXCH%02d.%s" % (r.randint(1, 4), d), "EXCH%02d.%s" % (r.randint(5, 8), d)
        out.append("Received: from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n"
                   " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s"
                   % (e1, r.randint(0, 40), r.randint(0, 255), r.randint(2, 250), e2, r.randint(0, 40), r.randint(0, 255),
                      r.randint(2, 250), r.choice([1, 2]), r.choice([2507, 1118, 1544]), r.randint(6, 44), _d(t)))
        out.append("Received: from %s ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%12]) with mapi id 15.%d.%d.%d; %s"
                   % (e1, r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), e1,
                      r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff),
                      r.choice([1, 2]), r.choice([2507, 1118]), r.randint(6, 44), _d(t1)))
        info["onprem_host"] = e1
    elif fam == "generic":
        out.append("Received: from [192.168.%d.%d] (%s [%s])\r\n\tby %s with ESMTPSA\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256);\r\n\t%s"
                   % (r.randint(0, 3), r.randint(2, 250), info.get("client_rdns", "unknown"), cip, host, _d(t)))
    return out, extra
