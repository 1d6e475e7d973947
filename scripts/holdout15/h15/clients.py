"""Per-client MIME layout, headers and iCalendar style."""
import datetime as dt

from . import ics
from .boiler import L as BL, when_google, when_local
from .common import (TZ, addr, hdr_text, fold_header, ics_join, rand_token, rand_hex, rand_uuid, rfc2822_date,
                     from_utc, to_utc, html_escape, text_to_html, can_encode, encode_text, offset_at_utc)
from .mime import Part, text_part, pick_charset
from .model import utc_start

LEGACY = {
    "en": ["iso-8859-1", "windows-1252", "us-ascii"], "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"], "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"], "cs": ["iso-8859-2", "windows-1250"], "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"], "tr": ["iso-8859-9", "windows-1254"], "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8"], "zh": ["gb2312", "gbk"], "zh-tw": ["big5"],
    "ja": ["iso-2022-jp", "shift_jis"], "ko": ["ks_c_5601-1987", "euc-kr"], "hi": [], "th": ["tis-620", "windows-874"],
}
OUTLOOK_DEFAULT = {"ja": "iso-2022-jp", "ru": "koi8-r", "zh": "gb2312", "zh-tw": "big5", "ko": "ks_c_5601-1987",
                   "el": "iso-8859-7", "tr": "iso-8859-9", "ar": "windows-1256", "he": "windows-1255",
                   "th": "windows-874", "pl": "iso-8859-2", "cs": "iso-8859-2"}


def lkey(m):
    return "zh-tw" if (m.lang == "zh" and m.tw) else m.lang


BESTFIT = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
           "\u00a0": " ", "\u202f": " ", "\u2026": "...", "\u00ab": '"', "\u00bb": '"', "\u2022": "*", "\u20ac": "EUR",
           "\uff5e": "\u301c", "\u2212": "-", "\u00a5": "\uffe5"}


def degrade(text, cs):
    """Best-fit mapping a legacy mail client applies before encoding."""
    if can_encode(text, cs):
        return text
    out = []
    for ch in text:
        if can_encode(ch, cs):
            out.append(ch)
        else:
            out.append(BESTFIT.get(ch, ch))
    return "".join(out)


def legacy_cs(m, text, prob):
    if m.rng.random() >= prob:
        return "utf-8"
    prefs = list(m.cs_prefs or LEGACY.get(lkey(m), []))
    if m.client in ("custom", "booking"):
        m.rng.shuffle(prefs)
    for cs in prefs:
        if can_encode(degrade(text, cs), cs):
            return cs
    return "utf-8"


def cte_for(cs, data_text, prefer="quoted-printable"):
    if cs.lower() in ("iso-2022-jp",):
        return "7bit"
    if all(ord(c) < 128 for c in data_text):
        return "7bit"
    return prefer


def tzabbr(e):
    if e["allday"]:
        return ""
    tz = e["tz"]
    off = offset_at_utc(tz, to_utc(tz, e["start"]))
    std, rule, sab, dab = TZ[tz][:4]
    if sab.startswith("+") or sab.startswith("-"):
        h = off / 60.0
        return "GMT%+d" % h if h == int(h) else "GMT%+.1f" % h
    return dab if (rule and off != std) else sab


def fmt_when(m, e):
    if e["start"] is None:
        d = e.get("due")
        return when_local(m.lang, d, d, True) + " (due)" if m.lang == "en" else when_local(m.lang, d, d, True)
    return when_local(m.lang, e["start"], e["end"], e["allday"], tzabbr(e))


def meet_url(rng):
    a = "abcdefghijklmnopqrstuvwxyz"
    return "https://meet.google.com/%s-%s-%s" % (rand_token(rng, 3, a), rand_token(rng, 4, a), rand_token(rng, 3, a))


def zoom_url(rng, host="us06web"):
    mid = rng.randint(81000000000, 89999999999)
    return "https://%s.zoom.us/j/%d?pwd=%s" % (host, mid, rand_token(rng, 32)), mid


def zoom_block(m, e, host_name):
    rng = m.rng
    url, mid = zoom_url(rng, rng.choice(["us02web", "us06web", "zoom.us", "us05web", "eu01web"]))
    if url.startswith("https://zoom.us.zoom.us"):
        url = url.replace("zoom.us.zoom.us", "zoom.us")
    e["zoom_url"] = url
    pc = rng.randint(100000, 999999)
    sid = "%d %d %d" % (mid // 100000000, (mid // 10000) % 10000, mid % 10000)
    tzn = TZ[e["tz"]][5]
    st = e["start"]
    t = "%s %d, %d %02d:%02d %s %s" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][st.month - 1],
                                       st.day, st.year, (st.hour % 12) or 12, st.minute, "AM" if st.hour < 12 else "PM", tzn)
    return ("%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\nJoin Zoom Meeting\n%s\n\n"
            "Meeting ID: %s\nPasscode: %d\n\n---\n\nOne tap mobile\n+1%d5550%03d,,%d#,,,,*%d# US\n\n---\n\n"
            "Dial by your location\n• +1 %d 555 0%03d US\n\nMeeting ID: %s\nPasscode: %d\n\n"
            "Find your local number: https://us06web.zoom.us/u/k%s\n") % (
        host_name, e["summary"], t, url, sid, pc, rng.randint(201, 989), rng.randint(100, 199), mid, pc,
        rng.randint(201, 989), rng.randint(100, 199), sid, pc, rand_token(rng, 9))


def online_for(m, e, kind):
    """Attach the client's native online-meeting info when the builder asked for one."""
    if not e.get("online"):
        return
    rng = m.rng
    if kind == "google":
        e["meet"] = meet_url(rng)
    elif kind == "zoom":
        blk = zoom_block(m, e, m.organizer.name if m.organizer else "")
        e["description"] = (e["description"] + "\n\n" if e["description"] else "") + blk
        if not e["location"]:
            e["location"] = e["zoom_url"]
    elif kind == "nextcloud":
        url = "https://%s/call/%s" % (m.nc_host, rand_token(rng, 8, "abcdefghijkmnpqrstuvwxyz23456789"))
        e["location"] = e["location"] or url
        e["description"] = (e["description"] + "\n\n" if e["description"] else "") + "Join: " + url
    elif kind == "jitsi":
        url = "https://meet.jit.si/%s%s" % (rand_token(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), rng.randint(10, 99))
        e["location"] = e["location"] or url
    elif kind == "webex":
        url = "https://%s.webex.com/%s/j.php?MTID=m%s" % (rng.choice(["meetingsemea31", "meetingsamer12", "meetingsapac4"]), rng.choice(["meetingsemea31", "meetingsamer12"]), rand_hex(rng, 32))
        e["description"] = (e["description"] + "\n\n" if e["description"] else "") + "Join Webex meeting\n" + url
        e["location"] = e["location"] or url
    elif kind == "zoomlink":
        url, mid = zoom_url(rng)
        e["location"] = e["location"] or url
        e["description"] = (e["description"] + "\n\n" if e["description"] else "") + "Join Zoom Meeting\n" + url
    if m.client == "custom" and rng.random() < 0.5:
        u = e.get("zoom_url") or (e["location"] if e["location"].startswith("https://") else None)
        if u:
            e["conference"].append((u, "Join", "VIDEO,AUDIO"))


def join_ics(m, lines, default_fold="octets"):
    q = m.quirks
    fold = default_fold
    cont = " "
    eol = "\r\n"
    if "nofold" in q:
        fold = "none"
    elif "charfold" in q:
        fold = "chars"
    if "tabfold" in q:
        cont = "\t"
    if "lf-ics" in q:
        eol = "\n"
    return ics_join(lines, fold=fold, eol=eol, cont=cont)


def ct_method_param(m):
    if m.ct_method is None:
        return ""
    meth = m.method if m.ct_method == "same" else m.ct_method
    return ("; method=%s" % meth) if meth else ""


def subject_hdr(m, subj, cs="utf-8", mode="B", label=None):
    return hdr_text(subj, cs, mode, label)


def addr_list(people, cs="utf-8", mode="B", quote=False, label=None):
    return ", ".join(addr(p.name, p.email, cs, mode, quote, label) for p in people)


def std_headers(m, order, vals):
    out = []
    for k in order:
        if k in vals and vals[k] is not None:
            v = vals[k]
            out.append((None, fold_header(k, v)))
    return out


def attendee_people(m):
    from .people import Person
    out = []
    for a in m.attendees:
        if a["email"] == (m.organizer.email if m.organizer else ""):
            continue
        out.append(Person(a["name"], a["email"]))
    return out


def to_people(m):
    if m.to is not None and m.to != "attendees":
        return m.to
    return attendee_people(m)


def to_header(m, cs="utf-8", mode="B", quote=False, label=None):
    if m.to == "undisclosed":
        return "undisclosed-recipients:;"
    people = to_people(m)
    return addr_list(people, cs, mode, quote, label)


