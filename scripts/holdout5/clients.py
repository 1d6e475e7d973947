# SPDX-License-Identifier: CC0-1.0
# holdout5: message layouts of real calendar clients and sending platforms.
import datetime as dt
import html as htmlmod
import re

from core import (Part, Multi, text_part, encode_body, hdr_text, hdr_addr, rfc2822, render_headers, render_body,
                  hexid, alnum, uuid4, b64id, b64url, UTC, tzinfo, is_ascii, crlf, b64_encode, qp_encode)
from ical import render_ical, PRODIDS
from i18n import ui, when_text, LANG, FW, WINTZ, day_text, hm
import trace as tracemod


class M:
    """One message being built. Attributes are filled in by the category code."""

    def __init__(self, **kw):
        self.__dict__.update(dict(
            html=None, cc=[], extra_headers=[], bad=set(), dmarc_p="none", dkim_domain=None, dkim_extra=None,
            host_domain=None, host_name=None, esp=None, list_addr=None, list_orig_host=None, list_sel=None,
            hmode="B", raw8=False, hcs="utf-8", cs="utf-8", cte="quoted-printable", subject=None, prefix=None,
            reply_to=None, sender_hdr=None, x_mailer=None, teams=False, meet=False, zoomlink=None, fwd_note=None,
            inner_client=None, att_name=None, att_type=None, polished=False, footer=None, list_name=None,
            show_when=True, ics_text_override=None, cal_cte=None, keep_lf=False, content_lang=None, body_only_ics=False,
            ct_method=None, org_override=None, layout=None, wrap=None, fwd_subject=None, fwd_from=None, fwd_ua=None,
        ))
        self.__dict__.update(kw)

    # header helpers
    def subj(self, s):
        return hdr_text(s, self.hcs, self.hmode, self.raw8)

    def addr(self, name, a):
        return hdr_addr(name, a, self.hcs, self.hmode, self.raw8)

    def from_h(self):
        return self.addr(self.from_name, self.from_addr)

    def to_h(self):
        return ", ".join(self.addr(n, a) for n, a in self.to)

    def cc_h(self):
        return ", ".join(self.addr(n, a) for n, a in self.cc) if self.cc else None

    def date_h(self):
        return rfc2822(self.sent.astimezone(tzinfo(self.sender_tz)))

    def ical(self, style):
        return render_ical(self.ev, style)


# ------------------------------------------------------------------ helpers
URL_RE = re.compile(r"(https?://[^\s<>\"']+)")


def html_from_text(text, lang="en", style=None):
    esc = htmlmod.escape(text, quote=False)
    esc = URL_RE.sub(lambda mm: '<a href="%s">%s</a>' % (mm.group(1), mm.group(1)), esc)
    esc = esc.replace("\n", "<br>\n")
    d = ' dir="rtl"' if lang in ("ar", "he") else ""
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word"%s>\n<div class="WordSection1">\n<p class="MsoNormal">%s</p>\n</div>\n</body>\n</html>\n'
                % (LANG.get(lang, LANG["en"])["tag"], d, esc))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body%s><div>%s</div></body></html>\n' % (d, esc)


def button_html(m, text, link, button):
    """A 'polished' HTML body with a call-to-action button."""
    d = ' dir="rtl"' if m.lang in ("ar", "he") else ""
    paras = "".join('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#1f1f1f">%s</p>\n' % htmlmod.escape(p).replace("\n", "<br>")
                    for p in text.split("\n\n") if p.strip())
    color = m.rng.choice(["#0067b8", "#0070ba", "#1a73e8", "#d93025", "#4b53bc", "#ffcc00", "#111111", "#2e7d32"])
    return ('<!DOCTYPE html>\n<html%s><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\n<title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3;font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
            '<tr><td style="padding:28px 32px">\n%s'
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:%s;border-radius:4px">'
            '<a href="%s" style="display:inline-block;padding:12px 26px;color:#ffffff;text-decoration:none;font-weight:600">%s</a></td></tr></table>\n'
            '</td></tr></table>\n</td></tr></table>\n</body></html>\n') % (d, htmlmod.escape(m.ev.get("summary", "")), paras, color, htmlmod.escape(link, quote=True), htmlmod.escape(button))


def tzlabel(m):
    ev = m.ev
    try:
        return tzinfo(ev["tz"]).tzname(ev["start"]) or ev["tz"]
    except Exception:
        return ev["tz"]


def when_line(m):
    ev = m.ev
    if ev.get("tzmode") == "date":
        return day_text(m.lang, ev["start"])
    return when_text(m.lang, ev["start"], ev.get("end"), tzlabel(m))


def gcal_subject(m, kind="inv"):
    ev = m.ev
    d = ev["start"]
    if m.lang == "en":
        when = "%s %s %d, %d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, hm(d, "en"))
        if ev.get("end") is not None:
            when += " - " + hm(ev["end"], "en")
    else:
        when = day_text(m.lang, d) + " " + hm(d, m.lang)
        if ev.get("end") is not None:
            when += " - " + hm(ev["end"], m.lang)
    if ev.get("tzmode") == "date":
        when = day_text(m.lang, d) if m.lang != "en" else "%s %s %d, %d" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year)
    else:
        when += " (%s)" % tzlabel(m)
    return "%s: %s @ %s (%s)" % (ui(m.lang, kind), ev.get("summary", ""), when, m.rcpt_addr)


def people_lines(m):
    out = []
    org = m.ev.get("organizer")
    if org:
        out.append("%s - %s" % (org.get("cn") or org["email"], {"en": "organizer", "de": "Organisator", "fr": "organisateur",
                                                                   "es": "organizador", "it": "organizzatore", "nl": "organisator",
                                                                   "pt": "organizador", "ja": "主催者", "zh": "组织者", "ko": "주최자"}.get(m.lang, "organizer")))
    for a in m.ev.get("attendees", [])[:12]:
        if org and a["email"] == org["email"]:
            continue
        out.append(a.get("cn") or a["email"])
    extra = len(m.ev.get("attendees", [])) - 12
    if extra > 0:
        out.append("+%d" % extra)
    return out


def eid(m):
    return b64url(m.rng, 48)


