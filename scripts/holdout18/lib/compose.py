# -*- coding: utf-8 -*-
"""Assemble complete RFC 5322 messages the way each client does."""
import datetime as dt

from . import i18n, world
from .clients import build_ics, fmt_when, meeting_block, pick_free, COMPAT
from .infra import make_sender, transport_headers, Sender, dkim_sig, received, qid, DMARC_POL
from .util import (Part, Multi, text_part, render, crlf, ics_text, ics_bytes, rfc2822, html_escape, linkify,
                   hval, addr, b64_encode, qp_encode, UTC, slug, can_encode)


def choose_infra(ctx, client, kind, dom):
    rng = ctx.rng
    if client == 'google':
        return 'google_cal'
    if client == 'exchange':
        return 'm365'
    if client == 'outlook':
        return {'free': 'm365', 'corp': rng.pick(['onprem_exch', 'onprem_exch', 'm365']),
                'compromised': rng.pick(['onprem_exch', 'm365']), 'lookalike': rng.pick(['m365', 'postfix']),
                'spoof': 'vps_spoof', 'throwaway': 'vps'}[kind]
    if client == 'icloud':
        return 'icloud_web' if rng.chance(0.55) else 'icloud_mail'
    if client == 'thunderbird':
        if kind == 'free':
            return 'gmail_smtp' if dom in ('gmail.com', 'googlemail.com') else 'postfix'
        return {'spoof': 'vps_spoof', 'throwaway': 'vps'}.get(kind, 'postfix')
    if client == 'zoom':
        return 'zoom'
    if client in ('nextcloud', 'zimbra', 'sogo'):
        return 'vps' if kind == 'throwaway' else client
    if client == 'yahoo':
        return 'yahoo'
    if client == 'booking':
        return 'vps' if kind == 'throwaway' and rng.chance(0.4) else 'esp'
    if client == 'custom':
        return {'corp': rng.pick(['esp', 'postfix']), 'lookalike': rng.pick(['esp', 'postfix', 'm365']),
                'throwaway': rng.pick(['vps', 'vps', 'esp']), 'spoof': 'vps_spoof',
                'compromised': rng.pick(['postfix', 'm365'])}[kind]
    return 'postfix'


def resolve_org(ctx, m, client):
    """returns (display name, organizer address, header From domain kind)"""
    rng = ctx.rng
    o = m['org']
    kind = o.get('kind', 'free')
    if kind not in COMPAT.get(client, {kind}):
        # degrade gracefully
        kind = 'free' if 'free' in COMPAT[client] else 'corp'
        if kind == 'corp' and not o.get('domain'):
            o['domain'] = world.corp(rng, ctx.lang)['domain']
    if kind == 'free' or not o.get('domain'):
        dom = o.get('free_domain') if o.get('free_domain') and client in ('thunderbird',) else pick_free(ctx, client)
    else:
        dom = o['domain']
    local = o.get('local') or 'info'
    o['kind'] = kind
    return o.get('name'), '%s@%s' % (local, dom), kind, dom


def _b(ctx):
    return ctx.rng


def google_boundary(rng):
    return '0000000000%s' % rng.hexs(18)


def pick_cte(rng, options):
    return rng.wpick(options)


def cal_part(ctx, ics, method, charset='UTF-8', cte='7bit', name=None, disp=None, eol='\r\n', mparam=True, ctype='text/calendar'):
    params = []
    if mparam and method:
        params.append(('!method', method))
    if name:
        params.append(('name', name))
    p = text_part(ctype, ics, charset, cte, params=params, disp=disp, eol=eol, label=charset)
    return p


