"""MIME renderers imitating real calendar clients / services."""
import datetime as dt
import html as H
import uuid

from .core import (CRLF, ew, fa, fa_list, rfc2822, rfc2822_pad, encode_body, encode_binary, leaf, multipart,
                   text_to_html, hexid, is_ascii, can_encode, utcoffset, TZ, tzabbr)
from . import ics as I
from .world import l10n, when_str, LANG


def guid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def pick_cte(m, cs, text, options=("quoted-printable", "base64", "8bit")):
    if is_ascii(text):
        return "7bit"
    if cs.lower().startswith("iso-2022"):
        return "7bit"
    return m.rng.choice(options)


def safe_cs(text, cs):
    return cs if can_encode(text, cs) else "utf-8"


def tleaf(m, text, ctype="text/plain", cs="utf-8", cte=None, extra_params="", quote_cs=True, label=None,
          more_headers=(), cte_opts=("quoted-printable", "base64", "8bit"), lf_only=False):
    cs = safe_cs(text, cs)
    if cte is None:
        cte = pick_cte(m, cs, text, cte_opts)
    elif cte in ("7bit",) and not is_ascii(text) and not cs.lower().startswith("iso-2022"):
        cte = "8bit"
    lab = label or cs
    if is_ascii(text) and cs.lower() not in ("utf-8", "us-ascii") and m.rng.random() < 0.3:
        lab = "us-ascii"
    csp = '"%s"' % lab if quote_cs else lab
    h = ["Content-Type: %s; charset=%s%s" % (ctype, csp, extra_params), "Content-Transfer-Encoding: " + cte]
    h += list(more_headers)
    return leaf(h, encode_body(text, cs, cte, lf_only))


def local_off(m):
    """sender clock offset (minutes) at send time"""
    return utcoffset(m.sender_tz, m.date_utc.replace(tzinfo=None))


def date_hdr(m, pad=False):
    f = rfc2822_pad if pad else rfc2822
    return "Date: " + f(m.date_utc, local_off(m))


def subj(m, s, mode="B", label=None, cs="utf-8"):
    cs = safe_cs(s, cs)
    return "Subject: " + ew(s, cs, mode, label)


def to_hdr(m, cs="utf-8", mode="B", quote=False):
    addrs = m.to_list or [(m.rcpt.name_disp, m.rcpt_addr)]
    return "To: " + fa_list([fa(n, a, safe_cs(n or "", cs), mode, quote=quote) for n, a in addrs])


def from_hdr(m, name=None, addr=None, cs="utf-8", mode="B", quote=False):
    name = m.frm[0] if name is None else name
    addr = addr or m.frm[1]
    return "From: " + fa(name, addr, safe_cs(name or "", cs), mode, quote=quote)


def footer_add(m, text):
    return text + ("\n" + m.footer if m.footer else "")


def cal_leaf(m, ics_text, cs="utf-8", cte="7bit", name=None, method_param=True, ctype="text/calendar",
             extra=(), quote_cs=True, lf_only=False, disp=None):
    meth = m.method_param if m.method_param is not None else m.method
    params = ""
    if method_param and meth:
        params += "; method=%s" % meth
    if name:
        params += '; name="%s"' % name
    csp = '"%s"' % cs if quote_cs else cs
    if ctype == "application/ics" or ctype == "application/octet-stream":
        h = ["Content-Type: %s; name=\"%s\"" % (ctype, name or "invite.ics")]
        h.append('Content-Disposition: attachment; filename="%s"' % (name or "invite.ics"))
        h.append("Content-Transfer-Encoding: base64")
        return leaf(h + list(extra), encode_body(ics_text, cs, "base64", lf_only))
    if cte == "7bit" and not is_ascii(ics_text) and not cs.lower().startswith("iso-2022"):
        cte = "8bit"
    h = ["Content-Type: %s; charset=%s%s" % (ctype, csp, params), "Content-Transfer-Encoding: " + cte]
    if disp:
        h.append(disp)
    h += list(extra)
    return leaf(h, encode_body(ics_text, cs, cte, lf_only))


# =====================================================================================  Google
def meet_code(rng):
    a = "abcdefghijkmnopqrstuvwxyz"
    return "%s-%s-%s" % ("".join(rng.choice(a) for _ in range(3)), "".join(rng.choice(a) for _ in range(4)),
                         "".join(rng.choice(a) for _ in range(3)))


def r_google(m):
    L = l10n(m.lang)
    rng = m.rng
    m.infra = "google"
    when = when_str(m.lang, m.start, m.end, m.allday, "google")
    tzl = "" if m.allday else " (%s)" % (m.tz if m.lang != "en" else "%s - %s" % (tzabbr(m.tz, m.start), m.tz.split("/")[-1].replace("_", " ")))
    eid = hexid(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    meet_txt = ""
    if m.conf and m.conf.get("kind") == "meet":
        code = m.conf["url"].rsplit("/", 1)[-1]
        label = "Google Meet" if m.year >= 2020 else "Hangouts Meet"
        meet_txt = "%s %s: %s\n%s" % (L["join"], label, m.conf["url"], "Join by phone\n(US) +1 %d-555-01%02d PIN: %d#" % (
            rng.choice([347, 414, 929, 617]), rng.randint(0, 99), rng.randint(100000000, 999999999)) if m.lang == "en" else "")
        m.ics_desc = (m.desc + "\n\n" if m.desc else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "%s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % (
                "Join with Google Meet: " + m.conf["url"]))
    if m.method == "REPLY":
        ps = m.attendees[0].get("partstat", "ACCEPTED") if m.attendees else "ACCEPTED"
        word = {"ACCEPTED": L["acc"], "DECLINED": L["dec"], "TENTATIVE": L["tent"]}[ps]
        subject = "%s: %s @ %s%s" % (word, m.summary, when, tzl)
        verb = {"ACCEPTED": "has accepted this invitation.", "DECLINED": "has declined this invitation.",
                "TENTATIVE": "has replied \"Maybe\" to this invitation."}[ps]
        plain = "%s %s\n\n%s\n%s%s\n\n%s\n%s\n%s\n\n~~//~~\n%s: https://calendar.google.com/calendar/\n" % (
            m.frm[0] or m.frm[1], verb if m.lang == "en" else "- " + word, m.summary, when, tzl, L["org"],
            m.org[0], m.org[1], L["gcal"])
        if m.comment:
            plain = m.comment + "\n\n" + plain
    else:
        pre = {"REQUEST": L["upd"] if m.seq else L["inv"], "CANCEL": L["canc"]}.get(m.method, L["inv"])
        subject = m.subject or "%s: %s @ %s%s (%s)" % (pre, m.summary, when, tzl, m.rcpt_addr)
        guests = [(m.org[0] or m.org[1]) + " - " + L["org"].lower()]
        for a in m.attendees[:12]:
            if a["addr"] != m.org[1]:
                guests.append(a.get("name") or a["addr"])
        more = len(m.attendees) - 12
        parts = [m.summary, when + tzl, ""]
        if m.method == "CANCEL":
            parts = ["This event has been canceled." if m.lang == "en" else L["canc"], ""] + parts
        if m.desc:
            parts += [m.desc, ""]
        if meet_txt:
            parts += [meet_txt, ""]
        if m.loc:
            parts += [L["where"], m.loc, ""]
        parts += [L["org"], m.org[0] or m.org[1], m.org[1], "", L["guests"]] + ["- " + g for g in guests]
        if more > 0:
            parts.append("... +%d" % more)
        parts.append("")
        parts += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s" % eid, ""]
        if m.method != "CANCEL":
            parts += ["Reply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (
                m.rcpt_addr, eid, hexid(rng, 48, "abcdefghijklmnopqrstuvwxyz0123456789"), m.tz.replace("/", "%2F"), m.lang),
                "Your attendance is optional.", ""]
        parts += ["~~//~~", "%s: https://calendar.google.com/calendar/" % L["gcal"], ""]
        if m.lang == "en":
            parts += ["You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.", "",
                      "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.", "",
                      "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
        plain = "\n".join(parts)
    plain = footer_add(m, plain)
    html = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person">'
            '<meta itemprop="description" content="%s"/></span></span>' % H.escape(subject) +
            '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">'
            '<tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">%s</h3>'
            % H.escape(m.summary) + text_to_html(plain.split("\n", 2)[-1] if m.method != "REPLY" else plain, "br") +
            "</div></td></tr></table></div>")
    ics_text = I.ics_google(m)
    b1 = "000000000000" + hexid(rng, 16, "0123456789abcdef")
    b2 = "000000000000" + hexid(rng, 16, "0123456789abcdef")
    alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, [
        tleaf(m, plain, "text/plain", "UTF-8", "base64" if not is_ascii(plain) or rng.random() < 0.5 else "7bit",
              "; format=flowed; delsp=yes"),
        tleaf(m, html, "text/html", "UTF-8", "quoted-printable"),
        cal_leaf(m, ics_text, "UTF-8", "7bit")])
    parts = [alt]
    if m.method in ("REQUEST", "CANCEL", None) or rng.random() < 0.5:
        parts.append(cal_leaf(m, ics_text, "UTF-8", ctype="application/ics", name="invite.ics"))
    node = multipart('multipart/mixed; boundary="%s"' % b1, b1, parts)
    hdr = ["MIME-Version: 1.0"]
    if m.method != "REPLY":
        hdr.append("Reply-To: " + fa(m.frm[0], m.frm[1], mode="Q"))
    hdr += ["Sender: Google Calendar <calendar-notification@google.com>", "Auto-Submitted: auto-generated",
            "Message-ID: <calendar-%s@google.com>" % guid(rng), date_hdr(m), subj(m, subject, "Q", "UTF-8"),
            from_hdr(m, mode="Q"), to_hdr(m, mode="Q")]
    return hdr, node


