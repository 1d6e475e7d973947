"""MIME layouts and headers of calendar-producing clients."""
import base64
import datetime as dt
from .util import (R, pick, chance, hexid, alnum, digits, ruuid, b64rand, rfc2822, leaf, Part, hdr_text, hdr_addr,
                   html_escape, text_to_html, CRLF, UTC, tz, encode_body, _py_codec)
from .ical import render_calendar, TZ, WIN_LONG
from .people import LANG

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYSL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONSL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def cs_ok(text, cs):
    try:
        text.encode(_py_codec(cs))
        return cs
    except (UnicodeEncodeError, LookupError):
        return "utf-8"


def local(ev, d=None):
    d = d or ev["start"]
    return d.astimezone(tz(ev.get("tzid") or "UTC"))


def when_str(ev, lang="en", style="google"):
    s = local(ev)
    e = local(ev, ev.get("end") or ev["start"])
    z = ev.get("tzid") or "UTC"
    abbr = TZ.get(z, ("", "UTC"))[1]
    if ev.get("allday"):
        if lang == "en":
            return "%s %d %s %d" % (DAYS[s.weekday()], s.day, MONS[s.month - 1], s.year)
        return s.strftime("%Y-%m-%d")
    if lang == "en":
        if style == "google":
            return "%s %d %s %d %s - %s (%s)" % (DAYS[s.weekday()], s.day, MONS[s.month - 1], s.year,
                                                 s.strftime("%H:%M") if chance(0.5) else s.strftime("%-I%p").lower(),
                                                 e.strftime("%H:%M"), abbr)
        return "%s, %s %d, %d %s-%s" % (DAYSL[s.weekday()], MONSL[s.month - 1], s.day, s.year,
                                        s.strftime("%-I:%M %p"), e.strftime("%-I:%M %p"))
    return "%s %s - %s (%s)" % (s.strftime("%Y-%m-%d"), s.strftime("%H:%M"), e.strftime("%H:%M"), z)


def bnd_google():
    p = "0000000000" + hexid(6)
    return p + hexid(12), p + hexid(12)


def subj(m, s):
    return hdr_text(s, m.get("hcs", "utf-8"), m.get("henc", "B"))


def addr(m, pair, quote=False):
    return hdr_addr(pair[0], pair[1], m.get("hcs", "utf-8"), m.get("henc", "B"), quote)


def to_list(m):
    return ", ".join(addr(m, t) for t in m["to"])


def ics_text(m, profile, prodid, **kw):
    kw2 = dict(m.get("ics_kw", {}))
    kw2.update(kw)
    return render_calendar(profile, m.get("prodid") or prodid, m.get("method"), m["events"], **kw2)


def att_part(ctype, name, text, charset=None, cte="base64", method=None, inline=False, lf=False):
    ct = '%s; name="%s"' % (ctype, name)
    if charset:
        ct = '%s; charset="%s"; name="%s"' % (ctype, charset, name) if not method else \
            '%s; charset="%s"; method=%s; name="%s"' % (ctype, charset, method, name)
    cte_, body = encode_body(text, charset or "utf-8", cte, lf_only=lf)
    return Part([("Content-Type", ct), ("Content-Disposition", '%s; filename="%s"' % (
        "inline" if inline else "attachment", name)), ("Content-Transfer-Encoding", cte_)], body)


def reply_prefix(m, ev):
    L = LANG[m["lang"]]
    meth = m.get("method")
    if meth == "CANCEL":
        return L["can"]
    if meth == "REPLY":
        ps = ev["attendees"][0].get("partstat", "ACCEPTED") if ev.get("attendees") else "ACCEPTED"
        return {"ACCEPTED": L["acc"], "DECLINED": L["dec"]}.get(ps, L["tent"])
    return L["upd"] if ev.get("seq", 0) > 0 else L["inv"]


