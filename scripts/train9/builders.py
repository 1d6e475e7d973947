# -*- coding: utf-8 -*-
"""Message builders: one per client / sending system. Each returns (client_headers, root_part)."""
import base64, datetime as dt, email.utils
from mimeutil import *
from clients import *
from data_common import BP, LOCALE

GOOGLE_POLICY = "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP."


def rfcdate(d, offmin):
    tz = dt.timezone(dt.timedelta(minutes=offmin))
    return email.utils.format_datetime(d.replace(tzinfo=dt.timezone.utc).astimezone(tz))


def subj_for(ctx, kind='google'):
    ev, lang, sc = ctx['ev'], ctx['lang'], ctx['sc']
    if sc.get('mailsubj'):
        return ctx['fmtf'](sc['mailsubj'])
    bp = BP[lang]
    m = ev['method']
    title = ev['summary']
    if m == 'REPLY':
        pre = {'ACCEPTED': bp['acc'], 'DECLINED': bp['dec'], 'TENTATIVE': bp['ten']}[ev['reply']]
    elif m == 'CANCEL':
        pre = bp['can'] if kind == 'google' else {'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé', 'es': 'Cancelado',
                                                   'it': 'Annullato', 'nl': 'Geannuleerd', 'pt': 'Cancelado'}.get(lang, bp['can'])
    elif ev['seq'] > 0:
        pre = bp['upd']
    else:
        pre = bp['inv']
    if kind == 'google':
        tail = ev['org'][1] if m == 'REPLY' else ctx['rcpt']['email']
        return "%s: %s @ %s (%s)" % (pre, title, datestr(lang, ev), tail)
    if kind == 'outlook':
        if m in ('REPLY', 'CANCEL'):
            return "%s: %s" % (pre, title)
        return title
    if kind == 'plain':
        if m in ('REPLY', 'CANCEL'):
            return "%s: %s" % (pre, title)
        return "%s: %s" % (pre, title)
    if kind == 'title':
        return title
    return title


def std_headers(ctx, frm, to, subject, msgid, extra_before=(), extra_after=(), cc=None, mode='B', order='fsdt'):
    cs = ctx['hcs']
    H = list(extra_before)
    f = ("From", addr(frm[0], frm[1], cs, mode))
    t = ("To", addr_list(to, cs, mode))
    s = ("Subject", hval("Subject", subject, cs, mode))
    d = ("Date", rfcdate(ctx['sent'], ctx['sendoff']))
    m = ("Message-ID", msgid)
    parts = {'f': f, 't': t, 's': s, 'd': d, 'm': m}
    for k in order:
        H.append(parts[k])
    if 'm' not in order:
        H.append(m)
    if cc:
        H.append(("Cc", addr_list(cc, cs, mode)))
    H += list(extra_after)
    return H


def recipients(ctx, all_att=False):
    if all_att:
        return [(a['name'], a['email']) for a in ctx['ev']['att_all'] if not a.get('is_org')][:400]
    return [(ctx['rcpt']['name'], ctx['rcpt']['email'])]


