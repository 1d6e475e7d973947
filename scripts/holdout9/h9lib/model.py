"""Data model for one message and its calendar objects, plus a tiny template
language used by the scenario tables:

    {key}          value from the per-message token dictionary
    [[a|b|c]]      random choice (chosen once per occurrence)
"""
import re


class Att:
    def __init__(self, person, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, cutype='INDIVIDUAL'):
        self.p = person
        self.role = role
        self.partstat = partstat
        self.rsvp = rsvp
        self.cutype = cutype


class Event:
    def __init__(self, **kw):
        self.comp = 'VEVENT'
        self.uid = None
        self.summary = ''
        self.desc = ''
        self.loc = ''
        self.start = None     # local naive datetime (or date for all-day)
        self.end = None
        self.tz = 'UTC'
        self.allday = False
        self.rrule = None
        self.exdate = []
        self.alarms = []      # minutes before start, or tuples (minutes, action, description)
        self.organizer = None
        self.attendees = []
        self.url = None
        self.attach = []      # (uri, fmttype, filename)
        self.conference = []  # (uri, label, feature)
        self.alt = None       # X-ALT-DESC html
        self.status = 'CONFIRMED'
        self.seq = 0
        self.klass = None
        self.priority = None
        self.transp = 'OPAQUE'
        self.categories = None
        self.created = None
        self.dtstamp = None
        self.lastmod = None
        self.geo = None
        self.extra = []
        self.recurrence_id = None
        self.meet = None
        self.teams = None
        self.zoom = None
        self.due = None
        self.comment = None
        self.utc = None       # force UTC times
        self.floating = False
        self.__dict__.update(kw)


class Msg:
    def __init__(self, **kw):
        self.label = ''
        self.cat = ''
        self.desc = ''
        self.lang = 'en'
        self.client = ''
        self.variant = ''
        self.method = 'REQUEST'
        self.sender = None
        self.rcpt = None
        self.to = None
        self.cc = []
        self.subject = None
        self.text = ''
        self.html = None
        self.events = []
        self.date = None
        self.tz = 'UTC'
        self.cs = 'utf-8'
        self.cte = None
        self.flags = set()
        self.extra_headers = []
        self.reply_to = None
        self.rng = None
        self.arrival = None
        self.tokens = {}
        self.body_given = False
        self.__dict__.update(kw)


_TOK = re.compile(r'\{([a-zA-Z_][a-zA-Z0-9_]*)\}')
_ALT = re.compile(r'\[\[([^\[\]]*)\]\]')


def fill(text, tokens, rng):
    if text is None:
        return None
    if not isinstance(text, str):
        return text

    def alt(mo):
        return rng.pick(mo.group(1).split('|'))

    prev = None
    while prev != text:
        prev = text
        text = _ALT.sub(alt, text)

    def tok(mo):
        k = mo.group(1)
        if k in tokens:
            v = tokens[k]
            return v() if callable(v) else str(v)
        return mo.group(0)
    return _TOK.sub(tok, text)
