"""Transport: who relays the message, how it is signed, what the receiving MX concludes; final assembly."""
import datetime as dt
import hashlib
import re

from .util import (rstr, rb64, uuid4, pick, HEXU, HEXL, ALNUM, fold_header, Part, Multi, Embedded, hdr_text,
                   rfc5322_date, utcoffset, TZ, needs_enc, addr)
from .infra import (Transport, ip_for, ip6_for, dkim_sig, auth_results, mx_received, PROVIDER_DMARC, PROVIDER_DKIM,
                    local_str, utc_str, MX)
from . import clients

MS_CONSUMER = {"outlook.com", "hotmail.com", "hotmail.es", "hotmail.nl", "outlook.es", "live.com", "msn.com"}
MULTI_TLD = ("co.uk", "com.au", "co.jp", "co.kr", "co.il", "com.tr", "com.br", "co.in", "co.th", "com.mx", "com.sa",
             "com.tw", "com.hk", "net.il", "ne.jp", "org.uk", "com.cn", "com.co")

HOSTERS = {
    "en": ["outbound.mailhostpro.com", "relay.bluecrate-hosting.com", "smtp-out.northhost.co.uk"],
    "de": ["mout.hostfabrik.de", "smtprelay.serverkiste.de"], "fr": ["smtp-out.hebergia.fr"],
    "es": ["relay.alojanet.es"], "it": ["smtpout.hostitalia.it"], "pt": ["smtp.alojamentos-web.pt"],
    "nl": ["mail-relay.webhostingnl.nl"], "pl": ["smtp.serwerypro.pl"], "ru": ["smtp.hostland-pro.ru"],
    "el": ["relay.grhost.gr"], "ar": ["mail.gulfhosting.ae"], "he": ["smtp.hostil.co.il"],
    "zh": ["smtp.yunhost.cn"], "ja": ["mail.sakura-host.ne.jp"], "ko": ["smtp.cafehost.co.kr"],
    "hi": ["relay.bharathost.in"], "th": ["mail.siamhosting.co.th"], "tr": ["smtp.turhost-pro.com.tr"],
}
VPS_PROVIDERS = ["contabo-vps.net", "hostkeyed.net", "vultrbox.com", "ovh-cloudvps.net", "dedipath-hosting.com",
                 "cloudzy-servers.com", "hetzcloud-vps.com", "aeza-hosting.net", "linodevps.net", "racknerd-vps.com"]
ESPS = ["sendgrid", "amazonses", "mailgun", "postmark", "sparkpost", "brevo"]


def org_domain(d):
    d = d.lower()
    parts = d.split(".")
    for mt in MULTI_TLD:
        if d.endswith("." + mt):
            return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def dmarc_policy(domain, override=None):
    if override == "none-record":
        return None
    if override is not None:
        return override
    od = org_domain(domain)
    if od in PROVIDER_DMARC:
        return PROVIDER_DMARC[od]
    if domain in PROVIDER_DMARC:
        return PROVIDER_DMARC[domain]
    h = int(hashlib.md5(od.encode()).hexdigest(), 16) % 10
    if h < 2:
        return None  # no DMARC record
    if h < 6:
        return "p=NONE sp=NONE dis=NONE"
    if h < 8:
        return "p=QUARANTINE sp=QUARANTINE dis=NONE"
    return "p=REJECT sp=REJECT dis=NONE"


def google_selector(y):
    return "20230601" if y >= 2023 else ("20210112" if y >= 2021 else ("20161025" if y >= 2017 else "20120113"))


def pdt(d_utc, rng=None):
    """Google servers stamp Pacific time"""
    from .util import utcoffset as uo
    off = uo("America/Los_Angeles", d_utc - dt.timedelta(hours=8))
    return local_str(d_utc, off, "PDT" if off == -420 else "PST")


def from_domain_of(hs):
    for k, v in hs:
        if k.lower() == "from":
            mm = re.findall(r"<([^>]+)>", v)
            a = mm[-1] if mm else v.strip()
            return a.split("@")[-1].strip().lower(), a
    return None, None


