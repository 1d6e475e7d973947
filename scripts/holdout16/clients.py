# -*- coding: utf-8 -*-
"""Client emulators: each returns (headers, mime_root) for a message context `c`.

c attributes used: rng, lang, year, sent (UTC), sender{name,email,domain,tz}, rcpt{name,email},
spec{method, events, subject, body, html_body, quirks, charset, to, cc, reply_to, extra_headers, ...},
client_var.
"""
from datetime import timedelta

import ics
import mime
import tz as TZ
import people
from calendar_writer import calendar, make_uid
from mime import Leaf, Multi, text_leaf, bytes_leaf, addr, htext
from util import rid, uuid, HEX, HEXU, ALNUM, LOWALNUM, rfc2822, rfc2822_pad, epoch, b64rand, html_escape, \
    text_to_html_lines, linkify

UI = people.UI


# ------------------------------------------------------------------ shared helpers

def ui(c, key):
    return UI.get(c.lang, UI['en'])[key]


def main_ev(c):
    return c.spec['events'][0]


def date_hdr(c, style='utc'):
    """style: 'utc' -> +0000; 'local' -> sender tz offset; 'pad' -> zero padded day."""
    if style == 'utc':
        return rfc2822(c.sent, 0)
    off = TZ.utc_offset(c.sender.get('tz', 'UTC'), c.sent)
    if style == 'pad':
        return rfc2822_pad(c.sent, off)
    return rfc2822(c.sent, off)


def method_of(c):
    return c.spec.get('method')


def when_text(c, ev, style='long', lang=None):
    lang = lang or c.lang
    tzn = ev.get('tz', 'UTC')
    s, e = ev['start'], ev['end']
    if ev.get('allday'):
        d = people.fmt_date(lang, s)
        if (e - s).days > 1:
            return '%s – %s' % (d, people.fmt_date(lang, e - timedelta(days=1)))
        return d
    ab = TZ.abbrev(tzn, TZ.local_to_utc(tzn, s))
    if lang == 'en':
        if tzn.startswith('America/'):
            mons = people.MONTHS['en']
            d = '%s %s %d, %d' % (people.WDAYS['en'][s.weekday()], mons[s.month - 1], s.day, s.year)
        else:
            d = people.fmt_date('en', s)
        t1 = people.fmt_time('en', s, '12')
        t2 = people.fmt_time('en', e, '12')
        if e.date() != s.date():
            return '%s %s – %s %s (%s)' % (d, t1, people.fmt_date('en', e), t2, ab)
        return '%s %s – %s (%s)' % (d, t1, t2, ab)
    d = people.fmt_date(lang, s)
    t1 = people.fmt_time(lang, s)
    t2 = people.fmt_time(lang, e)
    if e.date() != s.date():
        return '%s %s – %s %s (%s)' % (d, t1, people.fmt_date(lang, e), t2, ab)
    return '%s %s – %s (%s)' % (d, t1, t2, ab)


def intro_line(c, ev):
    m = method_of(c) or 'REQUEST'
    org = ev['organizer']
    if m == 'REPLY':
        a = ev['attendees'][0]
        ps = c.spec.get('reply_partstat', 'ACCEPTED')
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ps]
        return '%s – %s: %s' % (a.get('name') or a['email'], ui(c, key), ev.get('summary'))
    if m == 'CANCEL':
        return '%s: %s' % (ui(c, 'can'), ev.get('summary'))
    return ui(c, 'invited').format(n=org.get('name') or org['email'], t=ev.get('summary'))


def serialize_ics(c, lines, fold='octets', eol='\r\n'):
    q = c.spec.get('quirks', set())
    if 'nofold' in q:
        fold = 'none'
    elif 'badfold' in q:
        fold = 'bytes'
    elif 'charfold' in q:
        fold = 'chars'
    if 'lf_ics' in q:
        eol = '\n'
    return ics.serialize(lines, fold, eol)


def ics_raw(c, text):
    cs = c.spec.get('ics_charset', 'utf-8')
    if cs != 'utf-8':
        try:
            return text.encode(mime.codec(cs))
        except UnicodeEncodeError:
            c.spec['ics_charset'] = 'utf-8'
    return ics.to_bytes(text)


def head_lines(c, prodid, method, extra=None, order='pvcm'):
    """VCALENDAR header lines in the client's order. order letters: p=PRODID v=VERSION c=CALSCALE m=METHOD"""
    q = c.spec.get('quirks', set())
    out = []
    for ch in order:
        if ch == 'p':
            out.append('PRODID:' + prodid)
        elif ch == 'v':
            out.append('VERSION:2.0')
        elif ch == 'c':
            out.append('CALSCALE:GREGORIAN')
        elif ch == 'm' and method and 'no_method' not in q:
            m = method
            if 'method_mismatch' in q:
                m = c.spec.get('ics_method_override', 'PUBLISH' if method == 'REQUEST' else 'REQUEST')
            out.append('METHOD:' + m)
    return out + (extra or [])


def mime_method(c):
    """Method parameter for Content-Type of text/calendar."""
    m = method_of(c)
    return m


def to_header(c, charset='utf-8', enc='B', quote=False, names=True):
    tos = c.spec.get('to') or [(c.rcpt.get('name'), c.rcpt['email'])]
    items = [addr(n if names else None, e, charset, enc, force_quote=quote) for n, e in tos]
    return ',\n '.join(items) if len(items) > 1 else items[0]


def cc_header(c, charset='utf-8', enc='B'):
    ccs = c.spec.get('cc') or []
    if not ccs:
        return None
    return ',\n '.join(addr(n, e, charset, enc) for n, e in ccs)


def extra_headers(c):
    return list(c.spec.get('extra_headers', []))


def body_text(c):
    ev = main_ev(c)
    return c.spec.get('body') if c.spec.get('body') is not None else (ev.get('desc') or '')


def norm_charset(c, default):
    return c.spec.get('charset') or default


def legacy_for_lang(c, prob=0.5):
    cands = people.L[c.lang]['charsets']
    if len(cands) > 1 and c.rng.random() < prob:
        return c.rng.choice(cands[1:])
    return 'utf-8'


def fill_uids(c, style, domain=None):
    for ev in c.spec['events']:
        if not ev.get('uid'):
            ev['uid'] = make_uid(c.rng, style, domain or c.sender['domain'])


def subject_for(c, style):
    """Localized subject line in the given client's pattern."""
    ev = main_ev(c)
    t = ev.get('summary') or ''
    m = method_of(c)
    if c.spec.get('subject'):
        return c.spec['subject']
    rc = c.rcpt['email']
    if style == 'google':
        w = when_text(c, ev, 'short')
        if m == 'CANCEL':
            pre = 'Canceled event' if c.lang == 'en' else ui(c, 'can')
            return '%s: %s @ %s (%s)' % (pre, t, w, rc)
        if m == 'REPLY':
            ps = c.spec.get('reply_partstat', 'ACCEPTED')
            key = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ps]
            return '%s: %s @ %s (%s)' % (ui(c, key), t, w, ev['organizer']['email'])
        pre = ui(c, 'upd') if ev.get('seq', 0) > 0 else ui(c, 'inv')
        return '%s: %s @ %s (%s)' % (pre, t, w, rc)
    if style in ('outlook', 'zimbra', 'thunderbird', 'nextcloud', 'apple', 'yahoo'):
        if m == 'CANCEL':
            if t.startswith(ui(c, 'can') + ':'):
                return t
            return '%s: %s' % (ui(c, 'can'), t)
        if m == 'REPLY':
            ps = c.spec.get('reply_partstat', 'ACCEPTED')
            key = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ps]
            return '%s: %s' % (ui(c, key), t)
        if style in ('outlook', 'zimbra'):
            return t
        if style == 'yahoo':
            return '%s: %s @ %s' % (ui(c, 'inv'), t, when_text(c, ev, 'short'))
        return '%s: %s' % (ui(c, 'inv'), t)
    return t


def enc_subject(c, s, label='utf-8', enc='B', partial=False):
    if c.spec.get('charset') == 'big5' and isinstance(s, str):
        s = s.replace('邀请', '邀請')
    if 'raw8_subject' in c.spec.get('quirks', set()) and not mime.is_ascii(s):
        return s.encode('utf-8')
    return htext(s, label, enc, partial)


def ics_leaf_inline(c, raw, method, cte='base64', charset='utf-8', quote=True, name=None, extra_ct='',
                    disp=None, order='ct-first', ctype='text/calendar'):
    q = c.spec.get('quirks', set())
    cs = c.spec.get('ics_charset', charset)
    csq = '"%s"' % cs if quote else cs
    ct = '%s; charset=%s' % (ctype, csq)
    mm = method
    if 'mime_method_mismatch' in q:
        mm = 'REQUEST' if method != 'REQUEST' else 'PUBLISH'
    if mm and 'no_mime_method' not in q:
        ct += '; method=%s' % mm
    if name:
        ct += '; name="%s"' % name
    ct += extra_ct
    if 'lf_ics' in q:
        cte = 'base64'
    if cte in ('7bit', '8bit') and any(b > 127 for b in raw):
        cte = '8bit' if cte == '7bit' and c.rng.random() < 0.5 else 'base64'
    return bytes_leaf(ct, raw, cte, disp=disp, order=order)


# ------------------------------------------------------------------ Google Calendar

def google_prodid(c):
    return '-//Google Inc//Google Calendar 70.9054//EN'


