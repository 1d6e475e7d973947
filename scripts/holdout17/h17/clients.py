# -*- coding: utf-8 -*-
"""Client renderers: MIME layout, client headers and iCalendar style.

Every renderer takes the message bag `m` (see build.M) and returns
(headers, root_part).  headers is an ordered list of (name, value) holding
the client-side header block (From, To, Subject, ...).  Transport headers are
added later by transport.py.
"""
import datetime as dt
import html
import re

from . import core, world
from .core import Part, esc, line, hdr, addr

BP = world.BP

OUT_PFX = {
    "en": dict(ACCEPTED="Accepted: ", DECLINED="Declined: ", TENTATIVE="Tentative: ", CANCEL="Canceled: ", FW="FW: "),
    "de": dict(ACCEPTED="Angenommen: ", DECLINED="Abgelehnt: ", TENTATIVE="Mit Vorbehalt angenommen: ",
               CANCEL="Abgesagt: ", FW="WG: "),
    "fr": dict(ACCEPTED="Accepté: ", DECLINED="Refusé: ", TENTATIVE="Provisoire: ", CANCEL="Annulé: ", FW="TR: "),
    "es": dict(ACCEPTED="Aceptado: ", DECLINED="Rechazado: ", TENTATIVE="Provisional: ", CANCEL="Cancelado: ",
               FW="RV: "),
    "it": dict(ACCEPTED="Accettato: ", DECLINED="Rifiutato: ", TENTATIVE="Provvisorio: ", CANCEL="Annullato: ",
               FW="I: "),
    "pt": dict(ACCEPTED="Aceito: ", DECLINED="Recusado: ", TENTATIVE="Provisório: ", CANCEL="Cancelado: ",
               FW="ENC: "),
    "nl": dict(ACCEPTED="Geaccepteerd: ", DECLINED="Geweigerd: ", TENTATIVE="Voorlopig: ", CANCEL="Geannuleerd: ",
               FW="FW: "),
    "pl": dict(ACCEPTED="Zaakceptowane: ", DECLINED="Odrzucone: ", TENTATIVE="Wstępnie zaakceptowane: ",
               CANCEL="Anulowane: ", FW="PD: "),
    "ru": dict(ACCEPTED="Принято: ", DECLINED="Отклонено: ", TENTATIVE="Под вопросом: ", CANCEL="Отменено: ",
               FW="FW: "),
    "ja": dict(ACCEPTED="承諾: ", DECLINED="辞退: ", TENTATIVE="仮承諾: ", CANCEL="キャンセル済み: ", FW="FW: "),
}


def out_pfx(lang, key):
    if lang in OUT_PFX:
        return OUT_PFX[lang][key]
    bp = BP[lang]
    return {"ACCEPTED": bp["acc"], "DECLINED": bp["dec"], "TENTATIVE": bp["ten"], "CANCEL": bp["cxl"],
            "FW": "FW"}[key] + ": "


# ------------------------------------------------------------------ shared helpers
def dur_fmt(minutes, style="plain"):
    if style == "google":
        d, r = divmod(minutes, 1440)
        h, mi = divmod(r, 60)
        return "-P%dDT%dH%dM0S" % (d, h, mi)
    if minutes % 1440 == 0 and minutes:
        return "-P%dD" % (minutes // 1440)
    if minutes % 60 == 0 and minutes:
        return "-PT%dH" % (minutes // 60)
    return "-PT%dM" % minutes


def dt_props(m, name, local, style, tzid_name=None, quote=False):
    """DTSTART/DTEND content line."""
    ev = m.ev
    if ev["allday"]:
        return "%s;VALUE=DATE:%s" % (name, core.ical_date(local))
    if style == "utc":
        return "%s:%s" % (name, core.ical_utc(core.to_utc(ev["tz"], local)))
    if style == "floating":
        return "%s:%s" % (name, core.ical_dt(local))
    tzn = tzid_name or ev["tz"]
    if quote:
        tzn = '"%s"' % tzn
    return "%s;TZID=%s:%s" % (name, tzn, core.ical_dt(local))


def end_of(m):
    ev = m.ev
    if ev["allday"]:
        return ev["start"] + dt.timedelta(days=ev["allday"])
    return ev["end"]


def when_str(m, tzlabel=None):
    ev = m.ev
    if ev["allday"]:
        return world.when_text(m.lang, ev["start"], ev["start"], allday=True)
    if tzlabel is None:
        tz = core.TZ[ev["tz"]]
        tzlabel = tz[4] if core.utc_offset(ev["tz"], ev["start"]) != tz[1] else tz[3]
    lab = tzlabel
    return world.when_text(m.lang, ev["start"], ev["end"], tzlabel=lab)


def quoted(lang, key, title, q=("\u201c", "\u201d")):
    """Wrap title in quotes unless the localized template already quotes it."""
    tpl = BP[lang][key]
    i = tpl.find("{title}")
    if i > 0 and tpl[i - 1] in "\"'\u201c\u00ab\u300c\u2018":
        return title
    return q[0] + title + q[1]


def strip_html(h):
    t = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 <\1>", h, flags=re.S)
    t = re.sub(r"<br\s*/?>|</p>|</h\d>|</div>|</li>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t).strip()


def html_para(text):
    out = []
    for para in text.split("\n"):
        p = html.escape(para)
        p = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', p)
        out.append(p)
    return "<br>\n".join(out)


def eff_desc(m, supports_xalt=False, supports_url=False, supports_attach=False, supports_conf=False):
    """Description text + what goes into special properties for a client."""
    ev = m.ev
    desc = ev["desc"] or ""
    extra = []
    if ev.get("xhtml") and not supports_xalt:
        flat = strip_html(ev["xhtml"])
        if len(desc) < 90:
            desc = flat
        else:
            extra.append(flat)
    if ev.get("url") and not supports_url and ev["url"] not in desc:
        if not ev.get("loc_is_url"):
            extra.append(ev["url"])
    if ev.get("attach") and not supports_attach:
        extra.extend(a[0] for a in ev["attach"])
    if ev.get("conf") and not supports_conf:
        for uri, lab in ev["conf"]:
            if uri not in desc:
                extra.append("%s: %s" % (lab, uri))
    if extra:
        desc = (desc + "\n\n" if desc else "") + "\n".join(extra)
    return desc


def alarm_block(m, style):
    L = []
    for i, mins in enumerate(m.ev["alarms"]):
        if style == "google":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:" + dur_fmt(mins, "google"), "END:VALARM"]
        elif style == "outlook":
            L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:" + dur_fmt(mins), "ACTION:DISPLAY",
                  "END:VALARM"]
        elif style == "olk":
            L += ["BEGIN:VALARM", "TRIGGER:" + dur_fmt(mins), "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
        elif style == "apple":
            u = core.uuid4(m.rng, upper=True)
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:" + dur_fmt(mins), "UID:" + u,
                  "X-WR-ALARMUID:" + u, "END:VALARM"]
        elif style == "moz":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:" + dur_fmt(mins),
                  "DESCRIPTION:Default Mozilla Description", "END:VALARM"]
        elif style == "zimbra":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + dur_fmt(mins),
                  "DESCRIPTION:Reminder", "END:VALARM"]
        elif style == "abs":
            t = core.to_utc(m.ev["tz"], m.ev["start"]) - dt.timedelta(minutes=mins)
            L += ["BEGIN:VALARM", "TRIGGER;VALUE=DATE-TIME:" + core.ical_utc(t), "ACTION:DISPLAY",
                  "DESCRIPTION:" + esc(m.ev["summary"]), "END:VALARM"]
        else:
            L += ["BEGIN:VALARM", "TRIGGER:" + dur_fmt(mins), "ACTION:DISPLAY",
                  "DESCRIPTION:" + esc(m.ev["summary"]), "END:VALARM"]
    return L


def cal_bytes(m, ics_text):
    if "lf_b64" in m.tricks:
        ics_text = ics_text.replace("\r\n", "\n")
    return ics_text.encode(core.codec(m.cal_cs), errors="replace")


def cal_cte(m, default, data):
    if "lf_b64" in m.tricks:
        return "base64"
    if default in ("7bit",) and any(b > 127 for b in data):
        return m.rng.choice(["base64", "quoted-printable", "8bit"])
    return default


TRANSLIT = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"', "\u2018": "'",
                          "\u2019": "'", "\u2192": "->", "\u2022": "*", "\u00ab": '"', "\u00bb": '"',
                          "\u00a0": " ", "\u2665": "<3", "\u2026": "..."})


def text_part(text, cs, cte, subtype="plain", extra="", quote_cs=True):
    if cs.lower() not in ("utf-8", "gb18030") and not core.can_encode(text, cs) and \
            core.can_encode(text.translate(TRANSLIT), cs):
        text = text.translate(TRANSLIT)   # legacy clients write ASCII substitutes
    if not core.can_encode(text, cs):
        for alt in {"gb2312": ["gbk", "gb18030"], "iso-8859-1": ["windows-1252", "iso-8859-15"],
                    "us-ascii": ["iso-8859-1", "windows-1252"], "euc-kr": ["ks_c_5601-1987"],
                    "shift_jis": ["iso-2022-jp"], "iso-2022-jp": ["shift_jis"]}.get(cs.lower(), []) + ["utf-8"]:
            if core.can_encode(text, alt):
                cs = alt
                break
    if cs.lower() == "iso-2022-jp" and cte in ("base64", "quoted-printable", "8bit"):
        cte = "7bit"
    if cte == "7bit" and any(b > 127 for b in text.encode(core.codec(cs))):
        cte = "quoted-printable"
    csv = ('"%s"' % cs) if quote_cs else cs
    heads = [("Content-Type", "text/%s; charset=%s%s" % (subtype, csv, extra))]
    if cte:
        heads.append(("Content-Transfer-Encoding", cte))
    return Part(heads, core.encode_body(text, cs, cte))


def boundary_google(rng):
    return "000000000000" + core.hexid(rng, 16)


def msgid_time(m):
    return int((m.sent - dt.datetime(1970, 1, 1)).total_seconds())


def method_param(m):
    meth = m.ev["method"]
    if "ct_mismatch" in m.tricks:
        return {"REQUEST": "PUBLISH", "PUBLISH": "REQUEST", None: "REQUEST"}.get(meth, "REQUEST")
    return meth


def method_lines(m):
    if "no_method" in m.tricks or not m.ev["method"]:
        return []
    return ["METHOD:" + m.ev["method"]]


def attendee_people(m):
    return [(a["name"], a["email"]) for a in m.attendees]