def mid_dom(m):
    if m.via_list and m.via_list.get("munged"):
        return m.via_list["orig"].domain
    return m.frm.domain


def epoch_ms(m):
    return int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ensure_uids(m, kind):
    rng = m.rng
    for e in m.events:
        if e["uid"]:
            continue
        if kind == "google":
            e["uid"] = rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
        elif kind in ("outlook", "teams"):
            e["uid"] = ics.ms_uid(rng)
        elif kind in ("icloud", "applecal"):
            e["uid"] = rand_uuid(rng, True)
        elif kind == "thunderbird":
            e["uid"] = rand_uuid(rng)
        elif kind == "nextcloud":
            e["uid"] = rand_uuid(rng)
        elif kind == "zimbra":
            e["uid"] = rand_uuid(rng)
        elif kind == "zoom":
            e["uid"] = "ZOOM%d" % rng.randint(81000000000, 89999999999)
        elif kind == "yahoo":
            e["uid"] = "%s@yahoo.com" % rand_token(rng, 22)
        elif kind == "sogo":
            e["uid"] = "%s-%s-%s-%s" % (rand_hex(rng, 3, True), rand_hex(rng, 8, True), rand_hex(rng, 1, True), rand_hex(rng, 8, True))
        else:
            e["uid"] = m.uid_fmt(rng) if hasattr(m, "uid_fmt") else rand_uuid(rng)


# ---------------------------------------------------------------------------
def html_wrap(body, lang, title=""):
    dirattr = ' dir="rtl"' if lang in ("ar", "he") else ""
    return ('<!DOCTYPE html>\n<html%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body>\n%s\n</body></html>' % (dirattr, html_escape(title), body))


def summary_block(m, e, with_desc=True):
    lk = m.lang
    lines = ["%s: %s" % (BL(lk, "title", m.tw), e["summary"]), "%s: %s" % (BL(lk, "time", m.tw), fmt_when(m, e))]
    if e["location"]:
        lines.append("%s: %s" % (BL(lk, "where", m.tw), e["location"]))
    if with_desc and e["description"]:
        lines.append("%s: %s" % (BL(lk, "desc", m.tw), e["description"]))
    return "\n".join(lines)


def mk_calendar_part(m, ics_text, cs="utf-8", cte="base64", name=None, disposition=None, ctype="text/calendar",
                     cs_label=None, method_first=False, quote_cs=True, extra=""):
    data = ics_text.encode({"utf-8": "utf-8"}.get(cs.lower(), None) or __import__("h15.common", fromlist=["codec"]).codec(cs))
    label = cs_label or cs
    params = []
    mp = ct_method_param(m)
    if method_first and mp:
        ct = "%s%s; charset=%s" % (ctype, mp, ('"%s"' % label) if quote_cs else label)
    else:
        ct = "%s; charset=%s%s" % (ctype, ('"%s"' % label) if quote_cs else label, mp)
    if ctype != "text/calendar":
        ct = '%s; name="%s"' % (ctype, name or "invite.ics")
        if m.client == "google" and ctype == "application/ics":
            pass
    elif name:
        ct += '; name="%s"' % name
    ct += extra
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "8bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in data.replace(b"\r\n", b"\n").split(b"\n")):
        cte = "quoted-printable"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, data, cte)


# ---------------------------------------------------------------------------
# Google Calendar
def render_google(m):
    rng = m.rng
    ensure_uids(m, "google")
    lk = m.lang
    for e in m.events:
        online_for(m, e, "google")
    ics_lines = ics.google(m)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    rc = m.rcpt.email
    if m.forward:
        rc = m.forward["by"].email
    start_loc = e["start"]
    when = when_google(lk, e["start"], e["end"], e["allday"], tzabbr(e), e["rrule"])
    pref = {"REQUEST": "inv" if e["seq"] == 0 else "upd", "CANCEL": "canc", "PUBLISH": "inv"}
    if m.method == "REPLY":
        ps = m.attendees[0]["partstat"]
        p = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[ps]
        subj = "%s: %s @ %s" % (BL(lk, p, m.tw), e["summary"], when)
        if m.arrival.year >= 2022:
            subj = "%s: %s @ %s (%s)" % (BL(lk, p, m.tw), e["summary"], when, m.organizer.email)
    else:
        subj = "%s: %s @ %s (%s)" % (BL(lk, pref.get(m.method, "inv"), m.tw), e["summary"], when, rc)
    if m.subject:
        subj = m.subject
    eid = rand_token(rng, 76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    # ---- text body
    if m.method == "REPLY":
        a0 = m.attendees[0]
        k = {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]]
        txt = BL(lk, k, m.tw).format(name=a0["name"] or a0["email"]) + "\n"
        if e.get("comment"):
            txt += "\n\"%s\"\n" % e["comment"]
        txt += "\n%s: %s\n%s: %s\n" % (BL(lk, "title", m.tw), e["summary"], BL(lk, "when", m.tw), when)
        txt += "\n%s: %s\n\n%s\n" % (BL(lk, "calendar", m.tw), rc, BL(lk, "inv_from", m.tw) + ": https://calendar.google.com/calendar/")
    else:
        txt = (m.intro + "\n\n" if m.intro else "") + BL(lk, "invited", m.tw) + "\n\n"
        txt += "%s: %s\n" % (BL(lk, "title", m.tw), e["summary"])
        if e["description"]:
            txt += e["description"] + "\n"
        txt += "%s: %s\n" % (BL(lk, "when", m.tw), when)
        if e["location"]:
            txt += "\n%s: %s\n" % (BL(lk, "where", m.tw), e["location"])
        if e.get("meet"):
            txt += "\nJoining info: %s\n%s\n" % (BL(lk, "join_meet", m.tw) if m.arrival.year >= 2020 else "Join Hangouts Meet", e["meet"])
        for at in e["attach"]:
            txt += "\n%s\n%s\n" % (at[2], at[0])
        txt += "\n%s: %s\n%s:\n" % (BL(lk, "calendar", m.tw), rc, BL(lk, "who", m.tw))
        shown = 0
        for a in m.attendees:
            if shown >= 25:
                txt += "     * ...\n"
                break
            tag = " - %s" % BL(lk, "organizer", m.tw) if a["email"] == m.organizer.email else ""
            txt += "     * %s%s\n" % (a["name"] or a["email"], tag)
            shown += 1
        txt += "\nEvent details: https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0\n" % (
            eid, rand_token(rng, 60), e["tz"], lk)
        txt += "\n%s: https://calendar.google.com/calendar/\n\n" % BL(lk, "inv_from", m.tw)
        if lk == "en":
            txt += ("You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n"
                    "To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a "
                    "Google account at https://calendar.google.com/calendar/ and control your notification settings for your "
                    "entire calendar.\n\nForwarding this invitation could allow any recipient to send a response to the organizer "
                    "and be added to the guest list, or invite others regardless of their own invitation status, or to modify your "
                    "RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding\n") % rc
    # ---- html body
    h = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % html_escape(subj)]
    h.append('<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">')
    if m.method == "REPLY":
        h.append("<tr><td><p>%s</p>" % html_escape(txt.split("\n")[0]))
    else:
        h.append('<tr><td><div style="padding:2px"><span itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Google Calendar"/></span><meta itemprop="eventId/googleCalendar" content="%s"/>' % eid[:26])
        h.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % html_escape(e["summary"]))
        if e["description"]:
            d = e["description"] if e.get("google_html") else text_to_html(e["description"])
            h.append('<p style="padding-bottom:15px;margin:0"><span itemprop="description">%s</span></p>' % d)
        h.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><time itemprop="startDate" datetime="%s"></time><time itemprop="endDate" datetime="%s"></time>%s</td></tr>' % (
            BL(lk, "when", m.tw), to_utc(e["tz"], e["start"]).strftime("%Y%m%dT%H%M%SZ") if not e["allday"] else e["start"].strftime("%Y%m%d"),
            to_utc(e["tz"], e["end"]).strftime("%Y%m%dT%H%M%SZ") if not e["allday"] else e["end"].strftime("%Y%m%d"), html_escape(when)))
        if e["location"]:
            h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (
                BL(lk, "where", m.tw), html_escape(e["location"])))
        if e.get("meet"):
            h.append('<tr><td>Joining info</td><td><a href="%s" style="color:#20c;white-space:nowrap">%s</a></td></tr>' % (e["meet"], BL(lk, "join_meet", m.tw)))
        h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td>%s</td></tr>' % (BL(lk, "calendar", m.tw), html_escape(rc)))
        h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td><table cellspacing="0" cellpadding="0">' % BL(lk, "who", m.tw))
        for a in m.attendees[:25]:
            h.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><div><div style="margin:0 0 0.3em 0"><span class="notranslate" itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name">%s</span><meta itemprop="email" content="%s"/></span>%s</div></div></td></tr>' % (
                html_escape(a["name"] or a["email"]), html_escape(a["email"]),
                ('<span style="font-size:11px;color:#888">%s</span>' % BL(lk, "organizer", m.tw)) if a["email"] == m.organizer.email else ""))
        h.append("</table></td></tr></table>")
        h.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s<a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=%s" style="color:#20c;white-space:nowrap">%s</a>' % (
            "", eid, BL(lk, "more", m.tw)))
        h.append('<div itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction"><meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler" itemscope itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" href="http://schema.org/HttpRequestMethod/GET"/><span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1&amp;tok=%s&amp;ctz=%s&amp;hl=%s&amp;es=0" style="color:#20c;white-space:nowrap" itemprop="url">%s</a></span></span></div>' % (
            eid, rand_token(rng, 56), e["tz"], lk, BL(lk, "yes", m.tw)))
        h.append('<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2" style="color:#20c;white-space:nowrap">%s</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3" style="color:#20c;white-space:nowrap">%s</a>' % (
            eid, BL(lk, "no", m.tw), eid, BL(lk, "maybe", m.tw)))
    h.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>%s <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p></td></tr></table></div></span>' % html_escape(BL(lk, "inv_from", m.tw).replace("Google Calendar", "")))
    html = "<html><body>" + "\n".join(h) + "</body></html>"
    if m.intro:
        html = html.replace("<html><body>", "<html><body><div>%s</div><br>" % text_to_html(m.intro), 1)
    b1 = "0000000000" + rand_hex(rng, 18)
    b2 = "0000000000" + rand_hex(rng, 18)
    if m.forward:
        return google_forward(m, subj, txt, html, ics_text, b1, b2)
    tp = text_part(txt, "UTF-8", "base64" if any(ord(c) > 127 for c in txt) else "7bit",
                   extra_params="; format=flowed; delsp=yes")
    hp = text_part(html, "UTF-8", "quoted-printable", ctype="text/html")
    ascii_ics = all(ord(c) < 128 for c in ics_text)
    cp = mk_calendar_part(m, ics_text, "UTF-8", "7bit" if ascii_ics else "base64")
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[tp, hp, cp], boundary=b2)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], ics_text.encode("utf-8"), "base64")
    if m.method == "REPLY":
        att = Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], ics_text.encode("utf-8"), "base64")
    frm = m.frm
    hdr = []
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    sender = m.sender_hdr or ("Google Calendar", "calendar-notification@google.com")
    hdr += [("Sender", addr(sender[0], sender[1])),
            ("Message-ID", "<calendar-%s@google.com>" % rand_uuid(rng)),
            ("Date", rfc2822_date(m.sent)),
            ("Subject", subject_hdr(m, subj)),
            ("From", addr(frm.name, frm.email)),
            ("To", addr(m.rcpt.name if m.rng.random() < 0.3 else "", m.rcpt.email) if m.to is None or m.to == [m.rcpt] else to_header(m)),
            ("MIME-Version", "1.0")]
    if m.method == "REPLY":
        hdr = [x for x in hdr if x[0] != "Sender"]
        hdr.insert(0, ("Sender", addr("Google Calendar", "calendar-notification@google.com")))
    hdr += m.extra_headers
    hdr.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b1))
    root = Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, att], boundary=b1)
    return root