# =====================================================================================  Microsoft
def teams_block(m):
    rng = m.rng
    m.teams_thread = hexid(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")[:48]
    if not m.teams_url:
        m.teams_url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
                       % (m.teams_thread, m.tenant_guid, m.user_guid))
    mid = "%d %d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pw = hexid(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    line = "_" * 80
    return ("%s\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\n"
            "Meeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n%s"
            % (line, m.teams_url, mid, pw, m.user_guid, m.tenant_guid, m.teams_thread, line))


OLK_PREFIX = {
    "en": ("Accepted", "Declined", "Tentative", "Canceled", "FW"),
    "de": ("Angenommen", "Abgelehnt", "Mit Vorbehalt angenommen", "Abgesagt", "WG"),
    "fr": ("Accepté", "Refusé", "Provisoire", "Annulé", "TR"),
    "es": ("Aceptado", "Rechazado", "Provisional", "Cancelado", "RV"),
    "it": ("Accettato", "Rifiutato", "Provvisorio", "Annullato", "I"),
    "pt": ("Aceito", "Recusado", "Provisório", "Cancelado", "ENC"),
    "nl": ("Geaccepteerd", "Geweigerd", "Voorlopig", "Geannuleerd", "FW"),
    "pl": ("Zaakceptowane", "Odrzucone", "Wstępnie", "Anulowane", "PD"),
    "sv": ("Accepterat", "Avböjt", "Preliminärt", "Inställt", "VB"),
    "ru": ("Принято", "Отклонено", "Под вопросом", "Отменено", "FW"),
    "ja": ("承諾", "辞退", "仮承諾", "キャンセル済み", "FW"),
    "zh": ("已接受", "已拒绝", "暂定", "已取消", "转发"),
    "ko": ("수락", "거절", "미정", "취소됨", "FW"),
    "el": ("Αποδεκτό", "Απορρίφθηκε", "Με επιφύλαξη", "Ακυρώθηκε", "ΠΡΘ"),
    "tr": ("Kabul Edildi", "Reddedildi", "Belki", "İptal Edildi", "İLT"),
}


def olk_html(m, body, owa):
    if owa:
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="%s">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n'
                % ("rtl" if m.lang in ("ar", "he") else "ltr", text_to_html(body, "br")))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (m.body_cs, m.ms_lang.upper(), "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (x if x else "&nbsp;")
                                                         for x in text_to_html(body, "br").split("<br>\n"))))


def exch_msgid(m, host):
    return "<%s%s@%s>" % (host, hexid(m.rng, 24), host + "." + m.exch_region + ".prod.outlook.com")


