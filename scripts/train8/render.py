"""Render corpus items into RFC 5322 messages, one function per sending client."""
import os, html as H, base64, shutil, time
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo
import ical
import mimeutil as M
from mimeutil import CRLF, Part, text_part, bin_part, hdr, addr, b64

UTC = timezone.utc
g = None  # the gen module (random source and helpers), set by main()


def R():
    return g.R


# ------------------------------------------------------------------ helpers

def bnd(style):
    r = g.R
    if style == "google":
        return "000000000000" + g.rhex(12)
    if style == "ms":
        return "_000_%s_" % g.ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "apple":
        return "Apple-Mail=_%s" % str(g.ruuid()).upper()
    if style == "moz":
        return "------------%s" % g.ralnum(24)
    if style == "zimbra":
        return "=_%s" % g.ruuid()
    if style == "php":
        return "b1_%s" % g.ralnum(43)
    return "----=_Part_%d_%d.%d" % (r.randint(1, 99999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))


def fmt_when(it, lang):
    st, en = it["start"], it["end"]
    tzabbr = st.tzname() or ""
    if lang == "en":
        def hm(d):
            return (d.strftime("%I").lstrip("0") + (":" + d.strftime("%M") if d.minute else "") + d.strftime("%p").lower())
        return "%s %s - %s (%s)" % (st.strftime("%a %b %d, %Y").replace(" 0", " "), hm(st), hm(en), tzabbr)
    return "%s %s - %s (%s)" % (st.strftime("%Y-%m-%d"), st.strftime("%H:%M"), en.strftime("%H:%M"), tzabbr)


def labels(lang):
    from texts_intl import LABELS
    if lang == "zh" and g.R.random() < 0.0:
        return LABELS["zt"]
    return LABELS[lang]


def cta_line(it):
    c = it["cta"] or ("Details" if it["lang"] == "en" else "")
    return (c + ": " if c else "") + it["url"]


def choose_charset(it, client):
    lang = it["lang"]
    leg = g.LANG[lang]["legacy"]
    r = g.R.random()
    if client in ("google", "zoom", "nextcloud", "zimbra", "yahoo", "icloud", "sogo"):
        return "utf-8"
    if client in ("outlook365", "outlookdesk"):
        return g.R.choice(leg) if r < 0.45 else "utf-8"
    if client == "applemail":
        return "iso-2022-jp" if lang == "ja" and r < 0.6 else ("windows-1252" if lang in ("en", "de", "fr") and r < 0.3 else "utf-8")
    if client == "thunderbird":
        return g.R.choice(leg) if (r < 0.3 or it["arr"].year < 2018 and r < 0.6) else "utf-8"
    return g.R.choice(leg) if r < 0.5 else "utf-8"


# ------------------------------------------------------------------ event model

def event(it, method="REQUEST"):
    s = it["sender"]
    org_cn = s["display"] if s["kind"] != "free" or g.R.random() < 0.8 else s["person"]
    org_email = s["email"]
    atts = []
    if it["client"] == "listmgr":
        rc = (s["listname"].replace("-", " ").title(), s["listaddr"])
    else:
        rc = (it["rname_full"] if g.R.random() < 0.6 else "", it["rcpt"])
    atts.append((rc[0], rc[1], "NEEDS-ACTION", "REQ-PARTICIPANT", "TRUE"))
    # extra attendees: colleagues or (spam) other victims
    for _ in range(g.R.choice([0, 0, 1, 2, 3] if it["label"] == "ham" else [0, 0, 0, 1, 5])):
        pn, pl = g.person(it["lang"])
        d = it["rdom"] if g.R.random() < 0.7 else g.org_domain(g.R.choice(g.BRANDS), it["lang"])
        atts.append((pn, "%s@%s" % (pl, d), "NEEDS-ACTION", g.R.choice(["REQ-PARTICIPANT", "OPT-PARTICIPANT"]), "TRUE"))
    dtstamp = it["arr"] - timedelta(seconds=g.R.randint(2, 50))
    created = dtstamp - timedelta(minutes=g.R.choice([0, 1, 3, 12, 60, 600]))
    e = dict(method=method, uid=None, seq=0, created=created, dtstamp=dtstamp, lastmod=dtstamp,
             start=it["start"], end=it["end"], tz=it["tz"], summary=it["summary"], desc=it["desc"],
             location=it["location"], organizer=(org_cn, org_email), attendees=atts, lang=it["lang"],
             mslang=g.LANG[it["lang"]]["ms"], alarm=g.R.choice([None, 10, 15, 30, 60, 1440]),
             ownerid=g.R.randint(-2 ** 31, 2 ** 31 - 1), attach=[], xprops=[])
    if it["t"].get("hint") == "todo":
        e["todo"] = True
    if it["t"].get("hint") == "allday":
        e["allday"] = True
    return e


def place_payload(it, e, modes):
    """Put the link where this message hides it. Returns the mode used."""
    url = it["url"]
    if it["cat"] in ("qr-verify",):
        e["qr"] = True
        return "qr"
    if not url:
        return "none"
    mode = g.R.choice(modes)
    it["mode"] = mode
    cl = cta_line(it)
    if mode == "desc":
        e["desc"] = e["desc"] + "\n\n" + cl
    elif mode == "location":
        e["location"] = (e["location"] + " - " if e["location"] and g.R.random() < 0.5 else "") + url
    elif mode == "url":
        e["url"] = url
    elif mode == "attach":
        fn = g.R.choice(["Case_File", "Document", "Agenda", "Details", "Invoice", "Statement", "Recording", "Letter"])
        e["attach"].append((";FMTTYPE=application/pdf;FILENAME=%s_%s.pdf" % (fn, g.ralnum(5)), url))
    elif mode == "altdesc":
        e["html"] = ("<html><body><p>%s</p><p><a href=\"%s\">%s</a></p></body></html>"
                     % (H.escape(e["desc"]).replace("\n", "<br>"), url, H.escape(it["cta"] or url)))
    elif mode == "conference":
        e["conference"] = (url, it["cta"] or "Join")
    elif mode == "attach-bin":
        page = ("<html><head><meta charset=\"utf-8\"><title>%s</title></head><body onload=\"location.href='%s'\">"
                "<p>Loading secure document...</p></body></html>" % (H.escape(it["summary"]), url))
        e["attach"].append((";ENCODING=BASE64;VALUE=BINARY;FMTTYPE=text/html;X-FILENAME=%s.html"
                            % g.R.choice(["Secure_Document", "Voice_Message", "Case_Details", "Statement"]),
                            base64.b64encode(page.encode()).decode()))
    return mode


def body_text_of(e, it):
    d = e["desc"]
    return d


def html_wrap(inner, lang, cs="utf-8"):
    dirattr = ' dir="rtl"' if lang in ("ar", "he") else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s>%s</body></html>' % (cs, dirattr, inner))


def p(s):
    return H.escape(s).replace("\n", "<br>\n")


# ------------------------------------------------------------------ clients