def plan(m):
    """Decide infrastructure before rendering (renderers need some host names)."""
    c = m.client
    dom = m.sender["addr"].split("@")[1].lower()
    rng = m.rng
    m.sender_host = "mail." + dom
    if c == "google":
        m.infra = "google-cal"
    elif c == "gmail-web":
        m.infra = "gmail-smtp" if dom == "gmail.com" else "google-ws-smtp"
    elif c == "exchange":
        m.infra = "ms-consumer" if dom in MS_CONSUMER else "m365"
    elif c == "icloud":
        m.infra = "icloud-cal"
    elif c == "yahoo":
        m.infra = "yahoo"
    elif c == "zoom":
        m.infra = "zoom"
        m.zoom_host = {"name": m.sender["name"], "addr": m.sender["addr"], "display": m.sender["name"]}
    elif c == "proton":
        m.infra = "proton"
    elif c == "booking":
        m.infra = m.service.get("infra", "esp")
        m.sender_host = m.service.get("host", "app." + dom)
    elif c == "nextcloud":
        m.sender_host = m.service["host"] if m.service and m.service.get("host") else pick(
            rng, ["cloud.", "nextcloud.", "nc.", "owncloud.", "files."]) + dom
        m.nc_from = pick(rng, ["noreply@", "nextcloud@", "no-reply@", "cloud@"]) + m.sender_host
        m.infra = "vps" if m.acct in ("vps", "lookalike") else "corp-smtp"
    elif m.acct == "free":
        if dom in ("gmail.com", "googlemail.com"):
            m.infra = "gmail-smtp"
        elif dom in ("icloud.com", "me.com"):
            m.infra = "icloud-smtp"
        elif dom in MS_CONSUMER:
            m.infra = "ms-consumer"
        elif dom.startswith("yahoo.") or dom == "aol.com":
            m.infra = "yahoo"
        elif dom == "proton.me":
            m.infra = "proton"
        else:
            m.infra = "free-smtp"
    elif m.acct in ("corp", "lookalike"):
        if m.corp_infra:
            m.infra = m.corp_infra
        elif c in ("zimbra", "sogo"):
            m.infra = "corp-smtp"
        elif c == "handrolled":
            m.infra = pick(rng, ["hosted-php", "corp-smtp", "esp"]) if m.acct == "corp" else pick(rng, ["vps", "esp"])
        else:
            r = rng.random()
            m.infra = "corp-smtp" if r < 0.7 else ("m365" if r < 0.9 else "google-ws-smtp")
    elif m.acct == "spoof":
        m.infra = "spoof"
    elif m.acct == "vps":
        m.infra = "vps"
    elif m.acct == "service":
        if c == "handrolled" and m.service and (m.service.get("esp") or m.service.get("infra")):
            m.infra = m.service.get("infra") or "esp"
        else:
            m.infra = "esp" if c != "handrolled" else pick(rng, ["esp", "hosted-php"])
    else:
        m.infra = "corp-smtp"
    if m.infra_override and c not in ("google", "exchange", "icloud", "yahoo", "zoom", "proton", "gmail-web"):
        m.infra = m.infra_override
    if m.infra == "vps":
        m.vps_host = pick(rng, ["vps%d.%s" % (rng.randint(1000, 99999), pick(rng, VPS_PROVIDERS)),
                                "vmi%d.%s" % (rng.randint(100000, 2999999), pick(rng, VPS_PROVIDERS)),
                                "mail.%s" % dom, "srv%d.%s" % (rng.randint(1, 999), dom)])
        m.sender_host = m.vps_host
    if m.infra == "hosted-php" and m.dmarc_override is None:
        m.dmarc_override = pick(rng, ["none-record", "p=NONE sp=NONE dis=NONE", "none-record"])
    if m.infra == "hosted-php":
        m.sender_host = pick(rng, ["web%d.%s" % (rng.randint(1, 400), pick(rng, HOSTERS.get(m.lang, HOSTERS["en"])).split(".", 1)[1]),
                                   "server%d.%s" % (rng.randint(1, 90), pick(rng, HOSTERS["en"]).split(".", 1)[1])])


def ms_hosts(rng):
    reg = clients.ms_region(rng)
    host, fqdn = clients.exchange_host(rng, reg)
    host2, fqdn2 = clients.exchange_host(rng, reg)
    reg = fqdn.split(".")[1][:3].upper()
    return host, fqdn, host2, fqdn2, reg


