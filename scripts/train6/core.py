"""Message assembly for train6: iCalendar objects, client styles, trace."""
import datetime as dt, email.utils, html as htmlmod, re
from mailkit import *  # noqa
from world import ip_pub, ip_priv

MX = "mx.example.net"

PRODID = {
    "exchange": "Microsoft Exchange Server 2010",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.4.1//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.2.1//EN",
    "mozilla": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "nextcloud": "-//Sabre//Sabre VObject 4.5.4//EN",
    "zimbra": "Zimbra-Calendar-Provider",
    "sogo": "-//Inverse inc./SOGo 5.10.0//EN",
    "fastmail": "-//CyrusIMAP.org/Cyrus 3.9.0-alpha0-1052//EN",
    "proton": "-//Proton AG//web-calendar 5.0.37.4//EN",
    "yahoo": "-//Yahoo! Inc.//Yahoo Calendar 2.0//EN",
    "zoho": "-//Zoho Corporation//Zoho Calendar//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Systems Inc.//Webex Meetings//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "eventbrite": "-//Eventbrite//Eventbrite Calendar 1.0//EN",
    "php": "-//hacksw/handcal//NONSGML v1.0//EN",
    "icalnet": "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN",
    "icalpy": "-//My calendar product//mxm.dk//",
    "spatie": "spatie/icalendar-generator",
    "ical4j": "-//Events Calendar//iCal4j 1.0//EN",
    "evolution": "-//Ximian//NONSGML Evolution Calendar//EN",
}


def ev_time(name, d, tz, style, allday=False):
    """d: naive local datetime in tz (or UTC if tz is None)."""
    if allday:
        return f"{name};VALUE=DATE:{d.strftime('%Y%m%d')}"
    if tz is None:
        return f"{name}:{fmt_utc(d)}"
    if tz == "floating":
        return f"{name}:{fmt_local(d)}"
    if style == "utc":
        return f"{name}:{fmt_utc(to_utc(tz, d))}"
    tzname = TZ[tz][0] if style == "windows" else tz
    return f"{name};TZID={tzname}:{fmt_local(d)}"


def person_param(p, flavor, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, org=False, sentby=None):
    name, mail = p[0], p[1]
    cn = qcn(name) if name else None
    if org:
        ps = []
        if cn:
            ps.append(f"CN={cn}")
        if sentby:
            ps.append(f'SENT-BY="mailto:{sentby}"')
        if flavor == "apple":
            ps.append(f"EMAIL={mail}")
        return "ORGANIZER" + "".join(";" + x for x in ps) + f":mailto:{mail}"
    if flavor == "exchange":
        ps = [f"ROLE={role}", f"PARTSTAT={partstat}"] + (["RSVP=TRUE"] if rsvp else []) + ([f"CN={cn}"] if cn else [])
    elif flavor == "google":
        ps = ["CUTYPE=INDIVIDUAL", f"ROLE={role}", f"PARTSTAT={partstat}"] + (["RSVP=TRUE"] if rsvp else []) + \
             ([f"CN={cn}"] if cn else [f"CN={mail}"]) + ["X-NUM-GUESTS=0"]
    elif flavor == "apple":
        ps = ([f"CN={cn}"] if cn else []) + ["CUTYPE=INDIVIDUAL", f"EMAIL={mail}", f"PARTSTAT={partstat}",
                                            f"ROLE={role}"] + (["RSVP=TRUE"] if rsvp else [])
    else:
        ps = ([f"CN={cn}"] if cn else []) + [f"ROLE={role}", f"PARTSTAT={partstat}"] + (["RSVP=TRUE"] if rsvp else []) + ["CUTYPE=INDIVIDUAL"]
    return "ATTENDEE;" + ";".join(ps) + f":mailto:{mail}"