# ------------------------------------------------------------------ layouts
def cal_part(m, style, cte="7bit", name=None, method_param=True, disp=None, charset="UTF-8", ctype="text/calendar"):
    ics = m.ics_text_override if m.ics_text_override is not None else m.ical(style)
    meth = m.ct_method or m.ev.get("method", "REQUEST")
    params = ""
    if charset:
        params += '; charset="%s"' % charset if style in ("google", "outlook", "generic") else "; charset=%s" % charset
    if method_param and meth:
        params += "; method=%s" % meth
    if name:
        params += '; name="%s"' % name
    bad = m.ev.get("bad", set())
    if "lf" in bad:
        cte = "base64"
    data = ics.encode("utf-8")
    if "8bit_ascii" in bad and ctype == "text/calendar":
        params = params.replace('charset="UTF-8"', 'charset="us-ascii"').replace("charset=UTF-8", "charset=us-ascii").replace('charset="utf-8"', 'charset="us-ascii"').replace("charset=utf-8", "charset=us-ascii")
        if "charset" not in params:
            params = "; charset=us-ascii" + params
        cte = "7bit"
        body = data
        h = [("Content-Type", ctype + params), ("Content-Transfer-Encoding", cte)]
        if disp:
            h.append(("Content-Disposition", disp))
        return Part(h, body)
    if cte == "base64":
        body = b64_encode(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        if cte == "7bit" and any(b > 127 for b in data):
            cte = "8bit"
        body = data
    h = [("Content-Type", ctype + params), ("Content-Transfer-Encoding", cte)]
    if disp:
        h.append(("Content-Disposition", disp))
    return Part(h, body)


def ics_attachment(m, style, name="invite.ics", ctype="application/ics", cte="base64"):
    p = cal_part(m, style, cte=cte, name=name, method_param=False, charset=None, ctype=ctype,
                 disp='attachment; filename="%s"' % name)
    return p


def g_boundary(m):
    return "0000000000" + hexid(m.rng, 18)


def ol_boundary(m, mid, n=0):
    clean = re.sub(r"[^A-Za-z0-9]", "", mid)
    return "_%03d_%s_" % (n, clean[:80])


def tb_boundary(m):
    return "------------" + alnum(m.rng, 24)


# ------------------------------------------------------------------ Google Calendar
def c_gcal(m):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["google"])
    ev.setdefault("uid", "%s@google.com" % alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789"))
    kind = {"REQUEST": "upd" if ev.get("sequence", 0) > 0 else "inv", "CANCEL": "canc", "PUBLISH": "inv"}.get(ev.get("method"), "inv")
    subject = m.subject or gcal_subject(m, kind)
    e = eid(m)
    L = []
    if m.text:
        L += [m.text, ""]
    if m.meet:
        code = "%s-%s-%s" % (alnum(rng, 3, "abcdefghijkmnopqrstuvwxyz"), alnum(rng, 4, "abcdefghijkmnopqrstuvwxyz"), alnum(rng, 3, "abcdefghijkmnopqrstuvwxyz"))
        L += [ui(m.lang, "join"), "https://meet.google.com/" + code, ""]
        ev.setdefault("x_lines", []).append("X-GOOGLE-CONFERENCE:https://meet.google.com/" + code)
    L += [ui(m.lang, "when"), when_line(m), ""]
    if ev.get("location"):
        L += [ui(m.lang, "where"), ev["location"], ""]
    L += [ui(m.lang, "guests")] + people_lines(m) + [
        "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (e, b64url(rng, 30), ev["tz"].replace("/", "%2F"), m.lang), "",
        "%s %s" % (ui(m.lang, "reply"), m.rcpt_addr), "",
        "~~//~~", ui(m.lang, "gfoot"), "https://calendar.google.com/calendar/", "", ui(m.lang, "gfoot2"), ""]
    plain = "\n".join(L)
    html = m.html or html_from_text(plain, m.lang)
    alt = Multi("alternative", [
        text_part(plain, "plain", "UTF-8", "base64", extra_ct="; format=flowed; delsp=yes"),
        text_part(html, "html", "UTF-8", rng.choice(["quoted-printable", "base64"])),
        cal_part(m, "google", cte=m.cal_cte or ("7bit" if rng.random() < 0.6 else "base64")),
    ], g_boundary(m))
    alt.ct_fold = False
    root = Multi("mixed", [alt, ics_attachment(m, "google", "invite.ics", "application/ics")], g_boundary(m))
    root.ct_fold = False
    h = [("MIME-Version", "1.0"),
         ("Reply-To", m.addr(m.from_name, m.reply_to or m.from_addr)),
         ("Sender", m.sender_hdr or "Google Calendar <calendar-notification@google.com>"),
         ("Auto-Submitted", "auto-generated"),
         ("Message-ID", "<calendar-%s@google.com>" % uuid4(rng)),
         ("Date", rfc2822(m.sent.astimezone(UTC))),
         ("Subject", m.subj(subject)),
         ("From", m.from_h()),
         ("To", m.to_h()), ("Cc", m.cc_h())]
    return h, root


# ------------------------------------------------------------------ Outlook / Microsoft 365 / Exchange
TEAMS = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting", "Meeting ID", "Passcode", "Learn More", "Meeting options"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Weitere Infos", "Besprechungsoptionen"),
    "fr": ("Réunion Microsoft Teams", "Participer à partir de votre ordinateur, de votre application mobile ou d’un appareil de salle", "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret", "En savoir plus", "Options de réunion"),
    "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala", "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso", "Más información", "Opciones de reunión"),
    "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat", "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode", "Meer informatie", "Vergaderopties"),
    "pl": ("Spotkanie w aplikacji Microsoft Teams", "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali", "Kliknij tutaj, aby dołączyć do spotkania", "Identyfikator spotkania", "Kod dostępu", "Dowiedz się więcej", "Opcje spotkania"),
    "ja": ("Microsoft Teams 会議", "コンピュータ、モバイル アプリケーション、またはルーム デバイスで参加する", "ここをクリックして会議に参加してください", "会議 ID", "パスコード", "詳細情報", "会議のオプション"),
    "pt": ("Reunião do Microsoft Teams", "Ingressar no seu computador, aplicativo móvel ou dispositivo de sala", "Clique aqui para ingressar na reunião", "ID da Reunião", "Senha", "Saiba mais", "Opções de reunião"),
    "sv": ("Microsoft Teams-möte", "Anslut på datorn, mobilappen eller rumsenheten", "Klicka här för att ansluta till mötet", "Mötes-ID", "Lösenord", "Läs mer", "Mötesalternativ"),
    "it": ("Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della stanza", "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode", "Altre informazioni", "Opzioni riunione"),
}