def c_google(it):
    e = event(it)
    lab = labels(it["lang"])
    e["uid"] = g.ralnum(26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
    if g.R.random() < (0.5 if it["label"] == "ham" else 0.25):
        code = "%s-%s-%s" % (g.ralnum(3, "abcdefghijkmnopqrstuvwxyz"), g.ralnum(4, "abcdefghijkmnopqrstuvwxyz"), g.ralnum(3, "abcdefghijkmnopqrstuvwxyz"))
        e["meet"] = "https://meet.google.com/" + code
    mode = place_payload(it, e, ["desc", "desc", "desc", "location", "attach"])
    if mode == "attach":
        e["attach"] = [(";FILENAME=%s.pdf;FMTTYPE=application/pdf" % it["summary"][:30].replace(";", ""),
                        "https://drive.google.com/file/d/%s/view?usp=drive_web" % g.ralnum(33))]
        e["desc"] += "\n\n" + it["url"] if g.R.random() < 0.3 else ""
    gd = e["desc"]
    if e.get("meet"):
        gd += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
               "Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
               "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % e["meet"])
    e["gdesc"] = gd
    ics = ical.google(e)
    when = fmt_when(it, it["lang"])
    eid = base64.b64encode(("%s %s" % (e["uid"][:26], it["rcpt"])).encode()).decode().rstrip("=")
    tok = g.ralnum(40)
    s = it["sender"]
    txt = [ "%s" % it["summary"], "%s: %s" % (lab[1], when)]
    if e["location"]:
        txt.append("%s: %s" % (lab[2], e["location"]))
    if e.get("meet"):
        txt.append("%s Google Meet: %s" % (lab[5], e["meet"]))
    txt += ["", e["desc"], "", lab[3], "%s - %s" % (e["organizer"][0], lab[4]), it["rcpt"],
            "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, it["tz"].replace("/", "%2F"), it["lang"]),
            "", "Reply for %s" % it["rcpt"], "",
            "%s https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s&ctz=%s&hl=%s&es=0" % (lab[6], eid, tok, it["tz"].replace("/", "%2F"), it["lang"]),
            "%s https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2&tok=%s&ctz=%s&hl=%s&es=0" % (lab[7], eid, tok, it["tz"].replace("/", "%2F"), it["lang"]),
            "%s https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3&tok=%s&ctz=%s&hl=%s&es=0" % (lab[8], eid, tok, it["tz"].replace("/", "%2F"), it["lang"]),
            "", "More options https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s" % (eid, tok), "",
            "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
            "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
            "", "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(txt)
    htm = html_wrap('<div itemscope itemtype="http://schema.org/EventReservation"><table><tr><td><h2>%s</h2>'
                    '<p><b>%s</b> %s</p>%s<div style="white-space:pre-wrap">%s</div><p><b>%s</b><br>%s &ndash; %s<br>%s</p>'
                    '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1&amp;tok=%s">%s</a> '
                    '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2&amp;tok=%s">%s</a> '
                    '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3&amp;tok=%s">%s</a></p>'
                    '<p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p></td></tr></table></div>'
                    % (p(it["summary"]), lab[1], p(when), ("<p><b>%s</b> %s</p>" % (lab[2], p(e["location"]))) if e["location"] else "",
                       p(e["desc"]), lab[3], p(e["organizer"][0]), lab[4], it["rcpt"], eid, tok, lab[6], eid, tok, lab[7], eid, tok, lab[8]), it["lang"], "UTF-8")
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", plain.replace("\n", CRLF), "UTF-8", "base64" if not M.is_ascii(plain) else "7bit", [("format", "flowed"), ("delsp", "yes")]),
        text_part("text/html", htm.replace("\n", CRLF), "UTF-8", "quoted-printable"),
        text_part("text/calendar", ics, "UTF-8", "base64" if not M.is_ascii(ics) else "7bit", [("method", e["method"])]),
    ], boundary=bnd("google"))
    att = Part("application/ics", [("name", '"invite.ics"')], b64(ics.encode("utf-8")), "base64",
               disposition='attachment; filename="invite.ics"')
    top = Part("multipart/mixed", children=[alt, att], boundary=bnd("google"))
    if e.get("qr"):
        top.children.insert(1, qr_part(it))
    subj = "%s: %s @ %s (%s)" % (lab[0], it["summary"], when, it["rcpt"])
    hs = [hdr("Reply-To", addr(s["display"], s["email"]) if M.is_ascii(s["display"]) else addr(s["display"], s["email"])),
          "Sender: Google Calendar <calendar-notification@google.com>", "Auto-Submitted: auto-generated",
          "Message-ID: <calendar-%s@google.com>" % g.ruuid(), "Date: " + g.rfc2822(it["arr"] - timedelta(seconds=1)),
          hdr("Subject", subj), hdr("From", addr(s["display"], s["email"])), "To: " + it["rcpt"]]
    return ["MIME-Version: 1.0"] + hs, top, {"dkim_h": "to:from:subject:date:message-id:reply-to:sender:mime-version"}