def build_google(c):
    rng = c.rng
    fill_uids(c, 'google')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    org = ev['organizer']
    meet = ev.get('google_meet')
    # description with Meet block appended
    desc = ev.get('desc') or ''
    if meet and 'meet_block' not in ev:
        code = meet.rsplit('/', 1)[-1]
        blk = ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
               'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
               'Please do not edit this section.\n'
               '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-') % meet
        ev['desc'] = (desc + '\n\n' if desc else '') + blk
        ev['meet_block'] = True
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        e.setdefault('transp', 'OPAQUE')
        if m in ('REQUEST', 'CANCEL') and e.get('organizer') and not any(a['email'] == e['organizer']['email'] for a in e.get('attendees', [])):
            e['attendees'] = list(e.get('attendees', [])) + [dict(name=e['organizer'].get('name'), email=e['organizer']['email'],
                                                                  partstat='ACCEPTED', role='REQ-PARTICIPANT', rsvp=True)]
        if m == 'REQUEST' and 'alarms' not in e and rng.random() < 0.8:
            e['alarms'] = [dict(trigger=timedelta(minutes=-rng.choice([10, 30, 30, 60])))]
        if rng.random() < 0.4:
            e.setdefault('x', []).append(('X-MICROSOFT-CDO-OWNERAPPTID', str(rng.randint(-2 ** 31, 2 ** 31)), []))
    head = head_lines(c, google_prodid(c), m, order='pvcm')
    lines = calendar(c.spec['events'], 'google', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)

    # ---- bodies
    w = when_text(c, ev)
    who = []
    for a in ev.get('attendees', [])[:40]:
        nm = a.get('name') or a['email']
        if a['email'] == org['email']:
            who.append('     * %s - %s' % (nm, ui(c, 'org')))
        else:
            who.append('     * %s' % nm)
    if len(ev.get('attendees', [])) > 40:
        who.append('     * … (%d)' % (len(ev['attendees']) - 40))
    eid = rid(rng, 60, ALNUM)
    tok = rid(rng, 70, ALNUM)
    ctz = ev.get('tz', 'UTC').replace('/', '%2F')
    hl = 'en' if c.lang == 'en' else c.lang
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (eid, tok, ctz, hl)
    if m == 'REPLY':
        ps = c.spec.get('reply_partstat', 'ACCEPTED')
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}[ps]
        att = ev['attendees'][0]
        ptxt = '%s %s\n\n%s\n%s: %s\n\n%s\n\n' % (att.get('name') or att['email'], ui(c, key).lower() if c.lang != 'de' else ui(c, key),
                                                ev.get('summary'), ui(c, 'when'), w, view)
        if c.lang == 'en':
            ptxt = '%s has %s this invitation.\n\nTitle: %s\nWhen: %s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are the organiser of this event.\n' % (
                att.get('name') or att['email'], {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentatively accepted'}[ps],
                ev.get('summary'), w)
    else:
        lines_p = []
        if c.lang == 'en':
            lines_p.append('You have been invited to the following event.' if m != 'CANCEL' else
                           'This event has been cancelled and removed from your calendar.')
        else:
            lines_p.append(ui(c, 'invited').format(n=org.get('name') or org['email'], t=ev.get('summary')))
        lines_p.append('')
        lines_p.append('%s: %s' % (ui(c, 'title'), ev.get('summary')))
        if ev.get('desc'):
            lines_p.append(ev['desc'])
        lines_p.append('%s: %s' % (ui(c, 'when'), w))
        if ev.get('location'):
            lines_p.append('%s: %s' % (ui(c, 'where'), ev['location']))
        if meet:
            lines_p.append('%s: %s' % (ui(c, 'join'), meet))
        lines_p.append('')
        lines_p.append('%s: %s' % (ui(c, 'cal'), c.rcpt['email']))
        lines_p.append('%s:' % ui(c, 'who'))
        lines_p += who
        lines_p.append('')
        for a in ev.get('attach', []):
            lines_p.append('%s: %s' % (a.get('filename') or ui(c, 'att'), a['uri']))
        if ev.get('attach'):
            lines_p.append('')
        if m == 'REQUEST':
            lines_p.append('%s: %s' % (ui(c, 'view'), view))
            lines_p.append('')
        if c.lang == 'en':
            lines_p += ['Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                        'You are receiving this courtesy email at the account %s because you are an attendee of this event.' % c.rcpt['email'],
                        '',
                        'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.',
                        '',
                        'Forwarding this invitation could allow any recipient to send a response to the organiser and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding']
        else:
            lines_p += ['Google Calendar: https://calendar.google.com/calendar/', '',
                        'https://support.google.com/calendar/answer/37135#forwarding']
        ptxt = '\n'.join(lines_p) + '\n'
    html = google_html(c, ev, w, view, who, meet)
    bnd1 = '000000000000' + rid(rng, 16, HEX)
    bnd2 = '000000000000' + rid(rng, 16, HEX)
    plain_cte = 'base64' if not mime.is_ascii(ptxt) else rng.choice(['7bit', 'quoted-printable'])
    p1 = text_leaf(ptxt, 'plain', 'UTF-8', plain_cte, '; format=flowed; delsp=yes')
    p2 = text_leaf(html, 'html', 'UTF-8', 'quoted-printable')
    p3 = ics_leaf_inline(c, raw, m, cte='7bit' if mime.is_ascii(ics_text) else 'base64', charset='UTF-8')
    alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % bnd2)], [p1, p2, p3], bnd2)
    parts = [alt]
    if m in ('REQUEST', 'CANCEL', 'PUBLISH'):
        parts.append(bytes_leaf('application/ics; name="invite.ics"', raw, 'base64',
                                disp='attachment; filename="invite.ics"'))
        root = Multi([], parts, bnd1)
        ctype = 'multipart/mixed; boundary="%s"' % bnd1
    else:
        root = Multi([], [p1, p2, p3], bnd2)
        ctype = 'multipart/alternative; boundary="%s"' % bnd2
    # ---- headers
    fromh = addr(org.get('name') if m != 'REPLY' else (ev['attendees'][0].get('name')),
                 org['email'] if m != 'REPLY' else ev['attendees'][0]['email'], 'UTF-8', 'B')
    H = [('MIME-Version', '1.0'), ('Date', date_hdr(c, 'utc'))]
    if m != 'REPLY':
        H.append(('Reply-To', fromh))
    H += [('Sender', 'Google Calendar <calendar-notification@google.com>'),
          ('Auto-Submitted', 'auto-generated'),
          ('Message-ID', '<calendar-%s@google.com>' % uuid(rng)),
          ('Subject', enc_subject(c, subject_for(c, 'google'), 'UTF-8', 'B')),
          ('From', fromh),
          ('To', (c.spec.get('to_override') or (to_header(c, 'UTF-8', 'B', names=False) if c.spec.get('to') else addr(None, c.rcpt['email'])))
           if m != 'REPLY' else addr(org.get('name'), org['email'], 'UTF-8', 'B')),
          ('Content-Type', ctype)]
    return H + extra_headers(c), root


def google_html(c, ev, w, view, who, meet):
    e = html_escape
    rows = []
    rows.append('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % e(ui(c, 'inv')))
    rows.append('<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>')
    rows.append('<div style="padding:2px"><span itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Google Calendar"/></span><meta itemprop="eventId/googleCalendar" content="%s"/>' % rid(c.rng, 26, LOWALNUM))
    rows.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % e(ev.get('summary') or ''))
    if ev.get('desc'):
        rows.append('<p style="padding:0 0 6px 0;margin:0;color:#222">%s</p>' % text_to_html_lines(ev['desc']))
    rows.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><time itemprop="startDate" datetime="%s">%s</time></td></tr>' % (
        e(ui(c, 'when')), ics.dtu(TZ.local_to_utc(ev.get('tz', 'UTC'), ev['start'])), e(w)))
    if ev.get('location'):
        rows.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (
            e(ui(c, 'where')), linkify(ev['location'])))
    if meet:
        rows.append('<tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888" valign="top">%s</td><td style="padding-bottom:10px;font-size:13px;color:#222" valign="top"><a href="%s">%s</a></td></tr>' % (e(ui(c, 'join')), meet, meet))
    rows.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><table cellspacing="0" cellpadding="0">' % e(ui(c, 'who')))
    for wline in who[:40]:
        rows.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222;width:10px"><div style="text-indent:-2px">&#x2022;</div></td><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><div><div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span></div></div></td></tr>' % e(wline.strip(' *')))
    rows.append('</table></td></tr></table>')
    for a in ev.get('attach', []):
        rows.append('<div><a href="%s">%s</a></div>' % (e(a['uri']), e(a.get('filename') or a['uri'])))
    rows.append('<div style="float:right;font-weight:bold;font-size:13px"> <a href="%s" style="color:#20c;white-space:nowrap" itemprop="url">%s</a></div>' % (e(view), e(ui(c, 'view'))))
    rows.append('</div><p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s<br/></span></p></td></tr>' % e(ui(c, 'going')))
    rows.append('<tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p></td></tr></table></div></span>')
    return '\n'.join(rows) + '\n'


# ------------------------------------------------------------------ Microsoft Outlook / Exchange / Teams

OUTLOOK_SERVERS = ['AM0PR04MB', 'DB9PR03MB', 'PAXPR06MB', 'VI1PR08MB', 'BN6PR11MB', 'CH2PR12MB', 'SJ0PR05MB',
                   'MW4PR03MB', 'DM6PR02MB', 'PH0PR11MB', 'SEZPR04MB', 'TYCPR01MB', 'AS8PR07MB', 'GV1PR09MB']
REGIONS = {'AM': 'eurprd04', 'DB': 'eurprd03', 'PA': 'eurprd06', 'VI': 'eurprd08', 'AS': 'eurprd07', 'GV': 'eurprd09',
           'BN': 'namprd11', 'CH': 'namprd12', 'SJ': 'namprd05', 'MW': 'namprd03', 'DM': 'namprd02',
           'PH': 'namprd11', 'SE': 'apcprd04', 'TY': 'jpnprd01'}


def outlook_msgid(c):
    srv = c.rng.choice(OUTLOOK_SERVERS) + str(c.rng.randint(1000, 9999))
    c.ms_server = srv
    reg = REGIONS[srv[:2]]
    c.ms_region = reg
    return srv, '<%s%s@%s.%s.prod.outlook.com>' % (srv, rid(c.rng, 32, HEXU), srv, reg)


TEAMS = {
    'en': ('Microsoft Teams meeting', 'Join on your computer, mobile app or room device', 'Click here to join the meeting',
           'Meeting ID', 'Passcode', 'Download Teams', 'Join on the web', 'Learn More', 'Meeting options'),
    'de': ('Microsoft Teams-Besprechung', 'Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil',
           'Klicken Sie hier, um an der Besprechung teilzunehmen', 'Besprechungs-ID', 'Kennung', 'Teams herunterladen',
           'Im Web beitreten', 'Weitere Informationen', 'Besprechungsoptionen'),
    'fr': ('Réunion Microsoft Teams', "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           'Cliquez ici pour participer à la réunion', 'ID de la réunion', 'Code secret', 'Télécharger Teams',
           'Rejoindre sur le web', 'En savoir plus', 'Options de réunion'),
    'es': ('Reunión de Microsoft Teams', 'Unirse desde el equipo, la aplicación móvil o un dispositivo de sala',
           'Haga clic aquí para unirse a la reunión', 'Id. de reunión', 'Código de acceso', 'Descargar Teams',
           'Unirse en la web', 'Más información', 'Opciones de reunión'),
    'it': ('Riunione di Microsoft Teams', "Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della sala",
           'Fai clic qui per partecipare alla riunione', 'ID riunione', 'Passcode', 'Scarica Teams',
           'Partecipa sul Web', 'Altre informazioni', 'Opzioni riunione'),
    'pt': ('Reunião do Microsoft Teams', 'Ingresse no seu computador, aplicativo móvel ou dispositivo de sala',
           'Clique aqui para participar da reunião', 'ID da Reunião', 'Senha', 'Baixar o Teams', 'Ingressar na Web',
           'Saiba mais', 'Opções de reunião'),
    'nl': ('Microsoft Teams-vergadering', 'Deelnemen op uw computer, mobiele app of ruimteapparaat',
           'Klik hier om deel te nemen aan de vergadering', 'Vergadering-id', 'Wachtwoordcode', 'Teams downloaden',
           'Deelnemen op internet', 'Meer informatie', 'Opties voor vergadering'),
    'pl': ('Spotkanie w aplikacji Microsoft Teams', 'Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali',
           'Kliknij tutaj, aby dołączyć do spotkania', 'Identyfikator spotkania', 'Kod dostępu', 'Pobierz aplikację Teams',
           'Dołącz w sieci Web', 'Dowiedz się więcej', 'Opcje spotkania'),
    'ja': ('Microsoft Teams 会議', 'コンピュータ、モバイルアプリケーション、またはルームデバイスで参加する',
           'ここをクリックして会議に参加してください', '会議 ID', 'パスコード', 'Teams のダウンロード', 'Web に参加',
           '詳細情報', '会議のオプション'),
}


