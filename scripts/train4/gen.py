#!/usr/bin/env python3
"""Generate corpus/train4 (deterministic). Usage: python3 scripts/train4/gen.py"""
import html as _html
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import (CRLF, addr, b64blob, boundary, build_ics, enc_header, google_when, h, multipart, part)  # noqa: E402
import spam_specs  # noqa: E402
import ham_specs  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "corpus", "train4"))
RNG = random.Random(20261123)

T0 = datetime(2016, 1, 4, tzinfo=timezone.utc)
T1 = datetime(2026, 11, 20, tzinfo=timezone.utc)


def pick_arrival(spec):
    if spec.get("arrival"):
        y, mo, d, hh, mi = spec["arrival"]
        return datetime(y, mo, d, hh, mi, RNG.randrange(60), tzinfo=timezone.utc)
    span = int((T1 - T0).total_seconds())
    return T0 + timedelta(seconds=RNG.randrange(span))


GLOC = {
    "Invitation": ("Join with Google Meet", "When", "Calendar", "Who", "organiser", "Event details", "Invitation from Google Calendar", "en_GB",
                   "You are receiving this email because you are an attendee of the event. To stop receiving future updates for this event, decline this event."),
    "Einladung": ("Mit Google Meet teilnehmen", "Wann", "Kalender", "Teilnehmer", "Organisator", "Termindetails", "Einladung von Google Kalender", "de",
                  "Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Lehnen Sie diesen Termin ab, um keine weiteren Updates zu erhalten.",
                  "Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten, der Gästeliste hinzugefügt werden oder andere einladen. Weitere Informationen: https://support.google.com/calendar/answer/37135#forwarding"),
    "Invitación": ("Unirse con Google Meet", "Cuándo", "Calendario", "Quién", "organizador", "Detalles del evento", "Invitación de Google Calendar", "es",
                   "Has recibido este correo porque eres un invitado del evento. Para dejar de recibir actualizaciones, rechaza este evento.",
                   "Si reenvías esta invitación, cualquier destinatario podrá responder al organizador y ser añadido a la lista de invitados. Más información: https://support.google.com/calendar/answer/37135#forwarding"),
    "Invito": ("Partecipa con Google Meet", "Quando", "Calendario", "Partecipanti", "organizzatore", "Dettagli evento", "Invito da Google Calendar", "it",
               "Ricevi questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti, rifiuta l'evento.",
               "Se inoltri questo invito, i destinatari potranno rispondere all'organizzatore ed essere aggiunti all'elenco degli invitati. Scopri di più: https://support.google.com/calendar/answer/37135#forwarding"),
    "Uitnodiging": ("Deelnemen met Google Meet", "Wanneer", "Agenda", "Wie", "organisator", "Afspraakgegevens", "Uitnodiging van Google Agenda", "nl",
                    "Je ontvangt deze e-mail omdat je gast bent bij dit evenement. Wijs het evenement af om geen updates meer te ontvangen.",
                    "Als je deze uitnodiging doorstuurt, kan elke ontvanger reageren aan de organisator en aan de gastenlijst worden toegevoegd. Meer informatie: https://support.google.com/calendar/answer/37135#forwarding"),
    "Convite": ("Participar com o Google Meet", "Quando", "Agenda", "Quem", "organizador", "Detalhes do evento", "Convite do Google Agenda", "pt_BR",
                "Você está recebendo este e-mail porque é um convidado do evento. Para não receber mais atualizações, recuse o evento.",
                "Se você encaminhar este convite, qualquer destinatário poderá responder ao organizador e ser adicionado à lista de convidados. Saiba mais: https://support.google.com/calendar/answer/37135#forwarding"),
    "Davet": ("Google Meet ile katılın", "Ne zaman", "Takvim", "Katılımcılar", "düzenleyen", "Etkinlik ayrıntıları", "Google Takvim davetiyesi", "tr",
              "Bu e-postayı etkinliğin davetlisi olduğunuz için alıyorsunuz. Güncellemeleri almamak için etkinliği reddedin.",
              "Bu daveti iletirseniz alıcılar düzenleyene yanıt verebilir ve davetli listesine eklenebilir. Daha fazla bilgi: https://support.google.com/calendar/answer/37135#forwarding"),
}
GLOC["Cancelled event"] = GLOC["Invitation"]


def tb_ua(year, seed):
    v = {2016: "45.5.1", 2017: "52.4.0", 2018: "52.9.1", 2019: "60.9.1", 2020: "68.12.0", 2021: "78.14.0",
         2022: "91.13.0", 2023: "102.15.1", 2024: "115.10.1", 2025: "128.6.0", 2026: "140.3.0"}.get(year, "115.3.1")
    osv = random.Random(seed + "os").choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15", "Windows NT 10.0; Win64; x64"])
    if random.Random(seed + "ua").random() < 0.3:
        return "Mozilla Thunderbird"
    return f"Mozilla/5.0 ({osv}; rv:{v.split('.')[0]}.0) Gecko/20100101 Thunderbird/{v}"


