"""Renderers that reproduce the MIME layout, headers and iCalendar style of
real calendar clients and services.  Each renderer returns
(client_headers, top-level entity, sender infrastructure info)."""
import datetime as dt
import html
import re
from mimekit import (Part, Multi, top_content, enc_words, addr, esc, esc_soft, ical_bytes, fmt_utc, fmt_local,
                     to_utc, vtimezone_olson, vtimezone_windows, WINDOWS_TZ, ZONES, rfc2822_date, hexid, alnum,
                     uuid4, b64rand, stable_hash, CRLF, UTC)
from transport import generic_infra, ip4, ip6, t_before, dmarc_policy
from i18n import ui, fmt_when, LOCALE

CLIENTS = ["google", "outlook", "apple", "thunderbird", "zoom", "nextcloud", "zimbra", "yahoo", "sogo", "booking",
           "custom", "list"]

# where each client can carry a link or phone number apart from the description
SUPPORTS = {
    "google": {"desc", "location", "attach"},
    "outlook": {"desc", "location", "altdesc", "conference"},
    "apple": {"desc", "location", "url"},
    "thunderbird": {"desc", "location", "url", "attach"},
    "zoom": {"desc"},
    "nextcloud": {"desc", "location", "url", "attach"},
    "zimbra": {"desc", "location", "altdesc"},
    "yahoo": {"desc", "location"},
    "sogo": {"desc", "location", "url"},
    "booking": {"desc", "location", "url"},
    "custom": {"desc", "location", "url", "attach", "altdesc", "conference"},
}

GOOGLE_IPS = ["203.0.113.%d" % i for i in range(20, 60)]
MS_IPS = ["198.51.100.%d" % i for i in range(100, 160)]
APPLE_IPS = ["203.0.113.%d" % i for i in range(150, 175)]
YAHOO_IPS = ["198.51.100.%d" % i for i in range(200, 230)]
ZOOM_IPS = ["203.0.113.%d" % i for i in range(90, 100)]


# ------------------------------------------------------------------ helpers
def events(spec):
    return spec["events"]


def times(ev):
    s, e = ev["start"], ev.get("end") or ev["start"] + dt.timedelta(hours=1)
    return s, e


def dt_pair(ev, style, key_end="DTEND"):
    """Return DTSTART/DTEND lines. style: utc | tzid | tzidq (quoted windows) | win | float | zimbra"""
    s, e = times(ev)
    if ev.get("kind") == "VTODO":
        key_end = "DUE"
    if ev.get("allday"):
        e2 = ev.get("end") or s + dt.timedelta(days=1)
        return [f"DTSTART;VALUE=DATE:{s:%Y%m%d}", f"{key_end};VALUE=DATE:{e2:%Y%m%d}"]
    tz = ev.get("tz", "UTC")
    if style == "utc":
        return [f"DTSTART:{fmt_utc(to_utc(s, tz))}", f"{key_end}:{fmt_utc(to_utc(e, tz))}"]
    if style == "float":
        return [f"DTSTART:{fmt_local(s)}", f"{key_end}:{fmt_local(e)}"]
    if style == "tzid":
        return [f"DTSTART;TZID={tz}:{fmt_local(s)}", f"{key_end};TZID={tz}:{fmt_local(e)}"]
    if style == "zimbra":
        return [f'DTSTART;TZID="{tz}":{fmt_local(s)}', f'{key_end};TZID="{tz}":{fmt_local(e)}']
    w = WINDOWS_TZ.get(tz, "UTC")
    if style == "tzidq":
        return [f'DTSTART;TZID="{w}":{fmt_local(s)}', f'{key_end};TZID="{w}":{fmt_local(e)}']
    return [f"DTSTART;TZID={w}:{fmt_local(s)}", f"{key_end};TZID={w}:{fmt_local(e)}"]


def trig(m, style="std"):
    if isinstance(m, str):
        return m if ":" in m else "TRIGGER:" + m
    sign = "-" if m >= 0 else ""
    m = abs(m)
    if style == "google":
        d, r = divmod(m, 1440)
        h, mm = divmod(r, 60)
        return f"TRIGGER:{sign}P{d}DT{h}H{mm}M0S"
    if m and m % 1440 == 0:
        v = f"{sign}P{m // 1440}D"
    elif m and m % 60 == 0:
        v = f"{sign}PT{m // 60}H"
    else:
        v = f"{sign}PT{m}M"
    if style == "exchange":
        return "TRIGGER;RELATED=START:" + v
    if style == "mozilla":
        return "TRIGGER;VALUE=DURATION:" + v
    return "TRIGGER:" + v


def plain2html(text, wrap=True):
    out = []
    for i, piece in enumerate(re.split(r"(https?://[^\s<>\"]+)", text)):
        if i % 2:
            out.append(f'<a href="{html.escape(piece)}">{html.escape(piece)}</a>')
        else:
            out.append(html.escape(piece))
    return "".join(out).replace("\n", "<br>\n")


def desc(ev, spec):
    d = ev.get("description")
    if d is None:
        d = spec.get("body", "")
    return d


def text_charset(spec, default="UTF-8"):
    return spec.get("charset") or default


def pick(rng, seq):
    return rng.choice(seq)


def ev_rcpt_list(ev):
    return ev.get("attendees", [])


def att_common(a):
    return a.get("name"), a["addr"], a.get("role", "REQ-PARTICIPANT"), a.get("partstat", "NEEDS-ACTION"), \
        a.get("rsvp", True), a.get("cutype", "INDIVIDUAL")


def cn(name, addrs, quote=False):
    n = name or addrs
    if quote or any(c in n for c in ",;:"):
        return '"' + n.replace('"', "'") + '"'
    return n


def year(spec):
    return spec["arrival"].year


def msgdate(spec, rng, tzid=None, lo=2, hi=50):
    t = t_before(spec["arrival"], rng, lo, hi)
    return rfc2822_date(t, tzid or spec.get("sender_tz", "UTC")), t


def extra_props(ev):
    return list(ev.get("extra", []))


def cal_part(spec, ics_b, method, charset="UTF-8", cte=None, name=None, params_style="google", quirks=()):
    """Build the inline text/calendar part."""
    params = []
    m = method
    if "method-mismatch" in quirks:
        m = spec.get("param_method", "REQUEST")
    if params_style == "google":
        if m:
            params.append(f"method={m}")
    else:
        if m:
            params.append(f"method={m}")
    if name:
        params.append(f'name="{name}"')
    return Part("text/calendar", data=ics_b, charset=None, cte=cte or "7bit", params=params) if False else \
        _calpart(ics_b, charset, cte, params, params_style)


def _calpart(data, charset, cte, params, style):
    class CP(Part):
        pass
    p = Part("text/calendar", data=data, cte=cte or ("7bit" if is_ascii(data) else "base64"), params=[])
    ct = "text/calendar"
    if style == "google":
        ct += f'; charset="{charset}"' + "".join("; " + x for x in params)
    elif style == "outlook":
        ct += f'; charset="{charset}"' + "".join("; " + x for x in params)
    elif style == "mozilla":
        ct += "".join("; " + x for x in params) + f"; charset={charset}"
    elif style == "apple":
        ct += f"; charset={charset}" + "".join("; " + x for x in params)
    else:
        ct += "".join("; " + x for x in params) + f"; charset={charset}"
    p.ctype = ct
    return p


def is_ascii(b):
    try:
        b.decode("ascii")
        return True
    except UnicodeDecodeError:
        return False


def ics_of(spec, lines, quirks=(), charset="utf-8"):
    mode = "octet"
    if "sloppy-fold" in quirks:
        mode = "sloppy"
    elif "char-fold" in quirks:
        mode = "char"
    elif "no-fold" in quirks:
        mode = "none"
    elif "tab-fold" in quirks:
        mode = "tab"
    eol = "\n" if "lf-ics" in quirks else "\r\n"
    return ical_bytes(lines, mode, eol, charset)


def tzids(spec):
    seen = []
    for ev in events(spec):
        if not ev.get("allday") and ev.get("tz") and ev["tz"] not in seen:
            seen.append(ev["tz"])
    return seen


def rsvp_url(host, rng, extra=""):
    return f"https://{host}/calendar/event?action=RESPOND&eid={alnum(rng, 56)}&rst=1&tok={alnum(rng, 48)}{extra}"


def subject_default(spec, kind="inv"):
    ev = events(spec)[0]
    lang = spec["lang"]
    U = ui(lang)
    s, e = times(ev)
    when = fmt_when(s, e, lang, ev.get("allday"), ZONES.get(ev.get("tz", "UTC"), ("UTC",))[0])
    return f"{U[kind]}: {ev['summary']} @ {when}"


# ------------------------------------------------------------------ Google Calendar
def google_sel(y):
    return "20161025" if y < 2021 else ("20210112" if y < 2023 else "20230601")


