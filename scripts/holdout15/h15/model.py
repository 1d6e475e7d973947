"""Message / event model shared by builders and client renderers."""
import datetime as dt

from .common import to_utc, rand_token, rand_hex, rand_uuid


class M:
    def __init__(self, rng, label, category, lang, client, arrival, rcpt, text, variant=None):
        self.rng = rng
        self.label = label
        self.category = category
        self.lang = lang
        self.client = client
        self.arrival = arrival
        self.sent = arrival - dt.timedelta(seconds=rng.randint(2, 40))
        self.rcpt = rcpt
        self.text = text            # the authored text entry (dict)
        self.variant = variant or {}
        self.tz = None
        self.frm = None             # Person in From:
        self.sender_hdr = None      # (name, email) or None
        self.reply_to = None
        self.to = [rcpt]
        self.cc = []
        self.organizer = None
        self.attendees = []         # list of attendee dicts
        self.method = "REQUEST"
        self.ct_method = "same"     # 'same', None (omit) or an explicit string
        self.events = []
        self.subject = None
        self.intro = None           # personal note above client text
        self.body_text = None       # full text body override (booking/custom)
        self.body_html = None
        self.cs_prefs = []          # preferred legacy charsets for text parts
        self.quirks = set()
        self.platform = None        # (recipe, kwargs)
        self.via_list = None
        self.extra_headers = []
        self.desc = ""
        self.prodid = None          # override PRODID (custom/booking)
        self.attach_name = None
        self.sub = None             # client sub-variant chosen by the builder or renderer
        self.calname = None
        self.forward = None         # forwarding info dict
        self.payload = ""
        self.force_legacy = False
        self.reply_partstat = None
        self.comment = None
        self.tw = False             # Traditional Chinese
        self.xheaders_late = []

    # convenience
    def ev(self, **kw):
        e = new_event(self, **kw)
        self.events.append(e)
        return e


def att(person, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, cutype="INDIVIDUAL", name=True):
    return {"name": person.name if name else "", "email": person.email, "role": role, "partstat": partstat,
            "rsvp": rsvp, "cutype": cutype}


def att_addr(email, name="", role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return {"name": name, "email": email, "role": role, "partstat": partstat, "rsvp": rsvp, "cutype": "INDIVIDUAL"}


def new_event(m, summary="", description="", start=None, end=None, duration=60, tz=None, allday=False,
              location="", **kw):
    rng = m.rng
    tz = tz or m.tz
    if start is None:
        start = default_start(m)
    if end is None:
        end = start + (dt.timedelta(days=1) if allday else dt.timedelta(minutes=duration))
    created = m.sent - dt.timedelta(minutes=rng.randint(1, 90))
    e = {"summary": summary, "description": description, "location": location, "start": start, "end": end,
         "tz": tz, "allday": allday, "rrule": None, "exdate": [], "alarms": [], "status": "CONFIRMED",
         "transp": "OPAQUE", "seq": 0, "cls": "PUBLIC", "priority": None, "categories": None,
         "uid": None, "url": None, "attach": [], "conference": [], "html": None, "kind": "VEVENT",
         "due": None, "extra": [], "created": created, "dtstamp": m.sent, "recurrence_id": None,
         "organizer": None, "attendees": None, "geo": None, "contact": None, "comment": None}
    e.update(kw)
    return e


def default_start(m, days=(1, 21), hours=(8, 17)):
    """A plausible local start time relative to arrival."""
    from .common import from_utc
    rng = m.rng
    local_now = from_utc(m.tz, m.arrival)
    d = local_now.date() + dt.timedelta(days=rng.randint(*days))
    # avoid weekends for business-like things
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += dt.timedelta(days=1)
    h = rng.randint(*hours)
    mnt = rng.choice([0, 0, 0, 30, 30, 15, 45])
    return dt.datetime(d.year, d.month, d.day, h, mnt)


def utc_start(e):
    if e["allday"]:
        return dt.datetime(e["start"].year, e["start"].month, e["start"].day)
    return to_utc(e["tz"], e["start"])


def utc_end(e):
    if e["allday"]:
        return dt.datetime(e["end"].year, e["end"].month, e["end"].day)
    return to_utc(e["tz"], e["end"])
