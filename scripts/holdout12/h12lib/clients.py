# -*- coding: utf-8 -*-
"""MIME layout, headers and iCalendar style of each sending client/service."""
import datetime as dt

from . import ics as ICS
from . import tz as TZ
from .l10n import L, LANG_TAG, date_fmt
from .util import (Part, addr, fold, fold_list, hdr_text, text_part, encode_body, rhex, rHEX, ralnum, rdigits,
                   ruuid, rfcdate, rb64, is_ascii, can_encode, html_text, hesc, B64URL, thread_index)

CRLF = "\r\n"


# ------------------------------------------------------------------ shared bits

def when_str(sc, ev, style="short"):
    lang = sc["lang"]
    s, e = ev.get("start"), ev.get("end")
    if s is None:
        s = ev.get("due")
    if ev.get("allday"):
        return date_fmt(lang, s, with_time=False)
    t = ev.get("tz", "UTC")
    ab = TZ.tz_abbr(t, s) if t != "UTC" else "UTC"
    if lang == "en" and style == "google":
        def hm(d):
            h = d.hour % 12 or 12
            return ("%d%s" if d.minute == 0 else "%d:%02d%s") % ((h, "am" if d.hour < 12 else "pm") if d.minute == 0
                                                                   else (h, d.minute, "am" if d.hour < 12 else "pm"))
        txt = s.strftime("%a %b ") + str(s.day) + s.strftime(", %Y ") + hm(s)
        if e:
            txt += " - " + hm(e)
        return txt + " (%s)" % ab
    txt = date_fmt(lang, s)
    if e:
        if lang == "en":
            txt += " - %d:%02d %s" % (e.hour % 12 or 12, e.minute, "am" if e.hour < 12 else "pm")
        else:
            txt += " - " + e.strftime("%H:%M")
    return txt + " (%s)" % ab


def cs_choose(sc, default="UTF-8"):
    cs = sc.get("charset") or default
    return cs


def _fit(text, cs):
    """fall back to UTF-8 if the text does not fit the charset"""
    if can_encode(text, cs):
        return cs
    return "UTF-8" if cs.isupper() else "utf-8"


def addr_list(people, cs="UTF-8", enc="B", quote=False):
    return [addr(n, a, cs, enc, quote) for n, a in people]


def H(name, value, cont=" "):
    return fold(name, value, 78, cont)


def HL(name, people, cs="UTF-8", enc="B", quote=False, cont=" "):
    return fold_list(name, addr_list(people, cs, enc, quote), 78, cont)


def subj(sc, cs="UTF-8", enc="B"):
    return H("Subject", hdr_text(sc["subject_final"], cs, enc))


def default_subject(sc, kind="inv"):
    ev = sc["events"][0]
    lab = L(sc["lang"])
    m = sc.get("method") or "REQUEST"
    s = ev.get("summary") or ""
    if m == "REPLY":
        ps = sc.get("reply_partstat", "ACCEPTED")
        return "%s: %s" % (lab[{"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[ps]], s)
    if m == "CANCEL":
        return "%s: %s" % (lab["cxl"], s)
    if m == "COUNTER":
        return {"en": "New Time Proposed", "de": "Neue Zeit vorgeschlagen"}.get(sc["lang"], "New Time Proposed") + ": " + s
    if ev.get("sequence", 0) > 0 and kind == "inv":
        return "%s: %s" % (lab["upd"], s)
    return "%s: %s" % (lab["inv"], s)


def response_text(sc):
    ev = sc["events"][0]
    lab = L(sc["lang"])
    m = sc.get("method") or "REQUEST"
    who = sc["from"][0] or sc["from"][1]
    if m == "REPLY":
        key = {"ACCEPTED": "racc", "DECLINED": "rdec", "TENTATIVE": "rten"}[sc.get("reply_partstat", "ACCEPTED")]
        t = lab[key].format(name=who)
    elif m == "CANCEL":
        t = lab["rcxl"]
    else:
        t = default_subject(sc)
    t += "\n\n%s\n%s: %s" % (ev.get("summary") or "", lab["when"], when_str(sc, ev))
    if sc.get("body"):
        t = sc["body"] + "\n\n" + t
    return t


def meet_block(url, lang):
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    return ("%s\n%s: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n%s" % (sep, L(lang)["join"], url, sep))


def teams_block(sc):
    c = sc["conf"]
    lab = L(sc["lang"])
    line = "_" * 80
    if sc["year"] >= 2022:
        return ("%s\n%s\n%s\n%s <%s>\n%s: %s\n%s: %s\n%s\nNeed help? <https://aka.ms/JoinTeamsMeeting?omkt=%s> | "
                "Meeting options <%s>\n%s" % (line, lab["teams"], lab["tjoin"], lab["tclick"], c["url"], lab["mid"],
                                              c["id"], lab["pwd"], c["pwd"], "", LANG_TAG.get(sc["lang"], "en-US"),
                                              c["opts"], line))
    return ("%s\n%s\n%s <%s>\n[Learn More]<https://aka.ms/JoinTeamsMeeting> | [Meeting options]<%s>\n%s"
            % (line, lab["teams"], lab["tclick"], c["url"], c["opts"], line))


def boundary_google(r):
    return "000000000000" + rhex(r, 16)


def calendar_text(sc, style, prodid, method, opts=None):
    o = dict(prodid=prodid, method=method, year=sc["year"], langtag=LANG_TAG.get(sc["lang"], "en-US"),
             langshort=LANG_TAG.get(sc["lang"], "en-US").split("-")[0].lower())
    if style == "outlook":
        o["langshort"] = LANG_TAG.get(sc["lang"], "en-US").lower()
    o.update(sc.get("ics_opts", {}))
    if opts:
        o.update(opts)
    return ICS.calendar(style, sc["events"], method, o)


def cal_part(cal, ctype_params, cte, extra_headers=(), ct="text/calendar", order="ct-first", eol_lf=False):
    """cal is str or bytes"""
    raw = cal if isinstance(cal, bytes) else cal.encode("utf-8")
    if eol_lf:
        raw = raw.replace(b"\r\n", b"\n")
    if cte in ("7bit", "8bit") and any(b > 127 for b in raw) and cte == "7bit":
        cte = "8bit"
    body = encode_body(None, "utf-8", cte, raw=raw)
    cth = "Content-Type: %s%s" % (ct, ctype_params)
    hs = [cth, "Content-Transfer-Encoding: " + cte] if order == "ct-first" else ["Content-Transfer-Encoding: " + cte, cth]
    return Part(hs + list(extra_headers), body)


def _cte_for(text, pref_nonascii, ascii_cte="7bit"):
    return ascii_cte if is_ascii(text) else pref_nonascii


# ------------------------------------------------------------------ Google Calendar

def google_body(sc, rcpt):
    ev = sc["events"][0]
    lab = L(sc["lang"])
    org = ev.get("organizer") or sc["from"]
    lines = [ev.get("summary") or ""]
    lines.append("%s: %s" % (lab["when"], when_str(sc, ev, "google")))
    if ev.get("location"):
        lines.append("%s: %s" % (lab["where"], ev["location"]))
    conf = sc.get("conf")
    if conf and conf["type"] == "meet":
        lines.append("")
        lines.append("%s: %s" % (lab["join"], conf["url"]))
    lines.append("")
    lines.append("%s: %s" % (lab["org"], org[1]))
    lines.append("")
    lines.append(lab["guests"] + ":")
    for a in (ev.get("attendees") or [])[:12]:
        lines.append("- " + (a.get("name") or a["email"]) + (" (%s)" % lab["org"].lower() if a["email"] == org[1] else ""))
    if len(ev.get("attendees") or []) > 12:
        lines.append("...")
    eid = ralnum(sc["r"], 60, B64URL)
    lines.append("View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0"
                 % (eid, ralnum(sc["r"], 56), ev.get("tz", "UTC").replace("/", "%2F"), sc["lang"]))
    if ev.get("description"):
        lines.append("")
        lines.append(ev["description"])
    lines.append("")
    lines.append("Reply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s"
                 % (rcpt[1], eid))
    lines.append("")
    lines.append("~~//~~")
    lines.append("%s: https://calendar.google.com/calendar/" % lab["gfoot"])
    lines.append(lab["grecv"])
    lines.append("")
    lines.append("Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
                 "to the guest list, invite others regardless of their own invitation status, or modify your RSVP.")
    lines.append("")
    lines.append("Learn more https://support.google.com/calendar/answer/37135#forwarding")
    text = "\n".join(lines)
    # html
    h = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
         'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
         '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
         '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;'
         'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
         % hesc(lab["inv"] + " " + (org[0] or org[1]))]
    h.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;'
             'color:#222"><span itemprop="name">%s</span></h3>' % hesc(ev.get("summary") or ""))
    h.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details">')
    h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;'
             'white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td>'
             '<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">'
             '<div style="text-indent:-1px">%s</div></td></tr>' % (lab["when"], hesc(when_str(sc, ev, "google"))))
    if ev.get("location"):
        h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" '
                 'valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;'
                 'font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div><span itemprop="location" '
                 'itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span>'
                 '</span></div></td></tr>' % (lab["where"], hesc(ev["location"])))
    if conf and conf["type"] == "meet":
        h.append('<tr><td colspan="2"><a href="%s" style="color:#1a73e8">%s</a></td></tr>' % (conf["url"], lab["join"]))
    h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" valign="top">'
             '<div><i style="font-style:normal">%s</i></div></td><td><div><div style="margin:0 0 0.3em 0">'
             '<span itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name" '
             'class="notranslate">%s</span></span></div>' % (lab["guests"], hesc(org[0] or org[1])))
    for a in (ev.get("attendees") or [])[1:12]:
        h.append('<div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span></div>' % hesc(a.get("name") or a["email"]))
    h.append('</div></td></tr></table>')
    if ev.get("description"):
        h.append('<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;'
                 'white-space:pre-wrap!important;white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;'
                 'white-space:-o-pre-wrap!important;white-space:pre;word-wrap:break-word"><span>%s</span></div>'
                 % html_text(ev["description"]))
    h.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">Going (%s)?&nbsp;&nbsp;&nbsp;'
             '</span><wbr><strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction">'
             '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1" '
             'style="color:#20c;white-space:nowrap">%s</a></span><span style="margin:0 0.4em;font-weight:normal"> - '
             '</span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3" '
             'style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span>'
             '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2" '
             'style="color:#20c;white-space:nowrap">%s</a></strong>&nbsp;&nbsp;&nbsp;&nbsp;<wbr>'
             '<a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=%s" style="color:#20c;'
             'white-space:nowrap">%s &raquo;</a></p>'
             % (hesc(rcpt[1]), eid, lab["yes"], eid, lab["maybe"], eid, lab["no"], eid, lab["more"]))
    h.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;'
             'font-family:Arial,Sans-serif;font-size:11px"><p>%s <a href="https://calendar.google.com/calendar/" '
             'target="_blank" style="">Google Calendar</a></p><p>%s</p><p>Forwarding this invitation could allow any '
             'recipient to send a response to the organizer and be added to the guest list, or invite others regardless '
             'of their own invitation status, or to modify your RSVP. <a href="https://support.google.com/calendar/answer/'
             '37135#forwarding">Learn More</a>.</p></td></tr></table></div></span></span>'
             % (lab["gfoot"].replace("Google Calendar", "").strip(": ") or lab["gfoot"], lab["grecv"]))
    return text, "\n".join(h)