def to_header(m, everyone):
    if m.ev.get("method") == "REPLY":
        return addr(m.organizer["name"] if m.show_rcpt_name else "", m.organizer["email"], m.text_cs_hdr)
    if everyone and m.attendees:
        people = [(a["name"] if a["name"] != a["email"] else "", a["email"]) for a in m.attendees
                  if a["email"] != m.organizer["email"]]
        if not people:
            people = [(m.rcpt["name"], m.rcpt["email"])]
        return core.addr_list(people, m.text_cs_hdr)
    return addr(m.rcpt["name"] if m.show_rcpt_name else "", m.rcpt["email"], m.text_cs_hdr)


def date_hdr(m, zone="local", comment=None):
    if zone == "utc":
        return core.rfc2822(m.sent, 0, comment)
    local = core.to_local(m.sender_tz, m.sent)
    off = core.utc_offset(m.sender_tz, local)
    return core.rfc2822(local, off, comment)


def subj(m, text):
    return hdr(text, m.text_cs_hdr, "Subject")


def extra_events(m, builder):
    L = []
    for ex in m.ev.get("extra", []):
        L += builder(ex)
    return L


def lang_tag(m):
    return m.locale


# ------------------------------------------------------------------ generic VEVENT property set
def prop_set(m, astyle, ostyle, dtstyle="tzid", tzid_name=None, quote_tz=False, desc=None, lang_param=False):
    """Common properties keyed by name -> list of content lines."""
    ev = m.ev
    P = {}
    L = ";LANGUAGE=%s" % m.locale if lang_param else ""
    comp = ev["comp"]
    P["DTSTART"] = [dt_props(m, "DTSTART", ev["start"], dtstyle, tzid_name, quote_tz)]
    if comp == "VTODO":
        P["DUE"] = [dt_props(m, "DUE", end_of(m), dtstyle, tzid_name, quote_tz)]
    else:
        P["DTEND"] = [dt_props(m, "DTEND", end_of(m), dtstyle, tzid_name, quote_tz)]
    if ev["rrule"]:
        P["RRULE"] = ["RRULE:" + ev["rrule"]]
    P["SUMMARY"] = ["SUMMARY%s:%s" % (L, esc(ev["summary"], commas=ev.get("esc_commas", True)))]
    d = desc if desc is not None else ev["desc"]
    if d:
        P["DESCRIPTION"] = ["DESCRIPTION%s:%s" % (L, esc(d, commas=ev.get("esc_commas", True)))]
    if ev.get("loc"):
        P["LOCATION"] = ["LOCATION%s:%s" % (L, esc(ev["loc"], commas=ev.get("esc_commas", True)))]
    if m.organizer and ev["method"] != "PUBLISH" or (m.organizer and ev.get("org_in_publish")):
        P["ORGANIZER"] = [fmt_org(m, ostyle)]
    P["ATTENDEE"] = [fmt_att(m, a, astyle) for a in m.attendees]
    if "no_uid" not in m.tricks:
        P["UID"] = ["UID:" + ev["uid"]]
    if "no_dtstamp" not in m.tricks:
        P["DTSTAMP"] = ["DTSTAMP:" + core.ical_utc(m.dtstamp)]
    P["SEQUENCE"] = ["SEQUENCE:%d" % ev["seq"]]
    st = ev["status"]
    if comp == "VTODO":
        st = "NEEDS-ACTION" if st == "CONFIRMED" else st
    P["STATUS"] = ["STATUS:" + st]
    P["CREATED"] = ["CREATED:" + core.ical_utc(m.created)]
    P["LAST-MODIFIED"] = ["LAST-MODIFIED:" + core.ical_utc(m.lastmod)]
    if ev.get("comment"):
        P["COMMENT"] = ["COMMENT:" + esc(ev["comment"])]
    return P


def fmt_org(m, style):
    o = m.organizer
    n, e = o["name"], o["email"]
    if style == "google":
        return line("ORGANIZER", "mailto:" + e, [("CN", n or e)])
    if style == "apple":
        return 'ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % (n.replace('"', ""), e, e)
    if style == "moz":
        return line("ORGANIZER", "mailto:" + e, [("RSVP", "TRUE"), ("CN", n), ("PARTSTAT", "ACCEPTED"),
                                                 ("ROLE", "CHAIR")])
    if style == "olk":
        return 'ORGANIZER;CN="%s":mailto:%s' % (n.replace('"', ""), e)
    if style == "upper":
        return "ORGANIZER;CN=%s:MAILTO:%s" % (core.pval(n), e)
    if style == "sentby":
        return line("ORGANIZER", "mailto:" + e, [("CN", n), ("SENT-BY", '"mailto:%s"' % m.sender["email"])])
    return line("ORGANIZER", "mailto:" + e, [("CN", n)] if n else [])


def fmt_att(m, a, style):
    n, e = a["name"], a["email"]
    ps, role, rsvp = a.get("partstat", "NEEDS-ACTION"), a.get("role", "REQ-PARTICIPANT"), a.get("rsvp", "TRUE")
    if style == "google":
        return line("ATTENDEE", "mailto:" + e, [("CUTYPE", "INDIVIDUAL"), ("ROLE", role), ("PARTSTAT", ps),
                                                ("RSVP", rsvp), ("CN", n or e), ("X-NUM-GUESTS", "0")])
    if style == "outlook":
        return line("ATTENDEE", "mailto:" + e, [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp), ("CN", n or e)])
    if style == "olk":
        return 'ATTENDEE;CN="%s";RSVP=%s:mailto:%s' % ((n or e).replace('"', ""), rsvp, e)
    if style == "apple":
        return 'ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % (
            (n or e).replace('"', ""), e, ps, role, rsvp, e)
    if style == "moz":
        return line("ATTENDEE", "mailto:" + e, [("RSVP", rsvp), ("CN", n or e), ("PARTSTAT", ps), ("ROLE", role),
                                                ("CUTYPE", "INDIVIDUAL")])
    if style == "sabre":
        return line("ATTENDEE", "mailto:" + e, [("CN", n or e), ("CUTYPE", "INDIVIDUAL"), ("PARTSTAT", ps),
                                                ("ROLE", role), ("RSVP", rsvp), ("LANGUAGE", m.lang)])
    if style == "zimbra":
        return line("ATTENDEE", "mailto:" + e, ([("CN", n)] if n else []) + [("ROLE", role), ("PARTSTAT", ps),
                                                                            ("RSVP", rsvp)])
    if style == "sogo":
        return line("ATTENDEE", "mailto:" + e, [("PARTSTAT", ps), ("RSVP", rsvp), ("ROLE", role), ("CN", n or e)])
    if style == "bare":
        return "ATTENDEE:MAILTO:" + e
    if style == "upper":
        return "ATTENDEE;CN=%s;RSVP=TRUE:MAILTO:%s" % (core.pval(n or e), e)
    return line("ATTENDEE", "mailto:" + e, [("CN", n or e), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)])


def ordered(P, order):
    L = []
    for k in order:
        L += P.pop(k, [])
    for k in list(P):
        L += P.pop(k)
    return L


def tz_lines(m, style, **kw):
    if m.ev["allday"] or m.ev.get("dtstyle") == "utc":
        return []
    return core.vtimezone(m.ev["tz"], style, **kw)


def wrap_vcal(m, head, body, foot=None):
    lines = ["BEGIN:VCALENDAR"] + head + body + (foot or []) + ["END:VCALENDAR"]
    return core.render_ics(lines, m.fold)