# ====================================================================== Google
def google(m):
    ev = m["events"][0]
    rc = m["rcpt"]
    org = ev.get("organizer") or m["frm"]
    when = when_str(ev, m["lang"])
    meth = m.get("method") or "REQUEST"
    subject = m.get("subject") or "%s: %s @ %s (%s)" % (reply_prefix(m, ev), ev["summary"], when, rc[1])
    new = m["date"].year >= 2022
    ics = ics_text(m, "google", "-//Google Inc//Google Calendar 70.9054//EN",
                   timestyle="tzid" if ev.get("rrule") else "utc", tzstyle="google",
                   tzname_style="gmt" if new else "abbr")
    eid = base64.b64encode(("%s %s" % (hexid(26), rc[1])).encode()).decode().rstrip("=")
    tok = alnum(60)
    base = "https://calendar.google.com/calendar/" if new else "https://www.google.com/calendar/"
    link = "%sevent?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=en&es=0" % (base, eid, tok, ev.get("tzid") or "UTC")
    meet = m.get("meet")
    desc = ev.get("desc") or ""
    loc = ev.get("location") or ""
    guests = [a for a in ev.get("attendees", [])]
    if meth == "REPLY":
        who = guests[0]
        ps = who.get("partstat", "ACCEPTED").lower()
        plain = "%s has %s this invitation.\n\n%s\n%s\n%s\n\nInvitation from Google Calendar: %s\n\nYou are " \
                "receiving this email at the account %s because you are subscribed for invitation replies on " \
                "calendar %s.\n\nTo stop receiving these emails, go to Calendar settings %ssettings, select this " \
                "calendar and change \"Other notifications\".\n" % (
                    who.get("cn") or who["addr"], {"accepted": "accepted", "declined": "declined"}.get(
                        ps, "tentatively accepted"), ev["summary"], when, loc, base, rc[1], rc[1], base)
    elif new:
        plain = "%s\n%s\n%s\n\n%s\n" % (ev["summary"], when, loc, desc)
        if meet:
            plain += "\nJoin with Google Meet\n%s\n\nJoin by phone\n(US) +1 %s-%s-%s PIN: %s#\n" % (
                meet, digits(3), digits(3), digits(4), digits(9))
        plain += "\nOrganiser\n%s\n%s\n\nGuests\n" % (org[0] or org[1], org[1])
        for g in guests[:20]:
            plain += "%s%s\n" % (g.get("cn") or g["addr"], " - organiser" if g["addr"] == org[1] else "")
        if len(guests) > 20:
            plain += "View all guest info %s\n" % link
        plain += ("\nReply for %s and view more details %s\nYour attendance is optional.\n\n~~//~~\n"
                  "Invitation from Google Calendar: %s\n\nYou are receiving this email because you are an attendee "
                  "on the event. To stop receiving future updates for this event, decline this event.\n\n"
                  "Forwarding this invitation could allow any recipient to send a response to the organiser, be "
                  "added to the guest list, invite others regardless of their own invitation status, or modify "
                  "your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n") % (
                     rc[1], link, base)
    else:
        plain = "You have been invited to the following event.\n\nTitle: %s\n%s\nWhen: %s\n" % (
            ev["summary"], desc, when)
        if loc:
            plain += "Where: %s\n" % loc
        if meet:
            plain += "Joining info: Join Hangouts Meet\n%s\n" % meet
        plain += "Calendar: %s\nWho:\n" % rc[1]
        for g in guests[:25]:
            plain += "     * %s%s\n" % (g.get("cn") or g["addr"], " - organiser" if g["addr"] == org[1] else "")
        plain += ("\nEvent details: %s\n\nInvitation from Google Calendar: %s\n\nYou are receiving this courtesy "
                  "email at the account %s because you are an attendee of this event.\n\nTo stop receiving future "
                  "updates for this event, decline this event. Alternatively you can sign up for a Google account "
                  "at %s and control your notification settings for your entire calendar.\n\nForwarding this "
                  "invitation could allow any recipient to send a response to the organiser and be added to the "
                  "guest list, or invite others regardless of their own invitation status, or to modify your "
                  "RSVP. Learn More https://support.google.com/calendar/answer/37135#forwarding\n") % (
                     link, base, rc[1], base)
    html = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
            'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from '
            '%s"/></span><span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
            '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-'
            'serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
            '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/><div style="padding:2px">'
            '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;'
            'color:#222"><span itemprop="name">%s</span></h3></div><div>%s</div><table><tr><td>When</td><td>%s</td>'
            '</tr><tr><td>Where</td><td>%s</td></tr></table><p><a href="%s">more details &raquo;</a></p>'
            '</td></tr></table></div></span></span>\n' % (
                html_escape(org[0] or org[1]), html_escape(ev["summary"]), text_to_html(desc), html_escape(when),
                html_escape(loc), link))
    b1, b2 = bnd_google()
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[
        leaf("text/plain", plain, "UTF-8", pick(["base64", "quoted-printable"]),
             ctype_params="; format=flowed; delsp=yes"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
        leaf("text/calendar", ics, "UTF-8", pick(["7bit", "base64"]), ctype_params="; method=" + meth)], boundary=b2)
    children = [alt, att_part("application/ics", "invite.ics", ics)]
    H = [("MIME-Version", "1.0")]
    if meth != "REPLY":
        H.append(("Reply-To", org[1]))
    H += [("Sender", "Google Calendar <calendar-notification@google.com>"), ("Auto-Submitted", "auto-generated"),
          ("Message-ID", "<calendar-%s@google.com>" % ruuid()), ("Date", rfc2822(m["date"])),
          ("Subject", subj(m, subject)), ("From", addr(m, m["frm"])), ("To", to_list(m))]
    H += m.get("xh", [])
    H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b1))
    return Part(H, children=children, boundary=b1)


# ====================================================================== Outlook / Exchange
def teams_block(m, url=None):
    tid, oid = ruuid(), ruuid()
    url = url or ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid"
                  "%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (alnum(48), tid, oid))
    return url, ("\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<%s>\nMeeting ID: %s %s %s %s\nPasscode: %s\n"
                 "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
                 "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>"
                 " | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId="
                 "19_meeting_%s@thread.v2&messageId=0&language=en-US>\n" % (
                     url, digits(3), digits(3), digits(3), digits(3), alnum(6), oid, tid, alnum(40)) + "_" * 80 + "\n")


def outlook_html(text, lang, word=True):
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html_escape(p) if p.strip() else "&nbsp;")
                    for p in text.split("\n"))
    if word:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (lang.upper(), paras))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="%s">\n'
            '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
            'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n' % (
                "rtl" if lang[:2] in ("ar", "he") else "ltr",
                "".join("%s<br>\n" % html_escape(p) for p in text.split("\n"))))


def ms_ids(dom):
    a = "%s%dPR%02dMB%04d" % (pick(["AM9", "DB9", "VI1", "PAXP", "DU0", "BN8", "SN7", "MW4", "CH2", "SG2"]),
                              R.randint(1, 9), R.randint(1, 9), R.randint(1000, 9999))
    reg = pick(["eurprd0%d" % R.randint(1, 9), "namprd%02d" % R.randint(1, 20), "apcprd0%d" % R.randint(1, 6)])
    return a, reg