def teams_block(m):
    rng = m.rng
    t = TEAMS.get(m.lang, TEAMS["en"])
    tid, oid = uuid4(rng), uuid4(rng)
    thread = b64url(rng, 33)
    link = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (thread, tid, oid))
    mid = "%d %d %d %d" % (rng.randint(100, 399), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pc = alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    bar = "_" * 80
    m.ev.setdefault("x_lines", []).append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + link)
    m.ev.setdefault("x_lines", []).append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s@%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (
        m.from_addr.split("@")[0], m.from_addr.split("@")[1], thread[:20], oid, tid))
    return "\n".join([bar, t[0], t[1], "%s<%s>" % (t[2], link), "%s: %s" % (t[3], mid), "%s: %s" % (t[4], pc),
                      "%s<https://aka.ms/JoinTeamsMeeting?omkt=%s> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>"
                      % (t[5], LANG.get(m.lang, LANG["en"])["tag"], t[6], oid, tid, thread[:24], LANG.get(m.lang, LANG["en"])["tag"]), bar])


def ol_mid(m, tenant_host=None):
    rng = m.rng
    pre = rng.choice(["AM0PR", "DB9PR", "PAXPR", "SA1PR", "BN8PR", "CH3PR", "LO4P", "SEZPR", "TYCPR", "PH0PR"])
    num = "%02d" % rng.randint(1, 20)
    host = "%s%sMB%04d" % (pre, num, rng.randint(1000, 9999))
    reg = rng.choice(["EURPRD%02d" % rng.randint(1, 10), "NAMPRD%02d" % rng.randint(1, 20), "APCPRD%02d" % rng.randint(1, 6), "GBRPRD%02d" % rng.randint(1, 3)])
    return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (host, hexid(rng, 32, True), host, reg)


def outlook_desc(m):
    parts = []
    if m.text:
        parts.append(m.text)
    if m.teams:
        parts.append(teams_block(m))
    return "\n\n".join(parts)


def c_outlook(m, onprem=False):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["exchange2016" if onprem else "outlook"])
    ev.setdefault("uid", "040000008200E00074C5B7101A82E00800000000" + hexid(rng, 16, True) + "01000000000000000010000000" + hexid(rng, 32, True))
    ev.setdefault("tzmode", "win")
    ev.setdefault("langparam", LANG.get(m.lang, LANG["en"])["tag"])
    ev["head_order"] = "mpv"
    ev["calscale"] = False
    desc = outlook_desc(m)
    if ev.get("description") is None:
        ev["description"] = desc
    xl = ev.setdefault("x_lines", [])
    busy = {"CANCEL": "FREE"}.get(ev.get("method"), "TENTATIVE" if ev.get("method") == "REQUEST" else "BUSY")
    xl += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("sequence", 0), "X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2100000000, 2100000000),
           "X-MICROSOFT-CDO-BUSYSTATUS:" + busy, "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("tzmode") == "date" else "FALSE"), "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0), "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if not onprem and m.sent.year >= 2021:
        xl += ["X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
               "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"%s\",\"LocationAnnotation\":\"\",\"LocationSource\":0,\"Unresolved\":true}]" % (ev.get("location") or "").replace('"', "")] if ev.get("location") else []
    ev.setdefault("class", "PUBLIC")
    ev.setdefault("priority", 5)
    ev.setdefault("transp", "OPAQUE")
    ev.setdefault("status", "CONFIRMED" if ev.get("method") != "CANCEL" else "CANCELLED")
    ev.setdefault("alarms", [dict(trigger="-PT15M", description="REMINDER")] if ev.get("method") == "REQUEST" and rng.random() < 0.7 else [])
    mid = ol_mid(m) if not onprem else "<%s@%s>" % (hexid(rng, 32), m.from_addr.split("@")[1])
    plain_cs = m.cs if m.cs.lower() != "utf-8" or rng.random() < 0.6 else rng.choice(["us-ascii", "iso-8859-1"])
    if not is_ascii(desc) and plain_cs == "us-ascii":
        plain_cs = "utf-8"
    plain = desc if desc else ""
    html = m.html or html_from_text(plain, m.lang, "outlook")
    parts = [text_part(plain, "plain", plain_cs, "quoted-printable"), text_part(html, "html", plain_cs if plain_cs != "us-ascii" else "utf-8", "quoted-printable"),
             cal_part(m, "outlook", cte=m.cal_cte or "base64", charset="utf-8")]
    root = Multi("alternative", parts, ol_boundary(m, mid, 0))
    subject = m.subject or ev.get("summary", "")
    if m.prefix:
        subject = m.prefix + " " + subject
    tag = LANG.get(m.lang, LANG["en"])["tag"]
    h = [("From", m.from_h()), ("To", m.to_h()), ("CC", m.cc_h()), ("Subject", m.subj(subject)),
         ("Thread-Topic", m.subj(ev.get("summary", subject))), ("Thread-Index", "A" + b64id(rng, 21)),
         ("Date", rfc2822(m.sent.astimezone(UTC))), ("Message-ID", mid),
         ("Accept-Language", "%s, en-US" % tag if tag != "en-US" else "en-US"), ("Content-Language", tag),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if not onprem:
        h += [("x-ms-exchange-calendar-series-instance-id", b64id(rng, 60)), ("x-ms-publictraffictype", "Email"),
              ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_MeetingMessage" % (mid[1:13], mid[1:13])),
              ("x-ms-office365-filtering-correlation-id", uuid4(rng)), ("x-microsoft-antispam", "BCL:0;ARA:%d|%d;" % (rng.randint(10 ** 12, 10 ** 13), rng.randint(10 ** 7, 10 ** 8)))]
    else:
        h += [("x-originating-ip", "[%s]" % tracemod.priv_ip(rng))]
    h += list(m.extra_headers)
    h += [("MIME-Version", "1.0")]
    tail = []
    if not onprem:
        tail = [("X-OriginatorOrg", m.from_addr.split("@")[1]), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                ("X-MS-Exchange-CrossTenant-id", uuid4(rng)), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mid[1:17])]
    return h, root, tail


