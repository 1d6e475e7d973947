# -*- coding: utf-8 -*-
"""MIME layout and header block for each client."""
import datetime as dt
import html as htmllib

import tzdata
from boiler import b
from clients import (ICS, subject_for, google_plain, google_html, teams_block, plain_html, exch_html, word_html,
                     rfcdate, local_off, when_str, details_plain, LANGTAG)
from mimeutil import ew, addr, leaf, multi, Part, text_to_html, can_encode, b64_encode
from model import ruuid, rhex, ralnum, rb64, icsdt


def pick_charset(msg, text):
    lab = msg.charset
    if not can_encode(text, lab):
        return 'utf-8'
    return lab


def text_cte(msg, text, label, default_ascii='7bit', default='quoted-printable'):
    if msg.cte:
        if msg.cte == '7bit' and not all(ord(c) < 128 for c in text) and label.lower() != 'iso-2022-jp':
            return default
        return msg.cte
    if all(ord(c) < 128 for c in text) or label.lower() == 'iso-2022-jp':
        return default_ascii
    return default


def hdr_addr(msg, name, email, mode='B', label=None, quote=False):
    lab = label or ('UTF-8' if msg.charset.lower() in ('utf-8',) else msg.charset)
    if name and not can_encode(name, lab):
        lab = 'UTF-8'
    return addr(name, email, lab, mode, quote)


def hdr_text(msg, s, mode='B', label=None):
    lab = label or msg.charset
    if not can_encode(s, lab):
        lab = 'UTF-8'
    if lab.lower() == 'utf-8':
        lab = 'UTF-8' if mode == 'B' else 'utf-8'
    return ew(s, lab, mode)


def to_list(msg, mode='B', quote=False):
    return ', '.join(hdr_addr(msg, n, e, mode, quote=quote) for n, e in msg.to)


def thread_index(rng):
    return rb64(rng, 30).replace('+', 'A').replace('/', 'B')[:30] + '=='


def cal_part_ct(method, label='utf-8', q=True, name=None, order='cm'):
    ms = ('; method=%s' % method) if method else ''
    cs = '; charset="%s"' % label if q else '; charset=%s' % label
    nm = '; name="%s"' % name if name else ''
    if order == 'mc':
        return 'text/calendar' + ms + cs + nm
    return 'text/calendar' + cs + ms + nm


# ------------------------------------------------------------------ clients

