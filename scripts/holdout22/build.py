"""Shared builder helpers: template rotation, events, attendees, payload placement."""
import datetime as dt
import html
from common import fill, person, local_part, phone, money, short_id, company_domain, org_name
from clients import SUPPORTS
from i18n import fmt_date, CHARSETS
from mimekit import alnum, hexid

_rot = {}


def rotate(rng, key, items):
    """Deterministic rotation through a shuffled template list (no repeats until exhausted)."""
    st = _rot.get(key)
    if not st:
        order = list(range(len(items)))
        rng.shuffle(order)
        st = _rot[key] = order
    i = st.pop(0)
    return items[i]


def text_for(c, en_list, tx):
    if c.lang == "en":
        return dict(rotate(c.rng, (c.label, c.cat), en_list))
    return dict(tx[c.lang][c.cat])


def att(name, addr, ps="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, cutype="INDIVIDUAL"):
    return dict(name=name, addr=addr, partstat=ps, role=role, rsvp=rsvp, cutype=cutype)


def event(c, summary, description, start, end, organizer, attendees, **kw):
    ev = dict(summary=summary, description=description, start=start, end=end, tz=kw.pop("tz", c.tz),
              organizer=organizer, attendees=attendees)
    ev.update(kw)
    return ev


def base_vals(c, **kw):
    rng = c.rng
    v = dict(first=c.rfirst, rname=c.rname, rcpt=c.rcpt, company=org_name(c.rdomain), rdomain=c.rdomain,
             phone=phone(rng, c.lang), code=short_id(rng, 6), ref=f"{rng.randint(100000, 999999)}",
             year=str(c.arrival.year))
    v.update(kw)
    return v


def place(c, ev, url, prefer, label="Open", fmttype="application/pdf", filename=None):
    """Put a link where this client would carry it.  Returns the slot used."""
    rng = c.rng
    sup = SUPPORTS.get(c.base, {"desc"})
    opts = [p for p in prefer if p in sup] or ["desc"]
    slot = opts[0] if rng.random() < 0.7 else rng.choice(opts)
    if slot == "location":
        ev["location"] = url
    elif slot == "url":
        ev["url"] = url
    elif slot == "attach":
        if c.base == "google":
            fid = alnum(rng, 33)
            ev["attach"] = [(f"https://drive.google.com/open?id={fid}", "application/vnd.google-apps.document" if rng.random() < 0.5 else "application/pdf",
                             filename or "Document.pdf")]
        else:
            ev["attach"] = [(url, fmttype, filename or url.rsplit("/", 1)[-1] or "document.pdf")]
    elif slot == "altdesc":
        ev["altdesc_html"] = (f"<html><body><p>{html.escape(ev['description'])}</p><p><a href=\"{url}\">"
                              f"{html.escape(label)}</a></p></body></html>")
    elif slot == "conference":
        ev["conference"] = url
    else:
        ev["description"] = (ev.get("description") or "") + ("\n\n" if ev.get("description") else "") + \
            ((label + " ") if label and label != "Open" else "") + url
    return slot


def choose_charset(c, spec):
    """Realistic charset for the text parts given client and language."""
    rng = c.rng
    legacy = CHARSETS.get(c.lang, [])
    base = c.base
    spec.setdefault("charset", "UTF-8" if base in ("google", "yahoo", "zoom", "nextcloud", "sogo") else "utf-8")
    if legacy and c.lang != "en":
        p = {"outlook": 0.75 if spec.get("variant") == "desktop" else 0.45, "custom": 0.6, "booking": 0.45,
             "thunderbird": 0.5 if c.arrival.year < 2020 else 0.3, "zimbra": 0.35, "apple": 0.5 if c.lang == "ja" else 0.0}.get(base, 0.0)
        if c.lang in ("ru", "ko", "el", "ar", "th", "ja", "zh-tw") and p:
            p = max(p, 0.8)
        if rng.random() < p:
            spec["charset"] = rng.choice(legacy)
            if base == "apple":
                spec["charset"] = "iso-2022-jp"
    elif c.lang == "en" and base in ("outlook", "custom", "booking", "thunderbird") and rng.random() < 0.3:
        spec["charset"] = rng.choice(["us-ascii", "iso-8859-1", "windows-1252"])
    if spec["charset"].lower() == "iso-2022-jp":
        spec["cte"] = "7bit"
    elif base in ("custom", "booking", "thunderbird", "outlook") and rng.random() < 0.5:
        spec["cte"] = rng.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
    return spec


def fdate(c, t):
    return fmt_date(t, c.lang)
