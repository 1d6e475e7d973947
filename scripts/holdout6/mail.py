"""Message assembly for corpus/holdout6: people, sender set-ups, MX trace, client layouts, iCalendar."""
import datetime as dt
import string

from core import (CRLF, UTC, LANGS, LABELS, LANG_TZ, Part, addr, ascii_fold, b64_encode, encode_body, ew, fmt_amount,
                  fmt_date, fold_header, html_from_text, ics_local, ics_text, ics_utc, ics_date, postfix_date, rfc2822,
                  to_local, vtimezone, esc, wrap_html, needs_encoding)

ROMAN = {
    'ru': (['aleksey', 'natalya', 'dmitry', 'olga', 'sergey', 'irina'], ['ivanov', 'smirnova', 'kuznetsov', 'popova', 'sokolov', 'morozova']),
    'el': (['giorgos', 'maria', 'nikos', 'eleni', 'dimitris', 'katerina'], ['papadopoulos', 'oikonomou', 'georgiou', 'vasileiou', 'nikolaou']),
    'ar': (['mohammed', 'fatima', 'ahmed', 'maryam', 'khaled', 'nour'], ['alali', 'alhasan', 'mansour', 'alkhatib', 'haddad']),
    'he': (['yossi', 'michal', 'daniel', 'noa', 'avi', 'shira'], ['cohen', 'levi', 'mizrahi', 'peretz', 'biton']),
    'ja': (['kenta', 'yumi', 'sho', 'aya', 'daisuke', 'misaki'], ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito']),
    'zh': (['wei', 'fang', 'jing', 'lei', 'xiaoming', 'li'], ['wang', 'li', 'zhang', 'liu', 'chen', 'yang']),
    'ko': (['minjun', 'seoyeon', 'jihoon', 'haeun', 'hyunwoo', 'subin'], ['kim', 'lee', 'park', 'choi', 'jung', 'kang']),
}
EN_GIVEN = ['Olivia', 'James', 'Priya', 'Marcus', 'Hannah', 'Daniel', 'Grace', 'Ethan', 'Chloe', 'Samuel', 'Aisha',
            'Connor', 'Megan', 'Tom', 'Rachel', 'Victor', 'Lauren', 'Kevin', 'Fiona', 'Owen', 'Naomi', 'Derek']
EN_FAMILY = ['Walker', 'Bennett', 'Okafor', 'Hughes', 'Patel', 'Sullivan', 'Reyes', 'Foster', 'Nguyen', 'Campbell',
             'Whitfield', 'Harper', 'Lindgren', 'Moreno', 'Ashworth', 'Doyle', 'Kowalczyk', 'Tanaka']
FAMILY_FIRST = ('ja', 'zh', 'ko')

RCPT_DOMAINS = ['example.net'] * 18 + ['example.org', 'mail.example.net']


class Ctx:
    """Per-message state: the seeded RNG plus helpers that draw names, numbers and dates."""

    def __init__(self, rng, side, cat, idx, lang, arrival):
        self.r, self.side, self.cat, self.idx, self.lang, self.arrival = rng, side, cat, idx, lang, arrival

    def choice(self, seq):
        return self.r.choice(seq)

    def hexs(self, n):
        return ''.join(self.r.choice('0123456789abcdef') for _ in range(n))

    def alnum(self, n, upper=False):
        a = string.ascii_uppercase + string.digits if upper else string.ascii_letters + string.digits
        return ''.join(self.r.choice(a) for _ in range(n))

    def uuid(self, upper=False):
        h = self.hexs(32)
        u = '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])
        return u.upper() if upper else u

    def person(self, lang=None):
        lang = lang or self.lang
        if lang == 'en':
            g, f = self.choice(EN_GIVEN), self.choice(EN_FAMILY)
            return '%s %s' % (g, f), g, '%s.%s' % (g.lower(), f.lower())
        L = LANGS[lang]
        gi, fi = self.r.randrange(len(L['given'])), self.r.randrange(len(L['family']))
        g, f = L['given'][gi], L['family'][fi]
        if lang in ROMAN:
            rg, rf = ROMAN[lang]
            loc = '%s.%s' % (rg[gi % len(rg)], rf[fi % len(rf)])
        else:
            loc = ascii_fold('%s.%s' % (g, f)).lower().replace(' ', '')
        name = (f + g if lang in ('ja', 'zh') else f + ' ' + g if lang == 'ko' else g + ' ' + f)
        return name, g, loc

    def recipient(self):
        name, first, loc = self.person()
        dom = self.choice(RCPT_DOMAINS)
        if self.r.random() < 0.3:
            loc = loc.split('.')[0] + str(self.r.randrange(10, 99))
        return name, first, '%s@%s' % (loc, dom)

    def phone(self, lang=None, kind=None):
        lang = lang or self.lang
        kind = kind or {'en': self.choice(['us', 'us', 'uk', 'au']), 'fr': 'fr'}.get(lang, self.choice(['us', 'uk', 'uk']))
        n = self.r.randrange(100, 200)
        if kind == 'us':
            area = self.choice(['800', '888', '877', '844', '202', '312', '415', '646'])
            return self._us(area, n)
        if kind == 'uk':
            if self.r.random() < 0.5:
                return self.choice(['01632 960%03d', '+44 1632 960%03d']) % self.r.randrange(0, 1000)
            return self.choice(['07700 900%03d', '+44 7700 900%03d']) % self.r.randrange(0, 1000)
        if kind == 'au':
            return self.choice(['(02) 5550 %04d', '0491 570 %03d']) % self.r.randrange(0, 1000)
        if kind == 'fr':
            return self.choice(['01 99 00 %02d %02d', '+33 1 99 00 %02d %02d', '06 39 98 %02d %02d']) % (self.r.randrange(100), self.r.randrange(100))
        raise ValueError(kind)

    def _us(self, area, n):
        fmt = self.choice(['+1 (%s) 555-%04d', '1-%s-555-%04d', '+1 %s 555 %04d', '(%s) 555-%04d', '+1-%s-555-%04d'])
        return fmt % (area, n)

    def code(self, n=6, digits=False):
        return ''.join(self.r.choice(string.digits if digits else string.ascii_uppercase + string.digits) for _ in range(n))

    def amount(self, lo, hi, cur=None, lang=None):
        v = round(self.r.uniform(lo, hi), 2)
        return fmt_amount(lang or self.lang, v, cur)

    def tz(self):
        return self.choice(LANG_TZ[self.lang])

    def start(self, tzid, days_lo=1, days_hi=14, hours=(9, 17), minute_step=30, allday=False):
        d = self.arrival + dt.timedelta(days=self.r.randint(days_lo, days_hi))
        loc = to_local(tzid, d)
        h = self.r.randint(*hours)
        m = self.choice(range(0, 60, minute_step))
        return loc.replace(hour=h, minute=m, second=0, microsecond=0)


# ---------------------------------------------------------------- sender set-ups

def ip4(ctx, net=None):
    net = net or ctx.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, ctx.r.randrange(2, 254))