def r_outlook(m):
    rng = m.rng
    v = m.variant or "m365"
    if v == "teams" and m.year < 2018:
        v = m.variant = "m365"
    olk = v in ("olk",)
    m.infra = {"m365": "m365", "teams": "m365", "outlookcom": "outlookcom", "olk": m.smtp_infra or "postfix",
               "exchange": "exchange"}[v]
    m.tenant_guid = guid(rng)
    m.user_guid = guid(rng)
    m.ms_lang = LANG.get(m.lang, LANG["en"])[4]
    if v in ("m365", "teams", "outlookcom"):
        m.body_cs = "utf-8"
    else:
        m.body_cs = m.legacy_cs
    P = OLK_PREFIX.get(m.lang, OLK_PREFIX["en"])
    body = m.desc
    if v == "teams" or (m.conf and m.conf.get("kind") == "teams"):
        body = (body + "\n\n" if body else "") + teams_block(m)
        if not m.loc:
            m.loc = "Microsoft Teams Meeting" if m.year >= 2020 else "Microsoft Teams-Besprechung" if m.lang == "de" else "Microsoft Teams Meeting"
    if m.method == "REPLY":
        ps = m.attendees[0].get("partstat", "ACCEPTED")
        pre = {"ACCEPTED": P[0], "DECLINED": P[1], "TENTATIVE": P[2]}[ps]
        m.subject_prefix_reply = pre + ": "
        subject = pre + ": " + m.summary
        body = m.comment or ""
    elif m.method == "CANCEL":
        subject = P[3] + ": " + m.summary
        m.status = "CANCELLED"
        m.priority = 1
    else:
        subject = m.subject or m.summary
    if m.fwd:
        subject = P[4] + ": " + subject
        o = m.fwd
        body = "%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s" % (
            m.note or "", o["org"][0], o["org"][1], o["sent"].strftime("%A, %B %d, %Y %I:%M %p"), "; ".join(a.get("name") or a["addr"] for a in o["att"][:6]),
            m.summary, when_str("en", m.start, m.end, m.allday, "olk") + " (UTC%s) %s" % (
                ("+%02d:%02d" % divmod(TZ[m.tz][0], 60)) if TZ[m.tz][0] >= 0 else "-%02d:%02d" % divmod(-TZ[m.tz][0], 60),
                m.tz.split("/")[-1]), m.loc, body)
    elif m.note:
        body = m.note + ("\n\n" + body if body else "")
    if m.method == "REQUEST" and m.ics_desc is None and not m.fwd:
        m.ics_desc = body
    body = footer_add(m, body)
    ics_text = I.ics_ms(m, olk)
    # charset / cte
    cs = m.body_cs
    plain = tleaf(m, body or " ", "text/plain", cs, "quoted-printable" if not m.lang in ("ja", "zh", "ko", "zh-TW") or v in ("m365", "teams", "outlookcom") else "base64")
    htmlt = olk_html(m, body, v in ("m365", "teams", "outlookcom"))
    hp = tleaf(m, htmlt, "text/html", cs, "quoted-printable" if not m.lang in ("ja", "zh", "ko", "zh-TW") or v in ("m365", "teams", "outlookcom") else "base64")
    cal = cal_leaf(m, ics_text, "utf-8", "base64" if rng.random() < 0.85 else "quoted-printable")
    host = "%s%dPR%02dMB%04d" % (rng.choice(["AM9", "DB9", "PAXP", "DU0", "VI1", "AS8", "GV1", "BY5", "CH3", "SJ0", "MW4",
                                               "DM6", "PH7", "SA1", "TYCP", "SEZP", "PS2"])[:4], rng.randint(1, 9),
                                    rng.randint(1, 99), rng.randint(1000, 9999))
    m.exch_host = host
    m.exch_region = rng.choice(["eurprd07", "eurprd04", "namprd11", "namprd04", "apcprd06", "jpnprd01", "prod"])[:8]
    b = "_000_%s%s_" % (host, hexid(rng, 24) + host + m.exch_region[:4])
    if m.method == "REPLY" and not body.strip():
        node = cal
        node = (["Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY",
                 node[0][1]] + node[0][2:], node[1])
    else:
        node = multipart("multipart/alternative;" + CRLF + '\tboundary="%s"' % b, b, [plain, hp, cal])
    hdr = []
    if v == "exchange":
        hdr.append(from_hdr(m, cs=cs))
    else:
        hdr.append(from_hdr(m, cs=cs))
    hdr += [to_hdr(m, cs)]
    if m.cc:
        hdr.append("CC: " + fa_list([fa(n, a, safe_cs(n, cs)) for n, a in m.cc]))
    hdr += [subj(m, subject, "B", cs=cs), "Thread-Topic: " + ew(m.summary, safe_cs(m.summary, cs), "B"),
            "Thread-Index: " + hexid(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==",
            date_hdr(m, pad=True), "Message-ID: " + (exch_msgid(m, host) if v != "olk" and v != "exchange" else
                                         "<%s$%s$%s@%s>" % (hexid(rng, 12).lower(), hexid(rng, 12).lower(), hexid(rng, 8).lower(), m.frm[1].split("@")[1]) if v == "olk" else
                                         "<%s@%s>" % (hexid(rng, 32), "EXCH0%d.%s" % (rng.randint(1, 4), m.frm[1].split("@")[1]))),
            "Accept-Language: %s, en-US" % m.ms_lang if m.ms_lang != "en-US" else "Accept-Language: en-US",
            "Content-Language: " + m.ms_lang]
    if v == "olk":
        hdr = [h for h in hdr if not h.startswith("Accept-Language")]
        hdr += ["X-Mailer: Microsoft Outlook 16.0", "Content-class: urn:content-classes:calendarmessage"]
    else:
        hdr += ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
        if v != "exchange":
            hdr += ["x-ms-publictraffictype: Email",
                    "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (host, host.replace("PR", "PR0")),
                    "x-ms-exchange-calendar-series-instance-id: BAAAAJXXdAAAA" + hexid(rng, 20),
                    "x-microsoft-antispam: BCL:0;ARA:13230040|366016|1800799024|376014;"]
        hdr += ["Content-class: urn:content-classes:calendarmessage"]
    hdr += ["MIME-Version: 1.0"]
    if v in ("m365", "teams", "outlookcom"):
        hdr += ["X-OriginatorOrg: " + m.frm[1].split("@")[1],
                "X-MS-Exchange-CrossTenant-AuthAs: Internal",
                "X-MS-Exchange-CrossTenant-id: " + m.tenant_guid,
                "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
                "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + host]
    return hdr, node


# =====================================================================================  Apple
def r_apple(m):
    rng = m.rng
    v = m.variant or "server"
    if v == "server":
        m.infra = "icloud"
        ics_text = I.ics_apple(m, server=True)
        L = l10n(m.lang)
        when = when_str(m.lang, m.start, m.end, m.allday, "olk")
        if m.method == "REPLY":
            ps = m.attendees[0].get("partstat", "ACCEPTED")
            word = {"ACCEPTED": L["acc"], "DECLINED": L["dec"], "TENTATIVE": L["tent"]}[ps]
            subject = "%s: %s" % (word, m.summary)
            plain = "%s - %s: %s\n%s" % (m.frm[0] or m.frm[1], word, m.summary, when)
        else:
            subject = m.subject or ("%s: %s" % (L["canc"] if m.method == "CANCEL" else L["inv"], m.summary))
            plain = "%s %s \"%s\"\n\n%s\n%s\n" % (m.org[0] or m.org[1], L["invited"], m.summary, when, m.loc or "")
            if m.desc:
                plain += "\n%s\n" % m.desc
            plain += "\nhttps://www.icloud.com/calendar/\n"
        plain = footer_add(m, plain)
        htmlb = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                 '</head><body style="font-family:-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;">'
                 '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">%s'
                 '<p style="margin-top:24px"><a href="https://www.icloud.com/calendar/" style="color:#0070c9">Accept</a> &nbsp; '
                 '<a href="https://www.icloud.com/calendar/" style="color:#0070c9">Maybe</a> &nbsp; <a href="https://www.icloud.com/calendar/" style="color:#0070c9">Decline</a></p>'
                 '</td></tr></table></body></html>' % text_to_html(plain, "p"))
        b1 = "Apple-Webmail-%d--%s" % (rng.randint(10 ** 8, 10 ** 9), guid(rng)[:13])
        b2 = "Apple-Webmail-%d--%s" % (rng.randint(10 ** 8, 10 ** 9), guid(rng)[:13])
        alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, [
            tleaf(m, plain, "text/plain", "utf-8", "quoted-printable", quote_cs=False),
            tleaf(m, htmlb, "text/html", "utf-8", "quoted-printable", quote_cs=False),
            cal_leaf(m, ics_text, "utf-8", "quoted-printable", quote_cs=False)])
        node = multipart('multipart/mixed; boundary="%s"' % b1, b1, [
            alt, cal_leaf(m, ics_text, "utf-8", "base64", name="iCal-%s.ics" % m.date_utc.strftime("%Y%m%d-%H%M%S"),
                          quote_cs=False, disp='Content-Disposition: attachment; filename="iCal-%s.ics"' % m.date_utc.strftime("%Y%m%d-%H%M%S"))])
        hdr = [from_hdr(m, mode="Q"), to_hdr(m, mode="Q"), subj(m, subject, "Q"), date_hdr(m),
               "Message-Id: <%s@icloud.com>" % guid(rng, True) if rng.random() < 0.5 else
               "Message-ID: <%s@me.com>" % guid(rng, True), "MIME-Version: 1.0", "X-Mailer: iCloud MailClient2408B41 MailServer2408B5.31044",
               "X-Apple-Calendar-Server: iMIP"]
        if m.method != "REPLY":
            hdr.insert(1, "Reply-To: " + fa(m.org[0], m.org[1], mode="Q"))
        return hdr, node
    # Calendar.app via Apple Mail
    m.infra = m.smtp_infra or "icloud"
    ics_text = I.ics_apple(m, server=False)
    cs = "iso-2022-jp" if m.lang == "ja" and rng.random() < 0.6 else "utf-8"
    b = "Apple-Mail=_%s" % guid(rng, True)
    if cs == "utf-8" and can_encode(m.note or "", "iso-8859-1") and rng.random() < 0.6:
        cs = "iso-8859-1" if not is_ascii(m.note or "") else "us-ascii"
    fname = "iCal-%s.ics" % (m.date_utc + dt.timedelta(minutes=local_off(m))).strftime("%Y%m%d-%H%M%S")
    text = m.note or ""
    text = footer_add(m, text)
    parts = []
    if text.strip():
        parts.append(tleaf(m, text, "text/plain", cs, "quoted-printable" if cs == "utf-8" else "7bit", quote_cs=False))
    parts.append(leaf(['Content-Disposition: attachment;' + CRLF + '\tfilename=' + fname,
                       'Content-Type: text/calendar;' + CRLF + '\tcharset=utf-8;' + CRLF + '\tx-unix-mode=0644;' + CRLF + '\tname="%s";' % fname + CRLF + '\tmethod=%s' % (m.method or "REQUEST"),
                       "Content-Transfer-Encoding: quoted-printable" if rng.random() < 0.6 else "Content-Transfer-Encoding: 7bit"],
                      None))
    ctex = parts[-1][0][-1].split(": ")[1]
    parts[-1] = (parts[-1][0], encode_body(ics_text, "utf-8", ctex if is_ascii(ics_text) or ctex != "7bit" else "8bit"))
    if ctex == "7bit" and not is_ascii(ics_text):
        parts[-1] = (parts[-1][0][:-1] + ["Content-Transfer-Encoding: 8bit"], parts[-1][1])
    node = multipart('multipart/mixed;' + CRLF + '\tboundary="%s"' % b, b, parts)
    hdr = [from_hdr(m, cs=cs, mode="Q"), "Content-Type: " + node[0][0].split(": ", 1)[1]]
    node = ([], node[1])
    osv = m.apple_prodid.split("//")[2].replace("Mac OS X ", "").replace("macOS ", "")
    hdr += ["Mime-Version: 1.0 (Mac OS X Mail %s \\(%d.%d.%d\\))" % (rng.choice(["16.0", "15.0", "13.4", "12.4"]), rng.randint(3600, 3800), rng.randint(100, 500), rng.randint(1, 11)),
            subj(m, m.subject or m.summary, "Q", cs=cs), date_hdr(m),
            "Message-Id: <%s@%s>" % (guid(rng, True), m.frm[1].split("@")[1]), to_hdr(m, cs=cs, mode="Q"),
            "X-Mailer: Apple Mail (2.%d.%d.%d)" % (rng.randint(3600, 3800), rng.randint(100, 500), rng.randint(1, 11))]
    return hdr, node