# ------------------------------------------------------------------ Outlook FW: with attached .ics
def c_outlook_fw(m):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["outlook16"])
    ev.setdefault("uid", "040000008200E00074C5B7101A82E00800000000" + hexid(rng, 16, True) + "010000000000000000100000" + hexid(rng, 32, True))
    ev.setdefault("tzmode", "win")
    ev["head_order"] = "pvm"
    o = ev.get("organizer") or {}
    lines = [m.fwd_note or "", "", "-----Original Appointment-----",
             "From: %s" % (o.get("cn") or o.get("email", "")),
             "Sent: %s" % rfc2822(m.sent - dt.timedelta(days=rng.randint(1, 9))),
             "To: %s" % (m.fwd_orig_to if hasattr(m, "fwd_orig_to") else m.from_name),
             "Subject: %s" % ev.get("summary", ""),
             "When: %s" % when_line(m)]
    if ev.get("location"):
        lines.append("Where: %s" % ev["location"])
    lines += ["", m.text or ""]
    plain = "\n".join(lines)
    mid = ol_mid(m)
    alt = Multi("alternative", [text_part(plain, "plain", m.cs, "quoted-printable"),
                                text_part(m.html or html_from_text(plain, m.lang, "outlook"), "html", "utf-8", "quoted-printable")],
                ol_boundary(m, mid, 0))
    name = (m.att_name or re.sub(r"[^\w\- ]", "", ev.get("summary", "meeting"))[:40] + ".ics")
    att = cal_part(m, "outlook", cte="base64", name=name, method_param=False, charset="utf-8", ctype="text/calendar",
                   disp='attachment; filename="%s";\r\n\tsize=%d; creation-date="%s";\r\n\tmodification-date="%s"' % (
                       name, rng.randint(2000, 9000), rfc2822(m.sent), rfc2822(m.sent)))
    root = Multi("mixed", [alt, att], ol_boundary(m, mid, 4))
    subj = m.subject or "%s %s" % (FW.get(m.lang, "FW:"), ev.get("summary", ""))
    tag = LANG.get(m.lang, LANG["en"])["tag"]
    h = [("From", m.from_h()), ("To", m.to_h()), ("CC", m.cc_h()), ("Subject", m.subj(subj)), ("Thread-Topic", m.subj(ev.get("summary", ""))),
         ("Thread-Index", "A" + b64id(rng, 27)), ("Date", rfc2822(m.sent.astimezone(UTC))), ("Message-ID", mid),
         ("Accept-Language", tag), ("Content-Language", tag), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")]
    h += list(m.extra_headers) + [("MIME-Version", "1.0")]
    return h, root


# ------------------------------------------------------------------ Apple
def c_apple(m, web=False):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["icloudweb" if web else rng.choice(["apple", "ios"])])
    ev.setdefault("uid", uuid4(rng, upper=True))
    ev["head_order"] = "mvpc"
    ev.setdefault("tzmode", "tzid")
    ev.setdefault("created", m.sent - dt.timedelta(minutes=rng.randint(1, 300)))
    ev.setdefault("transp", "OPAQUE")
    mid = "<%s@%s>" % (uuid4(rng, upper=True), "icloud.com" if "icloud" in m.from_addr or "me.com" in m.from_addr else m.from_addr.split("@")[1])
    if web:
        org = ev.get("organizer") or {}
        who = org.get("cn") or m.from_name or m.from_addr
        inv = {"en": "%s has invited you to", "de": "%s hat dich eingeladen zu", "fr": "%s vous a invité à", "es": "%s te ha invitado a",
               "it": "%s ti ha invitato a", "pt": "%s convidou você para", "ja": "%sさんから招待されました", "zh": "%s 邀请您参加",
               "nl": "%s heeft je uitgenodigd voor", "ru": "%s приглашает вас на", "ko": "%s님이 초대했습니다"}.get(m.lang, "%s has invited you to") % who
        link = "https://www.icloud.com/calendar/invitation/?p=%s&t=%s" % (rng.randint(10, 72), b64url(rng, 24))
        plain = "%s\n\n%s\n%s\n\n%s\n\n%s\n" % (inv, ev.get("summary", ""), when_line(m), m.text or "",
                                               "Accept: %s&a=1\nDecline: %s&a=2\nMaybe: %s&a=3" % (link, link, link))
        html = m.html or ('<html><body style="font-family:-apple-system,Helvetica Neue,Helvetica,sans-serif">\n<p style="font-size:13px;color:#888">%s</p>\n'
                          '<h2 style="font-weight:500">%s</h2>\n<p>%s</p>\n<p>%s</p>\n<p><a href="%s&a=1">Accept</a> &nbsp; <a href="%s&a=2">Decline</a> &nbsp; <a href="%s&a=3">Maybe</a></p>\n</body></html>\n'
                          % (htmlmod.escape(inv), htmlmod.escape(ev.get("summary", "")), htmlmod.escape(when_line(m)),
                             htmlmod.escape(m.text or "").replace("\n", "<br>"), link, link, link))
        b = "Apple-Mail=_%s" % uuid4(rng, upper=True)
        alt = Multi("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable", quote_cs=False),
                                    text_part(html, "html", "utf-8", "quoted-printable", quote_cs=False)], "Apple-Mail=_%s" % uuid4(rng, upper=True))
        root = Multi("mixed", [alt, cal_part(m, "apple", cte="quoted-printable", name="iCal-%s.ics" % m.sent.strftime("%Y%m%d-%H%M%S"),
                                             charset="utf-8", disp='attachment; filename="iCal-%s.ics"' % m.sent.strftime("%Y%m%d-%H%M%S"))], b)
        subj = m.subject or "%s: %s" % (ui(m.lang, "inv"), ev.get("summary", ""))
        h = [("Content-Type", None), ("From", m.from_h()), ("Subject", m.subj(subj)), ("Date", m.date_h()), ("To", m.to_h()),
             ("Message-Id", mid), ("MIME-Version", "1.0"), ("X-Mailer", "iCloud MailServer %s" % rng.choice(["2403B17", "1614B22", "2112B40", "1708A31"]))]
        return [x for x in h if x[1] is not None], root
    plain = m.text or ""
    parts = []
    if plain or rng.random() < 0.5:
        parts.append(text_part(plain + ("\n" if plain else ""), "plain", "us-ascii" if is_ascii(plain) else "utf-8", "7bit" if is_ascii(plain) else "quoted-printable", quote_cs=False))
    fn = "invite.ics" if rng.random() < 0.5 else "iCal-%s.ics" % m.sent.strftime("%Y%m%d-%H%M%S")
    parts.append(cal_part(m, "apple", cte=m.cal_cte or rng.choice(["quoted-printable", "7bit", "base64"]), name=fn, charset="utf-8",
                          disp='attachment; filename="%s"' % fn if rng.random() < 0.7 else "inline; filename=%s" % fn))
    root = Multi("mixed", parts, "Apple-Mail=_%s" % uuid4(rng, upper=True))
    subj = m.subject or ev.get("summary", "")
    ver = rng.choice([("16.0", "3774.500.171.1.1"), ("16.0", "3731.700.6"), ("15.0", "3693.60.0.1.1"), ("13.4", "3608.120.23.2.7")])
    if rng.random() < 0.5:
        h = [("From", m.from_h()), ("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail %s \\(%s\\))" % ver), ("Subject", m.subj(subj)),
             ("Message-Id", mid), ("Date", m.date_h()), ("To", m.to_h()), ("X-Mailer", "Apple Mail (2.%s)" % ver[1])]
    else:
        h = [("Content-Type", None), ("From", m.from_h()), ("Mime-Version", "1.0 (1.0)"), ("Date", m.date_h()), ("Subject", m.subj(subj)),
             ("Message-Id", mid), ("To", m.to_h()), ("X-Mailer", "iPhone Mail (%s)" % rng.choice(["21E236", "20H115", "21D61", "19H12"]))]
    return [x for x in h if x[1] is not None], root


