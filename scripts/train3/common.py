"""Shared helpers for writing scenarios: recipients, arrival times, events."""

import datetime as dt

from ics import new_uid
from lib import to_local, to_utc, rng_for

RECIPIENTS = [
    ("Anna Schmidt", "anna.schmidt@example.net"), ("Jonas Weber", "j.weber@example.net"),
    ("Marie Dubois", "marie.dubois@example.net"), ("Lucía Fernández", "lucia.fernandez@example.net"),
    ("Marco Rossi", "m.rossi@example.net"), ("Ana Paula Souza", "anapaula@example.net"),
    ("Sanne de Vries", "sanne.devries@example.net"), ("Piotr Nowak", "piotr.nowak@example.net"),
    ("Erik Lindqvist", "erik.lindqvist@example.net"), ("Elif Yılmaz", "elif.yilmaz@example.net"),
    ("Дмитрий Иванов", "d.ivanov@example.net"), ("田中 美咲", "misaki.tanaka@example.net"),
    ("王伟", "wang.wei@example.net"), ("أحمد منصور", "ahmed.mansour@example.net"),
    ("Priya Sharma", "priya.sharma@example.net"), ("Budi Santoso", "budi.santoso@example.net"),
    ("Tom Baker", "tom@example.net"), ("Sarah O'Connor", "sarah.oconnor@example.net"),
    ("David Kim", "dkim@example.net"), ("Emily Chen", "emily.chen@example.net"),
    ("Accounts Payable", "ap@example.net"), ("Info", "info@example.net"), ("Helpdesk", "helpdesk@example.net"),
    ("Laura Martin", "laura.martin@example.net"), ("Kevin Osei", "kevin.osei@example.net"),
    ("Hannah Becker", "h.becker@example.net"), ("Grzegorz Wiśniewski", "g.wisniewski@example.net"),
    ("Chloé Lefèvre", "chloe.lefevre@example.net"), ("Isabella Costa", "isabella.costa@example.net"),
    ("Rahul Verma", "rahul.verma@example.net"), ("Mehmet Demir", "mehmet.demir@example.net"),
]

LANG_RCPT = {
    "de": [0, 1, 25], "fr": [2, 27], "es": [3], "it": [4], "pt": [5, 28], "nl": [6], "pl": [7, 26], "sv": [8],
    "tr": [9, 30], "ru": [10], "ja": [11], "zh": [12], "ar": [13], "hi": [14, 29], "id": [15],
    "en": [16, 17, 18, 19, 23, 24, 20, 21, 22],
}


def pick_rcpt(rng, lang="en", any_=False):
    if any_ or lang not in LANG_RCPT:
        return RECIPIENTS[rng.randrange(len(RECIPIENTS))]
    return RECIPIENTS[rng.choice(LANG_RCPT[lang])]


def arrival(rng, y0, y1=None, months=None):
    """A UTC arrival time between Jan y0 and Dec y1 (capped at Nov 2026), during plausible hours."""
    y1 = y1 or y0
    y = rng.randint(y0, y1)
    mo = rng.choice(months) if months else rng.randint(1, 12)
    if y == 2026:
        mo = min(mo, 11)
    d = rng.randint(1, 28)
    if y == 2026 and mo == 11:
        d = min(d, 20)
    h = rng.choice([6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 19, 21, 23, 2, 4])
    return dt.datetime(y, mo, d, h, rng.randint(0, 59), rng.randint(0, 59))


def at(arr_utc, zone, days, hour, minute=0, weekday=None):
    """Local naive datetime `days` after arrival (in zone), at hour:minute; optionally next given weekday."""
    loc = to_local(zone, arr_utc) if zone not in ("UTC", "floating") else arr_utc
    d = loc.date() + dt.timedelta(days=days)
    if weekday is not None:
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return dt.datetime.combine(d, dt.time(hour, minute))


def mkev(rng, arr, *, zone, start, dur_min=60, summary, desc=None, loc=None, org=None, rcpt=None, others=(),
         uidkind="generic", uid=None, method="REQUEST", seq=0, tzmode="tz", alarms=(), rrule=None, allday=False,
         rcpt_role="REQ-PARTICIPANT", rcpt_partstat="NEEDS-ACTION", org_as_attendee=False, **kw):
    """Build an event dict.  tzmode: 'tz' (TZID + VTIMEZONE), 'utc' (Z times), 'floating'."""
    stamp = arr - dt.timedelta(seconds=rng.randint(3, 400))
    ev = dict(method=method, summary=summary, description=desc, location=loc, seq=seq, dtstamp=stamp, **kw)
    if allday:
        ev["start"] = start.date() if isinstance(start, dt.datetime) else start
        ev["end"] = ev["start"] + dt.timedelta(days=max(1, dur_min // 1440))
        ev["tz"] = "floating"
    else:
        ev["start"] = start
        ev["end"] = start + dt.timedelta(minutes=dur_min)
        ev["zone"] = zone
        ev["tz"] = {"tz": zone, "utc": "UTC", "floating": "floating"}[tzmode]
    ev["uid"] = uid or new_uid(rng, uidkind)
    if org:
        ev["organizer"] = org
    atts = []
    if org_as_attendee and org:
        atts.append(dict(cn=org[0], email=org[1], partstat="ACCEPTED", role="CHAIR", rsvp="FALSE"))
    if rcpt:
        atts.append(dict(cn=rcpt[0], email=rcpt[1], role=rcpt_role, partstat=rcpt_partstat))
    for o in others:
        if isinstance(o, dict):
            atts.append(o)
        else:
            atts.append(dict(cn=o[0], email=o[1]))
    ev["attendees"] = atts
    ev["alarms"] = [a if isinstance(a, dict) else dict(trigger=a) for a in alarms]
    if rrule:
        ev["rrule"] = rrule
    return ev


def ns(seq):
    return [(n, e) for n, e in seq]