ORDER = {
    "exchange": ["org", "att", "desc", "rrule", "exdate", "recid", "uid", "summary", "dtstart", "dtend", "class", "prio",
                 "dtstamp", "transp", "status", "seq", "loc", "url", "attach", "conf", "x", "xalt", "alarm"],
    "google": ["dtstart", "dtend", "rrule", "dtstamp", "org", "uid", "recid", "att", "conf", "x", "created", "desc",
               "lastmod", "loc", "seq", "status", "summary", "transp", "url", "attach", "xalt", "alarm"],
    "apple": ["transp", "dtend", "uid", "dtstamp", "loc", "desc", "url", "seq", "x", "summary", "lastmod", "dtstart",
              "created", "rrule", "recid", "org", "att", "conf", "attach", "xalt", "alarm"],
    "mozilla": ["created", "lastmod", "dtstamp", "uid", "summary", "org", "att", "rrule", "recid", "dtstart", "dtend",
                "transp", "desc", "loc", "url", "seq", "x", "conf", "attach", "xalt", "alarm"],
    "generic": ["uid", "dtstamp", "dtstart", "dtend", "rrule", "recid", "summary", "desc", "loc", "url", "org", "att",
                "seq", "status", "transp", "class", "prio", "conf", "attach", "x", "xalt", "alarm"],
}

FLAVOR = {"exchange": "exchange", "outlook": "exchange", "google": "google", "apple": "apple", "ios": "apple",
          "mozilla": "mozilla", "nextcloud": "apple", "sogo": "mozilla", "fastmail": "apple", "proton": "generic",
          "evolution": "mozilla"}
TZSTYLE = {"exchange": "windows", "outlook": "windows", "google": "utc", "mozilla": "olson-lic", "sogo": "olson",
           "apple": "olson", "ios": "olson", "nextcloud": "olson", "zimbra": "olson", "fastmail": "olson",
           "proton": "olson", "zoom": "olson", "webex": "utc", "calendly": "utc", "eventbrite": "utc", "php": "utc",
           "icalnet": "olson", "icalpy": "utc", "spatie": "olson", "ical4j": "olson", "evolution": "olson",
           "yahoo": "utc", "zoho": "olson"}