def c_outlook(it, desktop=False):
    s = it["sender"]
    e = event(it)
    cs = choose_charset(it, it["client"])
    e["uid"] = "040000008200E00074C5B7101A82E00800000000" + g.rhex(16).upper() + "01000000000000000010000000" + g.rhex(32).upper()
    if not desktop and g.R.random() < 0.5 and it["arr"].year >= 2020:
        tid = g.ralnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        e["teams"] = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (tid, g.ruuid(), g.ruuid())
        e["teams_id"], e["teams_oid"], e["teams_tid"] = tid, g.ruuid(), g.ruuid()
        if not e["location"]:
            e["location"] = "Microsoft Teams Meeting"
    modes = ["desc", "desc", "location"] + (["altdesc"] if desktop else ["desc"])
    mode = place_payload(it, e, modes)
    body = e["desc"]
    if e.get("teams"):
        mid = " ".join(str(g.R.randint(100, 999)) for _ in range(4))
        body += ("\n\n________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                 "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                 "________________________________________________________________________________" % (e["teams"], mid, g.ralnum(6)))
    e["desc"] = body
    if mode == "altdesc" and desktop:
        pass
    elif desktop:
        e["html"] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17328.20068">\n'
                     '<TITLE></TITLE>\n</HEAD>\n<BODY>\n<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n</BODY>\n</HTML>'
                     % (e["mslang"], p(body)))
    ics = ical.exchange(e, desktop=desktop)
    htm_inner = '<div class="WordSection1"><p class="MsoNormal">%s</p></div>' % p(body)
    if mode == "altdesc":
        htm_inner += '<p class="MsoNormal"><a href="%s">%s</a></p>' % (it["url"], H.escape(it["cta"] or "Open"))
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
           '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n%s\n</body>\n</html>\n'
           % (cs, e["mslang"], htm_inner))
    cte_t = g.R.choice(["quoted-printable", "base64"]) if not M.is_ascii(body) else "quoted-printable"
    parts = [text_part("text/plain", body.replace("\n", CRLF), cs, cte_t),
             text_part("text/html", htm.replace("\n", CRLF), cs, cte_t),
             text_part("text/calendar", ics, "utf-8", "base64", [("method", e["method"])])]
    alt = Part("multipart/alternative", children=parts, boundary=bnd("ms"))
    top = alt
    if e.get("qr"):
        top = Part("multipart/mixed", children=[alt, qr_part(it)], boundary=bnd("ms"))
    mid_host = "%s%sPR%02dMB%d.%sprd%02d.prod.outlook.com" % (g.R.choice(["AS8", "DB9", "PA4", "BN0", "CH3", "SN7", "TY0", "SY4"]),
                                                            "", g.R.randint(1, 10), g.R.randint(1000, 9999), g.R.choice(["eur", "nam", "apc", "jpn", "aus"]), g.R.randint(1, 12))
    it["ms_host"] = mid_host
    hs = [hdr("From", addr(s["display"], s["email"], cs if M.can_encode(s["display"], cs) else "utf-8")),
          hdr("To", addr(it["rname_full"], it["rcpt"], "utf-8")), hdr("Subject", it["summary"], cs if M.can_encode(it["summary"], cs) else "utf-8"),
          hdr("Thread-Topic", it["summary"], cs if M.can_encode(it["summary"], cs) else "utf-8"),
          "Thread-Index: " + base64.b64encode(bytes(g.R.getrandbits(8) for _ in range(22))).decode(),
          "Date: " + g.rfc2822(it["arr"].astimezone(UTC) - timedelta(seconds=2)).replace("+0000", "+0000"),
          "Message-ID: <%s%s@%s>" % (mid_host.split(".")[0], g.ralnum(20, "ABCDEF0123456789"), mid_host),
          "Accept-Language: %s, en-US" % e["mslang"], "Content-Language: " + e["mslang"], "X-MS-Has-Attach:" + (" yes" if e.get("qr") else ""),
          "X-MS-TNEF-Correlator:"]
    if not desktop:
        hs += ["x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA" + g.ralnum(20) + "AAAAAAAAAAAQ" + g.ralnum(20),
               "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage" % (mid_host.split(".")[0], mid_host.split(".")[0])]
    else:
        hs = [h for h in hs if not h.startswith("X-MS-TNEF")] + ["X-Mailer: Microsoft Outlook 16.0", "thread-index-orig: x"][:1]
    hs += ["MIME-Version: 1.0"]
    return hs, top, {"dkim_h": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"}


def c_apple(it, icloud=False):
    s = it["sender"]
    e = event(it)
    cs = choose_charset(it, it["client"])
    e["uid"] = g.ruuid().upper()
    e["alarm_uid"] = g.ruuid().upper()
    yr = it["arr"].year
    osv = {2016: "Mac OS X 10.11.6", 2017: "Mac OS X 10.12.6", 2018: "Mac OS X 10.13.6", 2019: "Mac OS X 10.14.6",
           2020: "Mac OS X 10.15.7", 2021: "macOS 11.6", 2022: "macOS 12.6", 2023: "macOS 13.5", 2024: "macOS 14.4",
           2025: "macOS 15.3", 2026: "macOS 26.1"}[yr]
    ios = {2016: "10.1", 2017: "11.1", 2018: "12.1", 2019: "13.2", 2020: "14.2", 2021: "15.1", 2022: "16.1",
           2023: "17.1.2", 2024: "17.5.1", 2025: "18.4", 2026: "26.1"}[yr]
    e["prodid"] = "-//Apple Inc.//%s//EN" % (osv if g.R.random() < 0.5 else "iPhone OS " + ios)
    mode = place_payload(it, e, ["desc", "url", "location", "url"])
    ics = ical.apple(e)
    lab = labels(it["lang"])
    if icloud:
        when = fmt_when(it, it["lang"])
        htm = html_wrap('<table width="100%%"><tr><td style="font-family:-apple-system,Helvetica"><p>%s %s</p>'
                        '<h2>%s</h2><p>%s</p><p>%s</p><p>%s</p><p><a href="https://www.icloud.com/calendar/eventinvitation?%s">%s</a> | '
                        '<a href="https://www.icloud.com/calendar/eventinvitation?%s&amp;r=d">%s</a> | <a href="https://www.icloud.com/calendar/eventinvitation?%s&amp;r=m">%s</a></p>'
                        '</td></tr></table>' % (p(s["display"]), lab[0], p(it["summary"]), p(when), p(e.get("location", "")),
                                                p(e["desc"]), g.ralnum(30), lab[6], g.ralnum(30), lab[7], g.ralnum(30), lab[8]), it["lang"])
        parts = [text_part("text/html", htm, "utf-8", "quoted-printable"),
                 text_part("text/calendar", ics, "utf-8", "quoted-printable", [("method", "REQUEST"), ("name", '"iCloud invitation.ics"')],
                           disposition='attachment; filename="iCloud invitation.ics"')]
        top = Part("multipart/mixed", children=parts, boundary=bnd("apple"))
        subj = "%s: %s" % (lab[0], it["summary"])
        hs = [hdr("From", addr(s["display"], "noreply@email.apple.com")), "To: " + it["rcpt"],
              hdr("Reply-To", addr(s["display"], s["email"])), hdr("Subject", subj),
              "Date: " + g.rfc2822(it["arr"] - timedelta(seconds=3)),
              "Message-ID: <%s@%s.apple.com>" % (g.ruuid().upper(), g.R.choice(["p71-calendarws", "p52-caldav", "p34-calendarws"])),
              "MIME-Version: 1.0", "X-Apple-Calendar-Invitation: 1"]
        if e.get("qr"):
            top.children.insert(1, qr_part(it))
        return hs, top, {"dkim_h": "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version"}
    note = it["t"].get("n") or (e["desc"] if g.R.random() < 0.3 else it["summary"] + "\n")
    kids = []
    if note:
        kids.append(text_part("text/plain", note.replace("\n", CRLF), cs, "quoted-printable"))
    kids.append(text_part("text/calendar", ics, "utf-8", "quoted-printable" if g.R.random() < 0.5 else "base64",
                          [("method", "REQUEST"), ("name", "iCal-%s.ics" % it["arr"].strftime("%Y%m%d-%H%M%S"))],
                          disposition="attachment;" + CRLF + "\tfilename=iCal-%s.ics" % it["arr"].strftime("%Y%m%d-%H%M%S")))
    if e.get("qr"):
        kids.append(qr_part(it))
    top = Part("multipart/mixed", children=kids, boundary=bnd("apple"))
    mv = {2016: "3124", 2017: "3273", 2018: "3445.9.1", 2019: "3594.4.19", 2020: "3608.120.23.2.4", 2021: "3654.120.0.1.13",
          2022: "3696.120.41.1.1", 2023: "3731.600.7", 2024: "3774.500.171.1.1", 2025: "3826.400.131.1.6", 2026: "3864.100.1"}[yr]
    if g.R.random() < 0.5:
        xm = "Apple Mail (2.%s)" % mv
        mime = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % mv
    else:
        xm = "iPhone Mail (%s)" % g.R.choice(["21E236", "20G75", "19H12", "22E240", "18D52"])
        mime = "Mime-Version: 1.0 (1.0)"
    hs = ["Content-Transfer-Encoding: 7bit" if False else None, hdr("From", addr(s["display"], s["email"])),
          hdr("Subject", ("%s: %s" % (lab[0], it["summary"])) if g.R.random() < 0.5 else it["summary"]),
          "Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"])) - timedelta(seconds=4)),
          "Message-Id: <%s@%s>" % (g.ruuid().upper(), s["domain"]), hdr("To", addr(it["rname_full"], it["rcpt"], quote=False)),
          mime, "X-Mailer: " + xm]
    return [h for h in hs if h], top, {"dkim_h": "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To"}


def c_thunderbird(it):
    s = it["sender"]
    e = event(it)
    cs = choose_charset(it, "thunderbird")
    e["uid"] = g.ruuid()
    mode = place_payload(it, e, ["desc", "url", "location", "attach"])
    ics = ical.mozilla(e)
    lab = labels(it["lang"])
    yr = it["arr"].year
    tbv = {2016: "45.8.0", 2017: "52.5.0", 2018: "60.3.1", 2019: "60.9.1", 2020: "68.12.0", 2021: "78.14.0",
           2022: "91.13.0", 2023: "102.15.1", 2024: "115.8.1", 2025: "128.9.2", 2026: "140.3.0"}[yr]
    plain = "%s:\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
        lab[0], "Title" if it["lang"] == "en" else "", it["summary"], lab[1], fmt_when(it, it["lang"]),
        lab[2], e.get("location", ""), lab[4], "%s <%s>" % e["organizer"], e["desc"])
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", plain.replace("\n", CRLF), cs, g.R.choice(["8bit", "quoted-printable"])),
        text_part("text/calendar", ics, "UTF-8", g.R.choice(["8bit", "quoted-printable", "base64"]), [("method", e["method"])])],
        boundary=bnd("moz"))
    kids = [alt, Part("application/ics", [("name", "invite.ics")], b64(ics.encode()), "base64",
                      disposition='attachment; filename="invite.ics"')]
    if e.get("qr"):
        kids.append(qr_part(it))
    top = Part("multipart/mixed", children=kids, boundary=bnd("moz"))
    for ch in [alt] + alt.children:
        pass
    hs = ["Message-ID: <%s@%s>" % (g.ruuid(), s["domain"]), "Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"])) - timedelta(seconds=3)),
          "MIME-Version: 1.0",
          "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (
              g.R.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]),
              tbv.rsplit(".", 1)[0] if tbv.count(".") > 1 else tbv, tbv),
          "Content-Language: " + it["lang"], hdr("To", addr(it["rname_full"], it["rcpt"], quote=False)),
          hdr("From", addr(s["display"], s["email"], quote=False)), hdr("Subject", "%s: %s" % (lab[0], it["summary"]))]
    return hs, top, {"dkim_h": "Content-Type:Subject:From:To:Content-Language:User-Agent:MIME-Version:Date:Message-ID"}