def google_forward(m, subj, txt, html, ics_text, b1, b2):
    """A Google Calendar invitation forwarded by hand from Gmail."""
    rng = m.rng
    fwd = m.forward["by"]
    note = m.forward["note"]
    odate = m.sent - dt.timedelta(minutes=rng.randint(20, 3000))
    hdr_block = "---------- Forwarded message ---------\nFrom: Google Calendar <calendar-notification@google.com>\nDate: %s\nSubject: %s\nTo: <%s>\n" % (
        rfc2822_date(odate, m.tz), subj, fwd.email)
    t2 = note + "\n\n" + hdr_block + "\n\n" + txt
    h2 = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div></div>' % (
        text_to_html(note), text_to_html(hdr_block), html.replace("<html><body>", "").replace("</body></html>", ""))
    tp = text_part(t2, "UTF-8", "base64" if any(ord(c) > 127 for c in t2) else "7bit")
    hp = text_part(h2, "UTF-8", "quoted-printable", ctype="text/html")
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[tp, hp], boundary=b2)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64"), ("X-Attachment-Id", "f_%s0" % rand_token(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))],
               ics_text.encode("utf-8"), "base64")
    omid = "<calendar-%s@google.com>" % rand_uuid(rng)
    hdr = [("MIME-Version", "1.0"), ("References", omid), ("In-Reply-To", omid), ("From", addr(fwd.name, fwd.email)),
           ("Date", rfc2822_date(m.sent, m.tz)), ("Message-ID", "<CA%s@mail.gmail.com>" % ("+" + rand_token(rng, 50))),
           ("Subject", subject_hdr(m, "%s: %s" % (BL(m.lang, "fwd", m.tw), subj))), ("To", addr(m.rcpt.name, m.rcpt.email))]
    hdr += m.extra_headers + [("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, att], boundary=b1)


# ---------------------------------------------------------------------------
# Microsoft Outlook / Exchange / Teams
def word_html(text, lang):
    body = text_to_html(text)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</body>\n</html>\n') % (
        ics.LANGTAG.get(lang, "EN-US").upper(), body)


def owa_html(text):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            '%s</div>\n</body>\n</html>\n') % text_to_html(text)


