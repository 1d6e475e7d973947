# -*- coding: utf-8 -*-
"""Sending infrastructure (Received chains, DKIM, envelope) and final assembly."""
import datetime as dt

from . import core, auth
from .core import Part, addr, hdr

GOOGLE_SEL = lambda y: "20161025" if y < 2021 else ("20210112" if y < 2023 else "20230601")


def ip4(rng, net="198.51.100"):
    return "%s.%d" % (net, rng.randint(2, 254))


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def pdt(m, secs_before=1):
    t = m.sent - dt.timedelta(seconds=secs_before)
    tz = "America/Los_Angeles"
    loc = core.to_local(tz, t)
    off = core.utc_offset(tz, loc)
    return core.rfc2822(loc, off, "PDT" if off == -420 else "PST")


def utc_str(t, comment="UTC"):
    return core.rfc2822(t, 0, comment)


def local_str(m, t, tz=None):
    tz = tz or m.sender_tz
    loc = core.to_local(tz, t)
    return core.rfc2822(loc, core.utc_offset(tz, loc))


def infra(m):
    """Return dict(received, out=(helo, rdns, ip), tls, env, sigs=[(d,s,style)], spf, pre=[(name,val)])."""
    rng = m.rng
    c, k = m.client, m.kind
    d = m.sender["domain"]
    rcpt = m.rcpt["email"]
    t1 = m.sent + dt.timedelta(seconds=1)
    R = dict(received=[], pre=[], sigs=[], spf="pass", tls=True, env=m.sender["email"])
    if k == "spoof":
        return vps_infra(m, R)
    if c == "google" and getattr(m, "gmail_web", False):
        n = rng.randint(41, 199)
        R["out"] = ("mail-sor-f%d.google.com" % n, "mail-sor-f%d.google.com" % n, ip4(rng))
        R["received"] = ["by mail-sor-f%d.google.com with SMTP id %s.%d.%s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
            n, core.alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 999),
            m.sent.strftime("%Y.%m.%d.%H.%M.%S"), rcpt, pdt(m, 0))]
        sel = GOOGLE_SEL(m.year)
        R["sigs"] = [("gmail.com", sel, "google")] if d == "gmail.com" else [(d, "google", "google")]
        return R
    if c == "google":
        n = rng.randint(41, 199)
        R["out"] = ("mail-sor-f%d.google.com" % n, "mail-sor-f%d.google.com" % n,
                    ip4(rng) if rng.random() < 0.5 else ip6(rng))
        R["env"] = "%s@calendar-server.bounces.google.com" % core.alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
        R["received"] = [
            "by mail-sor-f%d.google.com with SMTP id %s.%d.%s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
                n, core.alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 999),
                m.sent.strftime("%Y.%m.%d.%H.%M.%S"), rcpt, pdt(m, 0)),
            "from %d named unknown by gmailapi.google.com with HTTPREST; %s" % (rng.randint(10 ** 11, 10 ** 12), pdt(m, 1))]
        sel = GOOGLE_SEL(m.year)
        if d in ("gmail.com", "googlemail.com"):
            R["sigs"] = [("gmail.com", sel, "google"), ("google.com", sel, "google")]
        elif m.gapps_nodkim:
            R["sigs"] = [("%s.%s.gappssmtp.com" % (d.replace(".", "-"), sel), sel, "google"), ("google.com", sel, "google")]
        else:
            R["sigs"] = [(d, "google", "google"), ("google.com", sel, "google")]
        R["pre"] = [("X-Google-Smtp-Source", "AGHT+I" + core.alnum(rng, 80)),
                    ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x with SMTP id %s.%d.%d;\r\n        %s" % (
                        rng.randint(0x6000, 0x6fff), rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff),
                        rng.randint(0x100, 0xfff), core.alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                        rng.randint(1, 999), rng.randint(10 ** 12, 10 ** 13), pdt(m, 0)))]
        return R
    if c == "outlook":
        return outlook_infra(m, R)
    if c == "icloud" or (c == "applemail" and d in ("icloud.com", "me.com")):
        gw = "%sp00im-%s%08d.me.com" % (rng.choice(["st43", "pv50", "mr85", "ms11", "qs51"]),
                                        rng.choice(["ztfb", "zteg", "hyfv", "ztdg", "tydg"]), rng.randint(10000000, 99999999))
        R["out"] = (gw, gw, ip4(rng))
        R["received"] = ["from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
            "[192.0.2.%d]" % rng.randint(2, 254) if c == "applemail" else "p%02d-caldav.icloud.com" % rng.randint(1, 60),
            "unknown", "192.0.2.%d" % rng.randint(2, 254), gw, core.hexid(rng, 10, True), utc_str(m.sent, None))]
        R["sigs"] = [("icloud.com", "1a1hai", "generic")]
        return R
    if c == "yahoo":
        n = rng.randint(300, 330)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(1, 40), rng.choice(["ne1", "gq1", "bf2", "ir2"]))
        R["out"] = (host, host, ip4(rng))
        R["received"] = ["from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, utc_str(m.sent, None))]
        dom = d
        R["sigs"] = [(dom, "s2048" if dom != "yahoo.co.jp" else "yj20110701", "generic")]
        return R
    if c == "zoom":
        R["env"] = "bounces+%d-%s-%s=%s@zoom.us" % (rng.randint(1000000, 9999999), core.hexid(rng, 4),
                                                    m.rcpt["email"].split("@")[0], m.rcpt["domain"])
        host = "o%d.ptr%d.zoom.us" % (rng.randint(1, 99), rng.randint(1000, 9999))
        R["out"] = (host, host, ip4(rng))
        R["received"] = [
            "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%d\r\n        %s" % (
                core.hexid(rng, 9), core.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), core.hexid(rng, 9),
                core.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), core.hexid(rng, 8, True),
                rng.randint(1, 99), utc_str(m.sent, None)),
            "from zoom.us (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s" % (
                rng.randint(1, 60), core.alnum(rng, 22), rcpt, utc_str(m.sent - dt.timedelta(seconds=1), None))]
        R["sigs"] = [("zoom.us", "s1", "generic"), ("sendgrid.info", "smtpapi", "generic")]
        return R
    if c == "booking" and k in ("service", "corp", "compromised"):
        return esp_infra(m, R, m.platform["esp"], m.platform["domain"])
    if c in ("nextcloud", "zimbra", "sogo") or (c in ("handrolled", "booking", "thunderbird", "applemail") and
                                                 k in ("corp", "colleague", "compromised", "lookalike", "service")):
        return own_server_infra(m, R)
    if c in ("thunderbird", "applemail", "handrolled"):
        return freemail_infra(m, R)
    return own_server_infra(m, R)