def ip6(ctx):
    return '2001:db8:%x:%x::%x' % (ctx.r.randrange(1, 0xffff), ctx.r.randrange(1, 0xffff), ctx.r.randrange(1, 0xfff))


def dkim_sig(ctx, d, s, t):
    b = ctx.alnum(340)
    bh = ctx.alnum(43) + '='
    lines = ['v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;' % (d, s),
             't=%d; h=from:to:subject:date:message-id:mime-version:content-type;' % t,
             'bh=%s;' % bh, 'b=' + b[:60]]
    lines += [b[i:i + 70] for i in range(60, len(b), 70)]
    return 'DKIM-Signature: ' + (CRLF + '\t').join(lines)


def sender_setup(ctx, kind, from_dom, mailfrom, **kw):
    """Return the infrastructure dict for one sender set-up; Authentication-Results follow from it.

    kinds: google, outlook, icloud, yahoo, own (own server, pass), esp, spoof (fails), noauth (own domain, no DKIM,
    no DMARC record), list (DKIM broken by the list)."""
    r = ctx.r
    res = dict(kind=kind, from_dom=from_dom, mailfrom=mailfrom, dkim=None, dkim_d=None, selector=None,
               spf='pass', dmarc='pass', policy=kw.get('policy', 'none'))
    if kind == 'google':
        res.update(helo='mail-%s-f%d.google.com' % (ctx.choice(['sor', 'yw1', 'pl1', 'qk1', 'wr1', 'ej1']), r.randrange(41, 199)),
                   ip=ip4(ctx, '198.51.100') if r.random() < 0.6 else ip6(ctx), dkim='pass', dkim_d=kw.get('dkim_d', from_dom),
                   selector=kw.get('selector', ctx.choice(['20161025', '20210112', '20230601'])), rdns=True)
        res['policy'] = kw.get('policy', 'quarantine' if from_dom == 'gmail.com' else 'none')
    elif kind == 'outlook':
        res.update(helo='mail-%son2%03d.outbound.protection.outlook.com' % (ctx.choice(['db8eur05', 'bn8nam12', 'vi1eur03', 'am7eur03', 'sg2apc01', 'lo2gbr01']), r.randrange(100, 999)),
                   ip=ip6(ctx) if r.random() < 0.5 else ip4(ctx, '203.0.113'), dkim='pass', dkim_d=kw.get('dkim_d', from_dom),
                   selector=kw.get('selector', 'selector1' if r.random() < 0.5 else 'selector2'), rdns=True)
        if from_dom in ('outlook.com', 'hotmail.com', 'live.com'):
            res['policy'] = 'none'
    elif kind == 'icloud':
        res.update(helo='%s.me.com' % ctx.choice(['pv50p00im-ztdg10021101', 'st43p00im-zteg10073401', 'ms11p00im-qufo17281801']),
                   ip=ip4(ctx, '192.0.2'), dkim='pass', dkim_d=from_dom, selector='1a1hai', rdns=True, policy='quarantine')
    elif kind == 'yahoo':
        res.update(helo='sonic%d-%d.consmr.mail.%s.yahoo.com' % (r.randrange(300, 330), r.randrange(10, 40), ctx.choice(['bf2', 'gq1', 'ne1', 'ir2'])),
                   ip=ip4(ctx, '203.0.113'), dkim='pass', dkim_d=from_dom, selector='s2048', rdns=True, policy='reject')
    elif kind in ('own', 'esp'):
        res.update(helo=kw.get('helo', 'mail.' + from_dom), ip=kw.get('ip', ip4(ctx)), dkim='pass',
                   dkim_d=kw.get('dkim_d', from_dom), selector=kw.get('selector', ctx.choice(['s1', 'mail', 'default', 'k1', 'dkim', 'sel2024', 'google'])),
                   rdns=True)
    elif kind == 'spoof':
        res.update(helo=kw.get('helo', ctx.choice(['vps', 'srv', 'host', 'mail', 'ubuntu-s-1vcpu']) + '%d.%s' % (r.randrange(1, 999), kw.get('vps_dom', ctx.choice(['cloudvps.test', 'hostbox.example', 'cheapservers.test'])))),
                   ip=ip4(ctx), dkim=kw.get('dkim', 'none'), dkim_d=kw.get('dkim_d'), selector=kw.get('selector'),
                   spf=kw.get('spf', ctx.choice(['fail', 'softfail', 'none'])), dmarc=kw.get('dmarc', 'fail'),
                   policy=kw.get('policy', ctx.choice(['reject', 'quarantine', 'reject'])), rdns=r.random() < 0.4)
    elif kind == 'noauth':
        res.update(helo=kw.get('helo', 'mail.' + from_dom), ip=ip4(ctx), dkim='none', spf=kw.get('spf', 'pass'),
                   dmarc='none', rdns=r.random() < 0.5)
    elif kind == 'list':
        res.update(helo=kw['helo'], ip=ip4(ctx), dkim='fail', dkim_d=kw.get('dkim_d', from_dom), selector=kw.get('selector', 'google'),
                   spf='pass', dmarc=kw.get('dmarc', 'fail'), policy=kw.get('policy', 'none'), rdns=True)
    else:
        raise ValueError(kind)
    return res