def render_outlook(m, teams=False):
    rng = m.rng
    ensure_uids(m, "outlook")
    if teams or (m.platform and m.platform[0] in ("microsoft", "exchange")):
        sub = "exchange"
    elif m.platform and m.platform[0] == "vps":
        sub = m.sub or rng.choice(["exchange", "desktop"])
    else:
        sub = "desktop"
    if sub == "exchange":
        for ev in m.events:
            if ev.get("html") and not teams:
                # Exchange does not carry X-ALT-DESC: the link goes back into the description
                ev["description"] = (ev["description"] + "\n" + getattr(m, "payload", "")).strip()
                ev["html"] = None
    m.sub = sub
    e = m.events[0]
    for ev in m.events:
        if not teams and ev.get("online"):
            if m.arrival.year >= 2018 and rng.random() < 0.6:
                teams = True
            else:
                online_for(m, ev, rng.choice(["zoomlink", "webex"]))
    if sub == "desktop" and not teams:
        ics_lines = ics.outlook_desktop(m)
    else:
        ics_lines = ics.exchange(m, teams=teams)
    ics_text = join_ics(m, ics_lines)
    lk = m.lang
    if m.method == "REPLY":
        pref = {"ACCEPTED": "ol_acc", "DECLINED": "ol_dec", "TENTATIVE": "ol_tent"}[m.attendees[0]["partstat"]]
        subj = "%s: %s" % (BL(lk, pref, m.tw), e["summary"])
        body = e.get("comment") or ""
    elif m.method == "CANCEL":
        subj = "%s: %s" % (BL(lk, "ol_canc", m.tw), e["summary"])
        body = e.get("_ms_desc") or e["description"]
    else:
        subj = e["summary"]
        body = e.get("_ms_desc") or e["description"]
        if sub == "desktop" and not teams:
            body = e["description"]
    if m.intro:
        body = m.intro + "\n\n" + body
    if m.subject:
        subj = m.subject
    body = body + "\n"
    # charset choice
    cs = "utf-8"
    if (rng.random() < 0.6 or m.force_legacy) and lkey(m) in OUTLOOK_DEFAULT:
        c2 = OUTLOOK_DEFAULT[lkey(m)]
        if can_encode(degrade(body + subj, c2), c2):
            cs = c2
            body = degrade(body, cs)
    elif lk in ("en", "de", "fr", "es", "it", "pt", "nl") and all(ord(c) < 128 for c in body) and rng.random() < 0.5:
        cs = "us-ascii"
    elif lk in ("de", "fr", "es", "it", "pt", "nl", "en") and (rng.random() < 0.35 or m.force_legacy) and can_encode(degrade(body, "windows-1252"), "windows-1252"):
        cs = rng.choice(["iso-8859-1", "windows-1252"]) if can_encode(degrade(body, "iso-8859-1"), "iso-8859-1") else "windows-1252"
        body = degrade(body, cs)
    if cs in ("gb2312", "big5", "ks_c_5601-1987"):
        tcte = "base64"
    else:
        tcte = cte_for(cs, body, "quoted-printable")
        if cs == "us-ascii":
            tcte = "quoted-printable"
    tp = text_part(body, cs, tcte)
    hcs = cs if cs not in ("iso-2022-jp",) else "iso-2022-jp"
    html = word_html(body, lk) if sub == "desktop" or rng.random() < 0.5 else owa_html(body)
    html = html.replace("charset=utf-8", "charset=" + hcs)
    hp = text_part(html, hcs, "base64" if hcs in ("gb2312", "big5", "ks_c_5601-1987") else cte_for(hcs, html, "quoted-printable"), ctype="text/html")
    if cte_for(hcs, html) == "7bit" and hcs != "iso-2022-jp":
        hp = text_part(html, hcs, "quoted-printable", ctype="text/html")
    cp = mk_calendar_part(m, ics_text, "utf-8", "base64")
    hdr_cs = cs if cs not in ("us-ascii",) else "utf-8"
    srv = getattr(m, "ms_srv", None) or ("%sPR%02dMB%04d" % (rng.choice(["AM9", "DB9", "PA4", "BN6", "SA1", "TYZ", "SY4"]), rng.randint(1, 9), rng.randint(1000, 9999)))
    region = getattr(m, "ms_fqdn", None) or "%s.%s.prod.outlook.com" % (srv, rng.choice(["eurprd07", "namprd12", "apcprd06", "jpnprd01", "ausprd01"]))
    if sub == "desktop":
        b = "----=_NextPart_000_%04X_01DA%04X.%08X" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffffffff))
        mid = "<0000%08x$%08x$%08x$@%s>" % (rng.randint(0, 16 ** 8), rng.randint(0, 16 ** 8), rng.randint(0, 16 ** 8), mid_dom(m))
    else:
        b = "_000_%s%s%s_" % (srv, rand_hex(rng, 16, True), region.split(".")[1] + "prod")
        mid = "<%s%s@%s>" % (srv, rand_hex(rng, 18, True), region)
    root_children = [tp, hp, cp]
    hdr = [("From", addr(m.frm.name, m.frm.email, hdr_cs, "B", label=hdr_cs)), ("To", to_header(m, hdr_cs, "B", label=hdr_cs))]
    if m.cc:
        hdr.append(("CC", addr_list(m.cc, hdr_cs)))
    hdr += [("Subject", subject_hdr(m, subj, hdr_cs, "B", hdr_cs)), ("Thread-Topic", subject_hdr(m, e["summary"], hdr_cs, "B", hdr_cs)),
            ("Thread-Index", "A" + rand_token(rng, 3) + rand_token(rng, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
            ("Date", rfc2822_date(m.sent, m.tz if (sub == "desktop" or (m.platform and m.platform[0] == "exchange")) else None)), ("Message-ID", mid)]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    if sub != "desktop":
        al = ics.LANGTAG.get(lk, "en-US")
        hdr += [("Accept-Language", "%s, en-US" % al if al != "en-US" else "en-US"), ("Content-Language", al),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        if teams:
            hdr.append(("X-MS-Exchange-Calendar-Originator-Id", rand_uuid(rng)))
    else:
        hdr += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", ics.LANGTAG.get(lk, "en-US").lower())]
    hdr += m.extra_headers
    hdr += [("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b if sub == "desktop" else 'multipart/alternative;\r\n\tboundary="%s"' % b)]
    root = Part([(None, fold_header(k, v)) for k, v in hdr], children=root_children, boundary=b,
                preamble="This is a multipart message in MIME format.\r\n" if sub == "desktop" else None)
    return root


# ---------------------------------------------------------------------------
# Apple: iCloud server-sent and Calendar.app via Mail
def render_icloud(m):
    rng = m.rng
    ensure_uids(m, "icloud")
    for e in m.events:
        online_for(m, e, rng.choice(["zoomlink", "webex", "jitsi"]))
    ics_lines = ics.apple(m, "-//CALENDARSERVER.ORG//NONSGML Version 1//EN", server=True)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    org = m.organizer
    if m.method == "REPLY":
        a0 = m.attendees[0]
        k = {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]]
        head = BL(lk, k, m.tw).format(name=a0["name"] or a0["email"])
        subj = "%s: %s" % (BL(lk, {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[a0["partstat"]], m.tw), e["summary"])
    elif m.method == "CANCEL":
        head = "%s: %s" % (BL(lk, "canc", m.tw), e["summary"])
        subj = head
    else:
        head = BL(lk, "has_invited", m.tw).format(name=org.name or org.email) + " \u201c%s\u201d" % e["summary"]
        subj = "%s: %s" % (BL(lk, "inv", m.tw), e["summary"])
    if m.subject:
        subj = m.subject
    txt = head + "\n\n" + summary_block(m, e) + "\n"
    if e.get("url"):
        txt += e["url"] + "\n"
    token = rand_token(rng, 40)
    if m.method == "REQUEST":
        txt += "\n%s: https://www.icloud.com/calendar/invitation/?r=1&t=%s\n%s: https://www.icloud.com/calendar/invitation/?r=2&t=%s\n" % (
            BL(lk, "accept", m.tw), token, BL(lk, "decline", m.tw), token)
    html = html_wrap('<div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">'
                     '<p style="font-size:17px">%s</p><p>%s</p>%s%s</div>' % (
                         html_escape(head), text_to_html(summary_block(m, e)),
                         ('<p><a href="%s">%s</a></p>' % (html_escape(e["url"]), html_escape(e["url"]))) if e.get("url") else "",
                         ('<p><a href="https://www.icloud.com/calendar/invitation/?r=1&amp;t=%s">%s</a> &nbsp; '
                          '<a href="https://www.icloud.com/calendar/invitation/?r=2&amp;t=%s">%s</a></p>' % (
                              token, BL(lk, "accept", m.tw), token, BL(lk, "decline", m.tw))) if m.method == "REQUEST" else ""), lk)
    b1 = "Apple-Webmail-%d--%s" % (rng.randint(10, 99), rand_uuid(rng))
    b2 = "Apple-Webmail-%d--%s" % (rng.randint(10, 99), rand_uuid(rng))
    tp = text_part(txt, "utf-8", "quoted-printable" if any(ord(c) > 127 for c in txt) else "7bit")
    hp = text_part(html, "utf-8", "quoted-printable", ctype="text/html")
    cp = mk_calendar_part(m, ics_text, "utf-8", "quoted-printable" if any(ord(c) > 127 for c in ics_text) else "7bit",
                          disposition='attachment; filename="invite.ics"', name="invite.ics", quote_cs=False)
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[tp, hp], boundary=b2)
    hdr = [("From", addr(m.frm.name, m.frm.email)), ("To", to_header(m) if m.to != [m.rcpt] else addr(m.rcpt.name, m.rcpt.email)),
           ("Subject", subject_hdr(m, subj)), ("Date", rfc2822_date(m.sent, m.tz)),
           ("Message-ID", "<%s@%s>" % (rand_uuid(rng, True), "icloud.com")),
           ("MIME-Version", "1.0")] + m.extra_headers + [
        ("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, cp], boundary=b1)


def apple_prodid(m):
    y = m.arrival.year
    rng = m.rng
    if rng.random() < 0.5:
        macos = {2016: "Mac OS X 10.11.6", 2017: "Mac OS X 10.12.6", 2018: "Mac OS X 10.13.6", 2019: "Mac OS X 10.14.6",
                 2020: "Mac OS X 10.15.7", 2021: "macOS 11.6", 2022: "macOS 12.6", 2023: "macOS 13.5.2",
                 2024: "macOS 14.4.1", 2025: "macOS 15.3", 2026: "macOS 26.1"}[y]
        return "-//Apple Inc.//%s//EN" % macos, "mac"
    ios = {2016: "iPhone OS 10.1.1", 2017: "iPhone OS 11.1.2", 2018: "iPhone OS 12.1", 2019: "iPhone OS 13.2.3",
           2020: "iPhone OS 14.2", 2021: "iPhone OS 15.1", 2022: "iPhone OS 16.1.1", 2023: "iPhone OS 17.1.2",
           2024: "iPhone OS 17.5.1", 2025: "iPhone OS 18.3.2", 2026: "iPhone OS 26.1"}[y]
    return "-//Apple Inc.//%s//EN" % ios, "ios"


def render_applecal(m):
    rng = m.rng
    ensure_uids(m, "applecal")
    for e in m.events:
        online_for(m, e, rng.choice(["zoomlink", "jitsi"]))
    prodid, dev = apple_prodid(m)
    ics_lines = ics.apple(m, prodid)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    txt = (m.intro or (e["description"] if (m.method == "REQUEST" and rng.random() < 0.45) else "")) + "\n"
    subj = m.subject or (e["summary"] if m.method != "REPLY" else "%s: %s" % (BL(lk, {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[m.attendees[0]["partstat"]], m.tw), e["summary"]))
    if m.method == "CANCEL" and not m.subject:
        subj = "%s: %s" % (BL(lk, "canc", m.tw), e["summary"])
    cs = "utf-8"
    if m.force_legacy and txt.strip():
        cs = legacy_cs(m, txt + subj, 1.0)
        txt = degrade(txt, cs)
    elif lk == "ja" and rng.random() < 0.6 and can_encode(txt + subj, "iso-2022-jp"):
        cs = "iso-2022-jp"
    elif all(ord(c) < 128 for c in txt):
        cs = "us-ascii"
    elif can_encode(txt, "iso-8859-1") and rng.random() < 0.6:
        cs = "iso-8859-1"
    elif lkey(m) in ("zh-tw",) and can_encode(txt, "big5") and rng.random() < 0.5:
        cs = "big5"
    elif lk == "ko" and can_encode(txt, "euc-kr") and rng.random() < 0.5:
        cs = "euc-kr"
    b = "Apple-Mail=_%s" % rand_uuid(rng, True)
    fname = "iCal-%s.ics" % m.sent.strftime("%Y%m%d-%H%M%S") if rng.random() < 0.6 else "invite.ics"
    tp = text_part(txt, cs, cte_for(cs, txt, "quoted-printable"), cte_first=True, quote_cs=False)
    enc = "quoted-printable" if any(ord(c) > 127 for c in ics_text) else "7bit"
    if "lf-ics" in m.quirks:
        enc = "base64"
    data = ics_text.encode("utf-8")
    cp = Part([("Content-Transfer-Encoding", enc), ("Content-Type", "text/calendar;\r\n\tcharset=utf-8;\r\n\tname=%s%s" % (fname, ct_method_param(m).replace("; ", ";\r\n\t"))),
               ("Content-Disposition", "attachment;\r\n\tfilename=%s" % fname)], data, enc)
    mailver = {"mac": "Apple Mail (2.%s)" % rng.choice(["3445.104.11", "3608.120.23.2.4", "3654.120.0.1.13", "3696.120.41.1.1", "3731.700.6", "3774.500.171.1.1", "3826.400.131.1.6"]),
               "ios": "iPhone Mail (%s)" % rng.choice(["14E304", "15E216", "16B92", "17B111", "18C66", "19B74", "20B101", "21B91", "21F90", "22D82"])}[dev]
    hcs = cs if cs != "us-ascii" else "utf-8"
    hdr = [("From", addr(m.frm.name, m.frm.email, hcs, "Q", label=hcs)),
           ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % b),
           ("Mime-Version", "1.0 (%s)" % ("Mac OS X Mail 16.0 \\(3774.500.171.1.1\\)" if dev == "mac" else "1.0")),
           ("Subject", subject_hdr(m, subj, hcs, "Q", hcs)),
           ("Message-Id", "<%s@%s>" % (rand_uuid(rng, True), mid_dom(m))),
           ("Date", rfc2822_date(m.sent, m.tz)),
           ("To", to_header(m, hcs, "Q", label=hcs))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("X-Mailer", mailver)] + m.extra_headers
    if dev == "ios":
        hdr[2] = ("Mime-Version", "1.0 (1.0)")
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[tp, cp], boundary=b)


# ---------------------------------------------------------------------------
def tb_version(y):
    return {2016: ("45.8.0", "4.7.8"), 2017: ("52.5.0", "5.4.5"), 2018: ("52.9.1", "5.4.9"), 2019: ("60.9.0", "6.2.9"),
            2020: ("68.12.0", None), 2021: ("78.14.0", None), 2022: ("91.13.0", None), 2023: ("102.15.1", None),
            2024: ("115.9.0", None), 2025: ("128.7.1", None), 2026: ("140.4.0", None)}[y]


def render_thunderbird(m):
    rng = m.rng
    ensure_uids(m, "thunderbird")
    for e in m.events:
        online_for(m, e, rng.choice(["jitsi", "zoomlink"]))
    ics_lines = ics.mozilla(m)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    tbv, lightning = tb_version(m.arrival.year)
    if m.method == "REPLY":
        a0 = m.attendees[0]
        k = {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]]
        txt = BL(lk, k, m.tw).format(name=a0["name"] or a0["email"]) + "\n"
        subj = "%s: %s" % (BL(lk, {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[a0["partstat"]], m.tw), e["summary"])
    else:
        head = {"REQUEST": BL(lk, "inv", m.tw), "CANCEL": BL(lk, "canc", m.tw), "PUBLISH": BL(lk, "inv", m.tw)}[m.method or "REQUEST"]
        subj = "%s: %s" % (head, e["summary"])
        txt = (m.intro + "\n\n" if m.intro else "") + summary_block(m, e, False)
        org = m.organizer
        txt += "\n%s: %s <%s>\n" % (BL(lk, "organizer", m.tw).capitalize(), org.name, org.email)
        others = [a for a in m.attendees if a["email"] != org.email]
        if others and len(others) < 30:
            txt += "%s:\n" % BL(lk, "who", m.tw) + "\n".join("%s <%s>" % (a["name"], a["email"]) if a["name"] else a["email"] for a in others) + "\n"
        if e["description"]:
            txt += "\n" + e["description"] + "\n"
    if m.subject:
        subj = m.subject
    cs = "UTF-8"
    if (m.arrival.year < 2020 and rng.random() < 0.7) or m.force_legacy:
        c2 = legacy_cs(m, txt + subj, 1.0)
        if c2 != "utf-8":
            cs = c2.upper() if c2 != "iso-2022-jp" else "ISO-2022-JP"
            txt = degrade(txt, c2)
    b1 = "------------" + rand_token(rng, 24)
    b2 = "------------" + rand_token(rng, 24)
    tp = text_part(txt, cs, cte_for(cs, txt, "8bit"), extra_params="; format=flowed", quote_cs=False)
    cp = mk_calendar_part(m, ics_text, "UTF-8", "8bit" if "lf-ics" not in m.quirks else "base64", quote_cs=False, method_first=True)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], ics_text.encode("utf-8"), "base64", b64width=72)
    alt = Part([("Content-Type", 'multipart/alternative;\r\n boundary="%s"' % b2)], children=[tp, cp], boundary=b2)
    os_s = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    rv = tbv.split(".")[0] + ".0"
    ua = "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (os_s, rv, tbv)
    if lightning:
        ua += " Lightning/%s" % lightning
    hcs = cs.lower() if cs != "UTF-8" else "utf-8"
    hdr = [("Message-ID", "<%s@%s>" % (rand_uuid(rng), mid_dom(m))), ("Date", rfc2822_date(m.sent, m.tz)),
           ("MIME-Version", "1.0"), ("User-Agent", ua)]
    if m.arrival.year >= 2020:
        hdr.append(("Content-Language", ics.LANGTAG.get(lk, "en-US")))
    hdr += [("To", to_header(m, hcs, "Q", label=cs)), ("From", addr(m.frm.name, m.frm.email, hcs, "Q", label=cs))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("Subject", subject_hdr(m, subj, hcs, "Q", cs))] + m.extra_headers + [
        ("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b1)]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, att], boundary=b1,
                preamble="This is a multi-part message in MIME format.")


# ---------------------------------------------------------------------------
def render_nextcloud(m):
    rng = m.rng
    ensure_uids(m, "nextcloud")
    for e in m.events:
        online_for(m, e, "nextcloud")
    y = m.arrival.year
    sv = {2016: "3.6.0", 2017: "4.0.1", 2018: "4.0.3", 2019: "4.0.3", 2020: "4.3.0", 2021: "4.3.5", 2022: "4.4.1",
          2023: "4.5.2", 2024: "4.5.4", 2025: "4.5.6", 2026: "4.5.6"}[y]
    ics_lines = ics.sabre(m, "-//Sabre//Sabre VObject %s//EN" % sv)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    org = m.organizer
    if m.method == "CANCEL":
        head = "%s: %s" % (BL(lk, "canc", m.tw), e["summary"])
    elif m.method == "REPLY":
        a0 = m.attendees[0]
        head = BL(lk, {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]], m.tw).format(name=a0["name"] or a0["email"])
    else:
        head = BL(lk, "has_invited", m.tw).format(name=org.name) + " \u201c%s\u201d" % e["summary"]
    if m.method == "REPLY":
        subj = m.subject or "%s: %s" % (BL(lk, {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[m.attendees[0]["partstat"]], m.tw), e["summary"])
    else:
        subj = m.subject or ("%s: %s" % (BL(lk, "inv", m.tw), e["summary"]) if m.method == "REQUEST" else head)
    tok = rand_token(rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789")
    txt = head + "\n\n" + summary_block(m, e) + "\n"
    if e.get("url"):
        txt += "Link: %s\n" % e["url"]
    if m.method == "REQUEST":
        txt += "\n%s: https://%s/index.php/apps/dav/invitation/accept/%s\n%s: https://%s/index.php/apps/dav/invitation/decline/%s\n%s: https://%s/index.php/apps/dav/invitation/options/%s\n" % (
            BL(lk, "accept", m.tw), m.nc_host, tok, BL(lk, "decline", m.tw), m.nc_host, tok, BL(lk, "more", m.tw), m.nc_host, tok)
    txt += "\n--\n%s - a safe home for all your data\n" % getattr(m, "nc_name", "Nextcloud")
    html = html_wrap('<table style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,sans-serif"><tr><td><h1 style="font-size:20px">%s</h1>'
                     '<p>%s</p>%s</td></tr></table>' % (html_escape(head), text_to_html(summary_block(m, e)),
                                                      ('<p><a href="https://%s/index.php/apps/dav/invitation/accept/%s">%s</a> '
                                                       '<a href="https://%s/index.php/apps/dav/invitation/decline/%s">%s</a></p>' % (
                                                           m.nc_host, tok, BL(lk, "accept", m.tw), m.nc_host, tok, BL(lk, "decline", m.tw)))
                                                      if m.method == "REQUEST" else ""), lk)
    b1 = rand_token(rng, 8)
    b2 = rand_token(rng, 8)
    tp = text_part(txt, "utf-8", "quoted-printable", quote_cs=False)
    hp = text_part(html, "utf-8", "quoted-printable", ctype="text/html", quote_cs=False)
    cp = mk_calendar_part(m, ics_text, "utf-8", "base64", name="event.ics", disposition='attachment; name=event.ics; filename=event.ics', quote_cs=False)
    alt = Part([("Content-Type", "multipart/alternative; boundary=%s" % b2)], children=[tp, hp], boundary=b2)
    hdr = [("Message-ID", "<%s@%s>" % (rand_hex(rng, 32), m.nc_host)), ("Date", rfc2822_date(m.sent, m.tz)),
           ("Subject", subject_hdr(m, subj)), ("From", addr(m.frm.name, m.frm.email, quote_always=False))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("To", to_header(m) if m.to != [m.rcpt] else addr(m.rcpt.name, m.rcpt.email)), ("MIME-Version", "1.0")]
    hdr += m.extra_headers
    hdr.append(("Content-Type", "multipart/mixed; boundary=%s" % b1))
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, cp], boundary=b1)


# ---------------------------------------------------------------------------
def render_zimbra(m):
    rng = m.rng
    ensure_uids(m, "zimbra")
    for e in m.events:
        online_for(m, e, rng.choice(["zoomlink", "jitsi", "webex"]))
    e = m.events[0]
    lk = m.lang
    org = m.organizer
    if m.method in ("REQUEST", "PUBLISH", None):
        intro = {"en": "The following is a new meeting request:", "fr": "Voici une nouvelle demande de réunion :",
                 "de": "Nachfolgend finden Sie eine neue Besprechungsanfrage:", "es": "A continuación, se muestra una nueva solicitud de reunión:",
                 "it": "Nuova richiesta di riunione:", "ru": "Новое приглашение на встречу:"}.get(lk, "The following is a new meeting request:")
    elif m.method == "CANCEL":
        intro = {"en": "The following meeting has been cancelled:", "fr": "La réunion suivante a été annulée :",
                 "de": "Die folgende Besprechung wurde abgesagt:"}.get(lk, "The following meeting has been cancelled:")
    else:
        intro = ""
    invitees = "; ".join((a["name"] + " <%s>" % a["email"]) if a["name"] else a["email"] for a in m.attendees[:20])
    zd = ""
    if m.method != "REPLY":
        zd = "%s\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\n%sTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
            intro, e["summary"], org.name, org.email, ("Location: %s \n" % e["location"]) if e["location"] else "",
            fmt_when(m, e), invitees, e["description"])
    else:
        a0 = m.attendees[0]
        zd = BL(lk, {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]], m.tw).format(name=a0["name"] or a0["email"]) + ("\n\n" + e["comment"] if e.get("comment") else "")
    for ev in m.events:
        ev["_zimbra_desc"] = zd if ev is e else ev["description"]
    ics_lines = ics.zimbra(m)
    ics_text = join_ics(m, ics_lines)
    if m.method == "REPLY":
        a0 = m.attendees[0]
        subj = "%s: %s" % (BL(lk, {"ACCEPTED": "ol_acc", "DECLINED": "ol_dec", "TENTATIVE": "ol_tent"}[a0["partstat"]], m.tw), e["summary"])
    elif m.method == "CANCEL":
        subj = "%s: %s" % (BL(lk, "ol_canc", m.tw), e["summary"])
    else:
        subj = e["summary"]
    subj = m.subject or subj
    html = "<html><body id='htmlmode'>" + text_to_html(zd).replace("*~*~*~*~*~*~*~*~*~*", "<div>*~*~*~*~*~*~*~*~*~*</div>") + \
           ("<div>" + e["html"] + "</div>" if e.get("html") else "") + "</body></html>"
    b = "=_%s" % rand_uuid(rng)
    tp = text_part(zd + "\n", "utf-8", cte_for("utf-8", zd, "quoted-printable"))
    hp = text_part(html, "utf-8", cte_for("utf-8", html, "quoted-printable"), ctype="text/html")
    cp = mk_calendar_part(m, ics_text, "utf-8", "7bit" if all(ord(c) < 128 for c in ics_text) and "lf-ics" not in m.quirks else ("base64" if "lf-ics" in m.quirks else "quoted-printable"))
    ver = {2016: "8.6.0_GA_1153", 2017: "8.7.11_GA_1854", 2018: "8.8.9_GA_3019", 2019: "8.8.12_GA_3794",
           2020: "8.8.15_GA_3953", 2021: "8.8.15_GA_4177", 2022: "9.0.0_GA_4273", 2023: "9.0.0_GA_4546",
           2024: "10.0.7_GA_4632", 2025: "10.1.5_GA_4655", 2026: "10.1.9_GA_4680"}[m.arrival.year]
    br = rng.choice(["GC119 (Win)", "FF115 (Linux)", "GC122 (Mac)", "FF124 (Win)", "ED121 (Win)"])
    hdr = [("Date", rfc2822_date(m.sent, m.tz)), ("From", addr(m.frm.name, m.frm.email, quote_always=True)),
           ("To", to_header(m, quote=True))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(1000, 99999),
                                                             int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000), mid_dom(m))),
            ("Subject", subject_hdr(m, subj)), ("MIME-Version", "1.0")] + m.extra_headers + [
        ("Content-Type", 'multipart/alternative; \r\n\tboundary="%s"' % b),
        ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s/%s)" % (ver, br, ver)),
        ("Thread-Index", rand_token(rng, 28)), ("Thread-Topic", subject_hdr(m, e["summary"]))]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[tp, hp, cp], boundary=b)