def google_reply_body(sc):
    ev = sc["events"][0]
    lab = L(sc["lang"])
    who = sc["from"][0] or sc["from"][1]
    key = {"ACCEPTED": "racc", "DECLINED": "rdec", "TENTATIVE": "rten"}[sc.get("reply_partstat", "ACCEPTED")]
    txt = lab[key].format(name=who) + "\n\n" + (ev.get("summary") or "") + "\n" + lab["when"] + ": " + \
        when_str(sc, ev, "google") + "\n\n" + lab["gfoot"] + ": https://calendar.google.com/calendar/\n\n" + \
        "You are receiving this email at the account %s because you are subscribed for invitation replies on " \
        "calendar %s." % (sc["rcpt"][1], sc["rcpt"][1])
    return txt, "<div>" + html_text(txt) + "</div>"


def render_google(sc):
    r = sc["r"]
    lab = L(sc["lang"])
    rcpt = sc.get("invitee") or sc["rcpt"]
    ev = sc["events"][0]
    method = sc.get("method", "REQUEST")
    conf = sc.get("conf")
    if conf and conf["type"] == "meet" and method == "REQUEST":
        ev["description"] = ((ev.get("description") or "") + "\n\n" + meet_block(conf["url"], sc["lang"])).strip("\n")
        ev.setdefault("conference", []).append((conf["url"], {}))
    if not sc.get("subject"):
        s = ev.get("summary") or ""
        if method == "REPLY":
            ps = sc.get("reply_partstat", "ACCEPTED")
            key = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[ps]
            sc["subject_final"] = "%s: %s @ %s (%s)" % (lab[key], s, when_str(sc, ev, "google"), rcpt[1])
        elif method == "CANCEL":
            sc["subject_final"] = "%s: %s @ %s (%s)" % (lab["cxl"], s, when_str(sc, ev, "google"), rcpt[1])
        else:
            k = "upd" if ev.get("sequence", 0) > 0 else "inv"
            sc["subject_final"] = "%s: %s @ %s (%s)" % (lab[k], s, when_str(sc, ev, "google"), rcpt[1])
    if method == "REPLY":
        text, html = google_reply_body(sc)
    else:
        text, html = google_body(sc, rcpt)
    cal = calendar_text(sc, "google", "-//Google Inc//Google Calendar 70.9054//EN", method)
    b1, b2 = boundary_google(r), boundary_google(r)
    p_plain = text_part(text, "text/plain", "UTF-8", _cte_for(text, "base64"), "; format=flowed; delsp=yes")
    p_html = text_part(html, "text/html", "UTF-8", "quoted-printable")
    calcte = "7bit" if is_ascii(cal) else "base64"
    p_cal = cal_part(cal, '; charset="UTF-8"; method=' + method, calcte)
    alt = Part(['Content-Type: multipart/alternative; boundary="%s"' % b2], parts=[p_plain, p_html, p_cal], boundary=b2)
    fname = "invite.ics"
    att = cal_part(cal, '; name="%s"' % fname, "base64",
                   ['Content-Disposition: attachment; filename="%s"' % fname], ct="application/ics")
    hs = ["MIME-Version: 1.0"]
    if method != "REPLY":
        hs.append(H("Reply-To", addr(*sc["from"])))
    hs.append("Sender: Google Calendar <calendar-notification@google.com>")
    hs.append("Auto-Submitted: auto-generated")
    hs.append("Message-ID: <%s>" % sc["msgid"])
    hs.append("Date: " + rfcdate(sc["t_send"]))
    hs.append(subj(sc))
    hs.append(H("From", addr(*sc["from"])))
    hs.append(HL("To", sc["to"]))
    if sc.get("cc"):
        hs.append(HL("Cc", sc["cc"]))
    hs.append('Content-Type: multipart/mixed; boundary="%s"' % b1)
    return Part(hs, parts=[alt, att] if method != "REPLY" else [alt], boundary=b1)


