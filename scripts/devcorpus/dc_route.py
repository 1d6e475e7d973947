"""Sender-side delivery routes: what the sending infrastructure adds before the message reaches mx.example.net.

route(r, kind, ...) returns a dict:
  peer_host, peer_ip, helo   - the host that connected to mx.example.net
  hops                        - headers (top to bottom) that sit below the mx Received line
  sigs                        - DKIM-Signature headers the route adds (part of hops; returned separately for ordering)
  dkims                       - [(result, d, selector)] as mx.example.net would evaluate them
  env_from                    - envelope sender (Return-Path)
  spf                         - default SPF result for env_from at peer_ip
"""
from __future__ import annotations

import datetime as dt

from dc_lib import dkim_sig, rfc2822_date, ts, postfix_qid

FREEMAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk", "ymail.com", "outlook.com",
            "hotmail.com", "live.com", "hotmail.fr", "msn.com", "icloud.com", "me.com", "mac.com", "gmx.de", "gmx.net",
            "gmx.at", "web.de", "proton.me", "protonmail.com", "aol.com", "mail.ru", "yandex.ru", "libero.it",
            "orange.fr", "free.fr", "t-online.de", "zoho.com", "mail.com", "qq.com", "163.com", "seznam.cz", "wp.pl",
            "o2.pl", "interia.pl", "rambler.ru", "bk.ru", "outlook.de", "outlook.fr", "laposte.net", "naver.com"}

TWO_LEVEL = ("co.uk", "com.br", "co.jp", "com.au", "com.cn", "co.za", "com.tr", "com.mx", "edu.pe", "ac.uk", "co.tz",
             "or.jp", "ne.jp", "com.ar", "com.pl", "gov.uk", "org.uk", "com.sg", "com.hk")


def org_domain(d):
    d = d.lower().rstrip(".")
    parts = d.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in TWO_LEVEL:
        return ".".join(parts[-3:])
    if d.endswith((".example.com", ".example.net", ".example.org")) and len(parts) >= 3:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def aligned(a, b):
    return org_domain(a) == org_domain(b)