# ---------------------------------------------------------------------------
def render_yahoo(m):
    rng = m.rng
    ensure_uids(m, "yahoo")
    for e in m.events:
        online_for(m, e, "zoomlink")
    ics_lines = ics.yahoo(m)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    org = m.organizer
    if m.method == "REPLY":
        a0 = m.attendees[0]
        head = BL(lk, {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]], m.tw).format(name=a0["name"] or a0["email"])
        subj = "%s: %s" % (BL(lk, {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}[a0["partstat"]], m.tw), e["summary"])
    else:
        head = BL(lk, "has_invited", m.tw).format(name=org.name) + " " + e["summary"]
        subj = "%s: %s" % (BL(lk, "inv" if m.method != "CANCEL" else "canc", m.tw), e["summary"])
    subj = m.subject or subj
    txt = (m.intro + "\n\n" if m.intro else "") + head + "\n\n" + summary_block(m, e) + "\n"
    html = html_wrap('<div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                     '<div>%s</div><div><br></div><div>%s</div></div>' % (html_escape(head), text_to_html(summary_block(m, e))), lk)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000),
                                   int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000),
                                   int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    tp = text_part(txt, "UTF-8", "quoted-printable", upper_cs=True, quote_cs=False)
    hp = text_part(html, "UTF-8", "quoted-printable", ctype="text/html", upper_cs=True, quote_cs=False)
    cp = mk_calendar_part(m, ics_text, "UTF-8", "7bit" if all(ord(c) < 128 for c in ics_text) else "base64",
                          quote_cs=False, name="invite.ics", disposition="attachment; filename=invite.ics")
    alt = Part([("Content-Type", "multipart/alternative; \r\n\tboundary=\"%s\"" % b2)], children=[tp, hp], boundary=b2)
    hdr = [("Date", rfc2822_date(m.sent, None)), ("From", addr(m.frm.name, m.frm.email)),
           ("To", to_header(m) if m.to != [m.rcpt] else addr(m.rcpt.name, m.rcpt.email))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                          int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))),
            ("Subject", subject_hdr(m, subj)), ("MIME-Version", "1.0")] + m.extra_headers + [
        ("Content-Type", 'multipart/mixed; \r\n\tboundary="%s"' % b1),
        ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23500))]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, cp], boundary=b1)