def auth_results(ctx, s):
    parts = ['mx.example.net']
    if s['dkim'] == 'none':
        parts.append('dkim=none (message not signed)')
    elif s['dkim'] == 'fail':
        parts.append('dkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=%s'
                     % (s['dkim_d'], s['dkim_d'], ctx.alnum(8)))
    else:
        parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                     % (s['dkim_d'], s['dkim_d'], s['selector'], ctx.alnum(8)))
    mf = s['mailfrom']
    mfd = mf.split('@')[-1]
    if s['spf'] == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, s['ip'], mf))
    elif s['spf'] == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, s['ip'], mf))
    elif s['spf'] == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, s['ip'], mf))
    else:
        parts.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (mfd, mf))
    if s['dmarc'] == 'none':
        parts.append('dmarc=none header.from=%s' % s['from_dom'])
    else:
        p = s['policy'].upper()
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (s['dmarc'], p, p,
                     'NONE' if s['dmarc'] == 'pass' or p == 'NONE' else p, s['from_dom']))
    return 'Authentication-Results: ' + (';' + CRLF + '\t').join(parts)


def qid(ctx):
    if ctx.arrival.year < 2019:
        return ''.join(ctx.r.choice('0123456789ABCDEF') for _ in range(10))
    return ''.join(ctx.r.choice('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz') for _ in range(12))