def outlook_infra(m, R):
    rng = m.rng
    d = m.sender["domain"]
    v = m.variant
    rcpt = m.rcpt["email"]
    if v in ("o365", "outlookcom"):
        h1 = m.exch_host
        h2 = m.exch_host2
        reg = rng.choice(["EUR05-DB8", "EUR03-AM7", "EUR02-VI1", "NAM12-MW2", "NAM10-BN7", "APC01-SG2", "GBR01-LO2"])
        helo = "%s-obe.outbound.protection.outlook.com" % reg
        rdns = "mail-%s%son%04d.outbound.protection.outlook.com" % (reg.split("-")[1].lower(), reg.split("-")[0].lower(),
                                                                   rng.randint(2000, 2199))
        R["out"] = (helo, rdns, ip4(rng) if rng.random() < 0.5 else ip6(rng))
        build = "15.20.%d.%03d" % (rng.randint(1000, 8999), rng.randint(1, 40))
        R["received"] = [
            "from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
                h1, ip6(rng), h2, ip6(rng), build, utc_str(m.sent, None).replace(" (UTC)", "")),
            "from %s\r\n ([%s]) by %s\r\n ([%s%%4]) with mapi id %s; %s" % (
                h1, ip6(rng), h1, ip6(rng), build, utc_str(m.sent - dt.timedelta(seconds=1), None))]
        aar = "i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none" % (d, d, d)
        R["pre"] = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector%d; d=microsoft.com; cv=none;\r\n b=%s" % (
            rng.choice([9901, 10001]), core.fake_b64(rng, 256))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector%d;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (
                rng.choice([9901, 10001]), core.fake_b64(rng, 32), core.fake_b64(rng, 256))),
            ("ARC-Authentication-Results", aar)]
        sel = rng.choice(["selector1", "selector2"])
        if v == "outlookcom":
            R["sigs"] = [(d, sel, "microsoft")]
        elif m.o365_nodkim:
            tenant = d.split(".")[0].replace("-", "") + ".onmicrosoft.com"
            R["sigs"] = [(tenant, sel, "microsoft")]
        else:
            R["sigs"] = [(d, sel, "microsoft")]
        return R
    if v == "onprem":
        host = m.onprem_host
        ip = ip4(rng, "192.0.2")
        R["out"] = ("mail." + d, "mail." + d, ip4(rng, rng.choice(["198.51.100", "203.0.113"])))
        build = rng.choice(["15.1.2507.35", "15.2.1544.4", "15.1.2375.37", "15.2.1258.12", "15.0.1497.48"])
        R["received"] = [
            "from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\r\n %s; %s" % (
                host, ip, "EDGE01." + d, ip4(rng, "192.0.2"), build, local_str(m, m.sent)),
            "from %s ([%s]) by %s\r\n ([%s]) with mapi id %s; %s" % (host.split(".")[0], ip, host.split(".")[0], ip,
                                                                    "15.%02d.%s" % (1, build.split(".", 2)[2]),
                                                                    local_str(m, m.sent - dt.timedelta(seconds=1)))]
        if m.onprem_dkim:
            R["sigs"] = [(d, rng.choice(["dkim", "mail", "s1", "exch"]), "generic")]
        return R
    # desktop Outlook with an SMTP account
    return own_server_infra(m, R) if m.sender["kind_domain"] == "own" else freemail_infra(m, R)