def outlook(m, variant="exchange"):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    lang = LANG[m["lang"]]["loc"]
    body = m.get("body")
    if body is None:
        body = ev.get("desc") or ""
    if m.get("teams"):
        url, blk = teams_block(m, m.get("teams_url"))
        body = body + "\n" + blk
        ev["location"] = ev.get("location") or "Microsoft Teams Meeting"
        ev.setdefault("x_ms", []).extend(["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + url,
                                          "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s@%s;gruu;opaque=app:conf:"
                                          "focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (
                                              m["frm"][1].split("@")[0], m["frm"][1].split("@")[1], alnum(40),
                                              hexid(32), ruuid()),
                                          "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,"
                                          "\"OnlineMeetingProvider\":3}"])
    if variant != "raw":
        for e in m["events"]:
            if e.get("desc") is None or e is ev:
                e["desc"] = body if e is ev else e.get("desc")
            allday = "TRUE" if e.get("allday") else "FALSE"
            x = ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % e.get("seq", 0),
                 "X-MICROSOFT-CDO-OWNERAPPTID:%d" % R.randint(-2100000000, 2100000000),
                 "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if meth == "CANCEL" else "TENTATIVE"),
                 "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:" + allday,
                 "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if e.get("rrule") else 0)]
            x += e.get("x_ms", [])
            x += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
            if variant == "desktop":
                x += ["X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
                if e.get("alt_html") is None:
                    e["alt_html"] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
                                     'CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
                                     + "".join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (
                                         lang, html_escape(p)) for p in (e.get("desc") or "").split("\n") if p.strip())
                                     + "\n</BODY>\n</HTML>")
            e["x"] = x + list(e.get("x", []))
            e.setdefault("cls", "PUBLIC")
            e.setdefault("priority", 5)
            if e.get("cls") is None:
                e["cls"] = "PUBLIC"
            if e.get("priority") is None:
                e["priority"] = 5
            if not e.get("alarms") and meth == "REQUEST" and chance(0.8):
                e["alarms"] = [dict(trigger="-PT15M", desc="REMINDER")]
    prodid = {"exchange": "Microsoft Exchange Server 2010", "desktop": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              "raw": "Microsoft Exchange Server 2010"}[variant]
    ics = ics_text(m, "exchange", prodid, lang=lang)
    if variant == "desktop":
        ics = ics.replace("END:VEVENT", "X-MS-OLK-SENDER:mailto:%s\r\nEND:VEVENT" % m["frm"][1], 1) if False else ics
    cs = m.get("cs", "utf-8")
    cs = cs_ok(body, cs) if cs != "us-ascii" else cs_ok(body, cs)
    html = outlook_html(body, lang, word=(variant == "desktop" or chance(0.5)))
    a, reg = ms_ids(m["frm"][1].split("@")[1])
    bnd = "_000_%s%s%s_" % (a, hexid(24, True), reg.upper()[:0])
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (a, hexid(24, True), a, reg)
    if variant == "desktop":
        bnd = "----=_NextPart_000_%04X_01DA%s.%s" % (R.randint(0, 0xffff), hexid(4, True), hexid(8, True))
        mid = "<%s$%s$%s@%s>" % (hexid(3).zfill(3), hexid(8), hexid(8), m["frm"][1].split("@")[1])
        mid = "<00%s01%s$%s$%s@%s>" % (hexid(2), hexid(5), hexid(8), hexid(8), m["frm"][1].split("@")[1])
    subject = m.get("subject") or (ev["summary"] if meth == "REQUEST" else "%s: %s" % (reply_prefix(m, ev), ev["summary"]))
    plain_cte = pick(["base64", "quoted-printable"])
    ical_part = leaf("text/calendar", ics, "utf-8", "base64", ctype_params="; method=" + meth)
    parts = [leaf("text/plain", body, cs, plain_cte), leaf("text/html", html, "utf-8", plain_cte), ical_part]
    H = [("From", addr(m, m["frm"], quote=True)), ("To", to_list(m))]
    if m.get("cc"):
        H.append(("CC", ", ".join(addr(m, c, quote=True) for c in m["cc"])))
    if m.get("sender"):
        H.append(("Sender", addr(m, m["sender"], quote=True)))
    H += [("Subject", subj(m, subject)), ("Thread-Topic", subj(m, ev["summary"])),
          ("Thread-Index", base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()),
          ("Date", rfc2822(m["date"])), ("Message-ID", mid), ("Accept-Language", "%s, en-US" % lang),
          ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if variant == "desktop":
        H += [("X-Mailer", pick(["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Microsoft Outlook 14.0"]))]
    else:
        H += [("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + alnum(40) + "=="),
              ("x-ms-publictraffictype", "Email"),
              ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_MeetingMessage" % (a, a))]
    H += m.get("xh", [])
    H += [("Content-Type", 'multipart/alternative;%s boundary="%s"' % (CRLF + "\t", bnd)), ("MIME-Version", "1.0")]
    if variant != "desktop":
        H += [("X-OriginatorOrg", m["frm"][1].split("@")[1]),
              ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
              ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (a, reg)),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % m["date"].astimezone(UTC).strftime(
                  "%d %b %Y %H:%M:%S.") + digits(4) + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
              ("X-MS-Exchange-CrossTenant-id", ruuid()),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "%s%s" % (a[:-4], digits(4)))]
    return Part(H, children=parts, boundary=bnd)


# ====================================================================== Apple
def apple(m, variant="icloud"):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    for e in m["events"]:
        e["x"] = list(e.get("x", [])) + ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
        if e.get("created") is None:
            e["created"] = e["dtstamp"] - dt.timedelta(minutes=R.randint(1, 50))
    if variant == "icloud":
        ics = ics_text(m, "icloud", "-//CALENDARSERVER.ORG//NONSGML Version 1//EN")
        subject = m.get("subject") or {"REQUEST": "Event invitation: ", "CANCEL": "Event canceled: ",
                                       "REPLY": "Event reply: "}.get(meth, "") + ev["summary"]
        org = ev.get("organizer") or m["frm"]
        when = when_str(ev, m["lang"], "long")
        plain = m.get("body") or ("%s has invited you to: %s\n\nDate and Time: %s\nLocation: %s\n\n%s\n\n"
                                  "To accept or decline this invitation, click the link below.\n"
                                  "https://www.icloud.com/calendar/invite/?t=%s\n" % (
                                      org[0] or org[1], ev["summary"], when, ev.get("location") or "",
                                      ev.get("desc") or "", alnum(40)))
        html = "<html><body style=\"font-family:-apple-system,Helvetica\"><p>%s</p></body></html>\n" % text_to_html(plain)
        b1 = "Apple-Mail=_%s" % ruuid(True)
        b2 = "Apple-Mail=_%s" % ruuid(True)
        alt = Part([("Content-Type", 'multipart/alternative;%s\tboundary="%s"' % (CRLF, b2))],
                   children=[leaf("text/plain", plain, "utf-8", "quoted-printable"),
                             leaf("text/html", html, "utf-8", "quoted-printable")], boundary=b2)
        cal = att_part("text/calendar", "invite.ics", ics, "utf-8", pick(["quoted-printable", "base64"]), method=meth)
        H = [("From", addr(m, m["frm"])), ("Content-Type", 'multipart/mixed;%s\tboundary="%s"' % (CRLF, b1)),
             ("MIME-Version", "1.0"), ("Subject", subj(m, subject)), ("Message-ID", "<%s@icloud.com>" % ruuid(True)),
             ("Date", rfc2822(m["date"])), ("To", to_list(m))]
        H += m.get("xh", [])
        return Part(H, children=[alt, cal], boundary=b1)
    # Calendar.app / iOS through Mail
    osv = pick(["Mac OS X 10.14.6", "Mac OS X 10.15.7", "macOS 13.6.4", "macOS 14.3.1", "iPhone 17.4", "iPhone 16.6"])
    ics = ics_text(m, "apple", "-//Apple Inc.//%s//EN" % osv)
    plain = m.get("body") or ""
    b1 = "Apple-Mail=_%s" % ruuid(True)
    mailv = pick(["3774.400.31", "3731.700.6", "3696.120.41", "3608.120.23.2.7"])
    cal = att_part("text/calendar", "iCal-%s.ics" % m["date"].strftime("%Y%m%d-%H%M%S"), ics, "utf-8",
                   "quoted-printable", method=meth)
    cs = cs_ok(plain, m.get("cs", "utf-8"))
    children = [leaf("text/plain", plain, "us-ascii" if cs == "us-ascii" or not any(ord(c) > 127 for c in plain)
                     else cs, "7bit" if not any(ord(c) > 127 for c in plain) else "quoted-printable"), cal]
    H = [("From", addr(m, m["frm"])), ("Content-Type", 'multipart/mixed;%s\tboundary="%s"' % (CRLF, b1)),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % mailv), ("Subject", subj(m, m.get("subject")
                                                                                   or ev["summary"])),
         ("Message-Id", "<%s@%s>" % (ruuid(True), m["frm"][1].split("@")[1])), ("Date", rfc2822(m["date"])),
         ("To", to_list(m)), ("X-Mailer", "Apple Mail (2.%s)" % mailv)]
    if osv.startswith("iPhone"):
        H[-1] = ("X-Mailer", "iPhone Mail (%s)" % pick(["21D61", "20H240", "21E236", "19H370"]))
    H += m.get("xh", [])
    return Part(H, children=children, boundary=b1)