def dmarc_eval(from_dom, spf_res, mailfrom, dkims, policy="auto"):
    """-> (result, from_domain, policy) or None when no DMARC record."""
    if policy is None:
        return ("none", from_dom, "none")
    if policy == "auto":
        od = org_domain(from_dom)
        import hashlib
        hv = int(hashlib.sha1(od.encode()).hexdigest()[:8], 16)
        known = od in FREEMAIL or od in ("example.net",) or not (od.endswith((".example.com", ".example.org", ".example.net")) or od.split(".")[-1] in
                                                                  ("top", "xyz", "click", "shop", "icu", "sbs", "cfd", "online", "site", "buzz", "live", "store", "info", "cam", "rest", "bond", "lol", "edu"))
        if not known and hv % 3 == 0:
            return ("none", from_dom, "none")
        dflt = "none" if known else ["none", "none", "quarantine", "reject"][hv // 3 % 4]
        policy = {"gmail.com": "none", "googlemail.com": "quarantine", "yahoo.com": "reject", "outlook.com": "none",
                  "hotmail.com": "none", "icloud.com": "quarantine", "gmx.de": "none", "web.de": "none",
                  "aol.com": "reject", "paypal.com": "reject", "google.com": "reject", "apple.com": "quarantine",
                  "microsoft.com": "reject", "amazon.com": "quarantine"}.get(od, dflt)
    ok = (spf_res == "pass" and aligned(mailfrom.split("@")[-1], from_dom)) or any(
        res == "pass" and aligned(d, from_dom) for res, d, _ in dkims)
    return ("pass" if ok else "fail", from_dom, policy)


def _when(arr, secs):
    return arr - dt.timedelta(seconds=secs)


def google_selector(arr):
    return "20230601" if arr.year >= 2023 else ("20210112" if arr.year >= 2021 else "20161025")


def route(r, kind, *, arr, rcpt, from_addr, env_from=None, sign=None, helo=None, host=None, client_ip=None,
          user=None, webmail=False, esp_domain=None, sign_domain=None, no_dkim=False):
    """Build the sender-side hops.  sign: list of (d, selector) to sign with (overrides the default)."""
    from_dom = from_addr.split("@")[-1]
    env_from = env_from or from_addr
    rl, rd = rcpt.split("@")
    out = dict(hops=[], sigs=[], dkims=[], env_from=env_from, spf="pass", helo=None)
    t0 = _when(arr, r.randint(1, 6))
    t1 = _when(t0, r.randint(0, 3))

    def sig(d, s, h, i=None, bits=2048, extra="", x=None, t=None):
        out["sigs"].append(dkim_sig(r, d, s, ts(t or t1), h, i=i, bits=bits, extra=extra, x=x))
        out["dkims"].append(("pass", d, s))

    if kind == "google":
        pfx = r.choice(["yw1", "yb1", "qt1", "pl1", "ot1", "oi1", "sor", "yx1", "il1", "io1", "ej1", "wm1", "wr1", "lf1", "qk1", "vk1"])
        n = r.randint(40, 240)
        host = f"mail-{pfx}-f{n}.google.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        hh = "to:from:subject:date:message-id:sender:reply-to:mime-version:from\r\n\t :to:cc:subject:date:message-id:reply-to"
        sel = google_selector(arr)
        for d, s in (sign or [("google.com", sel)]):
            sig(d, s, hh, x=ts(t1) + 604800, extra=f" darn={rd};" if arr.year >= 2023 else "")
        out["hops"].append(("Received", f"by {host} with SMTP id {r.hexs(13)}-{r.hexs(11)}so{r.randint(1000000, 9999999)}.{r.randint(1, 9)}\r\n        for <{rcpt}>; {rfc2822_date(t1, 'America/Los_Angeles', paren=True)}"))
        out["post_sig"] = [
            ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s={sel}; t={ts(t1)}; x={ts(t1) + 604800};\r\n        h=to:from:subject:date:message-id:sender:reply-to:mime-version\r\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n        bh={r.b64s(43)}=;\r\n        b={r.b64s(70)}\r\n         {r.b64s(70)}\r\n         {r.b64s(70)}\r\n         {r.b64s(70)}\r\n         {r.b64s(58)}=="),
            ("X-Gm-Message-State", f"AOJu0Y{r.b64s(66)}\r\n\t{r.b64s(70)}"),
            ("X-Google-Smtp-Source", f"AGHT+I{r.b64s(80)}"),
            ("X-Received", f"by 2002:a05:{r.hexs(4)}:{r.hexs(4)}:b0:{r.hexs(3)}:{r.hexs(4)}:{r.hexs(4)} with SMTP id\r\n {r.hexs(13)}-{r.hexs(11)}mr{r.randint(1000000, 9999999)}d{r.randint(10, 99)}.{r.randint(1, 99)}.{ts(t1)}{r.digits(3)}; {rfc2822_date(t1, 'America/Los_Angeles', paren=True)}"),
        ]
    elif kind in ("exo", "outlookcom"):
        reg = r.choice([("EUR05", "DB8", "db8eur05"), ("EUR03", "AM7", "am7eur03"), ("EUR02", "VI1", "vi1eur02"),
                        ("NAM12", "BN8", "bn8nam12"), ("NAM10", "MW2", "mw2nam10"), ("EUR01", "HE1", "he1eur01"),
                        ("APC01", "SG2", "sg2apc01"), ("NAM04", "DM6", "dm6nam04"), ("EUR04", "DB3", "db3eur04")])
        helo = f"{reg[0]}-{reg[1]}-obe.outbound.protection.outlook.com"
        host = f"mail-{reg[2]}on{r.choice(['2', '20', '21'])}{r.randint(40, 139)}.outbound.protection.outlook.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=helo)
        mbx1 = f"{reg[1]}PR{r.randint(1, 9):02d}MB{r.randint(1000, 9999)}.{reg[0].lower()[:3]}prd{r.randint(1, 9):02d}.prod.outlook.com"
        mbx2 = f"{reg[1]}P{r.randint(190, 195)}CA{r.randint(1, 9999):04d}.{reg[0].lower()[:3]}prd{r.randint(1, 9):02d}.prod.outlook.com"
        ver = "15.20.%d.%d" % (r.randint(4000, 9300), r.randint(10, 40)) if arr.year >= 2019 else "15.20.%d.%d" % (r.randint(100, 1400), r.randint(10, 40))
        if kind == "outlookcom":
            for d, s in (sign or [(from_dom if from_dom in ("outlook.com", "hotmail.com", "live.com", "outlook.de", "hotmail.fr", "outlook.fr") else "outlook.com", "selector1")]):
                sig(d, s, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
        else:
            tenant = (user or from_dom.split(".")[0]).replace(".", "")
            for d, s in (sign or [(from_dom, "selector1"), (f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com")]):
                sig(d, s, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
        arc = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b={r.b64s(70)}\r\n {r.b64s(70)}\r\n {r.b64s(60)}=="),
               ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh={r.b64s(43)}=;\r\n b={r.b64s(70)}\r\n {r.b64s(64)}=="),
               ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")] if arr.year >= 2019 else []
        out["hops"] += arc
        out["hops_after_sig"] = [
            ("Received", f"from {mbx2} ({r.ip6()}) by\r\n {mbx1} ({r.ip6()}) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n {ver}; {rfc2822_date(t1)}"),
            ("Received", f"from {mbx1}\r\n ([fe80::{r.hexs(4)}:{r.hexs(4)}:{r.hexs(4)}:{r.hexs(4)}]) by {mbx1}\r\n ([fe80::{r.hexs(4)}:{r.hexs(4)}:{r.hexs(4)}:{r.hexs(4)}%{r.randint(3, 7)}]) with mapi id {ver}; {rfc2822_date(_when(t1, 1))}"),
        ]
    elif kind == "exchange_onprem":
        dom = from_dom
        gw = host or r.choice([f"mail-gw.{dom}", f"mx-out.{dom}", f"smtp-out.{dom}", f"mailout1.{dom}"])
        out.update(peer_host=gw, peer_ip=r.ip(), helo=gw)
        ex = r.choice(["EXCH01", "EX16-MBX02", "W-EXCH-DB02", "MBX2019-01", "EXMB03"])
        ver = r.choice(["15.1.2507.39", "15.2.1544.4", "15.1.2375.31", "15.0.1497.48", "15.2.1258.27"])
        if sign is not False:
            for d, s in (sign or [(dom, r.choice(["dkim", "s1", "mail", "exch2019", "sel1"]))]):
                sig(d, s, "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version")
        out["hops_after_sig"] = [
            ("Received", f"from {ex}.ads.{dom} ({r.ip()}) by\r\n {gw} with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\r\n (Exim 4.96)\r\n (envelope-from <{env_from}>)\r\n id {r.alnum(6, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}-{r.alnum(15, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}-{r.alnum(4, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\r\n for {rcpt}; {rfc2822_date(t1, 'Europe/Berlin')}"),
            ("Received", f"from {ex}.ads.{dom.upper()} ({r.ip()}) by\r\n {ex}.ads.{dom.upper()} ({r.ip()}) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id\r\n {ver}; {rfc2822_date(_when(t1, 1), 'Europe/Berlin')}"),
        ]
    elif kind == "icloud":
        host = r.choice(["nwk", "rn2", "ma1", "st11", "mr85"]) + f"-txn-msbadger{r.randint(1000, 9999):04d}.apple.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        d = "email.apple.com" if arr.year >= 2019 else "insideicloud.icloud.com"
        for dd, s in (sign or [(d, "email0517" if d == "email.apple.com" else "insideicloud2048")]):
            sig(dd, s, "From:Subject:Date:To:MIME-Version:Content-Type", i=f"@{dd}")
        out["env_from"] = env_from if env_from != from_addr else f"bounces@{d}"
    elif kind == "yahoo":
        dc = r.choice(["ne1", "bf2", "gq1", "bf1"])
        host = f"sonic{r.randint(300, 330)}-{r.randint(1, 60)}.consmr.mail.{dc}.yahoo.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        for d, s in (sign or [("yahoo.com", "s2048")]):
            sig(d, s, "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", bits=2048)
        out["hops_after_sig"] = [("X-YMail-OSG", f"{r.b64s(60).replace('/', '.')}\r\n {r.b64s(70).replace('/', '.')}"),
                                 ("X-Sonic-MF", f"<{from_addr}>"),
                                 ("Received", f"from sonic.gate.mail.{dc}.yahoo.com by {host} with HTTP; {rfc2822_date(t1)}")]
    elif kind == "ses":
        reg = r.choice(["us-east-1", "eu-west-1", "us-west-2", "eu-central-1"])
        host = f"a{r.randint(8, 80)}-{r.randint(1, 250)}.smtp-out.{reg}.amazonses.com" if reg != "us-east-1" else f"a{r.randint(8, 80)}-{r.randint(1, 250)}.smtp-out.amazonses.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        mid = f"0100{r.hexs(12)}-{r.hexs(8)}-{r.hexs(4)}-{r.hexs(4)}-{r.hexs(4)}-{r.hexs(12)}-000000"
        out["ses_id"] = mid
        out["env_from"] = env_from if env_from != from_addr else f"{mid}@{'amazonses.com' if reg == 'us-east-1' else reg + '.amazonses.com'}"
        for d, s in (sign or [(sign_domain or from_dom, r.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')), ("amazonses.com", r.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567'))]):
            sig(d, s, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")
        out["hops_after_sig"] = [("X-SES-Outgoing", f"{arr.strftime('%Y.%m.%d')}-{out['peer_ip']}"),
                                 ("Feedback-ID", f"::1.{reg}.{r.b64s(43)}=:AmazonSES")]
    elif kind == "sendgrid":
        n = r.randint(1, 9)
        host = f"o{n}.ptr{r.randint(1000, 9999)}.{esp_domain or from_dom}" if r.random() < 0.6 else f"{r.letters(8)}.outbound-mail.sendgrid.net"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        em = f"em{r.randint(1000, 9999)}.{sign_domain or from_dom}"
        out["env_from"] = env_from if env_from != from_addr else f"bounces+{r.randint(1000000, 40000000)}-{r.hexs(4)}-{rl}={rd}@{em}"
        for d, s in (sign or [(sign_domain or from_dom, "s1"), ("sendgrid.info", "smtpapi")]):
            sig(d, s, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to")
        out["hops_after_sig"] = [
            ("Received", f"by filterdrecv-{r.hexs(10)}-{r.alnum(5)} with SMTP id filterdrecv-{r.hexs(10)}-{r.alnum(5)}-1-{r.hexs(8).upper()}-{r.randint(1, 60)}\r\n        {arr.strftime('%Y-%m-%d %H:%M:%S')}.{r.digits(9)} +0000 UTC m=+{r.randint(100000, 9999999)}.{r.digits(9)}"),
            ("Received", f"from {r.b64s(12)} (unknown)\r\n\tby geopod-ismtpd-{r.randint(1, 40)} (SG) with HTTP\r\n\tid {r.urlsafe(22)}\r\n\t{rfc2822_date(t1)} (UTC)"),
            ("X-SG-EID", f"\r\n =?us-ascii?Q?{r.b64s(60)}?=\r\n =?us-ascii?Q?{r.b64s(60)}?="),
            ("X-Entity-ID", f"u001.{r.urlsafe(22)}=="),
        ]
    elif kind == "mailgun":
        host = f"m{r.randint(30, 250)}-{r.randint(1, 250)}.mailgun.net" if r.random() < 0.6 else f"m{r.randint(30, 250)}-{r.randint(1, 250)}.mg.{esp_domain or from_dom}"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        out["env_from"] = env_from if env_from != from_addr else f"bounce+{r.hexs(6)}.{r.hexs(6)}-{rl}={rd}@{sign_domain or from_dom}"
        for d, s in (sign or [(sign_domain or from_dom, r.choice(["k1", "mx", "smtp", "pic", "krs"]))]):
            sig(d, s, "Message-Id: List-Unsubscribe: reply-to: To: To: From: From:\r\n Subject: Subject: Content-Type: Mime-Version: Date: Sender: Sender", x=ts(t1) + 7200)
        out["hops_after_sig"] = [("X-Mailgun-Sid", f"W{r.b64s(40)}"), ("X-Mailgun-Sending-Ip", out["peer_ip"]),
                                 ("X-Mailgun-Batch-Id", r.hexs(24))]
    elif kind == "postmark":
        host = f"sc-ord-mta{r.randint(100, 140)}.mtasv.net"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        out["env_from"] = env_from if env_from != from_addr else f"pm_bounces@pm-bounces.{sign_domain or from_dom}"
        for d, s in (sign or [(sign_domain or from_dom, f"{arr.year}{arr.month:02d}{r.randint(1, 28):02d}pm"), ("pm.mtasv.net", "pm20250520")]):
            sig(d, s, "From:Date:Subject:Message-Id:To:MIME-Version:Content-Type")
        out["hops_after_sig"] = [("X-PM-Message-Id", r.uuid4()), ("X-PM-RCPT", f"|bTB8{r.b64s(40)}|"),
                                 ("X-Complaints-To", "abuse@postmarkapp.com")]
    elif kind == "mailchimp":
        host = f"mail{r.randint(10, 250)}.{r.choice(['atl', 'suw', 'sea'])}{r.randint(10, 200)}.mcdlv.net"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        out["env_from"] = f"bounce-mc.us{r.randint(1, 21)}_{r.randint(10000000, 99999999)}.{r.randint(100000, 999999)}-{r.hexs(10)}@{host}"
        for d, s in (sign or [(sign_domain or from_dom, "k2"), ("mcdlv.net", "k1")]):
            sig(d, s, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:\r\n\t Content-Type:MIME-Version:CC:Date:From:Subject:Message-ID")
        out["hops_after_sig"] = [("Received", f"from localhost (localhost [127.0.0.1])\r\n\tby {host} (Mailchimp) with ESMTP id {r.hexs(20)}\r\n\tfor <{rcpt}>; {rfc2822_date(t1)}")]
    elif kind == "hubspot":
        host = f"{r.letters(3)}{r.randint(1, 9)}{r.letters(1)}.hubspotemail.net"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        out["env_from"] = f"1axbt{r.alnum(30)}@bf{r.randint(1, 20):02d}x.hubspotemail.net"
        for d, s in (sign or [(sign_domain or from_dom, "hs1"), ("hubspotemail.net", f"hs1-{r.randint(1000000, 9999999)}")]):
            sig(d, s, "Date:From:Reply-To:To:Subject:List-Unsubscribe:Form-Sub:Feedback-ID")
        out["hops_after_sig"] = [("X-HS-Cid", r.alnum(40)), ("Feedback-ID", f"hubspot:{r.randint(100000, 999999)}:hs")]
    elif kind == "marketo":
        pod = r.choice(["sj", "ab", "lon", "sjg"])
        host = f"mail{r.randint(10, 250)}.{pod}{r.randint(10, 99)}.mktomail.com"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        munch = f"{r.digits(3)}-{r.letters(3, True)}-{r.digits(3)}"
        out["munchkin"] = munch
        out["env_from"] = f"{munch}.0.{r.randint(1000, 99999)}.0.0.{r.randint(1000, 99999)}.9.{r.randint(1000000, 9999999)}@{pod}{r.randint(10, 99)}.mktomail.com"
        for d, s in (sign or [(sign_domain or from_dom, "m1"), ("mktomail.com", "m1")]):
            sig(d, s, "Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:Message-ID")
        out["hops_after_sig"] = [("X-MSYS-API", '{"options":{"open_tracking":false,"click_tracking":false}}'), ("X-Binding", f"bg-{pod}-{r.randint(10, 99)}"),
                                 ("X-MarketoID", f"{munch}:{r.randint(1000, 99999)}:{r.randint(1000, 99999)}:{r.randint(100000, 999999)}")]
    elif kind == "esp":  # generic transactional ESP of a brand: own outbound MTA pool
        host = host or f"{r.choice(['mta', 'out', 'smtp-out', 'mailout', 'o'])}{r.randint(1, 40)}.{r.choice(['mail', 'email', 'notify', 'e', 'msg'])}.{sign_domain or from_dom}"
        out.update(peer_host=host, peer_ip=r.ip(), helo=host)
        if not no_dkim:
            for d, s in (sign or [(sign_domain or from_dom, r.choice(["s1", "k1", "dkim", "selector1", "mail", f"s{arr.year}", "google", "pp-dkim1", "mx"]))]):
                sig(d, s, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
        out["hops_after_sig"] = [("Received", f"from {r.choice(['app', 'worker', 'notif', 'api'])}-{r.randint(1, 99)}.internal ({r.choice(['10.20', '10.8', '172.16'])}.{r.randint(0, 255)}.{r.randint(1, 254)})\r\n\tby {host} with ESMTP id {r.hexs(16)}\r\n\tfor <{rcpt}>; {rfc2822_date(t1)}")] if r.random() < 0.7 else []
    elif kind in ("postfix", "internal"):
        dom = from_dom
        if kind == "internal":
            host = "smtp.example.net"
            ipx = "198.51.100.10"
        else:
            host = host or r.choice([f"mail.{dom}", f"smtp.{dom}", f"mx1.{dom}", f"mail{r.randint(1, 3)}.{dom}"])
            ipx = r.ip()
        out.update(peer_host=host, peer_ip=ipx, helo=host)
        if not no_dkim:
            for d, s in (sign or [(dom, r.choice(["default", "mail", "dkim", str(arr.year), f"s{arr.year}", "202305", "mail2024"]))]):
                sig(d, s, "From:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:\r\n\t Content-Transfer-Encoding")
        cip = client_ip or r.ip()
        if webmail:
            sub = f"from {webmail} ({webmail} [{r.ip()}])\r\n\t(Authenticated sender: {user or from_addr})\r\n\tby {host} (Postfix) with ESMTPSA id {postfix_qid(r)}\r\n\tfor <{rcpt}>; {rfc2822_date(t1, 'Europe/Berlin', paren=True)}"
        else:
            sub = f"from [{'192.168.' + str(r.randint(0, 2)) + '.' + str(r.randint(2, 250)) if r.random() < 0.5 else cip}] ({r.choice(['p', 'dslb-', 'ip-', 'cpe-'])}{r.hexs(8)}.dip0.isp.example [{cip}])\r\n\t(Authenticated sender: {user or from_addr.split('@')[0]})\r\n\tby {host} (Postfix) with ESMTPSA id {postfix_qid(r)};\r\n\t{rfc2822_date(t1, 'Europe/Berlin', paren=True)}"
        out["hops_after_sig"] = [("Received", sub)]
    elif kind == "freemail":  # gmx / web.de / proton / fastmail / mailbox.org / orange / libero / zoho
        prov = from_dom
        table = {
            "gmx.de": ("mout.gmx.net", "gmx.de", "s31663417", "mail.gmx.net (mrgmx{n} [212.227.17.{m}]) with ESMTPSA (Nemesis)"),
            "gmx.net": ("mout.gmx.net", "gmx.net", "s31663417", "mail.gmx.net (mrgmx{n} [212.227.17.{m}]) with ESMTPSA (Nemesis)"),
            "gmx.at": ("mout.gmx.net", "gmx.at", "s31663417", "mail.gmx.net (mrgmx{n} [212.227.17.{m}]) with ESMTPSA (Nemesis)"),
            "web.de": ("mout.web.de", "web.de", "s29768273", "mail.web.de (mrweb{n} [213.165.67.{m}]) with ESMTPSA (Nemesis)"),
            "proton.me": (f"mail-{r.randint(4000, 4399)}{r.randint(10, 99)}.protonmail.ch", "proton.me", "protonmail3", None),
            "protonmail.com": (f"mail-{r.randint(4000, 4399)}{r.randint(10, 99)}.protonmail.ch", "protonmail.com", "protonmail3", None),
            "fastmail.com": (f"fout-b{r.randint(1, 8)}-smtp.messagingengine.com", "fastmail.com", "fm2", "mailfrontend{n}.nyi.internal (LMTPProxy); with ESMTPA"),
            "mailbox.org": (f"mout-p-{r.randint(101, 203)}.mailbox.org", "mailbox.org", "mail20150812", "smtp{n}.mailbox.org (Postfix) with ESMTPS"),
            "orange.fr": (f"smtp-{r.randint(10, 30)}.smtpout.orange.fr", "orange.fr", "t20230301", "[192.168.1.{m}] ([{ip}]) by smtp.orange.fr with ESMTPA"),
            "libero.it": (f"smtp-{r.randint(30, 40)}.iol.local", "libero.it", "s2021", "[{ip}] by smtp-{n}.iol.local with ESMTPA"),
            "zoho.com": (f"sender4-pp-o{r.randint(80, 99)}.zoho.com", "zoho.com", "zoho", "mx.zohomail.com with SMTPS"),
            "t-online.de": (f"mailout{r.randint(1, 12)}.t-online.de", None, None, "fwd{n}.aul.t-online.de with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted) esmtp id"),
            "seznam.cz": ("mxf1.seznam.cz", "email.cz", "szn20221014", None),
            "wp.pl": (f"mx.wp.pl", "wp.pl", "1024a", None),
            "mail.ru": (f"smtp{r.randint(30, 60)}.i.mail.ru", "mail.ru", "mail4", None),
            "yandex.ru": (f"forward{r.randint(100, 500)}a.mail.yandex.net", "yandex.ru", "mail", None),
            "qq.com": (f"out{r.randint(100, 300)}-{r.randint(1, 200)}.mail.qq.com", "qq.com", "s201512", None),
            "163.com": (f"m{r.randint(10, 16)}-{r.randint(1, 200)}.163.com", "163.com", "s110527", None),
            "laposte.net": ("smtp-out.laposte.net", "laposte.net", "lpn-wlmd", None),
            "free.fr": (f"smtp{r.randint(1, 9)}-g21.free.fr", "free.fr", "smtp-20201208", None),
            "naver.com": (f"cvsmtppost{r.randint(1, 40)}.nm.naver.com", "naver.com", "naver20221122", None),
            "aol.com": (f"sonic{r.randint(300, 330)}-{r.randint(1, 60)}.consmr.mail.ne1.yahoo.com", "aol.com", "a2048", None),
        }
        h, d, s, sub = table.get(prov, (f"smtp.{prov}", prov, "dkim", None))
        out.update(peer_host=h, peer_ip=r.ip(), helo=h)
        if d:
            for dd, ss in (sign or [(d, s)]):
                sig(dd, ss, "X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:From:\r\n\t Content-Type" if "gmx" in prov or "web.de" in prov else "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type")
        if sub:
            sub = sub.format(n=r.randint(100, 199), m=r.randint(10, 250), ip=r.ip())
            out["hops_after_sig"] = [("Received", f"from [{r.choice(['192.168.178.', '10.0.0.', '192.168.1.'])}{r.randint(2, 250)}] ([{r.ip()}]) by {sub}\r\n id {r.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}-{r.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}; {rfc2822_date(t1, 'Europe/Berlin')}")]
            if "gmx" in prov or prov == "web.de":
                out["hops_after_sig"].append(("X-UI-Sender-Class", r.uuid4()))
    elif kind == "vps":  # direct-to-MX spam host
        host = host or r.choice([f"vps-{r.hexs(8)}.vps.ovh.net", f"vmi{r.randint(100000, 2999999)}.contaboserver.net",
                                 f"{r.ip().replace('.', '-')}.static.example-hosting.net", f"server{r.randint(1, 999)}.{r.letters(7)}.example.com",
                                 f"{r.letters(2)}.{r.hexs(2)}.{r.hexs(2)}.{r.hexs(2)}", f"mail.{from_dom}", f"ns{r.randint(1000, 9999)}.ip-{r.ip().replace('.', '-')}.eu",
                                 f"localhost.localdomain", f"WIN-{r.alnum(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"])
        out.update(peer_host=None if r.random() < 0.4 else host, peer_ip=r.ip(), helo=helo or host)
        if sign:
            for d, s in sign:
                sig(d, s, "Subject:From:Sender:To:Cc:Content-Type:Date")
        out["hops_after_sig"] = [("Received", f"from localhost (localhost [127.0.0.1])\r\n\tby {host} (Postfix) with ESMTP id {postfix_qid(r)}\r\n\tfor <{rcpt}>; {rfc2822_date(t1, offset_min=r.choice([-300, -240, 0, 60, 120, 480]))}")] if r.random() < 0.5 else []
        out["spf"] = "none"
    elif kind == "php_shared":
        hostn = host or f"{r.choice(['srv', 'host', 'web', 'cp', 'server'])}{r.randint(1, 400)}.{r.choice(['hosting', 'webhost', 'cpanel', 'shared'])}.example.org"
        out.update(peer_host=hostn, peer_ip=r.ip(), helo=hostn)
        cu = user or r.letters(r.randint(5, 9))
        out["env_from"] = env_from if env_from != from_addr else f"{cu}@{hostn}"
        out["hops_after_sig"] = [("Received", f"from {cu} by {hostn} with local (Exim 4.9{r.randint(4, 8)})\r\n\t(envelope-from <{cu}@{hostn}>)\r\n\tid 1{r.alnum(5, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}-{r.alnum(6, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}-{r.alnum(2, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}\r\n\tfor {rcpt}; {rfc2822_date(t1, offset_min=r.choice([-300, -240, 0, 60, 120]))}"),
                                 ("X-PHP-Script", f"{r.choice(['www.', ''])}{r.letters(8)}.example.org/{r.choice(['wp-content/plugins/', 'wp-includes/', 'images/', 'tmp/', ''])}{r.choice(['send.php', 'mailer.php', 'ajax.php', 'class-wp-cache.php', 'lx.php'])} for {r.ip()}")]
        out["spf"] = "softfail" if r.random() < 0.5 else "none"
    else:
        raise ValueError(kind)
    return out