# =====================================================================================  Thunderbird
TB_INTRO = {"en": "You have been invited to an event.", "de": "Sie wurden zu einem Termin eingeladen.",
            "fr": "Vous avez été invité à un événement.", "es": "Ha sido invitado a un evento.",
            "it": "Sei stato invitato a un evento.", "pl": "Zostałeś zaproszony na wydarzenie.",
            "ru": "Вы приглашены на мероприятие.", "nl": "U bent uitgenodigd voor een evenement.",
            "ja": "予定に招待されています。", "pt": "Você foi convidado para um evento."}


def tb_version(year):
    return {2016: "45.5.1", 2017: "52.5.0", 2018: "52.9.1", 2019: "60.9.0", 2020: "68.12.0", 2021: "78.14.0",
            2022: "91.13.0", 2023: "102.15.1", 2024: "115.9.0", 2025: "128.5.0", 2026: "140.3.0"}.get(year, "115.3.1")


def r_thunderbird(m):
    rng = m.rng
    m.infra = m.smtp_infra or "postfix"
    L = l10n(m.lang)
    ics_text = I.ics_moz(m)
    when = when_str(m.lang, m.start, m.end, m.allday, "olk")
    if m.method == "REPLY":
        ps = m.attendees[0].get("partstat", "ACCEPTED")
        word = {"ACCEPTED": L["acc"], "DECLINED": L["dec"], "TENTATIVE": L["tent"]}[ps]
        subject = "%s: %s" % (word, m.summary)
        plain = "%s %s" % (m.frm[0] or m.frm[1], word.lower())
    elif m.method == "CANCEL":
        subject = "%s: %s" % (L["canc"], m.summary)
        plain = "%s\n\n%s: %s\n%s: %s\n" % (L["canc"], "Title", m.summary, L["when"], when)
    else:
        subject = m.subject or ("%s: %s" % (L["inv"], m.summary) if rng.random() < 0.8 else m.summary)
        plain = "%s\n\n" % TB_INTRO.get(m.lang, TB_INTRO["en"]) if m.year >= 2019 else ""
        plain += "%s: %s\n%s: %s\n" % ("Title" if m.lang == "en" else "✦", m.summary, L["when"], when) if m.year < 2019 else \
            "%s\n%s: %s\n%s: %s\n%s: %s\n" % (m.summary, L["when"], when + " " + m.tz, L["where"], m.loc or "", L["org"], m.org[0] or m.org[1])
        if m.attendees:
            plain += "%s:\n%s\n" % (L["guests"], "\n".join("%s <%s>" % (a.get("name", ""), a["addr"]) for a in m.attendees[:20]))
        if m.desc:
            plain += "\n%s:\n%s\n" % (L["desc"], m.desc)
        if m.note:
            plain = m.note + "\n\n" + plain
    plain = plain.replace("✦: ", "")
    plain = footer_add(m, plain)
    cs = "UTF-8" if not (m.lang == "ja" and rng.random() < 0.5) else "ISO-2022-JP"
    b1 = "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    b2 = "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, [
        tleaf(m, plain, "text/plain", cs, "8bit" if cs == "UTF-8" else "7bit", quote_cs=False),
        cal_leaf(m, ics_text, "UTF-8", "8bit" if not is_ascii(ics_text) else "7bit", quote_cs=False)])
    att = leaf(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], encode_body(ics_text, "utf-8", "base64"))
    node = multipart('multipart/mixed; boundary="%s"' % b1, b1, [alt, att],
                     preamble="This is a multi-part message in MIME format.")
    mid = "<%s@%s>" % (guid(rng), m.frm[1].split("@")[1])
    osua = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    ver = tb_version(m.year)
    hdr = ["Message-ID: " + mid, date_hdr(m), "MIME-Version: 1.0",
           "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (osua, ver.split(".")[0] + ".0", ver)
           if m.year >= 2019 else "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s Lightning/%s" % (
               osua, ver.split(".")[0] + ".0", ver, "5.4" if m.year < 2018 else "6.2"),
           "Content-Language: " + LANG.get(m.lang, LANG["en"])[4].split("-")[0] if m.lang != "en" else "Content-Language: en-US",
           to_hdr(m, cs), from_hdr(m, cs=cs), subj(m, subject, "B", cs=cs)]
    return hdr, node