# ------------------------------------------------------------------ Exchange / Outlook / Teams

def _word_html(body_text, lang, extra_html=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            '%s\n%s</div>\n</body>\n</html>\n'
            % (LANG_TAG.get(lang, "en-US").upper(), "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' %
                                                                (html_text(l) or "&nbsp;") for l in body_text.split("\n")),
               extra_html))


def teams_html(sc):
    c = sc["conf"]
    lab = L(sc["lang"])
    return ('<div style="width:100%%">\n<span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
            '________________________________________________________________________________</span>\n'
            '<div class="me-email-text" lang="%s" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\','
            'Helvetica,Arial,sans-serif">\n<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;'
            'color:#252424">%s</span></div>\n<div style="margin-bottom:20px"><div style="margin-top:0px;'
            'margin-bottom:0px;font-weight:bold;white-space:nowrap"><a href="%s" target="_blank" style="font-size:14px;'
            'font-family:\'Segoe UI Semibold\',\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;'
            'text-decoration:underline;color:#6264a7">%s</a></div>\n<div style="margin-bottom:4px;margin-top:4px;'
            'font-size:14px"><span style="color:#616161">%s: </span><span>%s</span></div>\n'
            '<div style="font-size:14px"><span style="color:#616161">%s: </span><span>%s</span></div></div>\n'
            '<div style="margin-bottom:24px;max-width:532px"><hr style="border:0;background:#D1D1D1;height:1px"></div>\n'
            '<div><span style="font-size:14px">Need help? </span><a href="https://aka.ms/JoinTeamsMeeting?omkt=%s" '
            'style="font-size:14px;text-decoration:underline;color:#5B5FC7">Join a meeting</a><span> | </span>'
            '<a href="%s" style="font-size:14px;text-decoration:underline;color:#5B5FC7">Meeting options</a></div>\n'
            '</div>\n</div>' % (LANG_TAG.get(sc["lang"], "en-US"), lab["teams"], c["url"], lab["tclick"], lab["mid"],
                                c["id"], lab["pwd"], c["pwd"], LANG_TAG.get(sc["lang"], "en-US"), c["opts"]))


def exchange_legacy_cs(sc):
    lang = sc["lang"]
    m = {"ja": "iso-2022-jp", "ko": "ks_c_5601-1987", "zh": "gb2312", "zh-TW": "big5", "ru": sc["r"].choice(["koi8-r", "windows-1251"]),
         "el": "iso-8859-7", "ar": "windows-1256", "he": "windows-1255", "th": "windows-874", "pl": "iso-8859-2",
         "tr": "iso-8859-9"}
    if lang in m and sc.get("legacy_cs"):
        return m[lang]
    if lang in ("de", "fr", "es", "it", "pt", "nl", "sv", "en") and sc.get("legacy_cs"):
        return "iso-8859-1" if lang != "en" else "us-ascii"
    return "utf-8"


def render_exchange(sc):
    r = sc["r"]
    ev = sc["events"][0]
    method = sc.get("method", "REQUEST")
    conf = sc.get("conf")
    body = sc.get("body")
    if body is None:
        body = ev.get("description") or ""
    html_extra = ""
    if conf and conf["type"] == "teams" and method in ("REQUEST",):
        body = (body + "\n\n" + teams_block(sc)).strip("\n")
        html_extra = teams_html(sc)
        ev["location"] = ev.get("location") or L(sc["lang"])["teams"]
        ev.setdefault("extra", []).extend([
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + conf["url"],
            "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0"
            % (conf["tid"], conf["oid"], conf["mtg"]),
            'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,'
            '"rid":0\\,"uid":null}' % conf["mtg"],
            "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s"
            % (sc["from"][1], conf["mtg"][:20], conf["oid"].replace("-", ""), conf["tid"].replace("-", "")),
            "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        ])
    if ev.get("description") is None or sc.get("desc_is_body", True):
        ev["description"] = ("\n" + body + "\n") if method == "REQUEST" else body
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc, "plain") if method != "REQUEST" else (ev.get("summary") or "")
    cs = exchange_legacy_cs(sc)
    cs = _fit(body + sc["subject_final"], cs)
    html = sc.get("html") or _word_html(body, sc["lang"], html_extra)
    if sc.get("altdesc_only_html"):
        html = sc["altdesc_only_html"]
    cal = calendar_text(sc, "exchange", "Microsoft Exchange Server 2010", method)
    mid_local = sc["msgid"].split("@")[0]
    b = "_000_%s_" % "".join(c for c in sc["msgid"] if c.isalnum())
    cte_t = "quoted-printable" if cs.lower() not in ("iso-2022-jp",) else "7bit"
    if cs.lower() in ("ks_c_5601-1987", "gb2312", "big5") :
        cte_t = "base64"
    p_plain = text_part(body, "text/plain", cs, cte_t)
    p_html = text_part(html, "text/html", cs, cte_t)
    p_cal = cal_part(cal, '; charset="utf-8"; method=' + method, "base64")
    hs = []
    hs.append(H("From", addr(*sc["from"], cs=cs if cs != "utf-8" else "utf-8")))
    if sc.get("sender_hdr"):
        hs.append(H("Sender", addr(*sc["sender_hdr"])))
    if sc["to"]:
        hs.append(HL("To", sc["to"], cs="utf-8"))
    if sc.get("cc"):
        hs.append(HL("CC", sc["cc"], cs="utf-8"))
    hs.append(subj(sc, cs if cs not in ("utf-8",) else "utf-8"))
    hs.append(H("Thread-Topic", hdr_text(ev.get("summary") or sc["subject_final"], cs)))
    hs.append("Thread-Index: " + thread_index(r))
    hs.append("Date: " + rfcdate(sc["t_send"]))
    hs.append("Message-ID:\r\n <%s>" % sc["msgid"])
    hs.append("Accept-Language: " + LANG_TAG.get(sc["lang"], "en-US") + (", en-US" if sc["lang"] != "en" else ""))
    hs.append("Content-Language: " + LANG_TAG.get(sc["lang"], "en-US"))
    hs.append("X-MS-Has-Attach:")
    hs.append("X-MS-TNEF-Correlator:")
    if sc.get("variant") != "onprem":
        hs.append("x-ms-publictraffictype: Email")
        hs.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (sc["msgid"].split("@")[1].split(".")[0],
                                                                 sc["msgid"].split("@")[1].split(".")[0][:10] + "P" + rdigits(r, 4)))
        if method == "REQUEST":
            hs.append("x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAD" + ralnum(r, 40) + "=")
        hs.append("x-ms-office365-filtering-correlation-id: " + ruuid(r))
    hs.append("Content-Type: multipart/alternative;\r\n\tboundary=\"%s\"" % b)
    hs.append("MIME-Version: 1.0")
    parts = [p_plain, p_html, p_cal]
    return Part(hs, parts=parts, boundary=b)