def build_message(ctx, m):
    rng = ctx.rng
    client = ctx.client
    lang = ctx.lang
    ch = i18n.CHROME[ctx.ui_lang]
    inner_client = client
    if client == 'list':
        inner_client = m.get('inner_client') or rng.pick(['google', 'thunderbird', 'outlook', 'exchange', 'custom', 'zimbra'])
        ctx.client = inner_client
    oname, oaddr, kind, odom = resolve_org(ctx, m, inner_client)
    infra = choose_infra(ctx, inner_client, kind, odom)
    T = ctx.arrival
    t_sent = T - dt.timedelta(seconds=rng.randint(1, 25))
    date_t = t_sent - dt.timedelta(seconds=rng.randint(0, 50) if inner_client != 'outlook' else rng.randint(5, 600))
    if m.get('list') or client == 'list':
        t_sent = T - dt.timedelta(seconds=rng.randint(30, 900))
        date_t = t_sent - dt.timedelta(seconds=rng.randint(1, 60))
    ctx.date_t = date_t
    rc = ctx.rcpt
    rcaddr = rc['addr']
    method = m.get('method', 'REQUEST')
    ev0 = m['events'][0]
    # meeting blocks
    mk = ev0.get('meeting')
    if mk:
        txt, url = meeting_block(ctx, mk, lang)
        ev0['description'] = (ev0.get('description') or '') + ('\n\n' if ev0.get('description') else '') + txt
        if mk == 'teams':
            ev0['teams_url'] = url
            ev0.setdefault('location', 'Microsoft Teams Meeting')
        elif mk == 'meet':
            ev0['meet_url'] = url
        elif mk == 'zoom':
            ev0.setdefault('location', url)
    # from / organizer identity per client
    from_name, from_addr = oname, oaddr
    reply_to = None
    sender_hdr = None
    if method == 'REPLY':
        # the sender is an attendee answering; organizer is the recipient
        for e in m['events']:
            e['org_addr'] = rcaddr
            e['org_name'] = rc['name']
            e['attendees'] = [{'name': oname, 'addr': oaddr, 'partstat': m.get('partstat', 'ACCEPTED'), 'rsvp': 'TRUE'}] + e.get('extra_att', [])
            e['no_org_att'] = True
    else:
        for e in m['events']:
            if not m.get('no_rcpt_att'):
                e.setdefault('attendees', [])
                if not any(a['addr'] == rcaddr for a in e['attendees']):
                    e['attendees'].insert(rng.randint(0, len(e['attendees'])), {'name': rc['name'] if rng.chance(0.7) else None, 'addr': rcaddr})
    if m.get('mass'):
        for e in m['events'][:1]:
            e.setdefault('attendees', [])
            for i in range(m['mass']):
                p = world.person(rng, rng.pick(i18n.LANGS))
                d = rng.pick([world.corp(rng, rng.pick(i18n.LANGS))['domain'], rng.pick(i18n.FREEMAIL[rng.pick(i18n.LANGS)])])
                e['attendees'].append({'name': None if rng.chance(0.7) else p['name'], 'addr': world.local_part(rng, p) + '@' + d})
    fwd = m.get('fwd')
    if fwd:
        for e in m['events']:
            e['org_addr'] = fwd['addr']
            e['org_name'] = fwd['name']
    style = {'google': 'google', 'exchange': 'ms', 'outlook': rng.pick(['olk', 'ms']) if infra == 'onprem_exch' else ('ms' if infra == 'm365' else 'olk'),
             'icloud': 'apple', 'thunderbird': 'moz', 'zimbra': 'zimbra', 'nextcloud': 'sabre', 'sogo': 'sogo',
             'yahoo': 'yahoo', 'zoom': 'zoom', 'booking': 'app', 'custom': 'app'}[inner_client]
    if inner_client == 'icloud':
        m['icloud_web'] = infra == 'icloud_web'
    if inner_client == 'custom' and m.get('fake_prodid'):
        m['prodid'] = m['fake_prodid']
    if style == 'app' and not m.get('brand_name'):
        bn = (oname or odom.split('.')[0]) if ctx.label == 'ham' or rng.chance(0.5) else world.junk_word(rng).title()
        bn = ''.join(ch_ for ch_ in bn if ord(ch_) < 128).strip() or odom.split('.')[0].title()
        m['brand_name'], m['brand_slug'] = bn, slug(bn) or 'app'
    if style == 'app' and not m.get('prodid'):
        m['prodid'] = rng.pick(APP_PRODIDS)(rng, m)
    org_for_ics = oaddr
    if inner_client == 'zoom':
        org_for_ics = oaddr
    ics_lines = build_ics(ctx, m, style, org_for_ics, oname)
    sl = m.get('sloppy', set())
    fold_mode = 'none' if 'nofold' in sl else 'tab' if 'tabfold' in sl else \
        ('octet' if style in ('google', 'apple') and rng.chance(0.5) else 'char')
    eol = '\n' if 'lf' in sl else '\r\n'
    ics = ics_text(ics_lines, fold_mode, eol)
    summ = ev0.get('summary', '')
    when = fmt_when(ctx, ev0, ctx.ui_lang)
    cs = ctx.charset
    # --------------------------------------------------------------- per client bodies
    H = []   # client headers
    subj = m.get('subject')
    tree = None
    desc = ev0.get('description') or ''
    loc = ev0.get('location') or ''
    if fwd:
        pass
    if inner_client == 'google':
        sender_hdr = 'Google Calendar <calendar-notification@google.com>'
        reply_to = addr(oname, oaddr, 'UTF-8')
        if not subj:
            pre = {'REQUEST': ch['upd'] if ev0.get('seq') else ch['inv'], 'CANCEL': ch['can'],
                   'REPLY': {'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}.get(m.get('partstat', 'ACCEPTED'))}.get(method, ch['inv'])
            subj = '%s: %s @ %s (%s)' % (pre, summ, when, rcaddr if method != 'REPLY' else rcaddr)
        eid = rng.alnum(60)
        vurl = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (eid, rng.alnum(60), ev0.get('tz') or ctx.sender_tz, ctx.ui_lang)
        guests = [{'name': oname, 'addr': oaddr}] + [a for a in ev0.get('attendees', []) if a['addr'] != oaddr]
        if method == 'REPLY':
            verb = {'ACCEPTED': 'has accepted this invitation.', 'DECLINED': 'has declined this invitation.',
                    'TENTATIVE': 'has replied "Maybe" to this invitation.'}[m.get('partstat', 'ACCEPTED')]
            plain = '%s %s\n\n%s\n%s\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are subscribed to invitation updates. To stop receiving these emails, go to Calendar settings, select this calendar, and change "Other notifications".' % (
                oname or oaddr, verb, summ, when, ('%s: %s' % (ch['where'], loc)) if loc else '')
        elif ctx.arrival.year < 2020:
            plain = ('You have been invited to the following event.\n\nTitle: %s\n%s%s: %s\n%s%s: %s\n%s:\n     * %s - %s\n%s\n\n'
                     'Event details: %s\n\nInvitation from Google Calendar: https://www.google.com/calendar/\n\n'
                     'You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n'
                     'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://www.google.com/calendar/ and control your notification settings for your entire calendar.\n\n'
                     'Forwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn More at https://support.google.com/calendar/answer/37135#forwarding') % (
                summ, (desc + '\n') if desc else '', ch['when'], when, ('%s: %s\n' % (ch['where'], loc)) if loc else '',
                ch['cal'], rcaddr, ch['who'], oname or oaddr, ch['org'].lower(),
                '\n'.join('     * ' + (a.get('name') or a['addr']) for a in guests[1:12]), vurl, rcaddr)
        else:
            plain = ('%s\n%s\n%s%s\n%s\n\n%s\n%s - %s\n%s\nView all guest info %s\n\nReply for %s and view more details %s\n'
                     'Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                     'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n'
                     'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding') % (
                summ, when, ('%s\n%s\n' % ('Join with Google Meet', ev0['meet_url'])) if ev0.get('meet_url') else '',
                ('%s\n%s' % (ch['where'], loc)) if loc else '', desc, ch['who'], oname or oaddr, ch['org'].lower(),
                '\n'.join((a.get('name') or a['addr']) for a in guests[1:12]), vurl, rcaddr, vurl)
            if method == 'CANCEL':
                plain = 'This event has been canceled.\n\n' + plain
        html = google_html(ctx, m, ev0, summ, when, desc, loc, oname, oaddr, guests, vurl, ch)
        b1, b2 = google_boundary(rng), google_boundary(rng)
        tp = text_part('text/plain', plain, 'UTF-8', rng.pick(['base64', 'quoted-printable', '7bit']), params=[('!format', 'flowed'), ('!delsp', 'yes')])
        hp = text_part('text/html', html, 'UTF-8', 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'UTF-8', rng.pick(['7bit', 'base64']) if all(ord(c) < 128 for c in ics) else 'base64')
        att = Part('application/ics', [('name', 'invite.ics')], b64_encode(ics.encode('utf-8', 'surrogateescape')).encode(), 'base64',
                   disp='attachment; filename="invite.ics"')
        parts = [Multi('alternative', [tp, hp, cp], b2)]
        if method != 'REPLY':
            parts.append(att)
        tree = Multi('mixed', parts, b1)
        H += [('MIME-Version', '1.0'), ('Reply-To', reply_to), ('Sender', sender_hdr),
              ('Message-ID', '<calendar-%s@google.com>' % rng.uuid()), ('Date', rfc2822(date_t)),
              ('Subject', hval(subj, 'UTF-8', 'B')), ('From', addr(oname, oaddr, 'UTF-8')), ('To', rcaddr)]
    elif inner_client in ('exchange', 'outlook'):
        ms = style == 'ms'
        if not subj:
            pre = {'CANCEL': ch.get('can', 'Canceled').replace('Abgesagtes Ereignis', 'Abgesagt').replace('Canceled event', 'Canceled') + ': ',
                   'REPLY': {'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}.get(m.get('partstat', 'ACCEPTED')) + ': '}.get(method, '')
            subj = pre + summ
            if fwd:
                subj = ch['fw'] + ': ' + summ
        body_txt = m.get('text_body') or desc
        if fwd:
            body_txt = (m.get('intro', '') + '\n\n' + '-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n' % (
                fwd['name'], fwd['addr'], rfc2822(date_t - dt.timedelta(days=1)), fwd.get('to', ''), summ, when, loc) + desc)
        if method == 'REPLY':
            body_txt = m.get('text_body', '')
        html = '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n</head>\r\n<body>\r\n<div>\r\n%s\r\n</div>\r\n</body>\r\n</html>\r\n' % (
            '%CS%', ms_html(body_txt))
        tcs = cs if rng.chance(0.85) else 'utf-8'
        if not can_encode(body_txt, tcs):
            tcs = 'utf-8'
        tp = text_part('text/plain', body_txt, tcs, rng.pick(['quoted-printable', 'base64']) if tcs != 'us-ascii' else '7bit', label=tcs)
        hp = text_part('text/html', html.replace('%CS%', tcs), tcs, rng.pick(['quoted-printable', 'base64']), label=tcs)
        cp = cal_part(ctx, ics, method, 'utf-8', 'base64')
        bnd = '_000_%s%s_' % ((getattr(ctx, 'srv', None) or ('%s%dPR%02dMB%04d' % (rng.pick(['AM', 'DB', 'VI', 'BN']), rng.randint(0, 9), rng.randint(1, 9), rng.randint(1000, 9999)))), rng.hexs(24, True))
        if method == 'REPLY' and not body_txt.strip():
            tree = cp if rng.chance(0.5) else Multi('alternative', [tp, cp], bnd)
        else:
            tree = Multi('alternative', [tp, hp, cp], bnd)
        if m.get('ms_attach'):
            tree = Multi('mixed', [tree] + m['ms_attach'](ctx), '_004_' + bnd[5:])
        mid_host = '%s%dPR%02dMB%04d.%s.prod.outlook.com' % (rng.pick(['AM', 'DB', 'VI', 'PA', 'BN', 'CH']), rng.randint(0, 9),
                                                              rng.randint(1, 20), rng.randint(1000, 9999), rng.pick(['eurprd04', 'namprd11', 'eurprd07', 'apcprd06']))
        if infra == 'onprem_exch' or infra == 'postfix':
            mid_host = rng.pick(['EXCH01', 'MBX02', 'SRV-EX01']) + '.' + odom
        elif infra in ('vps', 'vps_spoof'):
            mid_host = rng.pick(['DESKTOP-' + rng.alnum(7).upper(), 'WIN-' + rng.alnum(11).upper(), 'PC' + rng.digits(2)]) + '.' + rng.pick([odom, 'localdomain', 'home'])
        H += [('From', addr(oname, oaddr, tcs)), ('To', addr(rc['name'], rcaddr, tcs) if rng.chance(0.7) else rcaddr)]
        if m.get('cc'):
            H.append(('CC', ', '.join(m['cc'])))
        H += [('Subject', hval(subj, tcs, 'B' if rng.chance(0.7) else 'Q')),
              ('Thread-Topic', hval(summ, tcs, 'B')), ('Thread-Index', rng.b64(22)[:30]),
              ('Date', rfc2822(date_t)), ('Message-ID', '<%s%s@%s>' % (mid_host.split('.')[0], rng.hexs(24, True), mid_host))]
        if ms:
            H += [('Accept-Language', '%s, en-US' % i18n.LOCALE[lang] if lang != 'en' else 'en-US'),
                  ('Content-Language', i18n.LOCALE[lang]), ('X-MS-Has-Attach', 'yes' if m.get('ms_attach') else ''),
                  ('X-MS-TNEF-Correlator', '')]
            if infra == 'm365':
                H += [('x-ms-publictraffictype', 'Email'), ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_MeetingMessage' % (rng.alnum(14).upper(), rng.alnum(14).upper())),
                      ('x-ms-exchange-calendar-series-instance-id', rng.b64(48)),
                      ('x-ms-exchange-senderadcheck', '1'), ('X-MS-Exchange-CrossTenant-id', rng.uuid())]
        else:
            H += [('Content-class', 'urn:content-classes:calendarmessage'), ('Content-Language', i18n.LOCALE[lang])]
            if infra not in ('onprem_exch',):
                H.append(('X-Mailer', 'Microsoft Outlook %s' % ('16.0' if ctx.arrival.year > 2016 else '15.0')))
        H.append(('MIME-Version', '1.0'))
    elif inner_client == 'icloud':
        web = infra == 'icloud_web'
        uaddr = oaddr
        if not subj:
            subj = '%s: %s @ %s' % (ch['inv'], summ, when) if not web or rng.chance(0.5) else '%s: "%s"' % (ch['inv'], summ)
            if method == 'CANCEL':
                subj = '%s: %s' % (ch['can'], summ)
            if method == 'REPLY':
                subj = '%s: %s' % ({'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}[m.get('partstat', 'ACCEPTED')], summ)
        if web:
            from_addr = 'noreply@email.apple.com'
            lines = ['%s %s "%s"' % (oname or uaddr, 'has invited you to' if method == 'REQUEST' else 'has updated', summ), '',
                     when, loc, '', desc, '', '%s / %s / %s: https://www.icloud.com/calendar/?action=reply&guid=%s' % (ch['yes'], ch['no'], ch['maybe'], rng.uuid(True))]
            plain = '\n'.join(l for l in lines if l is not None)
            html = '<html><body style="font-family: -apple-system, Helvetica, Arial, sans-serif;"><div style="max-width:560px">%s</div></body></html>' % linkify(plain)
            bA, bB = 'Apple-Mail=_%s' % rng.uuid(True), 'Apple-Mail=_%s' % rng.uuid(True)
            tp = text_part('text/plain', plain, 'utf-8', 'quoted-printable')
            hp = text_part('text/html', html, 'utf-8', 'quoted-printable')
            cp = cal_part(ctx, ics, method, 'utf-8', 'base64', name='invite.ics', disp='attachment; filename="invite.ics"')
            tree = Multi('mixed', [Multi('alternative', [tp, hp], bB), cp], bA)
            H += [('Content-Type-Dummy', '')]
            H = [('From', addr(oname or uaddr, from_addr, 'utf-8')), ('Reply-To', uaddr) if rng.chance(0.5) else ('X-Dummy', ''),
                 ('To', rcaddr), ('Subject', hval(subj, 'utf-8', 'B')), ('Date', rfc2822(date_t)),
                 ('Message-ID', '<%s@email.apple.com>' % rng.uuid(True)), ('MIME-Version', '1.0')]
            H = [h for h in H if h[0] != 'X-Dummy']
        else:
            plain = m.get('text_body') or desc
            bA = 'Apple-Mail=_%s' % rng.uuid(True)
            tcs = 'utf-8' if rng.chance(0.5) else cs
            tp = text_part('text/plain', plain or ' ', tcs, rng.pick(['quoted-printable', '7bit']))
            cp = cal_part(ctx, ics, method, 'utf-8', rng.pick(['quoted-printable', 'base64']), name='iCal-%s.ics' % date_t.strftime('%Y%m%d-%H%M%S'),
                          disp='attachment;\r\n\tfilename=iCal-%s.ics' % date_t.strftime('%Y%m%d-%H%M%S'))
            tree = Multi('mixed', [tp, cp], bA)
            H += [('From', addr(oname, oaddr, tcs)), ('Content-Transfer-Encoding-Dummy', ''), ('Mime-Version', '1.0 (%s)' % rng.pick(['Mac OS X Mail 16.0 \\(3774.500.171.1.1\\)', '1.0', 'iPhone Mail (21E236)'])),
                  ('Subject', hval(subj, tcs, 'Q')), ('Message-Id', '<%s@icloud.com>' % rng.uuid(True)), ('Date', rfc2822(date_t, ctx.sender_tz)),
                  ('To', addr(rc['name'], rcaddr, tcs)), ('X-Mailer', rng.pick(['Apple Mail (2.3774.500.171.1.1)', 'iPhone Mail (21E236)', 'Apple Mail (2.3696.120.41.1.8)']))]
            H = [h for h in H if not h[0].endswith('Dummy')]
            H = [(k, v.replace('1.0 (1.0)', '1.0')) for k, v in H]
    elif inner_client == 'thunderbird':
        if not subj:
            pre = {'REQUEST': ch['inv'] if not ev0.get('seq') else ch['upd'], 'CANCEL': ch['can'],
                   'REPLY': {'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}.get(m.get('partstat', 'ACCEPTED'))}.get(method, ch['inv'])
            subj = '%s: %s' % (pre, summ)
        atts = ', '.join(a.get('name') and '%s <%s>' % (a['name'], a['addr']) or a['addr'] for a in ev0.get('attendees', [])[:30])
        plain = (m.get('intro', '') + '\n\n' if m.get('intro') else '') + '%s: %s\n%s: %s\n%s: %s\n%s: %s <%s>\n%s: %s\n\n%s' % (
            'Title' if ctx.ui_lang == 'en' else ch['inv'], summ, ch['when'], when, ch['where'], loc, ch['org'], oname or '', oaddr, ch['who'], atts, desc)
        b = '------------%s' % rng.alnum(24)
        tcs = cs if rng.chance(0.75) else 'UTF-8'
        tp = text_part('text/plain', plain, tcs, rng.pick(['8bit', 'quoted-printable', '7bit']), params=[('!format', 'flowed')])
        cp = cal_part(ctx, ics, method, 'UTF-8', rng.pick(['8bit', 'quoted-printable', 'base64']) if eol == '\r\n' else 'base64')
        att = Part('application/ics', [('name', 'invite.ics')], b64_encode(ics.encode('utf-8', 'surrogateescape')).encode(), 'base64', disp='attachment; filename="invite.ics"')
        tree = Multi('mixed', [tp, cp, att] if method != 'REPLY' else [tp, cp], b, preamble='This is a multi-part message in MIME format.')
        H += [('Message-ID', '<%s@%s>' % (rng.uuid(), odom)), ('Date', rfc2822(date_t, ctx.sender_tz)), ('MIME-Version', '1.0'),
              ('User-Agent', 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (
                  rng.pick(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15']),
                  tb_rv(ctx.arrival.year), tb_ver(ctx.arrival.year))),
              ('Content-Language', i18n.LOCALE[lang]), ('To', addr(rc['name'], rcaddr, tcs) if rng.chance(0.5) else rcaddr),
              ('From', addr(oname, oaddr, tcs)), ('Subject', hval(subj, tcs, 'B'))]
    elif inner_client == 'zimbra':
        if not subj:
            subj = summ if method == 'REQUEST' else ({'CANCEL': 'Cancelled: ', 'REPLY': {'ACCEPTED': 'Accept: ', 'DECLINED': 'Decline: ', 'TENTATIVE': 'Tentative: '}.get(m.get('partstat', 'ACCEPTED'))}.get(method, '') + summ)
        intro = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
                 'REPLY': 'The following meeting has been %s:' % {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentatively accepted'}.get(m.get('partstat', 'ACCEPTED'))}.get(method, '')
        if ctx.ui_lang == 'de':
            intro = {'REQUEST': 'Die folgende Besprechungsanfrage ist neu:', 'CANCEL': 'Die folgende Besprechung wurde abgesagt:'}.get(method, intro)
        elif ctx.ui_lang == 'fr':
            intro = {'REQUEST': 'Voici une nouvelle demande de réunion :', 'CANCEL': 'La réunion suivante a été annulée :'}.get(method, intro)
        plain = '%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nLocation: %s \nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
            intro, summ, oname or '', oaddr, loc, when, '; '.join(a['addr'] for a in ev0.get('attendees', [])[:40]), desc)
        html = '<html><body id=\'htmlmode\'><h3>%s</h3>\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border=\'0\'>\n<tr><th align=left>Location:</th><td>%s </td></tr>\n<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">%s</div></body></html>' % (
            html_escape(intro), html_escape(summ), html_escape(oname or ''), oaddr, html_escape(loc), when, linkify(desc))
        b = '=_%s' % rng.uuid()
        tcs = 'utf-8'
        tp = text_part('text/plain', plain, tcs, 'quoted-printable')
        hp = text_part('text/html', html, tcs, 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'utf-8', rng.pick(['7bit', 'quoted-printable']), name='meeting.ics')
        tree = Multi('alternative', [tp, hp, cp], b)
        zv = rng.pick(['8.8.15_GA_4484', '9.0.0_GA_4583', '10.0.6_GA_4698', '8.8.12_GA_3794'])
        H += [('Date', rfc2822(date_t, ctx.sender_tz)), ('From', addr(oname, oaddr, tcs)), ('To', addr(rc['name'], rcaddr, tcs)),
              ('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000000, 2000000000), rng.randint(1000, 99999), int(date_t.timestamp() * 1000), odom)),
              ('Subject', hval(subj, tcs, 'Q')), ('MIME-Version', '1.0'),
              ('X-Originating-IP', '[%s]' % rng.ip()), ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)' % (zv, rng.pick(['FF115 (Win)', 'GC122 (Win)', 'GC120 (Mac)', 'FF102 (Linux)']))),
              ('Thread-Index', rng.b64(20)[:28]), ('Thread-Topic', hval(summ, tcs, 'Q'))]
    elif inner_client == 'nextcloud':
        cloud = 'cloud.' + odom if not odom.startswith(('cloud', 'mycloud', 'familycloud')) else odom
        sysaddr = rng.pick(['noreply', 'no-reply', 'nextcloud', 'cloud']) + '@' + odom
        inv = {'REQUEST': ch['inv'], 'CANCEL': ch['can'], 'REPLY': {'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}.get(m.get('partstat', 'ACCEPTED'))}.get(method, ch['inv'])
        if not subj:
            subj = '%s: %s' % (inv, summ)
        base = 'https://%s/index.php/apps/calendar/invitation/' % cloud
        tok = rng.hexs(32)
        plain = '%s %s "%s"\n\n%s: %s\n%s: %s\n%s: %s\n%s\n\n%s: %saccept/%s\n%s: %sdecline/%s\n%s: %s%s\n\n-- \n%s - a safe home for all your data' % (
            oname or oaddr, 'has invited you to' if ctx.ui_lang == 'en' else '→', summ, 'Title', summ, ch['when'], when, ch['where'], loc, desc,
            ch['yes'], base, tok, ch['no'], base, tok, ch['more'], base, tok, rng.pick(['Nextcloud', 'Cloud', '%s Cloud' % odom.split('.')[0].title()]))
        html = '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><table style="width:100%%"><tr><td><h1>%s</h1><p>%s</p></td></tr></table></body></html>' % (
            html_escape(subj), linkify(plain))
        bA = rng.alnum(8) if rng.chance(0.5) else '_=_swift_%d_%s_=_' % (int(date_t.timestamp()), rng.hexs(32))
        bB = rng.alnum(8) if bA[0] != '_' else '_=_swift_%d_%s_=_' % (int(date_t.timestamp()), rng.hexs(32))
        tp = text_part('text/plain', plain, 'utf-8', 'quoted-printable')
        hp = text_part('text/html', html, 'utf-8', 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'utf-8', rng.pick(['quoted-printable', 'base64']), name='event.ics', disp='attachment; filename=event.ics')
        tree = Multi('mixed', [Multi('alternative', [tp, hp], bB), cp], bA)
        H += [('Message-ID', '<%s@%s>' % (rng.hexs(32), cloud)), ('Date', rfc2822(date_t, ctx.sender_tz)),
              ('Subject', hval(subj, 'utf-8', 'Q')), ('From', addr('%s via %s' % (oname or oaddr.split('@')[0], rng.pick(['Nextcloud', odom.split('.')[0].title() + ' Cloud'])), sysaddr, 'utf-8')),
              ('Reply-To', addr(oname, oaddr, 'utf-8')), ('To', addr(rc['name'], rcaddr, 'utf-8')), ('MIME-Version', '1.0'),
              ('X-Mailer', 'Nextcloud %s' % rng.pick(['25', '27', '28', '29', '30']) if rng.chance(0.3) else None)]
        H = [h for h in H if h[1] is not None]
        from_addr = sysaddr
    elif inner_client == 'sogo':
        if not subj:
            rk = {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined', 'TENTATIVE': 'Tentatively accepted'}.get(m.get('partstat', 'ACCEPTED'))
            subj = {'REQUEST': 'Event Invitation: "%s"', 'CANCEL': 'Event Cancelled: "%s"', 'REPLY': rk + ' invitation: "%s"'}[method] % summ
            if ctx.ui_lang == 'de' and method != 'REPLY':
                subj = {'REQUEST': 'Einladung zum Termin: "%s"', 'CANCEL': 'Termin abgesagt: "%s"'}[method] % summ
            elif ctx.ui_lang == 'fr' and method != 'REPLY':
                subj = {'REQUEST': 'Invitation à un événement : « %s »', 'CANCEL': 'Événement annulé : « %s »'}[method] % summ
        html = ('<html>\n<head><style type="text/css">td {font-family:Arial,sans-serif;font-size:12px;}</style></head>\n<body>\n'
                '<p>%s %s:</p>\n<table>\n<tr><td>%s:</td><td>%s</td></tr>\n<tr><td>%s:</td><td>%s</td></tr>\n<tr><td>%s:</td><td>%s</td></tr>\n'
                '<tr><td>%s:</td><td>%s</td></tr>\n</table>\n</body>\n</html>') % (
            html_escape(oname or oaddr), 'has invited you to' if ctx.ui_lang == 'en' else '', ch['view'], html_escape(summ), ch['when'], when,
            ch['where'], html_escape(loc), 'Description', linkify(desc))
        b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), int(date_t.timestamp()), rng.randint(100, 999), rng.randint(1, 9))
        hp = text_part('text/html', html, 'utf-8', 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'utf-8', 'quoted-printable')
        tree = Multi('alternative', [hp, cp], b)
        H += [('From', addr(oname, oaddr, 'utf-8')), ('To', addr(rc['name'], rcaddr, 'utf-8')), ('Subject', hval(subj, 'utf-8', 'Q')),
              ('Mime-Version', '1.0'), ('Message-Id', '<%s-%s-%s-%s@%s>' % (rng.hexs(4), rng.hexs(8), rng.hexs(1), rng.hexs(8), odom)),
              ('Date', rfc2822(date_t, ctx.sender_tz)), ('X-Mailer', 'SOGoMail %s' % rng.pick(['4.3.2', '5.5.1', '5.8.0', '5.10.0']))]
    elif inner_client == 'yahoo':
        if not subj:
            subj = '%s: %s' % ({'REQUEST': ch['inv'], 'CANCEL': ch['can'], 'REPLY': {'ACCEPTED': ch['acc'], 'DECLINED': ch['dec'], 'TENTATIVE': ch['ten']}.get(m.get('partstat', 'ACCEPTED'))}[method], summ)
        plain = '%s %s\n\n%s\n%s: %s\n%s: %s\n\n%s\n\n%s | %s | %s' % (oname or oaddr, 'invited you to an event' if ctx.ui_lang == 'en' else '- ' + ch['inv'],
                                                       summ, ch['when'], when, ch['where'], loc, desc, ch['yes'], ch['no'], ch['maybe'])
        html = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body></html>' % linkify(plain)
        ts = int(date_t.timestamp() * 1000)
        bA = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), ts)
        bB = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), ts + 1)
        tcs = 'UTF-8'
        tp = text_part('text/plain', plain, tcs, 'quoted-printable')
        hp = text_part('text/html', html, tcs, 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'UTF-8', rng.pick(['7bit', 'quoted-printable', 'base64']), name='invite.ics')
        tree = Multi('mixed', [Multi('alternative', [tp, hp], bB), cp], bA)
        H += [('Date', rfc2822(date_t)), ('From', addr(oname, oaddr, tcs)), ('To', addr(rc['name'], rcaddr, tcs)),
              ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2100000000), rng.randint(100000, 9999999), ts)),
              ('Subject', hval(subj, tcs, 'B')), ('MIME-Version', '1.0'),
              ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(10000, 23000))]
    elif inner_client == 'zoom':
        if not subj:
            subj = summ
        zt = (m.get('text_body') or '%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\n%s' % (oname or oaddr, summ, when, desc))
        html = '<html><body style="font-family:Lato,Helvetica,Arial,sans-serif">%s</body></html>' % linkify(zt)
        bA = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), int(date_t.timestamp() * 1000))
        bB = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), int(date_t.timestamp() * 1000))
        tp = text_part('text/plain', zt, 'UTF-8', 'quoted-printable')
        hp = text_part('text/html', m.get('html_body') or html, 'UTF-8', 'quoted-printable')
        cp = cal_part(ctx, ics, method, 'UTF-8', 'base64', name='iCalendar.ics')
        tree = Multi('mixed', [Multi('alternative', [tp, hp], bB), cp], bA)
        from_addr = 'no-reply@zoom.us'
        H += [('Date', rfc2822(date_t)), ('From', addr(oname or 'Zoom', 'no-reply@zoom.us', 'UTF-8')),
              ('Reply-To', addr(oname, oaddr, 'UTF-8')), ('To', rcaddr),
              ('Message-ID', '<%s.%s@%s>' % (rng.alnum(22), rng.alnum(6), 'zoom.us')), ('Subject', hval(subj, 'UTF-8', 'B')),
              ('MIME-Version', '1.0')]
    else:  # booking / custom / spam tools
        tree, H, from_addr = app_message(ctx, m, ics, method, summ, when, desc, loc, oname, oaddr, odom, cs, eol)
    # forwarded via other clients: prepend intro
    if fwd and inner_client not in ('exchange', 'outlook'):
        pass
    if m.get('extra_headers'):
        H += m['extra_headers']
    # ----------------------------------------------------------------- transport
    hdr_from = from_addr
    hdr_from_dom = hdr_from.split('@')[1].lower()
    if client == 'list':
        return list_wrap(ctx, m, tree, H, infra, oaddr, hdr_from, hdr_from_dom, t_sent, date_t, kind, summ)
    S = make_sender(ctx, infra, from_addr if infra not in ('google_cal',) else oaddr, t_sent)
    if infra == 'vps' and (kind == 'throwaway') and rng.chance(0.6):
        S.no_dmarc = True
    if infra == 'vps_spoof':
        S.pol = DMARC_POL[rng.pick([2, 2, 1, 0])]
        if rng.chance(0.4):
            S.no_dmarc = True
    TH = transport_headers(ctx, S, hdr_from_dom, T)
    ctx.meta_infra = infra
    ctx.meta_kind = kind
    ctx.meta_auth = TH[2][1]
    return crlf(render(tree, TH + H))


