# -*- coding: utf-8 -*-
"""Helpers shared by the spam and ham category writers (CC0 1.0)."""
import datetime as dt
import string

import core
import lang as LG
from core import P
from util import alnum, hexs, uid4, UTC, TZ, to_local


class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'


_BAGS = {}


def bag(c, seq):
    """Draw templates without replacement (per list), so a category rarely repeats a template."""
    left = _BAGS.get(id(seq))
    if not left:
        left = list(range(len(seq)))
        c.rng.shuffle(left)
    k = left.pop()
    _BAGS[id(seq)] = left
    return seq[k]


def fill(s, **kw):
    return s.format_map(SafeDict(kw)) if s else s


OK_KINDS = {'google': ['free', 'org', 'lookalike', 'spoof'], 'outlook': ['free', 'org', 'lookalike', 'spoof'],
            'apple': ['free', 'org', 'spoof'], 'yahoo': ['free'], 'thunderbird': ['free', 'org', 'lookalike', 'vps', 'spoof'],
            'zimbra': ['org', 'lookalike'], 'sogo': ['org', 'lookalike'], 'nextcloud': ['org', 'lookalike'],
            'zoom': ['free', 'org', 'lookalike'], 'custom': ['vps', 'spoof', 'lookalike', 'org', 'service', 'free']}


def kind_for(c, prefer):
    ok = OK_KINDS[c.client]
    if c.client in ('nextcloud', 'zimbra', 'sogo') and 'org' in prefer and c.chance(0.85):
        return 'org'
    cand = [k for k in prefer if k in ok]
    return c.pick(cand) if cand else ok[0]


def sender(c, kind, who=None, domain=None, lang=None, policy='auto', local=None, disp=None):
    """Wrapper around Ctx.sender that also deals with Zoom's relaying."""
    if c.client == 'zoom' and kind in ('free', 'org', 'service'):
        real = c.sender(kind if kind != 'free' else 'org', who=who, domain=domain or c.freemail(lang), lang=lang,
                        policy=policy, local=local, disp=disp)
        z = P(real.name, 'no-reply@zoom.us')
        c.setup = c._setup('org', z, 'auto')
        c.zoom_host = real
        return z, real
    p = c.sender(kind, who=who, domain=domain, lang=lang, policy=policy, local=local, disp=disp)
    return p, p


def uid(c, dom=None):
    rng = c.rng
    cl = c.client
    if cl == 'google':
        return alnum(rng, 26, string.ascii_lowercase + string.digits) + '@google.com'
    if cl == 'outlook':
        return ('040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s' % (hexs(rng, 16, True), hexs(rng, 32, True)))
    if cl == 'apple':
        return uid4(rng, True)
    if cl == 'sogo':
        return '%X-%X-%X-%X' % (rng.randint(0x100, 0xfff), rng.randint(0x60000000, 0x6fffffff), rng.randint(1, 99),
                                rng.randint(0x10000000, 0x7fffffff))
    if cl == 'yahoo':
        return 'yahoo-%s@yahoo.com' % alnum(rng, 24)
    if cl == 'zoom':
        return '%sZ-%d@zoom.us' % (c.arrival.strftime('%Y%m%dT%H%M%S'), rng.randint(10 ** 10, 10 ** 11 - 1))
    if cl == 'custom':
        d = dom or 'localhost'
        return rng.choice([uid4(rng), '%s@%s' % (hexs(rng, 32), d), '%d@%s' % (rng.randint(10 ** 5, 10 ** 9), d),
                           '%s-%d@%s' % (rng.choice(['evt', 'booking', 'appt', 'cal']), rng.randint(1000, 999999), d),
                           uid4(rng, True)])
    return uid4(rng)


def att(p, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, cutype='INDIVIDUAL'):
    return dict(p=p, role=role, partstat=partstat, rsvp=rsvp, cutype=cutype)