def freemail_infra(m, R):
    from .world import FREEMAIL
    rng = m.rng
    d = m.sender["domain"]
    host, sel, _ = FREEMAIL.get(d, ("smtp." + d, "default", None))
    if "outlook.com" in host:
        host = "mail-%s.outbound.protection.outlook.com" % core.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")
    R["out"] = (host, host, ip4(rng))
    client_ip = "192.0.2.%d" % rng.randint(2, 254)
    R["received"] = ["from [%s] ([%s]) by %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
        client_ip, client_ip, host, core.alnum(rng, 14), m.rcpt["email"], local_str(m, m.sent))]
    if sel:
        R["sigs"] = [(d, sel, "google" if d in ("gmail.com", "googlemail.com") else "generic")]
    return R


def own_server_infra(m, R):
    rng = m.rng
    d = m.sender["domain"]
    c = m.client
    host = m.sender.get("mta") or rng.choice(["mail.", "mx1.", "smtp.", "mail1.", "out."]) + d
    R["out"] = (host, host, ip4(rng, rng.choice(["198.51.100", "203.0.113"])))
    qid = core.hexid(rng, 10, True)
    if c == "zimbra":
        zh = "zimbra." + d
        R["received"] = [
            "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (zh, host, qid, local_str(m, m.sent)),
            "from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavisd-new, port 10026)\r\n\twith ESMTP id %s; %s" % (
                zh, zh, core.alnum(rng, 12), local_str(m, m.sent - dt.timedelta(seconds=1)))]
        R["pre"] = [("X-Virus-Scanned", "amavisd-new at " + d)]
        sel = core.uuid4(rng, True)
        R["sigs"] = [(d, sel, "generic")] if m.own_dkim else []
        return R
    if c == "nextcloud":
        R["received"] = ["from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            m.nc_host, host, qid, m.rcpt["email"], local_str(m, m.sent))]
    elif c in ("handrolled", "booking"):
        if rng.random() < 0.5:
            R["received"] = ["by %s (Postfix, from userid %d)\r\n\tid %s; %s" % (
                rng.choice(["web01.", "www.", "srv2.", "app."]) + d, rng.choice([33, 48, 1000, 1001]), qid,
                local_str(m, m.sent))]
        else:
            R["received"] = ["from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                host, qid, m.rcpt["email"], local_str(m, m.sent))]
    else:
        cip = "192.0.2.%d" % rng.randint(2, 254)
        R["received"] = ["from [%s] (dyn-%s.isp.example [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
            cip, cip.replace(".", "-"), cip, m.sender["email"], host, qid, local_str(m, m.sent))]
    if m.own_dkim:
        R["sigs"] = [(d, m.own_selector, "generic")]
    return R


def esp_infra(m, R, esp, domain):
    rng = m.rng
    if esp == "ses":
        region = rng.choice(["eu-west-1", "us-east-1", "eu-central-1"])
        R["env"] = "%s-%s-000000@%samazonses.com" % ("0100018e%s" % core.hexid(rng, 8), core.uuid4(rng),
                                                      "" if region == "us-east-1" else region + ".")
        host = "a%d-%d.smtp-out.%samazonses.com" % (rng.randint(1, 99), rng.randint(1, 250),
                                                   "" if region == "us-east-1" else region + ".")
        R["out"] = (host, host, ip4(rng))
        R["sigs"] = [(domain, core.alnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), "generic"),
                     ("amazonses.com", core.alnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), "generic")]
        R["pre"] = [("Feedback-ID", "1.%s.%s=:amazonses" % (region, core.fake_b64(rng, 30).rstrip("="))),
                    ("X-SES-Outgoing", m.sent.strftime("%Y.%m.%d-") + R["out"][2])]
    elif esp == "mailgun":
        R["env"] = "bounce+%s.%s-%s=%s@mg.%s" % (core.hexid(rng, 6), core.hexid(rng, 6), m.rcpt["email"].split("@")[0],
                                                 m.rcpt["domain"], domain)
        host = "m%d-%d.mailgun.net" % (rng.randint(1, 250), rng.randint(1, 250))
        R["out"] = (host, host, ip4(rng))
        R["sigs"] = [(domain, "mx", "generic")]
        R["pre"] = [("X-Mailgun-Sid", core.fake_b64(rng, 40).rstrip("=")), ("Sender", "noreply=%s@mg.%s" % (domain, domain))]
        R["received"] = ["by %s with HTTP id %s; %s" % (host, core.hexid(rng, 24), utc_str(m.sent, None))]
    else:
        R["env"] = "bounces+%d-%s-%s=%s@em.%s" % (rng.randint(1000000, 9999999), core.hexid(rng, 4),
                                                  m.rcpt["email"].split("@")[0], m.rcpt["domain"], domain)
        host = "o%d.ptr%d.%s" % (rng.randint(1, 99), rng.randint(1000, 9999), domain)
        R["out"] = (host, host, ip4(rng))
        R["sigs"] = [(domain, "s1", "generic"), ("sendgrid.info", "smtpapi", "generic")]
        R["received"] = ["by filterdrecv-%s with SMTP id %s; %s" % (core.hexid(rng, 9), core.alnum(rng, 22), utc_str(m.sent, None))]
    return R


