# SPDX-License-Identifier: CC0-1.0
# holdout5: receiving-MX trace (Postfix at mx.example.net) and sending-side headers per infrastructure.
import datetime as dt

from core import rfc2822, hexid, alnum, b64id, uuid4, UTC, CRLF

PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def queue_id(rng, when):
    if when.year < 2019 or rng.random() < 0.15:
        return hexid(rng, rng.choice([9, 10, 11]), upper=True)
    return rng.choice("3456") + alnum(rng, rng.choice([11, 12, 13]), PFX)


def ip(rng, net=None):
    net = net or rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 254))


def priv_ip(rng):
    r = rng.random()
    if r < 0.5:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if r < 0.8:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))


def v6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


TLS = [
    "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)",
    "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)",
    "(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)",
    "(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\r\n\t(No client certificate requested)",
]


def mx_received(rng, helo, rdns, addr, rcpt, when, tls=True):
    qid = queue_id(rng, when)
    frm = "from %s (%s [%s])" % (helo, rdns or "unknown", addr)
    t = rfc2822(when) + " (UTC)"
    if tls:
        tl = rng.choice(TLS if when.year >= 2019 else TLS[1:2] + TLS[3:])
        return "%s\r\n\t%s\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (frm, tl, qid, rcpt, t)
    return "%s\r\n\tby mx.example.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (frm, qid, rcpt, t)