def google(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    rcpt = spec["rcpt"]
    arr = spec["arrival"]
    y = arr.year
    recurring = any(e.get("rrule") for e in evs)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}"]
    if recurring:
        for tz in tzids(spec):
            L += vtimezone_olson(tz, "google")
    meet = ev.get("conference") if (ev.get("conference") or "").startswith("https://meet.google.com") else None
    for e in evs:
        L.append("BEGIN:VEVENT")
        L += dt_pair(e, "tzid" if e.get("rrule") else "utc")
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append(f"DTSTAMP:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(5, 30)))}")
        L.append(f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}")
        L.append(f"UID:{e.setdefault('uid', alnum(rng, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com')}")
        if method == "REPLY":
            for a in e.get("attendees", [])[:1]:
                L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={a.get('partstat', 'ACCEPTED')};"
                         f"CN={cn(a.get('name'), a['addr'])};X-NUM-GUESTS=0:mailto:{a['addr']}")
        else:
            for a in e.get("attendees", []):
                n, ad, role, ps, rsvp, cu = att_common(a)
                L.append(f"ATTENDEE;CUTYPE={cu};ROLE={role};PARTSTAT={ps};"
                         + ("RSVP=TRUE;" if rsvp and ps == "NEEDS-ACTION" else "")
                         + f"CN={cn(n, ad)};X-NUM-GUESTS=0:mailto:{ad}")
        if meet:
            L.append(f"X-GOOGLE-CONFERENCE:{meet}")
        L.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{rng.choice(['-', ''])}{rng.randint(100000000, 2147483647)}")
        L.append(f"CREATED:{fmt_utc(arr - dt.timedelta(minutes=rng.randint(1, 600)))}")
        d = desc(e, spec)
        if meet:
            d += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                  f"{U['joinmeet']}: {meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                  "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
        if d:
            L.append("DESCRIPTION:" + esc(d))
        L.append(f"LAST-MODIFIED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(5, 60)))}")
        L.append("LOCATION:" + esc(e.get("location", "")))
        L.append(f"SEQUENCE:{e.get('sequence', 0)}")
        L.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else e.get("status", "CONFIRMED")))
        L.append("SUMMARY:" + esc(e["summary"]))
        L.append("TRANSP:" + e.get("transp", "OPAQUE"))
        for (u, ft, fn) in e.get("attach", []):
            L.append(f"ATTACH;FILENAME={fn};FMTTYPE={ft}:{u}")
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", "ACTION:" + ("EMAIL" if (isinstance(m, int) and m >= 1440) else "DISPLAY"),
                  "DESCRIPTION:This is an event reminder", trig(m, "google")]
            if isinstance(m, int) and m >= 1440:
                L += ["SUMMARY:Alarm notification", f"ATTENDEE:mailto:{rcpt}"]
            L.append("END:VALARM")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)

    # ----- text bodies
    s, e_ = times(ev)
    tzname = ZONES.get(ev.get("tz", "UTC"), ("UTC",))[0]
    when = fmt_when(s, e_, lang, ev.get("allday"), tzname)
    eid = alnum(rng, 60)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={alnum(rng, 52)}&ctz={ev.get('tz', 'UTC').replace('/', '%2F')}&hl={lang}&es=0"
    guests = [a for a in ev.get("attendees", [])]
    d = desc(ev, spec)
    if method == "REPLY":
        a = ev["attendees"][0]
        verb = {"ACCEPTED": "has accepted this invitation.", "DECLINED": "has declined this invitation.",
                "TENTATIVE": "has replied \"Maybe\" to this invitation."}[a.get("partstat", "ACCEPTED")]
        txt = f"{a.get('name') or a['addr']} {verb}\n\n{ev['summary']}\n{when}\n\n{U['org']}\n{org[0]}\n{org[1]}\n\n" \
              f"{U['guests']}\n" + "\n".join(f"{g.get('name') or g['addr']}" for g in guests) + \
              f"\n{spec.get('reply_comment', '')}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n"
        kind = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a.get("partstat", "ACCEPTED")]
        subj = spec.get("subject") or f"{U[kind]}: {ev['summary']} @ {when} ({org[1]})"
    elif y < 2021:
        kind = "can" if method == "CANCEL" else ("upd" if ev.get("sequence", 0) else "inv")
        head = "This event has been canceled and removed from your calendar." if method == "CANCEL" else \
            "You have been invited to the following event."
        txt = (f"{head}\n\nTitle: {ev['summary']}\n" + (d + "\n" if d else "") + f"When: {when}\n"
               + (f"Where: {ev['location']}\n" if ev.get("location") else "") + f"Calendar: {rcpt}\nWho:\n"
               + "".join(f"    * {g['addr']}" + (" - organizer" if g['addr'] == org[1] else "") + "\n" for g in guests[:40])
               + f"\nEvent details: {view}\n\nInvitation from Google Calendar: https://www.google.com/calendar/\n\n"
               f"You are receiving this courtesy email at the account {rcpt} because you are an attendee of this event.\n\n"
               "To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a "
               "Google account at https://www.google.com/calendar/ and control your notification settings for your "
               "entire calendar.\n\nForwarding this invitation could allow any recipient to send a response to the "
               "organizer and be added to the guest list, or invite others regardless of their own invitation status, "
               "or to modify your RSVP. Learn More at https://support.google.com/calendar/answer/37135#forwarding\n")
        subj = spec.get("subject") or f"{U[kind]}: {ev['summary']} @ {when} ({rcpt})"
    else:
        kind = "can" if method == "CANCEL" else ("upd" if ev.get("sequence", 0) else "inv")
        parts = []
        if method == "CANCEL":
            parts.append("This event has been canceled.\n")
        parts.append(f"{ev['summary']}\n{when}\n")
        if meet:
            parts.append(f"{U['joinmeet']}\n{meet.replace('https://', '')}\n")
        if ev.get("location"):
            parts.append(f"{ev['location']}\n")
        parts.append(f"{U['org']}\n{org[0]}\n{org[1]}\n")
        gl = f"{U['guests']}\n" + "".join((g.get('name') or g['addr']) + (" - " + U['org'].lower() if g['addr'] == org[1] else "")
                                         + "\n" for g in guests[:25])
        if len(guests) > 25:
            gl += f"View all guest info {view}\n"
        parts.append(gl)
        if d:
            parts.append(d + "\n")
        parts.append(f"{U['reply']} for {rcpt}\n{U['yes']}\n{rsvp_url('calendar.google.com', rng)}\n{U['no']}\n"
                     f"{rsvp_url('calendar.google.com', rng, '')}\n{U['maybe']}\n{rsvp_url('calendar.google.com', rng)}\n"
                     f"{U['more']}\n{view}\n")
        parts.append("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
                     "email because you are an attendee on the event. To stop receiving future updates for this event, "
                     "decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
                     "the organizer, be added to the guest list, invite others regardless of their own invitation status, "
                     "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
        txt = "\n".join(parts)
        subj = spec.get("subject") or f"{U[kind]}: {ev['summary']} @ {when} ({rcpt})"
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    htm = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
           'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from '
           f'{html.escape(org[0] or org[1])}"/></span></span>'
           '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:'
           'Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
           f'<div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-size:16px;font-weight:bold;color:#222">'
           f'{html.escape(ev["summary"])}</h3>'
           f'<table><tr><td style="padding:0 1em 10px 0;color:#888">{U["when"]}</td><td>{html.escape(when)}</td></tr>'
           + (f'<tr><td style="color:#888">{U["where"]}</td><td>{html.escape(ev.get("location", ""))}</td></tr>' if ev.get("location") else "")
           + f'<tr><td style="color:#888">{U["org"]}</td><td>{html.escape(org[0] or "")} &lt;{org[1]}&gt;</td></tr></table>'
           + (f'<div style="padding-bottom:15px;white-space:pre-wrap">{plain2html(d)}</div>' if d else "")
           + f'<p><a href="{rsvp_url("calendar.google.com", rng)}">{U["yes"]}</a> - <a href="{rsvp_url("calendar.google.com", rng)}">'
           f'{U["maybe"]}</a> - <a href="{rsvp_url("calendar.google.com", rng)}">{U["no"]}</a> - <a href="{view}">{U["more"]}</a></p>'
           '</div></td></tr></table><p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/">'
           'Google Calendar</a></p></div>')
    htm = "<html><head></head><body>" + htm + "</body></html>"
    b1, b2 = "000000000000" + hexid(rng, 16), "000000000000" + hexid(rng, 16)
    tp = Part("text/plain", text=txt, charset="UTF-8", cte="base64", params=["format=flowed", "delsp=yes"])
    hp = Part("text/html", text=htm, charset="UTF-8", cte="quoted-printable")
    cp = _calpart(ics, "UTF-8", None, [f"method={method}"], "google")
    att = Part("application/ics", data=ics, cte="base64", params=['name="invite.ics"'],
               extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    ent = Multi("mixed", b1, [Multi("alternative", b2, [tp, hp, cp]), att])
    # ----- headers
    date, tdate = msgdate(spec, rng, "UTC", 1, 8)
    date = date.replace("+0000", "+0000")
    fromaddr = spec["from"]
    H = [("MIME-Version", "1.0"), ("Reply-To", addr(*fromaddr) if method != "REPLY" else None),
         ("Sender", "Google Calendar <calendar-notification@google.com>"), ("Auto-Submitted", "auto-generated"),
         ("Message-ID", f"<calendar-{uuid4(rng)}@google.com>" if method != "REPLY" else f"<{alnum(rng, 22)}@google.com>"),
         ("Date", date), ("Subject", enc_words(subj, "UTF-8")), ("From", addr(fromaddr[0], fromaddr[1])),
         ("To", ", ".join(addr(n, a) for n, a in spec["to"]))]
    if spec.get("sender_kind") == "free" and False:
        pass
    info = google_infra(spec, rng)
    hp_, body = top_content(ent)
    return H + hp_, body, info


def google_infra(spec, rng):
    y = year(spec)
    dom = spec["from"][1].split("@")[1].lower()
    sel = google_sel(y)
    n = rng.randint(41, 199)
    host = rng.choice([f"mail-sor-f{n}.google.com", f"mail-yw1-f{n}.google.com", f"mail-pj1-f{n}.google.com",
                       f"mail-qt1-f{n}.google.com", f"mail-wr1-f{n}.google.com"])
    sign = []
    if dom in ("gmail.com", "googlemail.com"):
        sign.append(("pass", "gmail.com", sel))
    elif spec.get("workspace_dkim", True):
        sign.append(("pass", dom, rng.choice(["google", "google", "gsuite"])))
    sign.append(("pass", "google.com", sel))
    env = f"3{alnum(rng, 10)}{hexid(rng, 10)}-{alnum(rng, 6)}.{alnum(rng, 12)}@calendar-server.bounces.google.com"
    t = t_before(spec["arrival"], rng, 1, 4)
    rec = [f"by {host} with SMTP id {hexid(rng, 8)}-{hexid(rng, 4)}{alnum(rng, 6).lower()}sor{rng.randint(1000000, 9999999)}"
           f"{alnum(rng, 3).lower()}.{rng.randint(1, 99)}{CRLF}        for <{spec['rcpt']}>{CRLF}        (Google Transport Security);"
           f"{CRLF}        {rfc2822_date(t, 'America/Los_Angeles')} ({'PDT' if rfc2822_date(t, 'America/Los_Angeles').endswith('0700') else 'PST'})"]
    post = [("X-Google-Smtp-Source", b64rand(rng, 60)[:80]),
            ("X-Received", f"by 2002:a05:{hexid(rng, 4)}:{hexid(rng, 4)}:b0:{hexid(rng, 3)}:{hexid(rng, 4)} with SMTP id "
                           f"{alnum(rng, 12).lower()}mr{rng.randint(1000000, 9999999)}{alnum(rng, 3).lower()}.{rng.randint(1, 99)};"
                           f"{CRLF}        {rfc2822_date(t, 'America/Los_Angeles')}")]
    pre = [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d=1e100.net; s={sel}; "
                                       f"t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};{CRLF}        h=to:from:subject:date:message-id:"
                                       f"auto-submitted:sender:reply-to:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;"
                                       f"{CRLF}        bh={b64rand(rng, 32)};{CRLF}        b={b64rand(rng, 96)}")]
    ip = rng.choice(GOOGLE_IPS) if rng.random() < 0.8 else "2001:db8:4860:%x::%x" % (rng.randint(1, 0xfff), rng.randint(1, 0xff))
    return dict(ip=ip, helo=host, rdns=host, envelope=env, spf="pass", sign=sign, received=rec, pre_sig=[], post_sig=post + pre)


# ------------------------------------------------------------------ Microsoft Outlook / Exchange
def exch_uid(rng):
    return "040000008200E00074C5B7101A82E00800000000" + hexid(rng, 16).upper() + "000000000000000010000000" + hexid(rng, 32).upper()


def ms_mailbox(rng, region=None):
    region = region or rng.choice(["EUR", "NAM", "APC", "GBR", "JPN", "IND", "AUS", "DEU"])
    r2 = {"EUR": ("AM0PR", "eurprd0"), "NAM": ("BN6PR", "namprd1"), "APC": ("SG2PR", "apcprd0"),
          "GBR": ("LO2P", "GBRP"), "JPN": ("TYCPR", "jpnprd0"), "IND": ("MA0PR", "INDPRD0"),
          "AUS": ("SY4PR", "ausprd0"), "DEU": ("FR3P", "DEUP")}[region]
    box = f"{r2[0]}{rng.randint(1, 9):02d}MB{rng.randint(1000, 9999)}"
    dom = f"{r2[1]}{rng.randint(1, 9)}.prod.outlook.com" if r2[1][-1] in "01" else f"{r2[1]}{rng.randint(100, 300)}.prod.outlook.com"
    return box, dom, region


