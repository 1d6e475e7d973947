# -*- coding: utf-8 -*-
"""Helpers shared by the category generators."""
import datetime as dt

from . import world, i18n
from .clients import COMPAT
from .util import from_local, to_local, UTC


class C:
    def __init__(self, ctx):
        self.ctx = ctx
        self.rng = ctx.rng
        self.lang = ctx.lang
        self.rcpt = ctx.rcpt
        self.client = ctx.client

    # ---- text
    def t(self, table, slots=None, lang=None):
        lang = lang or self.lang
        opts = table.get(lang) or table['en']
        v = self.rng.pick(opts)
        if isinstance(v, (tuple, list)):
            return tuple(x.format(**(slots or {})) if isinstance(x, str) else x for x in v)
        return v.format(**(slots or {}))

    def pick(self, seq):
        return self.rng.pick(seq)

    def chance(self, p):
        return self.rng.chance(p)

    def money(self, lo, hi, cents=True, lang=None):
        return world.money(self.rng, lang or self.lang, lo, hi, cents)

    def phone(self, tollfree=False, lang=None):
        return world.phone(self.rng, lang or self.lang, tollfree)

    def person(self, lang=None):
        return world.person(self.rng, lang or self.lang)

    def rfirst(self):
        return self.rcpt['p']['first']

    # ---- organizer
    def org(self, prefs, name=None, local=None, domain=None, person=None):
        cl = self.client if self.client != 'list' else 'thunderbird'
        kinds = [k for k in prefs if k in COMPAT[cl]]
        if not kinds:
            kinds = [k for k in ['free', 'corp', 'compromised', 'throwaway', 'lookalike'] if k in COMPAT[cl]]
        kind = kinds[0] if len(kinds) == 1 or self.chance(0.6) else self.pick(kinds)
        rng = self.rng
        if person and not local:
            local = world.local_part(rng, person)
        if kind == 'free':
            domain = None
        elif kind == 'corp':
            domain = domain or world.corp(rng, self.lang)['domain']
        elif kind == 'compromised':
            domain = domain or world.corp(rng, self.pick([self.lang, self.lang, 'en']))['domain']
        elif kind == 'lookalike':
            domain = domain or world.lookalike_of(rng, self.rcpt['domain'] if '.' in self.rcpt['domain'] and not self.rcpt['domain'].startswith(('example', 'mail.example')) else world.corp(rng, self.lang)['domain'])
        elif kind == 'throwaway':
            domain = domain or world.throwaway_domain(rng)
        elif kind == 'spoof':
            domain = domain or self.rcpt['domain']
        if not local:
            local = self.pick(['info', 'support', 'noreply', 'service', 'contact', 'events', 'team', 'news'])
        return {'name': name, 'local': local.lower(), 'domain': domain, 'kind': kind}

    def junk_local(self, base=None):
        rng = self.rng
        if base:
            return world.slug(base).replace('-', rng.pick(['.', '', '_'])) + rng.digits(rng.randint(0, 4))
        p = world.person(rng, 'en')
        return world.local_part(rng, p, rng.pick(['f.lNN', 'flNNNN', 'f_l', 'fl']))

    # ---- time
    def when(self, days=(1, 14), hours=(9, 17), dur=(30, 60), tz=None, minutes=(0, 0, 0, 30, 15)):
        rng = self.rng
        tz = tz or self.ctx.sender_tz
        arr_local = to_local(tz, self.ctx.arrival)
        d = rng.randint(*days) if isinstance(days, tuple) else days
        day = (arr_local + dt.timedelta(days=d)).date()
        if d >= 2 and day.weekday() >= 5 and rng.chance(0.7):
            day += dt.timedelta(days=7 - day.weekday())
        h = rng.randint(*hours)
        mi = rng.pick(minutes)
        naive = dt.datetime(day.year, day.month, day.day, h, mi)
        if naive <= arr_local + dt.timedelta(minutes=30):
            naive += dt.timedelta(days=1)
        start = from_local(tz, naive)
        du = rng.randint(*dur) if isinstance(dur, tuple) else dur
        du = int(round(du / 15.0)) * 15 or 15
        return start, start + dt.timedelta(minutes=du)

    def allday(self, days=(1, 30), ndays=1):
        tz = self.ctx.sender_tz
        d = to_local(tz, self.ctx.arrival).date() + dt.timedelta(days=self.rng.randint(*days))
        s = dt.datetime(d.year, d.month, d.day)
        return s, s + dt.timedelta(days=ndays)

    def ev(self, summary, description=None, location=None, when=None, **kw):
        s, e = when or self.when()
        d = {'summary': summary, 'description': description, 'location': location, 'start': s, 'end': e,
             'tz': self.ctx.sender_tz}
        d.update(kw)
        return d

    def msg(self, org, events, **kw):
        m = {'org': org, 'events': events, 'method': 'REQUEST'}
        m.update(kw)
        return m


def weekday_rrule(rng, start, tz):
    from .util import to_local
    wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][to_local(tz, start).weekday()]
    return wd