# ====================================================================== Thunderbird
TB_TXT = {
    "en": ("Event", "Location", "When", "Organizer", "Attendees", "Description"),
    "de": ("Termin", "Ort", "Wann", "Organisator", "Teilnehmer", "Beschreibung"),
    "fr": ("Événement", "Lieu", "Quand", "Organisateur", "Participants", "Description"),
    "ru": ("Событие", "Место", "Когда", "Организатор", "Участники", "Описание"),
    "pl": ("Wydarzenie", "Miejsce", "Kiedy", "Organizator", "Uczestnicy", "Opis"),
    "nl": ("Afspraak", "Locatie", "Wanneer", "Organisator", "Deelnemers", "Beschrijving"),
}


def thunderbird(m):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    for e in m["events"]:
        if meth == "REQUEST":
            e["x"] = list(e.get("x", [])) + ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
        if e.get("created") is None:
            e["created"] = e["dtstamp"] - dt.timedelta(minutes=R.randint(1, 90))
    ics = ics_text(m, "mozilla", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tzstyle="mozilla")
    T = TB_TXT.get(m["lang"], TB_TXT["en"])
    plain = m.get("body")
    if plain is None:
        plain = "%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s\n" % (
            T[0], ev["summary"], T[1], ev.get("location") or "", T[2], when_str(ev, m["lang"], "long"), T[3],
            (ev.get("organizer") or m["frm"])[1], T[4], ", ".join(a["addr"] for a in ev.get("attendees", [])[:30]),
            ev.get("desc") or "")
    b1 = "------------" + alnum(24)
    b2 = "------------" + alnum(24)
    cs = cs_ok(plain, "UTF-8")
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[
        leaf("text/plain", plain, cs, pick(["8bit", "quoted-printable"]) if any(ord(c) > 127 for c in plain)
             else "7bit", ctype_params="; format=flowed"),
        leaf("text/calendar", ics, "UTF-8", pick(["8bit", "quoted-printable", "base64"]),
             ctype_params="; method=" + meth)], boundary=b2)
    att = att_part("application/ics", "invite.ics", ics)
    ver = pick(["102.15.1", "115.8.0", "115.10.1", "128.3.1", "91.13.0", "78.14.0", "68.12.0", "60.9.1"])
    ua = "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (
        pick(["X11; Linux x86_64", "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10.15"]),
        ver.split(".")[0] + ".0", ver)
    H = [("Message-ID", "<%s@%s>" % (ruuid(), m["frm"][1].split("@")[1])), ("Date", rfc2822(m["date"])),
         ("MIME-Version", "1.0"), ("User-Agent", ua), ("Content-Language", LANG[m["lang"]]["loc"]),
         ("To", to_list(m)), ("From", addr(m, m["frm"])),
         ("Subject", subj(m, m.get("subject") or "%s: %s" % (reply_prefix(m, ev), ev["summary"])))]
    H += m.get("xh", [])
    H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b1))
    return Part(H, children=[alt, att], boundary=b1, preamble="This is a multi-part message in MIME format.")