# ------------------------------------------------------------------ Google Calendar
def google_eid(m):
    return core.alnum(m.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def render_google(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    recurring = bool(ev["rrule"])
    dtstyle = "tzid" if recurring else "utc"
    ev["dtstyle"] = dtstyle
    desc = eff_desc(m, supports_xalt=False, supports_url=False, supports_attach=True, supports_conf=True)
    if ev.get("xhtml"):
        # Google stores rich descriptions as HTML
        desc = ev["xhtml"] if not ev["desc"] else html_para(ev["desc"]) + "<br>" + ev["xhtml"]
    meet = None
    for uri, lab in ev.get("conf", []):
        if "meet.google.com" in uri:
            meet = uri
    if meet:
        desc = (desc + "\n\n" if desc else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-") % meet
    P = prop_set(m, "google", "google", dtstyle=dtstyle, desc=desc)
    if meet:
        P["X-GOOGLE-CONFERENCE"] = ["X-GOOGLE-CONFERENCE:" + meet]
    P["X-MICROSOFT-CDO-OWNERAPPTID"] = ["X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2000000000, 2000000000)]
    P["TRANSP"] = ["TRANSP:OPAQUE" if not ev["allday"] else "TRANSP:TRANSPARENT"]
    if ev.get("attach"):
        P["ATTACH"] = [line("ATTACH", u, [("FILENAME", fn), ("FMTTYPE", ft)]) for u, fn, ft in ev["attach"]]
    if ev.get("conf") and not meet:
        # third-party conferencing add-on: link ends up in LOCATION
        if not ev.get("loc"):
            P["LOCATION"] = ["LOCATION:" + esc(ev["conf"][0][0])]
    ev["alarms"] = ev["alarms"][:5]
    order = ["DTSTART", "DTEND", "DUE", "RRULE", "DTSTAMP", "ORGANIZER", "UID", "ATTENDEE", "X-GOOGLE-CONFERENCE",
             "X-MICROSOFT-CDO-OWNERAPPTID", "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION", "SEQUENCE",
             "STATUS", "SUMMARY", "TRANSP", "ATTACH"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "google") + ["END:" + ev["comp"]]
    head = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"] + method_lines(m)
    if recurring:
        head += core.vtimezone(ev["tz"], "olson", xlic=True)
    ics = wrap_vcal(m, head, body)

    # ---- mail body
    eid = google_eid(m)
    tok = core.alnum(rng, 40)
    ctz = ev["tz"].replace("/", "%2F")
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (
        eid, tok, ctz, lang)
    org = m.organizer
    meth = ev["method"]
    whenx = when_str(m)
    if meth == "REPLY":
        a = m.attendees[0]
        verb = {"ACCEPTED": "has accepted", "DECLINED": "has declined", "TENTATIVE": "has replied \"Maybe\" to"}[a["partstat"]]
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a["partstat"]]
        subject = "%s: %s @ %s (%s)" % (bp[key], ev["summary"], whenx, m.rcpt["email"])
        text = "%s %s this invitation.\n\n%s\n%s\n" % (a["name"] or a["email"], verb, ev["summary"], whenx)
        if lang != "en":
            text = "%s: %s\n\n%s\n%s\n" % (bp[key], a["name"] or a["email"], ev["summary"], whenx)
        if ev.get("comment"):
            text += "\n\"%s\"\n" % ev["comment"]
        text += "\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n"
    else:
        if meth == "CANCEL":
            pfx = bp["cxl"]
        elif ev["seq"] > 0:
            pfx = bp["upd"]
        else:
            pfx = bp["inv"]
        subject = "%s: %s @ %s (%s)" % (pfx, ev["summary"], whenx, m.rcpt["email"])
        guests = ["%s - %s" % (org["name"] or org["email"], bp["org"])] + \
                 [a["name"] or a["email"] for a in m.attendees if a["email"] != org["email"]][:40]
        plain_desc = strip_html(desc) if ev.get("xhtml") else desc
        if meth == "CANCEL":
            text = ("%s\n\n%s\n%s\n\n%s\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n%s\n") % (
                "This event has been canceled." if lang == "en" else bp["cxl"], ev["summary"], whenx,
                bp["who"], "\n".join(guests), bp["courtesy"])
            if plain_desc:
                text = text.replace(whenx + "\n", whenx + "\n\n" + plain_desc + "\n", 1)
        elif m.year < 2023 and lang == "en":
            text = ("You have been invited to the following event.\n\nTitle: %s\n%s\nWhen: %s\n%s"
                    "Calendar: %s\nWho:\n%s\n\nEvent details: %s\n\nInvitation from Google Calendar: "
                    "https://calendar.google.com/calendar/\n\nYou are receiving this courtesy email at the account "
                    "%s because you are an attendee of this event.\n\nTo stop receiving future updates for this "
                    "event, decline this event. Alternatively you can sign up for a Google account at "
                    "https://calendar.google.com/calendar/ and control your notification settings for your entire "
                    "calendar.\n\nForwarding this invitation could allow any recipient to send a response to the "
                    "organizer and be added to the guest list, or invite others regardless of their own invitation "
                    "status, or to modify your RSVP. Learn more at "
                    "https://support.google.com/calendar/answer/37135#forwarding\n") % (
                ev["summary"], plain_desc, whenx, ("Where: %s\n" % ev["loc"]) if ev.get("loc") else "",
                m.rcpt["email"], "\n".join("     * " + g for g in guests), view, m.rcpt["email"])
        else:
            rsvp = "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (
                eid, tok, ctz, lang)
            text = "%s\n%s\n%s\n" % (bp["invited"].format(name=org["name"] or org["email"], title=ev["summary"]),
                                     whenx, ("%s\n" % ev["loc"]) if ev.get("loc") else "")
            if meet:
                text += "\n%s Google Meet\n%s\n" % (bp["join"], meet)
            if plain_desc:
                text += "\n%s\n" % plain_desc.split("-::~")[0].strip()
            text += "\n%s\n%s\n" % (bp["who"], "\n".join(guests))
            text += "\n%s %s\n\n%s\n%s %s&rst=1\n%s %s&rst=2\n%s %s&rst=3\n%s %s\n\n" % (
                bp["view"], view, bp["reply"].format(email=m.rcpt["email"]), bp["yes"], rsvp, bp["no"], rsvp,
                bp["maybe"], rsvp, bp["more"], view)
            text += "Invitation from Google Calendar\n\n%s\n" % bp["courtesy"]
            text += ("\nForwarding this invitation could allow any recipient to send a response to the organizer, be "
                     "added to the guest list, invite others regardless of their own invitation status, or modify "
                     "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    hbody = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
             'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
             '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0" '
             'cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid '
             '#ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td><div style="padding:2px">'
             '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;'
             'color:#222"><span itemprop="name">%s</span></h3></div>%s</td></tr></table></div></span></span>') % (
        html.escape(subject), html.escape(ev["summary"]),
        html_para(text) if not ev.get("xhtml") else ev["xhtml"] + "<br>" + html_para(text))
    hbody = "<html><head></head><body>%s</body></html>" % hbody
    cal = cal_bytes(m, ics)
    mp = method_param(m)
    gcte = cal_cte(m, "7bit", cal)
    calpart = Part([("Content-Type", 'text/calendar; charset="UTF-8"' + ("; method=" + mp if mp else "")),
                    ("Content-Transfer-Encoding", gcte)],
                   core.encode_body(cal, "utf-8", gcte))
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % (b2 := boundary_google(rng)))],
               parts=[text_part(text, "UTF-8", "base64", extra="; format=flowed; delsp=yes"),
                      text_part(hbody, "UTF-8", "quoted-printable", "html"), calpart], boundary=b2)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], core.b64(cal).encode())
    root = Part([("Content-Type", 'multipart/mixed; boundary="%s"' % (b1 := boundary_google(rng)))],
                parts=[alt, att], boundary=b1)
    H = [("MIME-Version", "1.0"),
         ("Reply-To", addr(org["name"], org["email"], "utf-8")) if meth != "REPLY" else None,
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Auto-Submitted", "auto-generated"),
         ("Message-ID", "<calendar-%s@google.com>" % core.uuid4(rng)),
         ("Date", date_hdr(m, "utc")),
         ("Subject", subj(m, subject)),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("To", m.rcpt["email"]),
         ("Content-Type", root.headers[0][1])]
    H = [h for h in H if h]
    root.headers = []
    return H, root


# ------------------------------------------------------------------ Outlook / Exchange
def thread_index(rng):
    return core.fake_b64(rng, 22)


def exch_uid(rng, when):
    ft = int(((when - dt.datetime(1601, 1, 1)).total_seconds()) * 10000000)
    h = "%016X" % ft
    # Exchange stores FILETIME little-endian in the GOID
    le = "".join(reversed([h[i:i + 2] for i in range(0, 16, 2)]))
    return "040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s" % (le, core.hexid(rng, 32, True))


def exch_host(rng, region=None):
    region = region or rng.choice(["eurprd04", "eurprd05", "eurprd07", "namprd03", "namprd11", "apcprd06",
                                   "gbrprd01", "eurprd08", "namprd12"])
    pfx = {"eurprd": rng.choice(["AM0PR", "DB9PR", "PA4PR", "VI1PR", "AS8PR", "DU0PR"]),
           "namprd": rng.choice(["BN8PR", "SA1PR", "CH2PR", "MW4PR", "DM6PR", "PH0PR"]),
           "apcprd": rng.choice(["SG2PR", "TYZPR", "KL1PR"]), "gbrprd": rng.choice(["LO2P", "CWLP"])}[region[:-2]]
    return "%s%02dMB%04d.%s.prod.outlook.com" % (pfx, rng.randint(1, 12), rng.randint(1000, 9999), region)


TEAMS_BLOCK = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
           "Meeting ID", "Passcode", "Learn More", "Meeting options"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Weitere Infos",
           "Besprechungsoptionen"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour participer à la réunion", "ID de réunion", "Code secret", "En savoir plus",
           "Options de réunion"),
}


def teams_text(m, url):
    t = TEAMS_BLOCK.get(m.lang, TEAMS_BLOCK["en"])
    mid = " ".join("%03d" % m.rng.randint(100, 999) for _ in range(4))
    pc = core.alnum(m.rng, 6)
    bar = "_" * 80
    txt = "%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/>\n%s" % (
        bar, t[0], t[1], t[2], url, t[3], mid, t[4], pc, t[5], t[6], bar)
    htm = ('<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">%s</span></div>'
           '<div class="me-email-text" lang="%s" style="color:#252424;font-family:\'Segoe UI\',sans-serif">'
           '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">%s</span></div>'
           '<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold">'
           '<span style="font-size:14px;color:#252424">%s</span></div><a class="me-email-headline" '
           'style="font-size:14px;font-family:\'Segoe UI Semibold\',sans-serif;text-decoration:underline;color:#6264a7" '
           'href="%s" target="_blank" rel="noreferrer noopener">%s</a></div><div style="margin-bottom:4px">'
           '<span style="font-size:14px;color:#252424">%s: %s</span></div><div style="margin-bottom:20px">'
           '<span style="font-size:14px;color:#252424">%s: %s</span></div></div>') % (
        "_" * 80, m.locale, t[0], t[1], html.escape(url), t[2], t[3], mid, t[4], pc)
    return txt, htm, mid