def random_rp(seed, fa, plat):
    r = random.Random(seed + "rp")
    local = fa.split("@")[0]
    return r.choice([local, local, "bounce", "bounces+" + h(seed, 7, "0123456789") + "-" + h(seed, 4) + "=example.net",
                     "0102018" + h(seed, 20) + "-000000", "return-" + h(seed, 10), "mailer-daemon", "b." + h(seed, 12), "prvs=" + h(seed, 10) + "=" + local])


def auth_results(a, from_dom, seed):
    parts = []
    d = a.get("dkim", "pass")
    dd = a.get("dkim_d", from_dom)
    if d == "none":
        parts.append("dkim=none (message not signed)")
    elif d == "pass":
        parts.append(f"dkim=pass header.d={dd} header.s={a.get('sel', 'selector1')} header.b={b64blob(seed + 'hb', 8)}")
    else:
        parts.append(f"dkim={d} ({a.get('dkim_why', 'body hash did not verify')}) header.d={dd} header.s={a.get('sel', 'selector1')} header.b={b64blob(seed + 'hb', 8)}")
    s = a.get("spf", "pass")
    mf = a.get("mailfrom", from_dom)
    ip = a.get("ip", "192.0.2.1")
    if s == "pass":
        parts.append(f"spf=pass (mx.example.net: domain of {a.get('rp_local', 'bounce')}@{mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
    elif s == "none":
        parts.append(f"spf=none (mx.example.net: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={s} (mx.example.net: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    dm = a.get("dmarc", "pass")
    pol = a.get("policy", "NONE")
    if dm == "none":
        parts.append(f"dmarc=none header.from={from_dom}")
    else:
        parts.append(f"dmarc={dm} (p={pol} sp={pol} dis=NONE) header.from={from_dom}")
    if a.get("arc"):
        parts.insert(0, f"arc={a['arc']}")
    order = a.get("order")
    if order == "spf_first":
        parts = [parts[1], parts[0]] + parts[2:]
    return "Authentication-Results: mx.example.net;" + CRLF + CRLF.join("       " + p + (";" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


CUR_T = [0]


def dkim_sig(dom, sel, seed, hdrs="from:to:subject:date:message-id:mime-version:content-type"):
    b = b64blob(seed + "dkim", 172)
    bh = b64blob(seed + "bh", 43) + "="
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};",
             f"        s={sel}; t={CUR_T[0]}; x={CUR_T[0] + 604800}; h={hdrs};",
             f"        bh={bh};",
             f"        b={b[:60]}",
             f"         {b[60:120]}",
             f"         {b[120:]}"]
    return CRLF.join(lines)


def _linkify(s):
    import re as _re
    return _re.sub(r"(https?://[^\s<>]+?)(?=[)\s<]|&gt;|$)", lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def html_from_text(t, style="plain"):
    esc = _linkify(_html.escape(t, quote=False)).replace("\n", "<br>\n")
    if style == "google":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-family:Arial,Sans-serif;font-size:13px">' + esc + "</div></body></html>")
    if style == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Exchange Server">\n<!-- converted from text -->\n'
                '<style><!-- .EmailQuote { margin-left: 1pt; padding-left: 4pt; border-left: #800000 2px solid; } --></style>\n'
                '</head>\n<body>\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + '</p>\n</div>\n</body>\n</html>\n')
    if style in ("promo", "div"):
        import re as _re
        urls = _re.findall(r"https?://[^\s<>&]+", t)
        lines = _html.escape(t).split("\n")
        if style == "div":
            inner = "".join(f"<div>{l or '<br>'}</div>\n" for l in lines)
            return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
                    + inner + "</body></html>")
        out = []
        for l in lines:
            if urls and _html.escape(urls[0]) in l:
                l = l.replace(_html.escape(urls[0]), f'<a href="{_html.escape(urls[0])}" style="display:inline-block;padding:12px 28px;background:#0061fe;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">Open</a>')
            out.append(f'<tr><td style="padding:4px 24px;font-family:Arial,sans-serif;font-size:15px;color:#333">{l or "&nbsp;"}</td></tr>')
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>\n'
                '<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">\n'
                '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n' + "\n".join(out) +
                '\n</table></td></tr></table></body></html>')
    return "<html><body><p>" + esc + "</p></body></html>"


def html_from_text_cs(cs, body, style="plain"):
    out = html_from_text(body, style)
    if cs.lower() != "utf-8":
        out = out.replace("charset=utf-8", f"charset={cs}").replace('<meta charset="utf-8">', f'<meta charset="{cs}">')
    return out


def sender_hop(seed, helo, sent, off, fa):
    r = random.Random(seed + "hop")
    k = r.choice(["none", "postfix", "exim", "http", "postfix", "sendmail"])
    d = date_hdr(sent, off)
    if k == "postfix":
        return [f"Received: from localhost (localhost [127.0.0.1])" + CRLF + f"\tby {helo} (Postfix) with ESMTPA id {h(seed + 'pf', 10, 'ABCDEF0123456789')}" + CRLF + f"\tfor <undisclosed>; {d}"]
    if k == "exim":
        return [f"Received: from [10.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 250)}] (port={r.randrange(40000, 65000)} helo=[{helo}])" + CRLF +
                f"\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" + CRLF + f"\t(Exim {'4.89' if sent.year < 2019 else '4.92' if sent.year < 2021 else '4.94.2' if sent.year < 2023 else '4.96.2' if sent.year < 2025 else '4.98'})" + CRLF + f"\t(envelope-from <{fa}>)" + CRLF +
                f"\tid 1r{h(seed + 'ex', 4, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-00{h(seed, 4, '0123456789')}-{h(seed + 'ey', 2)}; {d}"]
    if k == "http":
        return [f"Received: from {helo} ({helo} [127.0.0.1]) by {helo} with HTTP; {d}"]
    if k == "sendmail":
        return [f"Received: (from www-data@localhost)" + CRLF + f"\tby {helo} (8.15.2/8.15.2/Submit) id {h(seed + 'sm', 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}; {d}"]
    return []


def date_hdr(dt, offset_min):
    tz = timezone(timedelta(minutes=offset_min))
    return format_datetime(dt.astimezone(tz))


def build(spec):
    seed = spec["path"]
    arrival = pick_arrival(spec)
    sent = arrival - timedelta(seconds=RNG.randrange(2, 95))
    CUR_T[0] = int(sent.timestamp())
    ics, start, end, uid = build_ics(spec, sent)
    plat = spec.get("plat", "spamkit")
    fn, fa = spec["from"]
    from_dom = fa.split("@")[1]
    to = spec["to"]
    to_name = spec.get("to_name", "")
    a = dict(spec.get("auth", {}))
    cs = spec.get("charset", "utf-8")
    method = spec.get("method", "REQUEST")
    subj = spec.get("subject") or spec["summary"]
    if plat == "google" and not spec.get("subject"):
        pre = spec.get("gprefix", "Invitation")
        subj = f"{pre}: {spec['summary']} @ {google_when(start, end, spec.get('tz', 'UTC'))} ({to})"
    off = spec.get("date_off", int(start.utcoffset().total_seconds() // 60) if start.utcoffset() is not None else 0)

    # ---- defaults per platform
    if plat == "google":
        a.setdefault("dkim_d", "google.com" if from_dom in ("gmail.com", "googlemail.com") else from_dom)
        a.setdefault("sel", "20161025" if arrival.year < 2021 else "20210112" if arrival.year < 2023 else "20230601")
        a.setdefault("mailfrom", "calendar-server.bounces.google.com")
        a.setdefault("rp_local", "3" + h(seed, 12, "abcdefghijklmnopqrstuvwxyz"))
        a.setdefault("ip", "209.85.220.73")
        a.setdefault("helo", "mail-sor-f73.google.com")
    if plat in ("o365", "outlookcom"):
        reg = RNG.choice(["EUR05-DB8", "EUR03-AM7", "EUR01-VE1", "NAM12-BN8", "NAM10-MW2", "NAM11-CO1", "APC01-SG2", "EUR02-VI1"])
        a.setdefault("helo", f"{reg}-obe.outbound.protection.outlook.com" if plat == "o365" else f"{reg}-obe.outbound.protection.outlook.com")
        a.setdefault("rp_local", fa.split("@")[0])
        a.setdefault("ip", "2001:db8:a04:%x::%x" % (RNG.randrange(1, 4000), RNG.randrange(1, 200)))
    elif plat in ("apple",) and "icloud" in a.get("mailfrom", ""):
        a.setdefault("helo", f"ms{RNG.randrange(10, 99)}p00im-qufv{RNG.randrange(10, 99)}.me.com")
        a.setdefault("rp_local", fa.split("@")[0])
    elif "rp_local" not in a:
        a["rp_local"] = random_rp(seed, fa, plat)
    rp = spec.get("return_path") or f"{a.get('rp_local', 'bounce')}@{a.get('mailfrom', from_dom)}"
    ip = a.get("ip", "192.0.2.%d" % (RNG.randrange(2, 250)))
    a["ip"] = ip
    esp = a.get("dkim_d", "") + " " + a.get("mailfrom", "")
    r2 = random.Random(seed + "helo")
    if "sendgrid" in esp:
        a.setdefault("helo", f"o{r2.randrange(1, 20)}.ptr{r2.randrange(1000, 9999)}.sendgrid.net")
    elif "amazonses" in esp:
        a.setdefault("helo", f"a{r2.randrange(8, 48)}-{r2.randrange(10, 250)}.smtp-out.amazonses.com")
    elif "mcdlv" in esp or "mailchimp" in esp:
        a.setdefault("helo", f"mail{r2.randrange(10, 250)}.suw{r2.randrange(10, 20)}.mcdlv.net")
    elif "zoom.us" in esp or "webex" in esp or "eventbrite" in esp or "gotowebinar" in esp or "calendly" in esp or "doctolib" in esp:
        a.setdefault("helo", f"{r2.choice(['o', 'mta', 'out'])}{r2.randrange(1, 30)}.{a.get('mailfrom', from_dom)}")
    helo = spec.get("helo") or a.get("helo") or r2.choice([f"mail.{a.get('mailfrom', from_dom)}", f"smtp.{a.get('mailfrom', from_dom)}",
                                                          f"mx{r2.randrange(1, 4)}.{a.get('mailfrom', from_dom)}", f"vps{r2.randrange(1000, 99999)}.hosting-provider.example",
                                                          f"{a.get('mailfrom', from_dom)}", f"out-{r2.randrange(1, 40)}.{a.get('mailfrom', from_dom)}"])
    mx_id = h(seed + "mx", 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    if "sel" not in a:
        dd = a.get("dkim_d", from_dom)
        if plat in ("o365", "outlookcom") or dd in ("outlook.com", "hotmail.com", "outlook.jp"):
            a["sel"] = "selector1" if plat == "o365" else "selector1"
        elif "icloud" in dd:
            a["sel"] = "1a1hai"
        elif "sendgrid" in dd:
            a["sel"] = "smtpapi"
        elif "amazonses" in dd:
            a["sel"] = h(seed, 32, "abcdefghijklmnopqrstuvwxyz234567")
        elif "yahoo" in dd:
            a["sel"] = "s2048"
        else:
            a["sel"] = random.Random(seed + "sel").choice(["s1", "k1", "default", "mail", "dkim", "sel1", "202301", "x", "mx", "google", "s2"])
    trace = [f"Return-Path: <{rp}>", f"Delivered-To: {to}", auth_results(a, spec.get("auth_from_dom", from_dom), seed)]
    tls = spec.get("tls", "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))")
    if not tls:
        rcv_with = "ESMTP"
    else:
        rcv_with = "ESMTPS"
    trace.append(f"Received: from {helo} ({helo} [{ip}])" + CRLF +
                 f"        by mx.example.net (Postfix) with {rcv_with} id {mx_id}" + CRLF +
                 (f"        {tls}" + CRLF if tls else "") +
                 f"        for <{to}>; {format_datetime(arrival)}")

    hdr = []
    body = spec.get("body")
    desc = spec.get("desc", "")
    html_body = spec.get("html")
    parts = []
    ctype = None
    payload = None

    ics_cte = spec.get("ics_cte")
    b = boundary({"google": "google", "o365": "outlook", "exchange": "exchange", "outlookcom": "outlook",
                  "apple": "apple", "thunderbird": "thunderbird", "nextcloud": "sabre", "java": "java",
                  "php": "php", "dotnet": "dotnet"}.get(plat, spec.get("bstyle", "other")), seed)
    msgid = spec.get("msgid")

    if plat == "google":
        if body is None:
            lines = []
            if desc:
                lines.append(desc)
                lines.append("")
            G = GLOC.get(spec.get("gprefix", "Invitation"), GLOC["Invitation"])
            lines.append(f"{G[0]}: {spec['meet']}" if spec.get("meet") else "")
            lines += ["", f"{G[1]}: {google_when(start, end, spec.get('tz', 'UTC'))}", "",
                      f"{G[2]}: {to}", f"{G[3]}:", f"     * {fa} - {G[4]}"]
            for an, am in (spec.get("attendees") or [(to_name, to)])[:12]:
                lines.append(f"     * {am}")
            eid = b64blob(seed + "eid", 54).replace("+", "").replace("/", "")
            lines += ["", f"{G[5]}: https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={b64blob(seed+'tok',40).replace('/', '').replace('+', '')}&ctz={spec.get('tz', 'UTC').replace('/', '%2F')}&hl={G[7]}&es=0", "",
                      f"{G[6]}: https://calendar.google.com/calendar/", "",
                      G[8],
                      "", G[9] if len(G) > 9 else "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
            body = "\n".join(lines)
        alt, alt_ct = multipart("alternative", [
            part("text/plain", body, "UTF-8", "base64" if not body.isascii() or RNG.random() < 0.5 else "quoted-printable"),
            part("text/html", html_body or html_from_text_cs(cs, body, "google"), "UTF-8", "quoted-printable"),
            part("text/calendar", ics, "UTF-8", "7bit" if ics.isascii() and RNG.random() < 0.5 else "base64", method=method),
        ], "000000000000" + h(seed + "a", 12))
        payload, ctype = multipart("mixed", [
            f"Content-Type: {alt_ct}" + CRLF + CRLF + alt,
            part("application/ics", None, None, "base64", name="invite.ics", disp='attachment; filename="invite.ics"', raw_bytes=ics.encode()),
        ], b)
        msgid = msgid or f"<{h(seed, 28, '0123456789abcdef')}@google.com>"
        gm = h(seed + "gm", 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        hdr += [f"Received: by mail-sor-f73.google.com with SMTP id {h(seed, 20, 'abcdefghijklmnop0123456789')}.{RNG.randrange(10, 99)}" + CRLF +
                f"        for <{to}>; {format_datetime(sent)}",
                dkim_sig("google.com", a["sel"], seed, "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type"),
                f"X-Google-Smtp-Source: {b64blob(seed + 'gs', 60)}",
                f"X-Received: by 2002:a05:6214:{h(seed, 4)}:b0:{h(seed + 'r', 3)}:{h(seed + 's', 4)} with SMTP id {h(seed + 'rid', 10, 'abcdefghijklmnopqrstuvwxyz')}.{RNG.randrange(10,99)}.{format_datetime(sent)}",
                "MIME-Version: 1.0",
                f"Reply-To: {fa}",
                f"Sender: {spec.get('g_sender', 'Google Calendar')} <calendar-notification@google.com>",
                "Auto-Submitted: auto-generated",
                f"Message-ID: {msgid}",
                f"Date: {format_datetime(sent)}",
                f"Subject: {enc_header(subj)}",
                f"From: {addr(fn, fa)}",
                f"To: {to}",
                f"Content-Type: {ctype}"]
    elif plat in ("o365", "exchange", "outlookcom"):
        if body is None:
            body = desc
        tenant = a.get("dkim_d", from_dom)
        pr = h(seed, 2, "0123456789ABCDEF")
        srv = f"{RNG.choice(['DB9', 'AM6', 'VI1', 'PA4', 'AS8', 'DU2', 'BN8', 'CH2', 'SN6', 'MW4'])}PR{RNG.randrange(1,10)}{RNG.choice(['MB','01MB'])}{RNG.randrange(1000, 9999)}"
        texts = [part("text/plain", body, cs, spec.get("cte", "quoted-printable"))]
        if not spec.get("no_html"):
            texts.append(part("text/html", html_body or html_from_text_cs(cs, body, "outlook"), cs, spec.get("cte", "quoted-printable")))
        texts.append(part("text/calendar", ics, "utf-8", ics_cte or "base64", method=method))
        payload, ctype = multipart("alternative", texts, b)
        if spec.get("attach"):
            an, adata, actype = spec["attach"]
            payload, ctype = multipart("mixed", [f"Content-Type: {ctype}" + CRLF + CRLF + payload,
                                                 part(actype, None, None, "base64", name=an, disp=f'attachment; filename="{an}"', raw_bytes=adata)], "_004_" + b[5:])
        msgid = msgid or f"<{srv}{h(seed, 12).upper()}@{srv}.eurprd0{RNG.randrange(1,9)}.prod.outlook.com>"
        if plat == "exchange":
            msgid = spec.get("msgid") or f"<{h(seed, 32)}@{spec.get('exch_host', 'EXCH01.' + from_dom)}>"
        ti = b64blob(seed + "ti", 44)
        if plat != "exchange":
            hdr += [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;" + CRLF + f" b={b64blob(seed + 'arcs', 70)}",
                    f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF + f" s=arcselector9901; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;" + CRLF + f" bh={b64blob(seed + 'abh', 43)}=;" + CRLF + f" b={b64blob(seed + 'amb', 70)}",
                    f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass" + CRLF + f" smtp.mailfrom={a.get('mailfrom', from_dom)}; dmarc=pass action=none" + CRLF + f" header.from={from_dom}; dkim={'pass' if a.get('dkim', 'pass') == 'pass' else 'none (message not signed)'}" + (f" header.d={tenant}" if a.get('dkim', 'pass') == 'pass' else "") + "; arc=none"]
            if a.get("dkim", "pass") != "none":
                hdr.append(dkim_sig(tenant, a.get("sel", "selector1"), seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
            hdr.append(f"Received: from {srv}.eurprd0{pr[0]}.prod.outlook.com (2603:10a6:10:{h(seed,3)}::{h(seed+'v6',2)})" + CRLF +
                       f" by {srv}.eurprd0{pr[0]}.prod.outlook.com ({'2603:10a6:10:' + h(seed,3) + '::' + h(seed+'w',2)}) with" + CRLF +
                       f" Microsoft SMTP Server (version=TLS1_2," + CRLF +
                       f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RNG.randrange(6000, 8900)}.{RNG.randrange(10, 40)}; {format_datetime(sent)}")
        else:
            hdr.append(f"Received: from {spec.get('exch_host', 'EXCH01.' + from_dom)} (10.{RNG.randrange(1,250)}.{RNG.randrange(1,250)}.{RNG.randrange(2,250)}) by" + CRLF +
                       f" {spec.get('exch_edge', 'EDGE01.' + from_dom)} (10.0.{RNG.randrange(1,9)}.{RNG.randrange(2,250)}) with Microsoft SMTP Server" + CRLF +
                       f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id" + CRLF +
                       f" 15.1.{RNG.randrange(1500, 2600)}.{RNG.randrange(3, 40)}; {format_datetime(sent, usegmt=False)}")
        tl = [f"From: {addr(fn, fa, cs)}",
              f"To: {addr(to_name, to, cs)}" + ("".join(f"," + CRLF + f"\t{addr(an, am, cs)}" for an, am in (spec.get('attendees') or [])[1:8]) if spec.get("attendees") else ""),
              f"Subject: {enc_header(subj, cs)}",
              f"Thread-Topic: {enc_header(spec['summary'], cs)}",
              f"Thread-Index: {ti}",
              f"Date: {date_hdr(sent, off)}",
              f"Message-ID: {msgid}",
              "Accept-Language: " + spec.get("lang_tag", "en-US") + ", en-US",
              "Content-Language: " + spec.get("lang_tag", "en-US"),
              "X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""),
              "X-MS-TNEF-Correlator: "]
        if plat == "exchange":
            tl += ["X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthMechanism: 04",
                   f"x-originating-ip: [10.{RNG.randrange(1,250)}.{RNG.randrange(1,250)}.{RNG.randrange(2,250)}]"]
        else:
            tl += ["x-ms-publictraffictype: Email", f"x-ms-traffictypediagnostic: {srv}:EE_|{srv.replace('PR', 'P')}:EE_MeetingMessage",
                   f"x-ms-office365-filtering-correlation-id: {h(seed+'c',8)}-{h(seed+'d',4)}-{h(seed+'e',4)}-{h(seed+'f',4)}-{h(seed+'g',12)}"]
        tl += [f"Content-Type: {ctype}", "MIME-Version: 1.0"]
        if spec.get("importance"):
            tl.insert(3, "Importance: high")
            tl.insert(4, "X-Priority: 1")
        hdr += tl
    elif plat == "apple":
        if body is None:
            body = desc
        ps = []
        if body:
            ps.append(part("text/plain", body, cs, spec.get("cte", "7bit" if body.isascii() else "quoted-printable")))
        nm = spec.get("ics_name", "iCal-" + h(seed, 8, "0123456789") + "-" + h(seed + "i", 6, "0123456789") + ".ics")
        ps.append(part("text/calendar", ics, "utf-8", ics_cte or "quoted-printable" if not ics.isascii() else ics_cte or "7bit", method=method, name=nm,
                       disp=f'attachment; filename="{nm}"'))
        payload, ctype = multipart("mixed", ps, b)
        msgid = msgid or f"<{h(seed, 8).upper()}-{h(seed+'2', 4).upper()}-{h(seed+'3', 4).upper()}-{h(seed+'4', 4).upper()}-{h(seed+'5', 12).upper()}@{from_dom}>"
        if "icloud" in from_dom or "me.com" in from_dom or "mac.com" in from_dom:
            hdr.append(f"Received: from smtpclient.apple (unknown [{spec.get('client_ip', '198.51.100.' + str(RNG.randrange(2,250)))}])" + CRLF +
                       f"\tby p00-icloudmta-asmtp-us-west-{RNG.randrange(1,3)}a-20-percent-{RNG.randrange(1,9)} (Postfix) with ESMTPSA id {mx_id[:10]}" + CRLF + f"\tfor <{to}>; {format_datetime(sent)}")
        else:
            hdr.append(f"Received: from smtpclient.apple ({helo} [{ip}])" + CRLF +
                       f"\tby {helo} with ESMTPSA id {mx_id[:10]}" + CRLF + f"\tfor <{to}>; {date_hdr(sent, off)}")
        if a.get("dkim", "pass") == "pass":
            hdr.append(dkim_sig(a.get("dkim_d", from_dom), a.get("sel", "1a1hai" if "icloud" in a.get("dkim_d", "") else "default"), seed, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From"))
        hdr += [f"Content-Type: {ctype}", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3731.700.6\\))" if RNG.random() < 0.6 else "Mime-Version: 1.0 (1.0)",
                f"Subject: {enc_header(subj, cs)}", f"From: {addr(fn, fa, cs)}", f"Date: {date_hdr(sent, off)}",
                f"Message-Id: {msgid}", f"To: {addr(to_name, to, cs)}",
                "X-Mailer: " + spec.get("xmailer", RNG.choice(["Apple Mail (2.3731.700.6)", "iPhone Mail (21B101)", "iPad Mail (20G75)"]))]
    elif plat == "thunderbird":
        if body is None:
            body = desc
        alt, alt_ct = multipart("alternative", [part("text/plain", body, cs, spec.get("cte", "8bit" if not body.isascii() else "7bit")),
                                                part("text/calendar", ics, "UTF-8", ics_cte or ("8bit" if not ics.isascii() else "7bit"), method=method)],
                                "------------" + h(seed + "alt", 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        payload, ctype = multipart("mixed", [f"Content-Type: {alt_ct}" + CRLF + CRLF + alt,
                                             part("application/ics", None, None, "base64", name="invite.ics", disp='attachment; filename="invite.ics"', raw_bytes=ics.encode())],
                                   b, preamble="This is a multi-part message in MIME format.")
        msgid = msgid or f"<{h(seed, 8)}-{h(seed+'1', 4)}-{h(seed+'2', 4)}-{h(seed+'3', 4)}-{h(seed+'4', 12)}@{from_dom}>"
        hdr.append(f"Received: from [192.168.{RNG.randrange(0,3)}.{RNG.randrange(2,250)}] (p{h(seed,8)}.dip0.t-ipconnect.example [203.0.113.{RNG.randrange(2,250)}])" + CRLF +
                   f"\t(Authenticated sender: {fa})" + CRLF + f"\tby {helo} (Postfix) with ESMTPSA id {h(seed+'q', 10, 'ABCDEF0123456789')}" + CRLF + f"\tfor <{to}>; {date_hdr(sent, off)}")
        if a.get("dkim", "pass") not in ("none",):
            hdr.append(dkim_sig(a.get("dkim_d", from_dom), a.get("sel", "mail"), seed))
        hdr += [f"Message-ID: {msgid}", f"Date: {date_hdr(sent, off)}", "MIME-Version: 1.0",
                "User-Agent: " + spec.get("ua", tb_ua(arrival.year, seed)), f"Content-Language: {spec.get('lang_tag', 'en-US')}",
                f"To: {addr(to_name, to, cs)}", f"From: {addr(fn, fa, cs)}", f"Subject: {enc_header(subj, cs)}",
                f"Content-Type: {ctype}"]
    elif plat == "nextcloud":
        if body is None:
            body = desc
        payload, ctype = multipart("alternative", [part("text/plain", body, "utf-8", "quoted-printable"),
                                                   part("text/html", html_body or html_from_text_cs(cs, body), "utf-8", "quoted-printable"),
                                                   part("text/calendar", ics, "utf-8", ics_cte or "quoted-printable", method=method)], b)
        msgid = msgid or f"<{h(seed, 32)}@{from_dom}>"
        if a.get("dkim", "pass") == "pass":
            hdr.append(dkim_sig(a.get("dkim_d", from_dom), a.get("sel", "default"), seed))
        hdr += [f"Received: from cloud.{from_dom} (localhost [127.0.0.1])" + CRLF + f"\tby {helo} (Postfix) with ESMTP id {h(seed+'n', 10, 'ABCDEF0123456789')}" + CRLF + f"\tfor <{to}>; {date_hdr(sent, off)}",
                f"Message-ID: {msgid}", f"Date: {date_hdr(sent, off)}", f"Subject: {enc_header(subj)}",
                f"From: {addr(fn + ' via ' + spec.get('nc_name', 'Nextcloud'), spec.get('nc_sender', 'nextcloud@' + from_dom))}",
                f"Reply-To: {addr(fn, fa)}", f"To: {addr(to_name, to)}", "MIME-Version: 1.0", f"Content-Type: {ctype}"]
    elif plat == "icsonly":
        cte = ics_cte or "7bit"
        ctype = f"text/calendar; method={method}; charset=\"{spec.get('ics_charset', 'UTF-8')}\""
        if spec.get("ics_ctype"):
            ctype = spec["ics_ctype"]
        data = ics.encode(spec.get("ics_charset", "utf-8"), "replace")
        if cte not in ("base64", "quoted-printable") and not data.isascii() and spec.get("ics_charset"):
            cte = "8bit"
            ctype_cte_fix = True
        if cte == "base64":
            from engine import b64lines
            payload = b64lines(data) + CRLF
        elif cte == "quoted-printable":
            from engine import qp
            payload = qp(data)
        else:
            payload = data.decode(spec.get("ics_charset", "utf-8"))
        msgid = msgid or f"<{h(seed, 24)}@{spec.get('msgid_host', from_dom)}>"
        hdr += spec.get("pre_headers") or sender_hop(seed, helo, sent, off, fa)
        if a.get("dkim", "pass") == "pass" and not spec.get("no_sig_hdr"):
            hdr.append(dkim_sig(a.get("dkim_d", from_dom), a.get("sel", "s1"), seed))
        hl = [f"From: {addr(fn, fa, cs)}", f"To: {addr(to_name, to)}", f"Subject: {enc_header(subj)}",
              f"Date: {date_hdr(sent, off)}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
              f"Content-Type: {ctype}"]
        if spec.get("ics_disp"):
            hl.append(f"Content-Disposition: {spec['ics_disp']}")
        hl.append(f"Content-Transfer-Encoding: {cte}")
        hl += spec.get("extra_headers", [])
        if spec.get("hdr_shuffle"):
            random.Random(seed).shuffle(hl)
        hdr += hl
    else:
        # ESP / app / spam kits: html (+text) and the .ics as attachment or inline alternative
        bs = {"java": "java", "php": "php", "dotnet": "dotnet"}.get(spec.get("bstyle", plat), "other")
        b = boundary(bs, seed)
        if body is None:
            body = desc
        structure = spec.get("structure", "mixed_html_att")
        hstyle = spec.get("hstyle") or random.Random(seed + "hs").choice(["plain", "promo", "div", "promo"])
        nm = spec.get("ics_name", "invite.ics")
        ics_ct = spec.get("att_ctype", "text/calendar")
        att = part(ics_ct, ics if ics_ct.startswith("text/") else None, "utf-8" if ics_ct.startswith("text/") else None, ics_cte or "base64",
                   method=method if ics_ct.startswith("text/calendar") and spec.get("att_method", True) else None, name=nm,
                   disp=f'attachment; filename="{nm}"' if not spec.get("inline_att") else f'inline; filename="{nm}"',
                   raw_bytes=None if ics_ct.startswith("text/") else ics.encode())
        tcte = spec.get("cte", "quoted-printable")
        if structure == "mixed_html_att":
            ps = [part("text/html", html_body or html_from_text_cs(cs, body, hstyle), cs, tcte), att]
            payload, ctype = multipart("mixed", ps, b)
        elif structure == "mixed_alt_att":
            alt, alt_ct = multipart("alternative", [part("text/plain", body, cs, tcte), part("text/html", html_body or html_from_text_cs(cs, body, hstyle), cs, tcte)], boundary(bs, seed + "alt"))
            payload, ctype = multipart("mixed", [f"Content-Type: {alt_ct}" + CRLF + CRLF + alt, att], b)
        elif structure == "alt_cal":
            ps = []
            if body:
                ps.append(part("text/plain", body, cs, tcte))
            if html_body or spec.get("auto_html", True):
                ps.append(part("text/html", html_body or html_from_text_cs(cs, body, hstyle), cs, tcte))
            ps.append(part("text/calendar", ics, "utf-8", ics_cte or "7bit", method=method))
            payload, ctype = multipart("alternative", ps, b)
        elif structure == "mixed_text_att":
            payload, ctype = multipart("mixed", [part("text/plain", body, cs, tcte), att], b)
        elif structure == "mixed_att_only":
            payload, ctype = multipart("mixed", [att], b)
        msgid = msgid or f"<{h(seed, 20)}.{h(seed+'t', 10, '0123456789')}@{spec.get('msgid_host', from_dom)}>"
        hdr += spec.get("pre_headers") or sender_hop(seed, helo, sent, off, fa)
        if a.get("dkim", "pass") == "pass" and not spec.get("no_sig_hdr"):
            for dd in ([a.get("dkim_d", from_dom)] + a.get("extra_dkim", [])):
                hdr.append(dkim_sig(dd, a.get("sel", "s1"), seed + dd))
        hl = [f"From: {addr(fn, fa, cs)}", f"To: {addr(to_name, to, cs)}", f"Subject: {enc_header(subj, cs, q=spec.get('qsubj', False))}",
              f"Date: {date_hdr(sent, off)}", f"Message-ID: {msgid}", "MIME-Version: 1.0", f"Content-Type: {ctype}"]
        if spec.get("reply_to"):
            hl.insert(1, f"Reply-To: {spec['reply_to']}")
        if spec.get("xmailer"):
            hl.append(f"X-Mailer: {spec['xmailer']}")
        elif bs == "php" and random.Random(seed + "xm").random() < 0.7:
            hl.append("X-Mailer: " + random.Random(seed + "xv").choice(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)", "PHP/7.4.33"]))
        hl += spec.get("extra_headers", [])
        if spec.get("hdr_shuffle"):
            random.Random(seed).shuffle(hl)
        hdr += hl

    if spec.get("wrap_forward"):
        # forwarded inline: the original becomes message/rfc822
        fw = spec["wrap_forward"]
        inner = CRLF.join(hdr) + CRLF + CRLF + payload
        if fw.get("inner_to"):
            inner = inner.replace(f"To: {to}", f"To: {fw['inner_to']}", 1).replace(f"To: {addr(to_name, to)}", f"To: {fw['inner_to']}", 1)
        ob = boundary("thunderbird", seed + "fw")
        outer, octype = multipart("mixed", [part("text/plain", fw["note"], "utf-8", "8bit" if not fw["note"].isascii() else "7bit"),
                                            "Content-Type: message/rfc822" + CRLF + "Content-Disposition: attachment" + CRLF + CRLF + inner], ob)
        hdr = [f"Received: from [10.1.{RNG.randrange(1,9)}.{RNG.randrange(2,250)}] by {helo} with ESMTPSA; {format_datetime(arrival - timedelta(seconds=3))}",
               f"From: {addr(*fw['from'])}", f"To: {addr(to_name, to)}", f"Subject: {enc_header(fw['subject'])}",
               f"Date: {date_hdr(arrival - timedelta(seconds=4), off)}", f"Message-ID: <{h(seed + 'fwd', 24)}@{fw['from'][1].split('@')[1]}>",
               "MIME-Version: 1.0", "User-Agent: " + fw.get("ua", "Mozilla Thunderbird"), f"Content-Type: {octype}"]
        payload = outer

    lines = trace + spec.get("list_headers", []) + hdr
    msg = CRLF.join(lines) + CRLF + CRLF + payload
    if not msg.endswith(CRLF):
        msg += CRLF
    # normalise stray LF to CRLF
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("utf-8")


def main():
    specs = spam_specs.specs() + ham_specs.specs()
    counters = {}
    rows = []
    for s in specs:
        key = (s["label"], s["cat"])
        counters[key] = counters.get(key, 0) + 1
        s["path"] = f"{s['label']}/{s['cat']}/{counters[key]:03d}.eml"
    for s in specs:
        data = build(s)
        p = os.path.join(ROOT, s["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        rows.append(f"{s['path']}\t{s['label']}\t{s['cat']}\t")
    with open(os.path.join(ROOT, "labels.tsv"), "w", newline="") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} messages to {ROOT}")


if __name__ == "__main__":
    main()
