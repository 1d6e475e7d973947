"""Client / sending-platform styles: original headers and MIME structure."""
from core import *  # noqa

DEFAULT_STRUCT = {
    "exchange": "alt3", "outlook": "alt3", "google": "google", "apple": "apple", "ios": "apple", "mozilla": "tb",
    "nextcloud": "alt3", "zimbra": "alt3", "sogo": "alt_att", "fastmail": "alt3", "proton": "alt_att", "yahoo": "alt3",
    "zoho": "alt_att", "zoom": "mixed_html_att", "webex": "alt_att", "calendly": "alt3", "eventbrite": "mixed_html_att",
    "php": "cal_only", "icalnet": "mixed_html_att", "icalpy": "mixed_plain_att", "spatie": "html_cal",
    "ical4j": "alt_att", "evolution": "tb",
}

XMAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)"),
    "sogo": ("User-Agent", "SOGoMail 5.10.0"),
    "fastmail": ("User-Agent", "Cyrus-JMAP/3.9.0-alpha0-1052-g23c2d0c2e-fm-20240118.001-g23c2d0c2"),
    "yahoo": ("X-Mailer", "WebService/1.1.22046 YMailNorrin"),
    "zoho": ("User-Agent", "Zoho Mail"),
    "mozilla": ("User-Agent", "Mozilla Thunderbird"),
    "evolution": ("X-Mailer", "Evolution 3.50.2"),
    "php": ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
    "icalnet": ("X-Mailer", "Microsoft CDO for Windows 2000"),
    "ical4j": ("X-Mailer", "JavaMail 1.6.2"),
}

BSTYLE = {"exchange": "outlook", "outlook": "outlook", "google": "google", "apple": "apple", "ios": "apple",
          "mozilla": "tb", "php": "php", "ical4j": "java", "webex": "java", "zimbra": "zimbra", "icalnet": "outlook"}

HSTYLE = {"exchange": "outlook", "outlook": "outlook", "google": "google", "zimbra": "div", "yahoo": "div"}