# ====================================================================== Zoom
def zoom(m):
    ev = m["events"][0]
    ev["uid"] = ev.get("uid") or "ZOOM" + digits(11)
    ics = ics_text(m, "zoom", "-//zoom.us//iCalendar Event//EN")
    plain = m.get("body") or ev.get("desc") or ""
    html = m.get("html") or ("<html><body><table width=\"100%%\"><tr><td style=\"font-family:Lato,Helvetica,Arial\">"
                             "%s</td></tr></table></body></html>\n" % text_to_html(plain))
    b1 = "----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                  int(m["date"].timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                  int(m["date"].timestamp() * 1000))
    alt = Part([("Content-Type", 'multipart/alternative; %sboundary="%s"' % (CRLF + "\t", b2))], children=[
        leaf("text/plain", plain, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable")],
        boundary=b2)
    att = att_part("text/calendar", "iCalendar.ics", ics, "UTF-8", "base64")
    H = [("Date", rfc2822(m["date"])), ("From", addr(m, m["frm"])), ("Reply-To", m.get("reply_to") or m["frm"][1]),
         ("To", to_list(m)), ("Message-ID", "<%s.%s@%s>" % (hexid(8), digits(13), "zoom.us")),
         ("Subject", subj(m, m.get("subject") or ev["summary"])), ("MIME-Version", "1.0")]
    H += m.get("xh", [])
    H.append(("Content-Type", 'multipart/mixed; %sboundary="%s"' % (CRLF + "\t", b1)))
    return Part(H, children=[alt, att], boundary=b1)


# ====================================================================== Nextcloud / SOGo / Zimbra / Yahoo
def nextcloud(m):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    for e in m["events"]:
        for a in e.get("attendees", []):
            a.setdefault("lang", m["lang"])
        if e.get("created") is None:
            e["created"] = e["dtstamp"] - dt.timedelta(minutes=R.randint(1, 30))
    ver = pick(["4.6.5", "4.7.2", "3.5.7", "2.3.4", "4.5.3"])
    ics = ics_text(m, "sabre", "-//IDN nextcloud.com//Calendar app %s//EN" % ver, tzstyle="sabre",
                   tz_after=chance(0.5))
    org = ev.get("organizer") or m["frm"]
    title = {"REQUEST": "Invitation", "CANCEL": "Cancelled", "REPLY": "Re"}.get(meth, "Invitation")
    if m["lang"] != "en":
        title = reply_prefix(m, ev)
    plain = m.get("body") or "%s: %s\n\n%s\n%s\n\n%s\n\n%s\n" % (
        title, ev["summary"], when_str(ev, m["lang"], "long"), ev.get("location") or "", ev.get("desc") or "",
        "Organizer: %s" % (org[0] or org[1]))
    html = "<!DOCTYPE html><html><body><h1>%s</h1><p>%s</p></body></html>\n" % (html_escape(ev["summary"]),
                                                                              text_to_html(plain))
    b1 = "_=_swift_%d_%s_=_" % (int(m["date"].timestamp()), hexid(32)) if m["date"].year < 2022 else alnum(8)
    b2 = alnum(8) if not b1.startswith("_=_") else "_=_swift_%d_%s_=_" % (int(m["date"].timestamp()), hexid(32))
    alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[
        leaf("text/plain", plain, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")],
        boundary=b2)
    cal = Part([("Content-Type", "text/calendar; method=%s; charset=utf-8" % meth), ("Content-Transfer-Encoding",
                                                                                     "quoted-printable")],
               encode_body(ics, "utf-8", "quoted-printable")[1])
    H = [("Message-ID", "<%s@%s>" % (hexid(32), m["host_dom"])), ("Date", rfc2822(m["date"])),
         ("Subject", subj(m, m.get("subject") or "%s: %s" % (title, ev["summary"]))),
         ("From", addr(m, ("%s via Nextcloud" % (org[0] or org[1].split("@")[0]) if m["lang"] == "en" else
                           org[0] or "Nextcloud", "noreply@" + m["host_dom"]))),
         ("Reply-To", addr(m, org)), ("To", to_list(m)), ("MIME-Version", "1.0")]
    H += m.get("xh", [])
    H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b1))
    return Part(H, children=[alt, cal], boundary=b1)


def zimbra(m):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    for e in m["events"]:
        e["x"] = list(e.get("x", [])) + ["X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        e["cls"] = e.get("cls") or "PUBLIC"
        if not e.get("alarms"):
            e["alarms"] = [dict(trigger="-PT5M", desc="Reminder")]
    ics = ics_text(m, "zimbra", "Zimbra-Calendar-Provider", timestyle="quoted", tzstyle="zimbra")
    org = ev.get("organizer") or m["frm"]
    plain = m.get("body") or ("The following is a new meeting request:\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\n"
                              "Location: %s \nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (
                                  ev["summary"], org[0], org[1], ev.get("location") or "",
                                  when_str(ev, m["lang"], "long"),
                                  "; ".join(a["addr"] for a in ev.get("attendees", [])[:40]), ev.get("desc") or ""))
    html = "<html><body id='htmlmode'><h3>%s</h3><p>%s</p></body></html>\n" % (
        html_escape(ev["summary"]), text_to_html(plain))
    bnd = "=_%s-%s-%s-%s-%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
    ver = pick(["8.8.15_GA_4508", "9.0.0_GA_4583", "8.8.12_GA_3794", "10.0.6_GA_4652"])
    H = [("Date", rfc2822(m["date"])), ("From", addr(m, m["frm"])), ("To", to_list(m)),
         ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randint(100000, 999999), R.randint(1000000, 9999999),
                                                           int(m["date"].timestamp() * 1000), m["frm"][1].split("@")[1])),
         ("Subject", subj(m, m.get("subject") or ev["summary"])), ("MIME-Version", "1.0"),
         ("Content-Type", 'multipart/alternative; %s\tboundary="%s"' % (CRLF, bnd)),
         ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s)" % (ver, pick(["FF120 (Linux)", "GC122 (Win)", "SAF17 (Mac)"])
                                                           + "/" + ver)),
         ("Thread-Topic", subj(m, ev["summary"])), ("Thread-Index", alnum(28))]
    H += m.get("xh", [])
    return Part(H, children=[leaf("text/plain", plain, "utf-8", "quoted-printable"),
                             leaf("text/html", html, "utf-8", "quoted-printable"),
                             leaf("text/calendar", ics, "utf-8", "7bit", ctype_params="; method=" + meth)],
                boundary=bnd)