def outlook(spec, rng):
    v = spec.get("variant") or "exo"
    if v == "desktop":
        return outlook_desktop(spec, rng)
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    loc = LOCALE.get(lang, "en-US")
    teams = ev.get("conference", "") or ""
    teams = teams if "teams.microsoft.com" in teams else ""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    for tz in tzids(spec):
        L += vtimezone_windows(tz)
    d = desc(ev, spec)
    if teams:
        tid = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        d = (d + "\n\n" if d else "") + ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                                          f"Click here to join the meeting<{teams}>\nMeeting ID: {tid}\nPasscode: {alnum(rng, 6)}\n"
                                          "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                                          "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                                          "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                                          f"meetingOptions/?organizerId={uuid4(rng)}&tenantId={uuid4(rng)}&threadId=19_meeting_{alnum(rng, 48)}@thread.v2&messageId=0&language={loc}>\n"
                                          + "_" * 80)
    for e in evs:
        L.append("BEGIN:VEVENT")
        if method != "REPLY":
            L.append(f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}")
        atts = e.get("attendees", [])
        if method == "REPLY":
            a = atts[0]
            L.append(f"ATTENDEE;PARTSTAT={a.get('partstat', 'ACCEPTED')};CN={cn(a.get('name'), a['addr'])}:mailto:{a['addr']}")
        else:
            for a in atts:
                if a["addr"] == org[1]:
                    continue
                n, ad, role, ps, rsvp, cu = att_common(a)
                L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn(n, ad)}:mailto:{ad}")
        if spec.get("reply_comment") and method in ("REPLY", "COUNTER"):
            L.append(f"COMMENT;LANGUAGE={loc}:" + esc(spec["reply_comment"]))
        if method != "REPLY":
            L.append(f"DESCRIPTION;LANGUAGE={loc}:" + esc(d if e is ev else desc(e, spec)))
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append(f"UID:{e.setdefault('uid', exch_uid(rng))}")
        L.append(f"SUMMARY;LANGUAGE={loc}:" + esc(e["summary"]) if method != "REPLY" else
                 f"SUMMARY;LANGUAGE={loc}:{U['acc']}: " + esc(e["summary"]))
        L += dt_pair(e, "win")
        L += [f"CLASS:{e.get('class', 'PUBLIC')}", f"PRIORITY:{e.get('priority', 5)}",
              f"DTSTAMP:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(3, 40)))}", "TRANSP:" + e.get("transp", "OPAQUE"),
              "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{e.get('sequence', 0)}"]
        if e.get("location") is not None or teams:
            L.append(f"LOCATION;LANGUAGE={loc}:" + esc(e.get("location") or ("Microsoft Teams Meeting" if teams else "")))
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{e.get('sequence', 0)}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{rng.randint(-2147483647, 2147483647)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if e.get("allday") else "FALSE"),
              f"X-MICROSOFT-CDO-IMPORTANCE:{1 if e.get('priority', 5) == 5 else 2}", "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if e.get("rrule") else "0")]
        if teams:
            L += [f"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{org[1]}\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{alnum(rng, 40)}-thread.v2!{hexid(rng, 32)}!{uuid4(rng)}",
                  "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams,
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/teamsforbusiness/" + uuid4(rng),
                  "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + alnum(rng, 40) + "@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,\"private\":true\\,\"type\":0}"]
        L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
        if e.get("location"):
            L.append(f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(e['location'])}")
        L += extra_props(e)
        if method == "REQUEST":
            for m in e.get("alarms", [15]):
                L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", trig(m, "exchange"), "ACTION:DISPLAY", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)
    # bodies
    s, e_ = times(ev)
    if method == "REPLY":
        kind = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[ev["attendees"][0].get("partstat", "ACCEPTED")]
        subj = spec.get("subject") or f"{U[kind]}: {ev['summary']}"
        txt = spec.get("reply_comment", "") + "\n"
    elif method == "CANCEL":
        subj = spec.get("subject") or (("Canceled" if lang == "en" else U["can"]) + f": {ev['summary']}")
        txt = d
    else:
        subj = spec.get("subject") or ev["summary"]
        txt = d
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    htmlbody = spec.get("html") or plain2html(txt)
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
           'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
           'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + htmlbody + "\n</div>\n</body>\n</html>\n")
    tz0 = ev.get("tz", "UTC")
    region = ("GBR" if tz0 == "Europe/London" else "DEU" if tz0 in ("Europe/Berlin", "Europe/Zurich", "Europe/Vienna") and rng.random() < 0.4
              else "EUR" if tz0.startswith(("Europe", "Africa")) or tz0 in ("Asia/Jerusalem",) else "NAM" if tz0.startswith("America")
              else "JPN" if tz0 == "Asia/Tokyo" else "IND" if tz0 in ("Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh") else "APC")
    box, mdom, region = ms_mailbox(rng, region)
    bnd = f"_000_{box}{hexid(rng, 20).upper()}{box}{mdom.split('.')[0]}_"
    cs = text_charset(spec, "utf-8")
    cte = spec.get("cte") or rng.choice(["quoted-printable", "base64"])
    parts = [Part("text/plain", text=txt, charset=cs, cte=cte), Part("text/html", text=htm, charset=cs, cte=cte),
             _calpart(ics, "utf-8", "base64", [f"method={method}"], "outlook")]
    ent = Multi("alternative", bnd, parts)
    dom = spec["from"][1].split("@")[1].lower()
    date, t = msgdate(spec, rng, "UTC", 2, 20)
    msgid = f"<{box}{hexid(rng, 20).upper()}@{box}.{mdom}>"
    tidx = "AQH" + b64rand(rng, 18)[:24]
    H = [("From", addr(*spec["from"])), ("To", ", ".join(addr(n, a) for n, a in spec["to"]))]
    if spec.get("cc"):
        H.append(("CC", ", ".join(addr(n, a) for n, a in spec["cc"])))
    H += [("Subject", enc_words(subj, "utf-8")), ("Thread-Topic", enc_words(ev["summary"], "utf-8")),
          ("Thread-Index", tidx), ("Date", date), ("Message-ID", msgid), ("Accept-Language", f"{loc}, en-US" if loc != "en-US" else "en-US"),
          ("Content-Language", loc), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + b64rand(rng, 30)[:40]),
          ("x-ms-publictraffictype", "Email"),
          ("x-ms-traffictypediagnostic", f"{box}:EE_|{ms_mailbox(rng, region)[0]}:EE_"),
          ("x-ms-office365-filtering-correlation-id", uuid4(rng))]
    hp_, body = top_content(ent)
    H += hp_
    H += [("MIME-Version", "1.0"), ("X-OriginatorOrg", dom),
          ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
          ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", t.strftime("%d %b %Y %H:%M:%S.") + f"{rng.randint(1000, 9999)} (UTC)"),
          ("X-MS-Exchange-CrossTenant-Id", uuid4(rng)),
          ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", box)]
    info = ms_infra(spec, rng, box, mdom, region, v)
    return H, body, info


def ms_infra(spec, rng, box, mdom, region, v):
    dom = spec["from"][1].split("@")[1].lower()
    fa = spec["from"][1]
    code = {"EUR": "EUR05-AM6", "NAM": "NAM10-BN8", "APC": "APC01-SG2", "GBR": "GBR01-LO2", "JPN": "JPN01-TYC",
            "IND": "IND01-MAX", "AUS": "AUS01-SY4", "DEU": "DEU01-FR3"}[region]
    rd = f"mail-{code.split('-')[1].lower()}{code.split('-')[0].lower()}{rng.randint(1, 9):02d}on{rng.randint(2000, 2199)}.outbound.protection.outlook.com"
    sign = []
    if v == "outlookcom" or dom in ("outlook.com", "hotmail.com", "live.com", "outlook.de", "hotmail.fr", "outlook.jp"):
        sign = [("pass", dom, "selector1")]
    elif spec.get("tenant_dkim", True):
        sign = [("pass", dom, rng.choice(["selector1", "selector2"]))]
    else:
        ten = re.sub(r"[^a-z0-9]", "", dom.split(".")[0])[:20]
        sign = [("pass", f"{ten}.onmicrosoft.com", f"selector1-{ten}-onmicrosoft-com")]
    t = t_before(spec["arrival"], rng, 1, 6)
    rec = [f"from {box}.{mdom} ({ip6(rng)}) by{CRLF} {ms_mailbox(rng, region)[0]}.{mdom} ({ip6(rng)}) with{CRLF} Microsoft SMTP Server"
           f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(7000, 8999)}.{rng.randint(10, 40)};"
           f" {rfc2822_date(t, 'UTC')}",
           f"from {box}.{mdom}{CRLF} ([fe80::{hexid(rng, 4)}:{hexid(rng, 4)}:{hexid(rng, 4)}:{hexid(rng, 4)}]) by {box}.{mdom}{CRLF}"
           f" ([fe80::{hexid(rng, 4)}:{hexid(rng, 4)}:{hexid(rng, 4)}:{hexid(rng, 4)}%{rng.randint(3, 7)}]) with mapi id 15.20.{rng.randint(7000, 8999)}.{rng.randint(10, 40)};"
           f" {rfc2822_date(t - dt.timedelta(seconds=1), 'UTC')}"]
    arc = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;{CRLF} b={b64rand(rng, 120)}"),
           ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;{CRLF} s=arcselector10001;"
                                     f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;{CRLF} bh={b64rand(rng, 32)};{CRLF} b={b64rand(rng, 120)}"),
           ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=none; dmarc=none;{CRLF} dkim=none; arc=none")]
    if v == "outlookcom":
        arc = arc[:2] + [("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none; dkim=none; arc=none")]
    ip = rng.choice(MS_IPS) if rng.random() < 0.7 else "2001:db8:a01:%x::%x" % (rng.randint(1, 0xfff), rng.randint(1, 0xff))
    return dict(ip=ip, helo=f"{code}-obe.outbound.protection.outlook.com", rdns=rd, envelope=fa, spf="pass", sign=sign,
                received=rec, pre_sig=arc, post_sig=[])


def outlook_desktop(spec, rng):
    """Outlook for Windows sending through an SMTP account (not Exchange): MIMEDIR style."""
    lang = spec["lang"]
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    ver = "16.0" if arr.year >= 2016 else "15.0"
    L = ["BEGIN:VCALENDAR", f"PRODID:-//Microsoft Corporation//Outlook {ver} MIMEDIR//EN", "VERSION:2.0", f"METHOD:{method}",
         "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    for tz in tzids(spec):
        L += vtimezone_windows(tz)
    d = desc(ev, spec)
    for e in evs:
        L.append("BEGIN:VEVENT")
        for a in e.get("attendees", []):
            if a["addr"] == org[1]:
                continue
            L.append(f"ATTENDEE;CN={cn(a.get('name'), a['addr'], True)};RSVP=TRUE:mailto:{a['addr']}")
        L += [f"CLASS:{e.get('class', 'PUBLIC')}", f"CREATED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(20, 900)))}",
              "DESCRIPTION:" + esc(desc(e, spec))]
        ds = dt_pair(e, "tzidq")
        L += [ds[1], f"DTSTAMP:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 30)))}", ds[0],
              f"LAST-MODIFIED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 30)))}"]
        if e.get("location"):
            L.append(f"LOCATION:{esc(e['location'])}")
        L += [f"ORGANIZER;CN={cn(org[0], org[1], True)}:mailto:{org[1]}", f"PRIORITY:{e.get('priority', 5)}"]
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L += [f"SEQUENCE:{e.get('sequence', 0)}", f"SUMMARY;LANGUAGE={LOCALE.get(lang, 'en-US').split('-')[0]}:{esc(e['summary'])}",
              "TRANSP:" + e.get("transp", "OPAQUE"), f"UID:{e.setdefault('uid', exch_uid(rng))}"]
        alt = e.get("altdesc_html") or ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n<HEAD>\n<META NAME=\"Generator\" "
                                         "CONTENT=\"MS Exchange Server version rmj.rmm.rup.rpr\">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n"
                                         f"<!-- Converted from text/rtf format -->\n\n<P DIR=LTR><SPAN LANG=\"{LOCALE.get(lang, 'en-US')}\">"
                                         + plain2html(desc(e, spec)) + "</SPAN></P>\n\n</BODY>\n</HTML>")
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt))
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", f"X-MICROSOFT-CDO-IMPORTANCE:{1 if e.get('priority', 5) == 5 else 2}",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
        L += extra_props(e)
        for m in e.get("alarms", [15]):
            L += ["BEGIN:VALARM", trig(m), "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L, spec.get("quirks", ()))
    cs = text_charset(spec, "utf-8")
    txt = spec.get("mail_note") if spec.get("mail_note") is not None else d
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset='
           + cs + '"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=' + LOCALE.get(lang, "en-US")
           + ' link="#0563C1" vlink="#954F72"><div class=WordSection1><p class=MsoNormal>'
           + (spec.get("html") or plain2html(txt)) + "<o:p></o:p></p></div></body></html>")
    nid = f"{hexid(rng, 4).upper()}_{hexid(rng, 4).upper()}_01DA{hexid(rng, 4).upper()}.{hexid(rng, 8).upper()}"
    b = f"----=_NextPart_000_{nid}"
    cte = spec.get("cte") or "quoted-printable"
    parts = [Part("text/plain", text=txt, charset=cs, cte=cte), Part("text/html", text=htm, charset=cs, cte=cte),
             _calpart(ics, "utf-8", rng.choice(["quoted-printable", "base64", "8bit"]) if not is_ascii(ics) else "7bit",
                      [f"method={spec.get('param_method', method)}" if "method-mismatch" in spec.get("quirks", ()) else f"method={method}"], "outlook")]
    ent = Multi("alternative", b, parts)
    dom = spec["from"][1].split("@")[1]
    date, t = msgdate(spec, rng)
    H = [("From", addr(*spec["from"], charset=cs, quote_always=True)), ("To", ", ".join(addr(n, a, cs, True) for n, a in spec["to"])),
         ("Subject", enc_words(spec.get("subject") or ev["summary"], cs)), ("Date", date),
         ("Message-ID", f"<000{rng.randint(0, 9)}01da{hexid(rng, 4)}${hexid(rng, 8)}${hexid(rng, 8)}@{dom}>"),
         ("MIME-Version", "1.0")]
    hp_, body = top_content(ent)
    H += hp_ + [("X-Mailer", f"Microsoft Outlook {ver}"), ("Thread-Index", "AQH" + b64rand(rng, 18)[:24]),
                ("Content-Language", LOCALE.get(lang, "en-US").lower())]
    info = sender_infra(spec, rng)
    return H, body, info


