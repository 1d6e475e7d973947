"""Renderers reproducing the MIME/iCalendar style of common calendar clients.

Each renderer takes the message model `m` and a random generator and returns
(Part, infra) where Part is the complete client-side message (headers + body)
and infra is a dict describing the client's own sending infrastructure."""
import datetime as dt
import html as _html

from . import core as C
from . import i18n as I
from .pools import LANGTAG

CLIENTS = ["google", "outlook", "apple", "thunderbird", "zoom", "nextcloud", "zimbra", "yahoo", "sogo",
           "booking", "list", "handrolled"]


# ----------------------------------------------------------------------------
def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid(rng, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3), rng.choice("89ab"), hexs(rng, 3),
                               hexs(rng, 12))
    return s.upper() if upper else s


def b64s(rng, n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(n))


def alnum(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def html_esc(s):
    return _html.escape(s, quote=True)


def text_to_html(s):
    out = []
    for ln in s.split("\n"):
        t = html_esc(ln)
        # linkify
        words = []
        for w in t.split(" "):
            if w.startswith("https://") or w.startswith("http://"):
                words.append('<a href="%s">%s</a>' % (w, w))
            else:
                words.append(w)
        out.append(" ".join(words))
    return "<br>\n".join(out)


def ev_when(m, ev, with_tz=True):
    lang = m["lang"]
    if ev.get("allday"):
        return I.when(lang, ev["start"], None, allday=True)
    if ev.get("kind") == "VTODO":
        return I.when(lang, ev["due"], None, "")
    lab = ""
    if with_tz:
        lab = C.tzabbr(ev["tz"], ev["start"]) if m.get("tzlabel", "abbr") == "abbr" else ev["tz"]
    return I.when(lang, ev["start"], ev.get("end"), lab)


def ical_body_charset(m):
    return "utf-8"


# ----------------------------------------------------------------------------
# generic VEVENT assembly, with per-flavour ordering
def dt_lines(ev, flavor):
    """DTSTART/DTEND (or DUE) lines."""
    out = []
    if ev.get("kind") == "VTODO":
        if ev.get("start"):
            out.append(("DTSTART", _dtv(ev, ev["start"], flavor)))
        out.append(("DUE", _dtv(ev, ev["due"], flavor)))
        return out
    if ev.get("allday"):
        out.append(("DTSTART", ([("VALUE", "DATE")], C.ical_date(ev["start"]))))
        out.append(("DTEND", ([("VALUE", "DATE")], C.ical_date(ev["end"]))))
        return out
    out.append(("DTSTART", _dtv(ev, ev["start"], flavor)))
    if ev.get("end") is not None:
        out.append(("DTEND", _dtv(ev, ev["end"], flavor)))
    return out


def _dtv(ev, t, flavor):
    mode = ev.get("timemode") or ("ms" if flavor in ("outlook",) else "tzid")
    if mode == "utc":
        return ([], C.ical_utc(C.to_utc(ev["tz"], t)))
    if mode == "float":
        return ([], C.ical_dt(t))
    tzid = C.winname(ev["tz"]) if mode == "ms" else ev["tz"]
    return ([("TZID", tzid)], C.ical_dt(t))


def L(name, value, params=()):
    return C.prop(name, value, params)


def attendee_line(a, flavor, lang="en"):
    nm = a.get("name") or ""
    em = a["addr"]
    ps = a.get("partstat", "NEEDS-ACTION")
    role = a.get("role", "REQ-PARTICIPANT")
    rsvp = a.get("rsvp", "TRUE")
    cut = a.get("cutype", "INDIVIDUAL")
    if flavor == "google":
        return L("ATTENDEE", "mailto:" + em, [("CUTYPE", cut), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp),
                                               ("CN", nm or em), ("X-NUM-GUESTS", "0")])
    if flavor == "outlook":
        p = [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
        if nm or True:
            p.append(("CN", nm or em))
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor in ("apple", "icloud"):
        p = [("CN", nm or em), ("CUTYPE", cut), ("EMAIL", em), ("PARTSTAT", ps), ("ROLE", role)]
        if ps == "NEEDS-ACTION":
            p.append(("RSVP", "TRUE"))
        if flavor == "icloud":
            p.append(("SCHEDULE-STATUS", "1.2" if ps == "NEEDS-ACTION" else "2.0"))
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor == "thunderbird":
        p = [("RSVP", rsvp)]
        if nm:
            p.append(("CN", nm))
        p += [("PARTSTAT", ps), ("ROLE", role)]
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor == "nextcloud":
        p = [("CN", nm or em), ("CUTYPE", cut), ("PARTSTAT", ps), ("ROLE", role), ("RSVP", rsvp),
             ("LANGUAGE", lang)]
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor == "zimbra":
        p = ([("CN", nm)] if nm else []) + [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor == "sogo":
        p = [("CUTYPE", cut), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)] + ([("CN", nm)] if nm else [])
        return L("ATTENDEE", "mailto:" + em, p)
    if flavor == "yahoo":
        p = [("CN", nm or em), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
        return L("ATTENDEE", "mailto:" + em, p)
    # generic / handrolled
    p = []
    if a.get("plain"):
        return "ATTENDEE:mailto:" + em
    if nm:
        p.append(("CN", nm))
    p += [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
    return L("ATTENDEE", "mailto:" + em, p)


def organizer_line(ev, flavor):
    if not ev.get("organizer"):
        return None
    nm, em = ev["organizer"]
    sent_by = ev.get("sent_by")
    p = []
    if flavor in ("apple", "icloud"):
        p = [("CN", nm or em), ("EMAIL", em)]
    elif flavor == "thunderbird":
        p = [("RSVP", "TRUE"), ("CN", nm), ("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")] if nm else []
    elif nm:
        p = [("CN", nm)]
    if sent_by:
        p.append(("SENT-BY", "mailto:" + sent_by))
    return L("ORGANIZER", "mailto:" + em, p)


def alarm_lines(ev, flavor, rng):
    out = []
    for al in ev.get("alarms", []):
        trig = al.get("trigger", "-PT15M")
        act = al.get("action", "DISPLAY")
        desc = al.get("desc", "Reminder")
        tparams = [("RELATED", "START")] if flavor in ("outlook", "zimbra") and not trig[0].isdigit() else []
        if trig[0].isdigit():
            tparams = [("VALUE", "DATE-TIME")]
        out.append("BEGIN:VALARM")
        if flavor == "outlook":
            out += [L("DESCRIPTION", C.esc(desc)), L("TRIGGER", trig, tparams), "ACTION:" + act]
        elif flavor == "google":
            out += ["ACTION:" + act, L("DESCRIPTION", C.esc(desc)), L("TRIGGER", trig, tparams)]
        elif flavor in ("apple", "icloud"):
            u = uuid(rng, True)
            out += ["X-WR-ALARMUID:" + u, "UID:" + u, L("TRIGGER", trig, tparams), L("DESCRIPTION", C.esc(desc)),
                    "ACTION:" + act]
        else:
            out += [L("TRIGGER", trig, tparams), "ACTION:" + act, L("DESCRIPTION", C.esc(desc))]
        if act == "AUDIO" and al.get("attach"):
            out.append(L("ATTACH", al["attach"], [("VALUE", "URI")]))
        if al.get("repeat"):
            out += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT5M")]
        out.append("END:VALARM")
    return out


def payload_lines(ev, flavor):
    out = []
    if ev.get("url"):
        out.append(L("URL", ev["url"], [("VALUE", "URI")] if flavor in ("apple", "icloud") else []))
    for a in ev.get("attach", []):
        p = []
        if a.get("filename"):
            p.append(("FILENAME", a["filename"]))
        if a.get("fmttype"):
            p.append(("FMTTYPE", a["fmttype"]))
        if flavor in ("apple", "icloud") and a.get("managed"):
            p += [("MANAGED-ID", a["managed"]), ("SIZE", str(a.get("size", 48211)))]
        out.append(L("ATTACH", a["uri"], p))
    for c in ev.get("conference", []):
        p = [("VALUE", "URI"), ("FEATURE", c.get("feature", "AUDIO,VIDEO"))]
        if c.get("label"):
            p.append(("LABEL", c["label"]))
        out.append(L("CONFERENCE", c["uri"], p))
    return out


def text_param_lang(m, flavor):
    return [("LANGUAGE", LANGTAG.get(m["lang"], "en-US"))] if flavor == "outlook" else []


def event_lines(m, ev, flavor, rng, sub=None):
    """Produce content lines for one VEVENT/VTODO in the style of `flavor`."""
    kind = ev.get("kind", "VEVENT")
    stamp = C.ical_utc(ev.get("dtstamp", m["arrival"] - dt.timedelta(seconds=rng.randint(2, 40))))
    created = C.ical_utc(ev.get("created", m["arrival"] - dt.timedelta(minutes=rng.randint(1, 300))))
    desc = ev.get("description") or ""
    commas = not ev.get("raw_commas")
    summ = C.esc(ev.get("summary", ""), commas)
    loc = ev.get("location")
    o = ["BEGIN:" + kind]
    dtl = dt_lines(ev, flavor)
    dlines = [L(n, v, p) for n, (p, v) in dtl]
    rrule = ["RRULE:" + ev["rrule"]] if ev.get("rrule") else []
    rrule += ["EXDATE" + (";TZID=" + ev["tz"]) + ":" + x for x in ev.get("exdate", [])]
    rid = []
    if ev.get("recurrence_id"):
        rid = [L("RECURRENCE-ID", C.ical_dt(ev["recurrence_id"]), [("TZID", ev["tz"] if flavor != "outlook"
                                                                     else C.winname(ev["tz"]))])]
    att = [attendee_line(a, flavor, m["lang"]) for a in ev.get("attendees", [])]
    org = organizer_line(ev, flavor)
    orgl = [org] if org else []
    seq = str(ev.get("sequence", 0))
    status = ev.get("status", "CONFIRMED" if kind == "VEVENT" else "NEEDS-ACTION")
    transp = ev.get("transp", "OPAQUE")
    extra = list(ev.get("x", []))
    pay = payload_lines(ev, flavor)
    alarms = alarm_lines(ev, flavor, rng)
    altdesc = []
    if ev.get("alt_desc"):
        altdesc = [L("X-ALT-DESC", C.esc(ev["alt_desc"], commas=False) if flavor != "outlook"
                     else C.esc(ev["alt_desc"]), [("FMTTYPE", "text/html")])]
    comment = [L("COMMENT", C.esc(ev["comment"]), text_param_lang(m, flavor))] if ev.get("comment") else []
    todo = []
    if kind == "VTODO":
        todo = ["PRIORITY:%d" % ev.get("priority", 1)] + (["PERCENT-COMPLETE:0"] if flavor != "google" else [])
    uid = ev["uid"]
    dd = [L("DESCRIPTION", C.esc(desc, commas), text_param_lang(m, flavor))] if desc or flavor in (
        "outlook", "google") else []
    ll = [L("LOCATION", C.esc(loc, commas), text_param_lang(m, flavor))] if loc is not None else []
    if flavor == "google":
        if not loc:
            ll = ["LOCATION:"]
        o += dlines + rrule + rid + ["DTSTAMP:" + stamp] + orgl + ["UID:" + uid] + att
        if ev.get("meet"):
            o.append("X-GOOGLE-CONFERENCE:" + ev["meet"])
        o += pay
        if rng.random() < 0.7:
            o.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2000000000, 2000000000))
        o += ["CREATED:" + created] + dd + ["LAST-MODIFIED:" + stamp] + ll + ["SEQUENCE:" + seq,
                                                                               "STATUS:" + status,
                                                                               "SUMMARY:" + summ,
                                                                               "TRANSP:" + transp] + extra + alarms
    elif flavor == "outlook":
        desktop = sub == "desktop"
        klass = ev.get("class", "PUBLIC")
        o += orgl + att + dd + rrule + rid + ["UID:" + uid, L("SUMMARY", summ, text_param_lang(m, flavor))] + dlines
        o += ["CLASS:" + klass, "PRIORITY:%d" % ev.get("priority", 5), "DTSTAMP:" + stamp, "TRANSP:" + transp,
              "STATUS:" + status, "SEQUENCE:" + seq] + ll + comment + pay
        if desktop:
            o += ["CREATED:" + created, "LAST-MODIFIED:" + stamp]
        o += ["X-MICROSOFT-CDO-APPT-SEQUENCE:" + seq,
              "X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2000000000, 2100000000),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ev.get("busy", "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("allday") else "FALSE"),
              "X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get("importance", 1), "X-MICROSOFT-CDO-INSTTYPE:%d" % (
                  1 if ev.get("rrule") else 0)]
        if ev.get("teams"):
            o += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev["teams"],
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/"
                  "%s/%s/0/join" % (uuid(rng), uuid(rng)),
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,'
                  '"private":true\\,"type":0}' % b64s(rng, 40).replace("+", "x").replace("/", "y"),
                  "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s"
                  % (m["sender"]["addr"], alnum(rng, 24))]
        if desktop:
            o += altdesc + ["X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
                            "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:%d" % (2 if ev.get("teams") else 0)]
            if ev.get("olk_sender"):
                o.append("X-MS-OLK-SENDER;CN=%s:mailto:%s" % ev["olk_sender"])
        else:
            o += altdesc + ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                            "X-MICROSOFT-ISRESPONSEREQUESTED:%s" % ("TRUE" if m.get("method") == "REQUEST" else
                                                                    "FALSE")]
            if loc:
                o.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0'
                         '\\,"Unresolved":false\\,"LocationUri":""}]' % loc.replace('"', "'").replace(",", "\\,")
                         .replace(";", "\\;").replace("\n", " "))
        o += extra + alarms
    elif flavor in ("apple", "icloud"):
        o += ["CREATED:" + created] + dlines + att + dd + ["DTSTAMP:" + stamp, "LAST-MODIFIED:" + stamp] + ll
        o += orgl + rid + rrule + ["SEQUENCE:" + seq, "SUMMARY:" + summ, "TRANSP:" + transp, "UID:" + uid] + pay
        if ll and ev.get("apple_geo", True) and loc and not loc.startswith("http"):
            o.append(L("X-APPLE-STRUCTURED-LOCATION", "geo:%0.6f,%0.6f" % (rng.uniform(-40, 60), rng.uniform(-120, 140)),
                       [("VALUE", "URI"), ("X-ADDRESS", loc[:60]), ("X-APPLE-RADIUS", "70.58"),
                        ("X-TITLE", loc[:40])]))
        o += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"] + extra + alarms
    elif flavor == "thunderbird":
        o += ["CREATED:" + created, "LAST-MODIFIED:" + stamp, "DTSTAMP:" + stamp, "UID:" + uid,
              "SUMMARY:" + summ] + orgl + att + rrule + rid
        o += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"] + dlines + todo
        o += ["TRANSP:" + transp, "SEQUENCE:" + seq, "X-MOZ-GENERATION:%d" % (int(seq) + 1)] + dd + ll + pay
        o += extra + alarms
    elif flavor == "nextcloud":
        o += ["CREATED:" + created, "DTSTAMP:" + stamp, "LAST-MODIFIED:" + stamp, "SEQUENCE:" + seq,
              "UID:" + uid] + dlines + ["STATUS:" + status, "SUMMARY:" + summ] + ll + dd + orgl + att + rrule + rid
        o += pay + extra + alarms
    elif flavor == "zimbra":
        o += ["UID:" + uid] + rrule + ["SUMMARY:" + summ] + ll + att + orgl + dlines + rid
        o += ["STATUS:" + status, "CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:" + transp,
              "LAST-MODIFIED:" + stamp, "DTSTAMP:" + stamp, "SEQUENCE:" + seq] + dd + altdesc + pay + extra + alarms
    elif flavor == "sogo":
        o += ["UID:" + uid, "SUMMARY:" + summ] + ll + ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES",
                                                        "TRANSP:" + transp] + dlines + rrule + rid + orgl + att
        o += dd + ["CREATED:" + created, "DTSTAMP:" + stamp, "LAST-MODIFIED:" + stamp, "SEQUENCE:" + seq] + pay
        o += extra + alarms
    elif flavor == "yahoo":
        o += ["UID:" + uid, "DTSTAMP:" + stamp] + dlines + ["SUMMARY:" + summ] + dd + ll + orgl + att + rrule + rid
        o += ["SEQUENCE:" + seq, "STATUS:" + status, "X-YAHOO-YID:" + alnum(rng, 10), "CLASS:PUBLIC"]
        o += pay + extra + alarms
    elif flavor == "zoom":
        o += ["DTSTAMP:" + stamp] + dlines + ["SUMMARY:" + summ, "UID:" + uid, "TZID:" + ev["tz"]] + dd + ll
        o += orgl + att + rrule + pay + extra + alarms
    else:  # booking / handrolled: whatever order the app author chose
        order = ev.get("order", "a")
        if order == "a":
            o += ["UID:" + uid, "DTSTAMP:" + stamp] + dlines + ["SUMMARY:" + summ] + dd + ll + orgl + att
            o += rrule + rid + (["STATUS:" + status] if ev.get("status") else []) + pay + todo + extra + alarms
        elif order == "b":
            o += dlines + ["SUMMARY:" + summ] + ll + dd + ["UID:" + uid] + orgl + att + rrule + pay + extra + alarms
            o += ["DTSTAMP:" + stamp] if ev.get("dtstamp_last", True) else []
        else:
            o += ["SUMMARY:" + summ, "UID:" + uid, "SEQUENCE:" + seq] + orgl + att + dlines + dd + ll + rrule
            o += ["DTSTAMP:" + stamp, "STATUS:" + status, "TRANSP:" + transp] + pay + todo + extra + alarms
    o.append("END:" + kind)
    return [x for x in o if x is not None]