def render_outlook(sc):
    """Outlook for Windows sending over SMTP/IMAP accounts (no Exchange)."""
    r = sc["r"]
    ev = sc["events"][0]
    method = sc.get("method", "REQUEST")
    body = sc.get("body")
    if body is None:
        body = ev.get("description") or ""
    ev["description"] = body + "\n"
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc, "plain") if method != "REQUEST" else (ev.get("summary") or "")
    html = sc.get("html") or ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
                              '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17328.20124">\n'
                              '<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n%s\n\n</BODY>\n</HTML>'
                              % "\n".join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>'
                                          % (LANG_TAG.get(sc["lang"], "en-us").lower(), html_text(l)) for l in body.split("\n")))
    if ev.get("altdesc") is None:
        ev["altdesc"] = html
    ver = sc.get("outlook_ver", "16.0")
    cal = calendar_text(sc, "outlook", "-//Microsoft Corporation//Outlook %s MIMEDIR//EN" % ver, method)
    lcs = sc.get("charset") or "utf-8"
    lcs = _fit(body + sc["subject_final"], lcs)
    b = "----=_NextPart_000_%04X_01%s.%s" % (r.randint(1, 0x3F), rHEX(r, 6), rHEX(r, 8))
    p_plain = Part(['Content-Type: text/plain;\r\n\tcharset="%s"' % lcs, "Content-Transfer-Encoding: quoted-printable"],
                   encode_body(body, lcs, "quoted-printable"))
    p_html = Part(['Content-Type: text/html;\r\n\tcharset="%s"' % lcs, "Content-Transfer-Encoding: quoted-printable"],
                  encode_body(html, lcs, "quoted-printable"))
    calraw = cal.encode("utf-8")
    cte = "7bit" if is_ascii(cal) else sc.get("outlook_cal_cte", "8bit")
    p_cal = Part(['Content-Type: text/calendar;\r\n\tmethod=%s;\r\n\tcharset="utf-8"' % method,
                  "Content-Transfer-Encoding: " + cte], encode_body(None, "utf-8", cte, raw=calraw))
    hs = [H("From", addr(*sc["from"], cs=lcs, quote=True)), HL("To", sc["to"], cs=lcs, quote=True)]
    if sc.get("cc"):
        hs.append(HL("Cc", sc["cc"], cs=lcs, quote=True))
    hs.append(subj(sc, lcs))
    hs.append("Date: " + rfcdate(sc["t_send"]))
    hs.append("Message-ID: <%s>" % sc["msgid"])
    hs.append("MIME-Version: 1.0")
    hs.append('Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b)
    hs.append("X-Mailer: Microsoft Outlook " + ver)
    hs.append("Thread-Index: " + thread_index(r, "outlook"))
    hs.append("Content-Language: " + LANG_TAG.get(sc["lang"], "en-us").lower())
    return Part(hs, parts=[p_plain, p_html, p_cal], boundary=b, preamble="This is a multipart message in MIME format.\r\n")


# ------------------------------------------------------------------ Apple

APPLE_MAIL = [(2016, "3124", "10.11.6"), (2017, "3273", "10.12.6"), (2018, "3445.9.1", "10.13.6"),
              (2019, "3445.104.11", "10.14.6"), (2020, "3608.120.23.2.4", "10.15.7"), (2021, "3654.120.0.1.13", "11.6"),
              (2022, "3696.120.41.1.1", "12.6"), (2023, "3731.600.7", "13.5.2"), (2024, "3774.500.171.1.1", "14.4.1"),
              (2025, "3826.400.131.1.6", "15.3"), (2026, "3864.100.1.1.5", "26.1")]
IOS = [(2016, "14B100", "10.1.1"), (2017, "15B202", "11.1.2"), (2018, "16B92", "12.1"), (2019, "17B111", "13.2.3"),
       (2020, "18B92", "14.2"), (2021, "19B74", "15.1"), (2022, "20C65", "16.2"), (2023, "21B74", "17.1"),
       (2024, "22B83", "18.1"), (2025, "22F76", "18.5"), (2026, "23B85", "26.1")]


def _pick_year(table, y):
    best = table[0]
    for row in table:
        if row[0] <= y:
            best = row
    return best


def render_apple(sc):
    """Calendar.app / iOS Calendar sending through Mail with the user's own account."""
    r = sc["r"]
    ev = sc["events"][0]
    method = sc.get("method", "REQUEST")
    ios = sc.get("variant") == "ios"
    y = sc["year"]
    if ios:
        _, build, osv = _pick_year(IOS, y)
        prodid = "-//Apple Inc.//iPhone OS %s//EN" % osv if y < 2024 else "-//Apple Inc.//iOS %s//EN" % osv
        mailer = "iPhone Mail (%s)" % build
        mimev = "1.0 (1.0)"
    else:
        _, build, osv = _pick_year(APPLE_MAIL, y)
        prodid = ("-//Apple Inc.//Mac OS X %s//EN" % osv) if y < 2021 else ("-//Apple Inc.//macOS %s//EN" % osv)
        mailer = "Apple Mail (2.%s)" % build
        mimev = "1.0 (Mac OS X Mail %s \\(%s\\))" % ({2016: "9.3", 2017: "10.3", 2018: "11.5", 2019: "12.4",
                                                      2020: "13.4", 2021: "14.0", 2022: "15.0"}.get(y, "16.0"), build)
    for a in ev.get("alarms", []):
        a.setdefault("uid", ruuid(r).upper())
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc) if method != "REQUEST" else "%s: %s" % (L(sc["lang"])["inv"], ev.get("summary") or "")
    cal = calendar_text(sc, "apple", prodid, method)
    body = sc.get("body") or ""
    cs = sc.get("charset") or "utf-8"
    cs = _fit(body + sc["subject_final"], cs)
    b = "Apple-Mail=_" + ruuid(r).upper()
    parts = []
    tcte = "7bit" if is_ascii(body) or cs == "iso-2022-jp" else "quoted-printable"
    parts.append(Part(["Content-Transfer-Encoding: " + tcte, "Content-Type: text/plain;\r\n\tcharset=" + cs],
                      encode_body(body + "\n", cs, tcte)))
    ccte = "7bit" if is_ascii(cal) else "quoted-printable"
    parts.append(cal_part(cal, ";\r\n\tcharset=utf-8;\r\n\tmethod=" + method, ccte, order="cte-first"))
    hcs = cs if cs.lower() not in ("us-ascii",) else "utf-8"
    hs = [H("From", addr(*sc["from"], cs=hcs)), 'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b,
          "Mime-Version: " + mimev, subj(sc, hcs), "Message-Id: <%s>" % sc["msgid"], "Date: " + rfcdate(sc["t_send"]),
          HL("To", sc["to"], cs=hcs)]
    if sc.get("cc"):
        hs.append(HL("Cc", sc["cc"]))
    hs.append("X-Mailer: " + mailer)
    return Part(hs, parts=parts, boundary=b)