def teams_block(c, tenant_id=None):
    rng = c.rng
    t = TEAMS.get(c.lang, TEAMS['en'])
    tid = tenant_id or uuid(rng)
    oid = uuid(rng)
    mid = '19%3ameeting_' + rid(rng, 48, ALNUM) + '%40thread.v2'
    url = ('https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
           % (mid, tid, oid))
    if c.year >= 2025 and rng.random() < 0.6:
        url = 'https://teams.microsoft.com/meet/%d?p=%s' % (rng.randint(10 ** 13, 10 ** 14), rid(rng, 16, ALNUM))
    meeting_id = '%03d %03d %03d %03d' % tuple(rng.randint(100, 999) for _ in range(4))
    pc = rid(rng, 6, ALNUM)
    line = '_' * 80
    txt = '\n'.join([line, t[0], t[1], '%s<%s>' % (t[2], url), '%s: %s' % (t[3], meeting_id), '%s: %s' % (t[4], pc),
                     '%s<https://www.microsoft.com/en-us/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>' % (t[5], t[6]),
                     '%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s&messageId=0&language=en-US>' % (t[7], t[8], oid, tid, mid),
                     line])
    return txt, url


def outlook_html(c, text, lang_attr='EN-US'):
    body = []
    for para in text.split('\n'):
        if para.strip() == '':
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang_attr, linkify(para)))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % ('{CHARSET}', lang_attr, '\n'.join(body))


LEGACY = {
    # lang: (outlook, thunderbird<2020 / apple mail, transactional)
    'en': ('iso-8859-1', 'ISO-8859-1', None), 'de': ('iso-8859-1', 'ISO-8859-15', None), 'fr': ('iso-8859-1', 'ISO-8859-1', None),
    'es': ('iso-8859-1', 'ISO-8859-1', None), 'it': ('iso-8859-1', 'ISO-8859-1', None), 'pt': ('iso-8859-1', 'ISO-8859-1', None),
    'nl': ('iso-8859-1', 'ISO-8859-1', None), 'pl': ('iso-8859-2', 'ISO-8859-2', 'iso-8859-2'), 'ru': ('koi8-r', 'KOI8-R', 'windows-1251'),
    'el': ('iso-8859-7', 'ISO-8859-7', 'windows-1253'), 'tr': ('iso-8859-9', 'ISO-8859-9', 'windows-1254'),
    'ar': ('windows-1256', 'windows-1256', 'windows-1256'), 'he': ('windows-1255', 'windows-1255', 'iso-8859-8-i'),
    'zh': ('gb2312', 'GB2312', 'gbk'), 'ja': ('iso-2022-jp', 'ISO-2022-JP', 'iso-2022-jp'), 'ko': ('ks_c_5601-1987', 'EUC-KR', 'euc-kr'),
    'hi': (None, None, None), 'th': ('windows-874', 'TIS-620', 'tis-620'),
}
LEGACY_P = {'outlook': 0.65, 'thunderbird': 0.8, 'apple': 0.6, 'transactional': 0.5}


def client_charset(c, client, default='utf-8'):
    """Charset a client would label its text parts with, for this language/year."""
    if c.spec.get('charset'):
        return c.spec['charset']
    lg = LEGACY.get(c.lang, (None, None, None))
    col = {'outlook': 0, 'thunderbird': 1, 'apple': 1, 'transactional': 2}[client]
    cs = lg[col]
    if not cs:
        return default
    p = LEGACY_P[client]
    if client == 'thunderbird' and c.year >= 2020:
        p = 0.1 if c.lang not in ('ja',) else 0.4
    if client == 'outlook' and c.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl'):
        p = 0.3
    if client == 'apple' and c.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl'):
        cs = c.rng.choice(['iso-8859-1', 'windows-1252', 'us-ascii'])
        p = 0.35
    if client == 'apple' and c.lang == 'ja':
        p = 0.7
    if c.rng.random() < p:
        return cs
    return default


def header_charset(c, label, texts):
    """Clients encode header words in the body charset when possible."""
    lab = label
    if lab.lower() in ('us-ascii',):
        lab = 'utf-8'
    for t in texts:
        if t and not mime.can_encode(t, lab):
            return 'utf-8'
    return lab


def outlook_text_charset(c):
    return client_charset(c, 'outlook')


def build_outlook(c):
    """Variants: exo (Exchange Online / OWA / new Outlook), desk (Outlook desktop), onprem (Exchange 2016/2019),
    com (outlook.com consumer). Teams block when spec['teams']."""
    rng = c.rng
    var = c.client_var or 'exo'
    fill_uids(c, 'outlook')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    srv, msgid = outlook_msgid(c)
    if var == 'onprem':
        msgid = '<%s@%s>' % (rid(rng, 32, HEX), rng.choice(['EXCH01', 'MBX02', 'EX2019-01', 'SRV-MAIL1']) + '.' + c.sender['domain'])
    lang_tag = people.L[c.lang]['content_lang']
    tenant = c.sender.get('tenant_id') or uuid(rng)
    text = body_text(c)
    if c.spec.get('teams') and m in ('REQUEST',):
        blk, turl = teams_block(c, tenant)
        text = (text + '\n\n' if text else '') + blk
        if ev.get('location') is None:
            ev['location'] = 'Microsoft Teams Meeting' if c.lang == 'en' else TEAMS.get(c.lang, TEAMS['en'])[0]
        ev.setdefault('x', []).append(('X-MICROSOFT-SKYPETEAMSMEETINGURL', turl, []))
        ev['x'].append(('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL',
                        'https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0' % (tenant, uuid(rng), rid(rng, 48, ALNUM)), []))
        ev['x'].append(('X-MICROSOFT-SKYPETEAMSPROPERTIES', '{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rid(rng, 48, ALNUM), []))
        ev['x'].append(('X-MICROSOFT-ONLINEMEETINGCONFLINK', '', []))
        ev['x'].append(('X-MICROSOFT-ONLINEMEETINGINFORMATION', '{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}', []))
    if (ev.get('desc') is None or c.spec.get('teams')) and m != 'REPLY':
        ev['desc'] = text if text else ev.get('desc')
    desk = var == 'desk'
    style = 'outlookdesk' if desk else 'outlook'
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('klass', 'PUBLIC')
        e.setdefault('priority', 5)
        e.setdefault('transp', 'OPAQUE')
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        xs = e.setdefault('x', [])
        if desk:
            xs += [('X-MICROSOFT-CDO-BUSYSTATUS', 'TENTATIVE' if m == 'REQUEST' else 'BUSY', []),
                   ('X-MICROSOFT-CDO-IMPORTANCE', '1', []),
                   ('X-MICROSOFT-DISALLOW-COUNTER', 'FALSE', []),
                   ('X-MS-OLK-AUTOFILLLOCATION', 'FALSE', []),
                   ('X-MS-OLK-CONFTYPE', '0', [])]
            if m == 'REQUEST' and rng.random() < 0.5:
                xs.append(('X-MS-OLK-FORCEINSPECTOROPEN', 'TRUE', []))
            if e.get('html') is None and e.get('desc') and rng.random() < 0.7:
                e['html'] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
                             + ''.join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (lang_tag, html_escape(p)) for p in e['desc'].split('\n') if p.strip())
                             + '\n</BODY>\n</HTML>')
        else:
            xs += [('X-MICROSOFT-CDO-APPT-SEQUENCE', str(e.get('seq', 0)), []),
                   ('X-MICROSOFT-CDO-OWNERAPPTID', str(rng.randint(-2 ** 31, 2 ** 31)), []),
                   ('X-MICROSOFT-CDO-BUSYSTATUS', 'TENTATIVE' if m == 'REQUEST' else ('FREE' if m == 'CANCEL' else 'BUSY'), []),
                   ('X-MICROSOFT-CDO-INTENDEDSTATUS', 'BUSY' if m != 'CANCEL' else 'FREE', []),
                   ('X-MICROSOFT-CDO-ALLDAYEVENT', 'TRUE' if e.get('allday') else 'FALSE', []),
                   ('X-MICROSOFT-CDO-IMPORTANCE', str(c.spec.get('importance', 1)), []),
                   ('X-MICROSOFT-CDO-INSTTYPE', '1' if e.get('rrule') else '0', []),
                   ('X-MICROSOFT-DONOTFORWARDMEETING', 'FALSE', []),
                   ('X-MICROSOFT-DISALLOW-COUNTER', 'FALSE', [])]
            if c.year >= 2020:
                xs += [('X-MICROSOFT-REQUESTEDATTENDANCEMODE', 'DEFAULT', []),
                       ('X-MICROSOFT-ISRESPONSEREQUESTED', 'TRUE' if m == 'REQUEST' else 'FALSE', [])]
            if e.get('location') and c.year >= 2019:
                loc = e['location'].replace('"', '\\"')
                xs.append(('X-MICROSOFT-LOCATIONS',
                           '[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]'
                           % ics.esc(loc, 'raw'), []))
        if m == 'REQUEST' and 'alarms' not in e:
            e['alarms'] = [dict(trigger=timedelta(minutes=-15), desc='REMINDER')]
        if m == 'CANCEL' and not (e.get('summary') or '').startswith(ui(c, 'can')):
            e['summary'] = '%s: %s' % (ui(c, 'can'), e.get('summary'))
    prodid = 'Microsoft Exchange Server 2010' if not desk else '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
    head = head_lines(c, prodid, m, order='mpv' if not desk else 'pvm')
    opts = {'method': m, 'lang_tag': None if desk else lang_tag}
    if desk:
        opts['order'] = 'outlookdesk'
    lines = calendar(c.spec['events'], style, rng, head, opts)
    ics_text = serialize_ics(c, lines, 'octets')
    raw = ics_raw(c, ics_text)

    cs = outlook_text_charset(c)
    ptxt = text if text else ''
    html = outlook_html(c, ptxt, lang_tag.upper())
    cs_used = mime.pick_charset(ptxt + html, cs)
    html = html.replace('{CHARSET}', cs_used)
    pcte = '7bit' if cs_used == 'iso-2022-jp' else 'quoted-printable'
    if cs_used == 'utf-8' and rng.random() < 0.3:
        pcte = 'base64'
    p1 = text_leaf(ptxt + '\n', 'plain', cs_used, pcte)
    p2 = text_leaf(html, 'html', cs_used, pcte)
    p3 = ics_leaf_inline(c, raw, m, 'base64', 'utf-8')
    local = msgid[1:].split('@')[0]
    bnd_alt = '_000_%s%s_' % (local, msgid.split('@')[1][:10].replace('.', ''))
    parts = [p1, p2, p3]
    att = c.spec.get('attachments')
    if att:
        bnd_mix = '_004_%s%s_' % (local, msgid.split('@')[1][:10].replace('.', ''))
        alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % bnd_alt)], parts, bnd_alt)
        mixparts = [alt]
        for (fn, ctype, data) in att:
            mixparts.append(bytes_leaf('%s; name="%s"' % (ctype, fn), data, 'base64',
                                       disp='attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
                                           fn, len(data), rfc2822(c.sent), rfc2822(c.sent)),
                                       extra=[('Content-Description', fn)]))
        root = Multi([], mixparts, bnd_mix)
        ctype = 'multipart/mixed;\n\tboundary="%s"' % bnd_mix
    else:
        root = Multi([], parts, bnd_alt)
        ctype = 'multipart/alternative;\n\tboundary="%s"' % bnd_alt
    s = c.sender
    hcs = header_charset(c, cs_used, [s.get('name'), ev.get('summary')] + [n for n, e in (c.spec.get('to') or [(c.rcpt.get('name'), '')])])
    fromname = s.get('name')
    if c.spec.get('from_quoted_lastfirst') and c.lang == 'en':
        parts_n = fromname.split(' ')
        fromname = '%s, %s' % (parts_n[-1], ' '.join(parts_n[:-1]))
    H = [('From', addr(fromname, s['email'], hcs, 'B'))]
    if c.spec.get('sender_hdr'):
        H.append(('Sender', c.spec['sender_hdr']))
    H.append(('To', to_header(c, hcs, 'B')))
    cc = cc_header(c, hcs)
    if cc:
        H.append(('CC', cc))
    subj = subject_for(c, 'outlook')
    if c.spec.get('subject_prefix'):
        subj = c.spec['subject_prefix'] + subj
    H += [('Subject', enc_subject(c, subj, hcs, 'B')),
          ('Thread-Topic', enc_subject(c, ev.get('summary') or subj, hcs, 'B')),
          ('Thread-Index', b64rand(rng, 22)[:30] + '=='),
          ('Date', date_hdr(c, 'utc' if var != 'desk' else 'local')),
          ('Message-ID', msgid)]
    if c.spec.get('references'):
        H.append(('References', c.spec['references']))
        H.append(('In-Reply-To', c.spec['references']))
    if c.spec.get('reply_to'):
        H.append(('Reply-To', c.spec['reply_to']))
    H += [('Accept-Language', '%s, en-US' % lang_tag if lang_tag != 'en-US' else 'en-US'),
          ('Content-Language', lang_tag)]
    if var != 'desk':
        H += [('X-MS-Has-Attach', 'yes' if att else ''), ('X-MS-TNEF-Correlator', '')]
        if var in ('exo', 'com'):
            H.append(('x-ms-publictraffictype', 'Email'))
            H.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, srv[:2] + 'XPR0%dMB%d' % (rng.randint(1, 9), rng.randint(1000, 9999)))))
            H.append(('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + b64rand(rng, 24)[:28] + 'AAAAAAAAAAQAAAA' + b64rand(rng, 12)[:16] + '=='))
            if c.year >= 2018:
                H.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014;'))
        H.append(('Content-Type', ctype))
        H.append(('MIME-Version', '1.0'))
        if var in ('exo', 'com'):
            H.append(('X-OriginatorOrg', s['domain']))
            H.append(('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'))
            H.append(('X-MS-Exchange-CrossTenant-id', tenant))
            H.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (rfc2822(c.sent).split(', ', 1)[1].rsplit(' ', 1)[0], rng.randint(0, 9999))))
            H.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv))
        if var == 'onprem':
            H.append(('X-MS-Exchange-Organization-AuthAs', 'Internal'))
            H.append(('X-Originating-IP', '[10.%d.%d.%d]' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))))
            H.append(('Content-class', 'urn:content-classes:calendarmessage'))
    else:
        H = H[:1] + H[1:]
        H.append(('MIME-Version', '1.0'))
        H.append(('Content-Type', ctype))
        H.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        H.append(('Content-class', 'urn:content-classes:calendarmessage'))
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Apple (iCloud server / Calendar.app via Mail / iOS)