def calendar(m, flavor, rng, prodid, sub=None, tzstyle="olson", head_extra=(), method_first=False,
             calscale=True, fold="octet", eol=C.CRLF, include_tz=True, version_first=True):
    method = m.get("method")
    ical_method = m.get("ical_method", method)  # may disagree deliberately
    lines = ["BEGIN:VCALENDAR"]
    head = []
    if method_first and ical_method:
        head.append("METHOD:" + ical_method)
    if version_first:
        head += ["PRODID:" + prodid, "VERSION:2.0"]
    else:
        head += ["VERSION:2.0", "PRODID:" + prodid]
    if calscale:
        head.append("CALSCALE:GREGORIAN")
    if ical_method and not method_first:
        head.append("METHOD:" + ical_method)
    lines += head + list(head_extra)
    if include_tz and not m.get("no_vtimezone"):
        seen = []
        for ev in m["events"]:
            if ev.get("allday") or ev.get("timemode") in ("utc", "float"):
                continue
            if ev["tz"] not in seen and ev["tz"] != "UTC":
                seen.append(ev["tz"])
        for tz in seen:
            lines += C.vtimezone(tz, tzstyle)
    for ev in m["events"]:
        lines += event_lines(m, ev, flavor, rng, sub)
    lines.append("END:VCALENDAR")
    return C.ics_text(lines, fold, eol)