def vps_infra(m, R):
    rng = m.rng
    d = m.sender["domain"]
    vdom = m.vps_domain
    n = rng.randint(1, 999)
    helo = rng.choice(["vps%d.%s" % (n, vdom), "localhost", "WIN-%s" % core.hexid(rng, 11, True),
                       "mail.%s" % vdom, "server%d.%s" % (n, vdom), "ubuntu-s-1vcpu-1gb-%s-01" % rng.choice(["fra1", "ams3", "nyc1", "sgp1"])])
    rdns = rng.choice(["vps%d.%s" % (n, vdom), None, "static.%d.%d.113.203.clients.%s" % (n % 255, rng.randint(1, 250), vdom)])
    ip = ip4(rng, "203.0.113")
    R["out"] = (helo, rdns, ip)
    R["tls"] = rng.random() < 0.6
    # envelope: either the spoofed domain (SPF fails) or the VPS' own domain (SPF may pass, unaligned)
    mode = m.spoof_env
    if mode == "from":
        R["env"] = m.sender["email"]
        R["spf"] = m.spoof_spf
    elif mode == "vps":
        R["env"] = "%s@%s" % (rng.choice(["root", "www-data", "admin", "info", "noreply", "bounce"]), vdom)
        R["spf"] = rng.choice(["pass", "none", "neutral"])
    else:
        R["env"] = "%s@%s" % (core.alnum(rng, rng.randint(5, 10), "abcdefghijklmnopqrstuvwxyz0123456789"), vdom)
        R["spf"] = "pass"
    R["received"] = ["from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
        rng.choice(["localhost", "127.0.0.1"]), helo if "." in helo else "localhost", core.hexid(rng, 10, True),
        utc_str(m.sent, None))] if rng.random() < 0.6 else []
    if m.spoof_vps_dkim:
        R["sigs"] = [(vdom, "default", "generic")]
    return R


