"""Message/event model shared by the generator and the client renderers."""
import datetime as dt
import uuid as _uuid


class Ev:
    def __init__(self, **kw):
        self.kind = 'VEVENT'
        self.uid = None
        self.summary = ''
        self.description = ''
        self.location = ''
        self.url = None
        self.attach = []          # list of (params list, value)
        self.conference = []      # list of (label, uri)
        self.alt_html = None
        self.start = None         # naive local datetime (in tz) or date
        self.end = None
        self.tz = 'UTC'
        self.allday = False
        self.rrule = None
        self.exdates = []
        self.alarms = []          # list of dict(trigger, action, desc, attendee)
        self.organizer = None     # (name, addr)
        self.attendees = []       # list of dict(name, addr, partstat, role, rsvp, cutype)
        self.status = 'CONFIRMED'
        self.sequence = 0
        self.transp = 'OPAQUE'
        self.cls = None
        self.priority = None
        self.categories = None
        self.recurrence_id = None
        self.created = None
        self.extra = []           # raw content lines appended at the end of the component
        self.due = None
        self.geo = None
        self.contact = None
        self.meet = None          # google meet url
        self.teams = None         # teams join url
        self.comment = None
        for k, v in kw.items():
            setattr(self, k, v)


class Msg:
    def __init__(self, **kw):
        self.label = None
        self.cat = None
        self.desc = ''
        self.lang = 'en'
        self.client = None
        self.sub = None
        self.kind = 'corp'
        self.sender = None        # (name, addr)
        self.rcpt = None          # primary recipient (name, addr)
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = None
        self.sent = None          # UTC naive datetime
        self.sender_tz = 'UTC'
        self.note = ''            # organizer's own text for the mail body
        self.plain = None         # override of the complete text/plain body
        self.html = None
        self.charset = 'utf-8'
        self.cte = None
        self.method = 'REQUEST'
        self.events = []
        self.quirks = set()
        self.prodid = None
        self.wrap_list = None
        self.wrap_fwd = None
        self.extra_headers = []
        self.extra_parts = []
        self.xmailer = None
        self.org_name = None      # display org for signatures
        self.esp = None
        self.spoof_domain = None
        self.auth_override = None
        for k, v in kw.items():
            setattr(self, k, v)


def ruuid(rng, upper=False):
    u = str(_uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def rb64(rng, n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))


def icsdt(d, utc=False):
    if isinstance(d, dt.datetime):
        return d.strftime('%Y%m%dT%H%M%S') + ('Z' if utc else '')
    return d.strftime('%Y%m%d')