def sender_infra(spec, rng, mailer=None):
    """Infra for clients that submit through the sender's own or provider's SMTP."""
    kind = spec.get("sender_kind", "owned")
    dom = spec["from"][1].split("@")[1].lower()
    if kind == "free":
        return freemail_infra(spec, rng, dom)
    k = {"owned": "owned", "compromised": "owned", "lookalike": "lookalike", "vps": "vps", "spoof": "spoof",
         "esp": "esp"}.get(kind, "owned")
    return generic_infra(rng, spec, k, dom, spec.get("sender_tz", "UTC"), mailer or rng.choice(["postfix", "exim", "postfix"]))


FREEMAIL_HOSTS = {
    "gmx.de": ("mout.gmx.net", "s31663417"), "web.de": ("mout.web.de", "s29768273"), "gmx.net": ("mout.gmx.net", "s31663417"),
    "mail.ru": ("smtp{n}.i.mail.ru", "mail4"), "yandex.ru": ("forward{n}a.mail.yandex.net", "mail"),
    "orange.fr": ("smtp-{n}.smtp.orange.fr", "t20230301"), "libero.it": ("libero.it", "s2021"),
    "wp.pl": ("mx.wp.pl", "1024a"), "naver.com": ("cvsmtppost{n}.nm.naver.com", "s20171208"),
    "qq.com": ("out{n}-{n}.mail.qq.com", "s201512"), "163.com": ("m{n}-{n}.mail.163.com", "s110527"),
    "gmail.com": ("mail-wm1-f{n}.google.com", None), "outlook.com": ("mail-{n}.outbound.protection.outlook.com", "selector1"),
    "hotmail.com": ("mail-{n}.outbound.protection.outlook.com", "selector1"), "yahoo.com": ("sonic3{n}.consmr.mail.ne1.yahoo.com", "s2048"),
    "icloud.com": ("st43p00im-zteg{n}.me.com", "1a1hai"), "me.com": ("st43p00im-zteg{n}.me.com", "1a1hai"),
    "seznam.cz": ("mxf{n}.seznam.cz", "szn20221014"), "free.fr": ("smtp{n}-g21.free.fr", "smtp-20201208"),
    "yahoo.co.jp": ("nh{n}-vm{n}.bizmail.yahoo.co.jp", "yj20110701"), "hanmail.net": ("mail{n}.daum.net", "20190628"),
    "rediffmail.com": ("rediffmail.com", None),
}


def freemail_infra(spec, rng, dom):
    host, sel = FREEMAIL_HOSTS.get(dom, ("smtp.{n}." + dom, "default"))
    host = host.replace("{n}", str(rng.randint(1, 40)))
    if "google" in host:
        sel = google_sel(year(spec))
    pool = "c" if any(x in host for x in ("google", "me.com")) else "b"
    ip = ip4(rng, pool)
    sign = [("pass", dom, sel)] if sel else []
    t = t_before(spec["arrival"], rng, 1, 8)
    rec = [f"from [{'192.168.%d.%d' % (rng.randint(0, 9), rng.randint(2, 200))}] ([{ip4(rng, 'a')}]) by {host}{CRLF}"
           f"\t with ESMTPSA id {hexid(rng, 12)}; {rfc2822_date(t, spec.get('sender_tz', 'UTC'))}"]
    return dict(ip=ip, helo=host, rdns=host, envelope=spec["from"][1], spf="pass", sign=sign, received=rec)