def lay_google(msg, rng):
    ev = msg.events[0]
    if ev.meet and '-::~' not in ev.description and msg.method == 'REQUEST':
        ev.description = (ev.description + '\n\n' if ev.description else '') + (
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
            'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            'Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % ev.meet)
    ics = ICS['google'](msg, rng)
    plain = msg.plain or google_plain(msg, ev)
    html = msg.html or google_html(msg, ev)
    bnd1 = '000000000000' + rhex(rng, 14)
    bnd2 = '000000000000' + rhex(rng, 14)
    pl = 'UTF-8'
    pcte = 'base64' if not all(ord(c) < 128 for c in plain) else '7bit'
    method = msg.method or 'REQUEST'
    calcte = '7bit' if all(c < 128 for c in ics) else 'base64'
    alt = multi('alternative', bnd2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, pl, pcte),
        leaf('text/html; charset="UTF-8"', html, pl, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=%s' % method, ics, pl, calcte),
    ], ctq=True)
    att = leaf('application/ics; name="invite.ics"', ics, pl, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = multi('mixed', bnd1, [alt, att])
    org = msg.sender
    H = [('MIME-Version', '1.0'), ('Reply-To', hdr_addr(msg, org[0], org[1], quote=False)),
         ('Sender', 'Google Calendar <calendar-notification@google.com>'),
         ('Auto-Submitted', 'auto-generated'),
         ('Message-ID', '<calendar-%s@google.com>' % ruuid(rng)),
         ('Date', rfcdate(msg.sent, 0)),
         ('Subject', hdr_text(msg, subject_for(msg, 'google'), 'B', 'UTF-8')),
         ('From', hdr_addr(msg, org[0], org[1], quote=False)),
         ('To', to_list(msg))]
    if msg.cc:
        H.append(('Cc', ', '.join(hdr_addr(msg, n, e) for n, e in msg.cc)))
    H.append(('Content-Type', 'multipart/mixed; boundary="%s"' % bnd1))
    return H, root


def exch_msgid(rng, prefix):
    return '<%s%s%s@%s.prod.outlook.com>' % (prefix, rhex(rng, 28, True), prefix[:4], prefix + '.' + rng.choice(['eurprd07', 'eurprd04', 'namprd11', 'namprd02', 'apcprd06', 'eurprd02', 'jpnprd01']))


def ms_server(rng, region=None):
    region = region or rng.choice(['EUR', 'NAM', 'APC', 'JPN', 'GBR'])
    code = {'EUR': 'eurprd0%d' % rng.randint(1, 8), 'NAM': 'namprd%02d' % rng.randint(1, 20),
            'APC': 'apcprd0%d' % rng.randint(1, 6), 'JPN': 'jpnprd01', 'GBR': 'gbrp265'}[region]
    pref = {'EUR': rng.choice(['AM0PR', 'DB9PR', 'VI1PR', 'PA4PR', 'AS8PR', 'DU0PR', 'FR4P281']),
            'NAM': rng.choice(['SN6PR', 'BY5PR', 'CH3PR', 'MN2PR', 'SA1PR', 'PH0PR', 'DM6PR']),
            'APC': rng.choice(['SEZPR', 'TYZPR', 'KL1PR', 'SG2PR']), 'JPN': 'TYCPR', 'GBR': 'LO2P265'}[region]
    name = '%s%02dMB%04d' % (pref, rng.randint(1, 19), rng.randint(1000, 9999))
    return name, '%s.%s.prod.outlook.com' % (name, code)


def lay_exchange(msg, rng, teams=False):
    ev = msg.events[0]
    if ev.teams and msg.method == 'REQUEST' and 'Microsoft Teams' not in ev.description:
        ev.description = (ev.description + '\n' if ev.description else '') + teams_block(ev, msg.lang, rng)
    ics = ICS['exchange'](msg, rng)
    body = ev.description if msg.plain is None else msg.plain
    if msg.wrap_fwd and msg.wrap_fwd.get('style') == 'outlook':
        body = msg.wrap_fwd['text'] + body
    lab = pick_charset(msg, body)
    srv, fq = ms_server(rng)
    bnd = '_000_%s%s%s_' % (srv, rhex(rng, 28, True), fq.split('.')[1].replace('prd', 'p')[:6])
    html = msg.html or exch_html(body, lab)
    parts = [leaf('text/plain; charset="%s"' % lab, body, lab, text_cte(msg, body, lab)),
             leaf('text/html; charset="%s"' % lab, html, lab, 'quoted-printable' if lab.lower() != 'iso-2022-jp' else 'base64'),
             leaf(cal_part_ct(msg.method, 'utf-8'), ics, 'utf-8', 'base64')]
    root = multi('alternative', bnd, parts)
    subj = subject_for(msg, 'exchange')
    fr = msg.sender
    H = [('From', hdr_addr(msg, fr[0], fr[1])), ('To', to_list(msg))]
    if msg.cc:
        H.append(('CC', ', '.join(hdr_addr(msg, n, e) for n, e in msg.cc)))
    ctopic = subj
    for p in ('FW: ', 'WG: ', 'TR: ', 'RV: ', 'Accepted: ', 'Declined: ', 'Canceled: '):
        if ctopic.startswith(p):
            ctopic = ctopic[len(p):]
    H += [('Subject', hdr_text(msg, subj, 'B', 'utf-8')), ('Thread-Topic', hdr_text(msg, ctopic, 'B', 'utf-8')),
          ('Thread-Index', thread_index(rng)), ('Date', rfcdate(msg.sent, 0)),
          ('Message-ID', '<%s%s@%s>' % (srv, rhex(rng, 24, True), fq)),
          ('Accept-Language', '%s, en-US' % LANGTAG.get(msg.lang, 'en-US') if msg.lang != 'en' else 'en-US'),
          ('Content-Language', LANGTAG.get(msg.lang, 'en-US')),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if msg.method == 'REQUEST':
        H.append(('x-ms-exchange-calendar-series-instance-id',
                  'BAAAAIIA4AB0xbcQGoLgCAAAAAD' + rb64(rng, 30).replace('/', 'A') + 'EAAAAA' + rb64(rng, 20)))
    H += [('x-ms-publictraffictype', 'Email'),
          ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, ms_server(rng)[0])),
          ('x-ms-office365-filtering-correlation-id', ruuid(rng)),
          ('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'),
          ('Content-Type', 'multipart/alternative; boundary="%s"' % bnd), ('MIME-Version', '1.0'),
          ('X-OriginatorOrg', fr[1].split('@')[1]),
          ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
          ('X-MS-Exchange-CrossTenant-AuthSource', fq),
          ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(rng)),
          ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (msg.sent.strftime('%d %b %Y %H:%M:%S'), rng.randint(0, 9999))),
          ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
          ('X-MS-Exchange-CrossTenant-id', ruuid(rng)),
          ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', ms_server(rng)[0])]
    return H, root