def sogo(m):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    for e in m["events"]:
        e["x"] = list(e.get("x", [])) + ["X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES"]
        e["cls"] = e.get("cls") or "PUBLIC"
        if e.get("created") is None:
            e["created"] = e["dtstamp"]
    ics = ics_text(m, "sogo", "-//Inverse inc./SOGo %s//EN" % pick(["5.8.0", "5.10.0", "4.3.2", "5.11.1"]))
    org = ev.get("organizer") or m["frm"]
    html = m.get("html") or ("<html><body><p>%s has invited you to %s.</p><p>Start: %s<br>Location: %s</p><p>%s</p>"
                             "</body></html>\n" % (html_escape(org[0]), html_escape(ev["summary"]),
                                                   html_escape(when_str(ev, m["lang"], "long")),
                                                   html_escape(ev.get("location") or ""),
                                                   text_to_html(ev.get("desc") or "")))
    bnd = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d" % (R.randint(1000, 99999), int(m["date"].timestamp()),
                                                              R.randint(100000, 999999), R.randint(1, 9))
    H = [("Content-Type", 'multipart/mixed; boundary="%s"' % bnd), ("From", addr(m, m["frm"])), ("To", to_list(m)),
         ("Subject", subj(m, m.get("subject") or 'Event Invitation: "%s"' % ev["summary"])),
         ("Date", rfc2822(m["date"])), ("MIME-Version", "1.0"),
         ("Message-Id", "<sogo.%s.%d@%s>" % (hexid(8), R.randint(1000, 9999), m["frm"][1].split("@")[1])),
         ("X-Mailer", "SOGoMail %s" % pick(["5.8.0", "5.10.0", "5.11.1"]))]
    H += m.get("xh", [])
    return Part(H, children=[leaf("text/html", html, "utf-8", "quoted-printable"),
                             leaf("text/calendar", ics, "utf-8", "quoted-printable", ctype_params="; method=" + meth)],
                boundary=bnd)


def yahoo(m):
    ev = m["events"][0]
    meth = m.get("method") or "REQUEST"
    ics = ics_text(m, "yahoo", "-//Yahoo! Inc.//Yahoo Calendar//EN", timestyle="utc")
    plain = m.get("body") or "%s\n%s\n%s\n\n%s\n" % (ev["summary"], when_str(ev, m["lang"], "long"),
                                                     ev.get("location") or "", ev.get("desc") or "")
    b1 = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999),
                                  int(m["date"].timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999),
                                  int(m["date"].timestamp() * 1000))
    cs = cs_ok(plain, m.get("cs", "UTF-8"))
    alt = Part([("Content-Type", 'multipart/alternative; %s\tboundary="%s"' % (CRLF, b2))], children=[
        leaf("text/plain", plain, cs, "quoted-printable"),
        leaf("text/html", "<html><head></head><body><div class=\"ydp\">%s</div></body></html>" % text_to_html(plain),
             "UTF-8", "quoted-printable")], boundary=b2)
    cal = leaf("text/calendar", ics, "UTF-8", "7bit", ctype_params="; method=%s" % meth)
    H = [("Date", rfc2822(m["date"])), ("From", addr(m, m["frm"])), ("To", to_list(m)),
         ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10 ** 9, 2 * 10 ** 9), R.randint(10 ** 6, 10 ** 7),
                                                       int(m["date"].timestamp() * 1000))),
         ("Subject", subj(m, m.get("subject") or "%s: %s" % (reply_prefix(m, ev), ev["summary"]))),
         ("MIME-Version", "1.0"), ("Content-Type", 'multipart/mixed; %s\tboundary="%s"' % (CRLF, b1)),
         ("X-Mailer", "WebService/1.1.%d YMailNorrin" % R.randint(20000, 23000))]
    H += m.get("xh", [])
    return Part(H, children=[alt, cal], boundary=b1)