def render_outlook(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    v = m.variant  # o365 | outlookcom | onprem | desktop
    meth = ev["method"]
    teams = None
    for uri, lab in ev.get("conf", []):
        teams = uri
    desc = eff_desc(m, supports_xalt=(v == "desktop"), supports_url=False, supports_attach=False,
                    supports_conf=True)
    body_txt = desc
    body_html = html_para(desc) if not ev.get("xhtml") or v == "desktop" else ev["xhtml"]
    if ev.get("xhtml") and v == "desktop":
        body_html = ev["xhtml"]
    if teams:
        if "teams.microsoft.com" in teams or m.label == "spam":
            tt, th, mid = teams_text(m, teams)
            body_txt = (body_txt + "\n\n" if body_txt else "") + tt
            body_html = body_html + th
            if not ev.get("loc"):
                ev["loc"] = {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams"}.get(
                    lang, "Microsoft Teams Meeting")
        else:
            body_txt = (body_txt + "\n\n" if body_txt else "") + teams
            body_html += "<p><a href=\"%s\">%s</a></p>" % (html.escape(teams), html.escape(teams))
    if m.fwd_note:
        of = m.fwd_orig
        hdrblk = ("-----Original Appointment-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n"
                  % (of["name"] + " <" + of["email"] + ">", of["sent_text"], of["to_text"], ev["summary"],
                     when_str(m), ev.get("loc") or ""))
        body_txt = m.fwd_note + "\n\n" + hdrblk + "\n\n" + body_txt
        body_html = html_para(m.fwd_note) + "<hr>" + html_para(hdrblk) + body_html
    tzwin = core.TZ[ev["tz"]][0]
    if v == "desktop":
        P = prop_set(m, "olk", "olk", dtstyle="tzid", tzid_name=tzwin, quote_tz=True, desc=body_txt,
                     lang_param=False)
        P["SUMMARY"] = ["SUMMARY;LANGUAGE=%s:%s" % (m.locale, esc(ev["summary"]))]
        P["CLASS"] = ["CLASS:PUBLIC"]
        P["PRIORITY"] = ["PRIORITY:5"]
        P["TRANSP"] = ["TRANSP:OPAQUE"]
        P["X-ALT-DESC"] = ["X-ALT-DESC;FMTTYPE=text/html:" + esc(
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17328.20142">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n' + body_html +
            "\n</BODY>\n</HTML>", commas=False)]
        P["X-MICROSOFT-CDO-BUSYSTATUS"] = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
        P["X-MICROSOFT-CDO-IMPORTANCE"] = ["X-MICROSOFT-CDO-IMPORTANCE:1"]
        P["X-MICROSOFT-DISALLOW-COUNTER"] = ["X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        P["X-MS-OLK-AUTOFILLLOCATION"] = ["X-MS-OLK-AUTOFILLLOCATION:FALSE"]
        P["X-MS-OLK-CONFTYPE"] = ["X-MS-OLK-CONFTYPE:0"]
        P.pop("STATUS", None)
        keys = sorted(P.keys())
        body = ["BEGIN:" + ev["comp"]] + ordered(P, keys) + alarm_block(m, "olk") + ["END:" + ev["comp"]]
        head = ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0"] + method_lines(m) + \
               ["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
        head += [] if ev["allday"] else core.vtimezone(ev["tz"], "ms")
    else:
        P = prop_set(m, "outlook", "outlook", dtstyle="tzid", tzid_name=tzwin, desc=body_txt, lang_param=True)
        P["CLASS"] = ["CLASS:PUBLIC"]
        P["PRIORITY"] = ["PRIORITY:5"]
        P["TRANSP"] = ["TRANSP:OPAQUE"]
        P.pop("CREATED", None)
        P.pop("LAST-MODIFIED", None)
        X = ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev["seq"],
             "X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2100000000, 2100000000),
             "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if meth == "CANCEL" else "TENTATIVE"),
             "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if meth == "CANCEL" else "BUSY"),
             "X-MICROSOFT-CDO-ALLDAYEVENT:%s" % ("TRUE" if ev["allday"] else "FALSE"),
             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev["rrule"] else 0)]
        if teams and "teams.microsoft.com" in teams:
            X += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams,
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0"
                  % (core.uuid4(rng), core.uuid4(rng), core.alnum(rng, 48)),
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}'
                  % core.alnum(rng, 48),
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s"
                  % (m.organizer["email"], core.alnum(rng, 48), core.hexid(rng, 32), core.hexid(rng, 32)),
                  "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}"]
        X += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if m.year >= 2019:
            X += ["X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                  "X-MICROSOFT-ISRESPONSEREQUESTED:%s" % ("TRUE" if meth == "REQUEST" else "FALSE")]
        if ev.get("loc") and m.year >= 2018:
            X.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationUri":""\\,"LocationStreet":""\\,"LocationCity":""\\,"LocationState":""\\,"LocationCountry":""\\,"LocationPostalCode":""\\,"LocationFullAddress":""}]'
                     % esc(ev["loc"]).replace('"', '\\"'))
        order = ["ORGANIZER", "ATTENDEE", "DESCRIPTION", "RRULE", "UID", "SUMMARY", "DTSTART", "DTEND", "DUE", "CLASS",
                 "PRIORITY", "DTSTAMP", "TRANSP", "STATUS", "SEQUENCE", "LOCATION", "COMMENT"]
        body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + X + \
               (alarm_block(m, "outlook") if meth == "REQUEST" else []) + ["END:" + ev["comp"]]
        head = method_lines(m) + ["PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
        head += [] if ev["allday"] else core.vtimezone(ev["tz"], "ms")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    mp = method_param(m)
    # subject
    if meth == "REPLY":
        subject = out_pfx(lang, m.attendees[0]["partstat"]) + ev["summary"]
    elif meth == "CANCEL":
        subject = out_pfx(lang, "CANCEL") + ev["summary"]
    elif m.fwd_note:
        subject = out_pfx(lang, "FW") + ev["summary"]
    else:
        subject = m.subject or ev["summary"]
    if meth == "REPLY":
        body_txt = ev.get("comment") or ""
        body_html = html_para(body_txt)
    cs = m.body_cs if core.can_encode(body_txt + body_html, m.body_cs) else "utf-8"
    full_html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
                 '</head>\r\n<body>\r\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
                 '%s</div>\r\n</body>\r\n</html>') % (cs, body_html)
    if v == "desktop":
        bnd = "----=_NextPart_000_%04X_01DA%04X.%s" % (rng.randint(0, 65535), rng.randint(0, 65535), core.hexid(rng, 8, True))
        parts = [text_part(body_txt, cs, "quoted-printable", quote_cs=True),
                 text_part(full_html, cs, "quoted-printable", "html", quote_cs=True)]
        cte = cal_cte(m, "base64", cal)
        parts.append(Part([("Content-Type", 'text/calendar; method=%s;\r\n\tcharset="utf-8"' % (mp or "REQUEST")),
                           ("Content-Transfer-Encoding", cte)], core.encode_body(cal, "utf-8", cte)))
    else:
        host = m.exch_host
        bnd = "_000_%s%s_" % (host.split(".")[0], core.hexid(rng, 24).upper()) if v != "onprem" else \
            "_000_%s_" % core.hexid(rng, 32).upper()
        tc = "quoted-printable" if cs.lower() in ("us-ascii", "iso-8859-1", "windows-1252") else "base64"
        parts = [text_part(body_txt, cs, tc), text_part(full_html, cs, tc, "html")]
        parts.append(Part([("Content-Type", 'text/calendar; charset="utf-8"; method=%s' % (mp or "REQUEST")),
                           ("Content-Transfer-Encoding", "base64")], core.b64(cal).encode()))
    root = Part([], parts=parts, boundary=bnd, preamble="" if v != "desktop" else "This is a multipart message in MIME format.\r\n\r\n")
    ctype = 'multipart/alternative;\r\n\tboundary="%s"' % bnd
    frm = addr(m.sender["name"], m.sender["email"], m.text_cs_hdr)
    if m.sent_by_delegate:
        frm = addr(m.sender["name"], m.sender["email"], m.text_cs_hdr)
    everyone = True
    if v == "desktop":
        H = [("From", frm), ("To", to_header(m, everyone)), ("Subject", subj(m, subject)),
             ("Date", date_hdr(m)), ("Message-ID", "<%s$%s$%s@%s>" % (
                 "0000%02x%s" % (rng.randint(0, 255), core.hexid(rng, 8)), core.hexid(rng, 8), core.hexid(rng, 8),
                 m.sender["domain"])),
             ("MIME-Version", "1.0"), ("Content-Type", ctype), ("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", thread_index(rng)), ("Content-Language", m.locale.split("-")[0])]
    else:
        mid_host = m.exch_host if v != "onprem" else m.onprem_host
        mid = "<%s@%s>" % (mid_host.split(".")[0] + core.hexid(rng, 28).upper() if v != "onprem"
                           else core.hexid(rng, 32), mid_host)
        H = [("From", frm), ("To", to_header(m, everyone)), ("Subject", subj(m, subject)),
             ("Thread-Topic", hdr(ev["summary"], "utf-8", "Thread-Topic")),
             ("Thread-Index", thread_index(rng)), ("Date", date_hdr(m, "utc" if v != "onprem" else "local")),
             ("Message-ID", mid), ("Accept-Language", "%s, en-US" % m.locale if m.locale != "en-US" else "en-US"),
             ("Content-Language", m.locale), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        if v != "onprem":
            H += [("x-ms-publictraffictype", "Email"),
                  ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (m.exch_host.split(".")[0], exch_host(rng).split(".")[0]))]
            if meth == "REQUEST":
                H.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + core.alnum(rng, 40) + "=="))
        else:
            H += [("x-ms-exchange-transport-fromentityheader", "Hosted"),
                  ("x-originating-ip", "[192.0.2.%d]" % rng.randint(10, 250))]
        H += [("Content-Type", ctype), ("MIME-Version", "1.0")]
    return H, root


# ------------------------------------------------------------------ Apple (iCloud server mail and Calendar.app via Mail)
def apple_prodid(m):
    y = m.year
    mac = {2016: "Mac OS X 10.12.1", 2017: "Mac OS X 10.13.1", 2018: "Mac OS X 10.14", 2019: "Mac OS X 10.15",
           2020: "macOS 11.1", 2021: "macOS 12.0.1", 2022: "macOS 13.0", 2023: "macOS 14.1", 2024: "macOS 15.1",
           2025: "macOS 15.5", 2026: "macOS 26.1"}[y]
    ios = {2016: "iPhone OS 10.1.1", 2017: "iPhone OS 11.2", 2018: "iPhone OS 12.1", 2019: "iPhone OS 13.2.3",
           2020: "iPhone OS 14.2", 2021: "iPhone OS 15.1", 2022: "iPhone OS 16.1.1", 2023: "iPhone OS 17.1.1",
           2024: "iPhone OS 18.1", 2025: "iPhone OS 18.5", 2026: "iPhone OS 26.1"}[y]
    return "-//Apple Inc.//%s//EN" % (ios if m.apple_device == "iphone" else mac)


