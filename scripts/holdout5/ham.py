# SPDX-License-Identifier: CC0-1.0
# holdout5: builds the legitimate (ham) messages from ham_texts.
import datetime as dt

from build import (align_rrule, new_msg, freemail_sender, set_sender, gcal_env, event, attendee, org, phone_for, phone, fill, FREEMAIL, LANG_FREEMAIL)
from core import alnum, hexid, uuid4, b64url, UTC
from i18n import person, LANG, ui
from ical import PRODIDS
import ham_texts

REPLY_TXT = {
    "en": {"ACCEPTED": "%s has accepted this invitation.", "DECLINED": "%s has declined this invitation.", "TENTATIVE": "%s has tentatively accepted this invitation."},
    "de": {"ACCEPTED": "%s hat diese Einladung angenommen."}, "es": {"ACCEPTED": "%s ha aceptado esta invitación."},
    "ja": {"ACCEPTED": "%s さんがこの招待を承諾しました。"}, "ru": {"ACCEPTED": "%s принял(а) это приглашение."},
}
COUNTER_TXT = {"en": "New Time Proposed", "it": "Nuovo orario proposto", "de": "Neue Zeit vorgeschlagen"}
PS_KEY = {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}

PLATFORM = {
    # esp key -> (infra esp name, dkim domain or None (=From domain), prodid key, client layout)
    "zoom": ("sendgrid", "zoom.us", "zoom", "mixed_alt_att"),
    "eventbrite": ("sendgrid", "eventbrite.com", "eventbrite", "mixed_alt_att"),
    "calendly": ("sendgrid", "calendly.com", "calendly", "mixed_alt_att"),
    "hubspot": ("sparkpost", None, "hubspot", "mixed_alt_att"),
    "govdelivery": ("govdelivery", None, None, None),
}


def years_for(e, cat):
    y0, y1 = 2016, 2026
    b = e["b"] + e["t"]
    if e.get("teams"):
        y0 = 2018
    if "zoom" in b.lower() or (e.get("pf") and e["pf"][2] == "zoom"):
        y0 = max(y0, 2019)
    if e.get("pf") and e["pf"][2] == "calendly":
        y0 = max(y0, 2017)
    return y0, y1


def org_person(m, dom, lang=None):
    p = person(m.rng, lang or m.lang)
    style = m.rng.choice(["%s.%s", "%s.%s", "%s%s", "%s_%s"])
    lp = style % (p.first_lat, p.last_lat) if "%s%s" != style else "%s%s" % (p.first_lat[0], p.last_lat)
    return p, "%s@%s" % (lp, dom)


