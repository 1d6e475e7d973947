"""Shared helpers for the category generators: people, times, a generic client composer."""
import datetime as dt
import html
import random
from lib import (CRLF, Part, rfc5322_date, dkim_sig, epoch, hexs, alnum, uuid4, b64rand, doc_ip, priv_ip,
                 addr, subj_hdr, fold_ws, local_to_utc, utc_to_local, TZ, icsutc)
from ical import new_event, ics_text
from platforms import Ctx, AUTH, finish, postfix_hop, msgid_for, google_calendar, outlook
import locale_data as LD

RECIPIENTS = {
    "en": [("Tom Baker", "tom.baker"), ("Emily Chen", "emily.chen"), ("Rachel Okafor", "r.okafor"), ("Sam Patel", "sam"),
           ("Jordan Lee", "jlee"), ("Megan Walsh", "megan.walsh"), ("Chris Howard", "chris.howard"), ("", "info"),
           ("Accounts Payable", "ap"), ("Daniel Brooks", "dbrooks")],
    "de": [("Anna Keller", "anna.keller"), ("Jürgen Weiß", "j.weiss"), ("Katrin Vogel", "katrin.vogel"),
           ("Stefan Brandt", "s.brandt"), ("Lena Hoffmann", "lena.hoffmann")],
    "fr": [("Julie Moreau", "j.moreau"), ("Étienne Girard", "etienne.girard"), ("Camille Lefèvre", "camille.lefevre")],
    "es": [("Carlos García", "carlos.garcia"), ("Lucía Fernández", "lucia.fernandez"), ("Javier Ruiz", "jruiz")],
    "it": [("Giulia Rossi", "giulia.rossi"), ("Marco Bianchi", "m.bianchi")],
    "pt": [("Lucas Oliveira", "lucas.oliveira"), ("Fernanda Souza", "fernanda.souza")],
    "nl": [("Pieter de Jong", "pieter.dejong"), ("Sanne Visser", "s.visser")],
    "pl": [("Magdalena Nowak", "m.nowak"), ("Piotr Zieliński", "piotr.zielinski")],
    "sv": [("Sofia Lindqvist", "sofia.lindqvist"), ("Erik Johansson", "erik.j")],
    "tr": [("Ahmet Yılmaz", "ahmet.yilmaz"), ("Elif Demir", "elif.demir")],
    "ru": [("Ольга Иванова", "olga.ivanova"), ("Дмитрий Соколов", "d.sokolov")],
    "ja": [("佐藤 健二", "kenji.sato"), ("田中 美咲", "misaki.tanaka")],
    "zh": [("李伟", "li.wei"), ("王芳", "wang.fang")],
    "ar": [("فاطمة السيد", "fatima.alsayed"), ("عمر خالد", "omar.khaled")],
    "hi": [("प्रिया शर्मा", "priya.sharma"), ("Rahul Verma", "rahul.verma")],
    "id": [("Budi Santoso", "budi.santoso"), ("Siti Rahmawati", "siti.r")],
}
LANG_TZ = {"en": ["America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles"],
           "de": ["Europe/Berlin", "Europe/Zurich"], "fr": ["Europe/Paris"], "es": ["Europe/Madrid", "America/Mexico_City"],
           "it": ["Europe/Rome"], "pt": ["America/Sao_Paulo"], "nl": ["Europe/Amsterdam"], "pl": ["Europe/Warsaw"],
           "sv": ["Europe/Stockholm"], "tr": ["Europe/Istanbul"], "ru": ["Europe/Moscow"], "ja": ["Asia/Tokyo"],
           "zh": ["Asia/Shanghai"], "ar": ["Asia/Riyadh", "Asia/Dubai"], "hi": ["Asia/Kolkata"], "id": ["Asia/Jakarta"]}


def mkrng(*key):
    return random.Random("holdout3/" + "/".join(str(k) for k in key))


def recipient(rng, lang="en"):
    pool = RECIPIENTS.get(lang, RECIPIENTS["en"])
    if rng.random() < 0.2:
        pool = RECIPIENTS["en"]
    n, local = rng.choice(pool)
    return n, local + "@example.net"


def arrival(rng, y0, y1, hours=(6, 20)):
    """Random UTC arrival time between 1 Jan y0 and 31 Dec y1 (capped at May 2026)."""
    a = dt.datetime(y0, 1, 1)
    b = min(dt.datetime(y1, 12, 31, 23, 0), dt.datetime(2026, 5, 31))
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    return t.replace(hour=rng.randint(*hours), minute=rng.randint(0, 59), second=rng.randint(0, 59), microsecond=0)


def at(ctx, tz, days, hour, minute=0, weekday=None):
    """Local naive time `days` after arrival (in tz), at hour:minute; optionally snapped to weekday."""
    loc = utc_to_local(tz, ctx.arrival) if tz in TZ else ctx.arrival
    d = (loc + dt.timedelta(days=days)).date()
    if weekday is not None:
        while d.weekday() != weekday:
            d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, hour, minute)


def stamp(ctx, minutes=1):
    return ctx.arrival - dt.timedelta(minutes=minutes, seconds=ctx.rng.randint(0, 50))