def render_gmail_forward(m, inner_text, ics_bytes):
    """Gmail web 'Forward' of an invitation: inline forwarded text + invite.ics."""
    rng = m.rng
    ev = m.ev
    of = m.fwd_orig
    note = m.fwd_note
    fwd = "%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s\n" % (
        note, of["name"], of["email"], of["sent_text"], of["subject"], of["to_text"], inner_text)
    from .clients import text_part, html_para
    b1 = "000000000000" + core.hexid(rng, 16)
    b2 = "000000000000" + core.hexid(rng, 16)
    htm = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span><br>Date: %s<br>Subject: %s<br>To: %s<br></div><br><br>%s</div></div>' % (
        html_para(note), of["name"], of["email"], of["sent_text"], of["subject"], of["to_text"], html_para(inner_text))
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)],
               parts=[text_part(fwd, "UTF-8", "quoted-printable"), text_part(htm, "UTF-8", "quoted-printable", "html")],
               boundary=b2)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64"),
                ("X-Attachment-Id", "f_%s0" % core.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")),
                ("Content-ID", "<f_%s0>" % core.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))],
               core.b64(ics_bytes).encode())
    root = Part([], parts=[alt, att], boundary=b1)
    from .clients import date_hdr, subj
    H = [("MIME-Version", "1.0"), ("References", "<calendar-%s@google.com>" % core.uuid4(rng)),
         ("In-Reply-To", "<calendar-%s@google.com>" % core.uuid4(rng)),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("Date", date_hdr(m)), ("Message-ID", "<CA%s@mail.gmail.com>" % core.alnum(rng, 50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")),
         ("Subject", subj(m, "Fwd: " + of["subject"])),
         ("To", addr(m.rcpt["name"], m.rcpt["email"], "utf-8")),
         ("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
    return H, root


# ------------------------------------------------------------------ mailing list relay
def list_wrap(m, headers, root, R):
    """Mailman-style redistribution.  Returns (headers, root, R_outer, orig_sigs)."""
    rng = m.rng
    L = m.lst
    lname, ldom = L["name"], L["domain"]
    laddr = "%s@%s" % (lname, ldom)
    # subject prefix
    new = []
    from_domain = m.sender["domain"] if m.client not in ("zoom",) else "zoom.us"
    pol = auth.dmarc_policy(from_domain)
    munge = pol is not None and pol[0] in ("REJECT", "QUARANTINE")
    for k, v in headers:
        if k == "Subject":
            v = "[%s] " % lname + v if not v.startswith("=?") else "[%s] %s" % (lname, v)
        if k == "From" and munge:
            nm = m.sender["name"] or m.sender["email"].split("@")[0]
            v = addr("%s via %s" % (nm, lname), laddr, "utf-8")
            new.append(("Reply-To", addr(m.sender["name"], m.sender["email"], "utf-8")))
        new.append((k, v))
    mm3 = L.get("mm3", False)
    listhdr = [("X-BeenThere", laddr)] if not mm3 else []
    if mm3:
        listhdr += [("Message-ID-Hash", core.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                    ("X-Message-ID-Hash", core.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                    ("X-MailFrom", m.sender["email"]),
                    ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
                    ("X-Mailman-Version", "3.3.%d" % rng.randint(4, 9))]
    else:
        listhdr += [("X-Mailman-Version", "2.1.%d" % rng.randint(23, 39))]
    listhdr += [("Precedence", "list"),
                ("List-Id", "%s <%s.%s>" % (hdr(L.get("desc", lname), "utf-8", "List-Id"), lname, ldom)),
                ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (ldom, lname, lname, ldom)),
                ("List-Archive", "<https://%s/pipermail/%s/>" % (ldom, lname)),
                ("List-Post", "<mailto:%s>" % laddr),
                ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lname, ldom)),
                ("List-Subscribe", "<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (ldom, lname, lname, ldom)),
                ("Errors-To", "%s-bounces+%s=%s@%s" % (lname, m.rcpt["email"].split("@")[0], m.rcpt["domain"], ldom)),
                ("Sender", '"%s" <%s-bounces+%s=%s@%s>' % (lname, lname, m.rcpt["email"].split("@")[0], m.rcpt["domain"], ldom))]
    new = [(k, v) for k, v in new if k != "Sender"] + listhdr
    # footer
    from .clients import text_part
    foot = "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (
        lname, laddr, ldom, lname)
    footpart = text_part(foot, "us-ascii", "7bit", quote_cs=False)
    footpart.headers.append(("Content-Disposition", "inline"))
    ctype = [v for k, v in new if k == "Content-Type"][0]
    if ctype.lower().startswith("multipart/mixed"):
        root.parts.append(footpart)
    else:
        inner = Part([(k, v) for k, v in new if k.lower().startswith("content-")], body=root.body,
                     parts=root.parts, boundary=root.boundary, preamble=root.preamble)
        inner.headers = [(k, v) for k, v in new if k.lower() in ("content-type", "content-transfer-encoding")]
        b = "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)
        root = Part([], parts=[inner, footpart], boundary=b)
        new = [(k, v) for k, v in new if k.lower() not in ("content-type", "content-transfer-encoding")]
        new.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b))
    # outer infrastructure
    host = "mail.%s" % ldom if not ldom.startswith("lists.") else ldom
    orig_out = R["out"]
    Rout = dict(received=[
        "from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            orig_out[0], orig_out[1] or "unknown", orig_out[2], host, core.hexid(rng, 10, True), laddr,
            utc_str(m.sent + dt.timedelta(seconds=2), None))] + R["received"],
        pre=[("ARC-Seal", "i=1; a=rsa-sha256; d=%s; s=arc-%d; t=%d; cv=none;\r\n\tb=%s" % (
            ldom, m.year, int((m.sent - dt.datetime(1970, 1, 1)).total_seconds()), core.fake_b64(rng, 256))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/simple; d=%s;\r\n\ts=arc-%d; t=%d;\r\n\th=from:to:subject:date:message-id:content-type;\r\n\tbh=%s;\r\n\tb=%s" % (
                ldom, m.year, int((m.sent - dt.datetime(1970, 1, 1)).total_seconds()), core.fake_b64(rng, 32), core.fake_b64(rng, 256))),
            ("ARC-Authentication-Results", "i=1; %s;\r\n\tdkim=pass header.d=%s;\r\n\tspf=%s smtp.mailfrom=%s" % (
                host, R["sigs"][0][0] if R["sigs"] else "none", R["spf"], R["env"]))] + R.get("pre", []),
        out=(host, host, ip4(rng)), tls=True,
        env="%s-bounces+%s=%s@%s" % (lname, m.rcpt["email"].split("@")[0], m.rcpt["domain"], ldom),
        spf="pass")
    orig_sigs = [(d, s, "fail", st) for d, s, st in R["sigs"]]
    list_sigs = [(ldom, L.get("sel", "mail"), "pass", "generic")] if L.get("dkim", True) else []
    Rout["sigs_eval"] = orig_sigs + list_sigs
    Rout["dkim_headers"] = [(d, s, st) for d, s, _, st in list_sigs] + [(d, s, st) for d, s, st in R["sigs"]]
    Rout["from_domain"] = ldom if munge else from_domain
    return new, root, Rout