def apple_ics(m):
    ev = m.ev
    desc = eff_desc(m, supports_url=True, supports_attach=False, supports_conf=False)
    P = prop_set(m, "apple", "apple", dtstyle="tzid", desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL;VALUE=URI:" + ev["url"]]
    P["TRANSP"] = ["TRANSP:OPAQUE"]
    P["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR"] = ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
    if ev.get("loc") and not ev.get("loc_is_url") and m.rng.random() < 0.4:
        P["X-APPLE-STRUCTURED-LOCATION"] = [
            'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=%d;X-TITLE="%s":geo:%.6f,%.6f' % (
                m.rng.randint(70, 300), ev["loc"].replace('"', "").replace("\n", " "), m.rng.uniform(-40, 60),
                m.rng.uniform(-120, 140))]
    P.pop("STATUS", None)
    keys = sorted(P.keys())
    body = ["BEGIN:" + ev["comp"]] + ordered(P, keys) + alarm_block(m, "apple") + ["END:" + ev["comp"]]
    for ex in ev.get("extra", []):
        body += ["BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + core.ical_date(ex["start"]),
                 "DTEND;VALUE=DATE:" + core.ical_date(ex["start"] + dt.timedelta(days=1)),
                 "DTSTAMP:" + core.ical_utc(m.dtstamp), "SEQUENCE:0", "SUMMARY:" + esc(ex["summary"]),
                 "UID:" + core.uuid4(m.rng, True), "END:VEVENT"]
    head = method_lines(m) + ["VERSION:2.0", "PRODID:" + apple_prodid(m), "CALSCALE:GREGORIAN"]
    head += tz_lines(m, "olson")
    return wrap_vcal(m, head, body)


def render_icloud(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    ics = apple_ics(m)
    cal = cal_bytes(m, ics)
    org = m.organizer
    meth = ev["method"]
    if meth == "REPLY":
        a = m.attendees[0]
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a["partstat"]]
        subject = "%s: %s" % (bp[key], ev["summary"])
        text = "%s: %s\n%s\n%s\n" % (bp[key], a["name"] or a["email"], ev["summary"], when_str(m))
    elif meth == "CANCEL":
        subject = "%s: %s" % (bp["cxl"], ev["summary"])
        text = "%s\n%s\n%s\n" % (bp["cxl"], ev["summary"], when_str(m))
    else:
        subject = "%s: %s" % (bp["inv"], ev["summary"])
        text = "%s\n\n%s\n%s\n%s\n\n%s\n\n%s: https://www.icloud.com/calendar/\n" % (
            bp["invited"].format(name=org["name"] or org["email"], title=quoted(lang, "invited", ev["summary"])),
            ev["summary"], when_str(m), ev.get("loc") or "", eff_desc(m, supports_url=False),
            bp["view"])
    htm = "<html><body style=\"font-family:-apple-system,Helvetica\"><div>%s</div></body></html>" % html_para(text)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), msgid_time(m) * 1000 + rng.randint(0, 999))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), msgid_time(m) * 1000 + rng.randint(0, 999))
    mp = method_param(m)
    alt = Part([("Content-Type", "multipart/alternative; \r\n\tboundary=\"%s\"" % b2)],
               parts=[text_part(text, "UTF-8", "quoted-printable", quote_cs=False),
                      text_part(htm, "UTF-8", "quoted-printable", "html", quote_cs=False)], boundary=b2)
    cte = cal_cte(m, "quoted-printable", cal) if "lf_b64" not in m.tricks else "base64"
    calp = Part([("Content-Type", "text/calendar; charset=UTF-8%s; name=invite.ics" % (("; method=" + mp) if mp else "")),
                 ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", "attachment; filename=invite.ics")], core.encode_body(cal, "utf-8", cte))
    root = Part([], parts=[alt, calp], boundary=b)
    H = [("Date", date_hdr(m, "utc", "UTC")), ("From", addr(org["name"], m.sender["email"], "utf-8")),
         ("To", m.rcpt["email"]),
         ("Message-ID", "<%s@icloud.com>" % core.uuid4(rng).upper()),
         ("Subject", subj(m, subject)), ("MIME-Version", "1.0"),
         ("Content-Type", "multipart/mixed; \r\n\tboundary=\"%s\"" % b)]
    return H, root


def applemail_version(y):
    return {2016: ("10.1", "3251"), 2017: ("11.1", "3445.4.7"), 2018: ("12.0", "3445.100.39"),
            2019: ("13.0", "3601.0.10"), 2020: ("14.0", "3654.20.0.2.21"), 2021: ("15.0", "3693.20.0.1.32"),
            2022: ("16.0", "3696.120.41.1.1"), 2023: ("16.0", "3731.700.6"), 2024: ("16.0", "3774.600.62"),
            2025: ("16.0", "3826.500.181.1.5"), 2026: ("16.0", "3864.100.1")}[y]


def render_applemail(m):
    rng, ev = m.rng, m.ev
    ics = apple_ics(m)
    cal = cal_bytes(m, ics)
    b = "Apple-Mail=_%s" % core.uuid4(rng, True)
    note = m.body_note or ""
    if m.fwd_note:
        of = m.fwd_orig
        note = "%s\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n%s\n" % (
            m.fwd_note, of["name"], of["email"], ev["summary"], of["sent_text"], of["to_text"], ev["desc"] or "")
    if not note:
        note = ev["desc"] or ev["summary"]
    cs = "us-ascii" if all(ord(c) < 128 for c in note) else m.body_cs
    tp = text_part(note, cs, "7bit" if cs in ("us-ascii", "iso-2022-jp") else
                   ("quoted-printable" if cs in ("utf-8", "iso-8859-1", "windows-1252") else "base64"), quote_cs=False)
    mp = method_param(m)
    stamp = core.to_local(m.sender_tz, m.sent).strftime("%Y%m%d-%H%M%S")
    fname = "iCal-%s.ics" % stamp
    cte = cal_cte(m, rng.choice(["quoted-printable", "base64"]), cal)
    calp = Part([("Content-Disposition", "attachment;\r\n\tfilename=%s" % fname),
                 ("Content-Type", "text/calendar;\r\n\tcharset=utf-8;\r\n\tx-unix-mode=0644;\r\n\tname=\"%s\"%s" % (
                     fname, (";\r\n\tmethod=" + mp) if mp else "")),
                 ("Content-Transfer-Encoding", cte)], core.encode_body(cal, "utf-8", cte))
    root = Part([], parts=[tp, calp], boundary=b)
    subject = ("Fwd: " if m.fwd_note else "") + (m.subject or ev["summary"])
    if m.apple_device == "iphone":
        ver = {2016: "14C92", 2017: "15C153", 2018: "16B92", 2019: "17C54", 2020: "18B92", 2021: "19B74",
               2022: "20B110", 2023: "21B91", 2024: "22B83", 2025: "22F76", 2026: "23B85"}[m.year]
        mime = "1.0 (1.0)"
        xm = "iPhone Mail (%s)" % ver
    else:
        v, bld = applemail_version(m.year)
        mime = "1.0 (Mac OS X Mail %s \\(%s\\))" % (v, bld)
        xm = "Apple Mail (2.%s)" % bld
    H = [("Content-Type", "multipart/mixed;\r\n\tboundary=\"%s\"" % b), ("Mime-Version", mime),
         ("Subject", subj(m, subject)), ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("In-Reply-To", None), ("Date", date_hdr(m)), ("Cc", None),
         ("Message-Id", "<%s@%s>" % (core.uuid4(rng, True), m.sender["domain"])),
         ("To", to_header(m, True)), ("X-Mailer", xm)]
    return [h for h in H if h[1] is not None], root


# ------------------------------------------------------------------ Thunderbird / Lightning
def tb_version(y):
    return {2016: "45.5.1", 2017: "52.5.0", 2018: "60.3.0", 2019: "60.9.1", 2020: "78.5.0", 2021: "91.3.2",
            2022: "102.5.0", 2023: "115.4.2", 2024: "115.16.0", 2025: "128.5.0", 2026: "140.4.0"}[y]


def render_thunderbird(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    desc = eff_desc(m, supports_url=True, supports_attach=True, supports_conf=False)
    P = prop_set(m, "moz", "moz", dtstyle="tzid", desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL:" + ev["url"]]
    if ev.get("attach"):
        P["ATTACH"] = ["ATTACH:" + u for u, fn, ft in ev["attach"]]
    P["X-MOZ-SEND-INVITATIONS"] = ["X-MOZ-SEND-INVITATIONS:TRUE"]
    P["X-MOZ-SEND-INVITATIONS-UNDISCLOSED"] = ["X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
    P["TRANSP"] = ["TRANSP:OPAQUE"]
    P["CLASS"] = ["CLASS:PUBLIC"]
    if ev["alarms"]:
        P["X-MOZ-LASTACK"] = ["X-MOZ-LASTACK:" + core.ical_utc(m.lastmod)]
    P["X-MOZ-GENERATION"] = ["X-MOZ-GENERATION:%d" % (ev["seq"] + 1)]
    order = ["CREATED", "LAST-MODIFIED", "DTSTAMP", "UID", "SUMMARY", "ORGANIZER", "ATTENDEE", "RRULE",
             "X-MOZ-SEND-INVITATIONS", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED", "X-MOZ-LASTACK", "DTSTART", "DTEND",
             "DUE", "TRANSP", "LOCATION", "DESCRIPTION", "URL", "ATTACH", "CLASS", "SEQUENCE", "X-MOZ-GENERATION",
             "STATUS"]
    if ev["method"] == "PUBLISH":
        P.pop("STATUS", None)
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "moz") + ["END:" + ev["comp"]]
    head = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"] + method_lines(m)
    head += tz_lines(m, "olson", xlic=True)
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    org = m.organizer
    atts = "\n".join("%s <%s>" % (a["name"], a["email"]) if a["name"] else a["email"] for a in m.attendees[:60])
    if ev["method"] == "REPLY":
        a = m.attendees[0]
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a["partstat"]]
        subject = "%s: %s" % (bp[key], ev["summary"])
        text = "%s: %s\n" % (bp[key], a["name"] or a["email"])
    else:
        pfx = {"CANCEL": bp["cxl"]}.get(ev["method"], bp["inv"] if ev["seq"] == 0 else bp["upd"])
        subject = "%s: %s" % (pfx, ev["summary"])
        text = "%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s:\n%s\n\n%s:\n%s\n" % (
            bp["title"], ev["summary"], bp["org"].capitalize(), ("%s <%s>" % (org["name"], org["email"])),
            bp["when"], when_str(m), bp["where"], ev.get("loc") or "", bp["who"], atts, bp["desc"], desc)
    if m.subject:
        subject = m.subject
    cs = m.body_cs if m.body_cs != "utf-8" else "UTF-8"
    tcte = "8bit" if any(ord(c) > 127 for c in text) else "7bit"
    mp = method_param(m)
    ccte = cal_cte(m, "8bit" if any(b > 127 for b in cal) else "7bit", cal)
    b2 = "------------" + core.alnum(rng, 24)
    b1 = "------------" + core.alnum(rng, 24)
    alt = Part([("Content-Type", 'multipart/alternative;\r\n boundary="%s"' % b2)],
               parts=[text_part(text, cs, tcte, quote_cs=False),
                      Part([("Content-Type", "text/calendar; method=%s; charset=UTF-8" % (mp or "PUBLISH")),
                            ("Content-Transfer-Encoding", ccte)], core.encode_body(cal, "utf-8", ccte))],
               boundary=b2)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], core.b64(cal).encode())
    parts = [alt, att]
    root = Part([], parts=parts, boundary=b1, preamble="This is a multi-part message in MIME format.\r\n")
    ua = "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (
        rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]),
        tb_version(m.year).rsplit(".", 1)[0] if m.year >= 2019 else tb_version(m.year).split(".")[0] + ".0",
        tb_version(m.year))
    H = [("Message-ID", "<%s@%s>" % (core.uuid4(rng), m.sender["domain"])), ("Date", date_hdr(m)),
         ("MIME-Version", "1.0"), ("User-Agent", ua),
         ("Content-Language", m.locale if m.year >= 2019 else None),
         ("To", to_header(m, True)), ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("Subject", subj(m, subject)),
         ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b1)]
    return [h for h in H if h[1] is not None], root


def render_thunderbird_forward(m, inner_bytes, inner_subject):
    """Forward as attachment: note + message/rfc822."""
    rng = m.rng
    b1 = "------------" + core.alnum(rng, 24)
    note = text_part(m.fwd_note + "\n", "UTF-8", "8bit" if any(ord(c) > 127 for c in m.fwd_note) else "7bit",
                     extra="; format=flowed", quote_cs=False)
    fname = re.sub(r"[^A-Za-z0-9\- ]", "", inner_subject)[:40].strip() or "Forwarded Message"
    att = Part([("Content-Type", 'message/rfc822; name="%s.eml"' % fname),
                ("Content-Disposition", 'attachment; filename="%s.eml"' % fname)], inner_bytes)
    root = Part([], parts=[note, att], boundary=b1, preamble="This is a multi-part message in MIME format.\r\n")
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Thunderbird/%s" % (
        tb_version(m.year).rsplit(".", 1)[0], tb_version(m.year))
    H = [("Message-ID", "<%s@%s>" % (core.uuid4(rng), m.sender["domain"])), ("Date", date_hdr(m)),
         ("MIME-Version", "1.0"), ("User-Agent", ua), ("Content-Language", m.locale),
         ("To", addr(m.rcpt["name"], m.rcpt["email"], "utf-8")),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("Subject", subj(m, "Fwd: " + inner_subject)),
         ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b1)]
    return H, root