def ct_cal(method, extra=""):
    return "text/calendar; charset=\"utf-8\"" + ("; method=%s" % method if method else "") + extra


# ----------------------------------------------------------------------------
def subj_invite(m, ev, style="google"):
    lang = m["lang"]
    if m.get("subject"):
        return m["subject"]
    meth = m.get("method")
    s = ev.get("summary", "")
    if meth == "CANCEL":
        pre = I.CANCELED.get(lang, "Canceled")
        return ("%s: %s" % (pre, s)) if style != "google" else "%s event: %s @ %s" % (
            "Canceled" if lang == "en" else pre, s, ev_when(m, ev))
    if meth == "REPLY":
        ps = ev["attendees"][0].get("partstat", "ACCEPTED") if ev.get("attendees") else "ACCEPTED"
        tab = {"ACCEPTED": I.ACCEPTED, "DECLINED": I.DECLINED, "TENTATIVE": I.TENTATIVE}.get(ps, I.ACCEPTED)
        pre = tab.get(lang, tab["en"])
        if style == "google":
            return "%s: %s @ %s" % (pre, s, ev_when(m, ev))
        return "%s: %s" % (pre, s)
    if meth == "COUNTER":
        return "%s: %s" % (I.NEWTIME.get(lang, I.NEWTIME["en"]), s)
    pre = I.INVITE.get(lang, "Invitation")
    if ev.get("sequence", 0) and lang in I.UPDATED:
        pre = I.UPDATED[lang]
    if style == "google":
        return "%s: %s @ %s (%s)" % (pre, s, ev_when(m, ev), m["rcpt"][1])
    return "%s: %s" % (pre, s)


def std_headers(m, rng, subject, from_=None, to=None, date_off=0, hdr_charset="utf-8", enc="B", upper=True,
                msgid=None, extra=(), order="fstdm", cc=None, reply_to=None, sender=None):
    s = m["sender"]
    fr = from_ or C.addr(s["name"], s["addr"], hdr_charset, enc, upper)
    to_v = C.addr_list(to if to is not None else m.get("to") or [m["rcpt"]], hdr_charset, enc, upper)
    date = C.rfc2822(m["sent"], date_off)
    subj = C.encode_words(subject, hdr_charset, enc, upper) if not m.get("raw8bit_headers") else \
        subject.encode("utf-8").decode("latin-1")
    if C.is_ascii(subject):
        subj = C.fold_header("Subject", subject)[len("Subject: "):]
    H = {"f": "From: " + fr, "s": "Subject: " + subj, "t": "To: " + to_v, "d": "Date: " + date,
         "m": "Message-ID: " + (msgid or "<%s@%s>" % (hexs(rng, 24), s["addr"].split("@")[1]))}
    out = [H[c] for c in order]
    if cc:
        out.insert(order.index("t") + 1, "Cc: " + C.addr_list(cc, hdr_charset, enc, upper))
    if reply_to:
        out.append("Reply-To: " + C.addr(reply_to[0], reply_to[1], hdr_charset, enc, upper))
    if sender:
        out.append("Sender: " + sender)
    out += list(extra)
    return out


def body_text_generic(m, ev):
    parts = []
    if m.get("body_intro"):
        parts.append(m["body_intro"])
    if ev.get("description") and not m.get("body_only_intro"):
        parts.append(ev["description"])
    return "\n\n".join(parts)


def reply_text(m, ev):
    meth = m.get("method")
    if meth not in ("REPLY", "COUNTER", "CANCEL"):
        return None
    t = ev.get("summary", "")
    when = ev_when(m, ev)
    if meth == "CANCEL":
        org = ev.get("organizer") or (m["sender"]["name"], m["sender"]["addr"])
        return "%s has been cancelled.\n\n%s\n%s\nOrganizer: %s <%s>" % (t, t, when, org[0], org[1])
    a = ev["attendees"][0] if ev.get("attendees") else {"name": m["sender"]["name"], "partstat": "ACCEPTED"}
    verb = {"ACCEPTED": "has accepted", "DECLINED": "has declined", "TENTATIVE": "has tentatively accepted"}.get(
        a.get("partstat"), "has replied to")
    if meth == "COUNTER":
        verb = "has proposed a new time for"
    txt = "%s %s the invitation: %s\n%s" % (a.get("name") or a["addr"], verb, t, when)
    if ev.get("comment"):
        txt += "\n\n" + ev["comment"]
    return txt


def html_wrap(inner, lang="en", head=""):
    d = ' dir="rtl"' if lang in ("ar", "he") else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>'
            '<body%s>\n%s\n</body></html>' % (head, d, inner))