def c_zoom(it):
    s = it["sender"]
    e = event(it, method=g.R.choice(["PUBLISH", "REQUEST"]))
    mid = "%d %04d %04d" % (g.R.randint(800, 999), g.R.randint(0, 9999), g.R.randint(0, 9999))
    sub = g.R.choice(["us02web", "us06web", "us05web", "zoom"])
    jl = "https://%s.zoom.us/%s/%s?pwd=%s" % (sub, "w" if it["label"] == "spam" and g.R.random() < 0.5 else "j", mid.replace(" ", ""), g.ralnum(32))
    e["uid"] = "ZOOM" + mid.replace(" ", "")
    host = s["person"]
    webinar = it["cat"] in ("get-rich-webinar", "seminar-webinar", "pharma-supplement", "charity-relief", "loan-debt-relief") or g.R.random() < 0.3
    if it["cat"] in ("get-rich-webinar",) and g.R.random() < 0.5:
        e["more"] = [(it["summary"] + " (Day %d)" % (i + 2), it["start"] + timedelta(days=i + 1), it["end"] + timedelta(days=i + 1), jl) for i in range(2)]
    mode = place_payload(it, e, ["desc", "desc", "location"])
    lab = labels(it["lang"])
    intro = ("Hi %s,\n\nThank you for registering for \"%s\".\n\n" % (it["ctx"]["rname"], it["summary"]) if webinar else
             "%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\n" % (host, it["summary"]))
    e["desc"] = intro + ("\n" + e["desc"] + "\n\n" if e["desc"] else "") + (
        "Join Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n\n---\n\nOne tap mobile\n+13462487799,,%s# US (Houston)\n\n"
        "Join instructions\nhttps://%s.zoom.us/meetings/%s/invitations?signature=%s" % (jl, mid, g.R.randint(100000, 999999), mid.replace(" ", ""),
                                                                                       sub, mid.replace(" ", ""), g.ralnum(43)))
    if mode != "location":
        e["location"] = jl
    e["organizer_in_zoom"] = not webinar
    ics = ical.zoom(e)
    htm = html_wrap('<div style="font-family:Lato,Helvetica,Arial"><p>%s</p></div>' % p(e["desc"]), it["lang"])
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", e["desc"].replace("\n", CRLF), "UTF-8", "quoted-printable"),
        text_part("text/html", htm, "UTF-8", "quoted-printable")], boundary=bnd("other"))
    kids = [alt, text_part("text/calendar", ics, "UTF-8", "base64", [("method", e["method"]), ("name", '"iCal-%s.ics"' % it["arr"].strftime("%Y%m%d-%H%M%S"))],
                           disposition='attachment; filename="iCal-%s.ics"' % it["arr"].strftime("%Y%m%d-%H%M%S"))]
    if e.get("qr"):
        kids.append(qr_part(it))
    top = Part("multipart/mixed", children=kids, boundary=bnd("other"))
    subj = ("%s Confirmation" % it["summary"] if webinar else it["summary"])
    hs = [hdr("From", addr(("%s" % host) if not webinar else s["org"], "no-reply@zoom.us")),
          hdr("Reply-To", addr(host, s.get("host_email", "%s@gmail.com" % g.slug(host).replace("-", ".") if M.is_ascii(host) else "host%d@gmail.com" % g.R.randint(10, 999)))),
          "To: " + it["rcpt"], hdr("Subject", subj), "Date: " + g.rfc2822(it["arr"]),
          "Message-ID: <%s@geopod-ismtpd-%d>" % (g.ralnum(22), g.R.randint(1, 40)), "MIME-Version: 1.0"]
    return hs, top, {"dkim_h": "from:reply-to:to:subject:mime-version:content-type"}


def c_nextcloud(it):
    s = it["sender"]
    e = event(it)
    e["uid"] = g.ruuid()
    yr = it["arr"].year
    e["prodid"] = ("-//IDN nextcloud.com//Calendar app %s//EN" % {2020: "2.1.3", 2021: "2.3.4", 2022: "3.5.0", 2023: "4.4.5",
                   2024: "4.7.6", 2025: "5.2.1", 2026: "6.0.2"}[yr]) if yr >= 2020 else "-//Sabre//Sabre VObject 4.1.6//EN"
    e["seq"] = g.R.randint(1, 3)
    place_payload(it, e, ["desc", "location", "desc"])
    ics = ical.nextcloud(e)
    lab = labels(it["lang"])
    host = "cloud." + s["domain"] if not s["domain"].startswith("cloud") else s["domain"]
    plain = "%s\n\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (it["summary"], lab[1], fmt_when(it, it["lang"]), lab[2], e.get("location", ""),
                                                 lab[4], e["organizer"][0], e["desc"])
    htm = html_wrap("<h1>%s</h1><table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table><p>%s</p>"
                    "<p><a href=\"https://%s/index.php/apps/calendar/appointment/accept?token=%s\">%s</a></p>"
                    % (p(it["summary"]), lab[1], p(fmt_when(it, it["lang"])), lab[2], p(e.get("location", "")), p(e["desc"]), host, g.ralnum(32), lab[6]), it["lang"])
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", plain.replace("\n", CRLF), "utf-8", "quoted-printable"),
        text_part("text/html", htm, "utf-8", "quoted-printable"),
        text_part("text/calendar", ics, "utf-8", "base64", [("method", e["method"])])], boundary="_=_swift_%d_%s_=_" % (g.R.randint(10 ** 9, 2 * 10 ** 9), g.rhex(32)))
    top = alt
    if e.get("qr"):
        top = Part("multipart/mixed", children=[alt, qr_part(it)], boundary="_=_swift_%d_%s_=_" % (g.R.randint(10 ** 9, 2 * 10 ** 9), g.rhex(32)))
    via = {"de": "über", "fr": "via", "es": "a través de", "nl": "via"}.get(it["lang"], "via")
    s["email_hdr"] = "noreply@" + s["domain"]
    hs = ["Message-ID: <%s@%s>" % (g.rhex(32), host), "Date: " + g.rfc2822(it["arr"]),
          hdr("Subject", "%s: %s" % (lab[0], it["summary"])), hdr("From", addr("%s %s %s" % (s["display"], via, "Nextcloud" if g.R.random() < 0.5 else s["org"]), s["email_hdr"])),
          hdr("Reply-To", addr(s["display"], s["email"])), "To: " + it["rcpt"], "MIME-Version: 1.0",
          "X-Nextcloud-Calendar: invitation"][:8]
    return hs, top, {"dkim_h": "Reply-To:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"}


def c_zimbra(it):
    s = it["sender"]
    e = event(it)
    e["uid"] = g.ruuid()
    e["calname"] = "Calendar"
    mode = place_payload(it, e, ["desc", "altdesc", "location"])
    lab = labels(it["lang"])
    hdrtxt = ("The following is a new meeting request:\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\nLocation: %s \nTime: %s\n \n"
              "Invitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n" % (it["summary"], e["organizer"][0], e["organizer"][1], e.get("location", ""),
                                                            fmt_when(it, it["lang"]), "; ".join(a[1] for a in e["attendees"])))
    e["desc"] = hdrtxt + e["desc"]
    if not e.get("html"):
        e["html"] = "<html><body id='htmlmode'><h3>%s</h3><div>%s</div></body></html>" % (lab[0], p(e["desc"]))
    ics = ical.zimbra(e)
    ver = "8.8.15_GA_%d" % g.R.randint(3800, 4600) if it["arr"].year < 2022 else "10.0.%d_GA_%d" % (g.R.randint(0, 9), g.R.randint(4500, 4700))
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", e["desc"].replace("\n", CRLF), "utf-8", "quoted-printable"),
        text_part("text/html", e["html"], "utf-8", "quoted-printable"),
        text_part("text/calendar", ics, "utf-8", "7bit" if M.is_ascii(ics) else "quoted-printable", [("method", e["method"])])], boundary=bnd("zimbra"))
    top = alt
    if e.get("qr"):
        top = Part("multipart/mixed", children=[alt, qr_part(it)], boundary=bnd("zimbra"))
    hs = ["Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"]))), hdr("From", addr(s["display"], s["email"])),
          hdr("To", addr(it["rname_full"], it["rcpt"])), "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (g.R.randint(10 ** 8, 10 ** 9), g.R.randint(10 ** 6, 10 ** 7), int(it["arr"].timestamp() * 1000), s["domain"]),
          hdr("Subject", it["summary"]), "MIME-Version: 1.0",
          "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (ver, g.R.choice(["GC122 (Win)", "FF128 (Linux)", "GC124 (Mac)"])),
          "Thread-Topic: " + (it["summary"] if M.is_ascii(it["summary"]) else "=?utf-8?B?%s?=" % base64.b64encode(it["summary"].encode()).decode()[:60]),
          "Thread-Index: " + g.ralnum(28)]
    return hs, top, {"dkim_h": "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"}