def tls_clause(ctx):
    y = ctx.arrival.year
    if y < 2019:
        c = ctx.choice(['ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)', 'ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)'])
        return '(using TLSv1.2 with cipher %s)%s\t(No client certificate requested)' % (c, CRLF)
    return ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)%s\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)%s\t(No client certificate requested)'
            % (CRLF, CRLF)) if ctx.r.random() < 0.8 else '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))%s\t(No client certificate requested)' % CRLF


def mx_received(ctx, s, rcpt, tls=True):
    host = s['helo']
    ipb = ('IPv6:' + s['ip']) if ':' in s['ip'] else s['ip']
    rd = host if s.get('rdns') else 'unknown'
    line = 'Received: from %s (%s [%s])%s\t' % (host, rd, ipb, CRLF)
    if tls:
        line += tls_clause(ctx) + CRLF + '\t'
    line += 'by mx.example.net (Postfix) with %s id %s%s\tfor <%s>; %s' % ('ESMTPS' if tls else 'ESMTP', qid(ctx), CRLF, rcpt, postfix_date(ctx.arrival))
    return line


def sender_received(ctx, s, rcpt, when):
    k = s['kind']
    d = rfc2822(when)
    if k == 'google':
        return 'Received: by %s with SMTP id %s.%d.%s%s\tfor <%s>; %s' % (s['helo'], ctx.alnum(8) + '-' + ctx.alnum(4), ctx.r.randrange(10, 99), ctx.alnum(16), CRLF, rcpt, d)
    if k == 'outlook':
        a = ctx.choice(['DB9PR', 'AM0PR', 'BN6PR', 'SA1PR', 'PAXPR', 'LO4P'])
        host = '%s%02dMB%04d.%s.prod.outlook.com' % (a, ctx.r.randrange(1, 99), ctx.r.randrange(1000, 9999), ctx.choice(['eurprd08', 'namprd12', 'eurprd05', 'GBRP265', 'apcprd06']))
        return ('Received: from %s%s\t([%s]) by %s%s\t([%s]) with mapi id 15.20.%d.%03d; %s'
                % (host, CRLF, ip6(ctx), host, CRLF, ip6(ctx), ctx.r.randrange(1000, 9999), ctx.r.randrange(0, 60), d))
    if k == 'icloud':
        return 'Received: from smtpclient.apple (%s [%s])%s\tby %s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s' % (
            'unknown', ip4(ctx), CRLF, s['helo'], qid(ctx), CRLF, rcpt, d)
    if k == 'list':
        return 'Received: from %s (%s [%s])%s\tby %s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s' % (
            s.get('origin', 'mail-pl1-f%d.google.com' % ctx.r.randrange(41, 199)), s.get('origin', 'mail-pl1-f.google.com'), ip4(ctx, '198.51.100'), CRLF,
            s['helo'], qid(ctx), CRLF, s.get('list_addr', rcpt), d)
    if k == 'yahoo':
        return 'Received: from %s by %s with HTTP; %s' % ('sonic.gate.mail.ne1.yahoo.com', s['helo'], d)
    if s.get('script'):
        return 'Received: by %s (Postfix, from userid %d)%s\tid %s; %s' % (s['helo'], ctx.choice([33, 48, 1000, 1001]), CRLF, qid(ctx), d)
    return 'Received: from %s (%s [%s])%s\t(Authenticated sender: %s)%s\tby %s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s' % (
        ctx.choice(['client', 'laptop', 'WIN-' + ctx.alnum(6, True), 'smtpclient']),
        ctx.choice(['unknown', 'dynamic']), ip4(ctx), CRLF, s['mailfrom'], CRLF, s['helo'], qid(ctx), CRLF, rcpt, d)