def vevent(ev, prod, lang="en"):
    flavor = FLAVOR.get(prod, "generic")
    tzstyle = ev.get("tzstyle") or TZSTYLE.get(prod, "olson")
    tz = ev.get("tz")
    if tzstyle == "utc" and tz not in (None, "floating") and not ev.get("rrule"):
        tz_use, st = tz, "utc"
    elif tzstyle == "utc" and tz not in (None, "floating"):
        tz_use, st = tz, "olson"
    else:
        tz_use, st = tz, tzstyle
    L = {}
    lng = f";LANGUAGE={ev.get('langtag', 'en-US')}" if flavor == "exchange" else ""
    L["dtstart"] = [ev_time("DTSTART", ev["start"], tz_use, st, ev.get("allday"))]
    if ev.get("end") is not None:
        L["dtend"] = [ev_time("DTEND", ev["end"], tz_use, st, ev.get("allday"))]
    L["dtstamp"] = [f"DTSTAMP:{fmt_utc(ev['stamp'])}"]
    if not ev.get("no_uid"):
        L["uid"] = [f"UID:{ev['uid']}"]
    if ev.get("summary") is not None:
        L["summary"] = [f"SUMMARY{lng}:{esc(ev['summary'])}"]
    if ev.get("desc"):
        L["desc"] = [f"DESCRIPTION{lng}:{esc(ev['desc'])}"]
    if ev.get("loc"):
        L["loc"] = [f"LOCATION{lng}:{esc(ev['loc'])}"]
    if ev.get("org"):
        o = ev["org"]
        L["org"] = [person_param(o, flavor, org=True, sentby=ev.get("sentby"))]
    L["att"] = [person_param(a, flavor, role=a[2] if len(a) > 2 else "REQ-PARTICIPANT",
                             partstat=a[3] if len(a) > 3 else "NEEDS-ACTION",
                             rsvp=a[4] if len(a) > 4 else True) for a in ev.get("att", [])]
    if ev.get("rrule"):
        L["rrule"] = [f"RRULE:{ev['rrule']}"]
    if ev.get("exdate"):
        L["exdate"] = [ev_time("EXDATE", ev["exdate"], tz_use, st)]
    if ev.get("recid"):
        L["recid"] = [ev_time("RECURRENCE-ID", ev["recid"], tz_use, st)]
    L["seq"] = [f"SEQUENCE:{ev.get('seq', 0)}"]
    if ev.get("status") or flavor in ("exchange", "google"):
        L["status"] = [f"STATUS:{ev.get('status', 'CONFIRMED')}"]
    L["transp"] = [f"TRANSP:{ev.get('transp', 'OPAQUE')}"]
    if flavor == "exchange":
        L["class"] = ["CLASS:PUBLIC"]; L["prio"] = [f"PRIORITY:{ev.get('prio', 5)}"]
    elif ev.get("prio"):
        L["prio"] = [f"PRIORITY:{ev['prio']}"]
    if ev.get("url"):
        L["url"] = [f"URL:{ev['url']}" if flavor != "apple" else f"URL;VALUE=URI:{ev['url']}"]
    if ev.get("attach"):
        L["attach"] = [f"ATTACH{p}:{u}" for p, u in ev["attach"]]
    if ev.get("conf"):
        L["conf"] = [f"CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL={lab}:{u}" for u, lab in ev["conf"]]
    if ev.get("created"):
        L["created"] = [f"CREATED:{fmt_utc(ev['created'])}"]
        L["lastmod"] = [f"LAST-MODIFIED:{fmt_utc(ev['created'])}"]
    x = list(ev.get("x", []))
    if flavor == "exchange":
        allday = "TRUE" if ev.get("allday") else "FALSE"
        x = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{ev.get('seq', 0)}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{ev.get('ownerid', 2120000000)}",
             f"X-MICROSOFT-CDO-BUSYSTATUS:{ev.get('busy', 'TENTATIVE')}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             f"X-MICROSOFT-CDO-ALLDAYEVENT:{allday}", f"X-MICROSOFT-CDO-IMPORTANCE:{ev.get('importance', 1)}",
             f"X-MICROSOFT-CDO-INSTTYPE:{1 if ev.get('rrule') else 0}"] + x + \
            ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if ev.get("loc"):
            x.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"' + ev["loc"].replace('"', "'").replace("\n", " ") +
                     '","LocationAnnotation":"","LocationSource":0,"Unresolved":true,"LocationUri":""}]')
    if flavor == "mozilla":
        x.append("X-MOZ-SEND-INVITATIONS:TRUE")
    if flavor == "apple" and prod in ("apple", "ios"):
        x.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    L["x"] = x
    if ev.get("xalt"):
        L["xalt"] = [f"X-ALT-DESC;FMTTYPE=text/html:{ev['xalt']}"]
    alarms = []
    for al in ev.get("alarms", []):
        trig, action, d = (al + (None, None))[:3]
        alarms.append("BEGIN:VALARM")
        if flavor == "exchange":
            alarms += [f"DESCRIPTION:{esc(d or 'REMINDER')}", f"TRIGGER;RELATED=START:{trig}", f"ACTION:{action or 'DISPLAY'}"]
        else:
            alarms += [f"ACTION:{action or 'DISPLAY'}", f"DESCRIPTION:{esc(d or 'This is an event reminder')}",
                       f"TRIGGER:{trig}"]
            if al[3:4] and al[3]:
                alarms += [f"REPEAT:{al[3]}", f"DURATION:{al[4]}"]
            if (action or "") == "EMAIL":
                alarms += [f"SUMMARY:{esc(ev.get('summary') or '')}"] + [f"ATTENDEE:mailto:{a[1]}" for a in ev.get("att", [])[:1]]
        alarms.append("END:VALARM")
    L["alarm"] = alarms
    out = ["BEGIN:VEVENT"]
    for k in ORDER[flavor if flavor in ORDER else "generic"]:
        out += L.get(k, [])
    out.append("END:VEVENT")
    return out


APPLE_VER = {2016: ("Mac OS X 10.12.1", "10.1.1"), 2017: ("Mac OS X 10.13.1", "11.1.2"), 2018: ("Mac OS X 10.14", "12.1"),
             2019: ("Mac OS X 10.15", "13.2.3"), 2020: ("macOS 11.1", "14.2"), 2021: ("macOS 12.0.1", "15.1"),
             2022: ("macOS 13.0", "16.1.2"), 2023: ("macOS 14.1", "17.1.1"), 2024: ("macOS 14.6.1", "17.6.1"),
             2025: ("macOS 15.3", "18.3.2"), 2026: ("macOS 26.1", "26.1")}