def tb_ver(y):
    from .clients import tb_version
    return tb_version(y)


def tb_rv(y):
    v = tb_ver(y)
    return v.split('.')[0] + '.0'


def ms_html(txt):
    out = []
    for para in txt.split('\n'):
        out.append('<p class="MsoNormal">%s</p>' % (linkify(para) if para.strip() else '&nbsp;'))
    return '\r\n'.join(out)


def google_html(ctx, m, ev, summ, when, desc, loc, oname, oaddr, guests, vurl, ch):
    rng = ctx.rng
    g = ''.join('<li><a href="mailto:%s" style="color:#3c4043">%s</a>%s</li>' % (
        a['addr'], html_escape(a.get('name') or a['addr']), ' - <span style="color:#70757a">%s</span>' % ch['org'].lower() if i == 0 else '')
        for i, a in enumerate(guests[:15]))
    meet = ''
    if ev.get('meet_url'):
        meet = '<tr><td><a href="%s" style="background-color:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></td></tr>' % ev['meet_url']
    rsvp = ''.join('<a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=%d&tok=%s&ctz=%s&hl=%s&es=0" style="padding:6px 12px">%s</a>' % (
        rng.alnum(60), i + 1, rng.alnum(40), ev.get('tz') or ctx.sender_tz, ctx.ui_lang, w) for i, w in enumerate([ch['yes'], ch['no'], ch['maybe']]))
    return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><title></title><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="word-spacing:normal;background-color:#ffffff">'
            '<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person">'
            '<meta itemprop="description" content="%s"/></span><span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
            '<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%%"><tbody>'
            '<tr><td><h2 itemprop="name" style="font-size:22px;color:#3c4043">%s</h2></td></tr>%s'
            '<tr><td><b>%s</b><br><span itemprop="startDate">%s</span></td></tr>%s'
            '<tr><td><b>%s</b><ul>%s</ul><a href="%s">View all guest info</a></td></tr>'
            '<tr><td><div style="white-space:pre-wrap" itemprop="description">%s</div></td></tr>'
            '<tr><td>Reply for <a href="mailto:%s">%s</a><br>%s<a href="%s">%s</a></td></tr>'
            '</tbody></table></div></span></span>'
            '<table><tr><td style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/" style="color:#1a73e8">Google Calendar</a>'
            '<br><br>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.'
            '<br><br>Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
            '<a href="https://support.google.com/calendar/answer/37135#forwarding">Learn more</a></td></tr></table></body></html>') % (
        html_escape('%s %s' % (oname or oaddr, 'invited you')), html_escape(summ), meet, ch['when'], html_escape(when),
        ('<tr><td><b>%s</b><br><span itemprop="location">%s</span></td></tr>' % (ch['where'], linkify(loc))) if loc else '',
        ch['who'], g, vurl, linkify(desc), ctx.rcpt['addr'], ctx.rcpt['addr'], rsvp, vurl, ch['more'])


