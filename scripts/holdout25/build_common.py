# -*- coding: utf-8 -*-
"""Helpers shared by spam.py and ham.py."""
import datetime as dt
import string

from h25util import uid4, alnum, hexs, to_local
from common import person, event_time, ORGS, FREEMAIL
import senders


class Fills(dict):
    def __missing__(self, k):
        raise KeyError('unfilled slot {%s}' % k)


def F(text, fills):
    if text is None:
        return None
    return text.format_map(Fills(fills))


def att(p, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True, name=True):
    return dict(name=p.get('name') if name else None, addr=p['addr'], partstat=partstat, role=role, rsvp=rsvp)


def org_att(name, a):
    return dict(name=name, addr=a, partstat='ACCEPTED', role='CHAIR' if False else 'REQ-PARTICIPANT', rsvp=False)


def filler_people(rng, lang, n, domain=None, mixed=False):
    out = []
    seen = set()
    for i in range(n * 2):
        if len(out) >= n:
            break
        if mixed:
            l2 = rng.choice(['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'ko', 'zh'])
            p = person(rng, l2, free=rng.random() < 0.6)
        else:
            p = person(rng, lang, domain=domain)
        if p['addr'] in seen:
            continue
        seen.add(p['addr'])
        out.append(p)
    return out


def webapp_quirks(rng, label):
    q = set()
    probs = {'spam': dict(nomethod=0.2, mismatch=0.15, nofold=0.25, charfold=0.08, lf=0.12, novtz=0.25, commas=0.2,
                          nostamp=0.1, tab=0.05, nomsgid=0.05, nomparam=0.1),
             'ham': dict(nomethod=0.15, mismatch=0.06, nofold=0.2, charfold=0.05, lf=0.06, novtz=0.2, commas=0.15,
                         nostamp=0.05, tab=0.03, nomsgid=0.02, nomparam=0.08)}[label]
    names = dict(nomethod='no-method', mismatch='method-mismatch', nofold='no-fold', charfold='char-fold', lf='lf-ics',
                 novtz='no-vtimezone', commas='unescaped-commas', nostamp='no-dtstamp', tab='tab-fold',
                 nomsgid='no-msgid', nomparam='no-method-param')
    for k, p in probs.items():
        if rng.random() < p:
            q.add(names[k])
    if 'no-fold' in q:
        q.discard('char-fold')
        q.discard('tab-fold')
    return q


def pick_lib(rng, label):
    return rng.choice(['icalcreator', 'icalnet', 'icspy', 'marudot', 'handcal', 'spatie', 'biweekly', 'ical4j',
                       'icalgen', 'fakeoutlook', 'custom', 'custom', 'vobject', 'none' if label == 'spam' else 'custom'])


def payload_places(client, variant=None):
    return {
        'google': ['desc', 'desc', 'loc', 'summary'],
        'outlook': ['desc', 'desc', 'loc'] + (['xalt'] if variant == 'desktop' else []),
        'apple': ['desc', 'loc', 'url'],
        'thunderbird': ['desc', 'loc', 'url', 'attach'],
        'zoom': ['desc', 'loc'],
        'nextcloud': ['desc', 'loc', 'url', 'attach'],
        'zimbra': ['desc', 'loc'],
        'sogo': ['desc', 'loc', 'url', 'attach'],
        'yahoo': ['desc', 'loc'],
        'webapp': ['desc', 'loc', 'url', 'attach', 'xalt', 'conference', 'desc'],
    }[client]


def new_event(ctx, summary, desc, start, end, organizer, attendees, **kw):
    ev = dict(summary=summary, desc=desc, start=start, end=end, tz=ctx['tz'], organizer=organizer,
              attendees=attendees)
    ev.update(kw)
    return ev


def rcpt_tuple(ctx):
    r = ctx['rcpt']
    return (r['name'] if ctx['rng'].random() < 0.6 else None, r['addr'])