# ---------------------------------------------------------------- iCalendar objects

def make_event(ctx, ev, flavor, malform=None):
    """ev: dict with summary, description, location, start (aware local), end, tzid, organizer (name, addr),
    attendees [(name, addr, partstat, role)], uid, seq, rrule, alarms [trigger], url, attach, conference,
    alt_desc, method, status, allday, extra (list of raw lines), todo, sent_by, dtstamp, recurrence_id,
    comment, class"""
    windows = flavor in ('outlook', 'zimbra') and ev.get('tzid') and not ev.get('allday')
    tzid = ev.get('tzid')
    tzname = None
    L = ['BEGIN:VCALENDAR']
    prodid = ev.get('prodid') or PRODIDS[flavor](ctx)
    if flavor in ('outlook', 'zimbra'):
        L += ['METHOD:' + ev['method'], 'PRODID:' + prodid, 'VERSION:2.0']
    else:
        L += ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + ev['method']]
    if ev.get('cal_extra'):
        L += ev['cal_extra']
    if tzid and not ev.get('allday') and not ev.get('utc'):
        tzname = TZS_WIN(tzid) if windows else tzid
        if malform != 'tzid-no-vtimezone':
            L += vtimezone(tzid, windows=windows)
    comp = 'VTODO' if ev.get('todo') else 'VEVENT'
    E = ['BEGIN:' + comp]
    lang = ev.get('lang_param')
    lp = (';LANGUAGE=' + lang) if (lang and flavor == 'outlook') else ''

    def dtp(name, d):
        if ev.get('allday'):
            return '%s;VALUE=DATE:%s' % (name, ics_date(d))
        if ev.get('utc') or not tzid:
            return '%s:%s' % (name, ics_utc(d))
        return '%s;TZID=%s:%s' % (name, '"%s"' % tzname if ' ' in tzname and flavor == 'zimbra' else tzname, ics_local(d))
    org = ev.get('organizer')
    if org:
        p = ';CN=' + quote_param(org[0]) if org[0] else ''
        if ev.get('sent_by'):
            p += ';SENT-BY="mailto:%s"' % ev['sent_by']
        E.append('ORGANIZER%s:mailto:%s' % (p, org[1]))
    for a in ev.get('attendees', []):
        name, ad, ps, role = (list(a) + [None, None])[:4]
        ps = ps or 'NEEDS-ACTION'
        role = role or 'REQ-PARTICIPANT'
        if flavor == 'google':
            E.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (role, ps, quote_param(name or ad), ad))
        elif flavor == 'apple':
            E.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s;RSVP=TRUE:mailto:%s' % (quote_param(name or ad), ad, ps, role, ad))
        elif flavor == 'outlook':
            E.append('ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s' % (role, ps, quote_param(name or ad), ad))
        else:
            cn = (';CN=' + quote_param(name)) if name else ''
            E.append('ATTENDEE;RSVP=TRUE;PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (ps, role, cn, ad))
    if ev.get('description') is not None:
        E.append('DESCRIPTION%s:%s' % (lp, esc(ev['description'])))
    if ev.get('recurrence_id'):
        E.append(dtp('RECURRENCE-ID', ev['recurrence_id']))
    if ev.get('rrule'):
        E.append('RRULE:' + ev['rrule'])
    if ev.get('exdate'):
        E.append(dtp('EXDATE', ev['exdate']))
    E.append('SUMMARY%s:%s' % (lp, esc(ev['summary'])))
    if not ev.get('todo'):
        E.append(dtp('DTSTART', ev['start']))
        E.append(dtp('DTEND', ev['end']))
    else:
        E.append(dtp('DTSTART', ev['start']))
        E.append(dtp('DUE', ev['end']))
    if ev.get('location') is not None:
        E.append('LOCATION%s:%s' % (lp, esc(ev['location'])))
    if ev.get('url'):
        E.append('URL:' + ev['url'])
    for at in ev.get('attach', []):
        E.append('ATTACH;FMTTYPE=%s:%s' % at if isinstance(at, tuple) else 'ATTACH:' + at)
    if ev.get('conference'):
        E.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (quote_param(ev.get('conference_label', 'Join')), ev['conference']))
    if ev.get('comment'):
        E.append('COMMENT:' + esc(ev['comment']))
    if malform != 'no-uid':
        E.append('UID:' + ev['uid'])
    E.append('DTSTAMP:' + ics_utc(ev['dtstamp']))
    if flavor in ('google', 'apple', 'thunderbird', 'nextcloud', 'sogo'):
        E.append('CREATED:' + ics_utc(ev['dtstamp'] - dt.timedelta(minutes=ctx.r.randrange(1, 90))))
        E.append('LAST-MODIFIED:' + ics_utc(ev['dtstamp']))
    E.append('SEQUENCE:%d' % ev.get('seq', 0))
    E.append('STATUS:' + ev.get('status', 'CONFIRMED'))
    if ev.get('class'):
        E.append('CLASS:' + ev['class'])
    if flavor == 'outlook':
        E += ['PRIORITY:5', 'TRANSP:' + ev.get('transp', 'OPAQUE'), 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('seq', 0),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ev.get('busy', 'BUSY'), 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.get('allday') else 'FALSE'), 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0), 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
              'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if ev.get('teams'):
            E.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['teams'])
            E.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s' % (org[1] if org else 'x', ctx.alnum(32), ctx.uuid()))
    else:
        E.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
    if flavor == 'apple':
        E.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    if ev.get('alt_desc'):
        E.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['alt_desc']))
    E += ev.get('extra', [])
    for trig in ev.get('alarms', []):
        if flavor == 'outlook':
            E += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + trig, 'ACTION:DISPLAY', 'END:VALARM']
        else:
            E += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(ev.get('alarm_text', 'Reminder')), 'TRIGGER:' + trig, 'END:VALARM']
    E.append('END:' + comp)
    L += E
    for extra_ev in ev.get('more', []):
        L += extra_ev
    if malform != 'no-end':
        L.append('END:VCALENDAR')
    elif ctx.r.random() < 0.5:
        L.remove('END:' + comp)
    return ics_text(L, fold=(malform != 'unfolded'))