# ------------------------------------------------------------------ Thunderbird
TB_L = {"en": ("When", "Where", "Organizer", "Attendees", "Description", "Invitation"),
        "de": ("Wann", "Wo", "Organisator", "Teilnehmer", "Beschreibung", "Einladung"),
        "fr": ("Quand", "Lieu", "Organisateur", "Participants", "Description", "Invitation"),
        "cs": ("Kdy", "Kde", "Organizátor", "Účastníci", "Popis", "Pozvánka"),
        "pl": ("Kiedy", "Gdzie", "Organizator", "Uczestnicy", "Opis", "Zaproszenie"),
        "ru": ("Когда", "Где", "Организатор", "Участники", "Описание", "Приглашение"),
        "sv": ("När", "Var", "Organisatör", "Deltagare", "Beskrivning", "Inbjudan"),
        "it": ("Quando", "Dove", "Organizzatore", "Partecipanti", "Descrizione", "Invito"),
        "nl": ("Wanneer", "Waar", "Organisator", "Deelnemers", "Beschrijving", "Uitnodiging"),
        "es": ("Cuándo", "Dónde", "Organizador", "Asistentes", "Descripción", "Invitación")}


def c_tbird(m):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["tbird"])
    ev.setdefault("uid", uuid4(rng))
    ev["head_order"] = "pvm"
    ev["calscale"] = False
    ev.setdefault("tzmode", "tzid")
    ev.setdefault("created", m.sent - dt.timedelta(minutes=rng.randint(1, 60)))
    t = TB_L.get(m.lang, TB_L["en"])
    o = ev.get("organizer") or {}
    lines = [ev.get("summary", ""), "", "%s:" % t[0], "    " + when_line(m), ""]
    if ev.get("location"):
        lines += ["%s:" % t[1], "    " + ev["location"], ""]
    lines += ["%s:" % t[2], "    %s <%s>" % (o.get("cn", ""), o.get("email", "")), "", "%s:" % t[3]]
    lines += [("    %s <%s>" % (a["cn"], a["email"])) if a.get("cn") else "    " + a["email"] for a in ev.get("attendees", [])[:20]]
    if m.text:
        lines += ["", "%s:" % t[4], "    " + m.text.replace("\n", "\n    ")]
    plain = "\n".join(lines) + "\n"
    cte = rng.choice(["8bit", "quoted-printable", "7bit"])
    ver = rng.choice(["115.9.0", "128.3.1esr", "102.15.1", "91.13.0", "78.14.0", "60.9.1", "52.9.1", "45.8.0", "140.2.0esr"])
    pcs = "UTF-8" if int(ver.split(".")[0]) >= 78 or m.cs.lower() in ("utf-8", "us-ascii") else m.cs
    alt = Multi("alternative", [text_part(plain, "plain", pcs, cte, quote_cs=False),
                                cal_part(m, "tbird", cte=m.cal_cte or cte, charset="UTF-8")], tb_boundary(m))
    root = Multi("mixed", [alt, ics_attachment(m, "tbird", "invite.ics", "application/ics")], tb_boundary(m), preamble="This is a multi-part message in MIME format.")
    subj = m.subject or "%s: %s" % (t[5], ev.get("summary", ""))
    plat = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    h = [("Content-Type", None), ("Message-ID", "<%s@%s>" % (uuid4(rng), m.from_addr.split("@")[1])), ("Date", m.date_h()), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird" if ver.startswith(("115", "128", "140")) else "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (plat, ver.split(".")[0] + ".0", ver)),
         ("Content-Language", LANG.get(m.lang, LANG["en"])["tag"]), ("To", m.to_h()), ("Cc", m.cc_h()), ("From", m.from_h()), ("Subject", m.subj(subj))]
    return [x for x in h if x[1] is not None or x[0] == "Content-Type"], root