# ------------------------------------------------------------------ Zoom
def render_zoom(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    mid = m.zoom_id
    join = m.zoom_url
    desc = eff_desc(m, supports_conf=True)
    zdesc = "%s\n\n%s\n%s\n\nMeeting ID: %s\nPasscode: %s\n\n---\n\nOne tap mobile\n+16469313860,,%s# US\n\n---\n\nJoin by SIP\n\u2022 %s@zoomcrc.com" % (
        desc, "Join Zoom Meeting" if lang == "en" else "Zoom", join, " ".join([mid[:3], mid[3:7], mid[7:]]),
        m.zoom_pass, mid, mid)
    ev["loc"] = ev.get("loc") or join
    P = prop_set(m, "generic", "generic", dtstyle="tzid", desc=zdesc)
    P.pop("CREATED", None)
    P.pop("LAST-MODIFIED", None)
    P.pop("SEQUENCE", None)
    P.pop("STATUS", None)
    P["TZID"] = ["TZID:" + ev["tz"]]
    if ev["method"] == "PUBLISH":
        P.pop("ATTENDEE", None)
    order = ["DTSTAMP", "DTSTART", "DTEND", "DUE", "SUMMARY", "UID", "TZID", "DESCRIPTION", "LOCATION", "ORGANIZER",
             "ATTENDEE", "RRULE"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "plain") + ["END:" + ev["comp"]]
    head = ["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"] + method_lines(m) + \
           ["CLASS:PUBLIC"]
    head += tz_lines(m, "olson")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    host = m.organizer["name"]
    if m.zoom_kind == "webinar":
        subject = m.subject or ("%s Confirmation" % ev["summary"] if lang == "en" else ev["summary"] + " - Zoom")
        intro = "Hi %s,\n\nThank you for registering for \"%s\".\n" % (m.rcpt["first"], ev["summary"]) if lang == "en" \
            else "%s\n\n\u201c%s\u201d\n" % (m.rcpt["first"], ev["summary"])
    else:
        subject = m.subject or ("%s is inviting you to a scheduled Zoom meeting" % host if lang == "en"
                                else "%s - Zoom" % ev["summary"])
        intro = "%s is inviting you to a scheduled Zoom meeting.\n" % host
    text = "%s\nTopic: %s\nTime: %s\n\n%s\n\nJoin from PC, Mac, iPad, or Android: %s\nPasscode: %s\n\n%s\n\nAdd to calendar: see attachment\n" % (
        intro, ev["summary"], when_str(m), ev["desc"] or "", join, m.zoom_pass, desc if desc != ev["desc"] else "")
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Lato,Helvetica,Arial\">"
           "<table width=\"100%%\"><tr><td><img src=\"https://st1.zoom.us/static/6.3.11684/image/new/ZoomLogo_110_25.png\" alt=\"Zoom\"></td></tr>"
           "<tr><td>%s</td></tr><tr><td><a href=\"%s\" style=\"background:#0E72ED;color:#fff;padding:10px 20px;border-radius:8px\">Join</a></td></tr></table></body></html>") % (
        html_para(text), html.escape(join))
    b1 = core.hexid(rng, 60)
    b2 = core.hexid(rng, 60)
    alt = Part([("Content-Type", "multipart/alternative; boundary=" + b2)],
               parts=[text_part(text, "UTF-8", "quoted-printable", quote_cs=False),
                      text_part(htm, "UTF-8", "quoted-printable", "html", quote_cs=False)], boundary=b2)
    cte = "base64"
    mp = method_param(m)
    calp = Part([("Content-Type", "text/calendar; charset=UTF-8%s; name=\"invite.ics\"" % (("; method=" + mp) if mp else "")),
                 ("Content-Disposition", 'attachment; filename="invite.ics"'),
                 ("Content-Transfer-Encoding", cte)], core.b64(cal).encode())
    root = Part([], parts=[alt, calp], boundary=b1)
    H = [("Content-Type", "multipart/mixed; boundary=" + b1), ("Date", date_hdr(m, "utc", "UTC")),
         ("From", "Zoom <no-reply@zoom.us>"),
         ("Reply-To", addr(m.organizer["name"], m.organizer["email"], "utf-8")),
         ("Mime-Version", "1.0"), ("Subject", subj(m, subject)),
         ("To", m.rcpt["email"]),
         ("Message-ID", "<%s@zoom.us>" % core.alnum(rng, 22)),
         ("X-Zoom-Meeting-Id", mid if rng.random() < 0.0 else None)]
    return [h for h in H if h[1] is not None], root


# ------------------------------------------------------------------ Nextcloud
def render_nextcloud(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    desc = eff_desc(m, supports_url=True, supports_attach=True, supports_conf=True)
    P = prop_set(m, "sabre", "generic", dtstyle="tzid", desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL:" + ev["url"]]
    if ev.get("attach"):
        P["ATTACH"] = [line("ATTACH", u, [("FMTTYPE", ft), ("FILENAME", fn)]) for u, fn, ft in ev["attach"]]
    if ev.get("conf"):
        P["CONFERENCE"] = [line("CONFERENCE", u, [("VALUE", "URI"), ("FEATURE", "AUDIO,VIDEO"), ("LABEL", lab)])
                           for u, lab in ev["conf"]]
    order = ["CREATED", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "UID", "DTSTART", "DTEND", "DUE", "RRULE", "STATUS",
             "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "ATTACH", "CONFERENCE", "ORGANIZER", "ATTENDEE"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "plain") + ["END:" + ev["comp"]]
    calv = {2016: "1.5.0", 2017: "1.5.7", 2018: "1.6.4", 2019: "1.7.3", 2020: "2.1.3", 2021: "2.3.4",
            2022: "3.5.2", 2023: "4.5.3", 2024: "4.7.16", 2025: "5.3.5", 2026: "6.0.2"}[m.year]
    head = ["PRODID:-//IDN nextcloud.com//Calendar app %s//EN" % calv, "CALSCALE:GREGORIAN", "VERSION:2.0"] + \
        method_lines(m)
    head += tz_lines(m, "olson")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    org = m.organizer
    inst = m.nc_host
    if ev["method"] == "CANCEL":
        subject = "%s: %s" % (bp["cxl"], ev["summary"])
    elif ev["method"] == "REPLY":
        a = m.attendees[0]
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a["partstat"]]
        subject = "%s: %s" % (bp[key], ev["summary"])
    else:
        subject = "%s: %s" % (bp["inv"] if ev["seq"] == 0 else bp["upd"], ev["summary"])
    tok = core.alnum(rng, 32)
    if ev["method"] in ("REPLY", "CANCEL"):
        who = m.attendees[0]["name"] if ev["method"] == "REPLY" else org["name"]
        text = "%s\n\n%s: %s\n%s: %s\n%s: %s\n%s\n\n-- \nNextcloud - a safe home for all your data\nThis is an automatically sent email, please do not reply.\n" % (
            subject, bp["org"].capitalize() if ev["method"] == "CANCEL" else bp["who"], who, bp["title"], ev["summary"],
            bp["when"], when_str(m), ("\n" + (ev.get("comment") or desc)) if (ev.get("comment") or desc) else "")
    else:
        text = "%s\n\n%s\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s: https://%s/index.php/apps/dav/invitation/accept/%s\n%s: https://%s/index.php/apps/dav/invitation/decline/%s\n%s: https://%s/index.php/apps/dav/invitation/options/%s\n\n-- \nNextcloud - a safe home for all your data\nThis is an automatically sent email, please do not reply.\n" % (
            subject, bp["invited"].format(name=org["name"], title=quoted(lang, "invited", ev["summary"], ("\u00ab", "\u00bb"))),
            bp["title"], ev["summary"], bp["when"], when_str(m), bp["where"], ev.get("loc") or "-", bp["desc"],
            desc or "-", bp["accept"], inst, tok, bp["decline"], inst, tok, bp["more"], inst, tok)
    htm = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body><table>%s</table></body></html>" % html_para(text)
    b = "_=_swift_%d_%s_=_" % (msgid_time(m), core.hexid(rng, 32)) if m.year < 2022 else core.alnum(rng, 8) + "_" + core.alnum(rng, 8)
    mp = method_param(m)
    cte = cal_cte(m, "quoted-printable", cal) if "lf_b64" not in m.tricks else "base64"
    calp = Part([("Content-Type", 'text/calendar; method=%s; charset=utf-8; name=event.ics' % (mp or "REQUEST")),
                 ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", "attachment; name=event.ics; filename=event.ics")],
                core.encode_body(cal, "utf-8", cte))
    alt = Part([], parts=[text_part(text, "utf-8", "quoted-printable", quote_cs=False),
                          text_part(htm, "utf-8", "quoted-printable", "html", quote_cs=False), calp], boundary=b)
    H = [("Message-ID", "<%s@%s>" % (core.hexid(rng, 32), inst)), ("Date", date_hdr(m)),
         ("Subject", subj(m, subject)),
         ("From", addr("%s via Nextcloud" % org["name"] if m.year >= 2020 else "Nextcloud", "invitations-noreply@" + m.sender["domain"], "utf-8")),
         ("Reply-To", addr(org["name"], org["email"], "utf-8")),
         ("To", addr(m.rcpt["name"], m.rcpt["email"], "utf-8")),
         ("MIME-Version", "1.0"),
         ("Content-Type", "multipart/alternative; boundary=" + b if m.year >= 2022 else 'multipart/alternative;\r\n boundary="%s"' % b)]
    root = alt
    return H, root


# ------------------------------------------------------------------ Zimbra
def zimbra_version(y):
    return {2016: "8.6.0_GA_1194", 2017: "8.7.11_GA_1854", 2018: "8.8.8_GA_2009", 2019: "8.8.12_GA_3794",
            2020: "8.8.15_GA_3953", 2021: "8.8.15_GA_4177", 2022: "8.8.15_GA_4484", 2023: "9.0.0_GA_4546",
            2024: "10.0.9_GA_4651", 2025: "10.1.4_GA_4683", 2026: "10.1.10_GA_4710"}[y]


def render_zimbra(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    desc = eff_desc(m, supports_xalt=True, supports_url=False, supports_conf=False)
    P = prop_set(m, "zimbra", "generic", dtstyle="tzid", quote_tz=True, desc=desc)
    P["CLASS"] = ["CLASS:PUBLIC"]
    P["X-MICROSOFT-CDO-INTENDEDSTATUS"] = ["X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
    P["TRANSP"] = ["TRANSP:OPAQUE"]
    xh = ev.get("xhtml") or "<html><body id='htmlmode'>%s</body></html>" % html_para(desc)
    P["X-ALT-DESC"] = ["X-ALT-DESC;FMTTYPE=text/html:" + esc(xh, commas=True)]
    P.pop("CREATED", None)
    order = ["UID", "SUMMARY", "LOCATION", "ATTENDEE", "ORGANIZER", "DTSTART", "DTEND", "DUE", "RRULE", "STATUS",
             "CLASS", "X-MICROSOFT-CDO-INTENDEDSTATUS", "TRANSP", "LAST-MODIFIED", "DTSTAMP", "SEQUENCE",
             "DESCRIPTION", "X-ALT-DESC"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "zimbra") + ["END:" + ev["comp"]]
    head = ["PRODID:Zimbra-Calendar-Provider", "VERSION:2.0"] + method_lines(m)
    head += tz_lines(m, "zimbra", quote_tzid=False)
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    org = m.organizer
    meth = ev["method"]
    intro = {"REQUEST": "The following is a new meeting request:", "CANCEL": "The following meeting has been cancelled:",
             "REPLY": "%s has %s your invitation:" % (m.sender["name"], (m.attendees[0]["partstat"].lower() if meth == "REPLY" else "")),
             "PUBLISH": "The following is a new meeting request:"}.get(meth, "")
    if lang != "en":
        intro = bp["inv"] + ":" if meth not in ("CANCEL", "REPLY") else (bp["cxl"] + ":" if meth == "CANCEL" else "")
    tzdisp = core.TZ_DISPLAY[core.TZ[ev["tz"]][0]]
    if m.fwd_note:
        intro = m.fwd_note + "\n\n----- Forwarded Message -----\n" + intro
    text = "%s\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\nLocation: %s \nTime: %s %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
        intro, ev["summary"], org["name"], org["email"], ev.get("loc") or "", when_str(m, ""), tzdisp,
        "; ".join(a["email"] for a in m.attendees[:50]), desc)
    htm = "<html><body id='htmlmode'><h3>%s</h3><p><table border='0'><tr><th align=left>Subject:</th><td>%s </td></tr>" \
          "<tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr></table><div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
              html.escape(intro), html.escape(ev["summary"]), html.escape(org["name"]), org["email"],
              ev.get("xhtml") or html_para(desc))
    b = "=_%s" % core.uuid4(rng)
    mp = method_param(m)
    cte = cal_cte(m, "7bit", cal)
    calp = Part([("Content-Type", "text/calendar; charset=utf-8; method=%s; name=meeting.ics" % (mp or "REQUEST")),
                 ("Content-Transfer-Encoding", cte)], core.encode_body(cal, "utf-8", cte))
    root = Part([], parts=[text_part(text, "utf-8", "quoted-printable", quote_cs=False),
                           text_part(htm, "utf-8", "quoted-printable", "html", quote_cs=False), calp], boundary=b)
    if meth == "REPLY":
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[m.attendees[0]["partstat"]]
        subject = "%s: %s" % (bp[key] if lang != "en" else {"acc": "Accept", "dec": "Decline", "ten": "Tentative"}[key], ev["summary"])
    elif meth == "CANCEL":
        subject = "%s: %s" % ("Cancelled" if lang == "en" else bp["cxl"], ev["summary"])
    elif m.fwd_note:
        subject = "Fwd: " + ev["summary"]
    else:
        subject = m.subject or ev["summary"]
    zv = zimbra_version(m.year)
    H = [("Date", date_hdr(m, "local", core.TZ[m.sender_tz][3])),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8", quote="always")),
         ("To", to_header(m, True)),
         ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10000000, 999999999), rng.randint(1000, 99999),
                                                           msgid_time(m) * 1000 + rng.randint(0, 999), m.sender["domain"])),
         ("Subject", subj(m, subject)), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/alternative; \r\n\tboundary="%s"' % b),
         ("X-Originating-IP", "[192.0.2.%d]" % rng.randint(2, 254)),
         ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s)" % (zv, rng.choice(["GC1%02d (Win)" % rng.randint(10, 30), "FF1%02d (Linux)" % rng.randint(0, 40), "GC1%02d (Mac)" % rng.randint(10, 30)]))),
         ("Thread-Topic", hdr(ev["summary"], "utf-8", "Thread-Topic")),
         ("Thread-Index", core.fake_b64(rng, 15).rstrip("="))]
    return H, root