def TZS_WIN(tzid):
    from core import TZS
    return TZS[tzid][0]


def quote_param(v):
    v = v.replace('"', "'")
    return '"%s"' % v if any(c in v for c in ',;:') else v


def _apple_prodid(ctx):
    y = ctx.arrival.year
    v = {2016: 'Mac OS X 10.12.1', 2017: 'Mac OS X 10.13', 2018: 'Mac OS X 10.14', 2019: 'Mac OS X 10.15',
         2020: 'macOS 11.1', 2021: 'macOS 12.0.1', 2022: 'macOS 13.0', 2023: 'macOS 14.1', 2024: 'macOS 15.0',
         2025: 'macOS 15.4', 2026: 'macOS 26.0'}[y]
    return ctx.choice(['-//Apple Inc.//%s//EN' % v, '-//Apple Inc.//iCloud Web Calendar//EN' if y < 2020 else '-//Apple Inc.//iOS %d.0//EN' % (y - 2006)])


PRODIDS = {
    'google': lambda c: '-//Google Inc//Google Calendar 70.9054//EN',
    'outlook': lambda c: 'Microsoft Exchange Server 2010',
    'apple': _apple_prodid,
    'thunderbird': lambda c: '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'yahoo': lambda c: '-//Yahoo//Yahoo Calendar//EN',
    'zimbra': lambda c: 'Zimbra-Calendar-Provider',
    'nextcloud': lambda c: '-//IDN nextcloud.com//Calendar app %s//EN' % c.choice(['2.3.4', '3.5.0', '4.6.4', '5.1.0']),
    'sogo': lambda c: '-//Inverse inc./SOGo %s//EN' % c.choice(['4.3.2', '5.8.0', '5.11.2']),
    'script': lambda c: c.choice(['-//hacksw/handcal//NONSGML v1.0//EN', '-//Events//Calendar 1.0//EN', '-//ical-generator//EN',
                                  '-//Spatie//iCalendar Generator//EN', '-//icalendar//python//EN', '-//Company//Event//EN']),
}