APPLE_OS = {2016: ('Mac OS X 10.11.6', 'iPhone OS 9.3.5', '3124', '13G36'), 2017: ('Mac OS X 10.12.6', 'iPhone OS 10.3.3', '3273', '14G60'),
            2018: ('Mac OS X 10.13.6', 'iPhone OS 11.4.1', '3445.9.1', '15G77'), 2019: ('Mac OS X 10.14.6', 'iPhone OS 12.4', '3445.104.11', '16G77'),
            2020: ('Mac OS X 10.15.7', 'iPhone OS 13.6', '3608.120.23.2.4', '17G68'), 2021: ('macOS 11.5.2', 'iPhone OS 14.7.1', '3654.120.0.1.13', '18G82'),
            2022: ('macOS 12.6', 'iPhone OS 15.6.1', '3696.120.41.1.1', '19G82'), 2023: ('macOS 13.5.2', 'iPhone OS 16.6', '3731.700.6', '20G75'),
            2024: ('macOS 14.4.1', 'iPhone OS 17.4.1', '3774.500.171.1.1', '21E236'), 2025: ('macOS 15.3.2', 'iPhone OS 18.3.2', '3826.400.131.1.6', '22D82'),
            2026: ('macOS 26.1', 'iPhone OS 26.1', '3864.100.1.1.5', '23B85')}