# ---------------------------------------------------------------------------
def render_sogo(m):
    rng = m.rng
    ensure_uids(m, "sogo")
    for e in m.events:
        online_for(m, e, rng.choice(["jitsi", "zoomlink"]))
    ver = {2016: "3.2.6", 2017: "3.2.10", 2018: "4.0.4", 2019: "4.1.1", 2020: "4.3.2", 2021: "5.2.0", 2022: "5.7.1",
           2023: "5.9.0", 2024: "5.10.0", 2025: "5.12.1", 2026: "5.12.3"}[m.arrival.year]
    ics_lines = ics.sogo(m, ver)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lk = m.lang
    org = m.organizer
    if m.method == "REPLY":
        a0 = m.attendees[0]
        head = BL(lk, {"ACCEPTED": "has_acc", "DECLINED": "has_dec", "TENTATIVE": "has_tent"}[a0["partstat"]], m.tw).format(name=a0["name"] or a0["email"])
        subj = {"en": "Accepted invitation: \"%s\"", "de": "Einladung angenommen: \"%s\"", "fr": "Invitation acceptée : \"%s\""}.get(lk, "Accepted invitation: \"%s\"") % e["summary"]
        if a0["partstat"] != "ACCEPTED":
            subj = "%s: \"%s\"" % (BL(lk, {"DECLINED": "dec", "TENTATIVE": "tent"}[a0["partstat"]], m.tw), e["summary"])
    elif m.method == "CANCEL":
        head = "%s: %s" % (BL(lk, "canc", m.tw), e["summary"])
        subj = {"en": "Event Cancelled: \"%s\"", "de": "Termin abgesagt: \"%s\"", "fr": "Événement annulé : \"%s\""}.get(lk, "Event Cancelled: \"%s\"") % e["summary"]
    else:
        head = BL(lk, "has_invited", m.tw).format(name=org.name) + " \"%s\"" % e["summary"]
        subj = {"en": "Event Invitation: \"%s\"", "de": "Termineinladung: \"%s\"", "fr": "Invitation à l'événement : \"%s\"",
                "es": "Invitación a un evento: \"%s\"", "cs": "Pozvánka na událost: \"%s\""}.get(lk, "%s: \"%%s\"" % BL(lk, "inv", m.tw)) % e["summary"]
    subj = m.subject or subj
    html = html_wrap('<div style="font-family:Verdana,sans-serif;font-size:12px"><p>%s</p><table>%s</table></div>' % (
        html_escape(head), "".join("<tr><td><b>%s</b></td></tr>" % html_escape(x) for x in summary_block(m, e).split("\n"))), lk)
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999), int((m.sent - dt.datetime(1970, 1, 1)).total_seconds()), rng.randint(100000, 999999), rng.randint(0, 9))
    hp = text_part(html, "utf-8", "quoted-printable", ctype="text/html")
    cp = mk_calendar_part(m, ics_text, "utf-8", "quoted-printable" if "lf-ics" not in m.quirks else "base64", method_first=True)
    hdr = [("Subject", subject_hdr(m, subj, "utf-8", "Q")), ("From", addr(m.frm.name, m.frm.email, "utf-8", "Q")),
           ("To", to_header(m, "utf-8", "Q")), ("Date", rfc2822_date(m.sent, m.tz)),
           ("Message-Id", "<%s-%x-%x-%x@%s>" % (rand_hex(rng, 4), int((m.sent - dt.datetime(1970, 1, 1)).total_seconds()), rng.randint(1, 255), rng.randint(10 ** 7, 10 ** 9), mid_dom(m)))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("X-Mailer", "SOGoMail %s" % ver), ("MIME-Version", "1.0")] + m.extra_headers + [
        ("Content-Type", "multipart/mixed;\r\n boundary=\"%s\"" % b)]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[hp, cp], boundary=b)