def lay_outlook(msg, rng):
    ev = msg.events[0]
    ics = ICS['outlook'](msg, rng)
    body = ev.description if msg.plain is None else msg.plain
    if msg.wrap_fwd and msg.wrap_fwd.get('style') == 'outlook':
        body = msg.wrap_fwd['text'] + body
    lab = pick_charset(msg, body)
    t = msg.sent
    stamp = '%08X' % rng.getrandbits(32)
    bnd = '----=_NextPart_000_%04X_01%s.%s' % (rng.randint(0, 0x3f), rhex(rng, 6, True), stamp)
    html = msg.html or word_html(body, lab, msg.lang)
    parts = [leaf('text/plain;\r\n\tcharset="%s"' % lab, body, lab, text_cte(msg, body, lab)),
             leaf('text/html;\r\n\tcharset="%s"' % lab, html, lab, 'quoted-printable' if lab.lower() != 'iso-2022-jp' else 'base64'),
             Part([('Content-Type', 'text/calendar;\r\n\tmethod=%s;\r\n\tcharset="utf-8"' % (msg.method or 'REQUEST')),
                   ('Content-Transfer-Encoding', 'base64'), ('Content-class', 'urn:content-classes:calendarmessage')],
                  b64_encode(ics))]
    root = multi('alternative', bnd, parts)
    root.headers = [('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % bnd)]
    fr = msg.sender
    dom = fr[1].split('@')[1]
    H = [('From', hdr_addr(msg, fr[0], fr[1], 'Q', quote=True)), ('To', to_list(msg, 'Q', True))]
    if msg.cc:
        H.append(('Cc', ', '.join(hdr_addr(msg, n, e, 'Q', quote=True) for n, e in msg.cc)))
    H += [('Subject', hdr_text(msg, subject_for(msg, 'outlook'), 'Q')),
          ('Date', rfcdate(msg.sent, local_off(msg))),
          ('Message-ID', '<%s$%s$%s$@%s>' % ('0000' + rhex(rng, 8), rhex(rng, 8), rhex(rng, 8), dom)),
          ('MIME-Version', '1.0'), root.headers[0],
          ('X-Mailer', msg.xmailer or 'Microsoft Outlook 16.0'),
          ('Thread-Index', 'A' + rb64(rng, 34).replace('+', 'Q') + '=='),
          ('Content-Language', LANGTAG.get(msg.lang, 'en-US').split('-')[0] if rng.random() < .5 else LANGTAG.get(msg.lang, 'en-us').lower())]
    root.headers = []
    return H, root


def icloud_plain(msg, ev):
    L = msg.lang
    o = ev.organizer or msg.sender
    out = ['%s' % (o[0] or o[1]), '', ev.summary, when_str(msg, ev)]
    if ev.location:
        out.append(ev.location)
    if ev.description:
        out += ['', ev.description]
    out += ['', '%s  %s  %s' % (b(L, 'yes'), b(L, 'maybe'), b(L, 'no')), '',
            'https://www.icloud.com/calendar/', '']
    return '\n'.join(out)


def lay_icloud(msg, rng):
    ev = msg.events[0]
    ics = ICS['icloud'](msg, rng)
    plain = msg.plain or icloud_plain(msg, ev)
    lab = 'utf-8'
    html = msg.html or ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial">'
                        '<table width="100%%"><tr><td><p style="font-size:17px"><b>%s</b></p><p>%s</p><p>%s</p>%s%s'
                        '<p><a href="https://www.icloud.com/calendar/eventreply/?a=1&amp;t=%s">%s</a> &nbsp; '
                        '<a href="https://www.icloud.com/calendar/eventreply/?a=3&amp;t=%s">%s</a> &nbsp; '
                        '<a href="https://www.icloud.com/calendar/eventreply/?a=2&amp;t=%s">%s</a></p></td></tr></table></body></html>\n'
                        % (htmllib.escape(ev.summary), htmllib.escape((ev.organizer or msg.sender)[0]),
                           htmllib.escape(when_str(msg, ev)),
                           '<p>%s</p>' % htmllib.escape(ev.location) if ev.location else '',
                           '<p>%s</p>' % text_to_html(ev.description, 'br') if ev.description else '',
                           rhex(rng, 40), b(msg.lang, 'yes'), rhex(rng, 40), b(msg.lang, 'maybe'), rhex(rng, 40), b(msg.lang, 'no')))
    b1 = 'Apple-Webmail-%s' % rhex(rng, 32)
    b2 = 'Apple-Webmail-%s' % rhex(rng, 32)
    alt = multi('alternative', b2, [leaf('text/plain; charset=utf-8', plain, lab, 'quoted-printable'),
                                    leaf('text/html; charset=utf-8', html, lab, 'quoted-printable')])
    cal = leaf('text/calendar; charset=utf-8; method=%s; name=invite.ics' % (msg.method or 'REQUEST'), ics, 'utf-8',
               'base64', extra=[('Content-Disposition', 'attachment; filename=invite.ics')])
    root = multi('mixed', b1, [alt, cal])
    o = ev.organizer or msg.sender
    H = [('From', hdr_addr(msg, o[0], 'noreply@email.apple.com', 'Q', label='utf-8')),
         ('Reply-To', hdr_addr(msg, o[0], o[1], 'Q', label='utf-8')),
         ('To', to_list(msg, 'Q')),
         ('Subject', hdr_text(msg, subject_for(msg, 'icloud'), 'Q', 'utf-8')),
         ('Date', rfcdate(msg.sent, 0)),
         ('Message-ID', '<%s@email.apple.com>' % ruuid(rng, True)),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; boundary=%s' % b1)]
    return H, root


def lay_applemail(msg, rng):
    ev = msg.events[0]
    ics = ICS['applemail'](msg, rng)
    body = msg.plain if msg.plain is not None else (ev.description or '') + '\n'
    if msg.wrap_fwd and msg.wrap_fwd.get('style') == 'plain':
        body = msg.wrap_fwd['text'] + body
    lab = pick_charset(msg, body)
    bnd = 'Apple-Mail=_%s' % ruuid(rng, True)
    stamp = msg.sent.strftime('%Y%m%d-%H%M%S')
    parts = [leaf('text/plain;\r\n\tcharset=%s' % lab, body, lab, text_cte(msg, body, lab)),
             leaf('text/calendar;\r\n\tcharset=utf-8;\r\n\tname=iCal-%s.ics;\r\n\tmethod=%s' % (stamp, msg.method or 'REQUEST'),
                  ics, 'utf-8', 'quoted-printable' if rng.random() < 0.6 else 'base64',
                  extra=[('Content-Disposition', 'attachment;\r\n\tfilename=iCal-%s.ics' % stamp)],
                  order='cte-first')]
    parts += msg.extra_parts
    root = multi('mixed', bnd, parts, ctq=False)
    fr = msg.sender
    ios = rng.random() < 0.4
    build = rng.choice(['3731.600.7', '3774.500.171.1.1', '3696.120.41.1.1', '3608.120.23.2.4', '3445.104.11'])
    H = [('From', hdr_addr(msg, fr[0], fr[1], 'Q', label='utf-8')),
         ('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % bnd),
         ('Mime-Version', '1.0 (%s)' % ('1.0' if ios else 'Mac OS X Mail 16.0 \\(%s\\)' % build)),
         ('Subject', hdr_text(msg, subject_for(msg, 'applemail'), 'Q', 'utf-8')),
         ('Message-Id', '<%s@%s>' % (ruuid(rng, True), fr[1].split('@')[1])),
         ('Date', rfcdate(msg.sent, local_off(msg))),
         ('To', to_list(msg, 'Q'))]
    if msg.cc:
        H.append(('Cc', ', '.join(hdr_addr(msg, n, e, 'Q') for n, e in msg.cc)))
    H.append(('X-Mailer', 'iPhone Mail (%s)' % rng.choice(['20B101', '21D61', '22B83', '19H12', '17B111']) if ios else 'Apple Mail (2.%s)' % build))
    return H, root


def moz_plain(msg, ev):
    L = msg.lang
    out = details_plain(msg, ev)
    if ev.attendees:
        out.append('%s:' % b(L, 'who'))
        for a in ev.attendees[:40]:
            out.append('%s <%s>' % (a.get('name') or '', a['addr']))
    if ev.description:
        out += ['', ev.description]
    return '\n'.join(out) + '\n'


def lay_thunderbird(msg, rng):
    ev = msg.events[0]
    ics = ICS['thunderbird'](msg, rng)
    body = msg.plain or moz_plain(msg, ev)
    if msg.wrap_fwd and msg.wrap_fwd.get('style') == 'plain':
        body = msg.wrap_fwd['text'] + body
    lab = pick_charset(msg, body)
    new = msg.sent.year >= 2020
    b1 = '------------' + ralnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    b2 = '------------' + ralnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    cte = text_cte(msg, body, lab, '7bit', '8bit')
    alts = [leaf('text/plain; charset=%s' % lab, body, lab, cte)]
    if new:
        alts.append(leaf('text/html; charset=%s' % lab, plain_html(body, lab), lab, cte))
    calcte = '8bit' if any(c > 127 for c in ics) else '7bit'
    alts.append(leaf('text/calendar; method=%s; charset=UTF-8' % (msg.method or 'REQUEST'), ics, 'utf-8', calcte))
    alt = multi('alternative', b2, alts)
    att = leaf('application/ics; name="invite.ics"', ics, 'utf-8', 'base64',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = multi('mixed', b1, [alt, att] + msg.extra_parts)
    fr = msg.sender
    tbv = {2016: '45.5.1', 2017: '52.5.0', 2018: '60.3.1', 2019: '68.2.2', 2020: '78.5.1', 2021: '91.3.2',
           2022: '102.5.0', 2023: '115.5.0', 2024: '128.4.3', 2025: '140.5.0', 2026: '145.0'}[msg.sent.year]
    ua = 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (
        rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15']),
        tbv.split('.')[0] + '.0', tbv)
    H = [('Message-ID', '<%s@%s>' % (ruuid(rng), fr[1].split('@')[1])),
         ('Date', rfcdate(msg.sent, local_off(msg))), ('MIME-Version', '1.0'),
         ('User-Agent', ua if msg.sent.year < 2023 else 'Mozilla Thunderbird'),
         ('Content-Language', LANGTAG.get(msg.lang, 'en-US')),
         ('To', to_list(msg, 'Q'))]
    if msg.cc:
        H.append(('Cc', ', '.join(hdr_addr(msg, n, e, 'Q') for n, e in msg.cc)))
    H += [('From', hdr_addr(msg, fr[0], fr[1], 'Q', label='UTF-8')),
          ('Subject', hdr_text(msg, subject_for(msg, 'thunderbird'), 'Q', 'UTF-8')),
          ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)]
    return H, root


def lay_nextcloud(msg, rng):
    ev = msg.events[0]
    ics = ICS['nextcloud'](msg, rng)
    L = msg.lang
    o = ev.organizer or msg.sender
    lines = [b(L, 'invited'), ''] + details_plain(msg, ev, who=False)
    if ev.description:
        lines += ['', ev.description]
    body = msg.plain or '\n'.join(lines) + '\n'
    html = msg.html or plain_html(body)
    b1 = rb64(rng, 8).replace('/', '_').replace('+', '-')
    b2 = rb64(rng, 8).replace('/', '_').replace('+', '-')
    alt = multi('alternative', b2, [leaf('text/plain; charset=utf-8', body, 'utf-8', 'quoted-printable'),
                                    leaf('text/html; charset=utf-8', html, 'utf-8', 'quoted-printable')], ctq=False)
    cal = leaf('text/calendar; method=%s; charset=utf-8; name=event.ics' % (msg.method or 'REQUEST'), ics, 'utf-8',
               'quoted-printable', extra=[('Content-Disposition', 'inline; name=event.ics; filename=event.ics')])
    root = multi('mixed', b1, [alt, cal], ctq=False)
    cloud = msg.__dict__.get('cloudhost') or 'cloud.' + msg.sender[1].split('@')[1]
    H = [('Date', rfcdate(msg.sent, local_off(msg))),
         ('Message-ID', '<%s@%s>' % (rhex(rng, 32), cloud)),
         ('From', hdr_addr(msg, '%s via Nextcloud' % o[0] if L == 'en' else o[0], 'noreply@' + cloud, 'Q', label='utf-8')),
         ('Reply-To', hdr_addr(msg, o[0], o[1], 'Q', label='utf-8')),
         ('To', to_list(msg, 'Q')),
         ('Subject', hdr_text(msg, subject_for(msg, 'nextcloud'), 'Q', 'utf-8')),
         ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; boundary=%s' % b1)]
    return H, root


def lay_zimbra(msg, rng):
    ev = msg.events[0]
    ics = ICS['zimbra'](msg, rng)
    L = msg.lang
    o = ev.organizer or msg.sender
    inv = ', '.join('"%s" <%s>' % (a.get('name') or '', a['addr']) if a.get('name') else a['addr'] for a in ev.attendees[:50])
    head = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
            'REPLY': 'The following meeting request has been accepted:'}.get(msg.method, '')
    body = msg.plain or ('%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n'
                         % (head, ev.summary, o[0], o[1], when_str(msg, ev), inv, ev.description))
    if ev.location:
        body = body.replace('\n\nTime:', '\nLocation: %s \n\nTime:' % ev.location, 1)
    lab = pick_charset(msg, body)
    bnd = '=_%s-%s-%s-%s-%s' % (rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
    html = msg.html or ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n'
                        '<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border=\'0\'>\n'
                        '<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>\n'
                        % (head, htmllib.escape(ev.summary), htmllib.escape(o[0]), o[1], htmllib.escape(when_str(msg, ev)),
                           text_to_html(ev.description, 'br')))
    parts = [leaf('text/plain; charset=%s' % lab, body, lab, text_cte(msg, body, lab)),
             leaf('text/html; charset=%s' % lab, html, lab, text_cte(msg, html, lab)),
             leaf('text/calendar; charset=utf-8; method=%s; name=meeting.ics' % (msg.method or 'REQUEST'), ics, 'utf-8',
                  '7bit' if all(c < 128 for c in ics) else '8bit')]
    root = multi('alternative', bnd, parts)
    fr = msg.sender
    dom = fr[1].split('@')[1]
    ver = rng.choice(['8.8.15_GA_4581', '8.8.15_GA_4484', '9.0.0_GA_4546', '8.8.12_GA_3794', '8.7.11_GA_1854'])
    H = [('Date', rfcdate(msg.sent, local_off(msg), tzdata.abbr_at(msg.sender_tz, tzdata.from_utc(msg.sender_tz, msg.sent)) if msg.sender_tz != 'UTC' else 'UTC')),
         ('From', hdr_addr(msg, fr[0], fr[1], quote=False)), ('To', to_list(msg))]
    if msg.cc:
        H.append(('Cc', ', '.join(hdr_addr(msg, n, e) for n, e in msg.cc)))
    H += [('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 10), rng.randint(1000, 99999),
                                                             int((msg.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000), dom)),
          ('Subject', hdr_text(msg, subject_for(msg, 'zimbra'), 'B')), ('MIME-Version', '1.0'),
          ('Content-Type', 'multipart/alternative; boundary="%s"' % bnd),
          ('X-Originating-IP', '[%s]' % msg.__dict__.get('client_ip', '203.0.113.%d' % rng.randint(2, 250))),
          ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)' % (ver, rng.choice(['FF119 (Win)', 'GC120 (Linux)', 'GC122 (Mac)', 'FF115 (Linux)']) + '/' + ver)),
          ('Thread-Topic', hdr_text(msg, ev.summary, 'B')), ('Thread-Index', rb64(rng, 28))]
    return H, root


def lay_yahoo(msg, rng):
    ev = msg.events[0]
    ics = ICS['yahoo'](msg, rng)
    L = msg.lang
    body = msg.plain or '\n'.join(details_plain(msg, ev) + ([''] + [ev.description] if ev.description else [])) + '\n'
    lab = pick_charset(msg, body)
    ts = int((msg.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), ts)
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), ts)
    alt = multi('alternative', b2, [
        leaf('text/plain; charset=%s' % lab.upper(), body, lab, text_cte(msg, body, lab)),
        leaf('text/html; charset=%s' % lab.upper(), '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>'
             % (rhex(rng, 8), text_to_html(body)), lab, text_cte(msg, body, lab))])
    cal = leaf('text/calendar; charset=UTF-8; method=%s' % (msg.method or 'REQUEST'), ics, 'utf-8', 'base64',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = multi('mixed', b1, [alt, cal])
    fr = msg.sender
    H = [('Date', rfcdate(msg.sent, 0, 'UTC')), ('From', hdr_addr(msg, fr[0], fr[1], quote=False)),
         ('To', to_list(msg)),
         ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 7), ts)),
         ('Subject', hdr_text(msg, subject_for(msg, 'yahoo'), 'B')), ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; boundary="%s"' % b1),
         ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(18000, 23500))]
    return H, root


