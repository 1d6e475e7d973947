"""Message model, defaults and the render pipeline."""
import datetime as dt
import uuid

from .core import assemble, utcoffset, hexid, fa, CRLF
from .world import LANG
from . import clients, transport

DEFAULTS = dict(
    label=None, cat=None, descr="", lang="en", client="google", variant=None, rng=None, arrival=None, rcpt=None,
    rcpt_addr=None, frm=None, org=None, attendees=None, extra_attendees=None, to_list=None, cc=None,
    summary="", desc="", ics_desc=None, loc="", url=None, conf=None, attach=None, xalt=None,
    method="REQUEST", method_param=None, seq=0, status="CONFIRMED", transp="OPAQUE", klass="PUBLIC", priority=5,
    xprops=None, alarms=None, alarm_desc=None, fold_width=None,
    start=None, end=None, allday=False, rrule=None, offset_days=None, hour=None, minute=None, dur=60,
    tz=None, sender_tz=None, subject=None, note=None, comment=None, footer=None, html=None, reply_to=None,
    comp="VEVENT", extra_events=None, geo=None, categories=None, tool=None, tool_cs=None, xmailer=None, brand=None,
    infra=None, smtp_infra=None, smtp_host=None, auth="pass", env_from=None, onms=False, vps_helo=None,
    vps_rdns=None, vps_sign=None, no_sign=False, dmarc_override=None, dkim_sel=None, dkim_h=None, auth_user=None,
    mx_ip=None, esp=None, fwd=None, list=None, orig_from=None, orig_helo=None, webinar=False, zoom_id=None,
    zoom_sender=None, zoom_from=None, nc_host=None, nc_name="Nextcloud", nc_from=None, nc_links=True,
    sogo_ver="5.8.0", sabre_ver="4.4.2", apple_prodid=None, zimbra_host=None, teams_url=None,
    subject_prefix_reply="", prodid=None, force_tz=False, legacy_cs="utf-8", year=None, uid=None,
    dtstamp=None, created=None, date_utc=None, ms_lang="en-US", body_cs="utf-8", env_from_final=None,
    delay=None,
)


WORKDAY = {"it-notice", "work-meeting", "doc-share-colleague", "finance-reminder", "recruiter", "forwarded-invite",
           "reply-cancel", "medical-appointment", "support-callback", "bec", "doc-share-compromised", "fake-update-lure"}


class Msg:
    def __init__(self, **kw):
        for k, v in DEFAULTS.items():
            setattr(self, k, v)
        for k, v in kw.items():
            if k not in DEFAULTS:
                raise KeyError(k)
            setattr(self, k, v)

    def set(self, **kw):
        for k, v in kw.items():
            if k not in DEFAULTS:
                raise KeyError(k)
            setattr(self, k, v)
        return self


def apple_prodid(year, rng):
    if year <= 2016:
        return "-//Apple Inc.//Mac OS X 10.12.%d//EN" % rng.randint(1, 3)
    if year <= 2018:
        return "-//Apple Inc.//Mac OS X 10.13.%d//EN" % rng.randint(1, 6)
    if year <= 2019:
        return "-//Apple Inc.//Mac OS X 10.14.6//EN"
    if year <= 2020:
        return "-//Apple Inc.//Mac OS X 10.15.7//EN"
    if year <= 2022:
        return rng.choice(["-//Apple Inc.//macOS 12.%d//EN" % rng.randint(0, 6), "-//Apple Inc.//iPhone 15.%d//EN" % rng.randint(0, 6)])
    if year <= 2024:
        return rng.choice(["-//Apple Inc.//macOS 14.%d//EN" % rng.randint(0, 5), "-//Apple Inc.//iPhone 17.%d//EN" % rng.randint(0, 5)])
    return rng.choice(["-//Apple Inc.//macOS 15.%d//EN" % rng.randint(0, 5), "-//Apple Inc.//iPhone 18.%d//EN" % rng.randint(0, 5),
                       "-//Apple Inc.//macOS 26.%d//EN" % rng.randint(0, 1)])


def make_uid(m):
    rng = m.rng
    c = m.client
    if c == "google":
        return "%s@google.com" % hexid(rng, 26, "0123456789abcdefghijklmnopqrstuv")
    if c == "outlook":
        return "040000008200E00074C5B7101A82E00800000000%s0000000000000000100000%s" % (hexid(rng, 16), hexid(rng, 34))
    if c == "apple":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    if c == "zoom":
        return "ZOOM%d@zoom.us" % rng.randint(10 ** 10, 10 ** 11)
    if c == "zimbra":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if c == "yahoo":
        return "%s@yahoo.com" % hexid(rng, 20, "0123456789abcdef")
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if c in ("booking", "tool"):
        return rng.choice([u + "@" + m.frm[1].split("@")[1], u, hexid(rng, 32, "0123456789abcdef"),
                           "%d-%s@%s" % (rng.randint(10 ** 5, 10 ** 7), hexid(rng, 6, "0123456789abcdef"), m.frm[1].split("@")[1])])
    return u