def conf(c, kind):
    rng = c.rng
    if kind == 'teams' and c.year < 2018:
        kind = 'skype'
    if kind == 'meet':
        lo = string.ascii_lowercase
        return 'https://meet.google.com/%s-%s-%s' % (alnum(rng, 3, lo), alnum(rng, 4, lo), alnum(rng, 3, lo)), 'meet'
    if kind == 'teams':
        return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s'
                '%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (alnum(rng, 48), uid4(rng), uid4(rng))), 'teams'
    if kind == 'skype':
        return 'https://meet.lync.com/%s/%s/%s' % (alnum(rng, 8).lower(), alnum(rng, 6).lower(), alnum(rng, 8).upper()), 'skype'
    if kind == 'zoom':
        return 'https://us0%dweb.zoom.us/j/%d?pwd=%s' % (rng.randint(2, 6), rng.randint(10 ** 10, 10 ** 11 - 1), alnum(rng, 32)), 'zoom'
    if kind == 'webex':
        return 'https://%s.webex.com/%s/j.php?MTID=m%s' % (alnum(rng, 7).lower(), alnum(rng, 7).lower(), hexs(rng, 32)), 'webex'
    return None, None


def event(c, summary, description='', start=None, end=None, tz=None, location='', organizer=None, attendees=None,
          comp='VEVENT', **kw):
    if start is None:
        start, end, tz = c.when()
    stamp = c.arrival - dt.timedelta(seconds=c.rint(20, 400))
    created = stamp - dt.timedelta(minutes=c.rint(0, 60 * 24 * (3 if c.chance(0.3) else 0) + 5))
    ev = dict(comp=comp, summary=summary, description=description, start=start, end=end, tz=tz or c.tz,
              location=location, organizer=organizer, attendees=attendees or [], uid=kw.pop('uid', None) or uid(c),
              dtstamp=stamp, created=created, sequence=0, status='CONFIRMED', alarms=[], attach=[], extra=[])
    ev.update({k: v for k, v in kw.items() if v is not None})
    return ev


def default_alarms(c):
    cl = c.client
    if cl == 'google':
        return [dict(trigger=c.pick(['-P0DT0H10M0S', '-P0DT0H30M0S', '-P0DT0H10M0S']))]
    if cl == 'outlook':
        return [dict(trigger='-PT15M')]
    if cl == 'apple':
        return [dict(trigger='-PT15M', default=True)] if c.chance(0.5) else []
    if cl == 'thunderbird':
        return [dict(trigger='-PT15M')] if c.chance(0.4) else []
    if cl == 'zimbra':
        return [dict(trigger='-PT5M')]
    return []


def message(c, frm, ev, method='REQUEST', to=None, **kw):
    m = dict(from_=frm, ev=ev, method=method, to=to or [c.rcpt], quirks=set())
    m['from'] = frm
    del m['from_']
    if not ev.get('alarms') and method in ('REQUEST', 'PUBLISH') and not kw.pop('no_alarm', False):
        ev['alarms'] = default_alarms(c)
    m.update(kw)
    return m


def custom_quirks(c, m, p_lf=0.12):
    """Irregularities common to small booking systems and bulk tools alike."""
    q = m['quirks']
    r = c.rng.random
    if r() < 0.25:
        q.add('nofold')
    elif r() < 0.08:
        q.add('tabfold')
    if r() < p_lf:
        q.add('lf')
    if r() < 0.18:
        q.add('no_method')
    elif r() < 0.12:
        m['ct_method'] = c.pick(['REQUEST', 'PUBLISH']) if m.get('method') not in ('REQUEST', 'PUBLISH') else \
            ('PUBLISH' if m['method'] == 'REQUEST' else 'REQUEST')
    if r() < 0.1:
        m.setdefault('ics_style', {})['no_vtimezone'] = True
    if r() < 0.06:
        q.add('no_prodid')
    if r() < 0.08:
        m.setdefault('ics_style', {})['no_dtstamp'] = True
    if r() < 0.3:
        m.setdefault('ics_style', {})['shuffle'] = True


def rcpt_first(c):
    return c.rcpt.name.split()[0] if c.rcpt.name else c.rcpt.local.split('.')[0].capitalize()