def lay_sogo(msg, rng):
    ev = msg.events[0]
    ics = ICS['sogo'](msg, rng)
    o = ev.organizer or msg.sender
    L = msg.lang
    html = msg.html or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                        '<p>%s</p><table><tr><td>%s:</td><td>%s</td></tr>%s<tr><td>%s:</td><td>%s</td></tr></table>'
                        '<p>%s</p></body></html>\n'
                        % (htmllib.escape('%s <%s>' % (o[0], o[1])), b(L, 'title'), htmllib.escape(ev.summary),
                           '<tr><td>%s:</td><td>%s</td></tr>' % (b(L, 'where'), htmllib.escape(ev.location)) if ev.location else '',
                           b(L, 'when'), htmllib.escape(when_str(msg, ev)), text_to_html(ev.description, 'br')))
    bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), int(msg.sent.timestamp()), rng.randint(100000, 999999), rng.randint(1, 99))
    parts = [leaf('text/html; charset=utf-8', html, 'utf-8', 'quoted-printable'),
             leaf('text/calendar; method=%s; charset=utf-8' % (msg.method or 'REQUEST'), ics, 'utf-8', 'quoted-printable',
                  extra=[('Content-Disposition', 'inline')])]
    root = multi('mixed', bnd, parts)
    fr = msg.sender
    ver = ICS['sogo'].__code__ and ''
    H = [('Subject', hdr_text(msg, subject_for(msg, 'sogo'), 'Q')), ('From', hdr_addr(msg, fr[0], fr[1], 'Q', quote=False)),
         ('To', to_list(msg, 'Q')), ('MIME-Version', '1.0'), ('Date', rfcdate(msg.sent, local_off(msg))),
         ('Message-ID', '<%s-%x-%d-%s@%s>' % (rhex(rng, 2), int(msg.sent.timestamp()), rng.randint(1, 9), rhex(rng, 8), fr[1].split('@')[1])),
         ('X-Mailer', 'SOGoMail %s' % rng.choice(['5.8.4', '5.10.0', '4.3.2', '5.2.0', '3.2.10'])),
         ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)]
    return H, root