def auth_results(dkim, spf, dmarc, dkim_d, sel, mailfrom, from_dom, src_ip, rng, p="none", dkim_extra=None):
    parts = []
    if dkim == "pass":
        parts.append("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s"
                     % (rng.choice([1024, 2048, 2048]), dkim_d, dkim_d, sel, alnum(rng, 8)))
    elif dkim == "fail":
        parts.append('dkim=fail reason="signature verification failed" (2048-bit key) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                     % (dkim_d, dkim_d, sel, alnum(rng, 8)))
    elif dkim == "permerror":
        parts.append("dkim=permerror (bad message/signature format)")
    else:
        parts.append("dkim=none")
    if dkim_extra:
        parts.append(dkim_extra)
    if spf == "pass":
        parts.append("spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, src_ip, mailfrom))
    elif spf == "softfail":
        parts.append("spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, src_ip, mailfrom))
    elif spf == "fail":
        parts.append("spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, src_ip, mailfrom))
    elif spf == "neutral":
        parts.append("spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (src_ip, mailfrom, mailfrom))
    else:
        parts.append("spf=none (mx.example.net: domain of %s does not provide an SPF record) smtp.mailfrom=%s" % (mailfrom, mailfrom))
    if dmarc == "pass":
        parts.append("dmarc=pass (p=%s dis=none) header.from=%s" % (p, from_dom))
    elif dmarc == "fail":
        parts.append("dmarc=fail (p=%s dis=%s) header.from=%s" % (p, "none" if p == "none" else p, from_dom))
    else:
        parts.append("dmarc=none (p=none dis=none) header.from=%s" % from_dom if rng.random() < 0.5 else "dmarc=none header.from=%s" % from_dom)
    return "mx.example.net;\r\n\t" + ";\r\n\t".join(parts)


def dkim_sig(rng, d, s, hdrs, when, bodylen=None, algo="rsa-sha256", canon="relaxed/relaxed"):
    t = int(when.timestamp())
    v = "v=1; a=%s; c=%s;\r\n        d=%s; s=%s; t=%d;" % (algo, canon, d, s, t)
    if rng.random() < 0.4:
        v += " x=%d;" % (t + 604800)
    v += "\r\n        h=%s;\r\n        bh=%s;\r\n        b=" % (":".join(hdrs), b64id(rng, 32))
    sig = b64id(rng, 256 if rng.random() < 0.7 else 128)
    lines = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    return v + "\r\n         ".join(lines)


def short_sig(rng, d, s, when):
    return dkim_sig(rng, d, s, ["from", "to", "subject", "date", "message-id", "mime-version", "content-type"], when)


# ----------------------------------------------------------------- sending infrastructures
def build_trace(m):
    """Return list of (name, value) headers that precede the original headers."""
    rng = m.rng
    inf = m.infra
    arr = m.arrival
    sent = m.sent
    env = m.envelope_from
    rcpt = m.rcpt_addr
    from_dom = m.from_addr.split("@")[1].lower()
    src = ip(rng)
    out_side = []  # sender side headers (Received, DKIM etc.)
    dkim_d, sel = from_dom, "default"
    p = m.dmarc_p
    helo = rdns = None
    tls = True
    pacific = dt.timezone(dt.timedelta(hours=-7 if 3 <= sent.month <= 10 else -8))
    stime = sent.astimezone(pacific)
    if inf in ("gcal", "gmail", "gworkspace"):
        n = rng.randint(10, 99)
        helo = rdns = "mail-%s-f%d.google.com" % (rng.choice(["sor", "wm1", "ej1", "lf1", "pj1", "yw1", "qt1"]), n)
        src = ip(rng, "198.51.100")
        dkim_d = "google.com" if inf == "gcal" else ("gmail.com" if inf == "gmail" else from_dom)
        sel = "20230601" if arr.year >= 2023 else ("20210112" if arr.year >= 2021 else "20161025")
        out_side.append(("Received", "by %s with SMTP id %s%s.%d\r\n        for <%s>;\r\n        %s (%s)" % (
            rdns, hexid(rng, 10), alnum(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 9), rcpt, rfc2822(stime), "PDT" if stime.utcoffset().total_seconds() == -25200 else "PST")))
        out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["to", "from", "subject", "date", "message-id", "reply-to", "sender", "mime-version", "from", "to", "cc", "subject", "date", "message-id", "reply-to"], sent)))
        if inf != "gcal":
            out_side.append(("X-Google-DKIM-Signature", dkim_sig(rng, "1e100.net", sel, ["x-gm-message-state", "to", "from", "subject", "date", "message-id", "reply-to", "sender"], sent)))
        out_side.append(("X-Gm-Message-State", "AOJu0Y" + b64id(rng, 40)[:54]))
        out_side.append(("X-Google-Smtp-Source", "AGHT+I" + b64id(rng, 48)[:62]))
        out_side.append(("X-Received", "by %s with SMTP id %s.%d.%d;\r\n        %s (%s)" % (
            v6(rng), alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1000000000, 9999999999) % 100, rng.randint(1, 20),
            rfc2822(stime), "PDT" if stime.utcoffset().total_seconds() == -25200 else "PST")))
    elif inf in ("m365", "outlookcom"):
        reg = rng.choice([("EUR", "eurprd", "DB8", "AM0PR"), ("NAM", "namprd", "BN8", "SA1PR"), ("APC", "apcprd", "SG2", "SEZPR"),
                          ("EUR", "eurprd", "AM7", "PAXPR"), ("GBR", "gbrprd", "LO2", "LO4P")])
        n = rng.randint(2, 20)
        host = "%s%02dMB%04d.%s%02d.prod.outlook.com" % (reg[3], n, rng.randint(1000, 9999), reg[1], rng.randint(1, 9))
        helo = "%s%02d-%s-obe.outbound.protection.outlook.com" % (reg[0], rng.randint(1, 5), reg[2])
        rdns = "mail-%son%d.outbound.protection.outlook.com" % (reg[2].lower() + reg[0].lower()[:3], rng.randint(2000, 2199))
        src = ip(rng, "198.51.100" if rng.random() < 0.5 else "192.0.2")
        if inf == "outlookcom":
            dkim_d = from_dom if from_dom in ("outlook.com", "hotmail.com", "live.com", "msn.com") else "outlook.com"
            sel = "selector1"
        else:
            dkim_d = m.dkim_domain or from_dom
            sel = "selector%d" % rng.choice([1, 2])
        ms = "15.20.%d.%03d" % (rng.randint(6000, 8800), rng.randint(1, 40))
        out_side.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + b64id(rng, 180)))
        out_side.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (b64id(rng, 32), b64id(rng, 180))))
        out_side.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none" % (from_dom, from_dom, dkim_d)))
        out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"], sent)))
        out_side.append(("Received", "from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            host, v6(rng), host.replace("MB", "MB" if rng.random() < 0.5 else "MB"), v6(rng), ms, rfc2822(sent.astimezone(UTC)))))
        out_side.append(("Received", "from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s" % (
            host, "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)), host,
            "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)), rng.randint(3, 7), ms.replace("15.20.", "15.20.").replace(".0", ".0"), rfc2822(sent.astimezone(UTC)))))
    elif inf == "icloud":
        host = "mr85p00im-%s%08d.me.com" % (rng.choice(["zteg", "ztdg", "hyfv"]), rng.randint(6000000, 6999999))
        helo = rdns = host
        src = ip(rng, "198.51.100")
        dkim_d, sel = ("icloud.com" if from_dom in ("icloud.com", "me.com", "mac.com") else from_dom), "1a1hai"
        out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To", "From"], sent)))
        out_side.append(("Received", "from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s (UTC)" % (
            "unknown", ip(rng), host, hexid(rng, 10).upper(), rcpt, rfc2822(sent.astimezone(UTC)))))
        out_side.append(("X-Proofpoint-GUID", alnum(rng, 32)))
        out_side.append(("X-Proofpoint-Virus-Version", "vendor=baseguard\r\n engine=ICAP:2.0.272,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.12.28.16\r\n definitions=%s_06,%s_01,%s_01 signatures=0" % ((arr.strftime("%Y-%m-%d"),) * 3)))
    elif inf == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(10, 60), rng.choice(["ne1", "bf2", "gq1", "ir2"]))
        helo = rdns = host
        src = ip(rng, "203.0.113")
        dkim_d = "yahoo.com" if "yahoo" in from_dom else ("aol.com" if "aol" in from_dom else from_dom)
        sel = "s2048"
        out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["Date", "From", "Reply-To", "To", "Subject", "References", "From", "Subject", "Reply-To"], sent, canon="relaxed/relaxed")))
        out_side.append(("X-SONIC-DKIM-SIGN", dkim_sig(rng, dkim_d, sel, ["Date", "From", "Reply-To", "Subject"], sent)))
        out_side.append(("X-YMail-OSG", b64id(rng, 120).replace("+", ".").replace("/", "_")))
        out_side.append(("X-Sonic-MF", "<%s>" % env))
        out_side.append(("X-Sonic-ID", uuid4(rng)))
        out_side.append(("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc2822(sent.astimezone(UTC)))))
    elif inf in ("zoho", "proton", "fastmail", "gmx", "mailru", "yandex", "naver", "qq"):
        conf = {
            "zoho": ("sender4-op-o%d.zoho.com" % rng.randint(10, 19), "zohomail.com" if from_dom.endswith("zohomail.com") else from_dom, "zmail"),
            "proton": ("mail-%d.protonmail.ch" % rng.randint(4000, 4099), from_dom, "protonmail3"),
            "fastmail": ("fout-a%d-smtp.messagingengine.com" % rng.randint(1, 8), from_dom, "fm3"),
            "gmx": ("mout.gmx.net", from_dom, "s31663417"),
            "mailru": ("smtp%d.i.mail.ru" % rng.randint(30, 60), from_dom, "mail4"),
            "yandex": ("forward%d-a.mail.yandex.net" % rng.randint(100, 500), from_dom, "mail"),
            "naver": ("cvsmtppost%02d.nmdf.nhnsystem.com" % rng.randint(1, 40), from_dom, "s20171208"),
            "qq": ("out%d-%d.mail.qq.com" % (rng.randint(100, 210), rng.randint(1, 250)), from_dom, "s201512"),
        }[inf]
        helo = rdns = conf[0]
        src = ip(rng)
        dkim_d, sel = conf[1], conf[2]
        if inf == "fastmail":
            out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, "fm3", ["cc", "content-type", "date", "from", "message-id", "mime-version", "subject", "to"], sent)))
            out_side.append(("DKIM-Signature", dkim_sig(rng, "messagingengine.com", "fm3", ["cc", "content-type", "date", "feedback-id", "from", "message-id", "mime-version", "subject", "to", "x-me-proxy", "x-me-sender"], sent)))
            out_side.append(("X-ME-Sender", "<xms:%s>" % b64id(rng, 30)))
            out_side.append(("Feedback-ID", "i%s:Fastmail" % hexid(rng, 8)))
            out_side.append(("Received", "from phl-compute-0%d.internal (phl-compute-0%d.phl.internal [%s])\r\n\tby mailfout.phl.internal (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                rng.randint(1, 9), rng.randint(1, 9), priv_ip(rng), hexid(rng, 10).upper(), rcpt, rfc2822(sent))))
        else:
            out_side.append(("DKIM-Signature", short_sig(rng, dkim_d, sel, sent)))
            out_side.append(("Received", "from %s (%s [%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                "[%s]" % priv_ip(rng), "unknown", ip(rng), conf[0], alnum(rng, 10), rcpt, rfc2822(sent))))
            if inf == "proton":
                out_side.append(("X-Pm-Message-ID", "<%s>" % alnum(rng, 40)))
            if inf == "zoho":
                out_side.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; d=zohomail.com; s=zohoarc;\r\n\tb=%s" % (int(sent.timestamp()), b64id(rng, 120))))
    elif inf in ("esp", "platform"):
        e = m.esp or rng.choice(["sendgrid", "ses", "mailgun", "mandrill", "sparkpost", "postmark", "brevo"])
        if e == "sendgrid":
            helo = rdns = "%s.outbound-mail.sendgrid.net" % alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")
            out_side.append(("DKIM-Signature", dkim_sig(rng, m.dkim_domain or "sendgrid.net", "s1", ["from", "mime-version", "subject", "to", "cc", "content-type", "from", "subject", "to", "cc"], sent)))
            out_side.append(("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%d\r\n        %s (UTC)" % (
                hexid(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), hexid(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz"), hexid(rng, 8).upper(), rng.randint(1, 40), rfc2822(sent.astimezone(UTC)).replace(" +0000", ""))))
            out_side.append(("X-SG-EID", b64id(rng, 120)))
            out_side.append(("X-Entity-ID", b64id(rng, 18)))
            dkim_d, sel = m.dkim_domain or "sendgrid.net", "s1"
        elif e == "ses":
            helo = rdns = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(8, 48), rng.randint(1, 250), rng.choice(["eu-west-1", "us-east-1", "us-west-2", "ap-southeast-1"]))
            dkim_d = m.dkim_domain or "amazonses.com"
            sel = alnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567")
            out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["Subject", "From", "To", "Date", "Mime-Version", "Content-Type", "Message-Id"], sent)))
            if m.dkim_domain:
                out_side.append(("DKIM-Signature", dkim_sig(rng, "amazonses.com", alnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), ["Subject", "From", "To", "Date", "Mime-Version", "Content-Type", "Message-Id", "Feedback-ID"], sent)))
            out_side.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (rng.choice(["eu-west-1", "us-east-1"]), b64id(rng, 30))))
            out_side.append(("X-SES-Outgoing", "%d.%02d.%02d-%s" % (arr.year, arr.month, arr.day, ip(rng))))
        elif e == "mailgun":
            helo = rdns = "m%s-%d.mailgun.net" % (rng.choice(["a", "b", "x"]), rng.randint(10, 250))
            dkim_d, sel = m.dkim_domain or "mailgun.org", rng.choice(["pic", "mx", "krs", "smtp"])
            out_side.append(("DKIM-Signature", dkim_sig(rng, dkim_d, sel, ["Content-Type", "Mime-Version", "Subject", "From", "To", "Date", "Message-Id", "Sender"], sent)))
            out_side.append(("X-Mailgun-Sid", b64id(rng, 45)))
            out_side.append(("Sender", m.envelope_from))
            out_side.append(("Received", "by %s with HTTP id %s; %s" % (rdns, hexid(rng, 24), rfc2822(sent.astimezone(UTC)))))
        elif e == "mandrill":
            helo = rdns = "mail%d-%d.suw%d.mandrillapp.com" % (rng.randint(100, 200), rng.randint(1, 40), rng.randint(10, 41))
            dkim_d, sel = m.dkim_domain or "mandrillapp.com", "mandrill"
            out_side.append(("DKIM-Signature", dkim_sig(rng, "mandrillapp.com", "mandrill", ["From", "Subject", "To", "Message-Id", "Date", "MIME-Version", "Content-Type"], sent)))
            if m.dkim_domain:
                out_side.append(("DKIM-Signature", dkim_sig(rng, m.dkim_domain, "mte1", ["From", "Subject", "To", "Message-Id", "Date", "MIME-Version", "Content-Type"], sent)))
            out_side.append(("Received", "from pmta%02d.mandrill.prod.suw01.rsglab.com (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                rng.randint(1, 20), rdns, alnum(rng, 12), rcpt, rfc2822(sent.astimezone(UTC)))))
            out_side.append(("X-Mandrill-User", "md_%d" % rng.randint(30000000, 39999999)))
        else:
            helo = rdns = {"sparkpost": "mta-%d-%d.sparkpostmail.com", "postmark": "mta%d-%d.pmta.postmarkapp.com",
                           "brevo": "smtp-relay-%d-%d.sendinblue.com", "govdelivery": "mta-%d-%d.govdelivery.com"}.get(e, "mta%d-%d.sendgrid.net") % (rng.randint(1, 40), rng.randint(1, 250))
            dkim_d, sel = m.dkim_domain or {"sparkpost": "sparkpostmail.com", "postmark": "pm.mtasv.net", "brevo": "sendinblue.com"}.get(e, from_dom), "scph0123"
            out_side.append(("DKIM-Signature", short_sig(rng, dkim_d, sel, sent)))
        src = ip(rng)
        if m.dkim_domain:
            dkim_d = m.dkim_domain
    elif inf in ("selfhosted", "vps", "phpmail", "list", "exchange"):
        d = m.host_domain or from_dom
        if inf == "vps":
            name = rng.choice(["WIN-%s" % alnum(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "vps%d" % rng.randint(10000, 99999),
                               "localhost.localdomain", "ubuntu-s-1vcpu-1gb-%s-01" % rng.choice(["fra1", "ams3", "nyc1", "sgp1"]),
                               "mail.%s" % d, "srv%d.%s" % (rng.randint(1, 99), d), "host-%s" % ip(rng).replace(".", "-")])
            helo = name
            rdns = None if rng.random() < 0.5 else "ip-%s.cloud-vps.test" % ip(rng).replace(".", "-")
            tls = rng.random() < 0.5
            if rng.random() < 0.5:
                out_side.append(("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
                    "localhost", name, hexid(rng, 10).upper(), rfc2822(sent))))
            if m.dkim_domain:
                out_side.append(("DKIM-Signature", short_sig(rng, m.dkim_domain, rng.choice(["default", "mail", "dkim", "x"]), sent)))
                dkim_d, sel = m.dkim_domain, "default"
        elif inf == "phpmail":
            host = "web%d.%s" % (rng.randint(1, 30), m.host_domain or "shared-hosting.test")
            helo = rdns = host
            out_side.append(("Received", "by %s (Postfix, from userid %d)\r\n\tid %s; %s" % (host, rng.choice([33, 1001, 48, 1024]), hexid(rng, 10).upper(), rfc2822(sent))))
            out_side.append(("X-PHP-Originating-Script", "%d:%s" % (rng.choice([33, 1001, 1024]), rng.choice(["mailer.php", "class.phpmailer.php", "send.php", "index.php", "cal.php", "wp-mail.php"]))))
            dkim_d, sel = m.dkim_domain or d, "default"
            if m.dkim_domain:
                out_side.append(("DKIM-Signature", short_sig(rng, dkim_d, sel, sent)))
        elif inf == "list":
            host = m.host_domain or "lists.%s" % d
            helo = rdns = host
            dkim_d, sel = from_dom, m.list_sel or "default"
            out_side.append(("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (host, host, hexid(rng, 10).upper(), rfc2822(sent))))
            out_side.append(("Received", "from %s ([%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                m.list_orig_host or "mail.%s" % from_dom, ip(rng), host, hexid(rng, 10).upper(), m.list_addr or rcpt, rfc2822(sent - dt.timedelta(seconds=rng.randint(5, 300))))))
            out_side.append(("DKIM-Signature", short_sig(rng, dkim_d, sel, sent - dt.timedelta(seconds=30))))
        elif inf == "exchange":
            host = "EX%02d.%s" % (rng.randint(1, 9), d.upper())
            helo = rdns = "mail.%s" % d
            out_side.append(("Received", "from %s (%s) by %s (%s)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.%d; %s" % (
                host, priv_ip(rng), host.replace("EX0", "EX1"), priv_ip(rng), rng.randint(6, 39), rfc2822(sent))))
            out_side.append(("Received", "from %s ([fe80::%x:%x:%x:%x]) by\r\n %s ([fe80::%x:%x:%x:%x%%%d]) with mapi id\r\n 15.01.2507.%03d; %s" % (
                host, *(rng.randint(0, 0xffff) for _ in range(4)), host, *(rng.randint(0, 0xffff) for _ in range(4)), rng.randint(10, 15), rng.randint(6, 39), rfc2822(sent))))
            if m.dkim_domain:
                out_side.insert(0, ("DKIM-Signature", short_sig(rng, m.dkim_domain, "exch", sent)))
                dkim_d, sel = m.dkim_domain, "exch"
        else:  # selfhosted
            host = m.host_name or "mail.%s" % d
            helo = rdns = host
            if rng.random() < 0.5:
                out_side.append(("Received", "from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                    priv_ip(rng), "unknown", ip(rng), m.envelope_from, host, hexid(rng, 10).upper(), rcpt, rfc2822(sent))))
            else:
                out_side.append(("Received", "from [%s] (helo=[%s])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.9%d)\r\n\t(envelope-from <%s>)\r\n\tid %s-%s-%s\r\n\tfor %s;\r\n\t%s" % (
                    ip(rng), priv_ip(rng), host, rng.randint(4, 8), m.envelope_from, alnum(rng, 6), alnum(rng, 16 if arr.year >= 2023 else 6), alnum(rng, 4 if arr.year >= 2023 else 2), rcpt, rfc2822(sent))))
            if m.dkim_domain:
                out_side.insert(0, ("DKIM-Signature", short_sig(rng, m.dkim_domain, rng.choice(["mail", "dkim", "2019", "s1", "default"]), sent)))
                dkim_d, sel = m.dkim_domain, "mail"
        src = ip(rng)
    else:
        raise ValueError(inf)

    dkim, spf, dmarc = m.auth
    if m.dkim_domain and inf in ("vps", "selfhosted", "phpmail", "exchange"):
        dkim_d = m.dkim_domain
    ar = auth_results(dkim, spf, dmarc, dkim_d, sel, env if env else from_dom, from_dom, src, rng, p,
                      dkim_extra=m.dkim_extra)
    mx = mx_received(rng, helo, rdns, src, rcpt, arr, tls)
    head = [("Return-Path", "<%s>" % env), ("Delivered-To", rcpt), ("Authentication-Results", ar), ("Received", mx)]
    return head + out_side