def msgid(rng, client, ctx):
    dom = ctx["sender"]["email"].split("@")[1]
    if client == "exchange":
        s = ctx.get("_m365srv") or f"AM0PR{rng.randint(1, 9):02d}MB{rng.randint(1000, 9999)}.eurprd0{rng.randint(1, 9)}.prod.outlook.com"
        return f"<{s.split('.')[0]}{rhex(rng, 24, True)}@{s}>"
    if client == "google":
        return f"<calendar-{ruuid(rng)}@google.com>"
    if client in ("apple", "ios"):
        return f"<{ruuid(rng, True)}@{dom}>"
    if client == "mozilla":
        return f"<{ruuid(rng)}@{dom}>"
    if client == "yahoo":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{rng.randint(10**12, 10**13)}@mail.yahoo.com>"
    if client == "zimbra":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{rng.randint(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if client == "php":
        return f"<{rstr(rng, 40)}@{ctx.get('msgid_host', dom)}>"
    return f"<{rstr(rng, 16)}.{rng.randint(10**9, 10**10)}@{ctx.get('msgid_host', dom)}>"


def cal_part(ctx, cte=None, name=None, disposition=None, ctype="text/calendar", method=True):
    ics = ctx["ics"]
    raw = ics.encode("utf-8")
    if cte is None:
        cte = "7bit" if raw.isascii() else ctx.get("cal_cte8", "base64")
    if ctx.get("malform") == "lf" and cte in ("7bit", "8bit"):
        cte = "base64"
    params = ""
    if ctype == "text/calendar":
        params = f'; charset="{ctx.get("cal_charset", "utf-8")}"' if ctx.get("cal_charset", "utf-8") else ""
        if method and ctx.get("method"):
            params += f"; method={ctx['method']}"
    if name:
        params += f';\r\n\tname="{name}"'
    hs = []
    if disposition:
        hs.append(("Content-Disposition", f'{disposition}; filename="{name}"' if name else disposition))
    if ctype == "text/calendar" and ctx["client"] == "exchange" and not name:
        pass
    if cte in ("7bit", "8bit"):
        data = raw if raw.endswith(b"\n") else raw + b"\r\n"
    else:
        data = encode_payload(raw, cte)
    return Leaf([("Content-Type", ctype + params), ("Content-Transfer-Encoding", cte)] + hs, data)


def att_part(ctx, kind):
    nm = ctx.get("att_name") or "invite.ics"
    if kind == "application/ics":
        return cal_part(ctx, "base64", nm, "attachment", "application/ics")
    if kind == "octet":
        return cal_part(ctx, "base64", nm, "attachment", "application/octet-stream")
    if kind == "x-ics":
        return cal_part(ctx, "base64", nm, "attachment", "text/x-vcalendar")
    return cal_part(ctx, ctx.get("att_cte", "base64"), nm, "attachment", "text/calendar")


def render(rng, ctx):
    c = ctx["client"]
    struct = ctx.get("struct") or DEFAULT_STRUCT.get(c, "alt3")
    lang = ctx["lang"]
    cs = ctx.get("charset", "utf-8")
    mode = ctx.get("hmode", "B")
    sub_cs = ctx.get("subj_charset", cs if cs not in ("us-ascii",) else "utf-8")
    plain = ctx.get("plain") or ""
    html = ctx.get("html")
    if html is None and struct not in ("cal_only",):
        html = to_html(plain, HSTYLE.get(c, "plain"), lang, cs)
    pcte = ctx.get("pcte"); hcte = ctx.get("hcte", pcte)
    lab = ctx.get("charset_label")
    bstyle = ctx.get("bstyle") or BSTYLE.get(c, "generic")

    def P():
        return text_leaf(plain, "plain", cs, pcte, ctx.get("plain_extra", ""), label=lab)

    def H():
        return text_leaf(html, "html", cs, hcte, label=lab)

    if struct == "alt3":
        body = Multi("alternative", [P(), H(), cal_part(ctx, ctx.get("cal_cte"))], boundary(rng, bstyle))
    elif struct == "alt2":
        body = Multi("alternative", [P(), cal_part(ctx, ctx.get("cal_cte"))], boundary(rng, bstyle))
    elif struct == "html_cal":
        body = Multi("alternative", [H(), cal_part(ctx, ctx.get("cal_cte"))], boundary(rng, bstyle))
    elif struct == "google":
        inner = Multi("alternative", [P(), H(), cal_part(ctx, ctx.get("cal_cte"))], boundary(rng, "google"))
        body = Multi("mixed", [inner, att_part(ctx, "application/ics")], boundary(rng, "google"))
    elif struct == "apple":
        inner = Multi("alternative", [P(), H()], boundary(rng, "apple"))
        body = Multi("mixed", [inner, cal_part(ctx, "base64", ctx.get("att_name") or f"iCal-{ctx['arrival'].strftime('%Y%m%d')}-{rng.randint(100000, 999999)}.ics", "attachment")], boundary(rng, "apple"))
    elif struct == "tb":
        inner = Multi("alternative", [text_leaf(plain, "plain", cs, pcte or ("8bit" if not plain.isascii() else "7bit"), "; format=flowed", label=lab),
                                      cal_part(ctx, ctx.get("cal_cte", "8bit"))], boundary(rng, "tb"))
        body = Multi("mixed", [inner, att_part(ctx, "application/ics")], boundary(rng, "tb"),
                     preamble="This is a multi-part message in MIME format.")
    elif struct == "alt_att":
        inner = Multi("alternative", [P(), H()], boundary(rng, bstyle))
        body = Multi("mixed", [inner, att_part(ctx, ctx.get("att_kind", "text/calendar"))], boundary(rng, bstyle))
    elif struct == "mixed_html_att":
        body = Multi("mixed", [H(), att_part(ctx, ctx.get("att_kind", "text/calendar"))], boundary(rng, bstyle))
    elif struct == "mixed_plain_att":
        body = Multi("mixed", [P(), att_part(ctx, ctx.get("att_kind", "application/ics"))], boundary(rng, bstyle))
    elif struct == "cal_only":
        body = cal_part(ctx, ctx.get("cal_cte"))
    elif struct == "ics_only":
        parts = [att_part(ctx, ctx.get("att_kind", "application/ics"))]
        if ctx.get("empty_text"):
            parts.insert(0, text_leaf("\n", "plain", "utf-8", "7bit"))
        body = Multi("mixed", parts, boundary(rng, bstyle))
    elif struct == "fwd":
        body = Multi("mixed", [P(), Rfc822(ctx["inner_msg"], [("Content-Disposition", "inline" if rng.random() < .5 else 'attachment; filename="forwarded message.eml"')])], boundary(rng, bstyle))
    elif struct == "fwd_alt":
        inner = Multi("alternative", [P(), H()], boundary(rng, bstyle))
        body = Multi("mixed", [inner, cal_part(ctx, "base64", ctx.get("att_name") or "meeting.ics", "attachment")], boundary(rng, bstyle))
    else:
        raise ValueError(struct)

    s = ctx["sender"]
    frm = addr(s["name"], s["email"], sub_cs, mode)
    to = ctx.get("to") or [(ctx["rcpt"]["name"], ctx["rcpt"]["email"])]
    to_s = ",\r\n\t".join(addr(n, e, sub_cs, mode) for n, e in to) if not ctx.get("undisclosed") else "undisclosed-recipients:;"
    subj = enc_words(ctx["subject"], sub_cs, mode)
    date = rfcdate(ctx["arrival"] - __import__("datetime").timedelta(seconds=rng.randint(5, 90)), ctx["off"])
    mid = ctx.get("msgid") or msgid(rng, c, ctx)
    hs = []
    if c == "google":
        if ctx.get("reply_to", True):
            hs.append(("Reply-To", addr(s["name"], s["email"], sub_cs, mode)))
        hs.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
        hs += [("Message-ID", mid), ("Date", date), ("Subject", subj), ("From", frm), ("To", to_s)]
        hs.append(("X-Google-Calendar-Content-Display", "1"))
        if ctx.get("method"):
            hs.append(("Content-Class", "urn:content-classes:calendarmessage")) if False else None
    elif c in ("exchange", "outlook"):
        hs += [("From", frm), ("To", to_s)]
        if ctx.get("cc"):
            hs.append(("CC", ",\r\n\t".join(addr(n, e, sub_cs, mode) for n, e in ctx["cc"])))
        hs += [("Subject", subj), ("Thread-Topic", enc_words(ctx.get("topic", ctx["subject"]), sub_cs, mode)),
               ("Thread-Index", "A" + rb64(rng, 21)[1:]), ("Date", date), ("Message-ID", mid)]
        ltag = ctx.get("langtag", "en-US")
        if c == "exchange":
            hs += [("Accept-Language", ltag if ltag == "en-US" else f"{ltag}, en-US"), ("Content-Language", ltag), ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-RecordReviewCfmType", "0")]
            if ctx.get("ms_extra", True):
                hs += [("x-ms-publictraffictype", "Email"),
                       ("x-ms-traffictypediagnostic", f"{rstr(rng, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}:EE_|{rstr(rng, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}:EE_MeetingMessage"),
                       ("x-ms-office365-filtering-correlation-id", ruuid(rng))]
        else:
            hs += [XMAILER["outlook"], ("Content-Language", ltag)]
        hs.append(("Content-Class", "urn:content-classes:calendarmessage"))
    else:
        order = ["From", "To", "Subject", "Date", "Message-ID"]
        if rng.random() < .5:
            order = ["Date", "From", "To", "Message-ID", "Subject"]
        vals = {"From": frm, "To": to_s, "Subject": subj, "Date": date, "Message-ID": mid}
        for k in order:
            hs.append((k, vals[k]))
        if ctx.get("cc"):
            hs.append(("Cc", ", ".join(addr(n, e, sub_cs, mode) for n, e in ctx["cc"])))
        if ctx.get("reply_to_addr"):
            hs.append(("Reply-To", ctx["reply_to_addr"]))
        if c in XMAILER and not ctx.get("no_xmailer"):
            hs.append(XMAILER[c])
        if c == "apple" or c == "ios":
            y = ctx["arrival"].year
            ios_b = {2016: "14B100", 2017: "15B202", 2018: "16C101", 2019: "17C54", 2020: "18C66", 2021: "19B74", 2022: "20C65",
                     2023: "21B101", 2024: "21G93", 2025: "22D82", 2026: "23B85"}.get(y, "21C66")
            mac_b = {2016: "3251", 2017: "3445.5.20", 2018: "3445.104.11", 2019: "3601.0.10", 2020: "3654.40.0.2.32",
                     2021: "3654.120.0.1.13", 2022: "3696.120.41.1.1", 2023: "3731.700.6", 2024: "3774.500.171.1.1",
                     2025: "3826.400.131.1.6", 2026: "3864.100.1"}.get(y, "3774.500.171.1.1")
            hs.append(("X-Mailer", f"iPhone Mail ({ios_b})" if c == "ios" else f"Apple Mail (2.{mac_b})"))
        if c == "proton":
            hs += [("X-Pm-Origin", "internal" if False else "external"), ("X-Pm-Content-Encryption", "end-to-end"),
                   ("X-Pm-Spamscore", "0")]
        if c == "mozilla":
            hs.append(("Content-Language", ctx.get("langtag", lang)))
    for h in ctx.get("extra_headers", []):
        hs.append(h)
    return hs, body