def c_yahoo(it):
    s = it["sender"]
    e = event(it)
    e["uid"] = g.rhex(40) if g.R.random() < 0.5 else g.ruuid()
    place_payload(it, e, ["desc", "location"])
    ics = ical.yahoo(e)
    lab = labels(it["lang"])
    when = fmt_when(it, it["lang"])
    plain = "%s %s\n\n%s\n%s: %s\n%s: %s\n\n%s" % (s["display"], lab[0].lower(), it["summary"], lab[1], when, lab[2], e.get("location", ""), e["desc"])
    htm = html_wrap('<div class="yahoo-style-wrap"><div>%s</div><h3>%s</h3><div>%s</div><div>%s</div><div>%s</div></div>'
                    % (p(s["display"]), p(it["summary"]), p(when), p(e.get("location", "")), p(e["desc"])), it["lang"])
    alt = Part("multipart/alternative", children=[
        text_part("text/plain", plain.replace("\n", CRLF), "UTF-8", "quoted-printable"),
        text_part("text/html", htm, "UTF-8", "quoted-printable"),
        text_part("text/calendar", ics, "UTF-8", "base64", [("method", "REQUEST")])], boundary=bnd("other"))
    top = alt
    if e.get("qr"):
        top = Part("multipart/mixed", children=[alt, qr_part(it)], boundary=bnd("other"))
    hs = ["Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"]))), hdr("From", addr(s["display"], s["email"])),
          hdr("To", addr(it["rname_full"], it["rcpt"])), "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (g.R.randint(10 ** 8, 10 ** 9), g.R.randint(10 ** 6, 10 ** 7), int(it["arr"].timestamp() * 1000)),
          hdr("Subject", "%s: %s @ %s" % (lab[0], it["summary"], when)), "MIME-Version: 1.0",
          "X-Mailer: WebService/1.1.%d YMailNorrin" % g.R.randint(20000, 24000)]
    return hs, top, {"dkim_h": "Date:From:To:Subject:References:From:Subject:Reply-To"}


def c_sogo(it):
    s = it["sender"]
    e = event(it)
    e["uid"] = "%s-%s-%s-1" % (g.rhex(4).upper(), g.rhex(8).upper(), g.rhex(1).upper() + "0")
    e["prodid"] = "-//Inverse inc./SOGo %s//EN" % g.R.choice(["3.2.10", "4.3.2", "5.5.1", "5.8.0", "5.11.2"])
    place_payload(it, e, ["desc", "url", "location"])
    ics = ical.sogo(e)
    lab = labels(it["lang"])
    htm = html_wrap("<p>%s %s:</p><p><b>%s</b></p><p>%s: %s<br>%s: %s</p><p>%s</p>" % (
        p(s["display"]), lab[0].lower(), p(it["summary"]), lab[1], p(fmt_when(it, it["lang"])), lab[2], p(e.get("location", "")), p(e["desc"])), it["lang"])
    kids = [text_part("text/html", htm, "utf-8", "quoted-printable"),
            text_part("text/calendar", ics, "utf-8", "quoted-printable", [("method", e["method"])])]
    if e.get("qr"):
        kids.append(qr_part(it))
    top = Part("multipart/mixed", children=kids, boundary=bnd("other"))
    hs = [hdr("From", addr(s["display"], s["email"])), hdr("To", addr(it["rname_full"], it["rcpt"])),
          hdr("Subject", '%s: "%s"' % (lab[0], it["summary"])), "Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"]))),
          "Message-ID: <%s@%s>" % (g.rhex(32), s["domain"]), "MIME-Version: 1.0", "X-Mailer: SOGoMail " + e["prodid"].split("SOGo ")[1].split("//")[0]]
    return hs, top, {"dkim_h": "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"}


BOOKING_PRODIDS = ["-//Termin24 GmbH//Booking Engine 3.2//DE", "-//SkyVela Airlines//Itinerary//EN",
                   "-//BookingSuite//Reservation 1.0//EN", "-//TicketHall//Orders 2.4//EN", "-//PropertyDesk//Viewings//EN",
                   "-//MedAppoint//Scheduler 5//EN", "-//Amelia//NONSGML Amelia Booking//EN", "-//Calendly//Calendly Event//EN",
                   "-//SimplyBook.me//Booking//EN", "-//appointlet//EN"]


def generic_quirks(it, sloppy):
    r = g.R
    q = dict(calscale=r.random() < 0.4, seq=r.random() < 0.5, status=r.choice([None, "CONFIRMED", "TENTATIVE"]),
             attstyle=r.choice(["plain", "mozilla", "zimbra"]), prodid_first=r.random() < 0.3)
    if sloppy:
        q["no_method"] = r.random() < 0.35
        q["fold"] = r.choice(["none", "none", "chars75", "tab", "octet75"])
        q["no_comma_escape"] = r.random() < 0.5
        q["dtstyle"] = r.choice(["utc", "floating", "tz", "utc"])
        q["no_dtstamp"] = r.random() < 0.15
        q["eol"] = "\n" if r.random() < 0.3 else "\r\n"
    else:
        q["fold"] = r.choice(["octet75", "octet75", "none"])
        q["dtstyle"] = r.choice(["utc", "tz"])
        q["no_method"] = r.random() < 0.1
    return q