# ------------------------------------------------------------------ SOGo
def render_sogo(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    desc = eff_desc(m, supports_url=True)
    P = prop_set(m, "sogo", "generic", dtstyle="tzid", desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL:" + ev["url"]]
    P["CLASS"] = ["CLASS:PUBLIC"]
    P["TRANSP"] = ["TRANSP:OPAQUE"]
    P["X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS"] = ["X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO"]
    order = ["UID", "SUMMARY", "LOCATION", "CLASS", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS", "ORGANIZER", "ATTENDEE",
             "TRANSP", "DTSTART", "DTEND", "DUE", "RRULE", "CREATED", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE",
             "DESCRIPTION", "URL", "STATUS"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "moz") + ["END:" + ev["comp"]]
    sv = {2016: "3.2.4", 2017: "3.2.10", 2018: "4.0.4", 2019: "4.0.8", 2020: "4.3.2", 2021: "5.2.0",
          2022: "5.7.1", 2023: "5.8.4", 2024: "5.10.0", 2025: "5.12.1", 2026: "5.12.3"}[m.year]
    head = ["VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % sv] + method_lines(m)
    head += tz_lines(m, "olson", xlic=True)
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    org = m.organizer
    meth = ev["method"]
    if meth == "REPLY":
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[m.attendees[0]["partstat"]]
        subject = "%s: %s" % (bp[key], ev["summary"])
        text = "%s: %s" % (bp[key], m.sender["name"])
    else:
        subject = "%s: %s" % (bp["cxl"] if meth == "CANCEL" else bp["inv"], ev["summary"])
        text = "%s\n\n%s: %s\n%s: %s\n%s:\n%s\n" % (bp["invited"].format(name=org["name"], title=ev["summary"])
                                                    if meth != "CANCEL" else "%s: %s" % (bp["cxl"], ev["summary"]),
                                                    bp["when"], when_str(m), bp["where"], ev.get("loc") or "",
                                                    bp["desc"], desc)
    htm = "<html><head><meta charset=\"utf-8\"></head><body>%s</body></html>" % html_para(text)
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------" % (rng.randint(1000, 99999), msgid_time(m), rng.randint(0, 999999), rng.randint(0, 9))
    mp = method_param(m)
    cte = cal_cte(m, "quoted-printable", cal) if "lf_b64" not in m.tricks else "base64"
    calp = Part([("Content-Type", "text/calendar; method=%s; charset=utf-8" % (mp or "REQUEST")),
                 ("Content-Transfer-Encoding", cte)], core.encode_body(cal, "utf-8", cte))
    root = Part([], parts=[text_part(htm, "utf-8", "quoted-printable", "html", quote_cs=False), calp], boundary=b)
    H = [("Content-Type", 'multipart/alternative;\r\n boundary="%s"' % b),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8", quote="always")),
         ("To", addr(m.rcpt["name"], m.rcpt["email"], "utf-8", quote="always")),
         ("Subject", subj(m, subject)), ("Message-ID", "<%s@%s>" % (
             "%s-%s-%d-%s" % (core.hexid(rng, 4, True), core.hexid(rng, 8, True), rng.randint(1, 9), core.hexid(rng, 8, True)),
             m.sender["domain"])),
         ("Date", date_hdr(m)), ("MIME-Version", "1.0"), ("X-Mailer", "SOGoMail %s" % sv)]
    return H, root


# ------------------------------------------------------------------ Yahoo
def render_yahoo(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    bp = BP[lang]
    desc = eff_desc(m)
    P = prop_set(m, "generic", "generic", dtstyle="tzid", desc=desc)
    P["TRANSP"] = ["TRANSP:OPAQUE"]
    P["CLASS"] = ["CLASS:PUBLIC"]
    order = ["UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "LOCATION", "DTSTART", "DTEND", "DUE", "RRULE", "ORGANIZER",
             "ATTENDEE", "CLASS", "STATUS", "TRANSP", "SEQUENCE", "CREATED", "LAST-MODIFIED"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "plain") + ["END:" + ev["comp"]]
    head = ["PRODID:-//Yahoo//Yahoo Calendar//EN", "VERSION:2.0"] + method_lines(m)
    head += tz_lines(m, "olson")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    org = m.organizer
    meth = ev["method"]
    if meth == "REPLY":
        key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[m.attendees[0]["partstat"]]
        subject = "%s: %s" % (bp[key], ev["summary"])
        text = subject
    else:
        subject = "%s: %s" % (bp["cxl"] if meth == "CANCEL" else bp["inv"], ev["summary"])
        head = bp["invited"].format(name=org["name"], title=ev["summary"]) if meth != "CANCEL" else \
            "%s: %s" % (bp["cxl"], ev["summary"])
        text = "%s\n\n%s\n%s\n\n%s\n" % (head, when_str(m), ev.get("loc") or "", desc)
    htm = "<html><head></head><body><div class=\"ydp\" style=\"font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px\">%s</div></body></html>" % html_para(text)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), msgid_time(m) * 1000 + rng.randint(0, 999))
    mp = method_param(m)
    cte = cal_cte(m, "7bit", cal)
    calp = Part([("Content-Type", "text/calendar; charset=UTF-8%s" % (("; method=" + mp) if mp else "")),
                 ("Content-Transfer-Encoding", cte)], core.encode_body(cal, "utf-8", cte))
    root = Part([], parts=[text_part(text, "UTF-8", "quoted-printable", quote_cs=False),
                           text_part(htm, "UTF-8", "quoted-printable", "html", quote_cs=False), calp], boundary=b)
    H = [("Date", date_hdr(m, "utc", "UTC")),
         ("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("Reply-To", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("To", addr(m.rcpt["name"], m.rcpt["email"], "utf-8")),
         ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2100000000), rng.randint(100000, 9999999), msgid_time(m) * 1000 + rng.randint(0, 999))),
         ("Subject", subj(m, subject)), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/alternative; \r\n\tboundary="%s"' % b),
         ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(16000, 23000))]
    return H, root