def random_people(c, n, langs=None, domains=None):
    out = []
    seen = set()
    fn = ['j', 'm', 'a', 's', 'k', 'r', 'd', 'l', 'c', 't', 'n', 'b', 'e', 'p']
    words = ['smith', 'lee', 'garcia', 'chen', 'miller', 'khan', 'silva', 'novak', 'kim', 'rossi', 'meyer', 'tanaka',
             'ali', 'nguyen', 'brown', 'wilson', 'lopez', 'martin', 'jones', 'wang', 'patel', 'ivanov', 'costa', 'dubois']
    doms = domains or ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'mail.ru', 'gmx.de',
                       'example.com', 'example.org', 'web.de', 'qq.com', 'naver.com', 'orange.fr', 'libero.it', 'comcast.net']
    while len(out) < n:
        style = c.rint(0, 3)
        w = c.pick(words)
        if style == 0:
            local = c.pick(fn) + w + str(c.rint(1, 99))
        elif style == 1:
            local = c.pick(words) + '.' + w
        elif style == 2:
            local = w + str(c.rint(1950, 2005))
        else:
            local = c.pick(fn) + c.pick(fn) + w
        e = '%s@%s' % (local, c.pick(doms))
        if e in seen:
            continue
        seen.add(e)
        out.append(P('', e))
    return out


def lookalike(c, brand_slug, words=None):
    w = c.pick(words or ['secure', 'support', 'online', 'verify', 'account', 'service', 'portal', 'login', 'help', 'notice',
                         'update', 'center', 'docs', 'id'])
    tld = c.pick(['com', 'net', 'online', 'info', 'co', 'us', 'top', 'site', 'live', 'app', 'cloud', 'io', 'xyz', 'pro'])
    pat = c.pick(['{b}-{w}.{t}', '{w}-{b}.{t}', '{b}{w}.{t}', '{b}-{w}{n}.{t}', 'my{b}-{w}.{t}'])
    return pat.format(b=brand_slug, w=w, t=tld, n=c.rint(1, 99))


def spam_url(c, dom=None, path=None):
    rng = c.rng
    if dom is None:
        dom = c.pick(['%s.%s' % (alnum(rng, c.rint(6, 10), string.ascii_lowercase), c.pick(['top', 'shop', 'xyz', 'online', 'site', 'click', 'live', 'store'])),
                      'storage.googleapis.com/%s' % alnum(rng, 10, string.ascii_lowercase + string.digits),
                      '%s.web.app' % alnum(rng, 9, string.ascii_lowercase + string.digits),
                      '%s.pages.dev' % alnum(rng, 9, string.ascii_lowercase),
                      'pub-%s.r2.dev' % hexs(rng, 32),
                      '%s.blob.core.windows.net/%s' % (alnum(rng, 10, string.ascii_lowercase), alnum(rng, 6, string.ascii_lowercase)),
                      'sites.google.com/view/%s' % alnum(rng, 10, string.ascii_lowercase),
                      '%s.firebaseapp.com' % alnum(rng, 10, string.ascii_lowercase + string.digits)])
    path = path if path is not None else c.pick(['/', '/?id=%s' % alnum(rng, 8), '/%s' % alnum(rng, 6),
                                                 '/index.html#%s' % c.rcpt.email, '/r/%s' % alnum(rng, 10),
                                                 '/l/%s?e=%s' % (alnum(rng, 6), c.rcpt.email.replace('@', '%40')),
                                                 '/promo/%d' % c.rint(100, 99999), '/c/%s' % hexs(rng, 12)])
    return 'https://' + dom + path


def future_local(c, days):
    return to_local(c.arrival, c.tz) + dt.timedelta(days=days)


def hide(c, m, url, label='Open', where=None, fname=None):
    """Put a payload link somewhere other than the description."""
    import ics as I
    ev = m['ev']
    where = where or c.pick(['location', 'url', 'attach', 'altdesc', 'conference'])
    if where == 'location':
        ev['location'] = url
    elif where == 'url':
        ev['url'] = url
    elif where == 'attach':
        ev['attach'].append(dict(url=url, fmttype=c.pick(['application/pdf', 'text/html', None]),
                                 filename=fname or c.pick(['Document.pdf', 'Invoice.pdf', 'Details.html', 'Statement.pdf'])))
    elif where == 'altdesc':
        html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML><BODY><P><A HREF="%s">%s</A></P></BODY></HTML>'
                % (url, label))
        if (c.client == 'outlook' and c.variant in ('desktop', 'outlook_smtp')) or c.client in ('zimbra', 'custom'):
            ev['alt_desc'] = html
        else:
            ev['extra'].append('X-ALT-DESC;FMTTYPE=text/html:' + I.esc_loose(html))
    elif where == 'conference':
        ev['conference'], ev['conf_kind'], ev['conf_label'], ev['conf_prop'] = url, 'other', label, True
    return where