# ------------------------------------------------------------------ server-side groupware (Nextcloud/Sabre, Zimbra, SOGo, Horde, Fastmail, Proton, Zoho)
def c_groupware(m, kind):
    rng = m.rng
    ev = m.ev
    pid = {"nextcloud": "sabre", "zimbra": "zimbra", "sogo": "sogo", "fastmail": "fastmail", "proton": "proton", "zoho": "zoho",
           "horde": "horde", "yahoo": "yahoo", "davx": "davx", "kde": "kde", "evolution": "evolution", "lotus": "lotus"}[kind]
    ev.setdefault("prodid", PRODIDS[pid])
    ev.setdefault("uid", {"zimbra": "%s" % uuid4(rng), "proton": "%s@proton.me" % b64url(rng, 20), "zoho": "%s@zoho.com" % hexid(rng, 32),
                          "yahoo": "%s" % alnum(rng, 32), "sogo": "%s-%s-%s" % (hexid(rng, 4, True), hexid(rng, 8, True), hexid(rng, 1, True))}.get(kind, uuid4(rng)))
    ev.setdefault("tzmode", rng.choice(["tzid", "utc"]))
    o = ev.get("organizer") or {}
    subj = m.subject
    if kind == "zimbra":
        lines = ["The following is a new meeting request:" if m.lang == "en" else "%s:" % ui(m.lang, "inv"), "",
                 "Subject: %s " % ev.get("summary", ""), "Organizer: \"%s\" <%s> " % (o.get("cn", ""), o.get("email", "")), "",
                 "Location: %s " % (ev.get("location") or ""), "Time: %s" % when_line(m), " ",
                 "Invitees: %s " % "; ".join(a["email"] for a in ev.get("attendees", [])[:10]), "", "", "*~*~*~*~*~*~*~*~*~*", "", m.text or ""]
        subj = subj or ev.get("summary", "")
        ev.setdefault("x_lines", []).append("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    elif kind == "sogo":
        lines = ["%s %s" % (o.get("cn", o.get("email", "")), {"en": "has invited you to", "fr": "vous a invité à", "de": "hat Sie eingeladen zu",
                                                                "es": "le ha invitado a", "it": "ti ha invitato a"}.get(m.lang, "has invited you to")),
                 ev.get("summary", ""), "", "%s: %s" % (ui(m.lang, "when"), when_line(m))]
        if ev.get("location"):
            lines.append("%s: %s" % (ui(m.lang, "where"), ev["location"]))
        lines += ["", m.text or ""]
        subj = subj or "%s: %s" % (ui(m.lang, "inv"), ev.get("summary", ""))
    else:
        lines = [m.text or "", "", "%s: %s" % (ui(m.lang, "when"), when_line(m))]
        if ev.get("location"):
            lines.append("%s: %s" % (ui(m.lang, "where"), ev["location"]))
        lines.append("%s: %s" % (ui(m.lang, "guests"), ", ".join(a.get("cn") or a["email"] for a in ev.get("attendees", [])[:8])))
        subj = subj or "%s: %s" % (ui(m.lang, "inv"), ev.get("summary", ""))
    plain = "\n".join(lines).strip("\n") + "\n"
    b = {"zimbra": "=_%s" % uuid4(rng), "sogo": "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999), int(m.sent.timestamp()), rng.randint(0, 9), rng.randint(1, 99)),
         "proton": "b1=_%s" % alnum(rng, 43), "fastmail": "%s" % hexid(rng, 32), "zoho": "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), int(m.sent.timestamp()) * 1000),
         "nextcloud": "_=_swift_%d_%s_=_" % (int(m.sent.timestamp()), hexid(rng, 32))}.get(kind, "=_" + hexid(rng, 32))
    cs = m.cs
    if kind in ("zimbra", "sogo", "kde", "evolution", "horde"):
        parts = [text_part(plain, "plain", cs, m.cte, quote_cs=False)]
        if kind == "zimbra" or rng.random() < 0.4:
            parts.append(text_part(m.html or html_from_text(plain, m.lang), "html", cs, m.cte, quote_cs=False))
        parts.append(cal_part(m, "generic" if kind != "zimbra" else "outlook", cte=m.cal_cte or rng.choice(["7bit", "quoted-printable", "base64", "8bit"]), charset="utf-8"))
        root = Multi("alternative" if kind == "zimbra" else "mixed", parts, b)
    elif kind in ("nextcloud",):
        alt = [text_part(plain, "plain", "utf-8", "quoted-printable"), text_part(m.html or html_from_text(plain, m.lang), "html", "utf-8", "quoted-printable"),
               cal_part(m, "sabre", cte=m.cal_cte or "quoted-printable", charset="utf-8")]
        root = Multi("alternative", alt, b)
    else:
        alt = Multi("alternative", [text_part(plain, "plain", "utf-8", m.cte), text_part(m.html or html_from_text(plain, m.lang), "html", "utf-8", m.cte)],
                    "=_" + hexid(rng, 28))
        root = Multi("mixed", [alt, cal_part(m, "generic", cte=m.cal_cte or "base64", charset="utf-8", name="invite.ics",
                                             disp='attachment; filename="invite.ics"')], b)
    mid = {"zimbra": "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000, 999999), rng.randint(100, 99999), int(m.sent.timestamp()) * 1000, m.host_domain or m.from_addr.split("@")[1]),
           "proton": "<%s@proton.me>" % b64url(rng, 60), "fastmail": "<%s@app.fastmail.com>" % uuid4(rng),
           "zoho": "<%s.%s@zohomail.com>" % (int(m.sent.timestamp()) * 1000, rng.randint(10 ** 9, 10 ** 10)),
           "nextcloud": "<%s@%s>" % (hexid(rng, 32), m.host_domain or m.from_addr.split("@")[1])}.get(kind, "<%s@%s>" % (hexid(rng, 24), m.from_addr.split("@")[1]))
    h = [("Date", m.date_h()), ("From", m.from_h()), ("Reply-To", m.addr(o.get("cn"), o.get("email")) if kind == "nextcloud" and o else None),
         ("To", m.to_h()), ("Cc", m.cc_h()), ("Message-ID", mid), ("Subject", m.subj(subj)), ("MIME-Version", "1.0")]
    xm = {"zimbra": "Zimbra %s (ZimbraWebClient - %s)" % (rng.choice(["8.8.15_GA_4581", "9.0.0_GA_4546", "10.0.6_GA_4607"]), rng.choice(["FF124 (Win)", "GC122 (Linux)", "FF115 (Mac)"])),
          "sogo": "SOGoMail 5.%d.%d" % (rng.randint(5, 11), rng.randint(0, 3)), "horde": "Horde Application Framework 5",
          "zoho": "Zoho Mail", "kde": "KMail", "evolution": "Evolution 3.%d.%d" % (rng.randint(36, 52), rng.randint(0, 4))}.get(kind)
    if kind == "fastmail":
        h.append(("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-312-g2d9c1f0b7-fm-2024%04d.001-g2d9c1f0b" % rng.randint(101, 1231)))
    if kind == "proton":
        h.append(("X-Pm-Origin", "internal" if rng.random() < 0.2 else "external"))
        h.append(("X-Pm-Content-Encryption", "end-to-end"))
    if xm:
        h.append(("X-Mailer", xm))
    if kind == "zimbra":
        h += [("Thread-Topic", m.subj(ev.get("summary", ""))), ("Thread-Index", b64id(rng, 12).rstrip("=")), ("X-Originating-IP", "[%s]" % tracemod.priv_ip(rng))]
    return [x for x in h if x[1] is not None], root


# ------------------------------------------------------------------ Yahoo calendar notification (used by 2017-18 spam waves)
def c_yahoo(m):
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS["yahoo"])
    ev.setdefault("uid", alnum(rng, 22) + "@yahoo.com")
    ev.setdefault("tzmode", "utc")
    plain = "%s\n\n%s\n%s\n\n%s\n" % (ev.get("summary", ""), when_line(m), ev.get("location") or "", m.text or "")
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), int(m.sent.timestamp()) * 1000)
    root = Multi("alternative", [text_part(plain, "plain", "UTF-8", "7bit" if is_ascii(plain) else "quoted-printable"),
                                 text_part(m.html or html_from_text(plain, m.lang), "html", "UTF-8", "quoted-printable"),
                                 cal_part(m, "generic", cte=m.cal_cte or "7bit", charset="UTF-8")], b)
    subj = m.subject or ev.get("summary", "")
    h = [("Date", m.date_h()), ("From", m.from_h()), ("Reply-To", m.addr(m.from_name, m.reply_to or m.from_addr)), ("To", m.to_h()), ("Cc", m.cc_h()),
         ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), int(m.sent.timestamp()) * 1000)),
         ("Subject", m.subj(subj)), ("MIME-Version", "1.0"), ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(10000, 23000))]
    return [x for x in h if x[1] is not None], root