# =====================================================================================  Zoom
def r_zoom(m):
    rng = m.rng
    m.infra = "zoom" if (m.zoom_from or "no-reply@zoom.us").endswith("@zoom.us") else (m.smtp_infra or "postfix")
    mid = m.zoom_id or "%d %04d %04d" % (rng.randint(810, 899), rng.randint(0, 9999), rng.randint(0, 9999))
    pwd = hexid(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    url = m.conf["url"] if m.conf else "https://us0%dweb.zoom.us/%s/%s?pwd=%s" % (
        rng.randint(2, 6), "w" if m.webinar else "j", mid.replace(" ", ""), pwd)
    sender_name = m.zoom_sender or ("Zoom" if m.webinar else m.org[0])
    join = "%s\n%s\n\nMeeting ID: %s\nPasscode: %d" % ("Join from a PC, Mac, iPad, or Android:" if m.webinar else "Join Zoom Meeting",
                                                         url, mid, rng.randint(100000, 999999))
    m.loc = m.loc or url
    m.ics_desc = (m.desc + "\n\n" if m.desc else "") + join
    if m.webinar:
        subject = m.subject or "%s Confirmation" % m.summary
        plain = "Hi %s,\n\nThank you for registering for \"%s\".\n\n%s\n\nDate Time: %s\n\n%s\n\nYou can cancel your registration at any time.\n" % (
            m.rcpt.first, m.summary, m.desc, when_str(m.lang, m.start, m.end, False, "olk") + " " + m.tz, join)
    else:
        subject = m.subject or m.summary
        plain = "%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s %s\n\n%s\n\n%s\n" % (
            m.org[0], m.summary, when_str("en", m.start, m.end, False, "olk"), m.tz, join, m.desc)
    if m.lang != "en" and m.webinar:
        plain = "%s\n\n%s\n\n%s\n%s\n" % (m.rcpt.first, m.desc, when_str(m.lang, m.start, m.end, False, "olk") + " " + m.tz, join)
    plain = footer_add(m, plain)
    ics_text = I.ics_zoom(m)
    htmlb = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Zoom</title></head><body style="background:#f4f4f4">'
             '<table width="600" align="center" style="background:#ffffff;font-family:Lato,Helvetica,Arial,sans-serif">'
             '<tr><td style="padding:20px"><img src="https://st1.zoom.us/static/6.3.12345/image/new/ZoomLogo_110_25.png" alt="Zoom" width="110" height="25"></td></tr>'
             '<tr><td style="padding:20px;font-size:14px;color:#232333">%s</td></tr></table></body></html>' % text_to_html(plain, "br"))
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m.date_utc.timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m.date_utc.timestamp() * 1000))
    alt = multipart('multipart/alternative; ' + CRLF + '\tboundary="%s"' % b2, b2, [
        tleaf(m, plain, "text/plain", "UTF-8", "quoted-printable", quote_cs=False),
        tleaf(m, htmlb, "text/html", "UTF-8", "quoted-printable", quote_cs=False)])
    cal = leaf(['Content-Type: text/calendar; charset=UTF-8; method=%s; name=iCalendar.ics' % (m.method or "REQUEST"),
                "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename=iCalendar.ics'],
               encode_body(ics_text, "utf-8", "base64"))
    node = multipart('multipart/mixed; ' + CRLF + '\tboundary="%s"' % b1, b1, [alt, cal])
    from_addr = m.zoom_from or "no-reply@zoom.us"
    hdr = ["Date: " + rfc2822(m.date_utc, 0) + " (UTC)",
           "From: " + fa(sender_name, from_addr, mode="B", quote=True),
           "Reply-To: " + fa(m.org[0], m.org[1]), to_hdr(m), "Message-ID: <%s@zoom.us>" % guid(rng).replace("-", "")[:24],
           subj(m, subject, "B", "UTF-8"), "MIME-Version: 1.0"]
    m.frm = (sender_name, from_addr)
    return hdr, node


# =====================================================================================  Nextcloud / SOGo / Zimbra / Yahoo
def r_nextcloud(m):
    rng = m.rng
    m.infra = m.smtp_infra or "postfix"
    L = l10n(m.lang)
    ics_text = I.ics_generic(m, "sabre")
    when = when_str(m.lang, m.start, m.end, m.allday, "olk")
    title = {"REQUEST": L["inv"], "CANCEL": L["canc"], "REPLY": L["acc"]}.get(m.method, L["inv"])
    subject = m.subject or "%s: %s" % (title, m.summary)
    plain = "%s\n\n%s\n\n%s: %s\n%s: %s\n" % ("%s %s" % (m.org[0], L["invited"]) if m.method == "REQUEST" else title,
                                             m.summary, L["when"], when + " (" + m.tz + ")", L["where"], m.loc or "")
    if m.desc:
        plain += "%s: %s\n" % (L["desc"], m.desc)
    if m.url:
        plain += "Link: %s\n" % m.url
    plain += "%s: %s\n" % (L["guests"], ", ".join(a.get("name") or a["addr"] for a in m.attendees[:25]))
    if m.method == "REQUEST" and m.nc_links:
        tok = hexid(rng, 15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        plain += "\nAccept: https://%s/index.php/apps/calendar/invitation/accept/%s\nDecline: https://%s/index.php/apps/calendar/invitation/decline/%s\n" % (
            m.nc_host, tok, m.nc_host, tok)
    plain = footer_add(m, plain)
    htmlb = ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>\n'
             '<body style="-webkit-font-smoothing:antialiased;background:#f3f3f3;"><table style="width:100%%"><tr><td align="center">'
             '<table style="width:550px;background:#ffffff"><tr><td style="padding:20px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Oxygen-Sans,Ubuntu,Cantarell,\'Helvetica Neue\',Arial,sans-serif">'
             '%s</td></tr></table><p style="color:#9b9b9b;font-size:12px">%s - %s</p></td></tr></table></body>\n</html>\n'
             % (m.lang, text_to_html(plain, "p"), H.escape(m.nc_name), "a safe home for all your data"))
    b = "_=_swift_%d_%s_=_" % (int(m.date_utc.timestamp()), hexid(rng, 32, "0123456789abcdef")) if m.year < 2023 else hexid(rng, 8, "0123456789abcdefghijklmnopqrstuvwxyz")
    node = multipart('multipart/alternative; boundary="%s"' % b if m.year < 2023 else 'multipart/alternative; boundary=%s' % b, b, [
        tleaf(m, plain, "text/plain", "utf-8", "quoted-printable", quote_cs=False),
        tleaf(m, htmlb, "text/html", "utf-8", "quoted-printable", quote_cs=False),
        cal_leaf(m, ics_text, "utf-8", "quoted-printable" if m.year < 2023 else "8bit", quote_cs=False)])
    nname = "%s via %s" % (m.org[0], m.nc_name) if m.method != "REPLY" else m.frm[0]
    hdr = ["Message-ID: <%s@%s>" % (hexid(rng, 32, "0123456789abcdef"), m.nc_host), date_hdr(m),
           subj(m, subject, "Q"), "From: " + fa(nname, m.nc_from, mode="Q"),
           "Reply-To: " + fa(m.org[0] if m.method != "REPLY" else m.frm[0], m.org[1] if m.method != "REPLY" else m.frm[1], mode="Q"),
           to_hdr(m, mode="Q"), "MIME-Version: 1.0", "Auto-Submitted: auto-generated"]
    m.frm = (nname, m.nc_from)
    return hdr, node


def r_sogo(m):
    rng = m.rng
    m.infra = m.smtp_infra or "postfix"
    L = l10n(m.lang)
    ics_text = I.ics_generic(m, "sogo")
    when = when_str(m.lang, m.start, m.end, m.allday, "olk")
    title = {"REQUEST": L["inv"], "CANCEL": L["canc"], "REPLY": L["acc"]}.get(m.method, L["inv"])
    subject = m.subject or "%s: %s" % (title, m.summary)
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<p>%s %s "%s".</p><table><tr><td>%s:</td><td>%s</td></tr><tr><td>%s:</td><td>%s</td></tr></table>%s</body></html>'
             % (H.escape(m.org[0] or ""), H.escape(L["invited"]), H.escape(m.summary), L["when"], when, L["where"],
                H.escape(m.loc or ""), text_to_html(footer_add(m, m.desc), "p") if m.desc or m.footer else ""))
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999), int(m.date_utc.timestamp()), rng.randint(100, 999), rng.randint(1, 9))
    node = multipart('multipart/mixed; boundary="%s"' % b, b, [
        tleaf(m, htmlb, "text/html", "utf-8", "quoted-printable"),
        cal_leaf(m, ics_text, "utf-8", "quoted-printable", extra=("Content-Disposition: inline",))])
    hdr = ["Date: " + rfc2822(m.date_utc, local_off(m)), subj(m, subject, "Q", "UTF-8"), from_hdr(m, mode="Q"),
           to_hdr(m, mode="Q"), "MIME-Version: 1.0", "Message-ID: <%s-%s-%s-%s@%s>" % (
               hexid(rng, 4), hexid(rng, 8), hexid(rng, 1), hexid(rng, 8), m.frm[1].split("@")[1]),
           "X-Mailer: SOGoMail %s" % m.sogo_ver, "X-Forward: 127.0.0.1"]
    return hdr, node