# ------------------------------------------------------------------ Google Calendar
def b_google(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ctx['g_html'] = rng.random() < 0.6
    ics = ics_google(ctx)
    bp = BP[lang]
    eid = base64.b64encode(("%s %s" % (ev['uid'].split('@')[0], ctx['rcpt']['email'])).encode()).decode().rstrip('=')
    tok = h(rng, 40, ALNUM)
    ctz = ev['tz'].replace('/', '%2F')
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ctz, lang)
    desc = plain(ev['desc'] or '', 'angle')
    P = []
    if ev['method'] == 'REPLY':
        who = ev['replier']
        P.append("%s %s" % (who[0] or who[1], {'ACCEPTED': 'has accepted this invitation.', 'DECLINED': 'has declined this invitation.',
                                              'TENTATIVE': 'has tentatively accepted this invitation.'}[ev['reply']] if lang == 'en' else bp[{'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ev['reply']]]))
        if ev.get('comment'):
            P.append("\n" + plain(ev['comment'], 'angle'))
        P.append("")
    elif ev['method'] == 'CANCEL':
        P.append("This event has been canceled." if lang == 'en' else bp['can'])
        P.append("")
    P.append(ev['summary'])
    P.append(datestr(lang, ev))
    if ev.get('rrule'):
        P.append({'en': 'Weekly', 'de': 'Wöchentlich', 'fr': 'Toutes les semaines', 'es': 'Semanalmente'}.get(lang, 'RRULE ' + ev['rrule']))
    P.append("")
    if ev['events'][0].get('loc'):
        P += [ev['events'][0]['loc'], "View map https://www.google.com/maps/search/%s?hl=%s" % (ev['events'][0]['loc'][:40].replace(' ', '+'), lang), ""]
    if ev.get('conf_meet'):
        P += ["Join with Google Meet", ev['conf_meet'], ""]
    if desc:
        P += [desc, ""]
    P.append(bp['guests'])
    P.append("%s - %s" % (ev['org'][0] or ev['org'][1], bp['org'].lower()))
    for a in ev['att_all'][:8]:
        if not a.get('is_org'):
            P.append(a['name'] or a['email'])
    if len(ev['att_all']) > 8:
        P.append("View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s" % eid)
    P.append("")
    if ev['method'] == 'REQUEST':
        P.append("Reply for %s and view more details %s" % (ctx['rcpt']['email'], view))
        P.append("Your attendance is optional." if rng.random() < 0.3 else "")
    P.append("~~//~~")
    P.append("%s: https://calendar.google.com/calendar/" % GFOOT.get(lang, GFOOT['en']))
    P.append("")
    P.append("You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.")
    P.append("")
    P.append(GOOGLE_POLICY + " Learn more https://support.google.com/calendar/answer/37135#forwarding")
    text = "\n".join(P)
    hdesc = to_html(ev['desc'] or '')
    H = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
         '<head><title></title><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>',
         '<body style="background-color:#FFFFFF;color:#3c4043"><span itemscope itemtype="http://schema.org/InformAction">'
         '<span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
         '<meta itemprop="startDate" content="%s"/><meta itemprop="endDate" content="%s"/></span></span>' % (
             udt(to_utc(ev['tz'], ev['start'])), udt(to_utc(ev['tz'], ev['end']))),
         '<table border="0" cellpadding="0" cellspacing="0" role="presentation" align="center" style="width:100%%"><tr><td>'
         '<h2 class="primary-text" itemprop="name" style="font-size:22px">%s</h2>' % html.escape(ev['summary']),
         '<div><span style="font-weight:bold">%s</span><br>%s</div>' % (bp['when'], html.escape(datestr(lang, ev))),
         ]
    if ev['events'][0].get('loc'):
        H.append('<div><span style="font-weight:bold">%s</span><br>%s</div>' % (bp['where'], to_html(ev['events'][0]['loc'])))
    if ev.get('conf_meet'):
        H.append('<div><a href="%s" style="background-color:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px">%s</a><br>%s</div>'
                 % (ev['conf_meet'], 'Join with Google Meet', ev['conf_meet'].replace('https://', '')))
    H.append('<div><span style="font-weight:bold">%s</span><ul>' % bp['guests'])
    H.append('<li><a href="mailto:%s">%s</a> - %s</li>' % (ev['org'][1], html.escape(ev['org'][0] or ev['org'][1]), bp['org'].lower()))
    for a in ev['att_all'][:8]:
        if not a.get('is_org'):
            H.append('<li><a href="mailto:%s">%s</a></li>' % (a['email'], html.escape(a['name'] or a['email'])))
    H.append('</ul></div>')
    if hdesc:
        H.append('<div style="word-break:break-word" itemprop="description">%s</div>' % hdesc)
    if ev['method'] == 'REQUEST':
        H.append('<div><span>%s</span> <a href="%s&rst=1">%s</a> <a href="%s&rst=2">%s</a> <a href="%s&rst=3">%s</a></div>' % (
            bp['going'], view, bp['yes'], view, bp['no'], view, bp['maybe']))
    H.append('<p style="font-size:11px;color:#70757a">%s <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>%s</p>'
             % (GFOOT.get(lang, GFOOT['en']), GOOGLE_POLICY))
    H.append('</td></tr></table></body></html>')
    htmltxt = "\n".join(H)
    bA = "000000000000" + h(rng, 16)
    bM = "000000000000" + h(rng, 16)
    tcte = 'base64' if not is_ascii(text) else rng.choice(['7bit', 'quoted-printable'])
    alt = Part('multipart/alternative', children=[
        tpart('text/plain', text, 'UTF-8', tcte, [('format', 'flowed'), ('delsp', 'yes')]),
        tpart('text/html', htmltxt, 'UTF-8', 'quoted-printable'),
        cal_part(ctx, ics, cte='base64' if not is_ascii(ics) else '7bit'),
    ], boundary=bA)
    att = cal_part(ctx, ics, 'application/ics', name='invite.ics', cte='base64', cs=None, method=False,
                   disp='attachment; filename="invite.ics"')
    root = Part('multipart/mixed', children=[alt, att], boundary=bM)
    o = ctx['acct']
    subj = subj_for(ctx, 'google')
    frm = (o['name'], o['email'])
    msgid = "<calendar-%s@google.com>" % uuid(rng)
    hdr = [("MIME-Version", "1.0")]
    hdr.append(("Reply-To", addr(o['name'], o['email'], ctx['hcs'], 'Q')))
    hdr.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
    hdr.append(("Auto-Submitted", "auto-generated"))
    hdr += std_headers(ctx, frm, recipients(ctx), subj, msgid, mode='Q', order='mdsft')
    return hdr, root


# ------------------------------------------------------------------ Outlook / Exchange / Teams
def outlook_plain(ctx):
    ev, rng = ctx['ev'], ctx['rng']
    d = plain(ev['desc'] or '', 'outlook')
    if ev.get('teams'):
        mid = "%d %d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
        pw = h(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        d += ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
              "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
              "Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n"
              % (ev['teams'], mid, pw, uuid(rng), uuid(rng), h(rng, 40, ALNUM), LOCALE[ctx['lang']]) + "_" * 80)
    return d


def word_html(ctx, body_html, cs):
    lang = LOCALE[ctx['lang']].upper()
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</body>\n</html>' % (cs, lang, body_html))


def b_outlook(ctx, variant='exo'):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    desktop = variant == 'desktop'
    ctx['outlook_plain'] = outlook_plain(ctx)
    ics = ics_outlook(ctx, desktop)
    cs = ctx['bcs']
    text = ctx['outlook_plain'] if not ctx['sc'].get('body') else ctx['fmtf'](ctx['sc']['body'])
    text = plain(text, 'outlook')
    hbody = to_html(ctx['outlook_plain'] if not ctx['sc'].get('body') else ctx['fmtf'](ctx['sc']['body']))
    htmltxt = word_html(ctx, hbody.replace("<br>\n", "<o:p></o:p></p>\n<p class=\"MsoNormal\">"), cs)
    tag = h(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "PR%02dMB%04d" % (rng.randint(1, 9), rng.randint(1000, 9999))
    reg = rng.choice(["eurprd0%d" % rng.randint(1, 8), "namprd%02d" % rng.randint(1, 20), "apcprd0%d" % rng.randint(1, 6)])
    host = "%s.%s.prod.outlook.com" % (tag, reg)
    bnd = "_000_%s%s%s_" % (tag, h(rng, 24, "0123456789ABCDEF"), reg.upper() + "PROD")
    if desktop:
        bnd = "----=_NextPart_000_%04X_01DA%s.%s" % (rng.randint(0, 65535), h(rng, 4, "0123456789ABCDEF"), h(rng, 8, "0123456789ABCDEF"))
    calcs = 'utf-8' if variant != 'desktop' or rng.random() < 0.5 else cs
    if not can_encode(ics, calcs):
        calcs = 'utf-8'
    tcte = 'quoted-printable' if rng.random() < 0.8 or cs.lower() == 'iso-2022-jp' else 'base64'
    if cs.lower() == 'iso-2022-jp':
        tcte = '7bit'
    root = Part('multipart/alternative', children=[
        tpart('text/plain', text, cs, tcte),
        tpart('text/html', htmltxt, cs, 'quoted-printable' if cs.lower() != 'iso-2022-jp' else '7bit'),
        cal_part(ctx, ics, cte='base64', cs=calcs),
    ], boundary=bnd)
    o = ctx['acct']
    subj = subj_for(ctx, 'outlook')
    mode = 'Q' if lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr') else 'B'
    ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
    if desktop:
        msgid = "<%s$%s$%s@%s>" % ("00%s" % h(rng, 10, "0123456789abcdef"), h(rng, 8), h(rng, 8), o['domain'])
        hdr = std_headers(ctx, (o['name'], o['email']), recipients(ctx, True), subj, msgid, mode=mode, order='ftsdm')
        hdr += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0" if ctx['year'] >= 2019 else "Microsoft Outlook 14.0"),
                ("Thread-Index", ti), ("Content-Language", LOCALE[lang].lower())]
        return hdr, root
    msgid = "<%s%s@%s>" % (tag, h(rng, 16, "0123456789ABCDEF"), host.upper())
    hdr = std_headers(ctx, (o['name'], o['email']), recipients(ctx, True), subj, msgid, mode=mode, order='ftsd')
    hdr = hdr[:2] + [("Thread-Topic", hval("Thread-Topic", ev['summary'], 'utf-8', mode)), ("Thread-Index", ti)] + hdr[2:]
    hdr += [("Accept-Language", "%s, en-US" % LOCALE[lang]), ("Content-Language", LOCALE[lang]),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-RecordReviewCfmType", "0") if rng.random() < 0.3 else ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Office365-Filtering-Correlation-Id", uuid(rng)), ("MIME-Version", "1.0")]
    return hdr, root


# ------------------------------------------------------------------ Apple Mail / Calendar.app / iCloud
def b_apple(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    osv = rng.choice(["macOS 14.4.1", "macOS 13.6", "iOS 17.3.1", "Mac OS X 10.15.7", "macOS 12.6.3", "iOS 16.6"]) if ctx['year'] >= 2020 else \
        rng.choice(["Mac OS X 10.12.6", "Mac OS X 10.13.6", "iOS 11.4.1"])
    prod = "-//Apple Inc.//%s//EN" % osv
    ctx['fmt'].update(lat="%.6f" % rng.uniform(-40, 60), lon="%.6f" % rng.uniform(-120, 140))
    x = []
    if ev['events'][0].get('loc') and rng.random() < 0.5:
        x.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70.58;X-TITLE="%s":geo:{lat},{lon}' % ics_escape(ev['events'][0]['loc'][:50]).replace('"', "'"))
    ics = generic_ics(ctx, prod, 'apple', 'apple', 'vp', True, x)
    stamp = ctx['sent'].strftime("%Y%m%d-%H%M%S")
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    b1 = "Apple-Mail=_" + uuid(rng, True)
    tp = tpart('text/plain', body + "\n", 'utf-8' if not is_ascii(body) else 'us-ascii',
               'quoted-printable' if not is_ascii(body) else '7bit')
    children = [tp]
    if rng.random() < 0.4:
        b2 = "Apple-Mail=_" + uuid(rng, True)
        children = [Part('multipart/alternative', children=[tp, tpart('text/html', '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + to_html(body) + '</body></html>', 'utf-8', 'quoted-printable')], boundary=b2)]
    fname = "iCal-%s.ics" % stamp
    cp = cal_part(ctx, ics, cte='quoted-printable' if rng.random() < 0.6 else 'base64', cs='utf-8',
                  extra=[('x-unix-mode', '0644')], name=fname, disp='attachment; filename="%s"' % fname)
    children.append(cp)
    root = Part('multipart/mixed', children=children, boundary=b1)
    o = ctx['acct']
    subj = subj_for(ctx, 'plain') if rng.random() < 0.5 else subj_for(ctx, 'title')
    msgid = "<%s@%s>" % (uuid(rng, True), o['domain'])
    xm = "Apple Mail (2.%d.%d.%d)" % (rng.choice([3445, 3608, 3696, 3731, 3774]), rng.randint(100, 500), rng.randint(1, 40)) \
        if 'iOS' not in osv else "iPhone Mail (%dA%d)" % (rng.randint(15, 21), rng.randint(100, 400))
    mv = "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % xm[len("Apple Mail ("):-1] if 'iPhone' not in xm else "1.0 (1.0)"
    hdr = [("From", addr(o['name'], o['email'], ctx['hcs'], 'Q')), ("Mime-Version", mv),
           ("Subject", hval("Subject", subj, 'utf-8', 'Q')), ("Message-Id", msgid), ("Date", rfcdate(ctx['sent'], ctx['sendoff'])),
           ("To", addr_list(recipients(ctx), ctx['hcs'], 'Q')), ("X-Mailer", xm)]
    return hdr, root


# ------------------------------------------------------------------ Thunderbird / Lightning
def b_thunderbird(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ics = generic_ics(ctx, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", 'tb', 'olson-lic', 'pv', False,
                      ["X-MOZ-RECEIVED-SEQUENCE:0", "X-MOZ-SEND-INVITATIONS:TRUE"] if rng.random() < 0.5 else ["X-MOZ-GENERATION:1"])
    bp = BP[lang]
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else None
    if body is None:
        lines = ["%s: %s" % (bp['inv'], ev['summary']), "%s: %s" % (bp['when'], datestr(lang, ev))]
        if ev['events'][0].get('loc'):
            lines.append("%s: %s" % (bp['where'], ev['events'][0]['loc']))
        lines.append("%s: %s <%s>" % (bp['org'], ev['org'][0], ev['org'][1]))
        lines.append("%s: %s" % (bp['guests'], ", ".join(a['email'] for a in ev['att_all'][:6])))
        if ev['desc']:
            lines += ["", plain(ev['desc'], 'angle')]
        body = "\n".join(lines)
    cs = ctx['bcs']
    b1 = "------------" + h(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    b2 = "------------" + h(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    alt = Part('multipart/alternative', children=[
        tpart('text/plain', body, cs, '8bit' if not is_ascii(body) else '7bit', [('format', 'flowed')]),
        cal_part(ctx, ics, cte='8bit' if not is_ascii(ics) else '7bit', cs='UTF-8'),
    ], boundary=b2)
    att = cal_part(ctx, ics, 'application/ics', name='invite.ics', cte='base64', cs=None, method=False,
                   disp='attachment; filename="invite.ics"')
    root = Part('multipart/mixed', children=[alt, att], boundary=b1)
    o = ctx['acct']
    msgid = "<%s@%s>" % (uuid(rng), o['domain'])
    tbv = rng.choice(["115.8.0", "115.12.2", "128.3.1", "102.15.1", "91.13.0", "78.14.0", "52.9.1", "60.9.1"])
    if ctx['year'] < 2019:
        tbv = rng.choice(["52.9.1", "45.8.0", "60.6.1"])
    hdr = [("Message-ID", msgid), ("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (
               rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]), tbv.split('.')[0] + ".0", tbv)),
           ("Content-Language", LOCALE[lang]), ("To", addr_list(recipients(ctx), 'utf-8', 'B')),
           ("From", addr(o['name'], o['email'], 'utf-8', 'B')), ("Subject", hval("Subject", subj_for(ctx, 'plain'), 'utf-8', 'B'))]
    return hdr, root


# ------------------------------------------------------------------ Yahoo Mail
def b_yahoo(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ics = generic_ics(ctx, "-//Yahoo! Inc.//Yahoo! Calendar//EN" if rng.random() < 0.5 else "-//Yahoo Inc//Yahoo Calendar V1.0//EN",
                      'plain', 'olson', 'vp', False, ["X-YAHOO-YID:%s" % ctx['acct']['email'].split('@')[0]])
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    bp = BP[lang]
    body = "%s\n%s: %s\n%s: %s\n\n%s" % (ev['summary'], bp['when'], datestr(lang, ev), bp['where'], ev['events'][0].get('loc') or '-', body)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(ctx['sent'].timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(ctx['sent'].timestamp() * 1000))
    alt = Part('multipart/alternative', children=[
        tpart('text/plain', body, ctx['bcs'], 'quoted-printable'),
        tpart('text/html', '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body></html>' % (h(rng, 8), to_html(body)), ctx['bcs'], 'quoted-printable'),
        cal_part(ctx, ics, cte='quoted-printable' if not is_ascii(ics) else '7bit', cs='UTF-8'),
    ], boundary=b2)
    root = Part('multipart/mixed', children=[alt], boundary=b1) if rng.random() < 0.5 else alt
    o = ctx['acct']
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), int(ctx['sent'].timestamp() * 1000))
    hc = ctx['hcs']
    hdr = [("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("From", addr(o['name'], o['email'], hc, 'B')),
           ("To", addr_list(recipients(ctx), hc, 'B')), ("Message-ID", msgid),
           ("Subject", hval("Subject", subj_for(ctx, 'plain'), hc, 'B')), ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(16000, 22999))]
    return hdr, root


# ------------------------------------------------------------------ Zoom
def b_zoom(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ctx['conf_label'] = "Zoom"
    ics = generic_ics(ctx, "-//zoom.us//iCalendar Event//EN", 'min', 'olson', 'vp', False, ["X-ZOOM-MEETING-ID:%s" % ctx['fmt'].get('zid', '0')])
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    bp = BP[lang]
    htmltxt = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
               '<body style="margin:0;background:#f4f4f4"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
               '<table width="600" style="background:#ffffff;font-family:Lato,Helvetica,Arial,sans-serif"><tr><td style="padding:24px">'
               '<img src="https://st1.zoom.us/static/6.3.20000/image/new/ZoomLogo.png" alt="Zoom" width="90"><h2>%s</h2>'
               '<p><b>%s:</b> %s</p><div>%s</div></td></tr></table></td></tr></table></body></html>'
               % (html.escape(ev['summary']), bp['when'], html.escape(datestr(lang, ev)), to_html(body, True)))
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(ctx['sent'].timestamp() * 1000))
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(ctx['sent'].timestamp() * 1000))
    alt = Part('multipart/alternative', children=[tpart('text/plain', body, 'UTF-8', 'quoted-printable'),
                                                 tpart('text/html', htmltxt, 'UTF-8', 'quoted-printable')], boundary=b2)
    cp = cal_part(ctx, ics, cte='base64', cs='UTF-8', name='iCalendar.ics', disp='attachment; filename=iCalendar.ics')
    root = Part('multipart/mixed', children=[alt, cp], boundary=b1)
    o = ctx['acct']
    msgid = "<%s.%d.%d@zoom.us>" % (h(rng, 20, ALNUM), rng.randint(10 ** 6, 10 ** 7), int(ctx['sent'].timestamp() * 1000))
    if o['domain'] != 'zoom.us':
        msgid = "<%s@%s>" % (uuid(rng), o['domain'])
    subj = ctx['fmtf'](ctx['sc']['mailsubj']) if ctx['sc'].get('mailsubj') else ev['summary']
    hdr = [("Date", rfcdate(ctx['sent'], 0)), ("From", addr(o['name'], o['email'], 'UTF-8', 'B'))]
    if o.get('replyto'):
        hdr.append(("Reply-To", o['replyto']))
    hdr += [("To", addr_list(recipients(ctx), 'UTF-8', 'B')), ("Message-ID", msgid),
            ("Subject", hval("Subject", subj, 'UTF-8', 'B')), ("MIME-Version", "1.0")]
    return hdr, root


# ------------------------------------------------------------------ Nextcloud
def b_nextcloud(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ver = rng.choice(["4.7.6", "4.6.5", "3.5.7", "2.4.3"])
    ics = generic_ics(ctx, "-//IDN nextcloud.com//Calendar app %s//EN" % ver, 'nextcloud', 'olson', 'pv', True)
    bp = BP[lang]
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    o = ctx['acct']
    lines = ["%s %s" % (o['name'], {'de': 'hat Sie zu »%s« eingeladen', 'en': 'invited you to “%s”', 'fr': 'vous a invité à « %s »',
                                   'nl': 'heeft je uitgenodigd voor "%s"', 'it': 'ti ha invitato a “%s”'}.get(lang, '— %s') % ev['summary']),
             "", "%s: %s" % (bp['when'], datestr(lang, ev))]
    if ev['events'][0].get('loc'):
        lines.append("%s: %s" % (bp['where'], ev['events'][0]['loc']))
    lines += ["%s: %s" % (bp['org'], o['name']), "", body, "", "-- ", "Nextcloud - %s" % ctx['fmt']['oorg']]
    text = "\n".join(lines)
    htmltxt = ('<!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"></head><body><table style="font-family:-apple-system,sans-serif">'
               '<tr><td><h2>%s</h2></td></tr><tr><td>%s</td></tr></table></body></html>' % (lang, html.escape(lines[0]), to_html("\n".join(lines[2:]))))
    b1, b2 = h(rng, 8, ALNUM), h(rng, 8, ALNUM)
    alt = Part('multipart/alternative', children=[tpart('text/plain', text, 'utf-8', 'quoted-printable'),
                                                 tpart('text/html', htmltxt, 'utf-8', 'quoted-printable')], boundary=b2)
    cp = cal_part(ctx, ics, cte='base64', cs='utf-8', name='event.ics', disp='attachment; name=event.ics')
    root = Part('multipart/mixed', children=[alt, cp], boundary=b1)
    host = o.get('cloudhost', 'cloud.' + o['domain'])
    msgid = "<%s@%s>" % (h(rng, 32), host)
    subj = ctx['fmtf'](ctx['sc']['mailsubj']) if ctx['sc'].get('mailsubj') else "%s: %s" % (
        bp['inv'] if ev['method'] == 'REQUEST' else bp['can'], ev['summary'])
    hdr = [("Message-ID", msgid), ("Date", rfcdate(ctx['sent'], ctx['sendoff'])),
           ("Subject", hval("Subject", subj, 'utf-8', 'Q')),
           ("From", addr("%s via %s" % (o['name'], ctx['fmt'].get('cloudname', 'Nextcloud')), "invitations-noreply@" + host, 'utf-8', 'Q')),
           ("Reply-To", addr(o['name'], o['email'], 'utf-8', 'Q')), ("To", addr_list(recipients(ctx), 'utf-8', 'Q')),
           ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated")]
    ctx['nc_from'] = "invitations-noreply@" + host
    return hdr, root


# ------------------------------------------------------------------ Zimbra
def b_zimbra(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    ics = generic_ics(ctx, "Zimbra-Calendar-Provider", 'zimbra', 'olson', 'pv', False)
    bp = BP[lang]
    o = ctx['acct']
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    text = ("%s\n\n%s: %s \n%s: \"%s\" <%s> \n\n%s: %s\n \n%s: %s \n\n%s: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
        bp['newmr'], 'Subject', ev['summary'], bp['org'], o['name'], o['email'], bp['where'], ev['events'][0].get('loc') or '',
        bp['when'], datestr(lang, ev), bp['guests'], "; ".join(a['email'] for a in ev['att_all'][:10] if not a.get('is_org')), body))
    htmltxt = "<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n" \
              "<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
                  bp['newmr'], html.escape(ev['summary']), bp['org'], html.escape('"%s" <%s>' % (o['name'], o['email'])), to_html(body))
    b = "=_" + uuid(rng)
    root = Part('multipart/alternative', children=[
        tpart('text/plain', text, 'utf-8', '7bit' if is_ascii(text) else 'quoted-printable'),
        tpart('text/html', htmltxt, 'utf-8', '7bit' if is_ascii(htmltxt) else 'quoted-printable'),
        cal_part(ctx, ics, cte='7bit' if is_ascii(ics) else 'quoted-printable', cs='utf-8', name='meeting.ics'),
    ], boundary=b)
    v = rng.choice(["8.8.15_GA_4581", "9.0.0_GA_4546", "8.8.12_GA_3794", "8.7.11_GA_1854"])
    msgid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 999999999), rng.randint(10000, 99999),
                                                 int(ctx['sent'].timestamp() * 1000), o['domain'])
    hdr = [("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("From", addr(o['name'], o['email'], 'utf-8', 'B')),
           ("To", addr_list(recipients(ctx, True)[:30], 'utf-8', 'B')), ("Message-ID", msgid),
           ("Subject", hval("Subject", subj_for(ctx, 'title'), 'utf-8', 'B')), ("MIME-Version", "1.0"),
           ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s)" % (v, rng.choice(["FF124 (Win)", "GC122 (Mac)", "FF115 (Linux)"]) + "/" + v)),
           ("Thread-Topic", hval("Thread-Topic", ev['summary'], 'utf-8', 'B')),
           ("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(18))).decode().rstrip('='))]
    return hdr, root


# ------------------------------------------------------------------ SOGo
def b_sogo(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    v = rng.choice(["5.10.0", "5.8.4", "4.3.2", "5.11.2"])
    ics = generic_ics(ctx, "-//Inverse inc./SOGo %s//EN" % v, 'sogo', 'olson', 'vp', False)
    o = ctx['acct']
    bp = BP[lang]
    body = ctx['fmtf'](ctx['sc']['body']) if ctx['sc'].get('body') else plain(ev['desc'] or '', 'angle')
    htmltxt = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
               '<p>%s</p><p><b>%s</b> %s<br><b>%s</b> %s</p><p>%s</p></body></html>' % (
                   html.escape("%s — %s" % (o['name'], ev['summary'])), bp['when'], html.escape(datestr(lang, ev)),
                   bp['where'], html.escape(ev['events'][0].get('loc') or ''), to_html(body)))
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999), int(ctx['sent'].timestamp()), rng.randint(100000, 999999), rng.randint(1, 9))
    root = Part('multipart/mixed', children=[
        tpart('text/html', htmltxt, 'utf-8', 'quoted-printable'),
        cal_part(ctx, ics, cte='quoted-printable' if not is_ascii(ics) else '7bit', cs='utf-8'),
    ], boundary=b)
    msgid = "<%s-%s-%s-%s@%s>" % (h(rng, 4, "0123456789ABCDEF"), h(rng, 8, "0123456789ABCDEF"), h(rng, 1), h(rng, 8), o['domain'])
    hdr = [("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("From", addr(o['name'], o['email'], 'utf-8', 'Q')),
           ("To", addr_list(recipients(ctx), 'utf-8', 'Q')), ("Subject", hval("Subject", subj_for(ctx, 'plain'), 'utf-8', 'Q')),
           ("Message-ID", msgid), ("MIME-Version", "1.0"), ("X-Mailer", "SOGoMail %s" % v)]
    return hdr, root


# ------------------------------------------------------------------ booking / event / scheduling systems via ESPs
def b_saas(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    sc, o = ctx['sc'], ctx['acct']
    prod = ctx['fmtf'](sc['prodid']) if sc.get('prodid') else o.get('prodid') or "-//%s//%s//EN" % (o['org'] or o['domain'], rng.choice(["Booking Engine 3.2", "Notifications", "NONSGML Event Calendar", "Scheduler v2"]))
    ctx['conf_label'] = "Join"
    ics = generic_ics(ctx, prod, 'plain' if rng.random() < 0.5 else 'min', 'olson', rng.choice(['pv', 'vp']), rng.random() < 0.6,
                      head_extra=(["X-WR-CALNAME:" + ics_escape(o['org'] or ev['summary'])] if rng.random() < 0.5 else []),
                      tzmode=rng.choice(['tz', 'utc', 'tz']))
    body = ctx['fmtf'](sc['body']) if sc.get('body') else plain(ev['desc'] or '', 'angle')
    cs = ctx['bcs']
    htmltxt = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
               '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>'
               '<body style="margin:0;padding:0;background:#eef1f5"><center><table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">'
               '<tr><td style="padding:20px;background:%s;color:#fff;font-size:18px">%s</td></tr><tr><td style="padding:24px">%s</td></tr>'
               '<tr><td style="padding:12px;font-size:11px;color:#888">%s</td></tr></table></center>%s</body></html>' % (
                   cs, html.escape(ev['summary']), rng.choice(['#003580', '#0b5cad', '#d32f2f', '#2e7d32', '#222222', '#6a1b9a']),
                   html.escape(o['org'] or o['name'] or ''), to_html(body, True), html.escape(ctx['fmt'].get('footer', '')),
                   '<img src="https://%s/o/%s.gif" width="1" height="1" alt="">' % (o.get('esphost', 'u123.ct.' + o['domain']), h(rng, 32, ALNUM))))
    bA = h(rng, 28, "0123456789abcdef") if rng.random() < 0.5 else "b1_" + h(rng, 32)
    bM = h(rng, 28, "0123456789abcdef") if bA[:2] != 'b1' else "b2_" + h(rng, 32)
    tcte = rng.choice(['quoted-printable', 'base64', 'quoted-printable'])
    if cs.lower() == 'iso-2022-jp':
        tcte = '7bit'
    alt = Part('multipart/alternative', children=[tpart('text/plain', body, cs, tcte),
                                                 tpart('text/html', htmltxt, cs, tcte)], boundary=bA)
    fn = ctx['fmtf'](sc.get('fname', rng.choice(['invite.ics', 'event.ics', 'booking.ics', 'calendar.ics', 'appointment.ics', 'add-to-calendar.ics'])))
    ct = rng.choice(['text/calendar', 'text/calendar', 'application/ics'])
    cp = cal_part(ctx, ics, ct, name=fn, cte='base64', cs='utf-8' if ct == 'text/calendar' else None, method=ct == 'text/calendar',
                  disp='attachment; filename="%s"' % fn)
    root = Part('multipart/mixed', children=[alt, cp], boundary=bM)
    msgid = "<%s@%s>" % (h(rng, 22, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), o.get('msgdom', o['domain']))
    subj = ctx['fmtf'](sc['mailsubj']) if sc.get('mailsubj') else ev['summary']
    hdr = [("From", addr(o['name'], o['email'], cs, 'B')), ("To", addr_list(recipients(ctx), cs, 'B')),
           ("Subject", hval("Subject", subj, cs, 'B'))]
    if o.get('replyto'):
        hdr.append(("Reply-To", o['replyto']))
    hdr += [("Date", rfcdate(ctx['sent'], 0)), ("Message-ID", msgid), ("MIME-Version", "1.0")]
    if sc.get('unsub', rng.random() < 0.5):
        hdr.append(("List-Unsubscribe", "<https://%s/unsubscribe/%s>, <mailto:unsubscribe@%s?subject=%s>" % (
            o['domain'], h(rng, 24, ALNUM), o['domain'], h(rng, 10, ALNUM))))
        hdr.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    hdr += o.get('esphdr', [])
    return hdr, root


# ------------------------------------------------------------------ hand-rolled scripts, libraries, spam tools
TOOL_PRODIDS = ["-//hacksw/handcal//NONSGML v1.0//EN", "-//Sabre//Sabre VObject 4.5.4//EN", "ics.py - http://git.io/lLljaA",
                "-//ical.net//NONSGML ical.net 4.0//EN", "-//Apple Inc.//Mac OS X 10.9.5//EN", "-//Google Inc//Google Calendar 70.9054//EN",
                "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "-//Company//Product//EN", "-//kigkonsult.se iCalcreator 2.41.71//",
                "-//PYVOBJECT//NONSGML Version 1//EN", "-//My Company//NONSGML Event//EN", "-//Events Calendar//iCal4j 1.0//EN",
                "-//Spatie//iCalendar Generator//EN", "-//Odoo//NONSGML Odoo 16.0//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
                "-//WordPress - MECv5.21.5//EN", "-//Calendar//1.0//EN", "-//TIMETABLE//"]
MAILERS = ["PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)",
           "Microsoft Outlook Express 6.00.2900.5512", "Nodemailer (6.9.8; +https://nodemailer.com/; SMTP/6.9.8)",
           None, None, "Symfony Mailer", "Microsoft CDO for Windows 2000", "The Bat! (v9.4.2) Professional", "Python email", "Open-Xchange Mailer v7.10.6-Rev55"]


def b_tool(ctx):
    rng, ev, lang = ctx['rng'], ctx['ev'], ctx['lang']
    sc, o = ctx['sc'], ctx['acct']
    prod = ctx['fmtf'](sc['prodid']) if sc.get('prodid') else rng.choice(TOOL_PRODIDS)
    ctx['conf_label'] = "Meeting"
    q = ctx['quirks']
    ics = generic_ics(ctx, prod, 'MAILTO' if 'MAILTO' in q else rng.choice(['plain', 'min']), 'olson', rng.choice(['pv', 'vp']),
                      rng.random() < 0.5, tzmode=rng.choice(['tz', 'utc', 'float']) if 'notz' not in q else 'tz')
    cs = ctx['bcs']
    calcs = cs if rng.random() < 0.4 and can_encode(ics, cs) and cs.lower() != 'iso-2022-jp' else 'utf-8'
    body = ctx['fmtf'](sc['body']) if sc.get('body') else plain(ev['desc'] or '', 'colon')
    layout = sc.get('layout') or rng.choice(['single', 'alt', 'mixed_html', 'mixed_plain', 'alt3'])
    if 'lf' in q and layout == 'single':
        layout = 'mixed_plain'
    bnd = lambda: rng.choice(["b1_" + h(rng, 32), "=_" + h(rng, 32), "===============%019d==" % rng.randint(10 ** 17, 10 ** 18),
                              "----=_NextPart_%03d_%04X_%08X.%08X" % (0, rng.randint(0, 65535), rng.randint(0, 2 ** 32 - 1), rng.randint(0, 2 ** 32 - 1)),
                              h(rng, 16, "0123456789abcdefghijklmnopqrstuvwxyz")])
    tcte = rng.choice(['8bit', 'quoted-printable', 'base64']) if cs.lower() != 'iso-2022-jp' else '7bit'
    if layout == 'single':
        root = cal_part(ctx, ics, cte=rng.choice(['8bit', 'base64', 'quoted-printable']) if not is_ascii(ics) else '7bit', cs=calcs)
    elif layout == 'alt':
        root = Part('multipart/alternative', children=[tpart('text/plain', body, cs, tcte),
                                                      cal_part(ctx, ics, cte='base64', cs=calcs)], boundary=bnd())
    elif layout == 'alt3':
        root = Part('multipart/alternative', children=[tpart('text/plain', body, cs, tcte),
                                                      tpart('text/html', '<html><body>%s</body></html>' % to_html(body, True), cs, tcte),
                                                      cal_part(ctx, ics, cte='base64', cs=calcs)], boundary=bnd())
    elif layout == 'mixed_html':
        fn = rng.choice(['invite.ics', 'meeting.ics', 'event.ics', 'Calendar.ics', 'ical.ics', 'reminder.ics'])
        root = Part('multipart/mixed', children=[tpart('text/html', '<html><head><meta charset="%s"></head><body>%s</body></html>' % (cs, to_html(body, True)), cs, tcte),
                                                cal_part(ctx, ics, rng.choice(['application/octet-stream', 'text/calendar', 'application/ics']),
                                                         name=fn, cte='base64', cs=None, method=False, disp='attachment; filename="%s"' % fn)], boundary=bnd())
    else:
        fn = rng.choice(['invite.ics', 'meeting.ics', 'event.ics', 'invitation.ics'])
        root = Part('multipart/mixed', children=[tpart('text/plain', body, cs, tcte),
                                                cal_part(ctx, ics, name=fn, cte='base64', cs=calcs, disp='attachment; filename="%s"' % fn)], boundary=bnd())
    mode = rng.choice(['B', 'Q'])
    subj = ctx['fmtf'](sc['mailsubj']) if sc.get('mailsubj') else (ev['summary'] if rng.random() < 0.6 else subj_for(ctx, 'plain'))
    msgid = rng.choice(["<%s@%s>" % (h(rng, 32), o['domain']), "<%s.%s@%s>" % (h(rng, 12, ALNUM), h(rng, 6, ALNUM), o.get('host', o['domain'])),
                        "<%d.%s@%s>" % (rng.randint(10 ** 9, 10 ** 10), h(rng, 8), "localhost.localdomain" if 'spoof' == o['kind'] else o['domain'])])
    hdr = [("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("To", addr_list(recipients(ctx), cs, mode)),
           ("From", addr(o['name'], o['email'], cs, mode)), ("Subject", hval("Subject", subj, cs, mode))]
    if o.get('replyto'):
        hdr.append(("Reply-To", o['replyto']))
    hdr += [("Message-ID", msgid), ("MIME-Version", "1.0")]
    xm = sc.get('mailer', rng.choice(MAILERS))
    if xm:
        hdr.append(("X-Mailer", xm))
    if rng.random() < 0.2:
        hdr.append(("X-Priority", "1 (Highest)" if ctx['label'] == 'spam' else "3"))
    return hdr, root


BUILDERS = {'google': b_google, 'outlook': b_outlook, 'apple': b_apple, 'thunderbird': b_thunderbird, 'yahoo': b_yahoo,
            'zoom': b_zoom, 'nextcloud': b_nextcloud, 'zimbra': b_zimbra, 'sogo': b_sogo, 'saas': b_saas, 'tool': b_tool}