def make_ics(prod, method, events, lang="en", extra_cal=(), malform=None, tzs=None, calname=None, year=None):
    tzstyle = TZSTYLE.get(prod, "olson")
    if year is None and events:
        year = events[0]["stamp"].year
    apple_prodid = None
    if prod in ("apple", "ios") and year in APPLE_VER:
        apple_prodid = f"-//Apple Inc.//{APPLE_VER[year][0]}//EN" if prod == "apple" else f"-//Apple Inc.//iPhone OS {APPLE_VER[year][1]}//EN"
    lines = ["BEGIN:VCALENDAR"]
    head = []
    if prod in ("exchange",):
        head = ([f"METHOD:{method}"] if method else []) + [f"PRODID:{PRODID[prod]}", "VERSION:2.0"]
    elif prod == "google":
        head = [f"PRODID:{PRODID[prod]}", "VERSION:2.0", "CALSCALE:GREGORIAN"] + ([f"METHOD:{method}"] if method else [])
    else:
        head = [f"PRODID:{apple_prodid or PRODID.get(prod, prod)}", "VERSION:2.0"] + (["CALSCALE:GREGORIAN"] if prod in ("apple", "ios", "nextcloud", "fastmail", "zoom", "spatie") else []) + ([f"METHOD:{method}"] if method else [])
    if malform == "no_version":
        head = [h for h in head if not h.startswith("VERSION")]
    lines += head + list(extra_cal)
    if calname:
        lines.append(f"X-WR-CALNAME:{esc(calname)}")
    seen = []
    for ev in events:
        tz = ev.get("tz")
        if tz not in (None, "floating") and tz not in seen and not ev.get("allday"):
            st = ev.get("tzstyle") or tzstyle
            if st == "utc" and not ev.get("rrule"):
                continue
            seen.append(tz)
            if malform != "no_vtimezone":
                lines += vtimezone(tz, "windows" if st == "windows" else ("olson-lic" if st in ("olson-lic", "utc") else "olson"))
    for ev in events:
        lines += vevent(ev, prod, lang)
    if malform != "no_end":
        lines.append("END:VCALENDAR")
    eol = "\n" if malform == "lf" else "\r\n"
    return ics_text(lines, nofold=(malform == "nofold"), eol=eol)


# ---------------------------------------------------------------- html
URL_RE = re.compile(r"(https?://[^\s<>\"]+|mailto:[^\s<>\"]+)")


def to_html(text, style="plain", lang="en", charset="utf-8", head_extra=""):
    def conv(par):
        e = htmlmod.escape(par, quote=False)
        e = URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', e)
        return e.replace("\n", "<br>\n")
    pars = [p for p in text.replace("\r\n", "\n").split("\n\n")]
    dirattr = ' dir="rtl"' if lang == "ar" else ""
    if style == "outlook":
        body = "\n".join(f'<p class="MsoNormal">{conv(p)}<o:p></o:p></p>' for p in pars)
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}}\n'
                f'--></style>\n</head>\n<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{dirattr}>\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "google":
        body = "".join(f"<p>{conv(p)}</p>" for p in pars)
        return (f'<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
                f'itemscope itemtype="http://schema.org/Event"><meta itemprop="description" content="{htmlmod.escape(pars[0][:60])}"/></span></span>'
                f'<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;'
                f'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"{dirattr}><tr><td>'
                f'<div style="padding:2px"><span style="float:right"></span>{body}</div></td></tr></table></div>\n')
    if style == "div":
        body = "\n".join(f"<div>{conv(p)}</div><div><br></div>" for p in pars)
        return f"<html><head></head><body{dirattr}>{body}</body></html>\n"
    body = "\n".join(f"<p>{conv(p)}</p>" for p in pars)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{dirattr}><head><meta charset="{charset}"><title></title>{head_extra}</head>\n'
            f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n{body}\n</body></html>\n')


# ---------------------------------------------------------------- trace / relays
def rfcdate(d_utc, offset_min):
    tz = dt.timezone(dt.timedelta(minutes=offset_min))
    return email.utils.format_datetime(d_utc.replace(tzinfo=dt.timezone.utc).astimezone(tz))