def _pid(fmt):
    return lambda rng, m: fmt.format(v=rng.randint(1, 9), w=rng.randint(0, 20), b=m.get('brand_slug', 'App'),
                                     B=m.get('brand_name', 'App'))


APP_PRODIDS = [
    _pid('-//{B}//{B} Booking Engine {v}.{w}//EN'), _pid('-//{b}.com//NONSGML {B} Calendar//EN'),
    _pid('-//{B}//Reservations v{v}//EN'), _pid('-//Eluceo/ICal//2.0/EN'), _pid('-//Sabre//Sabre VObject 4.{v}.{w}//EN'),
    _pid('-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN'), _pid('-//ics.py - http://git.io/lLljaA//EN'),
    _pid('-//My calendar product//mxm.dk//'), _pid('-//Spatie//iCalendar Generator//EN'),
    _pid('-//{B}//Scheduler//EN'), _pid('-//{B} Inc//{B} {v}.{w}//EN'), _pid('{b}-ical-export'),
    _pid('-//hacksw/handcal//NONSGML v1.0//EN'), _pid('-//Ximian//NONSGML Evolution Calendar//EN'),
]


def app_message(ctx, m, ics, method, summ, when, desc, loc, oname, oaddr, odom, cs, eol):
    rng = ctx.rng
    rc = ctx.rcpt
    subj = m.get('subject') or summ
    plain = m.get('text_body') or desc or summ
    html = m.get('html_body')
    layout = m.get('layout') or rng.pick(['mixed_alt_att', 'mixed_html_cal', 'alt3', 'mixed_text_att', 'alt_html_cal', 'single'] if ctx.label == 'spam' or rng.chance(0.3)
                                         else ['mixed_alt_att', 'mixed_html_cal', 'alt3', 'mixed_text_att', 'alt_html_cal'])
    mailer = m.get('mailer') or rng.pick([None, None, 'PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (rng.randint(0, 9), rng.randint(0, 5)),
                                          'nodemailer (6.9.%d; +https://nodemailer.com/; SMTP/6.9.%d[client:6.9.%d])' % ((rng.randint(1, 9),) * 3),
                                          'Microsoft Outlook 16.0', 'Symfony Mailer', None])
    tcs = cs if rng.chance(0.8) else 'utf-8'
    sl = m.get('sloppy', set())
    mp = m.get('ct_method', method)
    cal_cte = 'base64' if eol == '\n' else rng.pick(['7bit', 'quoted-printable', 'base64', '8bit'])
    cal_cs = m.get('cal_charset') or ('utf-8' if rng.chance(0.8) else tcs)
    fname = m.get('ics_name') or rng.pick(['invite.ics', 'event.ics', 'booking.ics', 'calendar.ics', 'meeting.ics', 'appointment.ics', 'reservation.ics'])
    if 'nomethodparam' in sl:
        mp = None
    if html is None and layout in ('mixed_alt_att', 'alt3', 'alt_html_cal', 'mixed_html_cal'):
        html = '<html><head><meta charset="%s"></head><body>%s</body></html>' % (tcs, linkify(plain))
    tp = lambda: text_part('text/plain', plain, tcs, rng.pick(['quoted-printable', 'base64', '8bit', '7bit']))
    hp = lambda: text_part('text/html', html, tcs, rng.pick(['quoted-printable', 'base64', '7bit']))
    cpi = lambda: cal_part(ctx, ics, mp, cal_cs, cal_cte, eol=eol)
    cpa = lambda: cal_part(ctx, ics, mp if rng.chance(0.6) else None, cal_cs, 'base64', name=fname, disp='attachment; filename="%s"' % fname, eol=eol,
                           ctype=rng.pick(['text/calendar', 'text/calendar', 'application/ics', 'application/octet-stream']))
    bnd = lambda: rng.pick(['b1_%s' % rng.alnum(40), '=_%s' % rng.hexs(32), '===============%d==' % rng.randint(10 ** 17, 10 ** 19),
                            '--_NmP-%s-Part_1' % rng.hexs(16), '----=_NextPart_%03d_%04X_%08X.%08X' % (0, rng.randint(0, 65535), rng.getrandbits(32), rng.getrandbits(32)),
                            rng.hexs(28), 'boundary-%s' % rng.alnum(16)])
    if layout == 'mixed_alt_att':
        tree = Multi('mixed', [Multi('alternative', [tp(), hp()], bnd()), cpa()], bnd())
    elif layout == 'mixed_html_cal':
        tree = Multi('mixed', [hp(), cpa()], bnd())
    elif layout == 'alt3':
        tree = Multi('alternative', [tp(), hp(), cpi()], bnd())
    elif layout == 'alt_html_cal':
        tree = Multi('alternative', [hp(), cpi()], bnd())
    elif layout == 'mixed_text_att':
        tree = Multi('mixed', [tp(), cpa()], bnd())
    else:
        tree = cpi()
    from_addr = m.get('from_addr') or oaddr
    from_name = m.get('from_name', oname)
    H = [('From', addr(from_name, from_addr, tcs, raw8='raw8' in sl)), ('To', m.get('to_hdr') or addr(rc['name'] if rng.chance(0.4) else None, rc['addr'], tcs)),
         ('Subject', hval(subj, tcs, rng.pick(['B', 'Q']), raw8='raw8' in sl)), ('Date', rfc2822(ctx.date_t, ctx.sender_tz if rng.chance(0.5) else None)),
         ('Message-ID', '<%s@%s>' % (rng.pick([rng.hexs(32), rng.uuid(), '%d.%s' % (int(ctx.date_t.timestamp()), rng.alnum(12))]), m.get('mid_dom') or odom)),
         ('MIME-Version', '1.0')]
    if m.get('reply_to'):
        H.insert(2, ('Reply-To', m['reply_to']))
    if mailer:
        H.append(('X-Mailer', mailer))
    for k, v in m.get('app_headers', []):
        H.append((k, v))
    return tree, H, from_addr