def zoom_plain(msg, ev):
    return msg.plain or (ev.description + '\n')


def lay_zoom(msg, rng):
    ev = msg.events[0]
    ics = ICS['zoom'](msg, rng)
    body = zoom_plain(msg, ev)
    html = msg.html or ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Lato,Helvetica,Arial">'
                        '<table width="600" align="center"><tr><td><img src="https://st1.zoom.us/static/6.3.24103/image/new/ZoomLogo_112x25.png" alt="Zoom"></td></tr>'
                        '<tr><td>%s</td></tr></table></body></html>\n' % text_to_html(body, 'br'))
    b1 = '%s' % rhex(rng, 60)
    b2 = '%s' % rhex(rng, 60)
    alt = multi('alternative', b2, [leaf('text/plain; charset=utf-8', body, 'utf-8', 'quoted-printable'),
                                    leaf('text/html; charset=utf-8', html, 'utf-8', 'quoted-printable')])
    cal = leaf('text/calendar; charset=utf-8; method=%s; name="iCal.ics"' % (msg.method or 'PUBLISH'), ics, 'utf-8', 'base64',
               extra=[('Content-Disposition', 'attachment; filename="iCal.ics"')])
    root = multi('mixed', b1, [alt, cal])
    o = ev.organizer or msg.sender
    H = [('From', hdr_addr(msg, msg.__dict__.get('zoom_from', 'Zoom'), 'no-reply@zoom.us', quote=True, label='utf-8')),
         ('Reply-To', hdr_addr(msg, o[0], o[1], label='utf-8')), ('To', to_list(msg)),
         ('Subject', hdr_text(msg, subject_for(msg, 'zoom'), 'B', 'UTF-8')),
         ('Message-ID', '<%s@zoom.us>' % rb64(rng, 22).replace('/', 'x').replace('+', 'Z')),
         ('Date', rfcdate(msg.sent, 0)), ('MIME-Version', '1.0'),
         ('Content-Type', 'multipart/mixed; boundary=%s' % b1)]
    return H, root