# ------------------------------------------------------------------ Apple
def apple(spec, rng):
    v = spec.get("variant") or "ios"
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    y = arr.year
    if v == "icloudweb":
        prodid = "-//CALENDARSERVER.ORG//NONSGML Version 1//EN"
    else:
        osv = {2016: "10.11.6", 2017: "10.12.6", 2018: "10.13.6", 2019: "10.14.6", 2020: "10.15.7", 2021: "11.6",
               2022: "12.6", 2023: "13.5", 2024: "14.4.1", 2025: "15.3", 2026: "26.1"}.get(y, "14.4.1")
        ios = {2016: "10.2", 2017: "11.1", 2018: "12.1", 2019: "13.2", 2020: "14.2", 2021: "15.1", 2022: "16.1",
               2023: "17.1", 2024: "17.4.1", 2025: "18.3", 2026: "26.0.1"}.get(y, "17.4")
        prodid = f"-//Apple Inc.//Mac OS X {osv}//EN" if (v == "mac" and y < 2021) else (
            f"-//Apple Inc.//macOS {osv}//EN" if v == "mac" else f"-//Apple Inc.//iPhone OS {ios}//EN")
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN"]
    for tz in tzids(spec):
        L += vtimezone_olson(tz, "apple")
    for e in evs:
        L.append("BEGIN:VEVENT" if e.get("kind") != "VTODO" else "BEGIN:VTODO")
        L.append("TRANSP:" + e.get("transp", "OPAQUE"))
        ds = dt_pair(e, "tzid")
        L.append(ds[1])
        L.append(f"UID:{e.setdefault('uid', uuid4(rng, True))}")
        L.append(f"DTSTAMP:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 30)))}")
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("url"):
            L.append("URL;VALUE=URI:" + e["url"])
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        L.append(f"SEQUENCE:{e.get('sequence', 0)}")
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        L.append("SUMMARY:" + esc(e["summary"]))
        L.append(f"LAST-MODIFIED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 30)))}")
        L.append(f"CREATED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(60, 3000)))}")
        L.append(ds[0])
        L.append(f"ORGANIZER;CN={cn(org[0], org[1], True)};EMAIL={org[1]}:mailto:{org[1]}")
        atts = e.get("attendees", [])
        if method == "REPLY":
            atts = atts[:1]
        for a in atts:
            n, ad, role, ps, rsvp, cu = att_common(a)
            if ad == org[1]:
                L.append(f"ATTENDEE;CN={cn(n, ad, True)};CUTYPE=INDIVIDUAL;EMAIL={ad};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{ad}")
            else:
                L.append(f"ATTENDEE;CN={cn(n, ad, True)};CUTYPE={cu};EMAIL={ad};PARTSTAT={ps};ROLE={role}"
                         + (";RSVP=TRUE" if rsvp and method != "REPLY" else "") + f":mailto:{ad}")
        L += extra_props(e)
        for m in e.get("alarms", []):
            au = uuid4(rng, True)
            L += ["BEGIN:VALARM", f"X-WR-ALARMUID:{au}", f"UID:{au}", trig(m), "ACTION:DISPLAY",
                  "DESCRIPTION:Reminder" if lang == "en" else "DESCRIPTION:" + ui(lang)["reminder"], "END:VALARM"]
        L.append("END:VEVENT" if e.get("kind") != "VTODO" else "END:VTODO")
    L.append("END:VCALENDAR")
    quirks = spec.get("quirks", ())
    ics = ics_of(spec, L, quirks)
    cs = text_charset(spec, "utf-8")
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, ev.get("allday"))
    if v == "icloudweb":
        txt = spec.get("mail_note")
        if txt is None:
            txt = f"{org[0]} {U['invby']} \"{ev['summary']}\"\n{when}\n" + (ev.get("location", "") + "\n" if ev.get("location") else "")
        htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:-apple-system,Helvetica\">"
               f"<p>{html.escape(org[0] or org[1])} {html.escape(U['invby'])} <b>{html.escape(ev['summary'])}</b></p>"
               f"<p>{html.escape(when)}</p>" + (f"<p>{html.escape(ev.get('location', ''))}</p>" if ev.get("location") else "")
               + f"<p><a href=\"https://www.icloud.com/calendar/inbox/{alnum(rng, 40)}?response=accept\">{U['yes']}</a> &nbsp; "
               f"<a href=\"https://www.icloud.com/calendar/inbox/{alnum(rng, 40)}?response=decline\">{U['no']}</a> &nbsp; "
               f"<a href=\"https://www.icloud.com/calendar/inbox/{alnum(rng, 40)}?response=maybe\">{U['maybe']}</a></p>"
               "<p style=\"color:#888;font-size:11px\">iCloud</p></body></html>")
        b1, b2 = f"Apple-Webmail-{hexid(rng, 8)}", f"Apple-Webmail-{hexid(rng, 8)}"
        ent = Multi("mixed", b1, [Multi("alternative", b2, [Part("text/plain", text=txt, charset=cs, cte="quoted-printable"),
                                                            Part("text/html", text=htm, charset=cs, cte="quoted-printable")]),
                                  Part("text/calendar", data=ics, cte="base64",
                                       params=[f"method={method}", 'name="invite.ics"'],
                                       extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
        mid = f"<{uuid4(rng).upper()}@icloud.com>"
        xm = None
    else:
        txt = spec.get("mail_note", "")
        stamp = arr.strftime("%Y%m%d-%H%M%S")
        b = f"Apple-Mail=_{uuid4(rng, True)}" if v == "mac" else f"Apple-Mail-{uuid4(rng, True)}"
        tp = Part("text/plain", text=txt, charset="us-ascii" if is_ascii(txt.encode("utf-8")) else cs,
                  cte="7bit" if is_ascii(txt.encode("utf-8")) else "quoted-printable", charset_quoted=False)
        cp = Part("text/calendar", data=ics, cte="quoted-printable" if v == "mac" else "base64", params=[], bare_lf=False)
        cp.ctype = f"text/calendar; charset=utf-8; method={spec.get('param_method', method) if 'method-mismatch' in quirks else method}; name=iCal-{stamp}.ics"
        cp.extra = [("Content-Disposition", f"attachment; filename=iCal-{stamp}.ics")]
        ent = Multi("mixed", b, [tp, cp])
        mid = f"<{uuid4(rng, True)}@{spec['from'][1].split('@')[1]}>"
        xm = f"Apple Mail (2.{spec.setdefault('_amv', rng.choice(['3445.104.21', '3608.120.23', '3654.120.0.1.13', '3731.700.6', '3774.500.171.1.1']))})" \
            if v == "mac" else f"iPhone Mail ({rng.choice(['14G60', '15B93', '16B92', '17B84', '18B92', '19B74', '20B82', '21E236', '22D72'])})"
    if method == "REPLY":
        subj = spec.get("subject") or f"{U[{'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ev['attendees'][0].get('partstat', 'ACCEPTED')]]}: {ev['summary']}"
    else:
        subj = spec.get("subject") or (f"{U['inv']}: {ev['summary']}" if v == "icloudweb" else
                                       f"{U['inv']}: {ev['summary']} ({when})")
    date, t = msgdate(spec, rng)
    H = [("From", addr(*spec["from"], charset=cs)), ("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % spec.setdefault("_amv", rng.choice(['3445.104.21', '3608.120.23', '3654.120.0.1.13', '3731.700.6', '3774.500.171.1.1'])) if v == "mac" else "1.0 (1.0)"),
         ("Subject", enc_words(subj, cs, q=sum(ord(ch) > 127 for ch in subj) < len(subj) // 4)), ("Date", date), ("Message-Id", mid),
         ("To", ", ".join(addr(n, a, cs) for n, a in spec["to"]))]
    if xm:
        H.append(("X-Mailer", xm))
    hp_, body = top_content(ent)
    H = [h for h in H if h[0] != "Content-Type"]
    H[1:1] = [x for x in hp_ if x[0] == "Content-Type"] + [("Content-Transfer-Encoding", "7bit")] if v != "icloudweb" else [x for x in hp_]
    dom = spec["from"][1].split("@")[1].lower()
    if dom in ("icloud.com", "me.com", "mac.com"):
        host = f"{rng.choice(['st43p00im', 'pv50p00im', 'mr85p00im', 'qs51p00im'])}-{rng.choice(['zteg', 'ztdg', 'ztfb'])}{rng.randint(10010000, 10109999)}.me.com"
        t2 = t_before(spec["arrival"], rng, 1, 5)
        info = dict(ip=rng.choice(APPLE_IPS), helo=host, rdns=host, envelope=spec["from"][1], spf="pass",
                    sign=[("pass", dom if dom != "mac.com" else "icloud.com", "1a1hai")],
                    received=[f"from smtpclient.apple (unknown [{ip4(rng, 'a')}]){CRLF}\tby {host} (Postfix) with ESMTPSA id "
                              f"{hexid(rng, 10).upper()}{CRLF}\tfor <{spec['rcpt']}>; {rfc2822_date(t2, 'UTC')} (UTC)"])
    else:
        info = sender_infra(spec, rng)
    return H, body, info


# ------------------------------------------------------------------ Thunderbird / Lightning
def thunderbird(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    y = arr.year
    tbv = {2016: "45.8.0", 2017: "52.5.0", 2018: "52.9.1", 2019: "60.9.0", 2020: "68.12.0", 2021: "78.14.0",
           2022: "91.13.0", 2023: "102.15.1", 2024: "115.10.1", 2025: "128.7.0", 2026: "140.3.0"}.get(y, "115.8.1")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0", f"METHOD:{method}"]
    for tz in tzids(spec):
        L += vtimezone_olson(tz, "mozilla")
    for e in evs:
        comp = e.get("kind", "VEVENT")
        L.append("BEGIN:" + comp)
        L += [f"CREATED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(30, 3000)))}",
              f"LAST-MODIFIED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 20)))}",
              f"DTSTAMP:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(2, 20)))}",
              f"UID:{e.setdefault('uid', uuid4(rng))}", "SUMMARY:" + esc(e["summary"])]
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append(f"ORGANIZER;RSVP=TRUE;CN={cn(org[0], org[1])};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{org[1]}")
        atts = e.get("attendees", [])
        if method == "REPLY":
            atts = atts[:1]
        for a in atts:
            if a["addr"] == org[1]:
                continue
            n, ad, role, ps, rsvp, cu = att_common(a)
            L.append(f"ATTENDEE;RSVP={'TRUE' if rsvp else 'FALSE'};" + (f"CN={cn(n, ad)};" if n else "")
                     + f"PARTSTAT={ps};ROLE={role}:mailto:{ad}")
        L += dt_pair(e, "tzid")
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for (u, ft, fn) in e.get("attach", []):
            L.append(f"ATTACH;FILENAME={fn}:{u}" if fn else f"ATTACH:{u}")
        L += [f"SEQUENCE:{e.get('sequence', 0)}", "X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
        if comp == "VEVENT":
            L.append("TRANSP:" + e.get("transp", "OPAQUE"))
        L.append(f"X-MOZ-GENERATION:{rng.randint(1, 4)}")
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", trig(m, "mozilla"), "DESCRIPTION:Default Mozilla Description", "END:VALARM"]
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L, spec.get("quirks", ()))
    s, e_ = times(ev)
    atts = ev.get("attendees", [])
    if method == "REPLY":
        a = atts[0]
        kind = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[a.get("partstat", "ACCEPTED")]
        subj = spec.get("subject") or f"{U[kind]}: {ev['summary']}"
        txt = spec.get("mail_note") or f"{a.get('name') or a['addr']} has {a.get('partstat', 'accepted').lower()} your event invitation.\n"
    else:
        subj = spec.get("subject") or ((U["can"] if method == "CANCEL" else U["inv"]) + f": {ev['summary']}")
        txt = spec.get("mail_note")
        if txt is None:
            txt = (f"{U['inv']}: {ev['summary']}\n\n{U['when']}:\n{fmt_when(s, e_, lang, ev.get('allday'))} {ev.get('tz', '')}\n\n"
                   + (f"{U['where']}:\n{ev['location']}\n\n" if ev.get("location") else "")
                   + f"{U['org']}:\n{org[0]} <{org[1]}>\n\n{U['guests']}:\n"
                   + "".join(f"{a.get('name') or ''} <{a['addr']}>\n" for a in atts[:30])
                   + (f"\nDescription:\n{desc(ev, spec)}\n" if desc(ev, spec) else ""))
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    cs = text_charset(spec, "UTF-8")
    b1, b2 = "------------" + alnum(rng, 24), "------------" + alnum(rng, 24)
    tp = Part("text/plain", text=txt, charset=cs, cte=spec.get("cte") or "8bit", params=["format=flowed"], charset_quoted=False)
    cp = Part("text/calendar", data=ics, cte="8bit" if not is_ascii(ics) else "7bit")
    cp.ctype = f"text/calendar; method={method}; charset=UTF-8"
    att = Part("application/ics", data=ics, cte="base64", params=['name="invite.ics"'],
               extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    ent = Multi("mixed", b1, [Multi("alternative", b2, [tp, cp]), att])
    date, t = msgdate(spec, rng)
    dom = spec["from"][1].split("@")[1]
    osp = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    H = [("Message-ID", f"<{uuid4(rng)}@{dom}>"), ("Date", date), ("MIME-Version", "1.0"),
         ("User-Agent", f"Mozilla/5.0 ({osp}; rv:{tbv.split('.')[0]}.0) Gecko/20100101 Thunderbird/{tbv}"
          + (f" Lightning/{ {45: '4.7.8', 52: '5.4.5', 60: '6.2.9', 68: '6.2.9.1'}.get(int(tbv.split('.')[0]), '6.2')}" if int(tbv.split('.')[0]) < 78 else "")),
         ("Content-Language", LOCALE.get(lang, "en-US")), ("To", ", ".join(addr(n, a, cs) for n, a in spec["to"])),
         ("From", addr(*spec["from"], charset=cs)), ("Subject", enc_words(subj, cs))]
    hp_, body = top_content(ent)
    H += hp_
    return H, body, sender_infra(spec, rng)


# ------------------------------------------------------------------ Zoom (webinar registration)
def zoom(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    ev = events(spec)[0]
    arr = spec["arrival"]
    host = ev["organizer"]
    sub = rng.choice(["us02web", "us06web", "us05web", "zoom"])
    wid = f"{rng.randint(800, 899)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
    link = ev.get("conference") or f"https://{sub}.zoom.us/w/{wid}?tk={alnum(rng, 43)}"
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "CLASS:PUBLIC"]
    L += vtimezone_olson(ev["tz"], "zoom")
    L += ["BEGIN:VEVENT", f"DTSTAMP:{fmt_utc(arr)}"] + dt_pair(ev, "tzid") + [
        "SUMMARY:" + esc(ev["summary"]), f"UID:{ev.setdefault('uid', fmt_utc(arr) + '-' + wid + '@zoom.us')}",
        f"TZID:{ev['tz']}", "DESCRIPTION:" + esc(desc(ev, spec) + f"\n\n{U['join']}: {link}\n\nWebinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}"),
        f"LOCATION:{link}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = ics_of(spec, L)
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, False, ev["tz"])
    d = desc(ev, spec)
    htm = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           "<body style=\"font-family:Helvetica,Arial,sans-serif;color:#232333\"><table width=\"600\" align=\"center\"><tr><td>"
           f"<p>Hi {html.escape(spec['to'][0][0] or spec['rcpt'].split('@')[0])},</p>"
           f"<p>Thank you for registering for <b>{html.escape(ev['summary'])}</b>.</p>"
           f"<p>{plain2html(d)}</p><p><b>Date Time:</b> {html.escape(when)}</p>"
           f"<p><a href=\"{link}\" style=\"background:#0e71eb;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none\">"
           f"{U['join']}</a></p><p>Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}<br>Passcode: {rng.randint(100000, 999999)}</p>"
           f"<p>Add to: <a href=\"https://{sub}.zoom.us/webinar/tZ{alnum(rng, 30)}/ics?icsToken={alnum(rng, 60)}\">iCal</a> "
           f"<a href=\"https://{sub}.zoom.us/webinar/tZ{alnum(rng, 30)}/ics?type=google\">Google Calendar</a></p>"
           f"<p>You can cancel your registration at any time.</p><p style=\"font-size:11px;color:#747487\">"
           "Copyright ©" + str(arr.year) + " Zoom Video Communications, Inc. All rights reserved.</p></td></tr></table></body></html>")
    b = alnum(rng, 20).lower()
    ent = Multi("mixed", b, [Part("text/html", text=htm, charset="UTF-8", cte="quoted-printable"),
                             Part("text/calendar", data=ics, cte="base64", params=[], extra=[
                                 ("Content-Disposition", 'attachment; filename="invite.ics"')])])
    ent.parts[1].ctype = 'text/calendar; charset=UTF-8; name="invite.ics"'
    subj = spec.get("subject") or f"{ev['summary']} Confirmation"
    date, t = msgdate(spec, rng, "UTC")
    H = [("From", addr(host[0], "no-reply@zoom.us")), ("Reply-To", addr(host[0], host[1])),
         ("To", addr(spec["to"][0][0], spec["rcpt"])), ("Subject", enc_words(subj, "UTF-8")), ("Date", date),
         ("Message-ID", f"<{alnum(rng, 22)}@geopod-ismtpd-{rng.randint(1, 40)}>"), ("MIME-Version", "1.0")]
    hp_, body = top_content(ent)
    H += hp_
    env = f"bounces+{rng.randint(10000000, 39999999)}-{hexid(rng, 4)}-{spec['rcpt'].replace('@', '=')}@em{rng.randint(1000, 9999)}.zoom.us"
    host_ = f"o{rng.randint(1, 9)}.ptr{rng.randint(1000, 9999)}.zoom.us"
    info = dict(ip=rng.choice(ZOOM_IPS), helo=host_, rdns=host_, envelope=env, spf="pass",
                sign=[("pass", "zoom.us", "s1"), ("pass", "sendgrid.info", "smtpapi")], received=[])
    return H, body, info


# ------------------------------------------------------------------ Nextcloud
def nextcloud(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    y = arr.year
    appv = {2016: "1.5.0", 2017: "1.5.7", 2018: "1.6.4", 2019: "1.7.3", 2020: "2.1.3", 2021: "2.3.4", 2022: "3.5.2",
            2023: "4.5.2", 2024: "4.7.6", 2025: "5.2.0", 2026: "5.5.1"}.get(y, "4.7.6")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", f"PRODID:-//IDN nextcloud.com//Calendar app {appv}//EN",
         f"METHOD:{method}"]
    for tz in tzids(spec):
        L += vtimezone_olson(tz, "nextcloud")
    for e in evs:
        L += ["BEGIN:VEVENT", f"CREATED:{fmt_utc(arr - dt.timedelta(seconds=rng.randint(30, 900)))}",
              f"DTSTAMP:{fmt_utc(arr)}", f"LAST-MODIFIED:{fmt_utc(arr)}", f"SEQUENCE:{e.get('sequence', 2)}",
              f"UID:{e.setdefault('uid', uuid4(rng))}"]
        L += dt_pair(e, "tzid")
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L += ["STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), "SUMMARY:" + esc(e["summary"])]
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for (u, ft, fn) in e.get("attach", []):
            L.append(f"ATTACH;FMTTYPE={ft};FILENAME=/{fn};X-NC-FILE-ID={rng.randint(1000, 99999)};X-NC-HAS-PREVIEW=false:{u}")
        for a in e.get("attendees", []):
            n, ad, role, ps, rsvp, cu = att_common(a)
            if ad == org[1]:
                continue
            L.append(f"ATTENDEE;CN={cn(n, ad)};CUTYPE={cu};PARTSTAT={ps};ROLE={role};RSVP={'TRUE' if rsvp else 'FALSE'}"
                     f";LANGUAGE={lang}:mailto:{ad}")
        L.append(f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}")
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + trig(m).split(":", 1)[1], "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, ev.get("allday"), ev.get("tz", ""))
    title = f"{org[0]} {U['invby']} »{ev['summary']}«" if method == "REQUEST" else f"{U['can']}: {ev['summary']}"
    d = desc(ev, spec)
    txt = (f"{title}\n\n{U['when']}: {when}\n" + (f"{U['where']}: {ev['location']}\n" if ev.get("location") else "")
           + (f"\n{d}\n" if d else "") + f"\n{U['org']}: {org[0]}\n{U['guests']}: "
           + ", ".join((a.get('name') or a['addr']) for a in ev.get("attendees", [])[:20])
           + (f"\n\n{U['yes']}: https://{spec['nc_host']}/index.php/apps/dav/invitation/accept/{hexid(rng, 60)}\n"
              f"{U['no']}: https://{spec['nc_host']}/index.php/apps/dav/invitation/decline/{hexid(rng, 60)}\n" if method == "REQUEST" else "")
           + "\n--\nNextcloud - a safe home for all your data\nThis is an automatically sent email, please do not reply.\n")
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table style=\"font-family:-apple-system,"
           "BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif\"><tr><td>" + f"<h2>{html.escape(title)}</h2>"
           + f"<p><b>{U['when']}</b> {html.escape(when)}</p>"
           + (f"<p><b>{U['where']}</b> {html.escape(ev.get('location', ''))}</p>" if ev.get("location") else "")
           + (f"<p>{plain2html(d)}</p>" if d else "")
           + f"<p><a href=\"https://{spec['nc_host']}/index.php/apps/dav/invitation/accept/{hexid(rng, 60)}\">{U['yes']}</a> "
           f"<a href=\"https://{spec['nc_host']}/index.php/apps/dav/invitation/decline/{hexid(rng, 60)}\">{U['no']}</a></p>"
           "<p style=\"color:#767676\">Nextcloud - a safe home for all your data</p></td></tr></table></body></html>")
    cs = text_charset(spec, "utf-8")
    b1, b2 = alnum(rng, 8), alnum(rng, 8)
    cp = Part("text/calendar", data=ics, cte="quoted-printable" if y >= 2021 else "base64")
    cp.ctype = f"text/calendar; method={method}; charset=utf-8; name=event.ics"
    cp.extra = [("Content-Disposition", "attachment; name=event.ics; filename=event.ics")]
    ent = Multi("mixed", b1, [Multi("alternative", b2, [Part("text/plain", text=txt, charset=cs, cte="quoted-printable", charset_quoted=False),
                                                        Part("text/html", text=htm, charset=cs, cte="quoted-printable", charset_quoted=False)]), cp])
    subj = spec.get("subject") or (f"{U['inv']}: {ev['summary']}" if method == "REQUEST" else f"{U['can']}: {ev['summary']}")
    date, t = msgdate(spec, rng)
    fromname = f"{org[0]} via Nextcloud" if rng.random() < 0.7 else "Nextcloud"
    H = [("Reply-To", addr(org[0], org[1])), ("From", addr(fromname, spec["from"][1])),
         ("To", ", ".join(addr(n, a) for n, a in spec["to"])), ("Subject", enc_words(subj, "utf-8")),
         ("Message-ID", f"<{hexid(rng, 32)}@{spec['nc_host']}>"), ("MIME-Version", "1.0"), ("Date", date)]
    hp_, body = top_content(ent)
    H += hp_
    return H, body, sender_infra(spec, rng, "postfix")


# ------------------------------------------------------------------ Zimbra
def zimbra(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    y = arr.year
    zv = "8.7.11_GA_1854" if y < 2019 else ("8.8.15_GA_3953" if y < 2022 else ("9.0.0_GA_4546" if y < 2025 else "10.1.4_GA_4200"))
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:Calendar" if rng.random() < 0.3 else None, "PRODID:Zimbra-Calendar-Provider",
         "VERSION:2.0", f"METHOD:{method}"]
    L = [x for x in L if x]
    for tz in tzids(spec):
        L += vtimezone_windows(tz, zimbra=True)
    for e in evs:
        L += ["BEGIN:VEVENT", f"UID:{e.setdefault('uid', uuid4(rng))}", "SUMMARY:" + esc(e["summary"])]
        for a in e.get("attendees", []):
            n, ad, role, ps, rsvp, cu = att_common(a)
            if ad == org[1]:
                continue
            L.append(f"ATTENDEE;CN={cn(n, ad)};ROLE={role};PARTSTAT={ps};RSVP={'TRUE' if rsvp else 'FALSE'}:mailto:{ad}")
        L.append(f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}")
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L += dt_pair(e, "zimbra")
        L += ["STATUS:CONFIRMED", "CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE",
              f"LAST-MODIFIED:{fmt_utc(arr)}", f"DTSTAMP:{fmt_utc(arr)}", f"SEQUENCE:{e.get('sequence', 0)}"]
        d = desc(e, spec)
        if d:
            L.append("DESCRIPTION:" + esc(d))
        alt = e.get("altdesc_html") or ("<html><body id='htmlmode'><h3>" + html.escape(U['inv']) + "</h3>\n\n<p>" + plain2html(d) + "</p></body></html>")
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt))
        L += extra_props(e)
        for m in e.get("alarms", [5]):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + trig(m).split(":", 1)[1], "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, ev.get("allday"), ev.get("tz", ""))
    d = desc(ev, spec)
    txt = ("The following meeting has been modified:\n\n" if ev.get("sequence") else
           ("The following is a new meeting request:\n\n" if lang == "en" or rng.random() < 0.5 else "")) + \
        f"Subject: {ev['summary']} \n" + f"{U['org']}: \"{org[0]}\" <{org[1]}> \n\n" + \
        (f"Location: {ev['location']} \n" if ev.get("location") else "") + f"Time: {when}\n \n" + \
        "Invitees: " + "; ".join(a["addr"] for a in ev.get("attendees", [])[:40]) + " \n\n\n*~*~*~*~*~*~*~*~*~*\n\n" + d + "\n"
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    htm = (("<div>" + plain2html(spec["body_prefix"]) + "</div><hr>" if spec.get("body_prefix") else "") + "<html><body id='htmlmode'><h3>" + html.escape(U['inv']) + "</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>"
           + html.escape(ev['summary']) + f" </td></tr>\n<tr><th align=left>{U['org']}:</th><td>\"{html.escape(org[0])}\" &lt;{org[1]}&gt; </td></tr>\n</table>\n"
           + (f"<p>\n<table border='0'>\n<tr><th align=left>Location:</th><td>{html.escape(ev.get('location', ''))} </td></tr>\n" if ev.get("location") else "<p>\n<table border='0'>\n")
           + f"<tr><th align=left>Time:</th><td>{html.escape(when)} </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>"
           + (ev.get("altdesc_html") or plain2html(d)) + "</body></html>")
    cs = text_charset(spec, "utf-8")
    b = "=_" + uuid4(rng)
    cp = Part("text/calendar", data=ics, cte="7bit" if is_ascii(ics) else rng.choice(["quoted-printable", "base64"]))
    cp.ctype = f"text/calendar; charset=utf-8; method={method}; name=meeting.ics"
    ent = Multi("alternative", b, [Part("text/plain", text=txt, charset=cs, cte="quoted-printable" if not is_ascii(txt.encode('utf-8')) else "7bit", charset_quoted=False),
                                  Part("text/html", text=htm, charset=cs, cte="quoted-printable" if not is_ascii(htm.encode('utf-8')) else "7bit", charset_quoted=False), cp])
    dom = spec["from"][1].split("@")[1]
    subj = spec.get("subject") or ev["summary"]
    date, t = msgdate(spec, rng)
    H = [("Date", date), ("From", addr(*spec["from"], charset=cs)), ("To", ", ".join(addr(n, a, cs) for n, a in spec["to"])),
         ("Message-ID", f"<{rng.randint(100000000, 2099999999)}.{rng.randint(1000000, 99999999)}.{int(arr.timestamp() * 1000)}.JavaMail.zimbra@{dom}>"),
         ("Subject", enc_words(subj, cs)), ("MIME-Version", "1.0")]
    hp_, body = top_content(ent)
    H += hp_ + [("X-Originating-IP", f"[{ip4(rng, 'a')}]"),
                ("X-Mailer", f"Zimbra {zv} (ZimbraWebClient - {rng.choice(['FF115', 'GC122', 'FF91', 'GC86', 'SAF17'])} ({rng.choice(['Win', 'Linux', 'Mac'])})/{zv})"),
                ("Thread-Index", b64rand(rng, 12)[:16]), ("Thread-Topic", enc_words(ev["summary"], cs))]
    info = sender_infra(spec, rng, "postfix")
    if spec.get("sender_kind") in ("owned", "compromised"):
        host = info["helo"]
        info["received"] = [f"from {host} (localhost [127.0.0.1]){CRLF}\tby {host} (Postfix) with ESMTP id {hexid(rng, 10).upper()}"
                            f"{CRLF}\tfor <{spec['rcpt']}>; {rfc2822_date(spec['arrival'] - dt.timedelta(seconds=1), spec.get('sender_tz', 'UTC'))}"] + info.get("received", [])
    return H, body, info


# ------------------------------------------------------------------ Yahoo
def yahoo(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    L = ["BEGIN:VCALENDAR", "PRODID:-//Yahoo Inc.//Yahoo! Calendar//EN", "VERSION:2.0", f"METHOD:{method}"]
    for tz in tzids(spec):
        L += vtimezone_olson(tz, "yahoo")
    for e in evs:
        L += ["BEGIN:VEVENT", "SUMMARY:" + esc(e["summary"])]
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        L += dt_pair(e, "tzid")
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L += [f"UID:{e.setdefault('uid', hexid(rng, 32) + '@yahoo.com')}", f"SEQUENCE:{e.get('sequence', 0)}",
              f"DTSTAMP:{fmt_utc(arr)}", f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}"]
        for a in e.get("attendees", []):
            n, ad, role, ps, rsvp, cu = att_common(a)
            if ad == org[1]:
                continue
            L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(n, ad)}:mailto:{ad}")
        L += ["CLASS:PUBLIC", "TRANSP:OPAQUE", "X-YAHOO-YID:" + org[1].split("@")[0], "X-YAHOO-USER-STATUS:BUSY",
              "X-YAHOO-EVENT-STATUS:BUSY"]
        L += extra_props(e)
        for m in e.get("alarms", [30]):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", trig(m), "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, ev.get("allday"), ev.get("tz", ""))
    d = desc(ev, spec)
    txt = f"{org[0]} {U['invby']} {ev['summary']}\n\n{U['when']}: {when}\n" + \
        (f"{U['where']}: {ev['location']}\n" if ev.get("location") else "") + (f"\n{d}\n" if d else "") + \
        f"\n{U['yes']} / {U['maybe']} / {U['no']}: https://calendar.yahoo.com/ws/v3/users/{alnum(rng, 26)}/events/{hexid(rng, 32)}/rsvp\n"
    if spec.get("body_prefix"):
        txt = spec["body_prefix"] + txt
    htm = (f"<html><body><div style=\"font-family:Helvetica Neue,Arial\">" + (f"<p>{plain2html(spec['body_prefix'])}</p><hr>" if spec.get("body_prefix") else "") + f"<p><b>{html.escape(org[0])}</b> {html.escape(U['invby'])} "
           f"<b>{html.escape(ev['summary'])}</b></p><p>{html.escape(when)}</p>"
           + (f"<p>{html.escape(ev.get('location', ''))}</p>" if ev.get("location") else "") + (f"<p>{plain2html(d)}</p>" if d else "")
           + f"<p><a href=\"https://calendar.yahoo.com/ws/v3/users/{alnum(rng, 26)}/rsvp?r=1\">{U['yes']}</a> | "
           f"<a href=\"https://calendar.yahoo.com/ws/v3/users/{alnum(rng, 26)}/rsvp?r=3\">{U['maybe']}</a> | "
           f"<a href=\"https://calendar.yahoo.com/ws/v3/users/{alnum(rng, 26)}/rsvp?r=2\">{U['no']}</a></p></div></body></html>")
    cs = text_charset(spec, "UTF-8")
    b = f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(100000000, 2099999999)}.{int(arr.timestamp() * 1000)}"
    cp = Part("text/calendar", data=ics, cte="7bit" if is_ascii(ics) else "quoted-printable")
    cp.ctype = f"text/calendar; charset=UTF-8; method={method}"
    ent = Multi("alternative", b, [Part("text/plain", text=txt, charset=cs, cte="quoted-printable"),
                                  Part("text/html", text=htm, charset=cs, cte="quoted-printable"), cp])
    subj = spec.get("subject") or f"{U['inv']}: {ev['summary']}"
    date, t = msgdate(spec, rng)
    H = [("Date", date), ("From", addr(*spec["from"], charset=cs)), ("Reply-To", addr(*spec["from"], charset=cs)),
         ("To", ", ".join(addr(n, a, cs) for n, a in spec["to"])),
         ("Message-ID", f"<{rng.randint(100000000, 2099999999)}.{rng.randint(100000, 9999999)}.{int(arr.timestamp() * 1000)}@mail.yahoo.com>"),
         ("Subject", enc_words(subj, cs)), ("MIME-Version", "1.0")]
    hp_, body = top_content(ent)
    H += hp_ + [("X-Mailer", f"WebService/1.1.{rng.randint(15000, 23500)} YMailNorrin")]
    dom = spec["from"][1].split("@")[1].lower()
    host = f"sonic{rng.randint(301, 330)}-{rng.randint(1, 50)}.consmr.mail.{rng.choice(['ne1', 'bf2', 'gq1', 'ir2'])}.yahoo.com"
    info = dict(ip=rng.choice(YAHOO_IPS), helo=host, rdns=host, envelope=spec["from"][1], spf="pass",
                sign=[("pass", dom, "s2048" if dom != "yahoo.co.jp" else "yj20110701")],
                received=[f"from sonic.gate.mail.ne1.yahoo.com by sonic{rng.randint(301, 330)}.consmr.mail.ne1.yahoo.com with HTTP;"
                          f" {rfc2822_date(t, 'UTC')}"])
    return H, body, info


# ------------------------------------------------------------------ SOGo
def sogo(spec, rng):
    lang, U = spec["lang"], ui(spec["lang"])
    evs = events(spec)
    ev = evs[0]
    method = spec.get("method") or "REQUEST"
    org = ev["organizer"]
    arr = spec["arrival"]
    sv = "3.2.10" if arr.year < 2019 else ("4.3.2" if arr.year < 2021 else ("5.8.0" if arr.year < 2024 else "5.11.2"))
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Inverse inc./SOGo {sv}//EN", f"METHOD:{method}"]
    for tz in tzids(spec):
        L += vtimezone_olson(tz, "sogo")
    for e in evs:
        L += ["BEGIN:VEVENT", f"UID:{e.setdefault('uid', hexid(rng, 4).upper() + '-' + hexid(rng, 8).upper() + '-1-' + hexid(rng, 8).upper())}",
              "SUMMARY:" + esc(e["summary"])]
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        L += ["CLASS:PUBLIC", "TRANSP:OPAQUE"]
        for a in e.get("attendees", []):
            n, ad, role, ps, rsvp, cu = att_common(a)
            if ad == org[1]:
                continue
            L.append(f"ATTENDEE;PARTSTAT={ps};RSVP=TRUE;ROLE={role};CN={cn(n, ad)}:mailto:{ad}")
        L.append(f"ORGANIZER;CN={cn(org[0], org[1])}:mailto:{org[1]}")
        L += dt_pair(e, "tzid")
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        L += [f"CREATED:{fmt_utc(arr - dt.timedelta(minutes=rng.randint(1, 60)))}", f"DTSTAMP:{fmt_utc(arr)}",
              f"LAST-MODIFIED:{fmt_utc(arr)}", f"SEQUENCE:{e.get('sequence', 1)}"]
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", trig(m).replace("TRIGGER:", "TRIGGER;VALUE=DURATION:"), "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L)
    s, e_ = times(ev)
    when = fmt_when(s, e_, lang, ev.get("allday"), ev.get("tz", ""))
    d = desc(ev, spec)
    htm = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           + (f"<p>{plain2html(spec['body_prefix'])}</p><hr>" if spec.get("body_prefix") else "") +
           f"<p>{html.escape(org[0])} {html.escape(U['invby'])} {html.escape(ev['summary'])}.</p><table>"
           f"<tr><td>{U['when']}:</td><td>{html.escape(when)}</td></tr>"
           + (f"<tr><td>{U['where']}:</td><td>{html.escape(ev.get('location', ''))}</td></tr>" if ev.get("location") else "")
           + f"<tr><td>{U['org']}:</td><td>{html.escape(org[0])}</td></tr></table>"
           + (f"<p>{plain2html(d)}</p>" if d else "") + "</body></html>")
    b = alnum(rng, 40)
    cp = Part("text/calendar", data=ics, cte="quoted-printable" if not is_ascii(ics) else "7bit")
    cp.ctype = f"text/calendar; method={method}; charset=utf-8"
    ent = Multi("alternative", b, [Part("text/html", text=htm, charset="utf-8", cte="quoted-printable", charset_quoted=False), cp])
    subj = spec.get("subject") or f"{U['inv']}: {ev['summary']}"
    date, t = msgdate(spec, rng)
    dom = spec["from"][1].split("@")[1]
    H = [("From", addr(*spec["from"])), ("To", ", ".join(addr(n, a) for n, a in spec["to"])),
         ("Subject", enc_words(subj, "utf-8")), ("MIME-Version", "1.0"),
         ("Message-ID", f"<{hexid(rng, 4)}-{hexid(rng, 8)}-{rng.randint(1, 9)}-{hexid(rng, 8)}@{dom}>"),
         ("Date", date), ("X-Sogo-Message-Id", f"<{hexid(rng, 16)}@{dom}>")]
    hp_, body = top_content(ent)
    H += hp_ + [("User-Agent", f"SOGoMail {sv}")]
    return H, body, sender_infra(spec, rng, "postfix")


# ------------------------------------------------------------------ booking systems
def booking(spec, rng):
    bk = spec["booking"]  # dict(brand, prodid, host, filename, ics_ctype, uid_dom)
    lang = spec["lang"]
    evs = events(spec)
    arr = spec["arrival"]
    method = spec.get("method") or "PUBLISH"
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{bk['prodid']}"]
    if bk.get("calscale", True):
        L.append("CALSCALE:GREGORIAN")
    if method:
        L.append(f"METHOD:{method}")
    style = bk.get("dtstyle", "utc")
    if style == "tzid":
        for tz in tzids(spec):
            L += vtimezone_olson(tz, "booking")
    for i, e in enumerate(evs):
        L += ["BEGIN:VEVENT", f"UID:{e.setdefault('uid', bk.get('uidpfx', '') + alnum(rng, 16).upper() + (f'-{i + 1}' if len(evs) > 1 else '') + '@' + bk['uid_dom'])}",
              f"DTSTAMP:{fmt_utc(arr)}"]
        L += dt_pair(e, style)
        L.append("SUMMARY:" + esc(e["summary"]))
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if desc(e, spec):
            L.append("DESCRIPTION:" + esc(desc(e, spec)))
        if e.get("url"):
            L.append("URL:" + e["url"])
        if e.get("geo"):
            L.append("GEO:" + e["geo"])
        if e.get("organizer"):
            o = e["organizer"]
            L.append(f"ORGANIZER;CN={cn(o[0], o[1])}:mailto:{o[1]}")
        for a in e.get("attendees", []):
            L.append(f"ATTENDEE;CN={cn(a.get('name'), a['addr'])};ROLE=REQ-PARTICIPANT;PARTSTAT={a.get('partstat', 'ACCEPTED')}:mailto:{a['addr']}")
        L += [f"STATUS:{e.get('status', 'CONFIRMED')}", "TRANSP:" + e.get("transp", "OPAQUE")]
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", trig(m), "ACTION:DISPLAY", "DESCRIPTION:" + esc(e["summary"]), "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L, spec.get("quirks", ()))
    cs = text_charset(spec, "utf-8")
    txt = spec["body"]
    htm = spec.get("html") or (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"{cs}\"><title>{html.escape(bk['brand'])}</title></head>"
                               f"<body style=\"margin:0;background:#f2f4f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
                               f"<table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:14px\"><tr><td style=\"background:{bk.get('color', '#003580')};"
                               f"color:#fff;padding:16px;font-size:20px\">{html.escape(bk['brand'])}</td></tr><tr><td style=\"padding:20px\">"
                               + plain2html(txt) + "</td></tr></table></td></tr></table></body></html>")
    b1, b2 = f"===============_{rng.randint(10**18, 10**19 - 1)}==", alnum(rng, 32)
    cte = spec.get("cte") or rng.choice(["quoted-printable", "base64"])
    parts_alt = [Part("text/plain", text=txt, charset=cs, cte=cte), Part("text/html", text=htm, charset=cs, cte=cte)]
    fn = bk.get("filename", "booking.ics")
    ct = bk.get("ics_ctype", "text/calendar")
    cp = Part(ct, data=ics, cte="base64", bare_lf=False)
    cp.ctype = f'{ct}; charset="utf-8"' + (f"; method={spec.get('param_method', method)}" if (method or "method-mismatch" in spec.get("quirks", ())) else "") + f'; name="{fn}"'
    cp.extra = [("Content-Disposition", f'attachment; filename="{fn}"')]
    if bk.get("inline_cal"):
        cp2 = Part("text/calendar", data=ics, cte="7bit" if is_ascii(ics) else "base64")
        cp2.ctype = f'text/calendar; charset="utf-8"; method={method}'
        parts_alt.append(cp2)
    ent = Multi("mixed", b1, [Multi("alternative", b2, parts_alt), cp])
    date, t = msgdate(spec, rng, "UTC")
    dom = spec["from"][1].split("@")[1]
    H = [("Content-Type", None), ("MIME-Version", "1.0"), ("Subject", enc_words(spec["subject"], cs)),
         ("From", addr(*spec["from"], charset=cs)), ("To", addr(spec["to"][0][0], spec["to"][0][1], cs)),
         ("Date", date), ("Message-ID", f"<{rng.randint(10**14, 10**15 - 1)}.{rng.randint(1000, 99999)}.{hexid(rng, 12)}@{bk.get('mid_host', dom)}>")]
    if spec.get("reply_to"):
        H.append(("Reply-To", addr(*spec["reply_to"])))
    H += [("X-Auto-Response-Suppress", "OOF, AutoReply"), ("Auto-Submitted", "auto-generated")] if rng.random() < 0.5 else []
    if bk.get("list_unsub", True):
        H.append(("List-Unsubscribe", f"<https://{bk['host']}/unsubscribe?u={alnum(rng, 24)}>"))
    hp_, body = top_content(ent)
    H = [x for x in H if x[0] != "Content-Type"]
    H[0:0] = hp_
    info = sender_infra(spec, rng)
    return H, body, info