LIST_KINDS = ['mailman2', 'mailman3', 'sympa', 'ggroups']


def list_wrap(ctx, m, tree, H, infra, oaddr, hdr_from, hdr_from_dom, t_sent, date_t, kind, summ):
    rng = ctx.rng
    L = m.get('list') or {}
    lk = L.get('kind') or rng.pick(LIST_KINDS)
    lname = L.get('name') or rng.pick(['members', 'announce', 'community', 'events', 'dev', 'users', 'general', 'alumni'])
    ldom = L.get('domain') or ('lists.' + world.corp(rng, ctx.lang)['domain'])
    if lk == 'ggroups':
        ldom = 'googlegroups.com'
    laddr = '%s@%s' % (lname, ldom)
    # original transport (sender side of the original message)
    S0 = make_sender(ctx, infra, hdr_from if infra not in ('google_cal',) else oaddr, t_sent)
    # footer / subject tag
    tag = L.get('tag', '[%s] ' % lname.title() if lk != 'ggroups' and rng.chance(0.7) else '')
    newH = []
    for k, v in H:
        if k == 'Subject' and tag:
            # re-encode with tag prefix: keep as encoded-word sequence after ascii tag
            v = tag + v
        if k in ('From',) and (lk in ('mailman3', 'ggroups') and rng.chance(0.6)):
            disp = (ctx.meta_disp if hasattr(ctx, 'meta_disp') else None)
            v = addr("'%s' via %s" % (m['org'].get('name') or oaddr.split('@')[0], lname), laddr, 'utf-8')
            newH.append(('X-Original-From', H_from_value(H)))
            newH.append(('Reply-To', addr(m['org'].get('name'), oaddr, 'utf-8')))
            hdr_from_dom_eff = ldom
            L['rewritten'] = True
        newH.append((k, v))
    footer_txt = {'mailman2': '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (lname, laddr, ldom, lname),
                  'mailman3': '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n' % (lname, laddr, lname, ldom),
                  'sympa': '--\nListe %s / list %s\nhttps://%s/sympa/info/%s\n' % (lname, laddr, ldom, lname),
                  'ggroups': '-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n' % (lname, lname, lname, rng.hexs(20))}[lk]
    fp = text_part('text/plain', footer_txt, 'us-ascii', '7bit', disp='inline')
    if isinstance(tree, Multi) and tree.subtype == 'mixed':
        tree.parts.append(fp)
    else:
        tree = Multi('mixed', [tree, fp], '===============%d==' % rng.randint(10 ** 17, 10 ** 19))
    lh = []
    if lk == 'ggroups':
        lh += [('X-Original-Sender', oaddr), ('X-Original-Authentication-Results', 'mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n       spf=pass smtp.mailfrom=%s' % (hdr_from_dom, hdr_from_dom)),
               ('Precedence', 'list'), ('Mailing-list', 'list %s@googlegroups.com; contact %s+owners@googlegroups.com' % (lname, lname)),
               ('List-ID', '<%s.googlegroups.com>' % lname), ('X-Google-Group-Id', str(rng.randint(10 ** 11, 10 ** 12))),
               ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>' % (lname, lname)),
               ('List-Help', '<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % lname),
               ('List-Archive', '<https://groups.google.com/group/%s/>' % lname),
               ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>' % (rng.digits(12), lname))]
    else:
        lh += [('X-BeenThere', laddr)]
        if lk == 'mailman2':
            lh.append(('X-Mailman-Version', '2.1.%d' % rng.randint(20, 39)))
        elif lk == 'mailman3':
            lh += [('X-Mailman-Version', '3.3.%d' % rng.randint(3, 9)), ('Message-ID-Hash', rng.alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
                   ('X-Message-ID-Hash', rng.alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')), ('X-MailFrom', oaddr)]
        else:
            lh.append(('X-Loop', laddr))
            lh.append(('X-Sympa-To', laddr))
        lh += [('Precedence', 'list'), ('List-Id', '%s <%s>' % (lname.title() + ' list', laddr.replace('@', '.'))),
               ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (ldom, lname, lname, ldom)),
               ('List-Archive', '<https://%s/pipermail/%s/>' % (ldom, lname)), ('List-Post', '<mailto:%s>' % laddr),
               ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lname, ldom)),
               ('List-Subscribe', '<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (ldom, lname, lname, ldom)),
               ('Errors-To', '%s-bounces@%s' % (lname, ldom)), ('Sender', '"%s" <%s-bounces@%s>' % (lname.title(), lname, ldom))]
    # list server transport
    S = Sender()
    S.infra = 'list'
    S.ip = rng.ip()
    host = ('mail-sor-f%d.google.com' % rng.randint(41, 99)) if lk == 'ggroups' else rng.pick(['lists.', 'mail.', 'mailman.', 'sympa.']) + ldom.replace('lists.', '')
    S.mx_helo = S.mx_rdns = host
    S.envelope = ('%s+bncBD%s@googlegroups.com' % (lname, rng.alnum(40))) if lk == 'ggroups' else '%s-bounces+%s=%s@%s' % (lname, ctx.rcpt['addr'].split('@')[0], ctx.rcpt['domain'], ldom)
    S.pol = DMARC_POL[rng.pick([0, 1, 2])]
    S.darn = ctx.rcpt['domain']
    # original signatures now fail (subject/body modified), unless ggroups without tag
    for d, s, res, b in S0.dkim:
        S.dkim.append((d, s, 'fail' if (tag or lk != 'ggroups' or True) else 'pass', b))
    S.sign = list(S0.sign)
    if lk == 'ggroups' or rng.chance(0.5):
        dkim_sig(rng, S, ldom if lk != 'ggroups' else 'googlegroups.com', 'dkim' if lk != 'ggroups' else '20230601', T_(ctx))
        S.sign = [S.sign[-1]] + S.sign[:-1]
    S.relays = [received('%s (%s [%s])' % (S0.mx_helo, S0.mx_rdns or 'unknown', S0.ip), host + (' (Postfix)' if lk != 'ggroups' else ''),
                         'ESMTPS', qid(rng), t_sent + dt.timedelta(seconds=rng.randint(1, 20)), laddr)] + S0.relays
    S.extra = S0.extra
    S.spf = 'pass'
    eff_dom = ldom if L.get('rewritten') else hdr_from_dom
    if L.get('rewritten') and lk != 'ggroups' and not any(d == ldom for d, s, r, b in S.dkim):
        pass
    TH = transport_headers(ctx, S, eff_dom, ctx.arrival)
    ctx.meta_infra = 'list:' + lk + '/' + infra
    ctx.meta_kind = kind
    return crlf(render(tree, TH + lh + newH))


def T_(ctx):
    return ctx.arrival - dt.timedelta(seconds=5)


def H_from_value(H):
    for k, v in H:
        if k == 'From':
            return v
    return ''