def lay_app(msg, rng):
    """Booking systems, small web scripts, bulk senders."""
    a = msg.__dict__.get('appcfg', {})
    ev = msg.events[0]
    ics = ICS['app'](msg, rng)
    layout = a.get('layout', 'mixed')
    body = msg.plain if msg.plain is not None else (ev.description + '\n')
    lab = pick_charset(msg, body + (msg.subject or ''))
    html = msg.html
    if html is None and a.get('html', True):
        html = ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title>%s</title></head>\n<body style="font-family:Arial,sans-serif">\n%s\n</body></html>\n'
                % (lab, htmllib.escape(msg.subject or ev.summary), text_to_html(body, 'p')))
    tcte = a.get('cte') or text_cte(msg, body, lab)
    meth = msg.method
    mparam = a.get('mime_method', meth)
    icte = a.get('ics_cte', 'base64')
    keep_lf = 'lf_ics' in msg.quirks
    icsname = a.get('icsname', 'invite.ics')
    ict = a.get('ics_ct') or cal_part_ct(mparam, 'utf-8', False, icsname, 'mc')
    calpart = leaf(ict, ics, 'utf-8', icte, keep_lf=keep_lf,
                   extra=[('Content-Disposition', '%s; filename="%s"' % (a.get('disp', 'attachment'), icsname))] if a.get('disp', 'attachment') else None)
    bnd = a.get('boundary') or ('b1_' + rb64(rng, 32).replace('/', '').replace('+', ''))
    bnd2 = 'b2_' + rb64(rng, 32).replace('/', '').replace('+', '')
    if layout == 'bare':
        root = leaf(cal_part_ct(mparam, 'utf-8', False, None, 'mc') if not a.get('ics_ct') else a['ics_ct'], ics, 'utf-8', icte, keep_lf=keep_lf)
        ctype = root.headers[0][1]
        cte = root.headers[1][1]
        root.headers = []
        top_ct = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    else:
        tparts = [leaf('text/plain; charset=%s' % lab, body, lab, tcte)]
        if html:
            tparts.append(leaf('text/html; charset=%s' % lab, html, lab, a.get('html_cte', tcte if tcte != '7bit' else 'quoted-printable')))
        if layout == 'alt3':
            calpart = leaf(cal_part_ct(mparam, 'utf-8', True), ics, 'utf-8', icte, keep_lf=keep_lf)
            root = multi('alternative', bnd, tparts + [calpart])
        elif layout == 'plaincal':
            root = multi('mixed', bnd, [tparts[0], calpart] + msg.extra_parts)
        elif layout == 'htmlcal':
            root = multi('mixed', bnd, [tparts[-1], calpart] + msg.extra_parts)
        else:
            inner = multi('alternative', bnd2, tparts) if len(tparts) > 1 else tparts[0]
            root = multi('mixed', bnd, [inner, calpart] + msg.extra_parts)
        top_ct = [root.headers[0]]
        root.headers = []
    fr = msg.sender
    dom = fr[1].split('@')[1]
    H = [('From', hdr_addr(msg, fr[0], fr[1], a.get('hmode', 'B'), quote=a.get('quote', False)))]
    H.append(('To', to_list(msg) if not a.get('undisclosed') else 'undisclosed-recipients:;'))
    if msg.reply_to:
        H.append(('Reply-To', hdr_addr(msg, msg.reply_to[0], msg.reply_to[1])))
    H += [('Subject', hdr_text(msg, msg.subject or ev.summary, a.get('hmode', 'B'))),
          ('Date', rfcdate(msg.sent, local_off(msg) if a.get('localdate', True) else 0)),
          ('Message-ID', a.get('msgid') or '<%s@%s>' % (rhex(rng, 32), a.get('msgid_dom', dom))),
          ('MIME-Version', '1.0')]
    if msg.xmailer:
        H.append(('X-Mailer', msg.xmailer))
    H += top_ct
    H += a.get('extra_headers', [])
    return H, root


LAYOUT = {'google': lay_google, 'exchange': lay_exchange, 'teams': lambda m, r: lay_exchange(m, r, True),
          'outlook': lay_outlook, 'icloud': lay_icloud, 'applemail': lay_applemail, 'thunderbird': lay_thunderbird,
          'nextcloud': lay_nextcloud, 'zimbra': lay_zimbra, 'yahoo': lay_yahoo, 'sogo': lay_sogo, 'zoom': lay_zoom,
          'app': lay_app}