def setup(m, e):
    rng = m.rng
    v = e.get("v")
    orgt = e.get("org")
    dom = orgt[1] if orgt else None
    c = e.get("c")
    m.org_name = orgt[0] if orgt else None
    if v in ("m365", "outlookcom_org"):
        p, addr = org_person(m, dom)
        set_sender(m, p.display, addr, "m365", p=rng.choice(["none", "quarantine", "reject"]))
        m.dkim_domain = dom
        m.client = c or "outlook"
    elif v == "gws":
        p, addr = org_person(m, dom)
        set_sender(m, p.display, addr, "gworkspace", env=gcal_env(m), p=rng.choice(["none", "quarantine", "reject", "none"]))
        m.client = c or "gcal"
    elif v == "self":
        p, addr = org_person(m, dom)
        dk = rng.random() < 0.45
        spf = rng.choice(["pass", "pass", "softfail", "none", "neutral"])
        dmarc = "pass" if dk or spf == "pass" else rng.choice(["none", "fail"])
        if not dk and spf != "pass":
            dmarc = rng.choice(["none", "none", "fail"])
        if not dk and rng.random() < 0.5:
            dmarc = "none"
        set_sender(m, p.display, addr, "exchange" if c == "exchange" else "selfhosted", auth=("pass" if dk else "none", spf, dmarc))
        m.dkim_domain = dom if dk else None
        m.host_domain = dom
        m.client = c or rng.choice(["nextcloud", "zimbra", "sogo", "tbird"])
    elif v == "apple_org":
        p, addr = org_person(m, dom)
        set_sender(m, p.display, addr, "icloud")
        m.client = c or "apple"
    elif v == "platform":
        disp, addr, esp = e["pf"]
        meta = PLATFORM.get(esp)
        if esp == "hubspot":
            p, addr = org_person(m, dom)
            disp = p.display
        pdom = addr.split("@")[1]
        set_sender(m, disp, addr, "esp", env="bounce-%s@%s" % (hexid(rng, 12), ("bounce." + pdom) if not pdom.startswith("order.") else pdom))
        m.esp = meta[0] if meta else esp
        m.dkim_domain = (meta[1] if meta and meta[1] else pdom)
        if esp in ("zoom", "eventbrite", "calendly"):
            m.dkim_domain = meta[1]
        m.client = c or "platform"
        if meta and meta[2]:
            m.prod = meta[2]
        if meta and meta[3]:
            m.layout = meta[3]
    elif v == "phpapp":
        lp = rng.choice(["noreply", "reservas" if m.lang == "es" else "booking", "info", "termine" if m.lang == "de" else "appointments"])
        addr = "%s@%s" % (lp, dom)
        dk = rng.random() < 0.6
        set_sender(m, m.org_name, addr, "phpmail", env=addr, auth=("pass" if dk else "none", rng.choice(["pass", "pass", "neutral"]), "pass" if dk else "none"))
        m.dkim_domain = dom if dk else None
        m.host_domain = rng.choice(["webhost-eu.test", "shared-hosting.test", "cpanel-host.test"])
        m.client = c or "phpmailer"
    elif v in ("free_gcal",):
        p, addr, _ = freemail_sender(m, "gmail.com", style=rng.choice(["dot", "num", "dot"]))
        set_sender(m, p.display, addr, "gcal", env=gcal_env(m))
        m.client = "gcal"
    elif v == "apple":
        p, addr, _ = freemail_sender(m, rng.choice(["icloud.com", "icloud.com", "me.com"]))
        set_sender(m, p.display, addr, "icloud")
        m.client = c or "apple"
    elif v == "outlookcom":
        p, addr, _ = freemail_sender(m, rng.choice(["outlook.com", "hotmail.com"]))
        set_sender(m, p.display, addr, "outlookcom")
        m.client = c or "outlook"
    elif v == "yahoo":
        p, addr, _ = freemail_sender(m, "yahoo.com", style="num")
        set_sender(m, p.display, addr, "yahoo")
        m.client = c or "yahoo"
    elif v == "free_other":
        domc = LANG_FREEMAIL.get(m.lang, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"]) + ["fastmail.com", "proton.me"]
        d = rng.choice(domc)
        p, addr, inf = freemail_sender(m, d)
        if d == "fastmail.com":
            inf = "fastmail"
        set_sender(m, p.display, addr, inf)
        opts = {"gmail": ["tbird", "apple", "icsonly"], "outlookcom": ["outlook"], "yahoo": ["yahoo"], "icloud": ["apple"], "fastmail": ["fastmail"],
                "proton": ["proton"], "zoho": ["zoho"]}.get(inf, ["tbird", "tbird", "apple", "kde", "evolution", "icsonly"])
        m.client = c or rng.choice(opts)
    elif v == "list":
        lname, laddr = e["lst"]
        ldom = laddr.split("@")[1]
        if "googlegroups" in ldom:
            p, addr, _ = freemail_sender(m, "gmail.com")
        else:
            base = ldom.split(".", 1)[1] if ldom.startswith(("lists.", "ml.")) else ldom
            p, addr = org_person(m, base)
        set_sender(m, p.display, addr, "list", env="%s-bounces+%s=%s@%s" % (lname, m.rcpt_addr.split("@")[0], m.rcpt_addr.split("@")[1], ldom),
                   auth=("fail", "pass", rng.choice(["fail", "fail", "none"])), p=rng.choice(["none", "quarantine"]))
        m.host_domain = ldom
        m.list_addr = laddr
        m.list_name = lname
        m.list_orig_host = "mail.%s" % addr.split("@")[1] if "gmail" not in addr else "mail-sor-f%d.google.com" % rng.randint(10, 99)
        m.wrap = "list"
        m.client = c or "tbird"
        m.to = [(None, laddr)]
    elif v == "fwd":
        p, addr = org_person(m, dom)
        set_sender(m, p.display, addr, "m365")
        m.client = e.get("inner", "outlook")
        m.wrap = "rfc822"
        fp, faddr, finf = freemail_sender(m, rng.choice(["gmail.com", "outlook.com", "gmx.de" if m.lang == "de" else "icloud.com"]))
        m.fwd_from = (fp.display, faddr)
        m.fwd_infra = finf
        m.fwd_note = e["b"]
    elif v == "forwarder":
        p, addr, _ = freemail_sender(m, "gmail.com")
        fw = e["fwdom"]
        set_sender(m, p.display, addr, "selfhosted", env="SRS0=%s=%s=gmail.com=%s@%s" % (alnum(rng, 4), alnum(rng, 2), addr.split("@")[0], fw),
                   auth=("fail", rng.choice(["pass", "softfail"]), "fail"))
        m.host_name = "mx%d.%s" % (rng.randint(1, 3), fw)
        m.client = c or "gcal"
        m.to = [(m.rcpt_name, "%s.%s@%s" % (m.rcpt.first_lat, m.rcpt.last_lat, fw))]
    else:
        raise ValueError(v)


def make(label, cat, idx, e, cfg, rng):
    m = new_msg(label, cat, idx, e["l"], rng, years_for(e, cat), e.get("mo"))
    m.prod = None
    setup(m, e)
    if e.get("tz"):
        m.sender_tz = e["tz"]
    meth = e.get("meth", "REQUEST")
    days = e.get("days", (1, 21))
    hour = e.get("hour", (8, 17))
    dur = e.get("dur", (30, 45, 60, 60, 90))
    ev = event(m, days=days, hour=hour, dur=dur, method=meth)
    if e.get("allday"):
        ev["tzmode"] = "date"
        ev["start"] = ev["start"].replace(hour=0, minute=0)
        ev["end"] = ev["start"] + dt.timedelta(days=1 if not e.get("nights") else e["nights"])
        if cat == "travel-booking":
            ev["end"] = ev["start"] + dt.timedelta(days=rng.choice([2, 3, 4]))
    extra = dict(tenant=lambda s: (m.org_name or "contoso").split(" ")[0].lower().replace("&", "") + rng.choice(["", "corp", "group"]),
                 b64=lambda s: b64url(rng, int(s or 20)), uuid=lambda s: uuid4(rng))
    m.link = ""
    m.phone = phone_for(rng, m.lang)
    summ = fill(m, e["t"], **extra)
    body = fill(m, e["b"], **extra)
    ev["summary"] = summ
    if e.get("loc"):
        ev["location"] = fill(m, e["loc"], **extra)
    if e.get("rr"):
        ev["rrule"] = e["rr"]
    if m.prod or e.get("prod"):
        ev["prodid"] = PRODIDS[e.get("prod") or m.prod]
    if m.prod == "zoom":
        ev["uid"] = "ZOOM%d" % rng.randint(10 ** 10, 10 ** 11)
    organizer = org(m.from_name or m.org_name, m.from_addr)
    if e.get("v") == "platform" and e["pf"][2] in ("zoom", "eventbrite", "calendly"):
        host = person(rng, m.lang)
        organizer = org(host.display if e["pf"][2] != "eventbrite" else "Eventbrite", m.from_addr if e["pf"][2] != "calendly" else "%s.%s@%s" % (
            host.first_lat, host.last_lat, rng.choice(["northgate-consulting.example", "gmail.com"])))
    rcpt_att = attendee(m.rcpt_name, m.rcpt_addr, partstat="NEEDS-ACTION", rsvp="TRUE")
    others = []
    n = e.get("n", 0 if e.get("v") in ("platform", "phpapp") else rng.choice([0, 1, 2]))
    if isinstance(n, int) and n > 0:
        odom = m.from_addr.split("@")[1]
        for i in range(n):
            inside = rng.random() < 0.5
            pl = person(rng, m.lang if rng.random() < 0.8 else "en")
            addr = "%s.%s@%s" % (pl.first_lat, pl.last_lat, "example.net" if inside else odom)
            if n > 30 and rng.random() < 0.4:
                addr = "%s.%s@%s" % (pl.first_lat, pl.last_lat, rng.choice(["meridian-holdings.example", "partners.meridian-holdings.example", "example.net"]))
            others.append(attendee(pl.display if rng.random() < 0.85 else None, addr, partstat=rng.choice(["NEEDS-ACTION", "NEEDS-ACTION", "ACCEPTED", "TENTATIVE"]), rsvp="TRUE"))
    if meth in ("REPLY", "COUNTER"):
        # the sender answers an invitation the recipient organised
        ev["organizer"] = org(m.rcpt_name, m.rcpt_addr)
        ps = e.get("ps", "ACCEPTED") if meth == "REPLY" else "NEEDS-ACTION"
        ev["attendees"] = [attendee(m.from_name, m.from_addr, partstat=ps)]
        ev["sequence"] = rng.choice([0, 0, 1])
        ev["uid"] = {"outlook": "040000008200E00074C5B7101A82E00800000000" + hexid(rng, 48, True), "gcal": "%s@google.com" % alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789")}.get(m.client, uuid4(rng))
        ev["dtstamp"] = m.sent
        if meth == "REPLY":
            key = PS_KEY[ps]
            pre = ui(m.lang, key)
            note = e.get("reply_note")
            rt = REPLY_TXT.get(m.lang, REPLY_TXT["en"]).get(ps, REPLY_TXT["en"][ps]) % (m.from_name,)
            m.text = (note + "\n\n" if note else "") + rt if m.client != "outlook" or note else (note or "")
            ev["description"] = note or ""
            if ev["description"] == "":
                ev.pop("description")
            if m.client == "outlook":
                ev["description"] = note or ""
                ev["x_lines"] = ["X-MICROSOFT-CDO-REPLYTIME:" + m.sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")]
            m.subject = "%s: %s" % (pre, summ) if m.client != "gcal" else "%s: %s @ %s (%s)" % (pre, summ, ev["start"].strftime("%a %b %d, %Y %H:%M") if m.lang == "en" else ev["start"].strftime("%Y-%m-%d %H:%M"), m.from_addr)
        else:
            m.text = body
            ev["description"] = body
            ev["start"] = ev["start"] + dt.timedelta(hours=rng.choice([3, 4, 5, 24]))
            ev["end"] = ev["start"] + dt.timedelta(minutes=60)
            m.subject = "%s: %s" % (COUNTER_TXT.get(m.lang, "New Time Proposed"), summ)
    else:
        ev["organizer"] = organizer
        if n == "hidden":
            ev["attendees"] = [rcpt_att]
        else:
            atts = [rcpt_att] + others
            rng.shuffle(atts)
            if m.client in ("gcal", "outlook", "exchange") and e.get("v") not in ("platform",):
                atts.insert(0, attendee(m.from_name, m.from_addr, partstat="ACCEPTED", rsvp="FALSE"))
            ev["attendees"] = atts
        if meth == "PUBLISH" and rng.random() < 0.5:
            ev["attendees"] = []
        m.text = body
        ev["description"] = body
        if e.get("d"):
            m.text = ev["description"] = fill(m, e["d"], **extra)
        if meth == "CANCEL":
            ev["status"] = "CANCELLED"
            ev["sequence"] = rng.randint(1, 4)
            if m.client != "gcal":
                m.subject = "%s: %s" % ({"en": "Canceled", "fr": "Annulé", "zh": "已取消", "ar": "تم الإلغاء"}.get(m.lang, ui(m.lang, "canc")), summ)
        elif e.get("seq"):
            ev["sequence"] = e["seq"]
            if m.client == "outlook":
                m.subject = "%s: %s" % ("Updated", summ)
    if e.get("teams") and m.client in ("outlook", "exchange", "outlook_fw") or (e.get("teams") and m.wrap == "rfc822"):
        m.teams = True
    elif e.get("teams") and m.client not in ("outlook", "exchange"):
        link = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % b64url(rng, 33)
        m.text = (m.text or "") + "\n\nMicrosoft Teams: " + link
        ev["description"] = m.text
        ev.setdefault("location", "Microsoft Teams Meeting")
    if e.get("meet"):
        if m.client == "gcal":
            m.meet = True
        else:
            code = "%s-%s-%s" % (alnum(rng, 3, "abcdefghijkmnopqrstuvwxyz"), alnum(rng, 4, "abcdefghijkmnopqrstuvwxyz"), alnum(rng, 3, "abcdefghijkmnopqrstuvwxyz"))
            ev["location"] = ev.get("location") or "https://meet.google.com/" + code
            ev["conference_lines"] = ["CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Google Meet:https://meet.google.com/" + code]
    if m.teams and ev.get("location") is None:
        ev["location"] = {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams", "ja": "Microsoft Teams 会議"}.get(m.lang, "Microsoft Teams Meeting")
    # alarms
    if e.get("alarm"):
        ev["alarms"] = [dict(trigger=e["alarm"], description="Reminder")]
    elif meth in ("REQUEST", "PUBLISH") and m.client not in ("outlook",) and rng.random() < 0.5:
        ev["alarms"] = [dict(trigger=rng.choice(["-PT10M", "-PT15M", "-PT30M", "-P1D", "-PT1H"]), description=rng.choice(["Reminder", "This is an event reminder", summ[:50]]))]
    if m.client == "gcal" and meth != "CANCEL" and rng.random() < 0.6:
        ev["tzmode"] = "utc" if not ev.get("rrule") and ev.get("tzmode") != "date" else ev.get("tzmode", "tzid")
    if ev.get("rrule") and ev.get("tzmode") in (None, "utc"):
        ev["tzmode"] = "tzid" if m.client not in ("outlook", "exchange", "outlook_fw") else "win"
    if m.client in ("gcal",) and ev.get("tzmode") is None:
        ev["tzmode"] = rng.choice(["utc", "tzid"])
    if m.client in ("outlook_fw",):
        m.fwd_note = body
        m.fwd_orig_to = m.from_name
    align_rrule(ev)
    if e.get("recid") and ev.get("rrule"):
        # a single occurrence of the series is moved or cancelled
        occ = ev["start"] + dt.timedelta(days=7 * rng.randint(1, 4))
        dur_ = ev["end"] - ev["start"]
        ev["recurrence_id"] = occ
        ev.pop("rrule")
        ev["start"] = occ if meth == "CANCEL" else occ + dt.timedelta(hours=rng.choice([1, 2, 24]))
        ev["end"] = ev["start"] + dur_
        ev["sequence"] = max(ev.get("sequence") or 0, 1)
        if meth != "CANCEL":
            m.text = "Moved this week only. " + (m.text or "")
            ev["description"] = m.text
    ev.setdefault("created", m.sent - dt.timedelta(minutes=rng.randint(1, 2000)))
    if e.get("v") == "forwarder" or m.wrap == "list":
        ev.setdefault("status", "CONFIRMED")
    if m.wrap == "list" and m.client == "gcal":
        m.sender_hdr = '"%s" <%s>' % (m.list_name, m.list_addr)
    # transport variety
    if m.lang != "en" and rng.random() < 0.7:
        m.cs = rng.choice(LANG[m.lang]["cs"])
        m.hcs = m.cs if rng.random() < 0.7 else "utf-8"
    elif m.lang == "en" and rng.random() < 0.2:
        m.cs = rng.choice(["iso-8859-1", "windows-1252", "us-ascii"])
    if (cat, idx) in FORCE_CS:
        m.cs = m.hcs = FORCE_CS[(cat, idx)]
    m.hmode = "B" if rng.random() < 0.65 else "Q"
    m.cte = rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit", "7bit"])
    if m.wrap == "rfc822":
        m.fwd_subject = "%s %s" % ({"en": "Fwd:", "fr": "Tr:", "ru": "Fwd:"}.get(m.lang, "Fwd:"), summ)
        m.fwd_ua = rng.choice(["Mozilla Thunderbird", None])
        fi = m.fwd_infra
        m.infra = fi
        m.auth = ("pass", "pass", "pass")
        m.envelope_from = m.fwd_from[1]
        if fi == "gmail":
            m.fwd_ua = None
    return m


FORCE_CS = {("travel-booking", 13): "tis-620", ("work-meeting", 15): "ks_c_5601-1987", ("work-meeting", 13): "iso-2022-jp",
            ("it-maintenance", 8): "shift_jis", ("appointments", 10): "windows-1256", ("webinar-event", 12): "euc-kr",
            ("forwarded-list", 10): "koi8-r", ("appointments", 12): "windows-1251", ("recurring-community", 9): "iso-8859-2",
            ("personal-family", 7): "iso-8859-15", ("work-meeting", 18): "iso-8859-1", ("appointments", 9): "iso-8859-9"}


def items():
    for cat, entries in ham_texts.CATS:
        for i, e in enumerate(entries, 1):
            yield cat, i, e, {}
