"""Shared helpers for the category builders: sender set-ups per client, UIDs, the spec assembly."""
import datetime as dt

from core import LANGS, LABELS, fmt_date, html_from_text
from mail import make_event, sender_setup, ip4

FLAVOR = {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'applemail': 'apple', 'thunderbird': 'thunderbird',
          'yahoo': 'yahoo', 'zimbra': 'zimbra', 'nextcloud': 'nextcloud', 'sogo': 'sogo', 'esp': 'script', 'php': 'script',
          'node': 'script', 'python': 'script', 'icsonly': 'script'}

LANG_TAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
            'pl': 'pl-PL', 'sv': 'sv-SE', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL',
            'ja': 'ja-JP', 'zh': 'zh-CN', 'ko': 'ko-KR'}

FREEMAIL = {'google': ['gmail.com'], 'outlook': ['outlook.com', 'hotmail.com'], 'yahoo': ['yahoo.com'],
            'icloud': ['icloud.com', 'me.com']}
REGIONAL_FREEMAIL = {'de': ['gmx.de', 'web.de'], 'fr': ['orange.fr', 'laposte.net'], 'it': ['libero.it'], 'pl': ['wp.pl', 'o2.pl'],
                     'ru': ['mail.ru', 'yandex.ru'], 'zh': ['qq.com', '163.com'], 'ko': ['naver.com'], 'ja': ['yahoo.co.jp'],
                     'tr': ['yandex.com.tr'], 'pt': ['uol.com.br'], 'es': ['telefonica.net'], 'nl': ['ziggo.nl'], 'sv': ['telia.com']}


def uid_for(ctx, flavor, dom):
    if flavor == 'google':
        return ''.join(ctx.r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(26)) + '@google.com'
    if flavor == 'outlook':
        return '040000008200E00074C5B7101A82E00800000000' + ctx.hexs(16).upper() + '01000000000000000010000000' + ctx.hexs(32).upper()
    if flavor == 'apple':
        return ctx.uuid(True)
    if flavor in ('thunderbird', 'zimbra', 'nextcloud'):
        return ctx.uuid()
    if flavor == 'yahoo':
        return 'y' + ctx.hexs(20) + '@yahoo.com'
    if flavor == 'sogo':
        return '%s-%s-%s-%s' % (ctx.hexs(4).upper(), ctx.hexs(8).upper(), ctx.hexs(2).upper(), ctx.hexs(8).upper())
    return ctx.choice(['%s@%s' % (ctx.hexs(24), dom), ctx.uuid(), '%d-%s@%s' % (ctx.r.randrange(10 ** 5, 10 ** 7), ctx.hexs(8), dom)])


def setup_for(ctx, client, from_addr, kind=None, **kw):
    dom = from_addr.split('@')[1]
    if kind is None:
        if client == 'google' or dom == 'gmail.com':
            kind = 'google'
        elif client == 'outlook' or dom in ('outlook.com', 'hotmail.com'):
            kind = 'outlook'
        elif dom in ('icloud.com', 'me.com'):
            kind = 'icloud'
        elif client == 'yahoo' or dom.startswith('yahoo.'):
            kind = 'yahoo'
        else:
            kind = 'own'
    if kind == 'google':
        mf = kw.pop('mailfrom', None) or ('%s@calendar-server.bounces.google.com' % ctx.alnum(30) if client == 'google' else from_addr)
        return sender_setup(ctx, 'google', dom, mf, **kw)
    if kind == 'esp':
        esp_dom = kw.pop('esp_dom', 'em%d.%s' % (ctx.r.randrange(100, 9999), dom))
        mf = kw.pop('mailfrom', 'bounces+%d-%s=%s@%s' % (ctx.r.randrange(10 ** 6, 10 ** 7), ctx.hexs(4), 'x', esp_dom))
        return sender_setup(ctx, 'esp', dom, mf, helo=kw.pop('helo', ctx.choice(['o%d.ptr%d.%s' % (ctx.r.randrange(1, 20), ctx.r.randrange(1000, 9999), dom),
                                                                                'mail-%d.%s' % (ctx.r.randrange(1, 250), esp_dom)])), **kw)
    mf = kw.pop('mailfrom', from_addr)
    s = sender_setup(ctx, kind, dom, mf, **kw)
    return s


def mk(ctx, client, frm, to, subject, text, ev, setup, **kw):
    """Assemble one spec. frm=(name, addr); to=[(name, addr)], first is the MX recipient unless rcpt= given."""
    sent = ctx.arrival - dt.timedelta(seconds=ctx.r.randrange(2, 95))
    flavor = kw.pop('flavor', FLAVOR[client])
    dom = frm[1].split('@')[1]
    ev.setdefault('method', 'REQUEST')
    ev.setdefault('uid', uid_for(ctx, flavor, dom))
    ev.setdefault('dtstamp', sent)
    if 'organizer' not in ev:
        ev['organizer'] = frm
    if 'attendees' not in ev:
        ev['attendees'] = [(n, a) for n, a in to]
    if ev.get('lang_param') is None and ctx.lang != 'en':
        ev['lang_param'] = LANG_TAG[ctx.lang]
    elif ev.get('lang_param') is None:
        ev['lang_param'] = 'en-US'
    malform = kw.pop('malform', None) or getattr(ctx, 'malform', None)
    spec = dict(lang=ctx.lang, client=client, from_name=frm[0], from_addr=frm[1], to=to,
                rcpt=kw.pop('rcpt', to[0][1] if to else None), subject=subject, text=text, setup=setup, sent=sent,
                method=kw.pop('ctype_method', ev['method']), lang_tag=LANG_TAG[ctx.lang])
    spec['ics'] = make_event(ctx, ev, flavor, malform)
    spec['malform'] = malform
    spec.update(kw)
    if ctx.lang != 'en' and 'charset' not in spec:
        spec['charset'] = ctx.choice(LANGS[ctx.lang]['charsets'])
        spec['hdr_charset'] = ctx.choice([spec['charset'], 'utf-8'])
    if spec.get('rcpt') is None:
        raise ValueError('no rcpt')
    return spec


def when_line(ctx, ev, lang=None):
    lang = lang or ctx.lang
    st, en = ev['start'], ev['end']
    lab = LABELS[lang]
    tzname = ev.get('tzid') or 'UTC'
    if ev.get('allday'):
        return '%s: %s' % (lab[0], fmt_date(lang, st))
    dash = '–' if lang == 'en' else '-'
    return '%s: %s %s %s %s (%s)' % (lab[0], fmt_date(lang, st), st.strftime('%H:%M'), dash, en.strftime('%H:%M'), tzname)


def invite_text(ctx, ev, body, lang=None, join=None):
    """Body text in the shape calendar clients print: title, when, where, optional join link, then the description."""
    lang = lang or ctx.lang
    lab = LABELS[lang]
    lines = [ev['summary'], '', when_line(ctx, ev, lang)]
    if ev.get('location'):
        lines.append('%s: %s' % (lab[1], ev['location']))
    if join:
        lines.append('%s: %s' % (lab[2], join))
    lines += ['', body] if body else []
    return '\n'.join(lines)


def fill(ctx, key, lang=None, **vals):
    lang = lang or ctx.lang
    subj, body = LANGS[lang][key]
    d = {'n': '', 's': '', 'd': '', 't': '', 'p': '', 'c': '', 'a': '', 'ph': '', 'u': ''}
    d.update(vals)
    return subj.format(**d), body.format(**d)