def qid(rng):
    if rng.random() < 0.5:
        return rhex(rng, rng.choice([10, 11, 12]), True)
    return rstr(rng, 15, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def dkim_sig(rng, d, s, when, hlist="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    b = rb64(rng, 256)
    bfold = "\r\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\r\n\ts={s}; t={int(when.replace(tzinfo=dt.timezone.utc).timestamp())}; "
                              f"h={hlist};\r\n\tbh={rb64(rng, 32)};\r\n\tb={bfold}")


def relay_headers(rng, relay, ctx):
    """Return (helo, rdns, ip, [headers in order top-down]) for the sending side."""
    t = ctx["arrival"] - dt.timedelta(seconds=rng.randint(2, 40))
    dom = ctx["sender"]["email"].split("@")[1]
    hs = []
    dk = ctx.get("dkim_sign", [])
    ip = ip_pub(rng)
    if relay == "google":
        n = rng.randint(1, 99)
        helo = f"mail-{rng.choice(['ej1', 'wm1', 'pl1', 'yb1', 'qt1', 'ot1', 'sor'])}-f{n}.google.com"
        hs.append(("Received", f"by {helo.replace('mail-', 'mail-').split('.')[0]}.google.com with SMTP id {rstr(rng, 20, LOWER)}\r\n"
                               f"        for <{ctx['rcpt']['email']}>; {rfcdate(t, utc_offset('America/Los_Angeles', t))}"))
        hs.append(("X-Google-Smtp-Source", f"AGHT+I{rstr(rng, 80)}=="))
        hs.append(("X-Received", f"by 2002:a05:{rhex(rng, 4)}:{rhex(rng, 4)}:b0:{rhex(rng, 3)}:{rhex(rng, 4)} with SMTP id {rstr(rng, 24, LOWER)};\r\n"
                                  f"        {rfcdate(t, utc_offset('America/Los_Angeles', t))}"))
        rdns = helo
    elif relay == "m365":
        reg = rng.choice([("EUR05", "AM6", "eurprd05"), ("EUR03", "DB8", "eurprd03"), ("NAM12", "BN8", "namprd12"),
                          ("NAM10", "MW2", "namprd10"), ("APC01", "SG2", "apcprd01"), ("EUR01", "VI1", "eurprd01")])
        helo = f"{reg[0]}-{reg[1]}-obe.outbound.protection.outlook.com"
        rdns = f"mail-{reg[1].lower()}{reg[0].lower()}on20{rng.randint(600, 799)}.outbound.protection.outlook.com"
        srv = f"{reg[1]}PR{rng.randint(1, 9):02d}MB{rng.randint(1000, 9999)}"
        srv2 = f"{reg[1]}PR{rng.randint(1, 9):02d}MB{rng.randint(1000, 9999)}"
        hs.append(("Received", f"from {srv}.{reg[2]}.prod.outlook.com (2001:db8:{rhex(rng, 3)}:{rhex(rng, 2)}::{rhex(rng, 2)}) by\r\n"
                               f" {srv2}.{reg[2]}.prod.outlook.com (2001:db8:{rhex(rng, 3)}:{rhex(rng, 2)}::{rhex(rng, 2)}) with Microsoft SMTP\r\n"
                               f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
                               f" 15.20.{rng.randint(6000, 8200)}.{rng.randint(10, 40)}; {rfcdate(t, 0)}"))
        hs.append(("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b={rb64(rng, 60)}"))
        hs.append(("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom={dom}; dmarc=pass action=none\r\n header.from={dom}; dkim=pass header.d={dom}; arc=none"))
        ctx["_m365srv"] = f"{srv}.{reg[2]}.prod.outlook.com"
    elif relay in ("postfix", "zimbra"):
        host = ctx.get("mailhost") or f"mail.{dom}"
        helo, rdns = host, host
        if relay == "zimbra":
            hs.append(("Received", f"from localhost (localhost [127.0.0.1])\r\n\tby {host} (Postfix) with ESMTP id {qid(rng)};\r\n\t{rfcdate(t, ctx['off'])}"))
            hs.append(("X-Virus-Scanned", "amavis at " + host))
            hs.append(("Received", f"from {host} ([127.0.0.1])\r\n\tby localhost ({host} [127.0.0.1]) (amavis, port 10026)\r\n\twith ESMTP id {rstr(rng, 12)};\r\n\t{rfcdate(t, ctx['off'])}"))
        else:
            hs.append(("Received", f"from [{ip_priv(rng)}] (unknown [{ip_priv(rng)}])\r\n\t(Authenticated sender: {ctx['sender']['email']})\r\n\tby {host} (Postfix) with ESMTPSA id {qid(rng)};\r\n\t{rfcdate(t, ctx['off'])}"))
    elif relay == "exim":
        host = ctx.get("mailhost") or f"{rng.choice(['srv', 'cp', 'web', 'host'])}{rng.randint(10, 999)}.{rng.choice(['hostingpoint.example', 'cheapvps.test', 'webhost24.example'])}"
        helo, rdns = host, host
        hs.append(("Received", f"from [{ip_pub(rng)}] (port={rng.randint(40000, 65000)} helo=[{ip_priv(rng)}])\r\n\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <{ctx['rp']}>)\r\n\tid 1{rstr(rng, 5)}-{rstr(rng, 7)}-{rstr(rng, 2)};\r\n\t{rfcdate(t, ctx['off'])}"))
    elif relay == "sendgrid":
        helo = f"o{rng.randint(1, 20)}.ptr{rng.randint(1000, 9999)}.{rng.choice(['mail.bulkrelay.example', 'em.sendpoint.test'])}"
        rdns = helo
        hs.append(("Received", f"by filterdrecv-{rhex(rng, 10)}-{rstr(rng, 5, LOWER)} with SMTP id filterdrecv-{rhex(rng, 10)}-{rstr(rng, 5, LOWER)}-1-{rhex(rng, 8, True)}-{rng.randint(1, 99)}\r\n\t{rfcdate(t, 0)}"))
        hs.append(("Received", f"from {ctx.get('mailhost', 'MjUzNjQ0OA')} (unknown)\r\n\tby geopod-ismtpd-{rng.randint(1, 40)} (SG) with HTTP\r\n\tid {rstr(rng, 22)}\r\n\t{rfcdate(t, 0)}"))
    elif relay == "ses":
        helo = f"a{rng.randint(8, 48)}-{rng.randint(10, 250)}.smtp-out.amazonses.com"
        rdns = helo
        hs.append(("Feedback-ID", f"1.us-east-1.{rstr(rng, 43)}=:AmazonSES"))
        hs.append(("X-SES-Outgoing", f"{t.strftime('%Y.%m.%d')}-{ip}"))
    elif relay == "icloud":
        helo = f"st43p00im-ztfb{rng.randint(10000000, 99999999)}.me.com"
        rdns = helo
        hs.append(("Received", f"from [{ip_priv(rng)}] (unknown [{ip_pub(rng)}])\r\n\tby {helo} (Postfix) with ESMTPSA id {qid(rng)}\r\n\tfor <{ctx['rcpt']['email']}>; {rfcdate(t, 0)}"))
    elif relay == "yahoo":
        helo = f"sonic{rng.randint(300, 330)}-{rng.randint(10, 60)}.consmr.mail.ne1.yahoo.com"
        rdns = helo
        hs.append(("X-YMail-OSG", rstr(rng, 60)))
        hs.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic{rng.randint(300, 330)}.consmr.mail.ne1.yahoo.com with HTTP; {rfcdate(t, 0)}"))
    elif relay == "zoho":
        helo = f"sender4-pp-{rng.randint(100, 999)}.zoho.com"
        rdns = helo
        hs.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t.timestamp()) if False else rng.randint(10**9, 2 * 10**9)}; cv=none;\r\n\td=zohomail.com; s=zohoarc;\r\n\tb={rb64(rng, 60)}"))
        hs.append(("Received", f"by mx.zohomail.com with SMTPS id {rng.randint(10**12, 10**13)}.{rng.randint(100, 999)}; {rfcdate(t, 330)}"))
    elif relay == "proton":
        helo = f"mail-{rng.randint(1000, 9999)}.protonmail.ch"
        rdns = helo
    elif relay == "fastmail":
        helo = f"fout-{rng.choice(['a', 'b'])}{rng.randint(1, 8)}-smtp.messagingengine.com"
        rdns = helo
        hs.append(("Received", f"from phl-compute-{rng.randint(1, 12):02d}.internal (phl-compute-{rng.randint(1, 12):02d}.phl.internal [{ip_priv(rng)}])\r\n\tby mailfout.phl.internal (Postfix) with ESMTP id {qid(rng)};\r\n\t{rfcdate(t, -300)}"))
        hs.append(("X-ME-Sender", f"<xms:{rstr(rng, 40)}>"))
    elif relay == "mailgun":
        helo = f"m{rng.randint(10, 250)}-{rng.randint(10, 250)}.mailgun.net"
        rdns = helo
        hs.append(("X-Mailgun-Sid", rb64(rng, 48)))
        hs.append(("Received", f"by {rhex(rng, 14)} with HTTP id {rhex(rng, 24)}; {rfcdate(t, 0)}"))
    elif relay == "list":
        host = ctx.get("mailhost", "lists.example.org")
        helo, rdns = host, host
        hs.append(("Received", f"from {host} (localhost [127.0.0.1])\r\n\tby {host} (Postfix) with ESMTP id {qid(rng)};\r\n\t{rfcdate(t, ctx['off'])}"))
    elif relay == "forward":
        host = ctx.get("mailhost", "mx.forwarding.example")
        helo, rdns = host, host
        hs.append(("Received", f"from {ctx.get('orig_host', 'mail.partner.example')} ({ctx.get('orig_host', 'mail.partner.example')} [{ip_pub(rng)}])\r\n\tby {host} (Postfix) with ESMTPS id {qid(rng)}\r\n\tfor <{ctx.get('orig_rcpt', 'x@forwarding.example')}>; {rfcdate(t, ctx['off'])}"))
    elif relay == "direct":
        helo = ctx.get("helo") or rng.choice([f"[{ip}]", f"WIN-{rstr(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", f"{dom}", "localhost", f"vps{rng.randint(100, 99999)}.{rng.choice(['cloudhost.test', 'vpsfarm.example'])}"])
        rdns = rng.choice(["unknown", f"ip-{ip.replace('.', '-')}.vpsfarm.example", f"static.{rng.randint(1, 254)}.{ip.split('.')[2]}.cloudhost.test"])
    else:
        raise ValueError(relay)
    for (d, s) in dk:
        hs.insert(0, dkim_sig(rng, d, s, t))
    return helo, rdns, ip, hs