def java_boundary(r, t):
    return "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 2099999999), int(t.timestamp() * 1000))


def render_icloud(sc):
    """iCloud calendar server e-mailing an invitation on behalf of an iCloud user."""
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    org = sc["from"]
    for a in ev.get("alarms", []):
        a.setdefault("uid", ruuid(r).upper())
    if not sc.get("subject"):
        sc["subject_final"] = ("%s: %s" % (lab["inv"], ev.get("summary") or "")) if method == "REQUEST" else default_subject(sc)
    cal = calendar_text(sc, "icloud", "-//CALENDARSERVER.ORG//NONSGML Version 1//EN", method)
    tok = ralnum(r, 40, B64URL)
    txt = [lab["invited"].format(name=org[0] or org[1], title=ev.get("summary") or ""), "",
           "%s: %s" % (lab["when"], when_str(sc, ev))]
    if ev.get("location"):
        txt.append("%s: %s" % (lab["where"], ev["location"]))
    if ev.get("description"):
        txt += ["", ev["description"]]
    txt += ["", "%s: https://www.icloud.com/calendar/?invitation=%s&action=accept" % (lab["yes"], tok),
            "%s: https://www.icloud.com/calendar/?invitation=%s&action=maybe" % (lab["maybe"], tok),
            "%s: https://www.icloud.com/calendar/?invitation=%s&action=decline" % (lab["no"], tok)]
    text = "\n".join(txt) if method == "REQUEST" else response_text(sc)
    if method != "REQUEST":
        txt = [text.split("\n")[0], "", "", ""]
    html = ('<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px">'
            '<p style="font-size:17px"><b>%s</b></p><table>%s</table><p>%s</p>'
            '<p><a href="https://www.icloud.com/calendar/?invitation=%s&amp;action=accept">%s</a> &nbsp; '
            '<a href="https://www.icloud.com/calendar/?invitation=%s&amp;action=maybe">%s</a> &nbsp; '
            '<a href="https://www.icloud.com/calendar/?invitation=%s&amp;action=decline">%s</a></p></body></html>'
            % (hesc(txt[0]), "".join("<tr><td>%s</td></tr>" % hesc(x) for x in txt[2:4] if x),
               html_text(ev.get("description") or ""), tok, lab["yes"], tok, lab["maybe"], tok, lab["no"]))
    b1, b2 = java_boundary(r, sc["t_send"]), java_boundary(r, sc["t_send"])
    alt = Part(['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b2],
               parts=[text_part(text, "text/plain", "UTF-8", "quoted-printable", cs_quote=False),
                      text_part(html, "text/html", "UTF-8", "quoted-printable", cs_quote=False)], boundary=b2)
    att = cal_part(cal, "; charset=UTF-8; method=%s; name=invite.ics" % method, "base64",
                   ["Content-Disposition: attachment; filename=invite.ics"])
    hs = ["Date: " + rfcdate(sc["t_send"]), H("From", addr(*org)), H("Reply-To", addr(*org)), HL("To", sc["to"]),
          "Message-ID: <%s>" % sc["msgid"], subj(sc), "MIME-Version: 1.0",
          'Content-Type: multipart/mixed; \r\n\tboundary="%s"' % b1]
    return Part(hs, parts=[alt, att], boundary=b1)


# ------------------------------------------------------------------ Thunderbird / Lightning

TB = [(2016, "45.5.1"), (2017, "52.5.0"), (2018, "60.3.0"), (2019, "60.9.1"), (2020, "68.12.0"), (2021, "78.14.0"),
      (2022, "91.13.0"), (2023, "102.15.1"), (2024, "115.8.1"), (2025, "128.6.0"), (2026, "140.4.0")]


def render_thunderbird(sc):
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    y = sc["year"]
    ver = _pick_year(TB, y)[1]
    major = ver.split(".")[0]
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc)
    cal = calendar_text(sc, "thunderbird", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", method)
    org = ev.get("organizer") or sc["from"]
    if method == "REQUEST":
        lines = ["%s: %s" % (lab["title"], ev.get("summary") or ""), "%s: %s" % (lab["org"], (org[0] or "") + " <%s>" % org[1])]
        if ev.get("kind") == "VTODO":
            lines.append("%s: %s" % (lab["when"], date_fmt(sc["lang"], ev["due"])))
        else:
            lines.append("%s: %s" % (lab["when"], when_str(sc, ev)))
        if ev.get("location"):
            lines.append("%s: %s" % (lab["where"], ev["location"]))
        att = ev.get("attendees") or []
        lines.append("%s:\n%s" % (lab["guests"], "\n".join("%s <%s>" % (a.get("name") or "", a["email"]) for a in att)))
        if ev.get("description"):
            lines.append("%s:\n%s" % (lab["desc"], ev["description"]))
        text = "\n\n".join(lines)
    else:
        text = sc.get("body") or default_subject(sc)
    if sc.get("body") and method == "REQUEST":
        text = sc["body"] + "\n\n" + text
    b1, b2 = "------------" + ralnum(r, 24), "------------" + ralnum(r, 24)
    tcs = _fit(text + sc["subject_final"], sc.get("charset") or "UTF-8")
    tcte = "7bit" if (is_ascii(text) or tcs.lower() == "iso-2022-jp") else "8bit"
    p_plain = text_part(text, "text/plain", tcs, tcte, cs_quote=False)
    p_plain.headers[0] = "Content-Type: text/plain; charset=" + tcs
    ccte = "7bit" if is_ascii(cal) else "8bit"
    p_cal = cal_part(cal, "; method=%s; charset=UTF-8" % method, ccte)
    alt = Part(['Content-Type: multipart/alternative;\r\n boundary="%s"' % b2], parts=[p_plain, p_cal], boundary=b2)
    att = cal_part(cal, '; name="invite.ics"', "base64",
                   ['Content-Disposition: attachment; filename="invite.ics"'], ct="application/ics")
    ua = "Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Thunderbird/%s" % (
        r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]),
        major if int(major) < 115 else "128.0" if int(major) >= 128 else "115.0", ver) if int(major) >= 60 else \
        "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:%s.0) Gecko/20100101 Thunderbird/%s Lightning/%s" % (major, ver, "5.4" if major == "52" else "4.7")
    ua = ua.replace("rv:128.0.0", "rv:128.0").replace("rv:115.0.0", "rv:115.0")
    hcs = tcs if tcs.lower() != "us-ascii" else "UTF-8"
    subj_h = subj(sc, hcs)
    if int(major) >= 78:
        hs = ["Message-ID: <%s>" % sc["msgid"], "Date: " + rfcdate(sc["t_send"]), "MIME-Version: 1.0",
              "User-Agent: " + ua, "Content-Language: " + LANG_TAG.get(sc["lang"], "en-US"), HL("To", sc["to"])]
        if sc.get("cc"):
            hs.append(HL("Cc", sc["cc"]))
        hs += [H("From", addr(*sc["from"], cs=hcs)), subj_h]
        hs.append('Content-Type: multipart/mixed; boundary="%s"' % b1)
    else:
        hs = [HL("To", sc["to"], cs=hcs), H("From", addr(*sc["from"], cs=hcs)), subj_h, "Message-ID: <%s>" % sc["msgid"],
              "Date: " + rfcdate(sc["t_send"]), "User-Agent: " + ua, "MIME-Version: 1.0",
              'Content-Type: multipart/mixed;\r\n boundary="%s"' % b1,
              "Content-Language: " + LANG_TAG.get(sc["lang"], "en-US")]
    return Part(hs, parts=[alt, att], boundary=b1, preamble="This is a multi-part message in MIME format.")