def c_generic(it, booking):
    s = it["sender"]
    lab_spam = it["label"] == "spam"
    e = event(it, method=g.R.choice(["PUBLISH", "REQUEST"]) if booking else g.R.choice(["REQUEST", "REQUEST", "PUBLISH"]))
    e["uid"] = g.R.choice([g.ruuid(), "%s@%s" % (g.rhex(16), s["domain"]), "%d%s" % (int(it["arr"].timestamp()), g.rhex(6)), g.ralnum(12)])
    sloppy = (not booking and (lab_spam or g.R.random() < 0.5)) or (booking and g.R.random() < 0.3)
    q = generic_quirks(it, sloppy)
    if booking:
        fam = {"pharmacy-vaccination": 5, "pharma-supplement": 5, "qr-entry-event": 3, "qr-verify": 3, "charity-gala": 3,
               "charity-relief": 3, "club-casino-event": 3, "casino-betting": 3, "property-viewing": 4, "rental-property": 4}
        k = fam.get(it["cat"])
        e["prodid"] = BOOKING_PRODIDS[k] if k is not None and g.R.random() < 0.7 else g.R.choice([BOOKING_PRODIDS[i] for i in (0, 2, 6, 7, 8, 9)])
        modes = ["desc", "url", "location", "desc"]
    else:
        e["prodid"] = g.R.choice(["-//hacksw/handcal//NONSGML v1.0//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
                                  "-//PHP//ICS Generator//EN", "-//Company//Event//EN", "ics.py - http://git.io/lLljaA",
                                  "-//My calendar product//mxm.dk//", "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                                  "-//Events Calendar//iCal4j 1.0//EN", "-//WordPress//NONSGML Events Manager//EN",
                                  "-//Spatie//iCalendar Generator//EN"])
        modes = ["desc", "url", "attach", "attach-bin", "conference", "altdesc", "location"] if lab_spam else ["desc", "url", "conference", "location"]
    if g.R.random() < 0.12:
        e["more"] = [(it["summary"] + " (%d)" % (i + 2), it["start"] + timedelta(days=7 * (i + 1)), it["end"] + timedelta(days=7 * (i + 1)), it["location"]) for i in range(g.R.randint(1, 3))]
    if not booking and g.R.random() < 0.4:
        e["attendees"] = e["attendees"][:1]
    mode = place_payload(it, e, modes)
    ics = ical.generic(e, q)
    cs = choose_charset(it, "script")
    lab = labels(it["lang"])
    # the mail text: short polite note (often different from the calendar description)
    note = it["t"].get("n")
    if not note:
        if lab_spam and g.R.random() < 0.5:
            note = {"en": "Hello,\n\nPlease see the attached calendar invitation.\n\nKind regards",
                    "de": "Guten Tag,\n\nanbei die Termineinladung.\n\nMit freundlichen Grüßen",
                    "fr": "Bonjour,\n\nVeuillez trouver ci-joint l'invitation.\n\nCordialement"}.get(it["lang"], it["summary"])
        else:
            note = e["desc"]
    when = fmt_when(it, it["lang"])
    raw_ics = ics.encode("utf-8")
    method_param = e["method"]
    if q.get("no_method") and g.R.random() < 0.5:
        method_param = None
    elif g.R.random() < (0.2 if sloppy else 0.08):
        method_param = "REQUEST" if e["method"] == "PUBLISH" else "PUBLISH"  # disagreement
    layout = g.R.choice(["mixed-html", "alt3", "mixed-alt", "single"] if not booking else ["mixed-alt", "mixed-alt", "alt3"])
    if layout == "single" and (e.get("qr") or not lab_spam):
        layout = "mixed-html"
    cal_params = [("method", method_param)] if method_param else []
    htm = html_wrap("<p>%s</p><p><b>%s</b><br>%s: %s<br>%s: %s</p>%s" % (
        p(note), p(it["summary"]), lab[1], p(when), lab[2], p(e.get("location", "")),
        ('<p><a href="%s">%s</a></p>' % (it["url"], H.escape(it["cta"] or it["url"]))) if it.get("mode") == "desc" and g.R.random() < 0.5 else ""), it["lang"], cs)
    cal_cte = "base64" if g.R.random() < 0.6 or "\n" in ics.replace("\r\n", "") else g.R.choice(["7bit", "8bit", "quoted-printable"])
    calname = g.R.choice(["invite.ics", "meeting.ics", "event.ics", "appointment.ics", "booking.ics", "%s.ics" % g.ralnum(8)])
    if layout == "single":
        top = text_part("text/calendar", ics, "utf-8", cal_cte, cal_params, raw=raw_ics)
    else:
        calpart = text_part(g.R.choice(["text/calendar", "text/calendar", "application/ics", "application/octet-stream"]) if layout != "alt3" else "text/calendar",
                            ics, "utf-8", cal_cte, cal_params + [("name", '"%s"' % calname)], raw=raw_ics,
                            disposition=('attachment; filename="%s"' % calname) if layout != "alt3" else None)
        if calpart.ctype == "application/octet-stream":
            calpart.params = [("name", '"%s"' % calname)]
        pl = text_part("text/plain", note.replace("\n", CRLF), cs, g.R.choice(["quoted-printable", "8bit", "base64"]))
        hp = text_part("text/html", htm, cs, g.R.choice(["quoted-printable", "base64", "8bit"]))
        if layout == "mixed-html":
            kids = [hp, calpart]
        elif layout == "alt3":
            kids = [pl, hp, calpart]
        else:
            kids = [Part("multipart/alternative", children=[pl, hp], boundary=bnd("php")), calpart]
        if e.get("qr"):
            kids.append(qr_part(it))
        top = Part("multipart/alternative" if layout == "alt3" and not e.get("qr") else "multipart/mixed", children=kids, boundary=bnd("php" if not booking else "other"))
    mailer = g.R.choice(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)",
                         None, "Microsoft Outlook Express 6.00.2900.5512", "Swift Mailer", None, "nodemailer (6.9.8; +https://nodemailer.com/)"])
    if booking:
        mailer = g.R.choice([None, None, "nodemailer (6.9.8; +https://nodemailer.com/)", "Symfony Mailer"])
    subj = it["summary"]
    if booking:
        subj = g.R.choice(["%s" % it["summary"], "%s - %s" % (it["summary"], when.split(" (")[0]), "%s: %s" % (lab[0], it["summary"])])
    fromname = s["display"] if not booking or g.R.random() < 0.5 else s["org"]
    hs = ["Date: " + g.rfc2822(it["arr"].astimezone(ZoneInfo(it["tz"])) - timedelta(seconds=g.R.randint(1, 20))),
          hdr("To", it["rcpt"] if g.R.random() < 0.5 else addr(it["rname_full"], it["rcpt"])),
          hdr("From", addr(fromname, s["email"], cs if M.can_encode(fromname, cs) else "utf-8")),
          hdr("Subject", subj, cs if M.can_encode(subj, cs) else "utf-8", g.R.choice(["B", "Q"])),
          "Message-ID: <%s@%s>" % (g.ralnum(32), s["domain"] if g.R.random() < 0.7 else "localhost"),
          "MIME-Version: 1.0"]
    if mailer:
        hs.insert(5, "X-Mailer: " + mailer)
    if g.R.random() < 0.3:
        hs.append(hdr("Reply-To", addr(fromname, s.get("reply_to", s["email"]))))
    if lab_spam and g.R.random() < 0.3 and s["kind"] in ("vps", "spoof", "lookalike"):
        free = g.R.choice(["gmail.com", "outlook.com", "proton.me"] + g.LANG[it["lang"]]["free"])
        hs = [h for h in hs if not h.startswith("Reply-To")] + [hdr("Reply-To", addr(fromname, "%s%d@%s" % (g.R.choice(["desk", "claims", "support", "office"]), g.R.randint(10, 999), free)))]
    if booking and g.R.random() < 0.5:
        hs.append("List-Unsubscribe: <https://%s/unsubscribe/%s>" % (s["domain"], g.ralnum(24)))
    return hs, top, {"dkim_h": "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"}


def c_listmgr(it):
    """A list copy: an inner invitation from Google/Thunderbird/Outlook/script, re-sent by a list manager."""
    s = it["sender"]
    inner = g.R.choice(["google", "thunderbird", "outlookdesk", "script"])
    it["inner_client"] = inner
    fn = {"google": c_google, "thunderbird": c_thunderbird, "outlookdesk": lambda i: c_outlook(i, True),
          "script": lambda i: c_generic(i, False)}[inner]
    real_rcpt, real_name = it["rcpt"], it["rname_full"]
    it["rcpt"], it["rname_full"] = s["listaddr"], s["listname"].title() + " list"
    hs, top, meta = fn(it)
    it["rcpt"], it["rname_full"] = real_rcpt, real_name
    mgr = g.R.choice(["mailman2", "mailman3", "sympa", "ggroups"])
    ln, ld = s["listname"], s["listdomain"]
    hs = [h for h in hs if not h.startswith("Subject:") and not h.startswith("From:")]
    subj = "[%s] %s" % (ln, it["summary"])
    if s.get("munged"):
        fr = addr("%s via %s" % (s["display"], ln), s["listaddr"])
        hs.append(hdr("Reply-To", addr(s["display"], s["email"])))
    else:
        fr = addr(s["display"], s["email"])
    hs += [hdr("From", fr), hdr("Subject", subj), "Precedence: list", "List-Id: %s <%s.%s>" % (ln.replace("-", " ").title(), ln, ld),
           "List-Unsubscribe: <https://lists.%s/mailman/options/%s>, <mailto:%s-request@%s?subject=unsubscribe>" % (ld, ln, ln, ld),
           "List-Archive: <https://lists.%s/pipermail/%s/>" % (ld, ln), "List-Post: <mailto:%s>" % s["listaddr"],
           "List-Help: <mailto:%s-request@%s?subject=help>" % (ln, ld), "Errors-To: %s-bounces@%s" % (ln, ld),
           "Sender: \"%s\" <%s-bounces@%s>" % (ln, ln, ld)]
    if mgr == "ggroups":
        hs += ["Mailing-list: list %s@%s; contact %s+owners@%s" % (ln, ld, ln, ld), "X-Google-Group-Id: %d" % g.R.randint(10 ** 11, 10 ** 12)]
    elif mgr == "sympa":
        hs += ["X-Loop: %s@%s" % (ln, ld), "X-Sequence: %d" % g.R.randint(100, 9999)]
    else:
        hs += ["X-Mailman-Version: %s" % ("2.1.39" if mgr == "mailman2" else "3.3.9"), "X-BeenThere: %s@%s" % (ln, ld)]
    # footer appended to the first text/plain part (this is what breaks the original DKIM signature)
    footer = "\n_______________________________________________\n%s mailing list\n%s\nhttps://lists.%s/mailman/listinfo/%s\n" % (ln, s["listaddr"], ld, ln)
    add_footer(top, footer)
    meta["list"] = True
    return hs, top, meta