def zimbra_ver(y):
    return "8.8.15_GA_%d" % (3869 + (y - 2019) * 120) if y < 2022 else "9.0.0_GA_%d" % (4178 + (y - 2022) * 90) if y < 2025 else "10.1.%d_GA_%d" % (y - 2024, 4655)


def r_zimbra(m):
    rng = m.rng
    m.infra = "zimbra"
    ics_text = I.ics_generic(m, "zimbra")
    when = when_str(m.lang, m.start, m.end, m.allday, "olk") + " " + m.tz
    L = l10n(m.lang)
    if m.method == "REPLY":
        ps = m.attendees[0].get("partstat", "ACCEPTED")
        word = {"ACCEPTED": L["acc"], "DECLINED": L["dec"], "TENTATIVE": L["tent"]}[ps]
        subject = "%s: %s" % (word, m.summary)
        plain = "%s %s\n\n%s" % (m.frm[0], word.lower(), m.comment or "")
    else:
        subject = m.subject or (("%s: " % L["canc"] if m.method == "CANCEL" else "") + m.summary)
        plain = ("The following is a new meeting request:" if m.lang == "en" else L["inv"] + ":") + "\n\n"
        plain += "Subject: %s \nOrganizer: \"%s\" <%s> \n\n" % (m.summary, m.org[0], m.org[1])
        if m.loc:
            plain += "Location: %s \n" % m.loc
        plain += "Time: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
            when, "; ".join(a["addr"] for a in m.attendees[:30]), m.desc)
    plain = footer_add(m, plain)
    htmlb = "<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n" \
            "<tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border='0'>\n" \
            "<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
                "The following is a new meeting request:" if m.lang == "en" else L["inv"], H.escape(m.summary),
                H.escape(m.org[0]), m.org[1], when, text_to_html(footer_add(m, m.desc), "br"))
    b = "=_%s" % guid(rng)
    node = multipart('multipart/alternative; ' + CRLF + '\tboundary="%s"' % b, b, [
        tleaf(m, plain, "text/plain", "utf-8", "quoted-printable" if rng.random() < 0.6 else "7bit", quote_cs=False),
        tleaf(m, htmlb, "text/html", "utf-8", "quoted-printable", quote_cs=False),
        cal_leaf(m, ics_text, "utf-8", "7bit", name="meeting.ics", quote_cs=False)])
    ver = zimbra_ver(m.year)
    hdr = [date_hdr(m), from_hdr(m), to_hdr(m), "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (
        rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m.date_utc.timestamp() * 1000), m.frm[1].split("@")[1]),
           subj(m, subject), "MIME-Version: 1.0", "X-Originating-IP: [198.51.100.%d]" % rng.randint(2, 254),
           "X-Mailer: Zimbra %s (ZimbraWebClient - FF%d (%s)/%s)" % (ver, 90 + m.year - 2021, rng.choice(["Win", "Linux", "Mac"]), ver),
           "Thread-Topic: " + ew(m.summary), "Thread-Index: " + hexid(rng, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")]
    return hdr, node


def r_yahoo(m):
    rng = m.rng
    m.infra = "yahoo"
    L = l10n(m.lang)
    ics_text = I.ics_generic(m, "yahoo")
    when = when_str(m.lang, m.start, m.end, m.allday, "olk")
    subject = m.subject or "%s: %s" % (L["inv"], m.summary)
    plain = "%s %s\n\n%s\n%s: %s\n%s: %s\n\n%s\n" % (m.org[0], L["invited"], m.summary, L["when"], when, L["where"],
                                                  m.loc or "-", m.desc)
    plain = footer_add(m, plain)
    htmlb = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>' % text_to_html(plain, "br")
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m.date_utc.timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m.date_utc.timestamp() * 1000))
    alt = multipart('multipart/alternative; ' + CRLF + '\tboundary="%s"' % b2, b2, [
        tleaf(m, plain, "text/plain", "UTF-8", "quoted-printable", quote_cs=False),
        tleaf(m, htmlb, "text/html", "UTF-8", "quoted-printable", quote_cs=False),
        cal_leaf(m, ics_text, "UTF-8", "7bit", quote_cs=False)])
    att = leaf(['Content-Type: application/ics; name="invite.ics"', "Content-Transfer-Encoding: base64",
                'Content-Disposition: attachment; filename="invite.ics"'], encode_body(ics_text, "utf-8", "base64"))
    node = multipart('multipart/mixed; ' + CRLF + '\tboundary="%s"' % b1, b1, [alt, att])
    hdr = [date_hdr(m), from_hdr(m), "Reply-To: " + fa(m.frm[0], m.frm[1]), to_hdr(m),
           "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m.date_utc.timestamp() * 1000)),
           subj(m, subject), "MIME-Version: 1.0",
           "X-Mailer: WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23000)]
    return hdr, node


# =====================================================================================  booking engines (ESP)
def r_booking(m):
    rng = m.rng
    m.infra = "esp"
    br = m.brand
    m.tool = br.get("tool", {"prodid": br["prodid"], "method": m.method or "PUBLISH", "tz": br.get("tz", "utc"),
                             "calscale": True, "attendee": br.get("attendee", "none"), "organizer": br.get("organizer", True)})
    if not m.desc and m.note:
        m.ics_desc = m.note
    ics_text = I.ics_tool(m)
    plain = m.note or m.desc
    plain = footer_add(m, plain)
    cs = safe_cs(plain, br.get("cs", "utf-8"))
    htmlb = m.html or ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>'
                       '<body style="margin:0;padding:0;background:#eeeeee"><table role="presentation" width="100%%"><tr><td align="center">'
                       '<table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px"><tr><td style="padding:16px;background:%s;color:#fff;font-size:20px">%s</td></tr>'
                       '<tr><td style="padding:16px">%s</td></tr></table></td></tr></table></body></html>'
                       % (cs, H.escape(br["name"]), br.get("color", "#003580"), H.escape(br["name"]), text_to_html(plain, "p")))
    fname = br.get("fname", "event.ics")
    b1 = br.get("bfmt", "----=_Part_%d") % rng.randint(10 ** 7, 10 ** 8) if "%d" in br.get("bfmt", "----=_Part_%d") else br["bfmt"]
    b2 = b1 + "_alt"
    parts = []
    if not br.get("html_only"):
        parts.append(tleaf(m, plain, "text/plain", cs, "quoted-printable"))
    parts.append(tleaf(m, htmlb, "text/html", cs, "quoted-printable"))
    alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, parts) if len(parts) > 1 else parts[0]
    ct = br.get("ics_ct", "text/calendar")
    if ct == "text/calendar":
        cal = leaf(['Content-Type: text/calendar; charset=utf-8; method=%s; name="%s"' % (m.tool.get("method") or "PUBLISH", fname),
                    "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="%s"' % fname],
                   encode_body(ics_text, "utf-8", "base64"))
    else:
        cal = leaf(['Content-Type: %s; name="%s"' % (ct, fname), "Content-Transfer-Encoding: base64",
                    'Content-Disposition: attachment; filename="%s"' % fname], encode_body(ics_text, "utf-8", "base64"))
    node = multipart('multipart/mixed; boundary="%s"' % b1, b1, [alt, cal])
    hdr = [from_hdr(m, cs=cs, quote=True), to_hdr(m, cs), subj(m, m.subject or m.summary, "B", cs=cs), date_hdr(m),
           "Message-ID: <%s@%s>" % (guid(rng).replace("-", ""), br.get("msgid_host", m.frm[1].split("@")[1])), "MIME-Version: 1.0"]
    if m.reply_to:
        hdr.append("Reply-To: " + fa(*m.reply_to))
    hdr += br.get("headers", [])
    return hdr, node


# =====================================================================================  hand-rolled tools
def r_tool(m):
    rng = m.rng
    v = m.variant or "phpmailer"
    m.infra = m.smtp_infra or ("vps" if m.label == "spam" else "postfix")
    ics_text = I.ics_tool(m)
    text = m.note if m.note is not None else m.desc
    text = footer_add(m, text)
    cs = safe_cs(text, m.tool_cs or "utf-8") if not m.tool.get("raw8_subject") else "utf-8"
    htmlb = m.html or "<html><body>%s</body></html>" % text_to_html(text, "br")
    hdr = []
    lf = bool(m.tool.get("lf_b64"))
    if v == "bare":
        ct = 'text/calendar; method=%s; charset="%s"' % (m.method_param or m.method or "REQUEST", "UTF-8")
        node = leaf(["Content-Type: " + ct, "Content-Transfer-Encoding: " + ("base64" if lf or rng.random() < 0.5 else "8bit" if not is_ascii(ics_text) else "7bit")], None)
        node = (node[0], encode_body(ics_text, "utf-8", node[0][1].split(": ")[1], lf))
        hdr = ["X-Mailer: " + m.xmailer] if m.xmailer else []
    elif v == "phpmailer":
        b1 = "b1_" + hexid(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        b2 = "b2_" + b1[3:]
        alt_parts = [tleaf(m, text, "text/plain", cs, "quoted-printable" if not is_ascii(text) else "7bit", quote_cs=False),
                     tleaf(m, htmlb, "text/html", cs, "quoted-printable" if not is_ascii(htmlb) else "7bit", quote_cs=False)]
        if m.tool.get("inline_cal", True):
            meth = m.method_param or m.method or "REQUEST"
            alt_parts.append(leaf(["Content-Type: text/calendar; method=%s; charset=utf-8" % meth,
                                   "Content-Transfer-Encoding: " + ("base64" if lf else "7bit" if is_ascii(ics_text) else "8bit")],
                                  encode_body(ics_text, "utf-8", "base64" if lf else "7bit" if is_ascii(ics_text) else "8bit", lf)))
        alt = multipart("multipart/alternative;" + CRLF + ' boundary="%s"' % b2, b2, alt_parts, preamble=None)
        if m.tool.get("attach", True):
            att = leaf(['Content-Type: %s; name=%s' % (m.tool.get("att_ct", "application/octet-stream"), m.tool.get("fname", "invite.ics")),
                        "Content-Transfer-Encoding: base64", "Content-Disposition: attachment; filename=" + m.tool.get("fname", "invite.ics")],
                       encode_body(ics_text, "utf-8", "base64", lf))
            node = multipart("multipart/mixed;" + CRLF + ' boundary="%s"' % b1, b1, [alt, att],
                             preamble="This is a multi-part message in MIME format.")
        else:
            node = alt
        hdr = ["X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % rng.choice(["6.1.4", "6.5.0", "6.8.1", "6.9.1", "5.2.27"])]
    elif v == "nodemailer":
        b = "--_NmP-%s-Part_1" % hexid(rng, 16, "0123456789abcdef")
        b2 = "--_NmP-%s-Part_2" % b[7:23]
        meth = m.method_param or m.method or "REQUEST"
        parts = [tleaf(m, text, "text/plain", "utf-8", "quoted-printable" if not is_ascii(text) else "7bit", quote_cs=False),
                 tleaf(m, htmlb, "text/html", "utf-8", "quoted-printable" if not is_ascii(htmlb) else "7bit", quote_cs=False)]
        ccte = "base64" if lf or rng.random() < 0.4 else "quoted-printable"
        parts.append(leaf(["Content-Type: text/calendar; charset=utf-8; method=" + meth, "Content-Transfer-Encoding: " + ccte],
                          encode_body(ics_text, "utf-8", ccte, lf)))
        alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, parts)
        if m.tool.get("attach", rng.random() < 0.5):
            att = leaf(['Content-Type: text/calendar; name=%s' % m.tool.get("fname", "invite.ics"), "Content-Transfer-Encoding: base64",
                        'Content-Disposition: attachment; filename=%s' % m.tool.get("fname", "invite.ics")],
                       encode_body(ics_text, "utf-8", "base64", lf))
            node = multipart('multipart/mixed; boundary="%s"' % b, b, [alt, att])
        else:
            node = alt
    elif v == "pymime":
        b1 = "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
        b2 = "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
        pcte = "base64" if not is_ascii(text) else "7bit"
        inner = [tleaf(m, text, "text/plain", cs, pcte, quote_cs=True)]
        if m.tool.get("html", True):
            inner.append(tleaf(m, htmlb, "text/html", cs, "base64" if not is_ascii(htmlb) else "7bit", quote_cs=True))
        alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, inner) if len(inner) > 1 else inner[0]
        att = leaf(['Content-Type: %s; charset="utf-8"; method="%s"' % (m.tool.get("att_ct", "text/calendar"), m.method_param or m.method or "REQUEST")
                    if m.tool.get("att_ct", "text/calendar") == "text/calendar" else 'Content-Type: %s' % m.tool["att_ct"],
                    "MIME-Version: 1.0", "Content-Transfer-Encoding: base64",
                    'Content-Disposition: attachment; filename="%s"' % m.tool.get("fname", "invite.ics")],
                   encode_body(ics_text, "utf-8", "base64", lf))
        node = multipart('multipart/mixed; boundary="%s"' % b1, b1, [alt, att])
    else:  # "mixed-html": html + calendar only, e.g. Java/.NET tools
        b1 = "----=_NextPart_%03d_%04X_%08X.%08X" % (rng.randint(0, 999), rng.randint(0, 65535), rng.getrandbits(32), rng.getrandbits(32))
        meth = m.method_param or m.method or "REQUEST"
        hcte = "quoted-printable" if not is_ascii(htmlb) else "7bit"
        node = multipart('multipart/alternative;' + CRLF + '\tboundary="%s"' % b1, b1, [
            tleaf(m, htmlb, "text/html", cs, hcte, quote_cs=False),
            leaf(['Content-Type: text/calendar; method=%s; charset=UTF-8' % meth, "Content-Transfer-Encoding: base64"],
                 encode_body(ics_text, "utf-8", "base64", lf))], preamble="This is a multi-part message in MIME format.")
        if m.xmailer:
            hdr = ["X-Mailer: " + m.xmailer]
    subject = m.subject or m.summary
    raw8 = m.tool.get("raw8_subject")
    top = [date_hdr(m), "From: " + (fa(m.frm[0], m.frm[1], cs) if not raw8 else '%s <%s>' % (m.frm[0], m.frm[1])),
           "To: " + (fa_list([fa(n, a, safe_cs(n or "", cs)) for n, a in (m.to_list or [(m.rcpt.name_disp if m.tool.get("to_name", True) else "", m.rcpt_addr)])])),
           ("Subject: " + subject) if raw8 else subj(m, subject, m.tool.get("subj_mode", "B"), cs=cs),
           "Message-ID: <%s@%s>" % (m.tool.get("msgid") or hexid(rng, 32, "0123456789abcdef"), m.tool.get("msgid_host") or m.frm[1].split("@")[1]),
           "MIME-Version: 1.0"]
    if m.reply_to:
        top.append("Reply-To: " + fa(*m.reply_to))
    if v == "nodemailer" and rng.random() < 0.5:
        top = [t for t in top if not t.startswith("Date")] + [date_hdr(m)]
    return top + hdr + list(m.tool.get("headers", [])), node


# =====================================================================================  mail forwards
def r_mailfwd(m):
    """A person forwards / passes on an invitation with a mail client."""
    rng = m.rng
    v = m.variant or "gmail"
    o = m.fwd
    inner_ics = o["ics"]
    note = m.note or ""
    when = when_str(m.lang, m.start, m.end, m.allday, "olk")
    if v == "gmail":
        m.infra = "gmail"
        plain = "%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s\n" % (
            note, o["org"][0], o["org"][1], o["sent"].strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), o["subject"],
            m.frm[1], o["body"])
        plain = footer_add(m, plain)
        b1 = "000000000000" + hexid(rng, 16, "0123456789abcdef")
        b2 = "000000000000" + hexid(rng, 16, "0123456789abcdef")
        alt = multipart('multipart/alternative; boundary="%s"' % b2, b2, [
            tleaf(m, plain, "text/plain", "UTF-8", "quoted-printable" if not is_ascii(plain) else "7bit"),
            tleaf(m, '<div dir="ltr">%s</div>' % text_to_html(plain, "br"), "text/html", "UTF-8",
                  "quoted-printable")])
        att = leaf(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                    "Content-Transfer-Encoding: base64", "Content-ID: <f_%s>" % hexid(rng, 9, "0123456789abcdefghijklmnopqrstuvwxyz"),
                    "X-Attachment-Id: f_%s" % hexid(rng, 9, "0123456789abcdefghijklmnopqrstuvwxyz")],
                   encode_body(inner_ics, "utf-8", "base64"))
        node = multipart('multipart/mixed; boundary="%s"' % b1, b1, [alt, att])
        hdr = ["MIME-Version: 1.0", "References: " + o["msgid"], "In-Reply-To: " + o["msgid"], "From: " + fa(m.frm[0], m.frm[1]),
               date_hdr(m), "Message-ID: <CA%s@mail.gmail.com>" % hexid(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"),
               subj(m, "Fwd: " + o["subject"]), to_hdr(m)]
        return hdr, node
    # thunderbird / apple / outlook-mail forward inline with attached ics
    m.infra = m.smtp_infra or "postfix"
    if v == "tb":
        sep = "-------- Forwarded Message --------"
        plain = "%s\n\n%s\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n\n\n%s\n" % (
            note, sep, o["subject"], rfc2822(o["sent"], 0), o["org"][0], o["org"][1], m.frm[1], o["body"])
        b = "------------" + hexid(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        xm = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Thunderbird/%s" % (
            tb_version(m.year).split(".")[0] + ".0", tb_version(m.year))
        subjp = "Fwd: "
    elif v == "apple":
        plain = "%s\n\n> Begin forwarded message:\n> \n> From: %s <%s>\n> Subject: %s\n> Date: %s\n> To: %s\n> \n%s\n" % (
            note, o["org"][0], o["org"][1], o["subject"], o["sent"].strftime("%d %B %Y at %H:%M:%S"), m.frm[1],
            "\n".join("> " + l for l in o["body"].split("\n")))
        b = "Apple-Mail=_" + guid(rng, True)
        xm = "X-Mailer: iPhone Mail (%s)" % rng.choice(["20G75", "21B101", "21E236", "22B91"])
        subjp = "Fwd: "
    else:
        plain = "%s\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n" % (
            note, o["org"][0], o["org"][1], o["sent"].strftime("%A, %B %d, %Y %I:%M %p"), m.frm[1], o["subject"], o["body"])
        b = "_004_" + hexid(rng, 40) + "_"
        xm = "X-MS-Has-Attach: yes"
        subjp = OLK_PREFIX.get(m.lang, OLK_PREFIX["en"])[4] + ": "
    plain = footer_add(m, plain)
    cs = safe_cs(plain, "utf-8" if v != "olkmail" else m.legacy_cs)
    att = leaf(['Content-Type: text/calendar; charset=UTF-8; name="%s"' % o.get("fname", "invite.ics"),
                'Content-Disposition: attachment; filename="%s"' % o.get("fname", "invite.ics"), "Content-Transfer-Encoding: base64"],
               encode_body(inner_ics, "utf-8", "base64"))
    node = multipart('multipart/mixed; boundary="%s"' % b, b, [tleaf(m, plain, "text/plain", cs, None), att])
    hdr = [from_hdr(m, cs=cs), to_hdr(m, cs), subj(m, subjp + o["subject"], cs=cs), date_hdr(m),
           "Message-ID: <%s@%s>" % (guid(rng), m.frm[1].split("@")[1]), "MIME-Version: 1.0", xm]
    return hdr, node


RENDER = {"google": r_google, "outlook": r_outlook, "apple": r_apple, "thunderbird": r_thunderbird, "zoom": r_zoom,
          "nextcloud": r_nextcloud, "sogo": r_sogo, "zimbra": r_zimbra, "yahoo": r_yahoo, "booking": r_booking,
          "tool": r_tool, "mailfwd": r_mailfwd}