# ------------------------------------------------------------------ Zimbra

ZIMBRA = [(2016, "8.7.1_GA_1670"), (2018, "8.8.8_GA_2009"), (2019, "8.8.15_GA_3869"), (2021, "8.8.15_GA_4177"),
          (2022, "9.0.0_GA_4390"), (2023, "8.8.15_GA_4581"), (2024, "10.0.7_GA_4595"), (2025, "10.1.4_GA_4712")]
ZIMBRA_HDR = {"en": "The following is a new meeting request:", "de": "Es folgt eine neue Besprechungsanfrage:",
              "fr": "Voici une nouvelle demande de réunion :", "es": "La siguiente es una nueva solicitud de reunión:",
              "it": "Di seguito è riportata una nuova richiesta di riunione:",
              "pt": "A seguir, uma nova solicitação de reunião:", "ru": "Новый запрос на встречу:",
              "pl": "Poniżej znajduje się nowa prośba o spotkanie:"}


def render_zimbra(sc):
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    ver = _pick_year(ZIMBRA, sc["year"])[1]
    org = ev.get("organizer") or sc["from"]
    if not sc.get("subject"):
        sc["subject_final"] = (ev.get("summary") or "") if method == "REQUEST" else default_subject(sc)
    body = sc.get("body") or ""
    if method == "REQUEST":
        head = ZIMBRA_HDR.get(sc["lang"], ZIMBRA_HDR["en"])
        inv = "; ".join("%s <%s>" % (a.get("name") or "", a["email"]) for a in (ev.get("attendees") or [])[:40])
        parts = [head, "", "%s: %s " % (lab["f_subj"], ev.get("summary") or ""),
                 '%s: "%s" <%s> ' % (lab["org"], org[0] or "", org[1]), ""]
        if ev.get("location"):
            parts.append("%s: %s " % (lab["where"], ev["location"]))
        parts += ["%s: %s" % (lab["when"], when_str(sc, ev)), " ", "%s: %s " % (lab["guests"], inv), "", "",
                  "*~*~*~*~*~*~*~*~*~*", "", body or (ev.get("description") or "")]
        text = "\n".join(parts)
        ev["description"] = text
    else:
        text = body or default_subject(sc)
    cal = calendar_text(sc, "zimbra", "Zimbra-Calendar-Provider", method)
    html = "<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n%s</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
        hesc(ZIMBRA_HDR.get(sc["lang"], ZIMBRA_HDR["en"])) if method == "REQUEST" else "",
        "".join("<tr><th align=\"left\">%s:</th><td>%s </td></tr>\n" % (hesc(k), hesc(v)) for k, v in
                [(lab["f_subj"], ev.get("summary") or ""), (lab["org"], '"%s" <%s>' % (org[0] or "", org[1])),
                 (lab["where"], ev.get("location") or ""), (lab["when"], when_str(sc, ev))]),
        html_text(body or ev.get("description") or ""))
    b = "=_" + ruuid(r)
    tc = "7bit" if is_ascii(text) else "quoted-printable"
    p1 = text_part(text, "text/plain", "utf-8", tc, cs_quote=False)
    p2 = text_part(html, "text/html", "utf-8", "7bit" if is_ascii(html) else "quoted-printable", cs_quote=False)
    p3 = cal_part(cal, "; charset=utf-8; method=%s; name=meeting.ics" % method,
                  "7bit" if is_ascii(cal) else "quoted-printable")
    ms = int(sc["t_send"].timestamp() * 1000)
    hs = ["Date: " + rfcdate(sc["t_send"]), H("From", addr(*sc["from"], quote=True)), HL("To", sc["to"], quote=True)]
    if sc.get("cc"):
        hs.append(HL("Cc", sc["cc"], quote=True))
    hs += ["Message-ID: <%s>" % sc["msgid"], subj(sc), "MIME-Version: 1.0",
           'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b,
           "X-Originating-IP: [%s]" % sc.get("client_ip", "198.51.100.23"),
           "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (ver, sc["r"].choice(["FF122 (Win)", "GC121 (Win)", "GC119 (Mac)", "FF115 (Linux)"]) + "/" + ver),
           H("Thread-Index", rb64(r, 15)), H("Thread-Topic", hdr_text(ev.get("summary") or "", "utf-8"))]
    return Part(hs, parts=[p1, p2, p3], boundary=b)


# ------------------------------------------------------------------ Nextcloud

NC = [(2017, "1.5.8"), (2019, "1.7.1"), (2020, "2.0.4"), (2021, "2.3.4"), (2022, "3.5.0"), (2023, "4.4.2"),
      (2024, "4.7.6"), (2025, "5.2.1"), (2026, "6.0.1")]


def render_nextcloud(sc):
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    ver = _pick_year(NC, sc["year"])[1]
    org = ev.get("organizer") or sc["org_person"]
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc)
    cal = calendar_text(sc, "nextcloud", "-//IDN nextcloud.com//Calendar app %s//EN" % ver, method)
    base = "https://%s" % sc["nc_host"]
    tok = ralnum(r, 32)
    if method == "REQUEST":
        title = ev.get("summary") or ""
        t = [lab["invited"].format(name=org[0] or org[1], title=title), "",
             "%s: %s" % (lab["when"], when_str(sc, ev) if ev.get("kind") != "VTODO" else date_fmt(sc["lang"], ev["due"]))]
        if ev.get("location"):
            t.append("%s: %s" % (lab["where"], ev["location"]))
        if ev.get("description"):
            t.append("%s: %s" % (lab["desc"], ev["description"]))
        if ev.get("url"):
            t.append("Link: %s" % ev["url"])
        t += ["", "Accept: %s/index.php/apps/dav/invitation/accept/%s" % (base, tok),
              "Decline: %s/index.php/apps/dav/invitation/decline/%s" % (base, tok),
              "%s: %s/index.php/apps/dav/invitation/options/%s" % (lab["more"], base, tok)]
        text = "\n".join(t)
    else:
        text = sc.get("body") or default_subject(sc)
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta http-equiv='
            '"Content-Type" content="text/html; charset=utf-8"><title></title></head><body style="-webkit-font-smoothing:'
            'antialiased;background:#f3f3f3;margin:0;padding:0"><table class="body" style="width:100%%"><tr><td>'
            '<center style="min-width:580px;width:100%%"><table class="container"><tr><td>%s</td></tr></table>'
            '</center></td></tr></table></body></html>' % (sc["lang"], html_text(text)))
    if sc["year"] >= 2022:
        b1, b2 = ralnum(r, 8), ralnum(r, 8)
    else:
        b1 = "_=_swift_%d_%s_=_" % (int(sc["t_send"].timestamp()), rhex(r, 32))
        b2 = "_=_swift_%d_%s_=_" % (int(sc["t_send"].timestamp()), rhex(r, 32))
    q = (lambda b: '"%s"' % b) if "=" in b1 else (lambda b: b)
    alt = Part(["Content-Type: multipart/alternative; boundary=" + q(b2)],
               parts=[text_part(text, "text/plain", "utf-8", "quoted-printable", cs_quote=False),
                      text_part(html, "text/html", "utf-8", "quoted-printable", cs_quote=False)], boundary=b2)
    att = cal_part(cal, "; method=%s; charset=utf-8; name=event.ics" % method, "base64",
                   ["Content-Disposition: attachment; name=event.ics; filename=event.ics"])
    hs = [H("From", addr("%s via %s" % (org[0] or org[1], sc.get("nc_name", "Nextcloud")), sc["from"][1])),
          H("Reply-To", addr(*org)), HL("To", sc["to"]), subj(sc), "Message-ID: <%s>" % sc["msgid"],
          "MIME-Version: 1.0", "Date: " + rfcdate(sc["t_send"]), "Auto-Submitted: auto-generated",
          "Content-Type: multipart/mixed; boundary=" + q(b1)]
    return Part(hs, parts=[alt, att], boundary=b1)


