"""Sender set-ups (who sends, through which infrastructure) and the trace/auth headers."""
import datetime as dt

from h19ident import (FREE_SMTP, OUTLOOK_FREE, YAHOO_FREE, ORGS, alnum, hexrand, ip4, ip6, dmarc_pol, dkim_sig,
                      auth_results, mx_received, b64rand)
from h19util import rfc2822, UTC, tzinfo_for, utc_to_local

HOSTERS = ["contabo-vps.example", "hostinger-srv.example", "ovh-cloud.example", "hetzner-node.example",
           "vultr-inst.example", "digitalbox.example", "m247-host.example", "namecheap-shared.example"]
NC_PUBLIC = ["nuage-libre.eu", "mycloud-hosting.eu", "cloudbox24.de", "nextbox.cloud"]
ZM_PUBLIC = ["zmail-hosting.eu", "mailbox-pro.net"]


def _local(rng, name, lang):
    return None


def make(rng, client, kind, lang, persona):
    """persona: name, local, domain (for corp/compromised/lookalike/spoof), org"""
    I = {"kind": kind, "client": client, "name": persona.get("name"), "lang": lang}
    local = persona.get("local") or "info"
    dom = persona.get("domain")
    k = kind
    if client == "google":
        I["provider"] = "google"
        if k == "freemail" or not dom:
            dom = "gmail.com"
        if k in ("spoof", "junk"):
            k = "lookalike"
    elif client == "exchange":
        I["provider"] = "o365"
        if k == "freemail" or not dom:
            dom = rng.choice(["outlook.com", "hotmail.com", "outlook.com", "live.com"] + OUTLOOK_FREE.get(lang, []))
            I["provider"] = "outlookcom"
        if k in ("spoof", "junk"):
            k = "lookalike"
    elif client == "icloud":
        I["provider"] = "icloud"
        dom = rng.choice(["icloud.com", "icloud.com", "me.com"])
        k = "freemail"
    elif client == "yahoo":
        I["provider"] = "yahoo"
        dom = rng.choice(["yahoo.com", "yahoo.com"] + YAHOO_FREE.get(lang, []))
        k = "freemail"
    elif client == "zoom":
        I["provider"] = "zoom"
        dom = "zoom.us"
        k = "service"
    elif client in ("outlook", "thunderbird", "tool"):
        if k == "freemail" or not dom:
            if rng.random() < 0.4:
                dom = "gmail.com"
                I["provider"] = "gmailsmtp"
            else:
                dom = rng.choice(FREE_SMTP[lang])
                I["provider"] = "smtp"
            k = "freemail"
        elif k in ("spoof", "junk", "lookalike") and client == "tool" or k in ("spoof", "junk"):
            I["provider"] = "vps"
        else:
            I["provider"] = "selfhost"
    elif client in ("nextcloud", "zimbra", "sogo"):
        I["provider"] = "selfhost"
        if k == "freemail" or not dom:
            dom = rng.choice(NC_PUBLIC if client == "nextcloud" else ZM_PUBLIC)
            k = "corp"
        if k in ("spoof", "junk"):
            k = "lookalike"
    elif client == "booking":
        I["provider"] = "esp"
        if not dom:
            dom = persona.get("svc_domain", "bookings.example")
        if k in ("spoof", "junk", "freemail"):
            k = "lookalike"
    else:
        raise ValueError(client)
    I["kind"] = k
    I["domain"] = dom
    I["email"] = persona.get("email") or ("%s@%s" % (local, dom))
    if client == "zoom":
        I["email"] = "no-reply@zoom.us"
    if persona.get("email") and client in ("google", "exchange", "icloud", "yahoo") and \
            persona["email"].split("@")[1] != dom:
        I["email"] = "%s@%s" % (persona["email"].split("@")[0], dom)
    I["domain"] = I["email"].split("@")[1]
    I["org"] = persona.get("org")
    I["env_domain"] = persona.get("env_domain")
    return I