# ------------------------------------------------------------------ booking systems
def render_booking(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    plat = m.platform  # dict(name, domain, prodid, flavour, esp)
    desc = eff_desc(m, supports_url=True, supports_xalt=plat.get("xalt", False))
    dtstyle = plat.get("dtstyle", "utc")
    ev["dtstyle"] = dtstyle
    P = prop_set(m, "generic", "generic", dtstyle=dtstyle, desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL:" + ev["url"]]
    if ev.get("xhtml") and plat.get("xalt"):
        P["X-ALT-DESC"] = ["X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["xhtml"])]
    if ev["method"] == "PUBLISH" and not plat.get("attendee_in_publish"):
        P.pop("ATTENDEE", None)
    for k in ("CREATED", "LAST-MODIFIED"):
        P.pop(k, None)
    if plat.get("no_seq"):
        P.pop("SEQUENCE", None)
    order = ["UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ORGANIZER",
             "ATTENDEE", "STATUS", "SEQUENCE", "X-ALT-DESC"]
    body = ["BEGIN:" + ev["comp"]] + ordered(P, order) + alarm_block(m, "plain") + ["END:" + ev["comp"]]
    for ex in ev.get("extra", []):
        body += ["BEGIN:VEVENT", "UID:%s-%s" % (ev["uid"].split("@")[0], core.alnum(rng, 4)),
                 "DTSTAMP:" + core.ical_utc(m.dtstamp),
                 "DTSTART;VALUE=DATE:" + core.ical_date(ex["start"]),
                 "DTEND;VALUE=DATE:" + core.ical_date(ex["start"] + dt.timedelta(days=1)),
                 "SUMMARY:" + esc(ex["summary"]), "END:VEVENT"]
    head = ["VERSION:2.0", "PRODID:" + plat["prodid"]] + (["CALSCALE:GREGORIAN"] if rng.random() < 0.5 else []) + \
        method_lines(m)
    if dtstyle == "tzid":
        head += tz_lines(m, "olson")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    text = m.body_text
    htm = ("<!DOCTYPE html><html><head><meta charset=\"%s\"><meta name=\"viewport\" content=\"width=device-width\">" % m.body_cs +
           "</head><body style=\"margin:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%%\" "
           "style=\"max-width:600px;margin:auto;background:#fff;font-family:Arial,sans-serif\"><tr><td style=\"padding:16px;"
           "background:%s;color:#fff;font-size:20px\">%s</td></tr><tr><td style=\"padding:16px\">%s</td></tr>"
           "<tr><td style=\"padding:16px;font-size:11px;color:#888\">%s</td></tr></table></body></html>") % (
        rng.choice(["#003580", "#0b6e4f", "#c8102e", "#1a1a2e", "#5b2c6f"]), html.escape(plat["name"]),
        ev.get("xhtml") if (ev.get("xhtml") and m.label == "spam") else html_para(text), html.escape(plat["footer"]))
    cs = m.body_cs
    b1 = plat["boundary"](rng)
    b2 = plat["boundary"](rng)
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)],
               parts=[text_part(text, cs, "quoted-printable"), text_part(htm, cs, "quoted-printable", "html")],
               boundary=b2)
    mp = method_param(m)
    ctype = plat.get("ctype", "text/calendar")
    fname = plat.get("fname", "invite.ics")
    calh = [("Content-Type", '%s; charset="utf-8"; name="%s"%s' % (ctype, fname, ("; method=" + mp) if (mp and ctype == "text/calendar") else "")),
            ("Content-Disposition", 'attachment; filename="%s"' % fname),
            ("Content-Transfer-Encoding", "base64")]
    calp = Part(calh, core.b64(cal).encode())
    root = Part([], parts=[alt, calp], boundary=b1)
    H = [("From", addr(m.sender["name"], m.sender["email"], "utf-8")),
         ("Reply-To", addr(m.reply_name, m.reply_to, "utf-8") if m.reply_to else None),
         ("To", addr(m.rcpt["name"] if m.show_rcpt_name else "", m.rcpt["email"], "utf-8")),
         ("Subject", subj(m, m.subject or ev["summary"])), ("Date", date_hdr(m, "utc")),
         ("Message-ID", plat["msgid"](rng, m)), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
    H += plat.get("extra_headers", lambda rng, m: [])(rng, m)
    return [h for h in H if h[1] is not None], root


# ------------------------------------------------------------------ hand rolled scripts and tools
HAND_PRODIDS = [
    "-//hacksw/handcal//NONSGML v1.0//EN",
    "-//My calendar product//mxm.dk//",
    "-//Ben Fortuna//iCal4j 1.0//EN",
    "-//sebbo.net//ical-generator//EN",
    "-//ical.marudot.com//iCal Event Maker",
    "-//eluceo/ical//2.0/EN",
    "-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN",
    "-//Events Calendar//ECPv6.2.8//EN",
    "-//PHP//iCal Generator 1.2//EN",
    "-//Company//Calendar//EN",
    "ics.py - http://git.io/lLljaA",
    "-//Apple Inc.//Mac OS X 10.13.6//EN",
]


def render_handrolled(m):
    rng, ev, lang = m.rng, m.ev, m.lang
    tool = m.tool  # dict(prodid, mailer, layout, astyle, ostyle, dtstyle)
    desc = eff_desc(m, supports_xalt=True, supports_url=True, supports_attach=True, supports_conf=True)
    dtstyle = tool["dtstyle"]
    ev["dtstyle"] = dtstyle
    P = prop_set(m, tool["astyle"], tool["ostyle"], dtstyle=dtstyle, desc=desc)
    if ev.get("url"):
        P["URL"] = ["URL:" + ev["url"]]
    if ev.get("xhtml"):
        P["X-ALT-DESC"] = ["X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["xhtml"], commas=False)]
    if ev.get("attach"):
        P["ATTACH"] = [line("ATTACH", u, [("FMTTYPE", ft)]) for u, fn, ft in ev["attach"]]
    if ev.get("conf"):
        P["CONFERENCE"] = [line("CONFERENCE", u, [("VALUE", "URI"), ("FEATURE", "VIDEO"), ("LABEL", lab)])
                           for u, lab in ev["conf"]]
    if tool.get("sparse"):
        for k in ("CREATED", "LAST-MODIFIED", "SEQUENCE"):
            P.pop(k, None)
    if rng.random() < 0.4:
        P["PRIORITY"] = ["PRIORITY:%d" % rng.choice([1, 5, 9])]
    keys = list(P.keys())
    rng.shuffle(keys) if tool.get("shuffle") else None
    body = ["BEGIN:" + ev["comp"]] + ordered(P, keys) + alarm_block(m, tool.get("alarm", "plain")) + \
        ["END:" + ev["comp"]]
    for ex in ev.get("extra", []):
        body += ["BEGIN:VEVENT", "UID:%s" % core.uuid4(rng), "DTSTAMP:" + core.ical_utc(m.dtstamp),
                 "DTSTART;VALUE=DATE:" + core.ical_date(ex["start"]),
                 "DTEND;VALUE=DATE:" + core.ical_date(ex["start"] + dt.timedelta(days=1)),
                 "SUMMARY:" + esc(ex["summary"]), "DESCRIPTION:" + esc(ex.get("desc") or desc), "END:VEVENT"]
    head = (["VERSION:2.0"] if "no_version" not in m.tricks else []) + \
           (["PRODID:" + tool["prodid"]] if tool["prodid"] else []) + method_lines(m)
    if rng.random() < 0.3:
        head.append("X-WR-CALNAME:" + esc(m.sender.get("org") or m.sender["name"]))
    if dtstyle == "tzid":
        head += tz_lines(m, "olson")
    ics = wrap_vcal(m, head, body)
    cal = cal_bytes(m, ics)
    text = m.body_text
    cs = m.body_cs
    mp = method_param(m)
    cal_cs_label = m.cal_cs
    cte_cal = cal_cte(m, tool.get("calcte", "base64"), cal)
    meth_param = ("; method=" + mp) if mp and "no_ct_method" not in m.tricks else ""
    calpart = Part([("Content-Type", 'text/calendar; charset="%s"%s; name="%s"' % (cal_cs_label, meth_param, tool["fname"])),
                    ("Content-Transfer-Encoding", cte_cal)] +
                   ([("Content-Disposition", 'attachment; filename="%s"' % tool["fname"])] if tool["layout"] == "mixed" else []),
                   core.encode_body(cal, cal_cs_label, cte_cal))
    tcte = tool.get("textcte", "quoted-printable")
    if tool["layout"] == "single":
        root = calpart
    elif tool["layout"] == "alt":
        parts = [text_part(text, cs, tcte)]
        if tool.get("html"):
            parts.append(text_part("<html><body>%s</body></html>" % (ev.get("xhtml") or html_para(text)), cs, tcte, "html"))
        parts.append(calpart)
        root = Part([], parts=parts, boundary=tool["boundary"](rng))
    else:
        inner = [text_part(text, cs, tcte)]
        if tool.get("html"):
            inner.append(text_part("<html><body>%s</body></html>" % (ev.get("xhtml") or html_para(text)), cs, tcte, "html"))
            b2 = tool["boundary"](rng)
            first = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], parts=inner, boundary=b2)
        else:
            first = inner[0]
        root = Part([], parts=[first, calpart], boundary=tool["boundary"](rng))
    if tool["layout"] == "single":
        ctype = root.headers[0][1]
        extra_ct = [(k, v) for k, v in root.headers[1:]]
        root.headers = []
    else:
        ctype = '%s; boundary="%s"' % ("multipart/alternative" if tool["layout"] == "alt" else "multipart/mixed",
                                       root.boundary)
        extra_ct = []
    to = to_header(m, tool.get("to_all", False)) if not tool.get("undisclosed") else "undisclosed-recipients:;"
    H = [("Date", date_hdr(m, tool.get("datezone", "local"))),
         ("From", addr(m.sender["name"], m.sender["email"], m.text_cs_hdr)),
         ("Reply-To", addr(m.reply_name, m.reply_to, "utf-8") if m.reply_to else None),
         ("To", to), ("Subject", subj(m, m.subject or ev["summary"])),
         ("Message-ID", tool["msgid"](rng, m)),
         ("X-Mailer", tool["mailer"]), ("MIME-Version", "1.0"), ("Content-Type", ctype)] + extra_ct
    if tool.get("priority_hdr"):
        H.append(("X-Priority", "1 (Highest)"))
    return [h for h in H if h[1] is not None], root


RENDER = {
    "google": render_google, "outlook": render_outlook, "icloud": render_icloud, "applemail": render_applemail,
    "thunderbird": render_thunderbird, "zoom": render_zoom, "nextcloud": render_nextcloud, "zimbra": render_zimbra,
    "sogo": render_sogo, "yahoo": render_yahoo, "booking": render_booking, "handrolled": render_handrolled,
}