# ------------------------------------------------------------------ SOGo

SOGO = [(2016, "3.2.6"), (2018, "4.0.2"), (2020, "5.0.1"), (2022, "5.7.1"), (2023, "5.9.0"), (2024, "5.10.0"),
        (2025, "5.12.1")]
SOGO_SUBJ = {"en": 'Event Invitation: "%s"', "de": 'Einladung zum Termin: "%s"', "fr": 'Invitation à l\'événement : "%s"',
             "es": 'Invitación al evento: "%s"', "it": 'Invito all\'evento: "%s"'}


def render_sogo(sc):
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    ver = _pick_year(SOGO, sc["year"])[1]
    org = ev.get("organizer") or sc["from"]
    if not sc.get("subject"):
        if method == "REQUEST":
            sc["subject_final"] = SOGO_SUBJ.get(sc["lang"], lab["inv"] + ': "%s"') % (ev.get("summary") or "")
        else:
            sc["subject_final"] = default_subject(sc)
    cal = calendar_text(sc, "sogo", "-//Inverse inc./SOGo %s//EN" % ver, method)
    if method == "REQUEST":
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<p>%s</p><table><tr><td>%s:</td><td>%s</td></tr><tr><td>%s:</td><td>%s</td></tr>%s</table>'
                '<p>%s</p></body></html>' % (
                    hesc(lab["invited"].format(name=org[0] or org[1], title=ev.get("summary") or "")) + ".",
                    lab["start"], hesc(date_fmt(sc["lang"], ev["start"])), lab["end"],
                    hesc(date_fmt(sc["lang"], ev["end"])) if ev.get("end") else "",
                    ("<tr><td>%s:</td><td>%s</td></tr>" % (lab["where"], hesc(ev["location"]))) if ev.get("location") else "",
                    html_text(ev.get("description") or "")))
    else:
        html = "<html><body><p>%s</p></body></html>" % html_text(sc.get("body") or default_subject(sc))
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------" % (r.randint(1000, 40000), int(sc["t_send"].timestamp()),
                                                                 r.randint(0, 999999), r.randint(1, 40))
    p1 = text_part(html, "text/html", "utf-8", "quoted-printable", cs_quote=False)
    p2 = cal_part(cal, "; method=%s; charset=utf-8" % method, "quoted-printable")
    hs = [H("From", addr(*sc["from"])), HL("To", sc["to"]), subj(sc), "Date: " + rfcdate(sc["t_send"]),
          "Message-ID: <%s>" % sc["msgid"], "MIME-Version: 1.0",
          'Content-Type: multipart/mixed; boundary="%s"' % b]
    return Part(hs, parts=[p1, p2], boundary=b)


# ------------------------------------------------------------------ Yahoo

def render_yahoo(sc):
    r = sc["r"]
    ev = sc["events"][0]
    lab = L(sc["lang"])
    method = sc.get("method", "REQUEST")
    org = sc["from"]
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc)
    cal = calendar_text(sc, "yahoo", "-//Yahoo! Inc.//Yahoo! Calendar//EN", method)
    t = [lab["invited"].format(name=org[0] or org[1], title=ev.get("summary") or ""), "",
         "%s: %s" % (lab["when"], when_str(sc, ev))]
    if ev.get("location"):
        t.append("%s: %s" % (lab["where"], ev["location"]))
    if ev.get("description"):
        t += ["", ev["description"]]
    if sc.get("body"):
        t = [sc["body"], ""] + t
    text = "\n".join(t) if method == "REQUEST" else response_text(sc)
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div>%s</div></div></body></html>' % (
        rhex(r, 8), html_text(text))
    b1, b2 = java_boundary(r, sc["t_send"]), java_boundary(r, sc["t_send"])
    alt = Part(['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b2],
               parts=[text_part(text, "text/plain", "UTF-8", "quoted-printable", cs_quote=False),
                      text_part(html, "text/html", "UTF-8", "quoted-printable", cs_quote=False)], boundary=b2)
    att = cal_part(cal, "; charset=UTF-8; method=%s; name=invite.ics" % method, "base64",
                   ["Content-Disposition: attachment; filename=invite.ics"])
    ver = "1.1.%d" % ({2016: 8900, 2017: 10500, 2018: 12500, 2019: 14700, 2020: 16800, 2021: 19200, 2022: 20200,
                       2023: 21600, 2024: 22100, 2025: 23400, 2026: 24100}.get(sc["year"], 22100) + r.randint(0, 99))
    hs = ["Date: " + rfcdate(sc["t_send"]), H("From", addr(*org)), H("Reply-To", addr(*org)), HL("To", sc["to"]),
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                                    int(sc["t_send"].timestamp() * 1000)),
          subj(sc), "MIME-Version: 1.0", 'Content-Type: multipart/mixed; \r\n\tboundary="%s"' % b1,
          "X-Mailer: WebService/%s YMailNorrin" % ver]
    sc["msgid_set"] = hs[5].split(" ", 1)[1].strip("<>")
    return Part(hs, parts=[alt, att], boundary=b1)


# ------------------------------------------------------------------ Zoom

ZOOM_CONF = {"de": "Bestätigung", "fr": "Confirmation", "es": "Confirmación", "it": "Conferma", "pt": "Confirmação",
             "nl": "Bevestiging", "pl": "Potwierdzenie", "tr": "Onayı", "ru": "Подтверждение", "ja": "確認",
             "ko": "확인", "zh": "确认", "zh-TW": "確認", "ar": "تأكيد", "he": "אישור", "hi": "पुष्टि", "th": "การยืนยัน",
             "sv": "Bekräftelse", "el": "Επιβεβαίωση"}