def add_footer(part, footer):
    if part.children is None:
        return False
    for ch in part.children:
        if ch.children is not None:
            if add_footer(ch, footer):
                return True
        elif ch.ctype == "text/plain":
            cs = dict(ch.params).get("charset", "utf-8").strip('"')
            data = decode_body(ch)
            try:
                txt = data.decode(M.codec_of(cs))
            except Exception:
                txt = data.decode("utf-8", "replace")
                cs = "utf-8"
            new = text_part("text/plain", txt.rstrip("\r\n") + CRLF + footer.replace("\n", CRLF), cs, ch.cte)
            ch.params, ch.body, ch.cte = new.params, new.body, new.cte
            return True
    return False


def decode_body(part):
    import quopri
    if part.cte == "base64":
        return base64.b64decode(part.body)
    if part.cte == "quoted-printable":
        return quopri.decodestring(part.body.encode("latin-1"))
    return part.body.encode("latin-1")


def qr_part(it):
    data = g.qr_png()
    name = g.R.choice(["qr.png", "QRcode.png", "scan_me.png", "ticket-qr.png", "image001.png", "verify.png"])
    if g.R.random() < 0.5:
        return bin_part("image/png", data, [("name", '"%s"' % name)], disposition='attachment; filename="%s"' % name)
    return bin_part("image/png", data, [("name", '"%s"' % name)], disposition='inline; filename="%s"' % name,
                    headers=["Content-ID: <%s@%s>" % (g.rhex(16), "qr")])


CLIENTS = {"google": c_google, "outlook365": lambda i: c_outlook(i, False), "outlookdesk": lambda i: c_outlook(i, True),
           "icloud": lambda i: c_apple(i, True), "applemail": lambda i: c_apple(i, False), "thunderbird": c_thunderbird,
           "zoom": c_zoom, "nextcloud": c_nextcloud, "zimbra": c_zimbra, "yahoo": c_yahoo, "sogo": c_sogo,
           "booking": lambda i: c_generic(i, True), "script": lambda i: c_generic(i, False), "listmgr": c_listmgr}


# ------------------------------------------------------------------ envelope