def trace(rng, I, rcpt, t_sent, t_arr, hdr_list, sender_tz):
    """Return (top headers, sender-side headers)."""
    p = I["provider"]
    dom = I["domain"]
    email = I["email"]
    top, mid = [], []
    ts = int(t_sent.timestamp())
    kind = I["kind"]
    loc = lambda t, tz=sender_tz: utc_to_local(tz, t).replace(tzinfo=tzinfo_for(tz, utc_to_local(tz, t)))
    dk = []  # (d, s, style)
    spf_res, dmarc_res = "pass", "pass"
    if p == "google":
        n = rng.randint(10, 99)
        helo = "mail-sor-f%d.google.com" % n
        rdns, ip = helo, ip4(rng, "198.51.100")
        env = "%s@calendar-server.bounces.google.com" % (alnum(rng, 1, "23456789") + alnum(rng, 38, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"))
        mid.append("Received: by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s"
                   % (helo, alnum(rng, 8) + "-" + alnum(rng, 16) + ".%d.%s" % (rng.randint(1, 9), t_sent.strftime("%Y.%m.%d.%H.%M.%S")),
                      rcpt, rfc2822(loc(t_sent, "America/Los_Angeles"))))
        dk = [(dom, "20230601" if t_sent.year >= 2023 else "20161025", "google")]
        if dom != "google.com":
            dk.append(("google.com", "20230601" if t_sent.year >= 2023 else "20161025", "google"))
        mid.append("X-Received: by %s with SMTP id %s; %s" % (ip6(rng), alnum(rng, 20), rfc2822(loc(t_sent, "America/Los_Angeles"))))
    elif p in ("o365", "outlookcom"):
        reg = rng.choice([("eur", "EUR05", "AM6", "eurprd05"), ("nam", "NAM10", "BN8", "namprd10"),
                          ("eur", "EUR03", "DB9", "eurprd03"), ("apc", "APC01", "SG2", "apcprd01")])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg[1], reg[2])
        rdns = "mail-%s%son%d.outbound.protection.outlook.com" % (reg[2].lower(), reg[1].lower(), rng.randint(2010, 2199))
        ip = ip6(rng)
        srv = "%sPR%02dMB%04d.%s.prod.outlook.com" % (reg[2], rng.randint(1, 9), rng.randint(1000, 9999), reg[3])
        srv2 = "%sPR%02dMB%04d.%s.prod.outlook.com" % (reg[2], rng.randint(1, 9), rng.randint(1000, 9999), reg[3])
        env = email
        mid.append("Received: from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                   % (srv, ip6(rng), srv2, ip6(rng), rng.randint(6000, 8900), rng.randint(10, 40), rfc2822(t_sent.astimezone(UTC))))
        mid.append("Received: from %s ([%s]) by %s\r\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s"
                   % (srv, ip6(rng), srv, ip6(rng), rng.randint(3, 7), rng.randint(6000, 8900), rng.randint(10, 40),
                      rfc2822(t_sent.astimezone(UTC))))
        mid.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + b64rand(rng, 60))
        mid.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (b64rand(rng, 32), b64rand(rng, 80)))
        mid.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass\r\n header.d=%s; arc=none" % (dom, dom, dom))
        dk = [(dom, rng.choice(["selector1", "selector2"]), "ms")]
    elif p == "icloud":
        helo = "outbound.%s.icloud.com" % rng.choice(["ci", "mr", "qs"])
        rdns = "ms%s-%s.icloud-mail.example" % (rng.randint(10, 99), alnum(rng, 4))
        rdns = helo
        ip = ip4(rng, "203.0.113")
        env = email
        host = "p00-icloudmta-asmtp-us-%s-%s-percent-%d" % (rng.choice(["central-1k", "west-3a", "east-1a"]),
                                                           rng.choice(["10", "20", "60", "100"]), rng.randint(0, 12))
        mid.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                   % (host, alnum(rng, 12, "0123456789ABCDEF"), rfc2822(t_sent.astimezone(UTC)) + " (UTC)"))
        dk = [(dom, "1a1hai" if dom == "icloud.com" else "sig1", "std")]
    elif p == "yahoo":
        n = rng.randint(300, 330)
        dc = rng.choice(["ne1", "bf2", "gq1"])
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(1, 60), dc)
        rdns, ip = helo, ip4(rng, "198.51.100")
        env = email
        mid.append("Received: from sonic.gate.mail.%s.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s"
                   % (dc, n, dc, rfc2822(t_sent.astimezone(UTC))))
        mid.append("X-YMail-OSG: " + alnum(rng, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"))
        mid.append("X-Sonic-MF: <%s>" % email)
        dk = [(dom, "s2048", "std")]
    elif p == "zoom":
        helo = "o%d.ptr%d.zoom.us" % (rng.randint(1, 9), rng.randint(1000, 9999))
        rdns, ip = helo, ip4(rng, "192.0.2")
        env = "bounces+%d-%s-%s=%s@em%d.zoom.us" % (rng.randint(1000000, 9999999), alnum(rng, 4),
                                                   rcpt.split("@")[0], rcpt.split("@")[1], rng.randint(1000, 9999))
        mid.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s"
                   % (alnum(rng, 10), alnum(rng, 5), alnum(rng, 10), rng.randint(1, 30), alnum(rng, 12),
                      rfc2822(t_sent.astimezone(UTC))))
        dk = [("zoom.us", "s1", "std"), ("sendgrid.info", "smtpapi", "std")]
    elif p == "gmailsmtp":
        helo = "mail-%s-f%d.google.com" % (rng.choice(["wm1", "ej1", "pl1", "qk1"]), rng.randint(40, 99))
        rdns, ip = helo, ip4(rng, "198.51.100")
        env = email
        mid.append("Received: from [%s] (%s.example-isp.net. [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
                   % (ip4(rng), "dyn-" + alnum(rng, 6), ip4(rng), alnum(rng, 24), rcpt,
                      rfc2822(loc(t_sent, "America/Los_Angeles"))))
        dk = [("gmail.com", "20230601" if t_sent.year >= 2023 else "20161025", "google")]
    elif p == "smtp":
        helo = rng.choice(["mout.%s", "smtp-out%d.%%s" % rng.randint(1, 9), "mail%d.%%s" % rng.randint(1, 30)]) % dom
        rdns, ip = helo, ip4(rng)
        env = email
        cip = ip4(rng)
        mid.append("Received: from [%s] ([%s]) by %s with ESMTPSA id %s; %s"
                   % (cip, cip, "smtp." + dom, alnum(rng, 16, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                      rfc2822(loc(t_sent))))
        dk = [(dom, rng.choice(["s1", "mail", "dkim", "s2048", "20220719", "default"]), "std")]
    elif p == "selfhost":
        helo = rng.choice(["mail.%s", "mx-out.%s", "smtp.%s", "mail2.%s"]) % dom
        rdns, ip = helo, ip4(rng)
        env = email if I["client"] not in ("nextcloud",) else email
        if I["client"] in ("nextcloud", "sogo", "zimbra", "tool"):
            mid.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
                       % (helo, alnum(rng, 10, "0123456789ABCDEF"), rfc2822(loc(t_sent))))
            if I["client"] == "zimbra":
                mid.append("X-Virus-Scanned: amavisd-new at " + dom)
        else:
            cip = ip4(rng)
            mid.append("Received: from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                       % (cip, "dyn-%s.%s" % (cip.replace(".", "-"), rng.choice(["isp-net.example", "fibre.example", "cable.example"])),
                          cip, email, helo, alnum(rng, 10, "0123456789ABCDEF"), rfc2822(loc(t_sent))))
        if I.get("nodkim") is None:
            I["nodkim"] = rng.random() < 0.25
        if not I["nodkim"]:
            dk = [(dom, rng.choice(["mail", "default", "dkim", "2019", "s1", "mx"]), "std")]
        else:
            dmarc_res = "none"
    elif p == "vps":
        host = rng.choice(HOSTERS)
        n = rng.randint(100, 99999)
        if kind == "lookalike":
            helo = "mail." + dom
            rdns = helo if rng.random() < 0.6 else "vps%d.%s" % (n, host)
        else:
            helo = rng.choice(["vps%d.%s" % (n, host), "srv%d.%s" % (n, host), "localhost.localdomain",
                               "WIN-%s" % alnum(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
            rdns = "unknown" if rng.random() < 0.5 else "vps%d.%s" % (n, host)
        ip = ip4(rng, "203.0.113")
        envd = I.get("env_domain") or (dom if kind in ("lookalike", "junk") else "vps%d.%s" % (n, host))
        env = "%s@%s" % (rng.choice(["www-data", "noreply", "admin", "bounce", "root", email.split("@")[0]]), envd)
        if kind == "lookalike":
            env = email
        mid.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s"
                   % (rng.choice(["localhost", "[127.0.0.1]"]), helo if "." in helo else "localhost",
                      alnum(rng, 10, "0123456789ABCDEF"), rfc2822(loc(t_sent))))
        if kind == "lookalike":
            dk = [(dom, rng.choice(["default", "mail", "dkim", "x"]), "std")]
            if rng.random() < 0.4:
                dmarc_res = "none"
        elif kind == "junk":
            spf_res = rng.choice(["pass", "neutral", "none"])
            dmarc_res = "none"
        else:  # spoof
            spf_res = rng.choice(["pass", "softfail", "none", "fail"])
            if spf_res == "pass" and envd == dom:
                spf_res = "fail"
            dmarc_res = "fail"
    elif p == "esp":
        if rng.random() < 0.5:
            region = rng.choice(["eu-west-1", "us-east-1", "eu-central-1"])
            helo = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(1, 99), rng.randint(1, 250), region)
            env = "%s-%s-000000@%s.amazonses.com" % (hexrand(rng, 16), hexrand(rng, 8) + "-" + hexrand(rng, 4), region)
            dk = [(dom, alnum(rng, 32), "std"), ("amazonses.com", alnum(rng, 32), "std")]
            I["feedback"] = "1.%s.%s=:amazonses" % (region, b64rand(rng, 30))
        else:
            helo = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), "sendgrid.net")
            env = "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 9999999), alnum(rng, 4), rcpt.split("@")[0],
                                                 rcpt.split("@")[1], rng.randint(100, 9999), dom)
            dk = [(dom, "s1", "std"), ("sendgrid.info", "smtpapi", "std")]
        rdns, ip = helo, ip4(rng, "192.0.2")
        mid.append("Received: from %s by %s with SMTP id %s; %s"
                   % ("mta-%s.internal" % alnum(rng, 6), helo, alnum(rng, 14), rfc2822(t_sent.astimezone(UTC))))
    else:
        raise ValueError(p)
    if I.get("force_nodkim"):
        dk = []
        if dmarc_res == "pass" and I["kind"] not in ("lookalike",):
            dmarc_res = "none"
    # signatures + auth
    sigs, dres = [], []
    hdrs = "from:to:subject:date:message-id:mime-version:content-type"
    if p == "google":
        hdrs = "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type"
    elif p in ("o365", "outlookcom"):
        hdrs = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    for d, s, style in dk:
        sig, b8 = dkim_sig(rng, d, s, ts, hdrs, style, rcpt.split("@")[1])
        sigs.append(sig)
        dres.append(("pass" if not I.get("dkim_broken") else "fail", d, s, b8))
    if I.get("dkim_broken"):
        pass
    envdom = env.split("@")[1]
    spf = (spf_res, env, ip)
    pol = dmarc_pol(rng, dom)
    if I["kind"] == "spoof" and pol[0] == "REJECT":
        pol = ("NONE", "NONE")
    if dmarc_res == "none" and (dom in ("gmail.com",) or not dk) and I["kind"] not in ("spoof",):
        dmarc = ("none", None, None, dom)
    elif dmarc_res == "fail":
        dmarc = ("fail", pol[0], pol[1], dom)
    else:
        dmarc = ("pass", pol[0], pol[1], dom)
    I["_auth"] = (dres, spf, dmarc)
    I["_env"], I["_helo"], I["_rdns"], I["_ip"] = env, helo, rdns, ip
    top.append("Return-Path: <%s>" % env)
    top.append("Delivered-To: %s" % rcpt)
    top.append(auth_results(dres, spf, dmarc))
    top.append(mx_received(rng, helo, rdns, ip, rcpt, t_arr))
    # order: sender received, then dkim signatures (google/ms put DKIM before Received on their side -> keep simple)
    out_mid = []
    if p in ("google", "gmailsmtp"):
        out_mid = sigs + mid
    else:
        out_mid = mid + sigs
    return top, out_mid