# ------------------------------------------------------------------ platforms & libraries
def c_generic(m, kind="phpmailer"):
    """Web apps, booking platforms, ESP-based bulk senders, spam kits."""
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS[rng.choice(["icalgen", "spatie", "eluceo", "icsjs", "php", "icalnet", "ical4j", "pyical"])])
    ev.setdefault("uid", rng.choice([uuid4(rng), "%s@%s" % (hexid(rng, 20), m.from_addr.split("@")[1]), "%d-%s" % (int(m.sent.timestamp()), alnum(rng, 8))]))
    ev.setdefault("tzmode", rng.choice(["utc", "utc", "tzid", "floating"]) if not ev.get("tzmode") else ev["tzmode"])
    plain = m.text or ""
    layout = m.layout or rng.choice(["alt3", "mixed_alt_att", "mixed_alt_att", "alt_cal", "mixed_plain_att"])
    if kind == "nodemailer":
        b = lambda: "--_NmP-%s-Part_%d" % (hexid(rng, 16), rng.randint(1, 3))
    elif kind == "phpmailer":
        b = lambda: "b%d_%s" % (rng.randint(1, 3), alnum(rng, 43))
    elif kind == "python":
        b = lambda: "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)
    elif kind == "java":
        b = lambda: "----=_Part_%d_%d.%d" % (rng.randint(0, 99999), rng.randint(10 ** 8, 10 ** 9), int(m.sent.timestamp()) * 1000)
    elif kind == "dotnet":
        b = lambda: "--boundary_%d_%s" % (rng.randint(0, 9), uuid4(rng))
    else:
        b = lambda: "=_" + hexid(rng, 32)
    html = m.html or (html_from_text(plain, m.lang) if plain else None)
    cs = m.cs
    cte = m.cte
    attname = m.att_name or rng.choice(["invite.ics", "event.ics", "calendar.ics", "meeting.ics", "appointment.ics", "booking.ics"])
    atttype = m.att_type or rng.choice(["application/ics", "text/calendar", "application/octet-stream"])
    calcte = m.cal_cte or rng.choice(["7bit", "base64", "quoted-printable", "8bit"])
    if layout == "alt3":
        parts = [text_part(plain, "plain", cs, cte)]
        if html:
            parts.append(text_part(html, "html", cs, cte))
        parts.append(cal_part(m, "generic", cte=calcte, charset="utf-8"))
        root = Multi("alternative", parts, b())
    elif layout == "alt_cal":
        root = Multi("alternative", [text_part(plain, "plain", cs, cte), cal_part(m, "generic", cte=calcte, charset="utf-8")], b())
    elif layout == "mixed_plain_att":
        att = cal_part(m, "generic", cte=calcte if atttype == "text/calendar" else "base64", name=attname, method_param=atttype == "text/calendar",
                       charset="utf-8" if atttype == "text/calendar" else None, ctype=atttype, disp='attachment; filename="%s"' % attname)
        root = Multi("mixed", [text_part(plain, "plain", cs, cte), att], b())
    elif layout == "mixed_html_att":
        att = cal_part(m, "generic", cte="base64", name=attname, method_param=atttype == "text/calendar",
                       charset="utf-8" if atttype == "text/calendar" else None, ctype=atttype, disp='attachment; filename="%s"' % attname)
        root = Multi("mixed", [text_part(html or "<html></html>", "html", cs, cte), att], b())
    else:  # mixed_alt_att
        alt_parts = [text_part(plain, "plain", cs, cte)]
        if html:
            alt_parts.append(text_part(html, "html", cs, cte))
        alt = Multi("alternative", alt_parts, b()) if len(alt_parts) > 1 else alt_parts[0]
        att = cal_part(m, "generic", cte="base64" if atttype != "text/calendar" else calcte, name=attname, method_param=atttype == "text/calendar",
                       charset="utf-8" if atttype == "text/calendar" else None, ctype=atttype, disp='attachment; filename="%s"' % attname)
        root = Multi("mixed", [alt, att], b())
    subj = m.subject or ev.get("summary", "")
    dom = m.from_addr.split("@")[1]
    mid = {"phpmailer": "<%s@%s>" % (alnum(rng, 43), m.host_domain or dom), "nodemailer": "<%s@%s>" % (uuid4(rng), m.host_domain or dom),
           "python": "<%d.%d.%d@%s>" % (int(m.sent.timestamp() * 100), rng.randint(1000, 99999), rng.randint(10 ** 18, 10 ** 19), m.host_domain or dom),
           "java": "<%d.%d.%d@%s>" % (rng.randint(100000, 999999), rng.randint(1, 999), int(m.sent.timestamp()) * 1000, m.host_domain or dom),
           "dotnet": "<%s@%s>" % (uuid4(rng), m.host_domain or dom)}.get(kind, "<%s@%s>" % (hexid(rng, 32), m.host_domain or dom))
    h = [("Date", m.date_h()), ("From", m.from_h()), ("Reply-To", m.addr(None, m.reply_to) if m.reply_to else None), ("To", m.to_h()), ("Cc", m.cc_h()),
         ("Subject", m.subj(subj)), ("Message-ID", mid)]
    if kind == "phpmailer":
        h.append(("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % rng.choice(["6.9.1", "6.8.0", "6.1.4", "5.2.27"])))
    elif m.x_mailer:
        h.append(("X-Mailer", m.x_mailer))
    h += list(m.extra_headers)
    h.append(("MIME-Version", "1.0"))
    return [x for x in h if x[1] is not None], root


def c_bare(m):
    """The whole message body is the text/calendar object."""
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS[rng.choice(["bare", "php", "icalnet", "pyical", "ddday", "lotus", "empty"])])
    ev.setdefault("uid", rng.choice([uuid4(rng), hexid(rng, 32), "%d@%s" % (int(m.sent.timestamp()), m.from_addr.split("@")[1])]))
    ev.setdefault("tzmode", rng.choice(["utc", "floating", "tzid"]))
    part = cal_part(m, "generic", cte=m.cal_cte or rng.choice(["7bit", "8bit", "quoted-printable", "base64"]),
                    charset=rng.choice(["utf-8", "UTF-8", None]) if not m.ics_text_override else "utf-8")
    subj = m.subject or ev.get("summary", "")
    h = [("From", m.from_h()), ("To", m.to_h()), ("Subject", m.subj(subj)), ("Date", m.date_h()),
         ("Message-ID", "<%s@%s>" % (alnum(rng, 20), m.host_domain or m.from_addr.split("@")[1])), ("MIME-Version", "1.0")]
    if m.x_mailer:
        h.append(("X-Mailer", m.x_mailer))
    h += list(m.extra_headers)
    return h, part


def c_icsonly(m):
    """A nearly empty mail whose content is only the attached .ics."""
    rng = m.rng
    ev = m.ev
    ev.setdefault("prodid", PRODIDS[rng.choice(["icalgen", "php", "pyical", "icsjs", "outlook16", "apple"])])
    ev.setdefault("uid", uuid4(rng, upper=rng.random() < 0.5))
    ev.setdefault("tzmode", rng.choice(["utc", "tzid"]))
    name = m.att_name or rng.choice(["invite.ics", "invitation.ics", "event.ics", "Meeting.ics", "calendar.ics"])
    ctype = m.att_type or rng.choice(["application/ics", "application/octet-stream", "text/calendar"])
    att = cal_part(m, "generic", cte="base64", name=name, method_param=ctype == "text/calendar", charset=None, ctype=ctype,
                   disp='attachment; filename="%s"' % name)
    parts = []
    if m.text is not None:
        parts.append(text_part(m.text, "plain", m.cs, m.cte))
    parts.append(att)
    root = Multi("mixed", parts, rng.choice(["=_" + hexid(rng, 32), "----=_NextPart_000_%04X_%08X.%08X" % (rng.randint(0, 65535), rng.getrandbits(32), rng.getrandbits(32)),
                                             "b1_" + hexid(rng, 32)]))
    subj = m.subject or ev.get("summary", "")
    h = [("From", m.from_h()), ("To", m.to_h()), ("Subject", m.subj(subj)), ("Date", m.date_h()),
         ("Message-ID", "<%s@%s>" % (hexid(rng, 24), m.host_domain or m.from_addr.split("@")[1])), ("MIME-Version", "1.0")]
    if m.x_mailer:
        h.append(("X-Mailer", m.x_mailer))
    h += list(m.extra_headers)
    return h, root


CLIENTS = {
    "gcal": c_gcal, "outlook": c_outlook, "exchange": lambda m: c_outlook(m, onprem=True), "outlook_fw": c_outlook_fw,
    "apple": c_apple, "icloudweb": lambda m: c_apple(m, web=True), "tbird": c_tbird,
    "nextcloud": lambda m: c_groupware(m, "nextcloud"), "zimbra": lambda m: c_groupware(m, "zimbra"), "sogo": lambda m: c_groupware(m, "sogo"),
    "fastmail": lambda m: c_groupware(m, "fastmail"), "proton": lambda m: c_groupware(m, "proton"), "zoho": lambda m: c_groupware(m, "zoho"),
    "horde": lambda m: c_groupware(m, "horde"), "kde": lambda m: c_groupware(m, "kde"), "evolution": lambda m: c_groupware(m, "evolution"),
    "yahoo": c_yahoo, "phpmailer": lambda m: c_generic(m, "phpmailer"), "nodemailer": lambda m: c_generic(m, "nodemailer"),
    "python": lambda m: c_generic(m, "python"), "java": lambda m: c_generic(m, "java"), "dotnet": lambda m: c_generic(m, "dotnet"),
    "platform": lambda m: c_generic(m, "platform"), "bare": c_bare, "icsonly": c_icsonly,
}


def render_client(m, client):
    r = CLIENTS[client](m)
    tail = []
    if len(r) == 3:
        h, root, tail = r
    else:
        h, root = r
    return h, root, tail


def assemble(m):
    """Produce the final bytes of message m."""
    h, root, tail = render_client(m, m.client)
    if m.wrap == "rfc822":
        inner = render_headers(_merge(h, root.headers) + tail) + b"\r\n" + render_body(root)
        h, root = wrap_rfc822(m, inner)
        tail = []
    elif m.wrap == "list":
        h = list_headers(m, h)
    merged = _merge(h, root.headers) + tail
    trace_h = tracemod.build_trace(m)
    return render_headers(trace_h + merged) + b"\r\n" + render_body(root)


def _merge(h, node_headers):
    """Insert the root's Content-Type (and CTE) where the client puts it (placeholder) or after MIME-Version."""
    out = []
    placed = False
    for name, v in h:
        if name == "Content-Type" and v is None:
            out += node_headers
            placed = True
            continue
        if v is None:
            continue
        out.append((name, v))
    if not placed:
        idx = next((i for i, (n, _) in enumerate(out) if n.lower() == "mime-version"), len(out) - 1)
        out = out[:idx + 1] + node_headers + out[idx + 1:]
    return out


def wrap_rfc822(m, inner_bytes):
    rng = m.rng
    note = m.fwd_note or ""
    b = tb_boundary(m) if rng.random() < 0.5 else "=_" + hexid(rng, 32)
    p1 = text_part(note + "\n", "plain", m.cs, m.cte)
    p2 = Part([("Content-Type", 'message/rfc822; name="%s.eml"' % re.sub(r"[^\w\- ]", "", m.ev.get("summary", "invitation"))[:40].strip()),
               ("Content-Disposition", 'attachment; filename="%s.eml"' % re.sub(r"[^\w\- ]", "", m.ev.get("summary", "invitation"))[:40].strip())], inner_bytes)
    root = Multi("mixed", [p1, p2], b)
    subj = m.fwd_subject or "Fwd: %s" % (m.ev.get("summary", ""))
    h = [("Message-ID", "<%s@%s>" % (uuid4(rng), m.fwd_from[1].split("@")[1])), ("Date", m.date_h()), ("MIME-Version", "1.0"),
         ("User-Agent", m.fwd_ua or "Mozilla Thunderbird"), ("From", m.addr(*m.fwd_from)), ("To", m.to_h()), ("Subject", m.subj(subj)),
         ("Content-Type", None)]
    m.from_addr = m.fwd_from[1]
    m.from_name = m.fwd_from[0]
    return h, root


def list_headers(m, h):
    out = []
    tag = "[%s] " % m.list_name if m.list_name else ""
    for name, v in h:
        if name == "Subject" and v is not None and tag:
            v = m.subj(tag + m._subject_plain) if getattr(m, "_subject_plain", None) else tag + v
        out.append((name, v))
    la = m.list_addr
    dom = la.split("@")[1]
    out += [("Precedence", "list"), ("List-Id", "%s <%s>" % (m.list_name or la.split("@")[0], la.replace("@", "."))),
            ("List-Unsubscribe", "<mailto:%s-unsubscribe@%s>" % (la.split("@")[0], dom)), ("List-Post", "<mailto:%s>" % la),
            ("List-Help", "<mailto:%s-request@%s?subject=help>" % (la.split("@")[0], dom)),
            ("Sender", '"%s" <%s-bounces@%s>' % (m.list_name or la.split("@")[0], la.split("@")[0], dom)),
            ("Errors-To", "%s-bounces@%s" % (la.split("@")[0], dom))]
    return out