# ----------------------------------------------------------------------------
# Google Calendar
def render_google(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    g = I.GOOGLE.get(lang, I.GOOGLE["en"])
    org_name, org_addr = ev["organizer"] if ev.get("organizer") else (m["sender"]["name"], m["sender"]["addr"])
    eid = b64s(rng, 60).replace("+", "").replace("/", "")
    ctz = ev["tz"]
    when = ev_when(m, ev)
    rc = m["rcpt"][1]
    who = ["     * %s - %s" % (org_name or org_addr, g[6])]
    for a in ev.get("attendees", [])[:40]:
        if a["addr"] != org_addr:
            who.append("     * " + (a.get("name") or a["addr"]))
    if len(ev.get("attendees", [])) > 40:
        who.append("     * … (%d)" % (len(ev["attendees"]) - 40))
    meth = m.get("method", "REQUEST")
    lines = []
    if meth == "REQUEST":
        lines.append(g[0])
        lines.append("")
    lines += ["%s: %s" % (g[1], ev.get("summary", "")), "%s: %s" % (g[2], when)]
    if ev.get("location"):
        lines.append("%s: %s" % (g[3], ev["location"]))
    if ev.get("meet"):
        lines += ["%s: %s" % (g[8], g[9]), ev["meet"], ""]
    lines += ["%s: %s" % (g[4], rc), "%s:" % g[5]] + who + [""]
    lines.append("%s: https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (
        g[7], eid, b64s(rng, 40).replace("/", "_").replace("+", "-"), ctz.replace("/", "%2F"),
        lang if lang != "zh-tw" else "zh_TW"))
    if ev.get("description"):
        lines += ["", ev["description"]]
    lines += ["", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this courtesy email at the account %s because you are an attendee of this event."
              % rc, "",
              "To stop receiving future updates for this event, decline this event. Alternatively you can sign up "
              "for a Google account at https://calendar.google.com/calendar/ and control your notification settings "
              "for your entire calendar.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer and be added "
              "to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. "
              "Learn More To Learn More https://support.google.com/calendar/answer/37135#forwarding"]
    plain = reply_text(m, ev) or "\n".join(lines)
    desc_html = ev.get("alt_desc") or text_to_html(ev.get("description", ""))
    html = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
            'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
            '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0"'
            ' cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid '
            '#ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td><meta itemprop="eventStatus" '
            'content="http://schema.org/EventScheduled"/><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;'
            'font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span>'
            '</h3><table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em'
            ' 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top">'
            '<div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,'
            'Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1px">%s</div></td></tr>%s'
            '</table></div><p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s: </span>%s</p>'
            '</td></tr></table></div></span></span>'
            % (html_esc("Invitation from %s" % (org_name or org_addr)), html_esc(ev.get("summary", "")), g[2],
               html_esc(when),
               ('<tr><td style="padding:0 1em 10px 0;color:#888" valign="top"><div><i style="font-style:normal">%s'
                '</i></div></td><td valign="top"><div><span itemprop="location">%s</span></div></td></tr>' % (
                    g[3], html_esc(ev["location"]))) if ev.get("location") else "",
               g[7], desc_html))
    cal = calendar(m, "google", rng, "-//Google Inc//Google Calendar 70.9054//EN")
    b1 = "000000000000" + hexs(rng, 16)
    b2 = "000000000000" + hexs(rng, 16)
    meth_p = meth
    alt = C.Part(['Content-Type: multipart/alternative; boundary="%s"' % b2], parts=[
        C.text_part(plain, label="UTF-8", cte="base64", extra_params="; format=flowed; delsp=yes"),
        C.text_part(html_wrap(html, lang), "text/html", "UTF-8", "quoted-printable"),
        C.Part(['Content-Type: text/calendar; charset="UTF-8"; method=%s' % meth_p,
                "Content-Transfer-Encoding: 7bit" if C.is_ascii(cal) else "Content-Transfer-Encoding: base64"],
               cal if C.is_ascii(cal) else C.b64_block(cal.encode("utf-8")))], boundary=b2)
    att = C.Part(['Content-Type: application/ics; name="invite.ics"',
                  'Content-Disposition: attachment; filename="invite.ics"', "Content-Transfer-Encoding: base64"],
                 C.b64_block(cal.encode("utf-8")))
    subj = subj_invite(m, ev, "google")
    sender_hdr = "Google Calendar <calendar-notification@google.com>"
    fr = C.addr(m["sender"]["name"], m["sender"]["addr"], "UTF-8", "B", True)
    hdrs = ["MIME-Version: 1.0"] + std_headers(
        m, rng, subj, from_=fr, order="dmsft", msgid="<calendar-%s@google.com>" % uuid(rng),
        reply_to=(m["sender"]["name"], m["sender"]["addr"]), sender=sender_hdr)
    hdrs.append('Content-Type: multipart/mixed; boundary="%s"' % b1)
    top = C.Part(hdrs, parts=[alt, att], boundary=b1)
    dom = m["sender"]["addr"].split("@")[1]
    dkim = [(dom, "20230601" if dom == "gmail.com" else "google"), ("google.com", "20230601")]
    infra = dict(env="%s-calendar-server.bounces.google.com" % (alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789")
                                                               .replace("", "")[:24]),
                 env_domain="calendar-server.bounces.google.com", host="mail-sor-f%d.google.com" % rng.randint(41, 73),
                 dkim=dkim, prov="google")
    infra["env"] = "3%s@calendar-server.bounces.google.com" % alnum(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")
    return top, infra


# ----------------------------------------------------------------------------
def exo_host(rng):
    pre = rng.choice(["DB9PR04", "AM0PR07", "PAXPR08", "VI1PR02", "BN8PR12", "SA1PR13", "CH3PR11", "MW4PR03",
                      "TYCPR01", "SEZPR06", "PUZPR01", "AS8PR10", "GV1PR09"])
    reg = {"D": "eurprd04", "A": "eurprd07", "P": "eurprd08", "V": "eurprd02", "B": "namprd12", "S": "namprd13",
           "C": "namprd11", "M": "namprd03", "T": "jpnprd01", "G": "eurprd09"}.get(pre[0], "apcprd06")
    box = "%sMB%d" % (pre, rng.randint(1000, 9999))
    return box, "%s.%s.prod.outlook.com" % (box, reg)


def render_outlook(m, rng):
    sub = m.get("sub") or "exo"
    ev = m["events"][0]
    lang = m["lang"]
    meth = m.get("method", "REQUEST")
    box, host = exo_host(rng)
    desc = ev.get("description", "")
    if ev.get("teams"):
        tb = ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting<%s>\nMeeting ID: %d %03d %03d %03d\nPasscode: %s\n"
              "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
              "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>"
              " | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId="
              "19_meeting_%s@thread.v2&messageId=0&language=%s>\n" % (
                  ev["teams"], rng.randint(200, 399), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999),
                  alnum(rng, 6, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"), uuid(rng), uuid(rng),
                  alnum(rng, 30), LANGTAG.get(lang, "en-US")) + "_" * 80)
        if "Microsoft Teams" not in desc:
            desc = desc + tb
            ev["description"] = desc
    cal = calendar(m, "outlook", rng, "Microsoft Exchange Server 2010" if sub != "desktop" else
                   "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", sub=sub, tzstyle="ms", method_first=True,
                   calscale=False, fold=m.get("fold", "octet"))
    if meth == "REPLY":
        plain = ev.get("comment", "")
    else:
        plain = body_text_generic(m, ev)
    html_inner = ev.get("alt_desc") or ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                                        'Calibri, Helvetica, sans-serif; font-size: 12pt;">%s</div>'
                                        % text_to_html(plain))
    html = html_wrap(html_inner, lang, '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
                                       '</style>')
    bnd = "_000_%s%s_" % (box, alnum(rng, 12, "0123456789ABCDEF")) if sub != "desktop" else \
        "----=_NextPart_000_%04X_01DA%04X.%08X" % (rng.randint(0, 65535), rng.randint(0, 65535),
                                                  rng.randint(0, 2 ** 32 - 1))
    cte = "base64" if sub != "desktop" else "quoted-printable"
    cal_part = C.Part(["Content-Type: text/calendar; charset=\"utf-8\"; method=%s" % (m.get("ct_method", meth)),
                       "Content-Transfer-Encoding: base64"], C.b64_block(cal.encode("utf-8")))
    label = m.get("charset") or "utf-8"
    alt = [C.text_part(plain, label=label, cte=cte),
           C.text_part(html.replace("charset=utf-8", "charset=" + label), "text/html", label, cte), cal_part]
    subj = m.get("subject") or (subj_invite(m, ev, "outlook") if meth != "REQUEST" else ev.get("summary", ""))
    mid = "<%s%s@%s>" % (box, hexs(rng, 24, True), host)
    ti = "A" + b64s(rng, 7) + "==" if rng.random() < 0.3 else "AQH" + b64s(rng, 25)
    ext = ["Thread-Topic: " + (C.encode_words(ev.get("summary", ""), "utf-8", "B", False) or "x"),
           "Thread-Index: " + ti]
    if sub == "desktop":
        hdrs = std_headers(m, rng, subj, order="ftsd", upper=False, hdr_charset=label, extra=[
            "Message-ID: <%s$%s$%s@%s>" % ("00" + hexs(rng, 2), hexs(rng, 8), hexs(rng, 8),
                                           m["sender"]["addr"].split("@")[1]),
            "MIME-Version: 1.0", 'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd,
            "X-Mailer: Microsoft Outlook 16.0"] + ext[1:] + ["Content-Language: " + LANGTAG.get(lang, "en-us").lower()],
                            date_off=m.get("tzoff", 60))
    else:
        hdrs = std_headers(m, rng, subj, order="ftsd", upper=False, hdr_charset=label, extra=ext + [
            "Date: " + C.rfc2822(m["sent"], 0), "Message-ID: " + mid,
            "Accept-Language: " + ("en-US" if lang == "en" else "%s, en-US" % LANGTAG.get(lang, "en-US")), "Content-Language: " + LANGTAG.get(lang, "en-US"),
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "msip_labels:",
            "x-ms-publictraffictype: Email",
            "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (box, box.replace("MB", "MB")),
            "x-ms-office365-filtering-correlation-id: " + uuid(rng),
            "x-microsoft-antispam: BCL:0;ARA:13230031|366007|1800799015|376005|38070700009;",
            'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"])
        hdrs = [h for h in hdrs if not h.startswith("Date: ") or h.endswith("+0000")]
        # std_headers put a Date already; remove duplicate
        seen = False
        nh = []
        for h in hdrs:
            if h.startswith("Date: "):
                if seen:
                    continue
                seen = True
            if h.startswith("Message-ID: ") and h != "Message-ID: " + mid:
                continue
            nh.append(h)
        hdrs = nh
    top = C.Part(hdrs, parts=alt, boundary=bnd)
    dom = m["sender"]["addr"].split("@")[1]
    received = ["Received: from %s (2001:db8:%x::%x) by %s (2001:db8:%x::%x) with Microsoft SMTP Server "
                "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                    host, rng.randint(1, 65535), rng.randint(1, 65535), host, rng.randint(1, 65535),
                    rng.randint(1, 65535), rng.randint(6000, 8999), rng.randint(10, 40),
                    C.rfc2822(m["sent"] + dt.timedelta(seconds=1)))] if sub != "desktop" else []
    if sub == "desktop":
        infra = dict(host="mail." + dom, dkim=[(dom, "default")], prov="own")
    elif dom in ("outlook.com", "hotmail.com", "hotmail.es", "hotmail.se", "hotmail.co.th", "live.com"):
        infra = dict(host="%s.outbound.protection.outlook.com" % rng.choice(
            ["EUR03-AM7-obe", "EUR05-DB8-obe", "NAM12-MW2-obe", "NAM10-BN7-obe", "APC01-SG2-obe"]),
            dkim=[(dom, "selector1")], prov="exo", received=received)
    else:
        infra = dict(host="mail-%s%s.outbound.protection.outlook.com" % (rng.choice(["db8eur05on", "am6eur05on",
                                                                                     "bn8nam12on", "dm6nam10on"]),
                                                                        rng.randint(2000, 2130)),
                     dkim=[(dom, "selector%d" % rng.randint(1, 2))], prov="exo", received=received)
    return top, infra


# ----------------------------------------------------------------------------
def render_apple(m, rng):
    sub = m.get("sub") or "icloud"
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    if sub == "icloud":
        cal = calendar(m, "icloud", rng, "-//CALENDARSERVER.ORG//NONSGML Version 1//EN", tzstyle="apple",
                       calscale=True, fold=m.get("fold", "octet"))
        when = ev_when(m, ev)
        org = ev["organizer"][0] if ev.get("organizer") else s["name"]
        plain = "%s\n%s\n%s\n\n%s\n\n%s" % (ev.get("summary", ""), when, ev.get("location") or "",
                                            "%s has invited you." % org if lang == "en" else org,
                                            ev.get("description", ""))
        plain = reply_text(m, ev) or plain
        html = html_wrap('<div style="font-family:-apple-system,Helvetica,Arial;font-size:14px"><h2>%s</h2><p>%s</p>'
                         '<p>%s</p><p>%s</p><p>%s</p></div>' % (html_esc(ev.get("summary", "")), html_esc(when),
                                                                 html_esc(ev.get("location") or ""),
                                                                 html_esc(org), ev.get("alt_desc") or
                                                                 text_to_html(ev.get("description", ""))), lang)
        b1 = "Apple-Webmail-%s" % uuid(rng, True)
        b2 = "Apple-Webmail-%s" % uuid(rng, True)
        alt = C.Part(['Content-Type: multipart/alternative; boundary="%s"' % b2],
                     parts=[C.text_part(plain, label="utf-8", cte="quoted-printable", quote_charset=False),
                            C.text_part(html, "text/html", "utf-8", "quoted-printable", quote_charset=False)],
                     boundary=b2)
        calp = C.Part(["Content-Type: text/calendar; charset=utf-8; method=%s; name=invite.ics" % m.get("method",
                                                                                                       "REQUEST"),
                       "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename=invite.ics'],
                      C.b64_block(cal.encode("utf-8")))
        subj = m.get("subject") or subj_invite(m, ev, "apple")
        hdrs = std_headers(m, rng, subj, from_=C.addr(s["name"], "noreply@email.apple.com"), order="fts",
                           reply_to=(s["name"], s["addr"]),
                           extra=["Date: " + C.rfc2822(m["sent"], 0),
                                  "Message-ID: <%s@icloud.com>" % uuid(rng, True),
                                  "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % b1,
                                  "X-Apple-Calendar-Server: p%02d-caldav.icloud.com" % rng.randint(20, 70)])
        top = C.Part(hdrs, parts=[alt, calp], boundary=b1)
        infra = dict(host="qs%02dp00im-qukt%08d.me.com" % (rng.randint(40, 60), rng.randint(1, 99999999)),
                     env="noreply@email.apple.com", dkim=[("email.apple.com", "email0517")], prov="apple",
                     from_domain="email.apple.com")
        return top, infra
    # Calendar.app / iOS via Mail with the user's own account
    ver = m.get("osver", rng.choice(["macOS 14.4.1", "macOS 13.6.3", "iOS 17.3.1", "Mac OS X 10.15.7", "iOS 16.6"]))
    cal = calendar(m, "apple", rng, "-//Apple Inc.//%s//EN" % ver, tzstyle="apple", fold=m.get("fold", "octet"))
    fname = "iCal-%s.ics" % m["sent"].strftime("%Y%m%d-%H%M%S")
    b = "Apple-Mail=_%s" % uuid(rng, True)
    plain = m.get("body_intro") or ""
    if not plain and m["lang"] == "ja":
        plain = ev.get("summary", "")
    parts = [C.text_part(plain, label="us-ascii" if C.is_ascii(plain) else (m.get("charset") or "utf-8"), cte="7bit",
                         quote_charset=False)]
    parts.append(C.Part(["Content-Type: text/calendar;\r\n\tmethod=%s;\r\n\tname=%s;\r\n\tcharset=utf-8" % (
        m.get("method", "REQUEST"), fname), "Content-Transfer-Encoding: quoted-printable",
        "Content-Disposition: attachment;\r\n\tfilename=%s" % fname],
        C.encode_body(cal, "utf-8", "quoted-printable")[0]))
    mailer = "iPhone Mail (21D61)" if ver.startswith("iOS") else "Apple Mail (2.3774.500.171.1.1)"
    subj = m.get("subject") or subj_invite(m, ev, "apple")
    hdrs = std_headers(m, rng, subj, order="fs", date_off=m.get("tzoff", 60), extra=[
        'Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b,
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))" if not ver.startswith("iOS") else
        "Mime-Version: 1.0 (1.0)"])
    hdrs.append("Date: " + C.rfc2822(m["sent"], m.get("tzoff", 60)))
    hdrs.append("Message-Id: <%s@%s>" % (uuid(rng, True), s["addr"].split("@")[1]))
    hdrs.append("To: " + C.addr_list(m.get("to") or [m["rcpt"]]))
    hdrs.append("X-Mailer: " + mailer)
    hdrs = [h for i, h in enumerate(hdrs) if not (h.startswith("Date: ") and i < 3) and
            not (h.startswith("Message-ID: ")) and not (h.startswith("To: ") and i < 3)]
    top = C.Part(hdrs, parts=parts, boundary=b)
    return top, dict(prov="smtp")