def transport(m, hs):
    """Return Transport describing envelope/relays/auth for the message with client headers hs."""
    rng = m.rng
    tr = Transport()
    when = m.arrival
    sent = m.sent
    fdom, faddr = from_domain_of(hs)
    sdom = m.sender["addr"].split("@")[1].lower()
    y = when.year
    inf = m.infra
    rcpt = m.to[0]["addr"] if (m.wrapper == "list" and m.to) else m.rcpt["addr"]
    hnames = [k for k, v in hs]

    def hsig(base):
        present = [h for h in base if h.lower() in [x.lower() for x in hnames]]
        return present

    if inf == "google-cal":
        n = rng.randint(40, 120)
        tr.helo = tr.rdns = "mail-sor-f%d.google.com" % n
        tr.ip = ip_for(tr.helo, "google") if rng.random() < 0.7 else ip6_for(tr.helo)
        tr.return_path = "3%s.%s@calendar-server.bounces.google.com" % (rstr(rng, 28, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                                                         rstr(rng, 12, "abcdefghijklmnopqrstuvwxyz"))
        tr.sender_lines.append("Received: by %s with SMTP id %s-%s.%d\r\n        for <%s>;\r\n        %s" % (
            tr.helo, rstr(rng, 10, HEXL), rstr(rng, 16, ALNUM), rng.randint(1, 9), rcpt,
            pdt(sent + dt.timedelta(seconds=rng.randint(1, 3)))))
        sel = google_selector(y)
        hl = hsig(["Reply-To", "Sender", "Message-ID", "Date", "Subject", "From", "To", "Auto-Submitted",
                   "MIME-Version", "Content-Type"])
        if sdom in ("gmail.com", "googlemail.com"):
            tr.dkim_sign.append(("google.com", sel, hl))
            tr.dkim_sign.append(("gmail.com", sel, hl))
        else:
            tr.dkim_sign.append((sdom, "google", hl))
            tr.dkim_sign.append(("google.com", sel, hl))
        tr.extra_after_dkim += [("X-Google-Smtp-Source", "AGHT+I" + rb64(rng, 64)),
                                ("X-Received", "by %s with SMTP id %s.%d.%d;\r\n        %s" % (
                                    ip6_for(tr.helo + "x"), rstr(rng, 16, ALNUM), rng.randint(1, 9),
                                    int((sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000), pdt(sent)))]
        tr.spf = ("pass", tr.return_path)
    elif inf == "gmail-smtp" or inf == "google-ws-smtp":
        n = rng.randint(40, 120)
        tr.helo = tr.rdns = "mail-%s-f%d.google.com" % (pick(rng, ["wr1", "ed1", "lf1", "pj1", "qk1", "ej1", "yb1"]), n)
        tr.ip = ip_for(tr.helo, "google")
        tr.return_path = m.sender["addr"]
        tr.sender_lines.append("Received: from [%s] ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s.%d.%d\r\n"
                               "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);"
                               "\r\n        %s" % (
                                   "198.51.100.%d" % rng.randint(1, 250), ip6_for(m.sender["addr"]),
                                   rstr(rng, 16, ALNUM), rng.randint(1, 9), rng.randint(100, 999), rcpt, pdt(sent)))
        hl = hsig(["Content-Type", "MIME-Version", "Subject", "Message-ID", "Date", "To", "From", "Reply-To"])
        if inf == "gmail-smtp":
            tr.dkim_sign.append(("gmail.com", google_selector(y), hl))
        else:
            tr.dkim_sign.append((sdom, "google", hl))
        tr.extra_after_dkim += [("X-Google-Smtp-Source", "AGHT+I" + rb64(rng, 64)),
                                ("X-Gm-Message-State", "AOJu0Y" + rb64(rng, 60))]
        tr.spf = ("pass", tr.return_path)
    elif inf in ("m365", "ms-consumer"):
        host, fqdn, host2, fqdn2, reg = ms_hosts(rng)
        if getattr(m, "ms_host", None):
            host, fqdn = m.ms_host
            host2, fqdn2 = clients.exchange_host(rng, (fqdn.split(".")[1][:-2], ""))
        exver = "15.20.%d.%d" % (rng.randint(2000 + (y - 2018) * 900, 2400 + (y - 2018) * 900), rng.randint(10, 40)) \
            if y >= 2018 else "15.1.%d.%d" % (rng.randint(600, 1300), rng.randint(10, 30))
        region = pick(rng, ["EUR05", "EUR03", "EUR01", "NAM12", "NAM10", "NAM04", "APC01", "GBR01", "AUS01", "JPN01"])
        dc = pick(rng, ["AM6", "DB8", "VI1", "DU2", "BN8", "SN1", "CO1", "SG2", "LO2", "SY4"])
        tr.helo = "%s-%s-obe.outbound.protection.outlook.com" % (region, dc)
        nn = rng.randint(2000, 2200)
        tr.rdns = "mail-%s%son%d.outbound.protection.outlook.com" % (dc.lower(), region.lower()[:3] + region[-2:],
                                                                     nn)
        tr.ip = ip_for(tr.rdns, "microsoft")
        tr.return_path = m.sender["addr"]
        fn = lambda d: local_str(d, 0)
        if y >= 2019:
          tr.sender_lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector%d; d=microsoft.com; cv=none;\r\n b=%s" % (
            pick(rng, [9901, 10001]), rb64(rng, 340) + "=="))
          tr.sender_lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector%d;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (
            pick(rng, [9901, 10001]), rb64(rng, 43) + "=", rb64(rng, 340) + "=="))
          tr.sender_lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
        if inf == "m365":
            if rng.random() < 0.75:
                tr.dkim_sign.append((sdom, pick(rng, ["selector1", "selector2"]),
                                     ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version",
                                      "X-MS-Exchange-SenderADCheck"]))
            else:
                tenant = re.sub(r"[^a-z0-9]", "", sdom.split(".")[0])[:20] or "tenant"
                tr.dkim_sign.append(("%s.onmicrosoft.com" % tenant, "selector1-%s" % sdom.replace(".", "-"),
                                     ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version",
                                      "X-MS-Exchange-SenderADCheck"]))
        else:
            tr.dkim_sign.append((sdom, "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type",
                                                     "MIME-Version", "X-MS-Exchange-SenderADCheck"]))
        tr.extra_after_dkim.append(("Received", "from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            fqdn, ip6_for(fqdn), fqdn2, ip6_for(fqdn2), exver, fn(sent))))
        tr.extra_after_dkim.append(("Received", "from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s" % (
            fqdn, ip6_for(fqdn + "l"), fqdn, ip6_for(fqdn + "l"), rng.randint(3, 7),
            exver.rsplit(".", 1)[0] + ".%03d" % int(exver.rsplit(".", 1)[1]), fn(sent))))
        tr.spf = ("pass", tr.return_path)
    elif inf == "icloud-cal":
        bn = rng.randint(1000, 9999)
        tr.helo = tr.rdns = "rn2-txn-msbadger%05d.apple.com" % bn
        tr.ip = ip_for(tr.helo, "apple")
        tr.return_path = "noreply@email.apple.com"
        tr.sender_lines.append("Received: from process-dkim-sign-daemon.rn2-txn-msbadger%05d.apple.com by\r\n rn2-txn-msbadger%05d.apple.com\r\n (Oracle Communications Messaging Server 8.1.0.%d.%d%s 64bit (built %s))\r\n id <0%s@rn2-txn-msbadger%05d.apple.com>; %s" % (
            bn, bn, rng.randint(1, 20), min(y, 2024), rstr(rng, 4, "0123456789"),
            "Jun  1 2023" if y >= 2023 else "Oct 11 2017", rstr(rng, 10, HEXU), bn, local_str(sent, 0, "GMT")))
        tr.dkim_sign.append(("email.apple.com", "email0517" if y >= 2018 else "email1215",
                             ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version",
                              "Content-Type"]))
        tr.spf = ("pass", tr.return_path)
    elif inf == "icloud-smtp":
        hn = "st43p00im-%s%08d.me.com" % (pick(rng, ["ztdg", "ztfb", "zteg", "ztbu"]), rng.randint(10000000, 99999999))
        tr.helo = tr.rdns = hn
        tr.ip = ip_for(hn, "apple")
        tr.return_path = m.sender["addr"]
        tr.sender_lines.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            "198.51.100.%d" % rng.randint(100, 120), hn, rstr(rng, 10, HEXU), rcpt, local_str(sent, 0, "UTC")))
        tr.dkim_sign.append((sdom, "1a1hai" if y >= 2020 else "04042017",
                             ["From", "Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To"]))
        tr.spf = ("pass", tr.return_path)
    elif inf == "yahoo":
        hn = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 40),
                                                     pick(rng, ["ne1", "bf2", "gq1", "ir2", "sg3"]))
        tr.helo = tr.rdns = hn
        tr.ip = ip_for(hn, "yahoo")
        tr.return_path = m.sender["addr"]
        tr.sender_lines.append("X-Sonic-MF: <%s>" % m.sender["addr"])
        tr.sender_lines.append("X-Sonic-ID: %s" % uuid4(rng))
        tr.sender_lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
            hn, local_str(sent, 0)))
        tr.dkim_sign.append((sdom if sdom != "aol.com" else "aol.com", PROVIDER_DKIM.get(sdom, "s2048"),
                             ["Date", "From", "To", "Subject", "References", "From", "Subject", "Reply-To"]))
        tr.extra_after_dkim.append(("X-YMail-OSG", rb64(rng, 76) + "\r\n " + rb64(rng, 76)))
        tr.spf = ("pass", tr.return_path)
    elif inf == "zoom":
        n = rng.randint(100, 999)
        tr.helo = tr.rdns = "o%d.ptr%d.zoom.us" % (rng.randint(1, 30), rng.randint(1000, 9999))
        tr.ip = ip_for(tr.helo, "zoom")
        tr.return_path = "bounces+%d-%s-%s=%s@em%d.zoom.us" % (rng.randint(1000000, 9999999), rstr(rng, 4, HEXL),
                                                               m.rcpt["addr"].split("@")[0],
                                                               m.rcpt["addr"].split("@")[1], n)
        tr.sender_lines.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s" % (
            rstr(rng, 10, HEXL), rstr(rng, 5, ALNUM), rstr(rng, 10, HEXL), rng.randint(1, 9), rstr(rng, 20, ALNUM),
            local_str(sent, 0, "UTC")))
        tr.dkim_sign.append(("zoom.us", "s1", ["content-type", "from", "mime-version", "reply-to", "subject", "to",
                                               "cc"]))
        tr.dkim_sign.append(("sendgrid.info", "smtpapi", ["content-type", "from", "mime-version", "reply-to",
                                                          "subject", "to", "cc"]))
        tr.spf = ("pass", tr.return_path)
    elif inf == "proton":
        tr.helo = tr.rdns = "mail-%d.proton.ch" % rng.randint(1000, 9999)
        tr.ip = ip_for(tr.helo)
        tr.return_path = m.sender["addr"]
        tr.dkim_sign.append((sdom, "protonmail", ["Date", "To", "From", "Subject", "Message-ID", "Feedback-ID",
                                                  "From", "To", "Cc", "Date", "Subject", "Reply-To", "Feedback-ID",
                                                  "Message-ID", "BIMI-Selector"]))
        tr.spf = ("pass", tr.return_path)
    elif inf == "free-smtp":
        prov = sdom
        hn = {"gmx.de": "mout.gmx.net", "web.de": "mout.web.de", "mail.ru": "smtp%d.i.mail.ru" % rng.randint(30, 60),
              "yandex.ru": "forward%d.mail.yandex.net" % rng.randint(100, 500),
              "qq.com": "smtpbg%d.qq.com" % rng.randint(100, 200), "163.com": "m%d.mail.163.com" % rng.randint(1, 16),
              "126.com": "m%d.mail.126.com" % rng.randint(1, 16), "naver.com": "cvsmtppost%02d.nm.naver.com" % rng.randint(1, 40),
              "orange.fr": "smtp-%d.smtp.orange.fr" % rng.randint(10, 40),
              "t-online.de": "mailout%02d.t-online.de" % rng.randint(1, 12)}.get(prov, "smtp-out.%s" % prov)
        tr.helo = tr.rdns = hn
        tr.ip = ip_for(hn)
        tr.return_path = m.sender["addr"]
        tr.sender_lines.append("Received: from [198.51.100.%d] ([%s]) by %s\r\n (%s) with ESMTPSA (Nemesis) id %s;\r\n %s" % (
            rng.randint(1, 250), "203.0.113.%d" % rng.randint(1, 250), hn, prov, rstr(rng, 20, ALNUM),
            local_str(sent, utcoffset(m.sender_tz, sent), None)) if prov in ("gmx.de", "web.de") else
                               "Received: from [198.51.100.%d] (unknown [203.0.113.%d])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            rng.randint(1, 250), rng.randint(1, 250), hn, rstr(rng, 10, HEXU), rcpt,
            local_str(sent, utcoffset(m.sender_tz, sent), None)))
        sel = PROVIDER_DKIM.get(prov, "default")
        if sel:
            tr.dkim_sign.append((prov, sel, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                             "Content-Type"]))
        tr.spf = ("pass", tr.return_path)
    elif inf in ("corp-smtp",):
        od = org_domain(sdom)
        hoster = rng.random() < 0.3
        if hoster:
            hn = pick(rng, HOSTERS.get(m.lang, HOSTERS["en"]))
        else:
            hn = pick(rng, ["mail.", "smtp.", "mx1.", "mail-out.", "relay.", "mx."]) + od
        tr.helo = tr.rdns = hn
        tr.ip = ip_for(hn)
        tr.return_path = m.sender["addr"]
        clientip = "198.51.100.%d" % rng.randint(1, 250)
        tr.sender_lines.append("Received: from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (%s) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            pick(rng, ["[192.0.2.%d]" % rng.randint(2, 250), "localhost", "webmail." + od, "nb-%s.%s" % (
                rstr(rng, 4, HEXL), od)]), "unknown", clientip, m.sender["addr"], hn,
            pick(rng, ["Postfix", "Postfix", "Exim 4.96", "Postfix"]), rstr(rng, 10, HEXU), rcpt,
            local_str(sent, utcoffset(m.sender_tz, sent), None)))
        signs = m.corp_dkim if m.corp_dkim is not None else (rng.random() < 0.75)
        if signs:
            sel = pick(rng, ["mail", "default", "dkim", "s1", "%d" % y, "k1", "mx", "sel1", "dkim%d" % rng.randint(1, 9)])
            tr.dkim_sign.append((od, sel, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                           "Content-Type"]))
        spf = m.corp_spf or ("pass" if rng.random() < 0.9 else pick(rng, ["neutral", "softfail", "none"]))
        tr.spf = (spf, tr.return_path)
    elif inf == "hosted-php":
        host = m.sender_host
        tr.helo = tr.rdns = host
        tr.ip = ip_for(host)
        env = pick(rng, ["www-data@%s" % host, "%s@%s" % (rstr(rng, 7, "abcdefghijklmnopqrstuvwxyz"), host),
                         m.sender["addr"]])
        tr.return_path = env
        tr.sender_lines.append("Received: by %s (Postfix, from userid %d)\r\n\tid %s; %s" % (
            host, pick(rng, [33, 48, 1001, 1017, 10023]), rstr(rng, 10, HEXU),
            local_str(sent, utcoffset(m.sender_tz, sent), None)))
        if env == m.sender["addr"] and rng.random() < 0.5 and m.corp_dkim is not False:
            tr.dkim_sign.append((org_domain(sdom), "default", ["From", "To", "Subject", "Date", "Message-ID"]))
        edom = env.split("@")[1]
        tr.spf = (pick(rng, ["pass", "pass", "neutral", "none"]) if edom != sdom else
                  pick(rng, ["pass", "softfail", "neutral"]), env)
    elif inf == "esp":
        esp = m.service.get("esp") if m.service else None
        esp = esp or pick(rng, ESPS)
        bdom = m.service.get("bounce_domain") if m.service and m.service.get("bounce_domain") else None
        od = org_domain(sdom)
        if esp == "sendgrid":
            n = rng.randint(100, 99999)
            tr.return_path = "bounces+%d-%s-%s=%s@%s" % (rng.randint(10 ** 6, 10 ** 8), rstr(rng, 4, HEXL),
                                                         rcpt.split("@")[0], rcpt.split("@")[1],
                                                         bdom or "em%d.%s" % (n, od))
            tr.helo = tr.rdns = "o%d.ptr%d.%s" % (rng.randint(1, 30), rng.randint(1000, 9999), od)
            tr.sender_lines.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s" % (
                rstr(rng, 10, HEXL), rstr(rng, 5, ALNUM), rstr(rng, 10, HEXL), rng.randint(1, 9),
                rstr(rng, 20, ALNUM), local_str(sent, 0, "UTC")))
            tr.dkim_sign.append((od, "s1", ["content-type", "from", "mime-version", "subject", "reply-to",
                                            "list-unsubscribe", "list-unsubscribe-post", "to", "cc"]))
            tr.dkim_sign.append(("sendgrid.info", "smtpapi", ["content-type", "from", "mime-version", "subject",
                                                              "to", "cc"]))
            tr.extra_after_dkim.append(("X-SG-EID", rb64(rng, 120)))
        elif esp == "amazonses":
            tr.return_path = "%s-%s-000000@%s" % (rstr(rng, 16, HEXL), uuid4(rng), bdom or "amazonses.com")
            tr.helo = tr.rdns = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(8, 69), rng.randint(1, 250),
                                                                      pick(rng, ["eu-west-1", "us-west-2",
                                                                                 "ap-northeast-1"]))
            tr.dkim_sign.append((od, rstr(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"),
                                 ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]))
            tr.dkim_sign.append(("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv",
                                 ["From", "To", "Subject", "Date", "Message-ID", "Feedback-ID"]))
            tr.extra_after_dkim.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (
                pick(rng, ["eu-west-1", "us-west-2"]), rb64(rng, 43))))
        elif esp == "mailgun":
            tr.return_path = "bounce+%s.%s-%s=%s@%s" % (rstr(rng, 6, HEXL), rstr(rng, 6, HEXL), rcpt.split("@")[0],
                                                        rcpt.split("@")[1], bdom or "mg.%s" % od)
            tr.helo = tr.rdns = "m%d-%d.mailgun.net" % (rng.randint(200, 250), rng.randint(1, 250))
            tr.dkim_sign.append(("mg." + od if not bdom else org_domain(bdom), pick(rng, ["mx", "k1", "smtp"]),
                                 ["Content-Transfer-Encoding", "Content-Type", "Mime-Version", "Subject", "From",
                                  "To", "Message-Id", "Sender", "Date"]))
        elif esp == "postmark":
            tr.return_path = "pm_bounces@pm-bounces.%s" % od
            tr.helo = tr.rdns = "mta-%d-%d.mtasv.net" % (rng.randint(10, 200), rng.randint(1, 250))
            tr.dkim_sign.append((od, "%dpm" % rng.randint(20200101, 20241231),
                                 ["Date", "From", "To", "Subject", "Message-Id", "Content-Type"]))
            tr.dkim_sign.append(("pm.mtasv.net", "pm%d" % rng.randint(2020, 2024),
                                 ["Date", "From", "To", "Subject", "Message-Id", "Feedback-ID"]))
        elif esp == "brevo":
            tr.return_path = "bounces-%d-%s@%s" % (rng.randint(10 ** 6, 10 ** 8), rcpt.replace("@", "="),
                                                   bdom or "sender-sib.com")
            tr.helo = tr.rdns = "s%d.mailing.sendinblue.com" % rng.randint(1, 99)
            tr.dkim_sign.append((od, "brevo1" if y >= 2023 else "mail",
                                 ["MIME-Version", "From", "To", "Subject", "Date", "Message-Id"]))
            tr.dkim_sign.append(("sendinblue.com", "mail", ["From", "To", "Subject", "Date"]))
        else:  # sparkpost
            tr.return_path = "msprvs1=%s=bounces-%d@%s" % (rstr(rng, 19, ALNUM), rng.randint(1000, 99999),
                                                          bdom or "spmta.%s" % od)
            tr.helo = tr.rdns = "mta-%d-%d.sparkpostmail.com" % (rng.randint(1, 99), rng.randint(1, 250))
            tr.dkim_sign.append((od, "scph%04d" % rng.randint(100, 1231), ["From", "To", "Subject", "Date",
                                                                          "Message-ID"]))
        tr.ip = ip_for(tr.helo, "esp")
        tr.spf = ("pass", tr.return_path)
        if m.service and m.service.get("nodkim"):
            tr.dkim_sign = tr.dkim_sign[1:]
    elif inf == "vps":
        host = getattr(m, "vps_host", None) or "mail." + sdom
        tr.helo = host
        rd = rng.random()
        tr.rdns = host if rd < 0.5 else (None if rd < 0.75 else "%s.static.%s" % (
            ip_for(host).replace(".", "-"), pick(rng, VPS_PROVIDERS)))
        tr.ip = ip_for(host)
        tr.return_path = pick(rng, [m.sender["addr"], m.sender["addr"], "root@%s" % host, "bounce@%s" % sdom])
        tr.sender_lines.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s" % (
            pick(rng, ["localhost", host, "[192.0.2.%d]" % rng.randint(1, 250)]), host, rstr(rng, 10, HEXU), rcpt,
            local_str(sent, 0, None)) if rng.random() < 0.6 else
                               "Received: by %s (Postfix, from userid 0)\r\n\tid %s; %s" % (
            host, rstr(rng, 10, HEXU), local_str(sent, 0, "UTC")))
        vd = m.vps_dkim if m.vps_dkim is not None else rng.random() < 0.5
        if vd:
            tr.dkim_sign.append((org_domain(sdom), pick(rng, ["default", "mail", "dkim", "x", "s1"]),
                                 ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]))
        env = tr.return_path.split("@")[1]
        tr.spf = (m.vps_spf or pick(rng, ["pass", "pass", "pass", "none", "neutral", "softfail"]), tr.return_path)
        tr.tls = rng.random() < 0.85
    elif inf == "spoof":
        # unauthenticated: sent from a compromised site or a bulletproof host, From: forged
        host = pick(rng, ["%s.%s" % (pick(rng, ["host", "srv", "cp", "web", "ns"]) + str(rng.randint(1, 999)),
                                     pick(rng, VPS_PROVIDERS)),
                          "mail.%s" % pick(rng, ["bellavista-deco.com", "ptica-sport.ru", "jardines-alba.es",
                                                 "technopark-kz.com", "saharatours.ma", "greenvalleybakery.com",
                                                 "printerworld.com.br", "dentalcare-plus.in", "kaiyuan-mold.cn",
                                                 "ozel-dershane.com.tr", "vinhos-douro.pt"]),
                          "WIN-%s" % rstr(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
        tr.helo = host
        tr.rdns = None if host.startswith("WIN-") or rng.random() < 0.4 else host
        tr.ip = ip_for(host + str(rng.random()))
        mode = m.spoof_env or pick(rng, ["same", "other", "other"])
        if mode == "same":
            tr.return_path = faddr or m.sender["addr"]
            tr.spf = (m.spoof_spf or pick(rng, ["softfail", "fail", "none", "neutral"]), tr.return_path)
        else:
            edom = host.split(".", 1)[1] if "." in host else pick(rng, VPS_PROVIDERS)
            tr.return_path = "%s@%s" % (pick(rng, ["info", "admin", "noreply", "wordpress", "mailer",
                                                   rstr(rng, 6, "abcdefghijklmnopqrstuvwxyz")]), edom)
            tr.spf = (pick(rng, ["pass", "pass", "none", "neutral"]), tr.return_path)
        if rng.random() < 0.5:
            tr.sender_lines.append("Received: from %s (unknown [%s])\r\n\tby %s with ESMTPA; %s" % (
                pick(rng, ["User", "localhost", "[127.0.0.1]"]), "203.0.113.%d" % rng.randint(1, 250), host,
                local_str(sent, pick(rng, [0, 60, 180, -300, 480]), None)))
        tr.tls = rng.random() < 0.85
    else:
        raise ValueError(inf)
    if inf in ("hosted-php", "corp-smtp") and rng.random() < 0.05:
        tr.tls = False
    return tr


def dmarc_eval(tr, fdom, override=None):
    pol = dmarc_policy(fdom, override)
    od = org_domain(fdom)
    aligned = False
    for d, s, res, b8, note in tr.dkim:
        if res == "pass" and org_domain(d) == od:
            aligned = True
    if tr.spf[0] == "pass" and org_domain(tr.spf[1].split("@")[-1]) == od:
        aligned = True
    if pol is None:
        return ("none", None, fdom)
    if aligned:
        return ("pass", pol, fdom)
    pol2 = pol
    if "QUARANTINE" in pol.split()[0]:
        pol2 = pol.replace("dis=NONE", "dis=QUARANTINE")
    return ("fail", pol2, fdom)


def header_block(hs):
    out = []
    for k, v in hs:
        if needs_enc(v):
            raise ValueError("non-ASCII header %s: %r" % (k, v[:80]))
        if "\r\n" in v:
            out.append("%s: %s" % (k, v))
        else:
            out.append(fold_header(k, v))
    return "\r\n".join(out)


def sign_all(m, tr, when):
    lines = []
    for d, s, hl in tr.dkim_sign:
        extra = ""
        if d in ("gmail.com", "google.com") or s == "google":
            extra = " x=%d;" % (int((when - dt.datetime(1970, 1, 1)).total_seconds()) + 604800)
        txt, b8 = dkim_sig(m.rng, d, s, hl, m.sent, extra)
        res = "fail" if d in tr.dkim_break else "pass"
        tr.dkim.append((d, s, res, b8, "body hash did not verify" if res == "fail" else None))
        lines.append(txt)
    return lines


def root_body(root):
    return root.body()


def assemble(m, hs, root, tr, list_tr=None):
    """Build final bytes.  hs: client headers; tr: sender transport."""
    rng = m.rng
    when = m.arrival
    sig_lines = sign_all(m, tr, m.sent)
    fdom, faddr = from_domain_of(hs)
    use = tr
    list_sig = []
    if list_tr is not None:
        list_sig = sign_all_list(m, list_tr)
        list_tr.dkim = list_tr.dkim + tr.dkim
        use = list_tr
    use.dmarc = dmarc_eval(use, fdom, m.dmarc_override)
    if m.force_auth:
        for k, v in m.force_auth.items():
            setattr(use, k, v)
    top = ["Return-Path: <%s>" % use.return_path, "Delivered-To: %s" % m.rcpt["addr"], auth_results(use),
           mx_received(rng, use, m.rcpt["addr"], when)]
    mid = []
    if list_tr is not None:
        mid += list_sig
        mid += list_tr.sender_lines
    mid += tr.sender_lines
    mid += sig_lines
    for k, v in tr.extra_after_dkim:
        mid.append("%s: %s" % (k, v))
    head = "\r\n".join(top + mid) + "\r\n" + header_block(hs) + "\r\n\r\n"
    data = head.encode("ascii") + root.body()
    return data


def sign_all_list(m, ltr):
    out = []
    for d, s, hl in ltr.list_sign:
        txt, b8 = dkim_sig(m.rng, d, s, hl, m.arrival - dt.timedelta(seconds=2))
        ltr.dkim.append((d, s, "pass", b8, None))
        out.append(txt)
    return out


# ------------------------------------------------------------------ mailing lists

def list_wrap(m, hs, root, tr):
    """Return (hs, root, list transport) for a copy redistributed by a list manager."""
    rng = m.rng
    li = m.listinfo
    kind = li["kind"]
    name, ldom = li["name"], li["domain"]
    laddr = "%s@%s" % (name, ldom)
    ltr = Transport()
    ltr.list_sign = []
    # body modification -> original DKIM breaks
    if li.get("footer", True):
        foot = li.get("footer_text") or "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (
            name, laddr, ldom, name)
        fp = Part("text/plain; charset=\"us-ascii\"" if not needs_enc(foot) else "text/plain; charset=\"utf-8\"",
                  foot.encode("utf-8"), "7bit" if not needs_enc(foot) else "base64",
                  headers=[("Content-Disposition", "inline")])
        if isinstance(root, Multi) and root.subtype == "mixed":
            root.parts.append(fp)
        else:
            root = Multi("mixed", "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1), [root, fp])
            hs = [(k, root.ctype if k == "Content-Type" else v) for k, v in hs
                  if k != "Content-Transfer-Encoding"]
            if not any(k == "Content-Type" for k, v in hs):
                hs.append(("Content-Type", root.ctype))
    for d, s, hl in tr.dkim_sign:
        tr.dkim_break.add(d)
    if li.get("prefix", True):
        hs = [(k, ("[%s] %s" % (li.get("tag", name), v)) if k == "Subject" else v) for k, v in hs]
    if li.get("munge"):
        orig_from = [v for k, v in hs if k == "From"][0]
        nm = m.sender["name"] or m.sender["addr"]
        hs = [(k, addr("%s via %s" % (nm, li.get("title", name)), laddr, "utf-8") if k == "From" else v)
              for k, v in hs]
        if not any(k == "Reply-To" for k, v in hs):
            hs.append(("Reply-To", orig_from))
        hs.append(("X-Original-From", orig_from))
    if kind == "googlegroups":
        ltr.return_path = "%s+bncBD%s@googlegroups.com" % (name, rstr(rng, 40, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        ltr.helo = ltr.rdns = "mail-sor-f%d.google.com" % rng.randint(40, 120)
        ltr.ip = ip_for(ltr.helo, "google")
        ltr.list_sign.append(("googlegroups.com", google_selector(m.arrival.year),
                              ["sender", "list-unsubscribe", "list-archive", "list-help", "list-post", "list-id",
                               "mailing-list", "precedence", "x-original-authentication-results",
                               "x-original-sender", "mime-version", "subject", "message-id", "date", "from"]))
        hs += [("X-Original-Sender", m.sender["addr"]),
               ("X-Original-Authentication-Results", "gmr-mx.google.com;       dkim=pass header.i=@%s;       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
                   tr.dkim_sign[0][0] if tr.dkim_sign else m.sender["addr"].split("@")[1], tr.return_path,
                   tr.ip, tr.return_path)),
               ("Precedence", "list"),
               ("Mailing-list", "list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (name, name)),
               ("List-ID", "<%s.googlegroups.com>" % name),
               ("X-Spam-Checked-In-Group", "%s@googlegroups.com" % name),
               ("X-Google-Group-Id", "%d" % rng.randint(10 ** 11, 10 ** 12)),
               ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (name, name)),
               ("List-Help", "<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % name),
               ("List-Archive", "<https://groups.google.com/group/%s" % name + ">"),
               ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>" % (
                   rng.randint(10 ** 11, 10 ** 12), name))]
        ltr.sender_lines.append("Received: by %s with SMTP id %s.%d.%d\r\n        for <%s>; %s" % (
            ltr.helo, rstr(rng, 16, ALNUM), rng.randint(1, 9), rng.randint(100, 999), m.rcpt["addr"],
            pdt(m.arrival)))
    else:
        mm3 = kind == "mailman3"
        if not mm3 and kind != "sympa":
            hs = [(k, v) for k, v in hs if k.lower() != "sender"]
        ltr.return_path = "%s-bounces+%s=%s@%s" % (name, m.rcpt["addr"].split("@")[0], m.rcpt["addr"].split("@")[1],
                                                   ldom) if rng.random() < 0.6 else "%s-bounces@%s" % (name, ldom)
        if kind == "sympa":
            ltr.return_path = "%s-owner@%s" % (name, ldom)
        ltr.helo = ltr.rdns = pick(rng, ["lists.", "mail.", "list."]) + org_domain(ldom) if not ldom.startswith("lists.") else ldom
        ltr.ip = ip_for(ltr.helo)
        if li.get("resign", True):
            ltr.list_sign.append((org_domain(ldom), pick(rng, ["lists", "mail", "default", "dkim"]),
                                  ["From", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe",
                                   "Sender"]))
        ltr.sender_lines.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
            ltr.helo, ltr.helo, rstr(rng, 10, HEXU), local_str(m.arrival - dt.timedelta(seconds=3), 0, None)))
        ltr.sender_lines.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            tr.helo, tr.rdns or "unknown", tr.ip, ltr.helo, rstr(rng, 10, HEXU), laddr,
            local_str(m.arrival - dt.timedelta(seconds=6), 0, None)))
        if kind == "sympa":
            hs += [("X-Loop", laddr), ("X-Sequence", "%d" % rng.randint(100, 9000)), ("Errors-to", "%s-owner@%s" % (name, ldom)),
                   ("Precedence", "list"), ("Precedence", "bulk"), ("Sender", "%s-request@%s" % (name, ldom)),
                   ("X-no-archive", "yes"), ("List-Id", "<%s.%s>" % (name, ldom)),
                   ("List-Help", "<mailto:sympa@%s?subject=help>" % ldom),
                   ("List-Subscribe", "<mailto:sympa@%s?subject=subscribe%%20%s>" % (ldom, name)),
                   ("List-Unsubscribe", "<mailto:sympa@%s?subject=unsubscribe%%20%s>" % (ldom, name)),
                   ("List-Post", "<mailto:%s>" % laddr), ("List-Owner", "<mailto:%s-request@%s>" % (name, ldom))]
        else:
            hs += [("X-BeenThere", laddr), ("X-Mailman-Version", "3.3.%d" % rng.randint(3, 9) if mm3 else
                                             "2.1.%d" % rng.randint(15, 39)),
                   ("Precedence", "list"), ("List-Id", "%s <%s.%s>" % (hdr_text(li.get("title", name)), name, ldom))]
            if mm3:
                hs += [("Message-ID-Hash", rstr(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                       ("X-Message-ID-Hash", rstr(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                       ("Archived-At", "<https://%s/archives/list/%s/message/%s/>" % (ldom, laddr,
                                                                                    rstr(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
                       ("List-Archive", "<https://%s/archives/list/%s/>" % (ldom, laddr)),
                       ("List-Help", "<mailto:%s-request@%s?subject=help>" % (name, ldom)),
                       ("List-Owner", "<mailto:%s-owner@%s>" % (name, ldom)),
                       ("List-Post", "<mailto:%s>" % laddr),
                       ("List-Subscribe", "<mailto:%s-join@%s>" % (name, ldom)),
                       ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (name, ldom))]
            else:
                hs += [("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (
                    ldom, name, name, ldom)),
                       ("List-Archive", "<https://%s/pipermail/%s/>" % (ldom, name)),
                       ("List-Post", "<mailto:%s>" % laddr),
                       ("List-Help", "<mailto:%s-request@%s?subject=help>" % (name, ldom)),
                       ("List-Subscribe", "<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (
                           ldom, name, name, ldom)),
                       ("Errors-To", "%s-bounces+%s@%s" % (name, m.rcpt["addr"].replace("@", "="), ldom)),
                       ("Sender", "\"%s\" <%s-bounces+%s@%s>" % (name, name, m.rcpt["addr"].replace("@", "="),
                                                                ldom))]
    ltr.spf = ("pass", ltr.return_path)
    return hs, root, ltr