def assemble(m, headers, root, R):
    """Produce the final .eml bytes."""
    rng = m.rng
    arr = m.arrival
    H = []
    H.append(("Return-Path", "<%s>" % R["env"]))
    H.append(("Delivered-To", m.rcpt["email"]))
    if "sigs_eval" in R:
        sigs_eval = [(d, s, st) for d, s, st, _ in R["sigs_eval"]]
        dkim_hdrs = R["dkim_headers"]
        from_domain = R["from_domain"]
    else:
        sigs_eval = [(d, s, "pass") for d, s, _ in R["sigs"]]
        dkim_hdrs = R["sigs"]
        from_domain = m.sender["domain"] if m.client != "zoom" else "zoom.us"
    ar, verdict, pol = auth.results(rng, sigs_eval, R["env"], R["spf"], R["out"][2], from_domain)
    m.auth_summary = "dkim=%s spf=%s dmarc=%s" % (
        "/".join(st for _, _, st in sigs_eval) or "none", R["spf"], verdict)
    H.append(("Authentication-Results", ar))
    H.append(("Received", auth.mx_received(rng, R["out"][0], R["out"][1], R["out"][2], m.rcpt["email"],
                                           utc_str(arr), R.get("tls", True))))
    for r in R["received"]:
        H.append(("Received", r))
    for k, v in R.get("pre", []):
        H.append((k, v))
    ts = int((m.sent - dt.datetime(1970, 1, 1)).total_seconds())
    for d, s, style in dkim_hdrs:
        H.append(("DKIM-Signature", auth.dkim_line(rng, d, s, ts, style, m.rcpt["domain"])))
    H += headers
    out = []
    for k, v in H:
        out.append(("%s: %s\r\n" % (k, v)).encode("ascii"))
    body = root.to_bytes()
    return b"".join(out) + body