def render_zoom(sc):
    r = sc["r"]
    ev = sc["events"][0]
    method = sc.get("method", "PUBLISH")
    host = sc["org_person"]
    c = sc["conf"]
    if not sc.get("subject"):
        sc["subject_final"] = "%s %s" % (ev.get("summary") or "", ZOOM_CONF.get(sc["lang"], "Confirmation"))
    text = sc.get("body")
    if text is None:
        text = ("Hi %s,\n\nThank you for registering for \"%s\".\n\nPlease submit any questions to: %s\n\n"
                "Date Time: %s\n\nJoin from PC, Mac, Linux, iOS or Android: %s\n    Passcode: %s\n\n"
                "Or iPhone one-tap:\n    US: +1%s,,%s#,,,,*%s#\nOr Telephone:\n    Dial(for higher quality, dial a number "
                "based on your current location):\n        US: +1 %s\n    Webinar ID: %s\n    Passcode: %s\n\n"
                "You can cancel your registration at any time.\n"
                % (sc["rcpt"][0] or "", ev.get("summary") or "", host[1], when_str(sc, ev), c["url"], c["pwd"],
                   c["dial"].replace(" ", ""), c["id"].replace(" ", ""), c["pwd_num"], c["dial"], c["id"], c["pwd_num"]))
    if ev.get("description") is None:
        ev["description"] = text
    ev["location"] = ev.get("location") or c["url"]
    cal = calendar_text(sc, "zoom", "-//zoom.us//iCalendar Event//EN", method)
    html = sc.get("html") or ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'
                              'Lato,Helvetica,Arial,sans-serif"><div style="max-width:600px;margin:0 auto">'
                              '<img src="https://st1.zoom.us/static/6.3.18124/image/new/ZoomLogo_112x25.png" alt="Zoom">'
                              '<div style="padding:20px 0">%s</div><a href="%s" style="background:#0e71eb;color:#fff;'
                              'padding:10px 20px;border-radius:8px;text-decoration:none">Click Here to Join</a>'
                              '<p style="color:#666;font-size:12px">Copyright &copy;%d Zoom Communications, Inc. All rights '
                              'reserved.</p></div></body></html>' % (html_text(text), c["url"], sc["year"]))
    b1, b2 = java_boundary(r, sc["t_send"]), java_boundary(r, sc["t_send"])
    alt = Part(['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b2],
               parts=[text_part(text, "text/plain", "UTF-8", "quoted-printable", cs_quote=False),
                      text_part(html, "text/html", "UTF-8", "quoted-printable", cs_quote=False)], boundary=b2)
    att = cal_part(cal, "; charset=UTF-8; method=%s; name=iCalendar.ics" % method, "base64",
                   ['Content-Disposition: attachment; filename="iCalendar.ics"'])
    hs = ["Date: " + rfcdate(sc["t_send"]), H("From", addr("Zoom", "no-reply@zoom.us")), H("Reply-To", addr(*host)),
          HL("To", sc["to"]), "Message-ID: <%s>" % sc["msgid"], subj(sc), "MIME-Version: 1.0",
          'Content-Type: multipart/mixed; \r\n\tboundary="%s"' % b1]
    return Part(hs, parts=[alt, att], boundary=b1)


# ------------------------------------------------------------------ transactional (booking systems, ESPs)

def render_transactional(sc):
    r = sc["r"]
    method = sc.get("method")
    tx = sc.get("tx", {})
    if not sc.get("subject"):
        sc["subject_final"] = default_subject(sc)
    cs = sc.get("charset") or "UTF-8"
    text = sc.get("body") or ""
    html = sc.get("html") or ('<!doctype html><html><head><meta charset="%s"><meta name="viewport" content="width=device-width">'
                              '</head><body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%%" '
                              'cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;'
                              'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"><tr><td style="padding:24px">'
                              '%s</td></tr></table></td></tr></table></body></html>' % (cs.lower(), html_text(text)))
    cs = _fit(text + html + sc["subject_final"], cs)
    o = dict(tx.get("ics", {}))
    cal = calendar_text(sc, tx.get("style", "generic"), tx.get("prodid", "-//Booking Engine//EN"), method, o)
    tcte = "7bit" if cs.lower() == "iso-2022-jp" else tx.get("text_cte", "quoted-printable")
    p_plain = text_part(text, "text/plain", cs, tcte, cs_quote=tx.get("cs_quote", True))
    p_html = text_part(html, "text/html", cs, tcte if cs.lower() != "iso-2022-jp" else "7bit", cs_quote=tx.get("cs_quote", True))
    mparam = ("; method=" + (tx.get("ct_method") or method)) if (tx.get("ct_method") or method) else ""
    fname = tx.get("fname", "invite.ics")
    layout = tx.get("layout", "mixed")
    ccte = tx.get("cal_cte", "base64")
    if isinstance(cal, bytes) and ccte not in ("base64",):
        ccte = "base64"
    eol_lf = "lf-ics" in sc.get("quirks", ())
    if eol_lf:
        ccte = "base64"
    b1 = tx.get("b1") or ("b1_" + rhex(r, 32))
    b2 = tx.get("b2") or ("b2_" + rhex(r, 32))
    if layout == "mixed":
        alt = Part(['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b2], parts=[p_plain, p_html], boundary=b2)
        att = cal_part(cal, '; charset=utf-8%s; name="%s"' % (mparam, fname), ccte,
                       ['Content-Disposition: attachment; filename="%s"' % fname], ct=tx.get("att_ct", "text/calendar"),
                       eol_lf=eol_lf)
        top = ['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b1]
        parts = [alt, att]
    elif layout == "alt3":
        calp = cal_part(cal, "; charset=utf-8" + mparam, ccte, eol_lf=eol_lf)
        top = ['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b1]
        parts = [p_plain, p_html, calp]
    elif layout == "html+att":
        att = cal_part(cal, '; charset=utf-8%s; name="%s"' % (mparam, fname), ccte,
                       ['Content-Disposition: attachment; filename="%s"' % fname], ct=tx.get("att_ct", "text/calendar"),
                       eol_lf=eol_lf)
        top = ['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b1]
        parts = [p_html, att]
    elif layout == "single":
        raw = cal if isinstance(cal, bytes) else cal.encode("utf-8")
        if eol_lf:
            raw = raw.replace(b"\r\n", b"\n")
        top = ["Content-Type: text/calendar; charset=utf-8" + mparam, "Content-Transfer-Encoding: " + ccte]
        body = encode_body(None, "utf-8", ccte, raw=raw)
        parts = None
    else:
        raise ValueError(layout)
    hs = list(tx.get("pre_headers", []))
    hcs = cs if cs.lower() not in ("us-ascii",) else "UTF-8"
    hs += [H("From", addr(*sc["from"], cs=hcs))]
    if sc.get("reply_to"):
        hs.append(H("Reply-To", addr(*sc["reply_to"])))
    if sc["to"]:
        hs.append(HL("To", sc["to"], cs=cs if cs.lower() == "iso-2022-jp" else "UTF-8"))
    if sc.get("cc"):
        hs.append(HL("Cc", sc["cc"]))
    hs += [subj(sc, hcs), "Date: " + rfcdate(sc["t_send"]),
           "Message-ID: <%s>" % sc["msgid"], "MIME-Version: 1.0"]
    hs += list(tx.get("headers", []))
    hs += top
    if parts is None:
        return Part(hs, body)
    return Part(hs, parts=parts, boundary=b1, preamble=tx.get("preamble"))


def render_handrolled(sc):
    """scripts and bulk tools; configured by sc['tx'] exactly like transactional but with other boundaries."""
    return render_transactional(sc)


RENDER = {
    "google": render_google, "exchange": render_exchange, "outlook": render_outlook, "applemail": render_apple,
    "icloud": render_icloud, "thunderbird": render_thunderbird, "zimbra": render_zimbra, "nextcloud": render_nextcloud,
    "sogo": render_sogo, "yahoo": render_yahoo, "zoom": render_zoom, "transactional": render_transactional,
    "handrolled": render_handrolled,
}