# ====================================================================== transactional / booking systems
def booking(m):
    """Airline/rail/hotel/restaurant/doctor/webinar platforms; m['sys'] describes the system."""
    sysd = m["sys"]
    ev = m["events"][0]
    meth = m.get("method") if m.get("method") is not None else "PUBLISH"
    ics = ics_text(m, "booking", sysd["prodid"], timestyle=sysd.get("timestyle", "utc"),
                   tzstyle=sysd.get("tzstyle", "olson"), calscale=sysd.get("calscale", True),
                   method_line=bool(meth), version_first=sysd.get("version_first", False),
                   header_extra=sysd.get("calx"))
    plain = m["body"]
    html = m.get("html") or ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"%s\"><title>%s</title></head>"
                             "<body style=\"margin:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%%\">"
                             "<tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;font-family:Arial\">"
                             "<tr><td style=\"padding:24px\">%s</td></tr></table></td></tr></table></body></html>\n" % (
                                 m["lang"], m.get("cs", "utf-8"), html_escape(ev["summary"]), text_to_html(plain)))
    cs = cs_ok(plain + html, m.get("cs", "utf-8"))
    style = sysd.get("mime", "mixed")
    cal_ct = sysd.get("cal_ct", "text/calendar")
    name = sysd.get("ics_name", "invite.ics")
    if cal_ct == "text/calendar":
        cal = att_part("text/calendar", name, ics, "utf-8", sysd.get("ics_cte", "base64"), method=meth or None)
    else:
        cal = att_part(cal_ct, name, ics, None, "base64")
    bnd = sysd.get("bnd") or "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10 ** 8, 10 ** 9),
                                                       int(m["date"].timestamp() * 1000))
    bnd2 = "b2_" + hexid(32) if "b1_" in bnd else bnd[:-3] + digits(3) if bnd[-3:].isdigit() else bnd + "_alt"
    pcte = sysd.get("cte", "quoted-printable")
    if style == "mixed":
        alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd2)], children=[
            leaf("text/plain", plain, cs, pcte), leaf("text/html", html, cs, pcte)], boundary=bnd2)
        children = [alt, cal]
        ct = 'multipart/mixed; boundary="%s"' % bnd
    elif style == "alt3":
        children = [leaf("text/plain", plain, cs, pcte), leaf("text/html", html, cs, pcte),
                    leaf("text/calendar", ics, "utf-8", sysd.get("ics_cte", "base64"),
                         ctype_params="; method=%s" % (meth or "PUBLISH"))]
        ct = 'multipart/alternative; boundary="%s"' % bnd
    else:  # html + ics only
        children = [leaf("text/html", html, cs, pcte), cal]
        ct = 'multipart/mixed; boundary="%s"' % bnd
    dom = m["frm"][1].split("@")[1]
    mid = sysd.get("mid") or "<%s@%s>" % (ruuid(), sysd.get("mid_dom", dom))
    H = [("From", addr(m, m["frm"]))]
    if m.get("reply_to"):
        H.append(("Reply-To", addr(m, m["reply_to"])))
    H += [("To", to_list(m)), ("Subject", subj(m, m["subject"])), ("Date", rfc2822(m["date"])),
          ("Message-ID", mid), ("MIME-Version", "1.0")]
    H += sysd.get("xh", []) + m.get("xh", [])
    H.append(("Content-Type", ct))
    return Part(H, children=children, boundary=bnd)


# ====================================================================== hand-rolled tools (spam kits)
SPAM_PRODIDS = ["-//ABC Corporation//NONSGML My Product//EN", "-//hacksw/handcal//NONSGML v1.0//EN",
                "-//My calendar product//mxm.dk//", "-//ics.py - http://git.io/lLljaA//EN",
                "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "-//sebbo.net//ical-generator//EN",
                "-//arran4//Golang ICS Library", "-//Calendar//Event//EN", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "-//Google Inc//Google Calendar 70.9054//EN", "PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN",
                "-//Events Calendar//iCal4j 1.0//EN", "-//PHP//iCal Export//EN", "-//Zoho//Calendar//EN",
                "icalendar-ruby", "-//Mailer//Invite 2.1//EN", "-//Office//Meeting//EN", "-//Sabre//Sabre VObject 4.1.6//EN",
                "-//Spatie//iCalendar-generator//EN", "-//Eluceo//iCal//EN"]