# ----------------------------------------------------------------------------
def render_thunderbird(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    t = I.TB.get(lang, I.TB["en"])
    cal = calendar(m, "thunderbird", rng, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tzstyle="olson",
                   calscale=False, fold=m.get("fold", "octet"), version_first=False)
    atts = ", ".join((a.get("name") or a["addr"]) for a in ev.get("attendees", [])[:30])
    org = ev.get("organizer") or (m["sender"]["name"], m["sender"]["addr"])
    lines = [t[6], "", "%s: %s" % (t[0], ev.get("summary", "")), "%s: %s" % (t[1], ev_when(m, ev))]
    if ev.get("location"):
        lines.append("%s: %s" % (t[2], ev["location"]))
    lines += ["%s: %s <%s>" % (t[3], org[0], org[1]), "%s: %s" % (t[4], atts)]
    if ev.get("description"):
        lines += ["", "%s:" % t[5], ev["description"]]
    if m.get("body_intro"):
        lines = [m["body_intro"], ""] + lines
    plain = reply_text(m, ev) or "\n".join(lines)
    b1 = "------------%s" % alnum(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    b2 = "------------%s" % alnum(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    label = m.get("charset") or "UTF-8"
    meth = m.get("method", "REQUEST")
    alt = C.Part(['Content-Type: multipart/alternative; boundary="%s"' % b2], parts=[
        C.text_part(plain, label=label, cte=m.get("cte", "8bit"), extra_params="; format=flowed",
                    quote_charset=False),
        C.Part(["Content-Type: text/calendar; method=%s; charset=UTF-8" % m.get("ct_method", meth),
                "Content-Transfer-Encoding: 8bit" if not C.is_ascii(cal) else "Content-Transfer-Encoding: 7bit"],
               C.encode_body(cal, "utf-8", "8bit")[0])], boundary=b2)
    att = C.Part(['Content-Type: application/ics; name="invite.ics"',
                  'Content-Disposition: attachment; filename="invite.ics"', "Content-Transfer-Encoding: base64"],
                 C.b64_block(cal.encode("utf-8")))
    ver = m.get("tbver", rng.choice(["102.15.1", "115.8.0", "115.12.2", "128.3.1", "91.13.1", "78.14.0"]))
    osua = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    subj = m.get("subject") or subj_invite(m, ev, "thunderbird")
    hdrs = ['Content-Type: multipart/mixed; boundary="%s"' % b1,
            "Message-ID: <%s@%s>" % (uuid(rng), m["sender"]["addr"].split("@")[1]),
            "Date: " + C.rfc2822(m["sent"], m.get("tzoff", 60)), "MIME-Version: 1.0",
            "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (osua, ver.split(".")[0] + ".0",
                                                                                  ver),
            "Content-Language: " + LANGTAG.get(lang, "en-US")]
    hdrs += std_headers(m, rng, subj, order="tfs", hdr_charset=label if label.lower() != "utf-8" else "UTF-8")
    top = C.Part(hdrs, parts=[alt, att], boundary=b1, preamble="This is a multi-part message in MIME format.")
    return top, dict(prov="smtp")


# ----------------------------------------------------------------------------
def render_zoom(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    for e in m["events"]:
        if not e.get("allday"):
            e["timemode"] = "utc"
    cal = calendar(m, "zoom", rng, "-//zoom.us//iCalendar Event//EN", include_tz=False, calscale=True)
    intro = m.get("body_intro") or ""
    html = html_wrap('<div style="font-family:Lato,Helvetica,Arial,sans-serif;color:#232333;font-size:14px">'
                     '<img src="https://st1.zoom.us/static/6.3.%d/image/new/ZoomLogo.png" alt="Zoom" width="90">'
                     '<p>%s</p><p><b>%s</b><br>%s</p><p>%s</p><p style="color:#747487;font-size:12px">'
                     '&copy;%d Zoom Communications, Inc. | 55 Almaden Blvd, San Jose, CA 95113</p></div>' % (
                         rng.randint(10000, 30000), text_to_html(intro), html_esc(ev.get("summary", "")),
                         html_esc(ev_when(m, ev)), text_to_html(ev.get("description", "")), m["sent"].year), lang)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10000000, 999999999),
                                  int(m["sent"].timestamp() * 1000))
    parts = [C.text_part(html, "text/html", "UTF-8", "quoted-printable", quote_charset=False),
             C.Part(["Content-Type: text/calendar; charset=UTF-8; method=%s; name=zoom_meeting.ics" % m.get(
                 "method", "REQUEST"), "Content-Transfer-Encoding: base64",
                 'Content-Disposition: attachment; filename="zoom_meeting.ics"'], C.b64_block(cal.encode("utf-8")))]
    subj = m.get("subject") or ev.get("summary", "")
    s = m["sender"]
    fr = C.addr(s["name"] + ("" if s.get("zoom_plain") else ""), "no-reply@zoom.us")
    hdrs = std_headers(m, rng, subj, from_=fr, order="dfts", reply_to=(s["name"], s["addr"]), extra=[
        "Message-ID: <%s.%d.%d@%s>" % (alnum(rng, 10), rng.randint(10 ** 6, 10 ** 7), int(m["sent"].timestamp() * 1000),
                                       "zoom.us"),
        "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % b1,
        "X-Zoom-Mail-Type: %s" % rng.choice(["meeting_invite", "webinar_registration", "meeting_update"])])
    hdrs = [h for h in hdrs if not (h.startswith("Message-ID: ") and "zoom.us" not in h)]
    top = C.Part(hdrs, parts=parts, boundary=b1)
    return top, dict(host="mailout%d.zoom.us" % rng.randint(1, 40), env="bounce-%s@bounce.zoom.us" % alnum(rng, 16),
                     dkim=[("zoom.us", "zm%d" % rng.randint(1, 3))], prov="zoom", from_domain="zoom.us")


# ----------------------------------------------------------------------------
def render_nextcloud(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    host = m.get("nc_host") or "cloud." + s["addr"].split("@")[1]
    cal = calendar(m, "nextcloud", rng, "-//IDN nextcloud.com//Calendar app %s//EN" % rng.choice(
        ["3.5.7", "4.4.5", "4.6.2", "4.7.6", "5.0.1"]), fold="octet")
    tok = alnum(rng, 32)
    org = (ev.get("organizer") or (s["name"], s["addr"]))
    ttl = ev.get("summary", "")
    lines = ["%s invited you to “%s”" % (org[0], ttl), "", "Title: " + ttl, "Date: " + ev_when(m, ev)]
    if ev.get("location"):
        lines.append("Location: " + ev["location"])
    if ev.get("description"):
        lines.append("Description: " + ev["description"])
    lines += ["", "Accept: https://%s/index.php/apps/dav/invitation/accept/%s" % (host, tok),
              "More options …: https://%s/index.php/apps/dav/invitation/moreOptions/%s" % (host, tok), "",
              "-- ", "%s – a safe home for all your data" % (m.get("nc_name") or "Nextcloud")]
    rt = reply_text(m, ev)
    if rt:
        lines = rt.split("\n") + ["", "-- ", "%s – a safe home for all your data" % (m.get("nc_name") or "Nextcloud")]
    plain = "\n".join(lines)
    html = html_wrap("<table><tr><td><h1>%s</h1>%s</td></tr></table>" % (
        html_esc(lines[0]), text_to_html("\n".join(lines[2:]))), lang)
    b1 = alnum(rng, 8, "0123456789abcdefABCDEF") + "_"
    b2 = alnum(rng, 8, "0123456789abcdefABCDEF") + "_"
    alt = C.Part(["Content-Type: multipart/alternative; boundary=" + b2], parts=[
        C.text_part(plain, label="utf-8", cte="quoted-printable", quote_charset=False),
        C.text_part(html, "text/html", "utf-8", "quoted-printable", quote_charset=False)], boundary=b2)
    calp = C.Part(["Content-Type: text/calendar; method=%s; charset=utf-8; name=event.ics" % m.get("method",
                                                                                                 "REQUEST"),
                   "Content-Transfer-Encoding: quoted-printable"], C.encode_body(cal, "utf-8", "quoted-printable")[0])
    subj = m.get("subject") or subj_invite(m, ev, "nc")
    dom = host.split(".", 1)[1] if host.count(".") > 1 else host
    fr = C.addr("%s via %s" % (s["name"], m.get("nc_name") or "Nextcloud"), m.get("nc_from") or
                "noreply@" + dom)
    m["sender_effective"] = m.get("nc_from") or "noreply@" + dom
    hdrs = ["Message-ID: <%s@%s>" % (hexs(rng, 32), host), "Date: " + C.rfc2822(m["sent"], m.get("tzoff", 60))]
    hdrs += std_headers(m, rng, subj, from_=fr, order="sft", reply_to=(s["name"], s["addr"]), extra=[
        "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=" + b1])
    top = C.Part(hdrs, parts=[alt, calp], boundary=b1)
    return top, dict(prov="smtp", from_domain=dom, host=host)


# ----------------------------------------------------------------------------
def render_zimbra(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    cal = calendar(m, "zimbra", rng, "Zimbra-Calendar-Provider", tzstyle="zimbra", calscale=False,
                   method_first=False, fold="octet")
    org = (ev.get("organizer") or (s["name"], s["addr"]))
    z = ev.get("description", "")
    plain = ("The following is a new meeting request:\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\nLocation: %s \n"
             "Time: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
                 ev.get("summary", ""), org[0], org[1], ev.get("location") or "", ev_when(m, ev),
                 "; ".join(a["addr"] for a in ev.get("attendees", [])[:50]), z))
    if m.get("method") == "CANCEL":
        plain = plain.replace("The following is a new meeting request:", "The following meeting has been cancelled:")
    elif m.get("method") in ("REPLY", "COUNTER"):
        plain = reply_text(m, ev)
    html = html_wrap("<h3>%s</h3><p>%s</p><div>*~*~*~*~*~*~*~*~*~*</div><div>%s</div>" % (
        html_esc(ev.get("summary", "")), html_esc(ev_when(m, ev)),
        ev.get("alt_desc") or text_to_html(z)), lang)
    b = "=_%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 12))
    label = m.get("charset") or "utf-8"
    parts = [C.text_part(plain, label=label, cte="quoted-printable", quote_charset=False),
             C.text_part(html, "text/html", label, "quoted-printable", quote_charset=False),
             C.Part(["Content-Type: text/calendar; charset=utf-8; method=%s; name=meeting.ics" % m.get("method",
                                                                                                     "REQUEST"),
                     "Content-Transfer-Encoding: 7bit" if C.is_ascii(cal) else "Content-Transfer-Encoding: 8bit"],
                    C.encode_body(cal, "utf-8", "8bit")[0])]
    subj = m.get("subject") or ev.get("summary", "")
    ts = int(m["sent"].timestamp() * 1000)
    hdrs = ["Date: " + C.rfc2822(m["sent"], m.get("tzoff", 60))]
    hdrs += std_headers(m, rng, subj, order="fts", hdr_charset=label, enc="Q", upper=False, extra=[
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                       ts, s["addr"].split("@")[1]),
        "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b,
        "X-Originating-IP: [198.51.100.%d]" % rng.randint(2, 250),
        "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (
            rng.choice(["8.8.15_GA_4508", "9.0.0_GA_4583", "10.0.6_GA_4651", "8.8.12_GA_3794"]),
            rng.choice(["FF115 (Win)/9.0.0_GA_4583", "GC120 (Linux)/8.8.15_GA_4508", "FF128 (Mac)/10.0.6_GA_4651"])),
        "Thread-Index: " + b64s(rng, 28), "Thread-Topic: " + C.encode_words(ev.get("summary", "") or "x", label, "Q",
                                                                            False)])
    hdrs = [h for h in hdrs if not (h.startswith("Message-ID: ") and "JavaMail" not in h)]
    top = C.Part(hdrs, parts=parts, boundary=b)
    return top, dict(prov="smtp")