def auth_results(rng, a, ctx):
    parts = []
    for d in a.get("dkim", []):
        res, dom, sel = d
        extra = " (2048-bit key; unprotected)" if res == "pass" and rng.random() < .3 else (" (signature verification failed)" if res == "fail" else "")
        parts.append(f"dkim={res}{extra} header.d={dom} header.s={sel}" + (f" header.b={rstr(rng, 8)}" if rng.random() < .5 else ""))
    if a.get("dkim") == []:
        parts.append("dkim=none (message not signed)" if rng.random() < .5 else "dkim=none")
    spf = a.get("spf")
    if spf:
        res, dom = spf
        c = ""
        if rng.random() < .4:
            c = {"pass": f" (mx.example.net: domain of {dom} designates {ctx['ip']} as permitted sender)",
                 "softfail": f" (mx.example.net: domain of transitioning {dom} does not designate {ctx['ip']} as permitted sender)",
                 "fail": f" (mx.example.net: domain of {dom} does not designate {ctx['ip']} as permitted sender)",
                 "none": f" (mx.example.net: {dom} does not designate permitted sender hosts)",
                 "temperror": " (DNS timeout)", "neutral": ""}.get(res, "")
        parts.append(f"spf={res}{c} smtp.mailfrom={dom}")
    dm = a.get("dmarc")
    if dm:
        res, dom = dm
        pol = rng.choice(["p=NONE sp=NONE", "p=REJECT sp=REJECT", "p=QUARANTINE sp=NONE"]) if res != "none" else ""
        parts.append(f"dmarc={res}" + (f" ({pol} dis=NONE)" if pol and rng.random() < .5 else "") + f" header.from={dom}")
    if a.get("arc"):
        parts.append(f"arc={a['arc']}")
    return ";\r\n\t".join([MX] + parts)


def trace(rng, ctx):
    helo, rdns, ip, hs = relay_headers(rng, ctx["relay"], ctx)
    ctx["ip"] = ip
    rc = ctx["rcpt"]["email"]
    tls = ""
    if ctx["relay"] != "direct" or rng.random() < .5:
        tls = rng.choice(["\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)",
                          "\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)", ""])
    with_ = "ESMTPS" if tls else rng.choice(["ESMTPS", "ESMTP"])
    out = [("Return-Path", f"<{ctx['rp']}>"), ("Delivered-To", rc),
           ("Authentication-Results", auth_results(rng, ctx["auth"], ctx)),
           ("Received", f"from {helo} ({rdns} [{ip}]){tls}\r\n\tby {MX} (Postfix) with {with_} id {qid(rng)}\r\n\tfor <{rc}>; {rfcdate(ctx['arrival'], 0)}")]
    return out + hs