def spamtool(m):
    ev = m["events"][0]
    v = m.get("variant") or pick(["single", "htmlcal", "phpmailer", "python", "node", "dotnet", "go", "fakeoutlook"])
    meth = m.get("method")
    k = dict(m.get("ics_kw", {}))
    prodid = m.get("prodid") or pick(SPAM_PRODIDS)
    if prodid.startswith("PRODID:"):
        prodid = prodid[7:]
    profile = k.pop("profile", pick(["plain", "bare", "upper", "booking", "spam"]))
    k.setdefault("timestyle", pick(["utc", "utc", "floating", "tzid"]))
    k.setdefault("fold_mode", pick(["utf8", "utf8", "none", "bytes"]))
    ics = render_calendar(profile, prodid, meth or "REQUEST", m["events"], **k)
    ct_meth = m.get("ct_method", meth or "REQUEST")
    plain = m.get("body") or ""
    html = m.get("html") or ("<html><body>%s</body></html>" % text_to_html(plain))
    cs = cs_ok(plain + html, m.get("cs", "utf-8"))
    ics_cs = m.get("ics_cs", "utf-8")
    ics_cs = cs_ok(ics, ics_cs)
    lf = k.get("lf", False)
    dom = m["frm"][1].split("@")[1]
    H = []
    if v == "single":
        cte = pick(["7bit", "base64", "quoted-printable", "8bit"]) if not lf else "base64"
        c, body = encode_body(ics, ics_cs, cte, lf_only=lf)
        H = [("From", addr(m, m["frm"])), ("To", to_list(m)), ("Subject", subj(m, m.get("subject") or ev["summary"])),
             ("Date", rfc2822(m["date"])), ("Message-ID", "<%s@%s>" % (alnum(24), dom)), ("MIME-Version", "1.0")]
        H += m.get("xh", [])
        H += [("Content-Type", "text/calendar; method=%s; charset=%s" % (ct_meth, ics_cs) if ct_meth else
               "text/calendar; charset=%s" % ics_cs), ("Content-Transfer-Encoding", c)]
        return Part(H, body)
    cal_cte = "base64" if lf else pick(["base64", "7bit", "quoted-printable", "8bit"])
    if v == "python":
        bnd = "===============%019d==" % R.randint(10 ** 17, 10 ** 19 - 1)
        bnd2 = "===============%019d==" % R.randint(10 ** 17, 10 ** 19 - 1)
    elif v == "phpmailer":
        bnd = "b1_" + alnum(43)
        bnd2 = "b2_" + alnum(43)
    elif v == "node":
        bnd = "--_NmP-%s-Part_1" % hexid(16)
        bnd2 = "--_NmP-%s-Part_2" % hexid(16)
    elif v == "dotnet":
        bnd = "--boundary_0_%s" % ruuid()
        bnd2 = "--boundary_1_%s" % ruuid()
    elif v == "go":
        bnd = hexid(60)
        bnd2 = hexid(60)
    else:
        bnd = "----=_NextPart_000_%04X_%s.%s" % (R.randint(0, 0xffff), hexid(8, True), hexid(8, True))
        bnd2 = "----=_NextPart_001_%04X_%s.%s" % (R.randint(0, 0xffff), hexid(8, True), hexid(8, True))
    pc = pick(["quoted-printable", "base64", "7bit" if cs == "us-ascii" else "8bit"])
    cal_leaf = leaf("text/calendar", ics, ics_cs, cal_cte, lf_only=lf,
                    ctype_params=("; method=%s" % ct_meth if ct_meth else "") + (
                        '; name="%s"' % m.get("ics_name", "invite.ics") if chance(0.5) else ""))
    if chance(0.4):
        cal_leaf.headers.append(("Content-Disposition", pick(["inline", 'attachment; filename="%s"' % m.get(
            "ics_name", "invite.ics")])))
    structure = m.get("structure") or pick(["mixed_alt", "alt", "mixed_html", "alt_plaincal"])
    if structure == "mixed_alt":
        alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd2)], children=[
            leaf("text/plain", plain, cs, pc), leaf("text/html", html, cs, pc)], boundary=bnd2)
        kids = [alt, cal_leaf]
        root_ct = 'multipart/mixed; boundary="%s"' % bnd
    elif structure == "alt":
        kids = [leaf("text/plain", plain, cs, pc), leaf("text/html", html, cs, pc), cal_leaf]
        root_ct = 'multipart/alternative; boundary="%s"' % bnd
    elif structure == "mixed_html":
        kids = [leaf("text/html", html, cs, pc), cal_leaf]
        root_ct = 'multipart/mixed; boundary="%s"' % bnd
    else:
        kids = [leaf("text/plain", plain, cs, pc), cal_leaf]
        root_ct = 'multipart/alternative; boundary="%s"' % bnd
    if m.get("extra_parts"):
        kids += m["extra_parts"]
    H = [("From", addr(m, m["frm"])), ("To", to_list(m) if not m.get("undisclosed") else "undisclosed-recipients:;"),
         ("Subject", subj(m, m.get("subject") or ev["summary"])), ("Date", rfc2822(m["date"]))]
    if m.get("reply_to"):
        H.append(("Reply-To", addr(m, m["reply_to"])))
    H += [("Message-ID", "<%s@%s>" % (alnum(R.choice([16, 24, 32])), m.get("mid_dom", dom))), ("MIME-Version", "1.0")]
    if v == "phpmailer":
        H.append(("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % pick(["6.8.0", "6.9.1", "6.5.3", "5.2.28"])))
    elif v == "fakeoutlook":
        H.append(("X-Mailer", pick(["Microsoft Outlook 16.0", "Microsoft Office Outlook 12.0",
                                    "Microsoft Outlook Express 6.00.2900.5512"])))
        if chance(0.5):
            H.append(("Thread-Index", alnum(30)))
    elif v == "dotnet" and chance(0.5):
        H.append(("X-Mailer", "Microsoft CDO for Windows 2000"))
    H += m.get("xh", [])
    H.append(("Content-Type", root_ct))
    return Part(H, children=kids, boundary=bnd)


CLIENTS = {"google": google, "outlook": lambda m: outlook(m, "exchange"), "outlook-desktop": lambda m: outlook(m, "desktop"),
           "icloud": lambda m: apple(m, "icloud"), "apple-mail": lambda m: apple(m, "mail"), "thunderbird": thunderbird,
           "zoom": zoom, "nextcloud": nextcloud, "zimbra": zimbra, "sogo": sogo, "yahoo": yahoo, "booking": booking,
           "spamtool": spamtool}