# ----------------------------------------------------------------------------
def render_yahoo(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    cal = calendar(m, "yahoo", rng, "-//Yahoo Inc.//Yahoo Calendar//EN", tzstyle="olson", calscale=True)
    html = html_wrap('<div class="ydp" style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:16px">'
                     '<div>%s</div><table><tr><td><b>%s</b></td></tr><tr><td>%s</td></tr><tr><td>%s</td></tr></table>'
                     '<div>%s</div></div>' % (
                         html_esc(m.get("body_intro") or ("%s has invited you to an event" % s["name"])),
                         html_esc(ev.get("summary", "")), html_esc(ev_when(m, ev)),
                         html_esc(ev.get("location") or ""), ev.get("alt_desc") or
                         text_to_html(ev.get("description", ""))), lang)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9),
                                  int(m["sent"].timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9),
                                  int(m["sent"].timestamp() * 1000) + 1)
    plain = (m.get("body_intro") or "") + "\n\n" + ev.get("summary", "") + "\n" + ev_when(m, ev) + "\n" + \
        (ev.get("location") or "") + "\n\n" + ev.get("description", "")
    plain = reply_text(m, ev) or plain
    alt = C.Part(["Content-Type: multipart/alternative; \r\n\tboundary=\"%s\"" % b2], parts=[
        C.text_part(plain.strip(), label="UTF-8", cte="quoted-printable", quote_charset=False),
        C.text_part(html, "text/html", "UTF-8", "quoted-printable", quote_charset=False)], boundary=b2)
    calp = C.Part(["Content-Type: text/calendar; charset=UTF-8; method=%s" % m.get("method", "REQUEST"),
                   "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="invite.ics"'],
                  C.b64_block(cal.encode("utf-8")))
    subj = m.get("subject") or subj_invite(m, ev, "yahoo")
    ts = int(m["sent"].timestamp() * 1000)
    hdrs = ["Date: " + C.rfc2822(m["sent"], 0)]
    hdrs += std_headers(m, rng, subj, order="fts", extra=[
        "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ts),
        'Content-Type: multipart/mixed; \r\n\tboundary="%s"' % b1, "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23999)])
    hdrs = [h for h in hdrs if not (h.startswith("Message-ID: ") and "yahoo" not in h)]
    top = C.Part(hdrs, parts=[alt, calp], boundary=b1)
    dom = s["addr"].split("@")[1]
    return top, dict(host="sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 40),
                                                                   rng.choice(["ne1", "bf2", "gq1", "ir2"])),
                     dkim=[(dom, "s2048")], prov="yahoo",
                     received=["Received: by hermes--production-%s-%s (Yahoo Inc. Hermes SMTP Server) with "
                               "ESMTPA ID %s; %s" % (rng.choice(["ne1", "bf1", "gq1"]), alnum(rng, 10),
                                                     hexs(rng, 32), C.rfc2822(m["sent"]))])


# ----------------------------------------------------------------------------
def render_sogo(m, rng):
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    cal = calendar(m, "sogo", rng, "-//Inverse inc./SOGo %s//EN" % rng.choice(["5.8.0", "5.10.0", "4.3.2", "5.5.1"]),
                   tzstyle="olson", calscale=False, fold="octet")
    org = (ev.get("organizer") or (s["name"], s["addr"]))
    plain = "%s %s %s\n\n%s: %s\n%s: %s\n\n%s" % (org[0], {"de": "hat Sie eingeladen zu", "fr": "vous a invité à"}.get(
        lang, "has invited you to"), ev.get("summary", ""), "Start", ev_when(m, ev), "Location",
        ev.get("location") or "", ev.get("description", ""))
    plain = reply_text(m, ev) or plain
    html = html_wrap("<p>%s</p>" % text_to_html(plain), lang)
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999),
                                                                 int(m["sent"].timestamp()),
                                                                 rng.randint(0, 9), rng.randint(0, 9))
    parts = [C.text_part(html, "text/html", "utf-8", "quoted-printable", quote_charset=False),
             C.Part(["Content-Type: text/calendar; method=%s; charset=utf-8" % m.get("method", "REQUEST"),
                     "Content-Transfer-Encoding: quoted-printable"], C.encode_body(cal, "utf-8", "quoted-printable")[0])]
    subj = m.get("subject") or subj_invite(m, ev, "sogo")
    hdrs = ["Content-Type: multipart/mixed; boundary=\"%s\"" % b]
    hdrs += std_headers(m, rng, subj, order="ftsd", date_off=m.get("tzoff", 60), extra=[
        "MIME-Version: 1.0", "Message-ID: <%s-%s-%s-%s@%s>" % (hexs(rng, 4), hexs(rng, 8), hexs(rng, 1), hexs(rng, 8),
                                                              s["addr"].split("@")[1]),
        "X-Mailer: SOGoMail %s" % rng.choice(["5.8.0", "5.10.0", "4.3.2"])])
    hdrs = [h for i, h in enumerate(hdrs) if not (h.startswith("Message-ID: ") and "-" not in h.split("@")[0])]
    top = C.Part(hdrs, parts=parts, boundary=b)
    return top, dict(prov="smtp")