# ------------------------------------------------------------------ hand-rolled generators
CUSTOM_PRODIDS = ["-//hacksw/handcal//NONSGML v1.0//EN", "-//ical generator//EN", "-//sebbo.net//ical-generator//EN",
                  "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "-//My calendar product//mxm.dk//",
                  "-//Calendar//EN", "-//PHP iCalendar//EN", "ICS.js", "-//Company//Event//EN",
                  "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "-//Apple Inc.//Mac OS X 10.9//EN",
                  "-//Google Inc//Google Calendar 70.9054//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
                  "-//Spatie//iCalendar//EN", "-//eluceo/ical//2.0/EN", "-//Drupal iCal API//EN", "-//WordPress - The Events Calendar//EN",
                  "-//Atlassian Confluence//Calendar//EN", "-//Odoo//Odoo 16.0//EN", "-//SuiteCRM//Calendar//EN", "-//Moodle//EN"]


def custom(spec, rng):
    cu = spec.get("custom", {})
    quirks = set(spec.get("quirks", ()))
    lang = spec["lang"]
    evs = events(spec)
    ev = evs[0]
    arr = spec["arrival"]
    method = spec.get("method")
    if method is None and "no-method" not in quirks:
        method = "REQUEST"
    e_esc = esc_soft if "soft-escape" in quirks else esc
    L = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    if "no-prodid" not in quirks:
        L.append("PRODID:" + cu.get("prodid", rng.choice(CUSTOM_PRODIDS)))
    if method and "no-method" not in quirks:
        L.append(f"METHOD:{method}")
    if cu.get("calscale"):
        L.append("CALSCALE:GREGORIAN")
    style = cu.get("dtstyle", "utc")
    if style == "tzid" and "no-vtimezone" not in quirks:
        for tz in tzids(spec):
            L += vtimezone_olson(tz, "custom")
    for e in evs:
        comp = e.get("kind", "VEVENT")
        L.append("BEGIN:" + comp)
        L.append(f"UID:{e.setdefault('uid', cu.get('uidfmt', '{u}').format(u=uuid4(rng), h=hexid(rng, 32), t=int(arr.timestamp()), d=spec['from'][1].split('@')[1]))}")
        if "no-dtstamp" not in quirks:
            L.append(f"DTSTAMP:{fmt_utc(arr)}" if rng.random() < 0.8 else f"DTSTAMP:{fmt_local(arr)}")
        o = e.get("organizer")
        if o:
            L.append(f"ORGANIZER;CN={o[0]}:mailto:{o[1]}" if rng.random() < 0.5 else f"ORGANIZER;CN=\"{o[0]}\":MAILTO:{o[1]}")
        for a in e.get("attendees", []):
            n, ad, role, ps, rsvp, cut = att_common(a)
            L.append(rng.choice([f"ATTENDEE;CN={n or ad};RSVP=TRUE:mailto:{ad}",
                                 f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={n or ad}:mailto:{ad}",
                                 f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};CN={n or ad};X-NUM-GUESTS=0:mailto:{ad}"]) if not cu.get("att_fmt") else
                     cu["att_fmt"].format(n=n or ad, a=ad))
        L += dt_pair(e, style)
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append("SUMMARY:" + e_esc(e["summary"]))
        d = desc(e, spec)
        if d:
            L.append("DESCRIPTION:" + e_esc(d))
        if e.get("altdesc_html"):
            L.append("X-ALT-DESC;FMTTYPE=text/html:" + e_esc(e["altdesc_html"]))
        if e.get("location"):
            L.append("LOCATION:" + e_esc(e["location"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for (u, ft, fn) in e.get("attach", []):
            L.append(f"ATTACH;FMTTYPE={ft}:{u}" if ft else f"ATTACH:{u}")
        if e.get("conference"):
            L.append(f"CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=Join:{e['conference']}")
        if e.get("status"):
            L.append(f"STATUS:{e['status']}")
        if e.get("priority"):
            L.append(f"PRIORITY:{e['priority']}")
        if e.get("categories"):
            L.append("CATEGORIES:" + e["categories"])
        if e.get("sequence") is not None:
            L.append(f"SEQUENCE:{e['sequence']}")
        L += extra_props(e)
        for m in e.get("alarms", []):
            L += ["BEGIN:VALARM", trig(m), "ACTION:DISPLAY", "DESCRIPTION:" + e_esc(e.get("alarm_text", "Reminder")), "END:VALARM"]
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    ics = ics_of(spec, L, quirks)
    cs = text_charset(spec, "utf-8")
    layout = cu.get("layout", "mixed")
    pm = spec.get("param_method", method or "REQUEST")
    mparam = [f"method={pm}"] if ("method-mismatch" in quirks or (method and "no-method-param" not in quirks)) else []
    cal_cte = cu.get("cal_cte", "base64" if layout != "single" else ("8bit" if not is_ascii(ics) else "7bit"))
    cp = Part("text/calendar", data=ics, cte=cal_cte)
    cp.ctype = "text/calendar" + "".join("; " + x for x in mparam) + f"; charset={cu.get('cal_charset', 'UTF-8')}"
    txt = spec.get("mail_note")
    if txt is None:
        txt = spec.get("body")
    if txt is None:
        r = rng.random()
        txt = desc(ev, spec) if r < 0.6 else ("" if r < 0.8 else rng.choice(["Please see the attached invitation.", "Invitation attached.", ev["summary"]]))
    if layout == "single":
        ent = cp
    elif layout == "alt-html":
        htm = spec.get("html") or ("<html><body>" + plain2html(txt) + "</body></html>")
        ent = Multi("alternative", cu.get("boundary", "b1_" + hexid(rng, 32)),
                    [Part("text/html", text=htm, charset=cs, cte=spec.get("cte") or "quoted-printable"), cp])
    elif layout == "alt":
        ent = Multi("alternative", cu.get("boundary", "----=_Part_" + hexid(rng, 16)),
                    [Part("text/plain", text=txt, charset=cs, cte=spec.get("cte") or "8bit"), cp])
    else:
        fn = cu.get("filename", "invite.ics")
        att = Part("application/octet-stream" if cu.get("octet") else "text/calendar", data=ics, cte="base64",
                   bare_lf=False)
        att.ctype = (("application/octet-stream" if cu.get("octet") else "text/calendar") + "".join("; " + x for x in mparam)
                     + f'; name="{fn}"')
        att.extra = [("Content-Disposition", f'attachment; filename="{fn}"')]
        inner = [Part("text/plain", text=txt, charset=cs, cte=spec.get("cte") or rng.choice(["8bit", "quoted-printable", "base64"]))]
        if spec.get("html") or cu.get("with_html"):
            inner = [Multi("alternative", "alt-" + hexid(rng, 20), inner + [Part("text/html", text=spec.get("html") or "<html><body>" + plain2html(txt) + "</body></html>",
                                                                                  charset=cs, cte="quoted-printable")])]
        ent = Multi("mixed", cu.get("boundary", "=_" + hexid(rng, 32)), inner + [att])
    subj = spec.get("subject") or ev["summary"]
    date, t = msgdate(spec, rng)
    if cu.get("bad_date"):
        date = t.strftime("%a, %d %b %Y %H:%M:%S ") + "+0000"
    dom = spec["from"][1].split("@")[1]
    H = [("Date", date), ("From", addr(*spec["from"], charset=cs)), ("To", ", ".join(addr(n, a, cs) for n, a in spec["to"]))]
    if spec.get("reply_to"):
        H.append(("Reply-To", addr(*spec["reply_to"])))
    H += [("Subject", enc_words(subj, cs)), ("Message-ID", cu.get("msgid", f"<{hexid(rng, 32)}@{cu.get('mid_host', dom)}>")),
          ("X-Mailer", cu.get("mailer")), ("MIME-Version", "1.0")]
    hp_, body = top_content(ent)
    H += hp_
    if "lf-in-b64" in quirks:
        pass
    return H, body, sender_infra(spec, rng)


# ------------------------------------------------------------------ mailing-list copies
def via_list(spec, rng, H, body, info):
    lst = spec["list"]  # dict(name, addr, domain, manager, tag)
    arr = spec["arrival"]
    ld = lst["domain"]
    H = list(H)
    if lst.get("tag"):
        H = [(n, (enc_words(f"[{lst['tag']}] ", "utf-8") + " " + v if False else f"[{lst['tag']}] {v}") if n == "Subject" else v)
             for n, v in H]
    if lst["manager"] == "googlegroups":
        H = [(n, v) for n, v in H]
        H += [("X-Original-Sender", spec["from"][1]), ("X-Original-Authentication-Results", "mx.google.com;       dkim=pass header.i=@" + spec["from"][1].split("@")[1]),
              ("Precedence", "list"), ("Mailing-list", f"list {lst['addr']}; contact {lst['addr'].split('@')[0]}+owners@{ld}"),
              ("List-ID", f"<{lst['addr'].replace('@', '.')}>"), ("X-Spam-Checked-In-Group", f"{lst['addr']}"),
              ("List-Post", f"<https://groups.google.com/group/{lst['addr'].split('@')[0]}/post>, <mailto:{lst['addr']}>"),
              ("List-Help", f"<https://groups.google.com/support/>, <mailto:{lst['addr'].split('@')[0]}+help@{ld}>"),
              ("List-Archive", f"<https://groups.google.com/group/{lst['addr'].split('@')[0]}/>"),
              ("List-Unsubscribe", f"<mailto:googlegroups-manage+{rng.randint(10**11, 10**12)}+unsubscribe@googlegroups.com>,"
                                   f" <https://groups.google.com/group/{lst['addr'].split('@')[0]}/subscribe>")]
        env = f"{lst['addr'].split('@')[0]}+bncBD{alnum(rng, 40)}@{ld}"
        host = f"mail-ot1-f{rng.randint(40, 99)}.google.com"
        ip = rng.choice(GOOGLE_IPS)
        sign = [("pass", "googlegroups.com", google_sel(arr.year))] + [("fail", d, s) for (r, d, s) in info.get("sign", [])]
    else:
        mm = lst["manager"]
        H += [("X-BeenThere", lst["addr"]), (f"X-Mailman-Version", "2.1.39" if mm == "mailman2" else "3.3.9") if mm.startswith("mailman") else ("X-Loop", lst["addr"]),
              ("Precedence", "list"), ("List-Id", f"{enc_words(lst['name'])} <{lst['addr'].replace('@', '.')}>"),
              ("List-Unsubscribe", f"<https://{ld}/mailman/options/{lst['addr'].split('@')[0]}>, <mailto:{lst['addr'].split('@')[0]}-request@{ld}?subject=unsubscribe>"),
              ("List-Archive", f"<https://{ld}/pipermail/{lst['addr'].split('@')[0]}/>"),
              ("List-Post", f"<mailto:{lst['addr']}>"), ("List-Help", f"<mailto:{lst['addr'].split('@')[0]}-request@{ld}?subject=help>"),
              ("Errors-To", f"{lst['addr'].split('@')[0]}-bounces+{spec['rcpt'].replace('@', '=')}@{ld}"),
              ("Sender", addr(lst['name'], f"{lst['addr'].split('@')[0]}-bounces+{spec['rcpt'].replace('@', '=')}@{ld}", quote_always=True))]
        env = f"{lst['addr'].split('@')[0]}-bounces+{spec['rcpt'].replace('@', '=')}@{ld}"
        host = ld if ld.startswith("lists.") else "lists." + ld
        ip = ip4(rng, rng.choice("abc"))
        sign = [("fail", d, s) for (r, d, s) in info.get("sign", [])]
        if rng.random() < 0.4:
            sign.append(("pass", ld, "lists"))
    t = t_before(arr, rng, 2, 30)
    rec = [f"from {info['helo']} ({info.get('rdns') or 'unknown'} [{info['ip']}]){CRLF}\tby {host} (Postfix) with ESMTPS id "
           f"{hexid(rng, 10).upper()}{CRLF}\tfor <{lst['addr']}>; {rfc2822_date(t, 'UTC')}"] + info.get("received", [])
    new = dict(ip=ip, helo=host, rdns=host, envelope=env, spf="pass", sign=sign, received=rec,
               pre_sig=[], post_sig=[])
    return H, body, new


RENDER = {"google": google, "outlook": outlook, "apple": apple, "thunderbird": thunderbird, "zoom": zoom,
          "nextcloud": nextcloud, "zimbra": zimbra, "yahoo": yahoo, "sogo": sogo, "booking": booking, "custom": custom}


def render(spec, rng):
    c = spec["client"]
    base = spec.get("base_client", c) if c == "list" else c
    H, body, info = RENDER[base](spec, rng)
    if c == "list" or spec.get("list"):
        H, body, info = via_list(spec, rng, H, body, info)
    return H, body, info