def finalize(m):
    rng = m.rng
    m.year = m.arrival.year
    if not m.tz:
        m.tz = rng.choice(LANG.get(m.lang, LANG["en"])[0])
    if not m.sender_tz:
        m.sender_tz = m.tz
    delay = m.delay if m.delay is not None else rng.choice([rng.randint(2, 20), rng.randint(2, 90), rng.randint(30, 900)])
    if m.list:
        delay += rng.randint(5, 120)
    m.date_utc = m.arrival - dt.timedelta(seconds=delay)
    arr_local = m.date_utc + dt.timedelta(minutes=utcoffset(m.tz, m.date_utc))
    if m.start is None:
        days = m.offset_days if m.offset_days is not None else rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 21])
        hour = m.hour if m.hour is not None else rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
        minute = m.minute if m.minute is not None else rng.choice([0, 0, 0, 0, 30, 30, 15, 45])
        d = (arr_local + dt.timedelta(days=days)).date()
        m.start = dt.datetime(d.year, d.month, d.day, hour, minute)
        if m.cat in WORKDAY and m.start.weekday() >= 5:
            m.start += dt.timedelta(days=7 - m.start.weekday())
    if m.allday:
        m.start = dt.datetime(m.start.year, m.start.month, m.start.day)
        if m.end is None:
            m.end = m.start + dt.timedelta(days=max(1, m.dur // 1440 if m.dur >= 1440 else 1))
    if m.end is None:
        m.end = m.start + dt.timedelta(minutes=m.dur)
    if m.org is None:
        m.org = m.frm
    if m.dtstamp is None:
        m.dtstamp = m.date_utc - dt.timedelta(seconds=rng.randint(0, 40))
    if m.created is None:
        m.created = m.dtstamp - dt.timedelta(seconds=rng.choice([rng.randint(5, 300), rng.randint(300, 86400 * 3)]))
    if m.attendees is None:
        m.attendees = [{"name": m.rcpt.name_disp, "addr": m.rcpt_addr}]
    if m.extra_attendees:
        m.attendees = m.attendees + m.extra_attendees
    for k in ("attach", "xprops", "extra_events", "cc"):
        if getattr(m, k) is None:
            setattr(m, k, [])
    for i, e in enumerate(m.extra_events):
        if e.get("start") is None:
            e["start"] = m.start + dt.timedelta(days=e.get("days", 4 + i), hours=e.get("hours", 3))
            e["end"] = e["start"] + (m.end - m.start)
    if m.alarms is None:
        m.alarms = {"google": [rng.choice(["-P0DT0H30M0S", "-P0DT0H10M0S", "-P0DT0H30M0S"])],
                    "outlook": ["-PT15M"], "apple": rng.choice([[], ["-PT15M"], ["-PT30M"]]),
                    "thunderbird": rng.choice([[], ["-PT15M"]])}.get(m.client, [])
    if m.apple_prodid is None:
        m.apple_prodid = apple_prodid(m.year, rng)
    if m.uid is None:
        m.uid = make_uid(m)
    cands = LANG.get(m.lang, LANG["en"])[1]
    if m.legacy_cs == "utf-8" and m.client in ("outlook", "tool", "mailfwd", "booking"):
        w = 0.8 if m.lang != "en" else 0.75 if m.year < 2021 else 0.45
        if m.client == "outlook" and m.variant in ("m365", "teams", "outlookcom"):
            w = 0.0
        m.legacy_cs = rng.choice(cands[:-1] or cands) if rng.random() < w else "utf-8"
    if m.rcpt_addr is None:
        m.rcpt_addr = m.rcpt.addr
    return m


def render(m):
    finalize(m)
    if m.list:
        m.orig_from = m.frm
        m.orig_helo = m.smtp_host or "mail." + m.frm[1].split("@")[1]
    hdrs, node = clients.RENDER[m.client](m)
    if m.list:
        top, lh = transport.list_wrap(m, hdrs, node)
        L = m.list
        if L.get("munge"):
            new = []
            for h in hdrs:
                if h.startswith("From: "):
                    new.append("From: " + fa("%s via %s" % (m.orig_from[0] or m.orig_from[1], L["name"]), L["addr"], quote=True))
                    new.append("X-Original-From: " + fa(m.orig_from[0], m.orig_from[1]))
                elif h.startswith("Reply-To: "):
                    continue
                else:
                    new.append(h)
            new.append("Reply-To: " + fa(m.orig_from[0], m.orig_from[1]))
            hdrs = new
        hdrs = hdrs + lh
    else:
        top = transport.build(m)
    return assemble(top + hdrs, node)