# ----------------------------------------------------------------------------
def render_booking(m, rng):
    """Booking/reservation systems: airline, rail, hotel, restaurant, doctor, parcel, ticketing."""
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    b = m.get("booking", {})
    prodid = b.get("prodid", "-//%s//Booking Engine 3.1//EN" % s.get("org", "Reservations"))
    cal = calendar(m, "booking", rng, prodid, include_tz=b.get("tz", True), calscale=b.get("calscale", True),
                   fold=m.get("fold", "octet"), eol=C.CRLF if not m.get("ics_lf") else "\n",
                   version_first=b.get("version_first", True))
    intro = m.get("body_intro") or ev.get("description", "")
    rows = "".join('<tr><td style="color:#666;padding:4px 12px 4px 0">%s</td><td style="padding:4px 0"><b>%s</b></td>'
                   '</tr>' % (html_esc(k), html_esc(v)) for k, v in b.get("rows", []))
    html = m.get("html_body") or html_wrap(
        '<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px">'
        '<tr><td style="background:%s;color:#fff;padding:16px;font-size:20px">%s</td></tr><tr><td style="padding:16px">'
        '%s<table>%s</table></td></tr><tr><td style="font-size:11px;color:#999;padding:16px">%s</td></tr></table>'
        % (b.get("color", "#003580"), html_esc(s.get("org") or s["name"]), text_to_html(intro), rows,
           html_esc(b.get("footer", ""))), lang)
    plain = intro + ("\n\n" + "\n".join("%s: %s" % kv for kv in b.get("rows", [])) if b.get("rows") else "")
    bnd = b.get("boundary") or ("_----------=_%d%d" % (int(m["sent"].timestamp()), rng.randint(1000, 99999)))
    label = m.get("charset") or "utf-8"
    cte = m.get("cte") or rng.choice(["quoted-printable", "base64"])
    alt_parts = [C.text_part(plain, label=label, cte=cte), C.text_part(html, "text/html", label, cte)]
    fname = b.get("filename", "booking.ics")
    ics_ct = b.get("ics_ct", "text/calendar")
    mp = ("; method=" + m["method"]) if m.get("method") and ics_ct == "text/calendar" else ""
    calp = C.Part(['Content-Type: %s; charset="utf-8"%s; name="%s"' % (ics_ct, mp, fname),
                   "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="%s"' % fname],
                  C.b64_block(cal.encode("utf-8")))
    if b.get("layout") == "flat":
        parts = alt_parts[1:] + [calp]
        top_ct = 'multipart/mixed; boundary="%s"' % bnd
    else:
        bnd2 = bnd + "_alt"
        parts = [C.Part(['Content-Type: multipart/alternative; boundary="%s"' % bnd2], parts=alt_parts,
                        boundary=bnd2), calp]
        top_ct = 'multipart/mixed; boundary="%s"' % bnd
    subj = m.get("subject") or ev.get("summary", "")
    extra = ["MIME-Version: 1.0", "Content-Type: " + top_ct]
    extra += b.get("headers", [])
    hdrs = std_headers(m, rng, subj, order="fts", reply_to=m.get("reply_to"), extra=[
        "Date: " + C.rfc2822(m["sent"], 0), "Message-ID: <%s.%s@%s>" % (
            int(m["sent"].timestamp()), alnum(rng, 20), b.get("mid_host") or s["addr"].split("@")[1])] + extra)
    hdrs = [h for h in hdrs if not (h.startswith("Message-ID: ") and "." not in h.split("@")[0])]
    top = C.Part(hdrs, parts=parts, boundary=bnd)
    return top, dict(prov="esp")


# ----------------------------------------------------------------------------
def render_handrolled(m, rng):
    """Scripts and small web apps: PHPMailer, Python smtplib, Java, .NET, bulk tools."""
    ev = m["events"][0]
    lang = m["lang"]
    s = m["sender"]
    h = m.get("hand", {})
    q = m.get("quirks", set())
    prodid = h.get("prodid", "-//hacksw/handcal//NONSGML v1.0//EN")
    cal = calendar(m, "handrolled", rng, prodid, include_tz=h.get("tz", False), calscale=h.get("calscale", False),
                   fold="none" if "nofold" in q else ("char" if "charfold" in q else "octet"),
                   eol="\n" if "lf" in q else C.CRLF, version_first=h.get("version_first", rng.random() < 0.5),
                   method_first=h.get("method_first", False))
    if "trailing_junk" in q:
        cal = cal + "\r\n"
    intro = m.get("body_intro") or ev.get("description", "")
    label = m.get("charset") or "utf-8"
    mailer = h.get("mailer")
    lay = h.get("layout", rng.choice(["alt", "mixed", "single", "related"]))
    cal_label = h.get("cal_charset", "utf-8")
    mparam = "" if "no_ct_method" in q else "; method=%s" % m.get("ct_method", m.get("method") or "REQUEST")
    cte_cal = h.get("cal_cte", "base64")
    payload, used, cte_used = C.encode_body(cal, cal_label, cte_cal, bare_lf="lf" in q)
    cal_ct = h.get("cal_ct", "text/calendar")
    calp = C.Part(['Content-Type: %s; charset=%s%s%s' % (cal_ct, used, mparam if cal_ct == "text/calendar" else "",
                                                         ('; name="%s"' % h["fname"]) if h.get("fname") else ""),
                   "Content-Transfer-Encoding: " + cte_used] +
                  (['Content-Disposition: attachment; filename="%s"' % h["fname"]] if h.get("fname") and
                   h.get("disp", True) else []), payload)
    html = m.get("html_body") or html_wrap("<p>%s</p>" % text_to_html(intro), lang)
    cte = m.get("cte") or rng.choice(["quoted-printable", "base64", "8bit"])
    bnd = h.get("boundary") or rng.choice(["b1_%s" % hexs(rng, 32), "===============%d==" % rng.randint(10 ** 17, 10 ** 18),
                                           "----=_NextPart_%s" % hexs(rng, 16), "_%s_" % hexs(rng, 24)])
    if lay == "single":
        top_headers_ct = calp.headers
        top = None
    elif lay == "alt":
        parts = [C.text_part(intro, label=label, cte=cte), C.text_part(html, "text/html", label, cte), calp]
        ct = 'multipart/alternative; boundary="%s"' % bnd
    elif lay == "related":
        parts = [C.text_part(html, "text/html", label, cte), calp]
        ct = 'multipart/mixed; boundary="%s"' % bnd
    else:
        parts = [C.text_part(intro, label=label, cte=cte), calp]
        ct = 'multipart/mixed; boundary="%s"' % bnd
    for fn, ctyp, data in m.get("attachments", []):
        if lay == "single":
            break
        parts.append(C.Part(['Content-Type: %s; name="%s"' % (ctyp, fn), "Content-Transfer-Encoding: base64",
                             'Content-Disposition: attachment; filename="%s"' % fn], C.b64_block(data)))
    subj = m.get("subject") or ev.get("summary", "")
    dom = s["addr"].split("@")[1]
    ext = []
    if mailer:
        ext.append(mailer)
    mid = h.get("msgid") or "<%s@%s>" % (hexs(rng, 32), h.get("mid_host", dom))
    base = std_headers(m, rng, subj, order=h.get("order", "dtfsm"), msgid=mid,
                       hdr_charset=label, enc=h.get("enc", "B"), upper=h.get("upper", False),
                       date_off=m.get("tzoff", 0), reply_to=m.get("reply_to"))
    if lay == "single":
        hdrs = base + ext + ["MIME-Version: 1.0"] + calp.headers
        return C.Part(hdrs, calp.body), dict(prov="smtp")
    hdrs = base + ext + ["MIME-Version: 1.0", "Content-Type: " + ct] + list(h.get("extra_headers", []))
    top = C.Part(hdrs, parts=parts, boundary=bnd, preamble=h.get("preamble"))
    return top, dict(prov="smtp")


# ----------------------------------------------------------------------------
RENDER = {"google": render_google, "outlook": render_outlook, "apple": render_apple,
          "thunderbird": render_thunderbird, "zoom": render_zoom, "nextcloud": render_nextcloud,
          "zimbra": render_zimbra, "yahoo": render_yahoo, "sogo": render_sogo, "booking": render_booking,
          "handrolled": render_handrolled}