def build_apple(c):
    rng = c.rng
    var = c.client_var or 'mail'
    fill_uids(c, 'apple')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    osv, iosv, mailv, iosbuild = APPLE_OS[min(max(c.year, 2016), 2026)]
    if var == 'icloud':
        prodid = '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'
    elif var == 'ios':
        prodid = '-//Apple Inc.//%s//EN' % iosv
    else:
        prodid = '-//Apple Inc.//%s//EN' % osv
    for e in c.spec['events']:
        e.setdefault('seq', 0 if m != 'CANCEL' else 1)
        e.setdefault('transp', 'OPAQUE')
        if m == 'CANCEL':
            e['status'] = 'CANCELLED'
        xs = e.setdefault('x', [])
        xs.append(('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', 'AUTOMATIC', []))
        if e.get('location') and rng.random() < 0.4 and not e['location'].startswith('http'):
            xs.append(('X-APPLE-STRUCTURED-LOCATION', 'geo:%.6f,%.6f' % (rng.uniform(-40, 60), rng.uniform(-120, 140)),
                       [('VALUE', 'URI'), ('X-ADDRESS', e['location'][:60]), ('X-APPLE-RADIUS', '70.58'),
                        ('X-TITLE', e['location'][:40])]))
        if m == 'REQUEST' and 'alarms' not in e and rng.random() < 0.5:
            e['alarms'] = [dict(trigger=timedelta(minutes=-rng.choice([15, 30, 60])), default=True)]
        if m in ('REQUEST', 'CANCEL') and e.get('organizer') and not any(a['email'] == e['organizer']['email'] for a in e.get('attendees', [])):
            e['attendees'] = [dict(name=e['organizer'].get('name'), email=e['organizer']['email'], partstat='ACCEPTED', role='CHAIR',
                                   rsvp=False)] + list(e.get('attendees', []))
        for a in e.get('attendees', []):
            if var == 'icloud' and a['email'] != e['organizer']['email'] and rng.random() < 0.5:
                a['schedule_status'] = '1.2' if rng.random() < 0.5 else None
    head = head_lines(c, prodid, m, order='mpvc' if var != 'icloud' else 'vpcm')
    lines = calendar(c.spec['events'], 'apple', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    stamp = (c.sent + timedelta(minutes=TZ.utc_offset(c.sender.get('tz', 'UTC'), c.sent))).strftime('%Y%m%d-%H%M%S')
    fname = 'iCal-%s.ics' % stamp
    s = c.sender
    subj = subject_for(c, 'apple')
    if c.spec.get('charset') == 'big5':
        subj = subj.replace('邀请', '邀請')
    if var == 'icloud':
        # server generated: html + plain + ics
        org = ev['organizer']
        w = when_text(c, ev)
        if c.lang == 'en' and m == 'REQUEST':
            intro = '%s has invited you to “%s”.' % (org.get('name') or org['email'], ev.get('summary'))
        else:
            intro = intro_line(c, ev)
        ptxt = '%s\n\n%s\n%s\n%s\n\n%s\n' % (intro, ev.get('summary'), w, ev.get('location') or '', ev.get('desc') or '')
        if c.spec.get('body'):
            ptxt = c.spec['body'] + '\n\n' + ptxt
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
                '<body style="font-family:-apple-system,Helvetica,Arial,sans-serif;">\n<div style="max-width:600px;margin:0 auto">'
                '<p style="font-size:17px">%s</p>\n<h2 style="font-size:22px;margin:8px 0">%s</h2>\n<p style="color:#8e8e93">%s<br>%s</p>\n'
                '<p>%s</p>\n<table><tr><td><a href="https://www.icloud.com/calendar/" style="color:#0070c9">%s</a></td><td>&nbsp;</td>'
                '<td><a href="https://www.icloud.com/calendar/" style="color:#0070c9">%s</a></td></tr></table>\n</div></body></html>\n') % (
            html_escape(intro), html_escape(ev.get('summary') or ''), html_escape(w), linkify(ev.get('location') or ''),
            text_to_html_lines(c.spec.get('body') or ev.get('desc') or ''), ui(c, 'yes'), ui(c, 'no'))
        bnd = 'Apple-Webmail-%d--%s' % (rng.randint(10 ** 9, 10 ** 10), uuid(rng))
        bnd2 = 'Apple-Webmail-%d--%s' % (rng.randint(10 ** 9, 10 ** 10), uuid(rng))
        p1 = text_leaf(ptxt, 'plain', 'utf-8', 'quoted-printable', quote_charset=False)
        p2 = text_leaf(html, 'html', 'utf-8', 'quoted-printable', quote_charset=False)
        alt = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % bnd2)], [p1, p2], bnd2)
        p3 = ics_leaf_inline(c, raw, m, 'quoted-printable', 'utf-8', quote=False, name=fname,
                             disp='attachment; filename=%s' % fname)
        root = Multi([], [alt, p3], bnd)
        H = [('Return-Receipt-To', None)] if False else []
        H += [('From', addr(s.get('name'), s['email'], 'utf-8', 'B')),
              ('To', to_header(c, 'utf-8', 'B')),
              ('Subject', enc_subject(c, subj, 'utf-8', 'B')),
              ('Date', date_hdr(c, 'utc')),
              ('Message-Id', '<%s@icloud.com>' % uuid(rng, True)),
              ('MIME-Version', '1.0'),
              ('Content-Type', 'multipart/mixed; boundary=%s' % bnd),
              ('X-Mailer', 'iCloud MailClient %s MailServer %s' % (rng.choice(['2222B40', '2226B7', '2306B43', '2410B29']), rng.choice(['2222B40.b', '2306B43.c'])))]
        return H + extra_headers(c), root
    # Calendar.app / iOS via Mail: plain text + ics attachment
    bnd = 'Apple-Mail=_%s' % uuid(rng, True)
    bt = c.spec.get('body')
    cs = client_charset(c, 'apple')
    parts = []
    if bt is not None or rng.random() < 0.5:
        t = (bt or '') + '\n'
        cte = '7bit' if cs == 'iso-2022-jp' or mime.is_ascii(t) else 'quoted-printable'
        lp = text_leaf(t, 'plain', cs, cte, quote_charset=False, order='cte-first')
        parts.append(lp)
    p3 = ics_leaf_inline(c, raw, m, 'quoted-printable', 'utf-8', quote=False, name=fname,
                         disp='attachment;\n\tfilename=%s' % fname, order='cte-first')
    parts.append(p3)
    root = Multi([], parts, bnd)
    mv = '1.0 (Mac OS X Mail 16.0 \\(%s\\))' % mailv if var == 'mail' else '1.0 (1.0)'
    xm = 'Apple Mail (2.%s)' % mailv if var == 'mail' else 'iPhone Mail (%s)' % iosbuild
    hcs = header_charset(c, cs, [s.get('name'), subj, c.rcpt.get('name')])
    H = [('From', addr(s.get('name'), s['email'], hcs, 'Q' if c.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr') else 'B')),
         ('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % bnd),
         ('Mime-Version', mv),
         ('Subject', enc_subject(c, subj, hcs, 'Q' if c.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr') else 'B')),
         ('Date', date_hdr(c, 'local')),
         ('To', to_header(c, hcs, 'Q'))]
    if c.spec.get('cc'):
        H.append(('Cc', cc_header(c, hcs)))
    H += [('Message-Id', '<%s@%s>' % (uuid(rng, True), s['domain'])),
          ('X-Mailer', xm)]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Thunderbird / Lightning

TB = {2016: ('45.8.0', 'Lightning/4.7.8', 'WOW64; rv:45.0'), 2017: ('52.5.0', 'Lightning/5.4.5', 'WOW64; rv:52.0'),
      2018: ('60.3.0', 'Lightning/6.2.3', 'Win64; x64; rv:60.0'), 2019: ('68.2.2', 'Lightning/68.2', 'Win64; x64; rv:68.0'),
      2020: ('78.5.1', None, 'Win64; x64; rv:78.0'), 2021: ('91.3.2', None, 'Win64; x64; rv:91.0'),
      2022: ('102.4.2', None, 'Win64; x64; rv:102.0'), 2023: ('115.4.2', None, 'Win64; x64; rv:115.0'),
      2024: ('115.10.1', None, 'Win64; x64; rv:115.0'), 2025: ('128.7.1', None, 'Win64; x64; rv:128.0'),
      2026: ('140.3.0', None, 'Win64; x64; rv:140.0')}


def build_thunderbird(c):
    rng = c.rng
    fill_uids(c, 'thunderbird')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('transp', 'OPAQUE')
        xs = e.setdefault('x', [])
        if m == 'REQUEST':
            xs += [('X-MOZ-SEND-INVITATIONS', 'TRUE', []), ('X-MOZ-SEND-INVITATIONS-UNDISCLOSED', 'FALSE', [])]
            if 'alarms' not in e and rng.random() < 0.5:
                e['alarms'] = [dict(trigger=timedelta(minutes=-15))]
        if rng.random() < 0.5:
            xs.append(('X-MOZ-GENERATION', str(rng.randint(1, 4)), []))
    head = head_lines(c, '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', m, order='pvm')
    lines = calendar(c.spec['events'], 'thunderbird', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    ver, light, plat = TB[min(max(c.year, 2016), 2026)]
    ua = 'Mozilla/5.0 (Windows NT 10.0; %s) Gecko/20100101 Thunderbird/%s' % (plat, ver)
    if light:
        ua += ' ' + light
    if rng.random() < 0.3:
        ua = ua.replace('Windows NT 10.0; Win64; x64', 'X11; Linux x86_64').replace('Windows NT 10.0; WOW64', 'X11; Linux x86_64')
    org = ev['organizer']
    w = when_text(c, ev)
    lines_p = []
    if c.spec.get('body'):
        lines_p += [c.spec['body'], '']
    lines_p.append('%s:\t%s' % (ui(c, 'title'), ev.get('summary')))
    lines_p.append('%s:\t%s' % (ui(c, 'when'), w))
    if ev.get('location'):
        lines_p.append('%s:\t%s' % (ui(c, 'where'), ev['location']))
    lines_p.append('%s:\t%s <%s>' % (ui(c, 'org').capitalize(), org.get('name') or '', org['email']))
    atts = ev.get('attendees', [])
    if atts:
        lines_p.append('%s:' % ui(c, 'who'))
        for a in atts[:30]:
            lines_p.append('%s <%s>' % (a.get('name') or '', a['email']))
    if ev.get('desc'):
        lines_p += ['', '%s:' % ui(c, 'desc'), ev['desc']]
    ptxt = '\n'.join(lines_p) + '\n'
    pre = '------------' + rid(rng, 24, ALNUM)
    b1, b2 = pre, '------------' + rid(rng, 24, ALNUM)
    tcs = client_charset(c, 'thunderbird', 'UTF-8')
    tcte = '7bit' if tcs.upper() == 'ISO-2022-JP' else ('8bit' if c.year >= 2019 or c.rng.random() < 0.5 else 'quoted-printable')
    p1 = text_leaf(ptxt, 'plain', tcs, tcte, quote_charset=False, ct_extra='; format=flowed' if c.year < 2021 else '')
    tcs = p1.headers[0][1].split('charset=')[1].split(';')[0]
    p2 = ics_leaf_inline(c, raw, m, '8bit', 'UTF-8', quote=False)
    if c.year >= 2020 or rng.random() < 0.5:
        alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b2)], [p1, p2], b2)
        att = bytes_leaf('application/ics; name="invite.ics"', raw, 'base64', disp='attachment; filename="invite.ics"')
        root = Multi([], [alt, att], b1, preamble='This is a multi-part message in MIME format.')
        ctype = 'multipart/mixed; boundary="%s"' % b1
    else:
        root = Multi([], [p1, p2], b1, preamble='This is a multi-part message in MIME format.')
        ctype = 'multipart/alternative; boundary="%s"' % b1
    s = c.sender
    thcs = header_charset(c, tcs, [s.get('name'), subject_for(c, 'thunderbird')])
    H = [('Message-ID', '<%s@%s>' % (uuid(rng), s['domain'])),
         ('Date', date_hdr(c, 'local')),
         ('MIME-Version', '1.0'),
         ('User-Agent', ua),
         ('Content-Language', people.L[c.lang]['content_lang']),
         ('To', to_header(c, thcs, 'B')),
         ('From', addr(s.get('name'), s['email'], thcs, 'Q' if c.lang in ('de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'nl', 'en') else 'B')),
         ('Subject', enc_subject(c, subject_for(c, 'thunderbird'), thcs, 'Q' if c.lang in ('de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'nl', 'en') else 'B')),
         ('Content-Type', ctype)]
    if ver.startswith(('45', '52', '60', '68')):
        H = [h for h in H if h[0] != 'Content-Language']
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Zoom

def build_zoom(c):
    rng = c.rng
    fill_uids(c, 'zoom')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    host = c.spec.get('zoom_host') or ev['organizer'].get('name') or 'Host'
    mid = rng.randint(81000000000, 89999999999)
    pwd = rid(rng, 32, ALNUM)
    sub = c.spec.get('zoom_sub') or rng.choice(['us02web', 'us04web', 'us05web', 'us06web', 'zoom'])
    url = 'https://%s.zoom.us/j/%d?pwd=%s' % (sub, mid, pwd)
    if c.spec.get('zoom_url'):
        url = c.spec['zoom_url']
    pc = str(rng.randint(100000, 999999))
    w = when_text(c, ev)
    webinar = c.spec.get('webinar')
    mids = '%d %d %d' % (mid // 10 ** 8, (mid // 10 ** 4) % 10 ** 4, mid % 10 ** 4)
    pcw = 'Passcode' if c.year >= 2020 else 'Password'
    if webinar:
        zdesc = '%s\n\n%s\n%s\n\nPlease click the link below to join the webinar:\n%s\n\n%s: %s\n\nWebinar ID: %s' % (
            ev.get('desc') or '', ev.get('summary'), w, url, pcw, pc, mids)
    else:
        zdesc = ('%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\nJoin Zoom Meeting\n%s\n\n'
                 'Meeting ID: %s\n%s: %s\n\n---\n\nOne tap mobile\n+1%s,,%d#,,,,*%s# US\n\n---\n\n'
                 'Join by SIP\n• %d@zoomcrc.com') % (host, ev.get('summary'), w, url, mids, pcw, pc,
                                                   '3095550' + str(rng.randint(100, 199)), mid, pc, mid)
        if ev.get('desc'):
            zdesc = ev['desc'] + '\n\n' + zdesc
    ev['desc'] = zdesc
    if ev.get('location') is None:
        ev['location'] = url
    for e in c.spec['events']:
        if 'alarms' not in e:
            e['alarms'] = [dict(trigger=timedelta(minutes=-10), desc='Reminder')]
        e.setdefault('status', 'CONFIRMED')
        e.setdefault('seq', 0)
    head = head_lines(c, '-//zoom.us//iCalendar Event//EN', m, order='pvcm')
    lines = calendar(c.spec['events'], 'zoom', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    body = c.spec.get('body') or ''
    if webinar:
        intro = ('Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\n'
                 'Date Time: %s\n\nJoin from PC, Mac, iPad, or Android:\n%s\n' + pcw + ': %s\n\n'
                 'Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar\n\n'
                 'You can cancel your registration at any time.\n') % (
            c.rcpt.get('first') or c.rcpt.get('name') or '', ev.get('summary'), c.spec.get('webinar_contact') or ev['organizer']['email'], w, url, pc)
        if c.lang != 'en':
            intro = '%s\n\n%s\n%s\n\n%s: %s\n%s: %s\n' % (body, ev.get('summary'), w, ui(c, 'join'), url, pcw, pc)
        elif body:
            intro = body + '\n\n' + intro
    else:
        intro = (body + '\n\n' if body else '') + zdesc
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Zoom</title></head><body style="font-family:Lato,Helvetica,Arial,sans-serif;background:#f4f4f4">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;padding:24px">'
            '<tr><td><img src="https://st1.zoom.us/static/6.3.%d/image/new/ZoomLogo.png" alt="Zoom" width="100"></td></tr>'
            '<tr><td style="font-size:14px;color:#232333;line-height:22px">%s</td></tr></table></td></tr></table></body></html>\n') % (
        rng.randint(10000, 30000), text_to_html_lines(intro))
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000 + rng.randint(0, 999))
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000 + rng.randint(0, 999))
    p1 = text_leaf(intro, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False)
    p2 = text_leaf(html, 'html', 'UTF-8', 'quoted-printable', quote_charset=False)
    alt = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b2)], [p1, p2], b2)
    p3 = ics_leaf_inline(c, raw, m, 'base64', 'UTF-8', quote=False, name='invite.ics',
                         disp='attachment; filename=invite.ics')
    root = Multi([], [alt, p3], b1)
    s = c.sender
    fromname = c.spec.get('zoom_from_name') or host
    H = [('Date', date_hdr(c, 'utc')),
         ('From', addr(fromname, s['email'], 'UTF-8', 'B')),
         ('Reply-To', addr(host, c.spec.get('webinar_contact') or ev['organizer']['email'], 'UTF-8', 'B')),
         ('To', to_header(c, 'UTF-8', 'B')),
         ('Message-ID', '<%s@zoom.us>' % rid(rng, 20, ALNUM)),
         ('Subject', enc_subject(c, c.spec.get('subject') or ('%s Confirmation' % ev.get('summary') if webinar else '%s: %s' % (ui(c, 'inv'), ev.get('summary'))), 'UTF-8', 'B')),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; \n\tboundary="%s"' % b1),
         ('X-Zoom-Mail-Type', rng.choice(['webinar_registration', 'meeting_invite']) if webinar else 'meeting_invite')]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Nextcloud

NC = {2016: ('1.5.3', '10.0'), 2017: ('1.5.7', '12.0'), 2018: ('1.6.4', '14.0'), 2019: ('1.7.1', '17.0'),
      2020: ('2.1.3', '20.0'), 2021: ('2.3.4', '22.2'), 2022: ('3.5.2', '25.0'), 2023: ('4.5.2', '27.1'),
      2024: ('4.7.6', '29.0'), 2025: ('5.2.0', '31.0'), 2026: ('6.0.1', '32.0')}


def build_nextcloud(c):
    rng = c.rng
    fill_uids(c, 'nextcloud')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    app, srv = NC[min(max(c.year, 2016), 2026)]
    prodid = ('-//IDN nextcloud.com//Calendar app %s//EN' % app) if rng.random() < 0.7 else '-//Sabre//Sabre VObject 4.%d.%d//EN' % (rng.randint(3, 5), rng.randint(0, 6))
    for e in c.spec['events']:
        e.setdefault('seq', 0 if m != 'CANCEL' else 1)
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        if m == 'REQUEST' and 'alarms' not in e and rng.random() < 0.5:
            e['alarms'] = [dict(trigger=timedelta(minutes=-rng.choice([5, 10, 15])))]
    head = head_lines(c, prodid, m, order='pcvm')
    lines = calendar(c.spec['events'], 'nextcloud', rng, head, {'method': m, 'att_lang': c.lang if c.lang != 'en' else 'en'})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    org = ev['organizer']
    w = when_text(c, ev)
    s = c.sender
    inst = c.spec.get('nc_instance') or s.get('org') or 'Nextcloud'
    intro = intro_line(c, ev)
    lp = [intro, '', '%s: %s' % (ui(c, 'title'), ev.get('summary')), '%s: %s' % (ui(c, 'when'), w)]
    if ev.get('location'):
        lp.append('%s: %s' % (ui(c, 'where'), ev['location']))
    if ev.get('desc'):
        lp.append('%s: %s' % (ui(c, 'desc'), ev['desc']))
    for a in ev.get('attach', []):
        lp.append('%s: %s' % (ui(c, 'att'), a['uri']))
    lp.append('%s: %s' % (ui(c, 'who'), ', '.join(a.get('name') or a['email'] for a in ev.get('attendees', [])[:20])))
    tokurl = 'https://%s/index.php/apps/calendar/invitation/accept/%s' % (s.get('host') or 'cloud.' + s['domain'], rid(rng, 64, LOWALNUM))
    lp += ['', '%s: %s' % (ui(c, 'yes'), tokurl), '%s: %s' % (ui(c, 'no'), tokurl.replace('/accept/', '/decline/')), '',
           '--', '%s – %s' % (inst, 'a safe home for all your data')]
    ptxt = '\n'.join(lp) + '\n'
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><table role="presentation" style="width:100%%">'
            '<tr><td><table style="max-width:600px;margin:0 auto"><tr><td style="padding:20px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">'
            '<h1 style="font-size:20px">%s</h1><p>%s</p>'
            '<p><a href="%s" style="background:#0082c9;color:#fff;padding:8px 16px;border-radius:3px;text-decoration:none">%s</a> '
            '<a href="%s">%s</a></p></td></tr></table></td></tr></table></body></html>\n') % (
        html_escape(intro), '<br>'.join(linkify(x) for x in lp[2:-6]), tokurl, ui(c, 'yes'), tokurl.replace('/accept/', '/decline/'), ui(c, 'no'))
    b1 = rid(rng, 8, ALNUM)
    b2 = rid(rng, 8, ALNUM)
    p1 = text_leaf(ptxt, 'plain', 'utf-8', 'quoted-printable')
    p2 = text_leaf(html, 'html', 'utf-8', 'quoted-printable')
    alt = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % b2)], [p1, p2], b2)
    p3 = ics_leaf_inline(c, raw, m, 'quoted-printable', 'utf-8', quote=False, name='event.ics',
                         disp='attachment; name=event.ics; filename=event.ics')
    root = Multi([], [alt, p3], b1)
    actor = s if m == 'REPLY' else org
    fromname = '%s (via %s)' % (actor.get('name') or actor['email'], inst) if rng.random() < 0.6 else actor.get('name')
    subj_pfx = {'REQUEST': ui(c, 'inv'), 'CANCEL': ui(c, 'can'), 'REPLY': ui(c, 'acc')}.get(m, ui(c, 'inv'))
    if c.spec.get('subject'):
        subj = c.spec['subject']
    else:
        subj = '%s: %s' % (subj_pfx, ev.get('summary'))
    H = [('Message-ID', '<%s@%s>' % (rid(rng, 32, HEX), s.get('host') or 'cloud.' + s['domain'])),
         ('Date', date_hdr(c, 'local')),
         ('Subject', enc_subject(c, subj, 'utf-8', 'Q' if c.lang in ('de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'tr', 'en') else 'B')),
         ('From', addr(fromname, s['email'], 'utf-8', 'Q')),
         ('Reply-To', addr(actor.get('name'), actor['email'], 'utf-8', 'Q')),
         ('To', to_header(c, 'utf-8', 'Q')),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; boundary=%s' % b1),
         ('Auto-Submitted', 'auto-generated')]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Zimbra

ZV = {2016: '8.7.1_GA_1670', 2017: '8.7.11_GA_1854', 2018: '8.8.9_GA_3019', 2019: '8.8.12_GA_3794', 2020: '8.8.15_GA_3953',
      2021: '8.8.15_GA_4177', 2022: '8.8.15_GA_4372', 2023: '9.0.0_ZEXTRAS_20240927', 2024: '10.0.7_GA_4518',
      2025: '10.1.4_GA_4200', 2026: '10.1.10_GA_4655'}


def build_zimbra(c):
    rng = c.rng
    fill_uids(c, 'zimbra')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        e.setdefault('klass', 'PUBLIC')
        e.setdefault('transp', 'OPAQUE')
        e.setdefault('x', []).insert(0, ('X-MICROSOFT-CDO-INTENDEDSTATUS', 'BUSY', []))
        if e.get('desc') and e.get('html') is None:
            e['html'] = '<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>%s</p></body></html>' % (
                html_escape(e.get('summary') or ''), text_to_html_lines(e['desc']))
        if m == 'REQUEST' and 'alarms' not in e:
            e['alarms'] = [dict(trigger=timedelta(minutes=-5))]
    head = head_lines(c, 'Zimbra-Calendar-Provider', m, order='pvm')
    lines = calendar(c.spec['events'], 'zimbra', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    org = ev['organizer']
    w = when_text(c, ev)
    heading = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
               'REPLY': '%s has accepted your invitation:' % (c.sender.get('name') or c.sender['email'])}[m]
    if c.lang != 'en':
        heading = {'REQUEST': ui(c, 'inv') + ':', 'CANCEL': ui(c, 'can') + ':', 'REPLY': ui(c, 'acc') + ':'}[m]
    lp = [heading, '', 'Subject: %s ' % ev.get('summary'), 'Organizer: "%s" <%s> ' % (org.get('name') or '', org['email']), '']
    if ev.get('location'):
        lp.append('Location: %s ' % ev['location'])
    lp += ['Time: %s' % w, ' ', 'Invitees: %s ' % '; '.join(a['email'] for a in ev.get('attendees', [])[:30]), '', '',
           '*~*~*~*~*~*~*~*~*~*', '']
    if c.lang != 'en':
        lp = [heading, '', '%s: %s ' % (ui(c, 'title'), ev.get('summary')), '%s: "%s" <%s> ' % (ui(c, 'org'), org.get('name') or '', org['email']), '',
              '%s: %s ' % (ui(c, 'where'), ev.get('location') or ''), '%s: %s' % (ui(c, 'when'), w), ' ',
              '%s: %s ' % (ui(c, 'who'), '; '.join(a['email'] for a in ev.get('attendees', [])[:30])), '', '', '*~*~*~*~*~*~*~*~*~*', '']
    ptxt = '\n'.join(lp) + '\n' + (c.spec.get('body') or ev.get('desc') or '') + '\n'
    html = ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n'
            '<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border=\'0\'>\n'
            '<tr><th align=left>Location:</th><td>%s </td></tr>\n<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n'
            '<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>\n') % (
        html_escape(heading), html_escape(ev.get('summary') or ''), html_escape(org.get('name') or ''), org['email'],
        linkify(ev.get('location') or ''), html_escape(w), text_to_html_lines(c.spec.get('body') or ev.get('desc') or ''))
    b = '=_%s-%s-%s-%s-%s' % (rid(rng, 8), rid(rng, 4), rid(rng, 4), rid(rng, 4), rid(rng, 12))
    p1 = text_leaf(ptxt, 'plain', 'utf-8', 'quoted-printable', quote_charset=False)
    p2 = text_leaf(html, 'html', 'utf-8', 'quoted-printable', quote_charset=False)
    p3 = ics_leaf_inline(c, raw, m, '7bit', 'utf-8', quote=False, name='meeting.ics')
    root = Multi([], [p1, p2, p3], b)
    ver = ZV[min(max(c.year, 2016), 2026)]
    s = c.sender
    subj = subject_for(c, 'zimbra')
    H = [('Date', date_hdr(c, 'local')),
         ('From', addr(s.get('name'), s['email'], 'utf-8', 'Q')),
         ('To', to_header(c, 'utf-8', 'Q'))]
    if c.spec.get('cc'):
        H.append(('Cc', cc_header(c, 'utf-8', 'Q')))
    H += [('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 10), rng.randint(1000, 99999), epoch(c.sent) * 1000 + rng.randint(0, 999), s['domain'])),
          ('Subject', enc_subject(c, subj, 'utf-8', 'Q')),
          ('MIME-Version', '1.0'),
          ('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b),
          ('X-Originating-IP', '[%s]' % ('10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)))),
          ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s (%s)/%s)' % (ver, rng.choice(['GC120', 'FF115', 'GC131', 'ED122', 'SAF17']), rng.choice(['Win', 'Mac', 'Linux']), ver)),
          ('Thread-Topic', enc_subject(c, ev.get('summary') or '', 'utf-8', 'Q')),
          ('Thread-Index', b64rand(rng, 15)[:20])]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Yahoo

def build_yahoo(c):
    rng = c.rng
    fill_uids(c, 'yahoo')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        e.setdefault('transp', 'OPAQUE')
    head = head_lines(c, '-//Yahoo! Inc.//Yahoo Calendar//EN', m, order='pvcm')
    lines = calendar(c.spec['events'], 'yahoo', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    org = ev['organizer']
    w = when_text(c, ev)
    intro = intro_line(c, ev)
    lp = [intro, '', ev.get('summary') or '', '%s: %s' % (ui(c, 'when'), w)]
    if ev.get('location'):
        lp.append('%s: %s' % (ui(c, 'where'), ev['location']))
    if c.spec.get('body') or ev.get('desc'):
        lp += ['', c.spec.get('body') or ev.get('desc')]
    if m == 'REQUEST':
        lp += ['', '%s %s - %s - %s' % (ui(c, 'going'), ui(c, 'yes'), ui(c, 'maybe'), ui(c, 'no'))]
    lp += ['', 'Yahoo Calendar']
    ptxt = '\n'.join(lp) + '\n'
    html = '<html><head></head><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px"><div dir="ltr">%s</div></div></body></html>\n' % text_to_html_lines(ptxt)
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000 + rng.randint(0, 999))
    p1 = text_leaf(ptxt, 'plain', 'UTF-8', 'quoted-printable')
    p2 = text_leaf(html, 'html', 'UTF-8', 'quoted-printable')
    p3 = ics_leaf_inline(c, raw, m, 'base64', 'UTF-8', quote=True)
    root = Multi([], [p1, p2, p3], b1)
    s = c.sender
    wsv = rng.choice(['22205', '22256', '21952', '22645', '23187', '15470', '13687'])
    H = [('Date', date_hdr(c, 'utc')),
         ('From', addr(s.get('name'), s['email'], 'UTF-8', 'B')),
         ('Reply-To', addr(s.get('name'), s['email'], 'UTF-8', 'B')),
         ('To', to_header(c, 'UTF-8', 'B')),
         ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), epoch(c.sent) * 1000 + rng.randint(0, 999))),
         ('Subject', enc_subject(c, subject_for(c, 'yahoo'), 'UTF-8', 'B')),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b1),
         ('X-Mailer', 'WebService/1.1.%s YMailNorrin' % wsv)]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ SOGo

SOGOV = {2016: '3.1.4', 2017: '3.2.10', 2018: '4.0.2', 2019: '4.0.8', 2020: '4.3.2', 2021: '5.1.1', 2022: '5.7.1',
         2023: '5.8.4', 2024: '5.10.0', 2025: '5.12.1', 2026: '5.12.4'}


def build_sogo(c):
    rng = c.rng
    fill_uids(c, 'sogo')
    ev = main_ev(c)
    m = method_of(c) or 'REQUEST'
    v = SOGOV[min(max(c.year, 2016), 2026)]
    for e in c.spec['events']:
        e.setdefault('seq', 0)
        e.setdefault('klass', 'PUBLIC')
        e.setdefault('transp', 'OPAQUE')
        e.setdefault('status', 'CONFIRMED' if m != 'CANCEL' else 'CANCELLED')
        e.setdefault('x', []).append(('X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS', 'NO', []))
    head = head_lines(c, '-//Inverse inc./SOGo %s//EN' % v, m, order='mpv')
    lines = calendar(c.spec['events'], 'sogo', rng, head, {'method': m})
    ics_text = serialize_ics(c, lines)
    raw = ics_raw(c, ics_text)
    org = ev['organizer']
    w = when_text(c, ev)
    if c.lang == 'en' and m == 'REQUEST':
        intro = '%s has invited you to %s.' % (org.get('name') or org['email'], ev.get('summary'))
        lp = [intro, '', 'Start: %s' % w, 'End: %s' % people.fmt_time('en', ev['end']), 'Location: %s' % (ev.get('location') or ''), 'Description: %s' % (c.spec.get('body') or ev.get('desc') or '')]
    else:
        intro = intro_line(c, ev)
        lp = [intro, '', '%s: %s' % (ui(c, 'when'), w), '%s: %s' % (ui(c, 'where'), ev.get('location') or ''),
              '%s: %s' % (ui(c, 'desc'), c.spec.get('body') or ev.get('desc') or '')]
    ptxt = '\n'.join(lp) + '\n'
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>%s</p></body></html>\n' % text_to_html_lines(ptxt)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), epoch(c.sent), rng.randint(0, 9), rng.randint(1, 99))
    p1 = text_leaf(html, 'html', 'utf-8', 'quoted-printable', quote_charset=False)
    p2 = ics_leaf_inline(c, raw, m, 'quoted-printable', 'utf-8', quote=False)
    if rng.random() < 0.5:
        p1 = text_leaf(ptxt, 'plain', 'utf-8', 'quoted-printable', quote_charset=False)
    root = Multi([], [p1, p2], b)
    s = c.sender
    if m == 'REQUEST':
        subj = 'Event Invitation: "%s"' % ev.get('summary') if c.lang == 'en' else '%s: "%s"' % (ui(c, 'inv'), ev.get('summary'))
    else:
        subj = subject_for(c, 'outlook')
    if c.spec.get('subject'):
        subj = c.spec['subject']
    H = [('Date', date_hdr(c, 'local')),
         ('From', addr(s.get('name'), s['email'], 'utf-8', 'Q')),
         ('To', to_header(c, 'utf-8', 'Q')),
         ('Subject', enc_subject(c, subj, 'utf-8', 'Q')),
         ('Message-ID', '<%s-%s-%s-%s@%s>' % (rid(rng, 4), rid(rng, 8), rid(rng, 2), rid(rng, 8), s['domain'])),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/alternative;\n boundary="%s"' % b),
         ('X-Mailer', 'SOGoMail %s' % v)]
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Transactional / booking engines & ESP senders

def build_transactional(c):
    """Booking engines, scheduling services and bulk senders. spec['brand'] = dict(name, prodid, uid_domain,
    ics_name, layout, charset)."""
    rng = c.rng
    br = c.spec.get('brand', {})
    for e in c.spec['events']:
        if not e.get('uid'):
            sty = br.get('uid_style', 'numeric')
            e['uid'] = make_uid(rng, sty, br.get('uid_domain', c.sender['domain']))
    ev = main_ev(c)
    m = method_of(c)
    q = c.spec.get('quirks', set())
    opts = {'method': m or 'PUBLISH', 'dtmode': br.get('dtmode', 'utc'), 'attstyle': br.get('attstyle', 'rsvp'),
            'no_dtstamp': 'no_dtstamp' in q}
    if br.get('esc'):
        opts['esc'] = br['esc']
    head = head_lines(c, br.get('prodid', '-//%s//Booking//EN' % br.get('name', 'Booking')), m, order=br.get('head_order', 'pvcm'),
                      extra=br.get('cal_extra'))
    lines = calendar(c.spec['events'], 'booking', rng, head, opts)
    ics_text = serialize_ics(c, lines, br.get('fold', 'octets'))
    raw = ics_raw(c, ics_text)
    cs = c.spec.get('charset') or br.get('charset') or client_charset(c, 'transactional')
    ptxt = c.spec.get('body') or ev.get('desc') or ''
    html = c.spec.get('html_body') or ('<!DOCTYPE html><html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>'
                                       '<body style="margin:0;padding:0;background:#f2f4f7"><table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center">'
                                       '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">'
                                       '<tr><td style="background:%s;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>'
                                       '<tr><td style="padding:24px;line-height:1.5">%s</td></tr>'
                                       '<tr><td style="padding:12px 24px;font-size:11px;color:#777">%s</td></tr></table></td></tr></table></body></html>\n') % (
        c.lang, cs, html_escape(c.spec.get('subject') or ev.get('summary') or ''), br.get('color', '#003580'), html_escape(br.get('name', '')),
        text_to_html_lines(ptxt), html_escape(br.get('footer', '')))
    cte = br.get('cte') or ('7bit' if cs == 'iso-2022-jp' else 'quoted-printable')
    p1 = text_leaf(ptxt + ('\n\n' + br['footer'] if br.get('footer') else '') + '\n', 'plain', cs, cte)
    p2 = text_leaf(html, 'html', cs, cte)
    fname = br.get('ics_name', 'event.ics')
    bstyle = br.get('boundary', 'sg')
    if bstyle == 'sg':
        b1, b2 = rid(rng, 60, HEX), rid(rng, 60, HEX)
    elif bstyle == 'ses':
        b1 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000)
        b2 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000)
    else:
        b1, b2 = '=-%s' % rid(rng, 20, ALNUM), '=-%s' % rid(rng, 20, ALNUM)
    alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b2)], [p1, p2], b2)
    ical_ct = br.get('ical_ct', 'text/calendar')
    p3 = ics_leaf_inline(c, raw, m if br.get('mime_method', True) else None, br.get('ics_cte', 'base64'), 'utf-8',
                         quote=br.get('quote', True), name=fname, disp='attachment; filename="%s"' % fname, ctype=ical_ct)
    root = Multi([], [alt, p3], b1)
    s = c.sender
    hcs = header_charset(c, p1.headers[0][1].split('charset=')[1].strip('"').split(';')[0], [s.get('name'), c.spec.get('subject') or ev.get('summary'), c.rcpt.get('name')])
    H = [('MIME-Version', '1.0'),
         ('Date', date_hdr(c, br.get('date_style', 'utc'))),
         ('From', addr(s.get('name'), s['email'], hcs, 'B')),
         ('To', to_header(c, hcs, 'B', names=br.get('to_names', True))),
         ('Subject', enc_subject(c, c.spec.get('subject') or ev.get('summary') or '', hcs, br.get('subj_enc', 'B'))),
         ('Message-ID', br.get('msgid') or '<%s@%s>' % (rid(rng, 24, ALNUM), s['domain'])),
         ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)]
    if c.spec.get('reply_to'):
        H.insert(3, ('Reply-To', c.spec['reply_to']))
    return H + extra_headers(c), root