# --------------------------------------------------------- sender profiles
def prof(kind, rng, from_name, from_email, **kw):
    """Identity and transport of a sending client/server.
    kind: selfhosted | icloud | yahoo | esp_sendgrid | esp_mailchimp | esp_ses | esp_mailgun | esp_brevo |
          esp_sparkpost | internal | zimbra | nextcloud | fastmail | proton | zoho | kerio | sogo | gmx | php"""
    p = dict(kind=kind, from_name=from_name, from_email=from_email, dom=from_email.split("@")[1])
    p.update(kw)
    return p


def _transport(ctx, p):
    """Returns (rp, helo, rdns, ip, hops, auth, extra_headers)."""
    rng = ctx.rng
    k = p["kind"]
    dom = p["dom"]
    sent = p.get("sent") or ctx.sent()
    t = epoch(sent)
    ip = doc_ip(rng, v6=p.get("ipv6", False))
    au_mode = p.get("auth", ("pass", "pass", "pass"))
    hops, extra = [], []
    rp = p.get("rp", p["from_email"])
    if k == "icloud":
        helo = "p%02d-ob.smtp.rno%da.mail.icloud.com" % (rng.randint(0, 80), rng.randint(1, 9)) if ctx.arrival.year >= 2021 \
            else "ms%s.me.com" % rng.choice(["11p00im-qufo17281701", "-ob.mail.icloud.com", "12p00im-hyfv14091201"])
        rdns = helo
        hops.append(dkim_sig(rng, p.get("dkim_d", "icloud.com"), p.get("sel", "1a1hai" if ctx.arrival.year > 2020 else "04042017"), t,
                             "Content-Type:Mime-Version:Subject:Message-Id:From:To:Date", style="generic"))
        hops.append("Received: from [%s] (%s [%s])" % (priv_ip(rng), "unknown", doc_ip(rng)) + CRLF +
                    "\tby %s (Postfix) with ESMTPSA id %s;" % (helo, alnum(rng, 11, "0123456789ABCDEF")) + CRLF +
                    "\t%s (UTC)" % rfc5322_date(sent, None))
        dkd = p.get("dkim_d", "icloud.com")
    elif k == "yahoo":
        helo = rdns = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 40), rng.choice(["ne1", "gq1", "bf2", "ir2"]))
        hops.append(dkim_sig(rng, "yahoo.com", "s2048", t, "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", style="generic"))
        hops.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s" % (rng.randint(300, 330), rfc5322_date(sent)))
        extra.append("X-YMail-OSG: " + b64rand(rng, 40)[:54])
        extra.append("X-Sonic-MF: <%s>" % rp)
        dkd = "yahoo.com"
    elif k.startswith("esp_"):
        esp = k[4:]
        if esp == "sendgrid":
            helo = rdns = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), p.get("esp_dom", "em." + dom))
            rp = p.get("rp", "bounces+%d-%s-%s=example.net@em%d.%s" % (rng.randint(1000000, 40000000), hexs(rng, 4), ctx.rcpt.split("@")[0], rng.randint(1000, 9999), dom))
            extra += ["X-SG-EID: " + CRLF + " =?us-ascii?Q?" + b64rand(rng, 45)[:60] + "?=",
                      "X-SG-ID: " + CRLF + " =?us-ascii?Q?" + b64rand(rng, 40)[:58] + "?=",
                      "X-Entity-ID: " + b64rand(rng, 16)[:22]]
            hops.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s" % (hexs(rng, 10), alnum(rng, 5), hexs(rng, 10), alnum(rng, 5), hexs(rng, 8).upper(), hexs(rng, 2)) + CRLF +
                        "        %s (UTC)" % rfc5322_date(sent, None, "pad"))
            dkd = dom
        elif esp == "mailchimp":
            helo = rdns = "mail%d.atl%d1.mcdlv.net" % (rng.randint(10, 240), rng.randint(1, 9))
            rp = "bounce-mc.us%d_%d.%d-%s=example.net@mail%d.atl%d1.mcdlv.net" % (rng.randint(1, 21), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), ctx.rcpt.replace("@", "="), rng.randint(10, 240), rng.randint(1, 9))
            hops.append(dkim_sig(rng, "mcsv.net", "k2", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version", style="generic"))
            extra += ["X-MC-User: %s" % hexs(rng, 25), "X-Feedback-ID: %d:%d.%d:us%d:mc" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), rng.randint(1, 21)),
                      "List-ID: %s <%s.list-id.mcsv.net>" % (hexs(rng, 25), hexs(rng, 25))]
            dkd = dom
        elif esp == "ses":
            region = rng.choice(["eu-west-1", "us-east-1", "us-west-2"])
            helo = rdns = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(1, 80), rng.randint(1, 250), region)
            rp = "0102%s-%s-000000@%s.amazonses.com" % (hexs(rng, 12), uuid4(rng), region)
            hops.append(dkim_sig(rng, "amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn" if region == "us-east-1" else "shh3fegwg5fppqsuzphvschd53n6ihuv", t,
                                 "Subject:From:To:Date:Mime-Version:Content-Type:Message-Id:Feedback-ID", style="generic"))
            extra += ["Feedback-ID: 1.%s.%s=:AmazonSES" % (region, b64rand(rng, 32)[:43]), "X-SES-Outgoing: %d.%02d.%02d-%s" % (ctx.arrival.year, ctx.arrival.month, ctx.arrival.day, doc_ip(rng))]
            dkd = dom
        elif esp == "mailgun":
            helo = rdns = "m%d-%d.mailgun.net" % (rng.randint(10, 250), rng.randint(1, 250))
            rp = "bounce+%s.%s-%s=example.net@%s" % (hexs(rng, 6), hexs(rng, 6), ctx.rcpt.split("@")[0], p.get("esp_dom", "mg." + dom))
            extra += ["X-Mailgun-Sid: " + b64rand(rng, 40)[:56], "X-Mailgun-Sending-Ip: " + ip]
            hops.append("Received: by %s with HTTP id %s; %s" % ("e%s" % hexs(rng, 11), hexs(rng, 24), rfc5322_date(sent, None).replace("+0000", "GMT")))
            dkd = p.get("esp_dom", "mg." + dom)
        elif esp == "brevo":
            helo = rdns = "smtp-relay.sendinblue.com" if ctx.arrival.year < 2023 else "smtp-relay.brevo.com"
            rp = "bounces-%d-%s=example.net@%s" % (rng.randint(10 ** 6, 10 ** 7), ctx.rcpt.split("@")[0], "sendinblue.com" if ctx.arrival.year < 2023 else "brevo.com")
            extra += ["X-Mailin-EID: " + b64rand(rng, 30)[:40], "X-sib-id: " + b64rand(rng, 50)[:68]]
            dkd = dom
        else:  # sparkpost
            helo = rdns = "mta-%d-%d.sparkpostmail.com" % (rng.randint(1, 99), rng.randint(1, 250))
            rp = "msprvs1=%s=bounces-%d@spmta.%s" % (alnum(rng, 13), rng.randint(100000, 999999), dom)
            dkd = dom
        if not any(h.startswith("DKIM") for h in hops):
            hops.insert(0, dkim_sig(rng, dkd, p.get("sel", rng.choice(["s1", "k1", "mte1", "smtpapi", "pic", "scph0123", "mail"])), t,
                                    "from:to:subject:mime-version:content-type:date:message-id:list-unsubscribe", style="generic"))
        dkd = p.get("dkim_d", dkd)
    elif k == "internal":
        helo = rdns = "smtp-out%d.example.net" % rng.randint(1, 3)
        ip = priv_ip(rng)
        hops.append(dkim_sig(rng, "example.net", "mail2024" if ctx.arrival.year >= 2024 else "mail", t, "from:to:subject:date:message-id", style="generic"))
        hops.append("Received: from %s (unknown [%s])" % (p.get("client_ip_host", "[%s]" % doc_ip(rng)), doc_ip(rng)) + CRLF +
                    "\t(Authenticated sender: %s)" % p["from_email"] + CRLF +
                    "\tby submit%d.example.net (Postfix) with ESMTPSA id %s" % (rng.randint(1, 2), alnum(rng, 11, "0123456789ABCDEF")) + CRLF +
                    "\tfor <%s>; %s" % (ctx.rcpt, rfc5322_date(sent, p.get("tz", "Europe/Berlin"), "paren")))
        dkd = "example.net"
    else:  # self-hosted servers of every kind
        host = p.get("host") or rng.choice(["mail", "smtp", "mx1", "mail2", "out", "mta"]) + "." + dom
        helo = rdns = host
        if p.get("no_rdns"):
            rdns = "unknown"
        if p.get("dkim", True) and au_mode[0] not in (None, "none"):
            hops.append(dkim_sig(rng, p.get("dkim_d", dom), p.get("sel", rng.choice(["default", "mail", "dkim", "s1", "%d" % ctx.arrival.year, "selector1", "x"])), t,
                                 p.get("dkim_h", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"), style="generic"))
        if p.get("submission", True):
            hops.append(postfix_hop(rng, sent, "localhost", host, p.get("tz"), ip=p.get("client_ip") or priv_ip(rng),
                                    auth_user=p.get("auth_user")))
        dkd = p.get("dkim_d", dom)
    dk, sp, dm = au_mode
    rpdom = rp.split("@")[-1]
    au = AUTH(rng, dk, sp, dm, d=dkd, sel=p.get("sel", "s1"), mf=rp if "@" in rp else rpdom, ip=ip,
              hfrom=p["dom"], policy=p.get("policy", rng.choice(["none", "none", "quarantine", "reject"])))
    return rp, helo, rdns, ip, hops, au, extra


def client_mail(ctx, ev, p, struct, subject, text=None, htm=None, dialect="generic", prodid=None, ics_opts=None,
                ics=None, method_param=True, ics_cte=None, att_name="invite.ics", att_type="application/ics",
                text_cs="utf-8", text_cte=None, html_cte=None, to=None, cc=None, headers_style=None,
                extra=None, ua=None, msgid_style="uuid", date_tz=None, reply_to=None, subj_enc=("utf-8", "B"),
                boundary=None, hidden_to=False, list_unsub=None, cal_charset="utf-8", preamble=None,
                date_style="std", sender=None, ics_width=75, ics_eol="\r\n", ics_nofold=False, cal_inline_name=None,
                att_disp="attachment", cal_cs_param=True, order=None):
    """Compose a message in the shape of one of many clients.

    struct: alt_cal | alt_html_cal | mixed_alt_att | mixed_text_att | mixed_html_att | mixed_althtml_att |
            cal_only | mixed_althtml_cal_att | mixed_textonly_att | html_only | mixed_html_calatt"""
    rng = ctx.rng
    if ics is None:
        ics = ics_text(ev, dialect, rng, prodid, width=ics_width, eol=ics_eol, nofold=ics_nofold, **(ics_opts or {}))
    method = ev.get("method")
    enc8 = any(ord(c) > 127 for c in ics)
    cte_cal = ics_cte or ("8bit" if enc8 else "7bit")
    cal_params = []
    if cal_cs_param:
        cal_params.append(("charset", cal_charset))
    if method_param and method:
        cal_params.append(("method", method if method_param is True else method_param))
    if cal_inline_name:
        cal_params.append(("name", cal_inline_name))

    def calpart():
        return Part("text/calendar", cal_params, ics if cte_cal not in ("base64", "quoted-printable") or not enc8 else ics.encode(cal_charset) if False else ics,
                    cte=cte_cal, charset=cal_charset, quote_params=set())

    def attpart():
        ps = [("name", att_name)] if att_name else []
        if att_type == "text/calendar":
            ps = [("charset", cal_charset)] + ([("method", method)] if method and method_param else []) + ps
        return Part(att_type, ps, ics.encode(cal_charset), cte="base64",
                    disp=('%s; filename="%s"' % (att_disp, att_name)) if att_name else att_disp)

    tcte = text_cte or ("quoted-printable" if text and any(ord(c) > 127 for c in text) else "7bit")
    if text_cs.lower() == "us-ascii" and text and any(ord(c) > 127 for c in text):
        text_cs = "utf-8"
    hcte = html_cte or "quoted-printable"

    def tp():
        return Part("text/plain", [("format", "flowed")] if rng.random() < 0.3 else [], text or "", cte=tcte, charset=text_cs, quote_params=set())

    def hp():
        return Part("text/html", [], htm or "<html><body>%s</body></html>" % html.escape(text or "").replace("\n", "<br>\n"),
                    cte=hcte, charset=text_cs if text_cs.lower() != "us-ascii" else "utf-8", quote_params=set())

    bstyle = boundary or rng.choice(["tb", "apple", "php", "py", "hex", "zimbra", "eq"])

    def bnd():
        return {"tb": "------------" + alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz"),
                "apple": "Apple-Mail=_" + uuid4(rng, True),
                "php": "b1_" + alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                "py": "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1),
                "hex": hexs(rng, 32),
                "zimbra": "=_" + uuid4(rng),
                "eq": "----=_Part_%d_%d.%d" % (rng.randint(1, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)),
                "google": "000000000000" + hexs(rng, 16),
                "ms": "_000_" + alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"}[bstyle]

    if struct == "alt_cal":
        root = Part("multipart/alternative", parts=[tp(), calpart()], boundary=bnd())
    elif struct == "alt_html_cal":
        root = Part("multipart/alternative", parts=[tp(), hp(), calpart()], boundary=bnd())
    elif struct == "mixed_alt_att":
        root = Part("multipart/mixed", parts=[Part("multipart/alternative", parts=[tp(), calpart()], boundary=bnd()), attpart()],
                    boundary=bnd(), preamble=preamble)
    elif struct == "mixed_text_att":
        root = Part("multipart/mixed", parts=[tp(), attpart()], boundary=bnd(), preamble=preamble)
    elif struct == "mixed_text_cal":
        root = Part("multipart/mixed", parts=[tp(), calpart()], boundary=bnd(), preamble=preamble)
    elif struct == "mixed_html_att":
        root = Part("multipart/mixed", parts=[hp(), attpart()], boundary=bnd(), preamble=preamble)
    elif struct == "mixed_althtml_att":
        root = Part("multipart/mixed", parts=[Part("multipart/alternative", parts=[tp(), hp()], boundary=bnd()), attpart()],
                    boundary=bnd(), preamble=preamble)
    elif struct == "mixed_althtml_cal_att":
        root = Part("multipart/mixed", parts=[Part("multipart/alternative", parts=[tp(), hp(), calpart()], boundary=bnd()), attpart()],
                    boundary=bnd(), preamble=preamble)
    elif struct == "cal_only":
        root = calpart()
    elif struct == "att_only":
        root = Part("multipart/mixed", parts=[attpart()], boundary=bnd())
    elif struct == "html_only":
        root = hp()
    elif struct == "text_only":
        root = tp()
    elif struct == "mixed_html_cal":
        root = Part("multipart/mixed", parts=[hp(), calpart()], boundary=bnd(), preamble=preamble)
    else:
        raise ValueError(struct)

    rp, helo, rdns, ip, hops, au, ext = _transport(ctx, p)
    sent = ctx.sent()
    H = []
    fromh = "From: " + addr(p["from_name"], p["from_email"], subj_enc[0], subj_enc[1])
    toh = "To: " + (to if to is not None else (addr(ctx.rcpt_name, ctx.rcpt, subj_enc[0], subj_enc[1]) if ctx.rcpt_name and rng.random() < 0.7 else ctx.rcpt))
    toh = fold_ws(toh) if CRLF not in toh else toh
    sh = subj_hdr(subject, subj_enc[0], subj_enc[1])
    dh = "Date: " + rfc5322_date(sent, date_tz, date_style)
    mh = "Message-ID: " + msgid_for(rng, p.get("msgid_dom", p["dom"]), msgid_style)
    core = {"from": fromh, "to": toh, "subject": sh, "date": dh, "msgid": mh}
    if cc:
        core["cc"] = "Cc: " + cc
    if reply_to:
        core["reply"] = "Reply-To: " + reply_to
    if sender:
        core["sender"] = "Sender: " + sender
    if ua:
        core["ua"] = ua
    if list_unsub:
        core["lu"] = "List-Unsubscribe: " + list_unsub
    o = order or rng.choice([["date", "from", "sender", "to", "cc", "reply", "msgid", "subject", "ua", "lu"],
                             ["from", "sender", "to", "cc", "subject", "date", "msgid", "reply", "ua", "lu"],
                             ["msgid", "date", "ua", "from", "sender", "to", "cc", "reply", "subject", "lu"],
                             ["subject", "from", "sender", "reply", "to", "cc", "date", "msgid", "ua", "lu"],
                             ["reply", "from", "sender", "to", "subject", "msgid", "date", "lu", "ua", "cc"]])
    for k in o:
        if k in core:
            if k == "to" and hidden_to:
                continue
            H.append(core[k])
    H += ext
    H += list(extra or [])
    mime_at = rng.choice([len(H), len(H), max(0, len(H) - 1), 0 if rng.random() < 0.2 else len(H)])
    return finish(ctx, rp, helo, rdns, ip, au, hops, H, root, mime_at=mime_at)


def ua_for(kind, rng, year):
    if kind == "thunderbird":
        v = {2016: "45.8.0", 2017: "52.5.0", 2018: "60.3.0", 2019: "60.9.1", 2020: "68.12.0", 2021: "78.14.0",
             2022: "91.13.0", 2023: "102.15.1", 2024: "115.10.1", 2025: "128.6.0", 2026: "140.2.0"}[year]
        osx = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
        return "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (osx, v.split(".")[0] + ".0", v)
    if kind == "applemail":
        return "X-Mailer: " + rng.choice(["Apple Mail (2.3445.104.11)", "Apple Mail (2.3608.120.23.2.4)", "iPhone Mail (20E252)",
                                          "Apple Mail (2.3731.700.6)", "iPhone Mail (21D61)", "Apple Mail (2.3273)"])
    if kind == "php":
        return "X-Mailer: " + rng.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 5.2.23 (https://github.com/PHPMailer/PHPMailer)",
                                          "PHP/7.4.33", "Swift Mailer 6.3.0"])
    if kind == "zimbra":
        return "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (rng.choice(["8.8.15_GA_4484", "9.0.0_GA_4546", "10.0.7_GA_4611"]),
                                                              rng.choice(["FF115 (Win)", "GC120 (Linux)", "GC119 (Mac)", "FF102 (Linux)"]))
    if kind == "outlook_desktop":
        return "X-Mailer: Microsoft Outlook 16.0"
    return None


# ------------------------------------------------------------------ deliver
CHANNEL_DEFAULTS = {
    # channel: (profile kind, dialect, prodid choices, structs, ua kind, msgid style, boundary style)
    "icloud": ("icloud", "apple", ["-//Apple Inc.//Mac OS X 10.11.6//EN", "-//Apple Inc.//iOS 10.1.1//EN", "-//Apple Inc.//macOS 13.4.1//EN",
                                   "-//Apple Inc.//iPhone OS 17.4//EN", "-//Apple Inc.//iOS 16.6//EN"],
               ["mixed_text_att", "mixed_althtml_att", "alt_cal"], "applemail", "apple", "apple"),
    "apple_mail": ("selfhosted", "apple", ["-//Apple Inc.//macOS 14.2.1//EN", "-//Apple Inc.//Mac OS X 10.14.6//EN", "-//Apple Inc.//macOS 12.6//EN"],
                   ["mixed_text_att", "mixed_text_cal"], "applemail", "apple", "apple"),
    "yahoo": ("yahoo", "generic", ["-//Yahoo! Inc.//Yahoo Calendar//EN", "-//Yahoo//Calendar 2.0//EN"],
              ["alt_html_cal", "mixed_althtml_att"], None, "yahoo", "eq"),
    "thunderbird": ("selfhosted", "lightning", ["-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"],
                    ["mixed_alt_att"], "thunderbird", "uuid", "tb"),
    "nextcloud": ("selfhosted", "sabre", ["-//IDN nextcloud.com//Calendar app 4.5.2//EN", "-//IDN nextcloud.com//Calendar app 3.5.7//EN",
                                          "-//IDN nextcloud.com//Calendar app 2.0.3//EN", "-//Sabre//Sabre VObject 4.5.4//EN"],
                  ["alt_html_cal"], None, "hex", "hex"),
    "zimbra": ("selfhosted", "zimbra", ["Zimbra-Calendar-Provider"], ["alt_html_cal"], "zimbra", "zimbra", "zimbra"),
    "sogo": ("selfhosted", "generic", ["-//Inverse inc./SOGo 5.8.0//EN", "-//Inverse inc./SOGo 4.3.2//EN", "-//Alinto/SOGo 5.10.0//EN"],
             ["mixed_html_cal", "mixed_text_cal"], None, "sogo", "eq"),
    "fastmail": ("selfhosted", "cyrus", [None], ["mixed_text_att", "mixed_althtml_cal_att"], None, "fm", "hex"),
    "proton": ("selfhosted", "proton", [None, "-//Proton AG//WebCalendar 5.0.10.3//EN"], ["mixed_althtml_att", "mixed_text_att"], None, "proton", "tb"),
    "zoho": ("selfhosted", "generic", ["-//Zoho Corporation//Zoho Calendar//EN", "-//ZohoCalendar//EN"], ["mixed_html_att", "alt_html_cal"], None, "zoho", "eq"),
    "kerio": ("selfhosted", "generic", ["-//Kerio Technologies//Kerio Connect 9.4.2//EN", "-//Kerio Technologies//Kerio Connect 10.0.4//EN"],
              ["alt_html_cal", "mixed_alt_att"], None, "hex", "eq"),
    "gmx": ("selfhosted", "generic", ["-//1&1 Mail & Media GmbH/GMX Kalender Server 2.0//EN", "-//1&1 Mail & Media GmbH/WEB.DE Kalender Server 2.0//EN"],
            ["mixed_althtml_att", "alt_html_cal"], None, "gmx", "eq"),
    "evolution": ("selfhosted", "generic", ["-//Ximian//NONSGML Evolution Calendar//EN"], ["mixed_text_att", "alt_cal"], "evolution", "uuid", "eq"),
    "horde": ("selfhosted", "generic", ["-//The Horde Project//Horde iCalendar Library//EN"], ["mixed_text_att", "mixed_althtml_att"], "horde", "php", "eq"),
}


LEGACY_CS = {"ja": ["iso-2022-jp", "shift_jis"], "zh": ["gb2312", "gbk"], "ru": ["koi8-r", "windows-1251"],
             "pl": ["iso-8859-2"], "de": ["iso-8859-1", "windows-1252"], "fr": ["iso-8859-1", "windows-1252"],
             "es": ["iso-8859-1"], "it": ["iso-8859-1"], "pt": ["iso-8859-1"], "nl": ["iso-8859-1"], "sv": ["iso-8859-1"],
             "tr": ["iso-8859-9"], "en": ["us-ascii", "iso-8859-1", "windows-1252"]}


def _legacy_charset(rng, kw, lang, subject, text, htm):
    """Old clients and many servers still label text in a national charset."""
    if "text_cs" in kw or rng.random() > (0.85 if lang in ("ja", "zh", "ru") else 0.4) or lang not in LEGACY_CS:
        return
    cs = rng.choice(LEGACY_CS[lang])
    try:
        for s in (subject or "", text or "", htm or ""):
            s.encode(cs if cs != "us-ascii" else "ascii")
    except UnicodeEncodeError:
        return
    kw["text_cs"] = cs
    if cs in ("iso-2022-jp",):
        kw.setdefault("text_cte", "7bit")
        kw.setdefault("html_cte", "base64")
    elif cs in ("shift_jis", "gb2312", "gbk", "koi8-r", "windows-1251"):
        kw.setdefault("text_cte", rng.choice(["base64", "8bit"]))
    if subject and any(ord(c) > 127 for c in subject):
        kw.setdefault("subj_enc", (cs, "B" if cs in ("iso-2022-jp", "shift_jis", "gb2312", "gbk", "koi8-r", "windows-1251") else rng.choice(["Q", "B"])))


def deliver(ctx, ev, channel, subject=None, text=None, htm=None, lang="en", from_name=None, from_email=None,
            **kw):
    """Send ev through a channel. Extra kw go to the platform function (or client_mail)."""
    rng = ctx.rng
    if ev.get("stamp") is None:
        ev["stamp"] = stamp(ctx)
    if not ev.get("uid") and channel not in ("google", "o365", "outlookcom", "onprem"):
        dom = (from_email or "x@example.org").split("@")[1]
        ev["uid"] = {
            "icloud": lambda: uuid4(rng, True), "apple_mail": lambda: uuid4(rng, True),
            "thunderbird": lambda: uuid4(rng), "nextcloud": lambda: uuid4(rng), "zimbra": lambda: uuid4(rng),
            "sogo": lambda: "%s-%s-%s-%s" % (hexs(rng, 4).upper(), hexs(rng, 8).upper(), hexs(rng, 1), hexs(rng, 8).upper()),
            "fastmail": lambda: uuid4(rng), "proton": lambda: alnum(rng, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "@proton.me",
            "yahoo": lambda: "%s-%s@yahoo.com" % (hexs(rng, 8), hexs(rng, 4)),
        }.get(channel, lambda: rng.choice([
            lambda: "%s@%s" % (hexs(rng, 32), dom), lambda: uuid4(rng), lambda: "%d.%s@%s" % (epoch(ctx.arrival), tok(rng, 6), dom),
            lambda: "%s-%d@%s" % (icsutc(ctx.arrival), rng.randint(100, 99999), dom), lambda: uuid4(rng, True),
            lambda: "event-%d" % rng.randint(10 ** 5, 10 ** 9), lambda: hexs(rng, 40)])())()
    if channel == "google":
        return google_calendar(ctx, ev, from_name, from_email, lang=lang, **kw)
    if channel in ("o365", "outlookcom", "onprem"):
        return outlook(ctx, ev, from_name, from_email, text or "", variant=channel, subject=subject, html_text=htm, **kw)
    if channel.startswith("esp_") or channel in ("selfhosted", "internal", "php"):
        _legacy_charset(rng, kw, lang, subject, text, htm)
        pk = "selfhosted" if channel == "php" else channel
        p = prof(pk, rng, from_name, from_email, **kw.pop("prof", {}))
        kw.setdefault("dialect", "generic")
        if channel == "php":
            kw.setdefault("ua", ua_for("php", rng, ctx.arrival.year))
            kw.setdefault("msgid_style", "php")
            kw.setdefault("boundary", "php")
        return client_mail(ctx, ev, p, kw.pop("struct", "mixed_althtml_att"), subject, text, htm, **kw)
    pk, dialect, prodids, structs, uak, mid, bs = CHANNEL_DEFAULTS[channel]
    _legacy_charset(rng, kw, lang, subject, text, htm)
    p = prof(pk, rng, from_name, from_email, **kw.pop("prof", {}))
    kw.setdefault("dialect", dialect)
    kw.setdefault("prodid", rng.choice(prodids))
    kw.setdefault("boundary", bs)
    ua = kw.pop("ua", None) or ua_for(uak, rng, ctx.arrival.year) if uak else kw.pop("ua", None)
    if uak == "evolution":
        ua = "X-Mailer: Evolution 3.%d.%d" % (rng.choice([28, 36, 44, 46, 50]), rng.randint(1, 5))
    if uak == "horde":
        ua = "User-Agent: Horde Application Framework 5"
    kw.setdefault("ua", ua)
    kw.setdefault("msgid_style", {"apple": "apple", "zimbra": "zimbra", "hex": "hex", "php": "php"}.get(mid, "uuid"))
    struct = kw.pop("struct", rng.choice(structs))
    return client_mail(ctx, ev, p, struct, subject, text, htm, **kw)


# ------------------------------------------------------------- spam props
def nanp(rng, tollfree=True):
    area = rng.choice(["800", "833", "844", "855", "866", "877", "888"]) if tollfree else rng.choice(["202", "213", "302", "415", "646", "702", "786", "917"])
    n = "555-01%02d" % rng.randint(0, 99)
    fmt = rng.choice(["+1 (%s) %s", "1-%s-%s", "(%s) %s", "+1 %s %s", "%s-%s", "+1-%s-%s", "1 %s %s"])
    return fmt % (area, n)


def uk_phone(rng):
    return rng.choice(["020 7946 0%03d", "0113 496 0%03d", "0161 496 0%03d", "07700 900%03d", "+44 7700 900%03d", "0808 157 0%03d"]) % rng.randint(0, 999)


def de_phone(rng):
    return rng.choice(["030 23125 %03d", "+49 30 23125%03d", "069 90009 %03d", "040 66969 %03d", "+49 89 99998 %03d"]) % rng.randint(0, 999)


def fr_phone(rng):
    return "01 99 00 %02d %02d" % (rng.randint(0, 99), rng.randint(0, 99))


def tok(rng, n=None, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return alnum(rng, n or rng.randint(5, 12), chars)


def spam_url(rng, kind=None):
    k = kind or rng.choice(["webapp", "pages", "blob", "gcs", "ipfs", "forms", "sites", "short", "r2", "netlify",
                            "workers", "notion", "typeform", "jotform", "wix", "weebly", "firebase", "glitch", "github",
                            "dropbox", "onedrive", "canva", "telegra", "lookalike"])
    w = lambda: rng.choice(["secure", "verify", "portal", "account", "support", "docs", "review", "claim", "billing", "update",
                            "auth", "login", "office", "share", "file", "pay", "refund", "reward", "bonus", "track"])
    if k == "webapp":
        return "https://%s-%s.web.app/%s" % (w(), tok(rng, 6).lower(), rng.choice(["", "index.html", "?id=" + tok(rng, 10), "#" + tok(rng, 8)]))
    if k == "pages":
        return "https://%s-%s.pages.dev/%s" % (w(), tok(rng, 5).lower(), tok(rng, 8))
    if k == "blob":
        return "https://%s%s.blob.core.windows.net/$web/%s.html" % (w(), tok(rng, 6).lower(), tok(rng, 10))
    if k == "gcs":
        return "https://storage.googleapis.com/%s-%s/%s.html#%s" % (w(), tok(rng, 6).lower(), rng.choice(["index", "o365", "view", "doc"]), tok(rng, 12))
    if k == "ipfs":
        return "https://ipfs.io/ipfs/Qm%s?filename=%s.html" % (tok(rng, 44), w())
    if k == "forms":
        return rng.choice(["https://forms.gle/%s" % tok(rng, 17), "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % tok(rng, 48)])
    if k == "sites":
        return "https://sites.google.com/view/%s-%s/home" % (w(), tok(rng, 6).lower())
    if k == "short":
        return rng.choice(["https://bit.ly/", "https://tinyurl.com/", "https://cutt.ly/", "https://t.ly/", "https://is.gd/", "https://rb.gy/", "https://shorturl.at/"]) + tok(rng, 7)
    if k == "r2":
        return "https://pub-%s.r2.dev/%s.html" % (hexs(rng, 32), w())
    if k == "netlify":
        return "https://%s-%s.netlify.app/" % (w(), tok(rng, 7).lower())
    if k == "workers":
        return "https://%s.%s.workers.dev/?e=%s" % (w(), tok(rng, 8).lower(), tok(rng, 10))
    if k == "notion":
        return "https://%s.notion.site/%s-%s" % (tok(rng, 8).lower(), w().capitalize(), hexs(rng, 32))
    if k == "typeform":
        return "https://form.typeform.com/to/%s" % tok(rng, 8)
    if k == "jotform":
        return "https://form.jotform.com/%d" % rng.randint(10 ** 14, 10 ** 15)
    if k == "wix":
        return "https://%s%d.wixsite.com/%s" % (tok(rng, 7).lower(), rng.randint(1, 999), w())
    if k == "weebly":
        return "https://%s-%s.weebly.com/" % (w(), tok(rng, 6).lower())
    if k == "firebase":
        return "https://%s-%s.firebaseapp.com/%s" % (w(), tok(rng, 5).lower(), rng.choice(["", "login", "auth.html"]))
    if k == "glitch":
        return "https://%s-%s.glitch.me/" % (w(), rng.choice(["purple", "lucky", "silent", "bright", "swift"]))
    if k == "github":
        return "https://%s%d.github.io/%s/" % (tok(rng, 7).lower(), rng.randint(1, 99), w())
    if k == "dropbox":
        return "https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0" % (tok(rng, 25).lower(), rng.choice(["Invoice", "Statement", "Agreement", "Payment_Advice"]), tok(rng, 25).lower())
    if k == "onedrive":
        return "https://1drv.ms/b/s!%s" % tok(rng, 26)
    if k == "canva":
        return "https://www.canva.com/design/DA%s/view" % tok(rng, 9)
    if k == "telegra":
        return "https://telegra.ph/%s-%02d-%02d" % (rng.choice(["Payment", "Notice", "Reward", "Document"]), rng.randint(1, 12), rng.randint(1, 28))
    if k == "telegram":
        return "https://t.me/%s" % rng.choice(["+" + tok(rng, 16), tok(rng, 9).lower() + "_bot", tok(rng, 10).lower()])
    if k == "whatsapp":
        return "https://wa.me/1%s" % rng.choice(["8885550" + "%03d" % rng.randint(100, 199)])
    if k == "lookalike":
        return rng.choice(["https://xn--mcrosoft-g2a.com/%s", "https://login-micros0ftonline.top/%s", "https://paypaI-resolution-center.shop/%s",
                           "https://docusign-envelope.online/%s", "https://secure-amaz0n-billing.xyz/%s", "https://dhl-parcel-redelivery.click/%s",
                           "https://xn--pypal-4ve.com/%s", "https://rnicrosoft-365.support/%s", "https://norton-renewal-helpdesk.site/%s",
                           "https://hmrc-gov-refund.uk.com/%s", "https://ofice365-secure.co/%s", "https://xn--80ak6aa92e.com/%s"]) % tok(rng, 9)
    return "https://%s.example/%s" % (tok(rng, 8).lower(), tok(rng, 6))


def spam_domain(rng):
    """Throwaway sender domains with proper DNS (invented, under .example)."""
    a = rng.choice(["nova", "bright", "zen", "prime", "green", "swift", "alpha", "meta", "lumen", "vertex", "urban", "pixel",
                    "solid", "blue", "crest", "river", "north", "peak", "harbor", "maple"])
    b = rng.choice(["mart", "deals", "hub", "media", "link", "mail", "send", "box", "zone", "point", "line", "trend",
                    "notify", "info", "group", "solutions", "news", "center", "world", "express"])
    return "%s%s%s.example" % (a, b, rng.choice(["", str(rng.randint(1, 99)), "-" + tok(rng, 3).lower()]))


def company_domain(rng):
    return rng.choice(["acme-logistics.example", "bergmann-bau.example", "hollis-partners.example", "lakeside-dental.example",
                       "nordlicht-gmbh.example", "orbit-consulting.example", "pinecrest-realty.example", "riverview-school.example",
                       "sunridge-foods.example", "tallgrass-law.example", "vantage-hvac.example", "westfield-clinic.example",
                       "kobayashi-trading.example", "costa-imoveis.example", "vanderberg-transport.example", "polmar-sp.example",
                       "marmara-tekstil.example", "ferrari-arredamenti.example", "duval-assurances.example", "lindgren-bygg.example"])


def gmail_local(rng):
    first = rng.choice(["jessica", "mary", "kevin", "linda", "support", "service", "helpdesk", "billing", "amanda", "michael",
                        "sandra", "robert", "anna", "info", "customer", "team", "noreply", "admin", "carol", "steven"])
    return rng.choice(["%s%s%d", "%s.%s%d", "%s%s.%d", "%s_%s%d"]) % (first, tok(rng, rng.randint(3, 8)).lower(), rng.randint(1, 9999))