# ---------------------------------------------------------------- layouts

def boundary(ctx, style):
    if style == 'google':
        return '000000000000' + ctx.hexs(16)
    if style == 'outlook':
        return '_000_' + ctx.alnum(40, True) + '_'
    if style == 'apple':
        return 'Apple-Mail=_' + ctx.uuid(True)
    if style == 'thunderbird':
        return '------------' + ctx.alnum(24)
    if style == 'python':
        return '===============%019d==' % ctx.r.randrange(10 ** 18, 10 ** 19)
    if style == 'php':
        return 'b1_' + ctx.alnum(40)
    if style == 'node':
        return '--_NmP-' + ctx.hexs(16) + '-Part_1'
    if style == 'yahoo':
        return '----=_Part_%d_%d.%d' % (ctx.r.randrange(10 ** 6, 10 ** 7), ctx.r.randrange(10 ** 8, 10 ** 9), ctx.r.randrange(10 ** 12, 10 ** 13))
    if style == 'zimbra':
        return '=_' + ctx.uuid()
    return '----' + ctx.alnum(30)


def tpart(ctx, ctype, text, charset, cte, malform=None, extra=None, headers=None):
    if malform == 'raw8bit-ascii' and ctype == 'text/plain':
        return Part(ctype, encode_body(text, 'utf-8', '8bit'), params=[('charset', 'us-ascii')], cte='7bit', headers=headers)
    try:
        to_check = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
        if cte in ('7bit',):
            cte = 'base64'
    if cte == '7bit' and charset not in ('iso-2022-jp',) and any(ord(ch) > 127 for ch in text):
        cte = '8bit'
    return Part(ctype, encode_body(text, charset, cte), params=[('charset', charset)] + (extra or []), cte=cte, headers=headers)


def cal_part(ics, method, cte, name=None, ctype='text/calendar', charset='utf-8', disp=None):
    params = [('charset', charset)]
    if method and ctype == 'text/calendar':
        params.append(('method', method))
    if name:
        params.append(('name', name))
    if cte == 'base64':
        body = b64_encode(ics.encode('utf-8'))
    elif cte == 'quoted-printable':
        from core import qp_encode
        body = qp_encode(ics.encode('utf-8').replace(b'\r\n', b'\r\n'))
    else:
        body = ics.encode('utf-8').decode('latin-1')
        if cte == '7bit' and any(ord(c) > 127 for c in body):
            cte = '8bit'
    h = []
    if disp:
        h.append('Content-Disposition: %s; filename="%s"' % (disp, name or 'invite.ics'))
    return Part(ctype, body, params=params, cte=cte, headers=h)