# ---------------------------------------------------------------------------
def render_zoom(m):
    rng = m.rng
    ensure_uids(m, "zoom")
    if m.method == "REQUEST":
        m.method = "PUBLISH" if rng.random() < 0.7 else None
    e = m.events[0]
    lk = m.lang
    host = m.organizer.name if m.organizer else "Zoom"
    if not e.get("zoom_url"):
        blk = zoom_block(m, e, host)
        e["description"] = (e["description"] + "\n\n" if e["description"] else "") + blk
        if not e["location"]:
            e["location"] = e["zoom_url"]
    ics_lines = ics.zoom(m)
    ics_text = join_ics(m, ics_lines)
    sub = m.sub or ("service" if rng.random() < 0.65 else "host")
    m.sub = sub
    kind = getattr(m, "zoom_kind", "meeting")
    if sub == "service":
        if kind == "webinar":
            subj = m.subject or "%s Confirmation" % e["summary"]
            lead = "Hi %s,\n\nThank you for registering for \"%s\".\n\nPlease submit any questions to: %s\n\n" % (
                m.rcpt.first or m.rcpt.name, e["summary"], m.organizer.email)
        else:
            subj = m.subject or "Invitation: %s" % e["summary"]
            lead = "Hi there,\n\n"
        txt = lead + "Date & Time: %s\n\n%s\n\nAdd to Calendar: https://us06web.zoom.us/webinar/tZ%s/ics?icsToken=%s\n" % (
            fmt_when(m, e), e["description"], rand_token(rng, 20), rand_token(rng, 60))
        if m.intro:
            txt = m.intro + "\n\n" + txt
        txt += "\nYou can cancel your registration at any time.\n\nCopyright \u00a9%d Zoom Communications, Inc. All rights reserved.\n" % m.arrival.year
        html = html_wrap('<table width="100%%" style="font-family:Lato,Helvetica,Arial,sans-serif"><tr><td style="padding:24px">'
                         '<img src="https://st1.zoom.us/static/6.3.12345/image/new/ZoomLogo_112x25.png" alt="Zoom" width="112">'
                         '<p>%s</p><p><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Join</a></p>'
                         '</td></tr></table>' % (text_to_html(txt), e.get("zoom_url", "")), lk)
        b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        tp = text_part(txt, "UTF-8", "quoted-printable", upper_cs=True)
        hp = text_part(html, "UTF-8", "quoted-printable", ctype="text/html", upper_cs=True)
        alt = Part([("Content-Type", 'multipart/alternative; \r\n\tboundary="%s"' % b2)], children=[tp, hp], boundary=b2)
        cp = Part([("Content-Type", 'text/calendar; charset=UTF-8; name="%s.ics"%s' % ("invite" if kind != "webinar" else "Webinar", ct_method_param(m))),
                   ("Content-Transfer-Encoding", "base64"),
                   ("Content-Disposition", 'attachment; filename="%s.ics"' % ("invite" if kind != "webinar" else "Webinar"))],
                  ics_text.encode("utf-8"), "base64")
        hdr = [("Date", rfc2822_date(m.sent, None)), ("From", addr(m.frm.name, m.frm.email))]
        if m.reply_to is not None:
            hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
        hdr += [("To", addr(m.rcpt.name, m.rcpt.email)), ("Message-ID", "<%s@zoom.us>" % rand_token(rng, 22)),
                ("Subject", subject_hdr(m, subj)), ("MIME-Version", "1.0")] + m.extra_headers + [
            ("Content-Type", 'multipart/mixed; \r\n\tboundary="%s"' % b1)]
        return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, cp], boundary=b1)
    # host forwards the Zoom-generated .ics from a normal mailbox (Gmail web style)
    subj = m.subject or e["summary"]
    txt = (m.intro or "") + "\n\n" + e["description"] + "\n"
    b1 = "0000000000" + rand_hex(rng, 18)
    b2 = "0000000000" + rand_hex(rng, 18)
    tp = text_part(txt, "UTF-8", "quoted-printable" if any(ord(c) > 127 for c in txt) else "7bit")
    hp = text_part('<div dir="ltr">%s</div>\n' % text_to_html(txt), "UTF-8", "quoted-printable", ctype="text/html")
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[tp, hp], boundary=b2)
    fid = "f_%s0" % rand_token(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")
    cp = Part([("Content-Type", 'text/calendar; charset="US-ASCII"; name="Zoom Meeting.ics"' if all(ord(c) < 128 for c in ics_text) else 'text/calendar; charset="UTF-8"; name="Zoom Meeting.ics"'),
               ("Content-Disposition", 'attachment; filename="Zoom Meeting.ics"'), ("Content-Transfer-Encoding", "base64"),
               ("Content-ID", "<%s>" % fid), ("X-Attachment-Id", fid)], ics_text.encode("utf-8"), "base64")
    hdr = [("MIME-Version", "1.0"), ("From", addr(m.frm.name, m.frm.email)), ("Date", rfc2822_date(m.sent, m.tz)),
           ("Message-ID", "<CA%s@mail.gmail.com>" % ("+" + rand_token(rng, 50) if rng.random() < .5 else rand_token(rng, 52))),
           ("Subject", subject_hdr(m, subj)), ("To", to_header(m) if m.to != [m.rcpt] else m.rcpt.email)] + m.extra_headers + [
        ("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=[alt, cp], boundary=b1)


# ---------------------------------------------------------------------------
# Booking systems and hand-rolled generators share the generic writer; they differ in MIME layout.
GEN_LAYOUTS = ["mixed-alt", "mixed-text", "alt-cal", "single-cal", "mixed-html", "related"]


def generic_boundary(rng, lib, ms=None):
    if lib == "phpmailer":
        return "b1_" + rand_token(rng, 43)
    if lib == "python":
        return "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)
    if lib == "dotnet":
        return "--boundary_%d_%s" % (rng.randint(0, 9), rand_uuid(rng))
    if lib == "java":
        return "----=_Part_%d_%d.%d" % (rng.randint(0, 99999), rng.randint(10 ** 8, 2 * 10 ** 9), ms or rng.randint(10 ** 12, 2 * 10 ** 12))
    if lib == "nodemailer":
        return "--_NmP-%s-Part_1" % rand_hex(rng, 16)
    if lib == "swift":
        return "_=_swift_%d_%s_=_" % (rng.randint(1500000000, 1800000000), rand_hex(rng, 32))
    if lib == "symfony":
        return rand_token(rng, 8)
    if lib == "go":
        return rand_hex(rng, 60)
    if lib == "cdo":
        return "----=_NextPart_000_%04X_01%s" % (rng.randint(0, 0xffff), rand_hex(rng, 14, True))
    return "=_" + rand_hex(rng, 32)


MAILERS = {
    "phpmailer": lambda r, y: "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % ("5.2.%d" % r.randint(9, 28) if y < 2019 else "6.%d.%d" % (r.randint(0, 9), r.randint(0, 5))),
    "python": lambda r, y: None, "dotnet": lambda r, y: None, "java": lambda r, y: None,
    "nodemailer": lambda r, y: None, "swift": lambda r, y: None, "symfony": lambda r, y: None, "go": lambda r, y: None,
    "cdo": lambda r, y: "Microsoft CDO for Windows 2000",
}


def render_generic(m):
    """Booking engines, web apps, and hand-rolled senders."""
    rng = m.rng
    ensure_uids(m, "custom")
    st = getattr(m, "gen_style", {}) or {}
    for e in m.events:
        if e.get("online") and not e["location"]:
            online_for(m, e, rng.choice(["zoomlink", "webex", "jitsi"]))
    prodid = m.prodid or "-//hacksw/handcal//NONSGML v1.0//EN"
    ics_lines = ics.generic(m, prodid, st)
    ics_text = join_ics(m, ics_lines)
    e = m.events[0]
    lib = getattr(m, "lib", None) or rng.choice(["phpmailer", "python", "dotnet", "java", "nodemailer", "symfony", "go"])
    layout = getattr(m, "layout", None) or rng.choice(GEN_LAYOUTS)
    subj = m.subject or e["summary"]
    lk = m.lang
    txt = m.body_text
    if txt is None:
        txt = summary_block(m, e) + "\n"
    html = m.body_html
    if html is None and layout in ("mixed-alt", "alt-cal", "mixed-html", "related"):
        html = html_wrap("<div>%s</div>" % text_to_html(txt), lk, subj)
    cs = getattr(m, "body_cs", None) or legacy_cs(m, txt + (html or "") + subj, 1.0 if m.force_legacy else (0.6 if m.lang != "en" else 0.25))
    if cs != "utf-8":
        txt = degrade(txt, cs)
        html = degrade(html, cs) if html else html
    cte = getattr(m, "body_cte", None) or (rng.choice(["quoted-printable", "base64", "8bit"]) if any(ord(c) > 127 for c in txt) else rng.choice(["7bit", "quoted-printable"]))
    if cs == "iso-2022-jp":
        cte = "7bit"
    if cs.lower() in ("utf-8",) and cte == "8bit" and rng.random() < 0.5:
        cte = "base64"
    ics_cs = "utf-8"
    if getattr(m, "ics_legacy", False) and cs not in ("utf-8", "iso-2022-jp") and can_encode(ics_text, cs):
        ics_cs = cs
    ics_cte = getattr(m, "ics_cte", None) or ("base64" if ("lf-ics" in m.quirks or rng.random() < 0.5) else ("7bit" if all(ord(c) < 128 for c in ics_text) else rng.choice(["8bit", "quoted-printable", "base64"])))
    if "lf-ics" in m.quirks:
        ics_cte = "base64"
    fname = m.attach_name or rng.choice(["invite.ics", "event.ics", "calendar.ics", "meeting.ics"])
    ctype = getattr(m, "ics_ctype", "text/calendar")
    if ctype == "text/calendar":
        cp = mk_calendar_part(m, ics_text, ics_cs, ics_cte, name=fname if layout != "alt-cal" else None,
                              disposition=('attachment; filename="%s"' % fname) if layout not in ("alt-cal", "single-cal") else None,
                              quote_cs=rng.random() < 0.5)
    else:
        cp = Part([("Content-Type", '%s; name="%s"' % (ctype, fname)), ("Content-Transfer-Encoding", "base64"),
                   ("Content-Disposition", 'attachment; filename="%s"' % fname)], ics_text.encode("utf-8"), "base64")
    tp = text_part(txt, cs, cte, quote_cs=rng.random() < 0.6)
    hp = text_part(html, cs if can_encode(html or "", cs) else "utf-8", cte if cte != "8bit" else "quoted-printable", ctype="text/html") if html else None
    b1 = generic_boundary(rng, lib, epoch_ms(m))
    b2 = generic_boundary(rng, lib, epoch_ms(m))
    if layout == "mixed-alt":
        kids = [tp] + ([hp] if hp else [])
        alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=kids, boundary=b2)
        root_ct, kids = 'multipart/mixed; boundary="%s"' % b1, [alt, cp]
    elif layout == "mixed-text":
        root_ct, kids = 'multipart/mixed; boundary="%s"' % b1, [tp, cp]
    elif layout == "mixed-html":
        root_ct, kids = 'multipart/mixed; boundary="%s"' % b1, [hp or tp, cp]
    elif layout == "related":
        alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[tp] + ([hp] if hp else []), boundary=b2)
        root_ct, kids = 'multipart/mixed; boundary="%s"' % b1, [alt, cp]
    elif layout == "alt-cal":
        root_ct, kids = 'multipart/alternative; boundary="%s"' % b1, [tp] + ([hp] if hp else []) + [cp]
    else:  # single-cal: the whole message is the calendar object
        root_ct, kids = None, None
    hdr = [("From", addr(m.frm.name, m.frm.email, quote_always=lib in ("dotnet", "java")))]
    if m.reply_to is not None:
        hdr.append(("Reply-To", addr(m.reply_to.name, m.reply_to.email)))
    hdr += [("To", to_header(m) if m.to != [m.rcpt] else addr(m.rcpt.name if rng.random() < .6 else "", m.rcpt.email)),
            ("Subject", subject_hdr(m, subj, "utf-8", rng.choice(["B", "Q"]))),
            ("Date", rfc2822_date(m.sent, m.tz if rng.random() < 0.5 else None)),
            ("Message-ID", getattr(m, "msgid", None) or "<%s@%s>" % (rand_hex(rng, 32) if lib != "python" else "%d.%d.%d" % (rng.randint(10 ** 17, 10 ** 18), rng.randint(1, 999), rng.randint(10 ** 9, 10 ** 10)), mid_dom(m)))]
    xm = MAILERS.get(lib, lambda r, y: None)(rng, m.arrival.year)
    if xm:
        hdr.append(("X-Mailer", xm))
    hdr += m.extra_headers
    hdr.append(("MIME-Version", "1.0"))
    if root_ct is None:
        data = cp.body
        hdr += [("Content-Type", 'text/calendar; charset="%s"%s' % (ics_cs, ct_method_param(m))), ("Content-Transfer-Encoding", ics_cte if ics_cte != "7bit" or all(b < 128 for b in data) else "8bit")]
        return Part([(None, fold_header(k, v)) for k, v in hdr], data, hdr[-1][1])
    hdr.append(("Content-Type", root_ct))
    return Part([(None, fold_header(k, v)) for k, v in hdr], children=kids, boundary=b1,
                preamble="This is a multi-part message in MIME format." if lib in ("phpmailer", "cdo") else None)


RENDER = {
    "google": render_google, "outlook": render_outlook, "teams": lambda m: render_outlook(m, teams=True),
    "icloud": render_icloud, "applecal": render_applecal, "thunderbird": render_thunderbird,
    "nextcloud": render_nextcloud, "zimbra": render_zimbra, "yahoo": render_yahoo, "sogo": render_sogo,
    "zoom": render_zoom, "booking": render_generic, "custom": render_generic,
}