# ------------------------------------------------------------------ Hand-rolled generators / libraries

SCRIPT_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//My calendar product//mxm.dk//', '-//ics.py - http://git.io/lLljaA//EN',
                  '-//Eluceo/ical//2.0/EN', 'spatie/icalendar-generator', '-//Company//Event//EN', '-//PHP//ICS//EN',
                  '-//Calendar//Event//EN', '-//www.marudot.com//iCal Event Maker', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
                  '-//Events Calendar//iCal4j 1.0//EN', '-//Sabre//Sabre VObject 4.1.6//EN', 'PRODID', '-//AddEvent Inc//AddEvent.com v1.7//EN',
                  '-//Google Inc//Google Calendar 70.9054//EN', '-//ical-generator//EN', 'icalendar-ruby', '-//Django//Events//EN',
                  '-//Apple Inc.//Mac OS X 10.9.5//EN', '-//WordPress - MEC v7.1//EN']


def build_script(c):
    rng = c.rng
    var = c.client_var or rng.choice(['phpmailer', 'python', 'nodemailer', 'javamail', 'dotnet', 'perl'])
    q = c.spec.get('quirks', set())
    prodid = c.spec.get('prodid') or rng.choice(SCRIPT_PRODIDS)
    uidsty = {'phpmailer': 'php', 'python': 'uuid', 'nodemailer': 'uuid', 'javamail': 'numeric', 'dotnet': 'uuid', 'perl': 'md5'}[var]
    fill_uids(c, uidsty)
    ev = main_ev(c)
    m = method_of(c)
    opts = {'method': m or 'REQUEST', 'dtmode': c.spec.get('dtmode', rng.choice(['utc', 'utc', 'tzid', 'float'])),
            'attstyle': c.spec.get('attstyle', rng.choice(['generic', 'rsvp', 'bare', 'outlook'])),
            'no_dtstamp': 'no_dtstamp' in q, 'no_vtimezone': 'tzid_no_vtimezone' in q,
            'esc': 'raw' if 'unescaped' in q else 'std'}
    if opts['dtmode'] == 'tzid' and rng.random() < 0.3:
        opts['dtmode'] = 'utc+tzid' if 'broken_dt' in q else 'tzid'
    head_order = rng.choice(['vpm', 'pvm', 'vpcm', 'pvcm', 'vmp'])
    head = head_lines(c, prodid, m, order=head_order,
                      extra=[('X-WR-CALNAME:' + c.spec['calname'])] if c.spec.get('calname') else None)
    lines = calendar(c.spec['events'], 'script', rng, head, opts)
    ics_text = serialize_ics(c, lines, rng.choice(['octets', 'octets', 'none', 'chars']) if not (q & {'nofold', 'badfold', 'charfold'}) else 'octets')
    raw = ics_raw(c, ics_text)
    cs = c.spec.get('charset') or 'utf-8'
    ptxt = c.spec.get('body') if c.spec.get('body') is not None else (ev.get('desc') or '')
    s = c.sender
    subj = c.spec.get('subject') or ev.get('summary') or ''
    hcs = 'utf-8' if mime.pick_charset(subj + (s.get('name') or ''), cs) == 'utf-8' else cs
    parts = []
    html_body = c.spec.get('html_body')
    if var == 'phpmailer':
        b1 = 'b1_' + rid(rng, 43, ALNUM)
        b2 = 'b2_' + rid(rng, 43, ALNUM)
        pcte = c.spec.get('cte') or rng.choice(['8bit', 'quoted-printable', 'base64'])
        p1 = text_leaf(ptxt + '\n', 'plain', cs, pcte, quote_charset=False)
        parts = [p1]
        if html_body is not None:
            parts.append(text_leaf(html_body, 'html', cs, pcte, quote_charset=False))
        parts.append(ics_leaf_inline(c, raw, m or 'REQUEST', rng.choice(['8bit', 'base64', '7bit']), 'utf-8', quote=False))
        root = Multi([], parts, b1, preamble='This is a multi-part message in MIME format.')
        ctype = 'multipart/alternative;\n boundary="%s"' % b1
        H = [('Date', date_hdr(c, 'local')),
             ('To', to_header(c, hcs, 'B')),
             ('From', addr(s.get('name'), s['email'], hcs, 'B')),
             ('Subject', enc_subject(c, subj, hcs, 'B')),
             ('Message-ID', '<%s@%s>' % (rid(rng, 43, ALNUM), s.get('host') or s['domain'])),
             ('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % rng.choice(['6.1.6', '6.5.0', '6.8.1', '6.9.1', '5.2.27'])),
             ('MIME-Version', '1.0'),
             ('Content-Type', ctype)]
        if c.spec.get('reply_to'):
            H.insert(4, ('Reply-To', c.spec['reply_to']))
    elif var == 'python':
        bn = '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
        lab = cs
        pt = text_leaf(ptxt + '\n', 'plain', lab, 'base64' if not mime.is_ascii(ptxt) else '7bit', extra=[('MIME-Version', '1.0')])
        pt.headers = [pt.headers[0], ('MIME-Version', '1.0'), pt.headers[1]]
        parts = [pt]
        if html_body is not None:
            ph = text_leaf(html_body, 'html', lab, 'base64' if not mime.is_ascii(html_body) else '7bit')
            ph.headers = [ph.headers[0], ('MIME-Version', '1.0'), ph.headers[1]]
            parts.append(ph)
        mm = m or 'REQUEST'
        cal_ct = 'text/calendar; method="%s"; charset="utf-8"' % mm if 'no_mime_method' not in q else 'text/calendar; charset="utf-8"'
        if 'mime_method_mismatch' in q:
            cal_ct = 'text/calendar; method="%s"; charset="utf-8"' % ('PUBLISH' if mm == 'REQUEST' else 'REQUEST')
        pc = bytes_leaf(cal_ct, raw, 'base64', extra=[('MIME-Version', '1.0')])
        pc.headers = [pc.headers[0], ('MIME-Version', '1.0'), pc.headers[1]]
        if rng.random() < 0.5:
            pc.headers.append(('Content-Disposition', 'attachment; filename="%s"' % c.spec.get('ics_name', 'invite.ics')))
        parts.append(pc)
        top = rng.choice(['mixed', 'alternative'])
        root = Multi([], parts, bn)
        H = [('Content-Type', 'multipart/%s; boundary="%s"' % (top, bn)),
             ('MIME-Version', '1.0'),
             ('Subject', enc_subject(c, subj, hcs, 'B')),
             ('From', addr(s.get('name'), s['email'], hcs, 'B')),
             ('To', to_header(c, hcs, 'B'))]
        if rng.random() < 0.6:
            H.append(('Date', date_hdr(c, 'local')))
            H.append(('Message-ID', '<%d.%d.%d@%s>' % (epoch(c.sent) * 10 ** 3, rng.randint(1000, 99999), rng.randint(10 ** 17, 10 ** 18), s.get('host') or s['domain'])))
        else:
            # no Date/Message-ID from the script; added by the submission server
            H.append(('Message-ID', '<%s@%s>' % (rid(rng, 16, HEX), s.get('relay') or s['domain'])))
            H.append(('Date', date_hdr(c, 'utc')))
        if c.spec.get('reply_to'):
            H.append(('Reply-To', c.spec['reply_to']))
    elif var == 'nodemailer':
        b1 = '--_NmP-%s-Part_1' % rid(rng, 16, HEX)
        b2 = '--_NmP-%s-Part_2' % b1[7:23]
        pcte = 'quoted-printable' if not mime.is_ascii(ptxt) else '7bit'
        p1 = text_leaf(ptxt + '\n', 'plain', 'utf-8', pcte, quote_charset=False)
        parts = [p1]
        if html_body is not None:
            parts.append(text_leaf(html_body, 'html', 'utf-8', pcte, quote_charset=False))
        pcal = ics_leaf_inline(c, raw, m or 'REQUEST', '7bit' if mime.is_ascii(ics_text) else 'base64', 'utf-8', quote=False)
        parts.append(pcal)
        root = Multi([], parts, b1)
        att = rng.random() < 0.5
        if att:
            inner = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b2)], parts, b2)
            atp = bytes_leaf('application/ics; name=%s' % c.spec.get('ics_name', 'invite.ics'), raw, 'base64',
                             disp='attachment; filename=%s' % c.spec.get('ics_name', 'invite.ics'))
            root = Multi([], [inner, atp], b1)
        H = [('Content-Type', 'multipart/%s;\n boundary="%s"' % ('mixed' if att else 'alternative', b1)),
             ('From', addr(s.get('name'), s['email'], 'utf-8', 'Q')),
             ('To', to_header(c, 'utf-8', 'Q')),
             ('Subject', enc_subject(c, subj, 'utf-8', 'Q')),
             ('Message-ID', '<%s@%s>' % (uuid(rng), s['domain'])),
             ('Date', date_hdr(c, 'utc')),
             ('MIME-Version', '1.0')]
        if c.spec.get('reply_to'):
            H.insert(2, ('Reply-To', c.spec['reply_to']))
    elif var == 'javamail':
        b1 = '----=_Part_%d_%d.%d' % (rng.randint(0, 999), rng.randint(10 ** 8, 10 ** 9), epoch(c.sent) * 1000 + rng.randint(0, 999))
        p1 = text_leaf(ptxt + '\n', 'plain', cs, '7bit' if mime.is_ascii(ptxt) else 'quoted-printable', quote_charset=False)
        parts = [p1]
        if html_body is not None:
            parts.append(text_leaf(html_body, 'html', cs, 'quoted-printable', quote_charset=False))
        pcal = ics_leaf_inline(c, raw, m or 'REQUEST', '7bit' if mime.is_ascii(ics_text) else 'quoted-printable', 'UTF-8', quote=False,
                               extra_ct='; component=VEVENT' if rng.random() < 0.5 else '')
        parts.append(pcal)
        root = Multi([], parts, b1)
        H = [('Date', date_hdr(c, 'local')),
             ('From', addr(s.get('name'), s['email'], hcs, 'B')),
             ('To', to_header(c, hcs, 'B')),
             ('Message-ID', '<%d.%d.%d@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(1, 99), epoch(c.sent) * 1000, s.get('host') or s['domain'])),
             ('Subject', enc_subject(c, subj, hcs, 'B')),
             ('MIME-Version', '1.0'),
             ('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b1)]
        if c.spec.get('reply_to'):
            H.insert(2, ('Reply-To', c.spec['reply_to']))
    elif var == 'dotnet':
        b1 = '--boundary_%d_%s' % (rng.randint(0, 5), uuid(rng))
        p1 = text_leaf(ptxt + '\n', 'plain', cs, 'quoted-printable' if rng.random() < 0.5 else 'base64', quote_charset=False)
        parts = [p1]
        if html_body is not None:
            parts.append(text_leaf(html_body, 'html', cs, 'quoted-printable', quote_charset=False))
        name = c.spec.get('ics_name', 'meeting.ics')
        pcal = ics_leaf_inline(c, raw, m or 'REQUEST', 'base64', 'utf-8', quote=False, name=name)
        parts.append(pcal)
        root = Multi([], parts, b1)
        H = [('MIME-Version', '1.0'),
             ('From', addr(s.get('name'), s['email'], hcs, 'B', force_quote=True)),
             ('To', to_header(c, hcs, 'B')),
             ('Date', date_hdr(c, 'pad')),
             ('Subject', enc_subject(c, subj, hcs, 'B')),
             ('Content-Type', 'multipart/alternative;\n boundary=%s' % b1),
             ('Message-ID', '<%s@%s>' % (uuid(rng), s.get('host') or s['domain']))]
        if c.spec.get('reply_to'):
            H.insert(2, ('Reply-To', c.spec['reply_to']))
    else:  # perl MIME::Lite style
        b1 = '_----------=_%d%d%d' % (epoch(c.sent), rng.randint(100, 99999), rng.randint(0, 9))
        p1 = text_leaf(ptxt + '\n', 'plain', cs, 'quoted-printable' if not mime.is_ascii(ptxt) else '7bit')
        pcal = ics_leaf_inline(c, raw, m, '8bit' if not mime.is_ascii(ics_text) else '7bit', 'utf-8', quote=False,
                               name=c.spec.get('ics_name', 'event.ics'), disp='inline; filename="%s"' % c.spec.get('ics_name', 'event.ics'))
        parts = [p1, pcal]
        root = Multi([], parts, b1, preamble='This is a multi-part message in MIME format.')
        H = [('Content-Transfer-Encoding', '7bit'),
             ('Content-Type', 'multipart/mixed; boundary="%s"' % b1),
             ('MIME-Version', '1.0'),
             ('X-Mailer', 'MIME::Lite 3.033 (F2.85; T2.17; A2.21; B3.15; Q3.13)'),
             ('Date', date_hdr(c, 'local')),
             ('From', addr(s.get('name'), s['email'], hcs, 'B')),
             ('To', to_header(c, hcs, 'B')),
             ('Subject', enc_subject(c, subj, hcs, 'B'))]
        if c.spec.get('reply_to'):
            H.append(('Reply-To', c.spec['reply_to']))
    if c.spec.get('script_xmailer') and not any(h[0] == 'X-Mailer' for h in H):
        H.append(('X-Mailer', c.spec['script_xmailer']))
    return H + extra_headers(c), root


BUILDERS = {
    'google': build_google, 'outlook': build_outlook, 'apple': build_apple, 'thunderbird': build_thunderbird,
    'zoom': build_zoom, 'nextcloud': build_nextcloud, 'zimbra': build_zimbra, 'yahoo': build_yahoo,
    'sogo': build_sogo, 'transactional': build_transactional, 'script': build_script,
}