def render_item(it):
    s = it["sender"]
    if it["client"] == "listmgr":
        ld = g.org_domain(g.R.choice(g.BRANDS) + g.R.choice(["-members", "-network", "-assoc", "lists"]), it["lang"])
        ln = g.R.choice(["members", "announce", "staff", "community", "events", "alumni", "board", "info", "clubnews"])
        s.update(listdomain=ld, listname=ln, listaddr="%s@%s" % (ln, ld), orig_domain=s["domain"], munged=g.R.random() < 0.5)
    # QR attachment for qr-verify spam is handled by payload placement; ham QR tickets get one too
    if it["cat"] == "qr-entry-event" and it["url"] is None:
        it["url"] = None
    hs, top, meta = CLIENTS[it["client"]](it)
    if it["cat"] == "qr-entry-event":
        if top.children is not None and not any(c.ctype == "image/png" for c in top.children):
            if top.ctype == "multipart/mixed":
                top.children.append(qr_part(it))
            else:
                top = Part("multipart/mixed", children=[top, qr_part(it)], boundary=bnd("other"))
    env, a, helo, rdns, ipaddr = g.auth(it, s)
    arr = it["arr"]
    qid = "4" + g.ralnum(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = ["Return-Path: <%s>" % env, "Delivered-To: " + it["rcpt"], g.ar_header(a, ipaddr)]
    tls = "ESMTPS" if (s["kind"] not in ("vps", "spoof", "softfail") or g.R.random() < 0.5) else "ESMTP"
    lines.append("Received: from %s (%s [%s])" % (helo, rdns, ipaddr) + CRLF + "\tby mx.example.net (Postfix) with %s id %s" % (tls, qid) +
                 CRLF + "\tfor <%s>; %s" % (it["rcpt"], arr.strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")))
    # sender-side Received
    t1 = arr - timedelta(seconds=g.R.randint(1, 4))
    c = it["client"]
    if c == "google":
        lines.append("Received: by %s with SMTP id %s for <%s>;" % (helo, g.ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789") + "." + str(g.R.randint(1, 9)), it["rcpt"]) +
                     CRLF + "        " + g.rfc2822(t1).replace("+0000", "-0700 (PDT)" if False else "+0000 (UTC)"))
    elif c == "outlook365" and s["kind"] != "spoof":
        h = it.get("ms_host", "AS8PR07MB1234.eurprd07.prod.outlook.com")
        lines.append("Received: from %s ([%s]) by %s" % (h, g.ip6(), h) + CRLF + "\t ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (g.ip6(), g.R.randint(3, 7), g.R.randint(7000, 9300), g.R.randint(0, 99), g.rfc2822(t1)))
    elif c in ("thunderbird", "applemail", "outlookdesk", "sogo", "zimbra", "nextcloud") or (c == "script" and s["kind"] in ("org", "compromised", "lookalike", "free")):
        client_ip = g.ip()
        if s["kind"] == "free":
            lines.append("Received: from [%s] ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s" % (client_ip, client_ip, helo, g.ralnum(14), g.rfc2822(t1)))
        else:
            lines.append("Received: from %s (unknown [%s])" % ("[127.0.0.1]" if c in ("nextcloud", "sogo", "zimbra") else "[192.168.%d.%d]" % (g.R.randint(0, 9), g.R.randint(2, 200)), client_ip) +
                         CRLF + "\t(Authenticated sender: %s)" % s["email"] + CRLF + "\tby %s (Postfix) with ESMTPSA id %s;" % (helo, g.ralnum(10, "0123456789ABCDEF")) +
                         CRLF + "\t" + g.rfc2822(t1))
    elif c == "yahoo":
        lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic.consmr.mail.ne1.yahoo.com with HTTP; %s" % g.rfc2822(t1))
    elif c == "listmgr":
        lines.append("Received: from lists.%s (localhost [127.0.0.1])" % s["listdomain"] + CRLF + "\tby lists.%s (Postfix) with ESMTP id %s;" % (s["listdomain"], g.ralnum(10, "0123456789ABCDEF")) +
                     CRLF + "\t" + g.rfc2822(t1))
        lines.append("Received: from %s (%s [%s])" % ("mail." + s["orig_domain"], "mail." + s["orig_domain"], g.ip()) + CRLF +
                     "\tby lists.%s (Postfix) with ESMTPS id %s" % (s["listdomain"], g.ralnum(10, "0123456789ABCDEF")) + CRLF +
                     "\tfor <%s>; %s" % (s["listaddr"], g.rfc2822(t1 - timedelta(seconds=2))))
    elif c in ("script",) and s["kind"] in ("vps", "spoof"):
        if g.R.random() < 0.6:
            lines.append("Received: by %s (Postfix, from userid %d)" % (helo if "." in helo else "localhost", g.R.choice([0, 33, 1000, 1001])) +
                         CRLF + "\tid %s; %s" % (g.ralnum(10, "0123456789ABCDEF"), g.rfc2822(t1)))
    elif c == "booking":
        lines.append("Received: from app-%d.%s (app-%d.internal [10.%d.%d.%d])" % (g.R.randint(1, 9), s["domain"], g.R.randint(1, 9), g.R.randint(0, 9), g.R.randint(0, 250), g.R.randint(2, 250)) +
                     CRLF + "\tby %s with ESMTP id %s; %s" % (helo, g.ralnum(12), g.rfc2822(t1)))
    # DKIM signatures
    ts = int(arr.timestamp()) - g.R.randint(1, 5)
    for res, d, sel in a["dkim"]:
        if c == "listmgr" and res == "pass":
            lines.insert(4, g.dkim_sig(d, sel, ts, "From:Subject:List-Id:List-Unsubscribe:Reply-To:To:Date"))
        else:
            lines.append(g.dkim_sig(d, sel, ts, meta["dkim_h"]))
    if c == "outlook365" and s["kind"] != "spoof":
        lines += ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF + " b=" + g.fake_b(60),
                  "X-MS-Exchange-CrossTenant-Network-Message-Id: " + g.ruuid(),
                  "X-MS-Exchange-CrossTenant-AuthAs: Internal", "X-MS-Exchange-CrossTenant-originalarrivaltime: " + t1.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)",
                  "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + it.get("ms_host", "X").split(".")[0]]
    lines += hs
    head = CRLF.join(lines) + CRLF
    head += CRLF.join(top.header_lines()) + CRLF + CRLF
    # top-level content headers
    msg = head + top.render_body()
    return msg.encode("latin-1")


def main(outdir, gen_module=None):
    global g
    import importlib
    g = gen_module or importlib.import_module("__main__")
    t0 = time.time()
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    items = g.plan()
    rows = []
    counters = {}
    for it in items:
        g.build(it)
        data = render_item(it)
        key = (it["label"], it["cat"])
        counters[key] = counters.get(key, 0) + 1
        rel = "%s/%s/%03d.eml" % (it["label"], it["cat"], counters[key])
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        it["path"] = rel
        rows.append(it)
    write_labels(outdir, rows)
    write_readme(outdir, rows)
    print("wrote %d messages to %s in %.1fs" % (len(rows), outdir, time.time() - t0))


def describe(it):
    s = it["sender"]
    k = {"free": "free-mail account", "lookalike": "look-alike domain (auth pass)", "compromised": "compromised company mailbox",
         "spoof": "spoofed From (auth fail)", "vps": "VPS sender (no auth)", "service": "sent by service", "list": "via mailing list",
         "org": "own domain", "softfail": "own domain, weak SPF"}[s["kind"]]
    ic = it.get("inner_client")
    cl = it["client"] + ("/" + ic if ic else "")
    hide = it.get("mode") or ("qr" if it["cat"] == "qr-verify" else "none")
    summ = it["summary"].replace("\t", " ").replace("\n", " ")
    if len(summ) > 60:
        summ = summ[:57] + "..."
    return "%s; %s; %s; link:%s; \"%s\"" % (it["lang"], cl, k, hide, summ)


def write_labels(outdir, rows):
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for it in rows:
            f.write("%s\t%s\t%s\t%s\n" % (it["path"], it["label"], it["cat"], describe(it)))


def write_readme(outdir, rows):
    from collections import Counter
    cats = {lab: Counter(it["cat"] for it in rows if it["label"] == lab) for lab in ("spam", "ham")}
    langs = {lab: Counter(it["lang"] for it in rows if it["label"] == lab) for lab in ("spam", "ham")}
    clients = {lab: Counter(it["client"] for it in rows if it["label"] == lab) for lab in ("spam", "ham")}
    kinds = {lab: Counter(it["sender"]["kind"] for it in rows if it["label"] == lab) for lab in ("spam", "ham")}
    years = {lab: Counter(it["arr"].year for it in rows if it["label"] == lab) for lab in ("spam", "ham")}
    L = ["# train8 - calendar invitation corpus (spam and ham)", "",
         "A labelled training/development corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar "
         "objects (text/calendar, application/ics or .ics attachments). It was written for a calendar anti-spam "
         "filter, independently of that filter: the author never saw its code, rules or earlier corpora." % (
             len(rows), sum(cats["spam"].values()), sum(cats["ham"].values())), "",
         "Everything here is synthetic and was generated by `gen.py` (deterministic, fixed seed). No message was "
         "copied from anywhere. Brands of real services (Google, Microsoft, Apple, Zoom ...) appear where the "
         "sending software would put them; organisations, people, phone numbers and most domains are invented. "
         "IP addresses are from the documentation ranges.", "",
         "Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, "
         "description: language; client; sender set-up; where the link sits; summary).", "",
         "## Spam categories", "", "| category | n | what |", "|---|---|---|"]
    for c, n in sorted(cats["spam"].items()):
        L.append("| %s | %d | %s |" % (c, n, g.DESC[c]))
    L += ["", "## Ham categories", "", "| category | n | what |", "|---|---|---|"]
    for c, n in sorted(cats["ham"].items()):
        L.append("| %s | %d | %s |" % (c, n, g.DESC[c] if c != "voicemail-recording" else g.HAM_VM_DESC))
    L += ["", "Every spam category has an honest twin on the ham side (same language mix) - these are the traps.", "",
          "## Languages", "", "| language | spam | ham |", "|---|---|---|"]
    for lg in sorted(set(langs["spam"]) | set(langs["ham"]), key=lambda x: (x != "en", x)):
        L.append("| %s | %d | %d |" % (lg, langs["spam"][lg], langs["ham"][lg]))
    L += ["", "Charsets used in text parts: UTF-8 mostly, plus ISO-8859-1/2/6/7/8-i/15, Windows-1250/1251/1252/1253/1255/1256, "
          "KOI8-R, ISO-2022-JP, Shift_JIS, GB2312/GBK, EUC-KR/ks_c_5601-1987, TIS-620/windows-874 - chosen per client as the "
          "real client would. Transfer encodings: 7bit, 8bit, quoted-printable, base64.", "",
          "## Sending clients / services (same quotas for both labels)", "", "| client | spam | ham |", "|---|---|---|"]
    for c, _ in g.CLIENT_QUOTA:
        L.append("| %s | %d | %d |" % (c, clients["spam"][c], clients["ham"][c]))
    L += ["", "Clients imitated: Google Calendar (Sender calendar-notification@google.com, invite.ics), Exchange Online / "
          "Teams and Outlook desktop (X-MICROSOFT-CDO-*, X-MS-OLK-*, Windows TZIDs, no TNEF), iCloud server invitations and "
          "Calendar.app via Apple Mail, Thunderbird/Lightning, Zoom (registration/meeting .ics), Nextcloud, Zimbra, Yahoo, SOGo, "
          "web booking systems (airline/clinic/ticket/estate-agent style), mailing-list managers (Mailman 2/3, Sympa, Google "
          "Groups; footer breaks the original DKIM), and hand-rolled generators (odd PRODIDs, missing METHOD, method parameter "
          "disagreeing with METHOD, no/char-based folding, floating times, bare LF line ends inside base64-encoded calendars).",
          "", "Note: the .eml files themselves always use CRLF; a few hand-rolled calendars use bare LF *after* base64 decoding, as such tools do.",
          "", "## Sender set-ups", "", "| set-up | spam | ham |", "|---|---|---|"]
    for k in sorted(set(kinds["spam"]) | set(kinds["ham"])):
        L.append("| %s | %d | %d |" % (k, kinds["spam"][k], kinds["ham"][k]))
    L += ["", "Authentication-Results are written as the receiving MX (mx.example.net) would: pass for real and look-alike "
          "accounts, fail/none/softfail for spoofs and VPS senders, dkim=fail for list copies.", "",
          "## Arrival years", "", "| year | spam | ham |", "|---|---|---|"]
    for y in sorted(set(years["spam"]) | set(years["ham"])):
        L.append("| %d | %d | %d |" % (y, years["spam"][y], years["ham"][y]))
    L += ["", "## Known limitations", "",
          "- QR codes are synthetic PNG pictures with finder patterns but random modules: they do not decode to a URL.",
          "- DKIM signatures are fake (random b= and bh=); only the Authentication-Results header is meaningful.",
          "- Client boilerplate is approximated from the author's knowledge of each client, not copied.", "",
          "## Licence", "", "CC0 1.0 Universal - public domain dedication. Everything in this corpus was written or generated by "
          "the author via gen.py; no third-party message was copied.", "", "Generated by gen.py."]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
