#!/usr/bin/env python3
"""Generate the holdout19 calendar-invitation exam corpus.

usage: python3 gen.py [OUTDIR]      (default: out/ next to this file)
Deterministic: fixed seeds, standard library only.
"""
import collections
import datetime as dt
import os
import random
import shutil
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from h19util import (UTC, fill, utc_to_local, local_to_utc, tzinfo_for, rfc2822, fold_header, hv, addr, Part,
                     text_part, f_utc)
from h19ident import (NAMES, ORGS, LANG_TZ, FREE_SMTP, alnum, hexrand, person, first_name, b64rand, ip4,
                      dkim_sig, auth_results, mx_received, dmarc_pol, MSLANG)
import h19content as C
import h19send
import h19client
import h19text_en
import h19text_xx

SEED = 19019
CLIENT_QUOTA = {"google": 28, "exchange": 24, "outlook": 10, "icloud": 14, "thunderbird": 10, "zoom": 8,
                "nextcloud": 7, "zimbra": 7, "yahoo": 8, "sogo": 6, "booking": 16, "mailman": 12, "tool": 10}
assert sum(CLIENT_QUOTA.values()) == 160

CAT_MINYEAR = {"fake-update-clickfix": 2023, "task-job-scam": 2021, "crypto-investment": 2017, "retail-sale-wave": 2016}
CLIENT_MINYEAR = {"zoom": 2018}


def plan(rng):
    items = []
    for label, EN, XX in (("spam", h19text_en.SPAM, h19text_xx.SPAM), ("ham", h19text_en.HAM, h19text_xx.HAM)):
        L = []
        for cat, entries in EN.items():
            for T in entries:
                L.append(dict(label=label, cat=cat, lang="en", T=T))
        for lang, entries in XX.items():
            for T in entries:
                L.append(dict(label=label, cat=T["c"], lang=lang, T=T))
        # client assignment under quotas
        quota = dict(CLIENT_QUOTA)
        for it in L:
            it["allowed"] = C.allowed_clients(label, it["cat"], it["T"])
        order = sorted(range(len(L)), key=lambda i: (len(L[i]["allowed"]), rng.random()))
        for i in order:
            al = L[i]["allowed"]
            best = max(quota[c] for c in al)
            cands = [c for c in al if quota[c] == best]
            c = rng.choice(cands)
            quota[c] -= 1
            L[i]["client"] = c
        items += L
    return items


def rand_arrival(rng, minyear):
    a = dt.datetime(max(2016, minyear), 1, 1, tzinfo=UTC)
    b = dt.datetime(2026, 11, 28, tzinfo=UTC)
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    return t


def uid_for(rng, client, I):
    if client == "google":
        return alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
    if client in ("exchange", "outlook"):
        return "040000008200E00074C5B7101A82E00800000000" + hexrand(rng, 16, True) + "0000000000000000100000000" + hexrand(rng, 32, True)
    if client == "icloud":
        return str(uuid.UUID(int=rng.getrandbits(128))).upper()
    if client == "zoom":
        return "ZOOM%d@zoom.us" % rng.randint(80000000000, 99999999999)
    if client == "sogo":
        return "%s-%s-%x-%s" % (hexrand(rng, 4, True), hexrand(rng, 8, True), rng.randint(1, 15), hexrand(rng, 8, True))
    if client == "yahoo":
        return "yahoo-%s@yahoo.com" % hexrand(rng, 24)
    if client == "booking":
        return "%s-%d@%s" % (rng.choice(["booking", "res", "appt", "evt"]), rng.randint(100000, 9999999), I["domain"])
    if client == "tool":
        return rng.choice([hexrand(rng, 32), "%s-%d@%s" % (dt.datetime.now(UTC).strftime("%Y") if False else "evt", rng.randint(1000, 99999), I["domain"]),
                           str(uuid.UUID(int=rng.getrandbits(128))), alnum(rng, 13) + "@" + I["domain"]])
    return str(uuid.UUID(int=rng.getrandbits(128)))


GENERIC_NOTE = {"en": "You have been invited to an event.", "de": "Sie wurden zu einem Termin eingeladen.",
                "fr": "Vous êtes invité(e) à un événement.", "es": "Ha sido invitado a un evento.",
                "it": "Sei stato invitato a un evento.", "pt": "Você foi convidado para um evento.",
                "nl": "U bent uitgenodigd voor een afspraak.", "pl": "Zostałeś zaproszony na wydarzenie.",
                "ru": "Вы приглашены на мероприятие.", "el": "Έχετε προσκληθεί σε μια εκδήλωση.",
                "ar": "تمت دعوتك إلى حدث.", "he": "הוזמנת לאירוע.", "zh": "您收到一个日程邀请。",
                "ja": "予定に招待されました。", "ko": "일정에 초대되었습니다.", "hi": "आपको एक कार्यक्रम में आमंत्रित किया गया है।",
                "th": "คุณได้รับคำเชิญเข้าร่วมกิจกรรม", "tr": "Bir etkinliğe davet edildiniz."}

SPAM_BRAND_NAME = {"microsoft": ["Microsoft 365", "Microsoft account team", "Office365 Admin", "IT Helpdesk"],
                   "docusign": ["DocuSign", "Docusign via DocuSign", "DocuSign eSignature"],
                   "paypal": ["PayPal", "service@paypal", "PayPal Resolution Center"],
                   "adobe": ["Adobe Document Cloud", "Adobe Acrobat", "Adobe Sign"], "dropbox": ["Dropbox", "Dropbox Transfer"],
                   "bank": None, "gov": None, "amazon": ["Amazon.co.jp", "アマゾン"], "naver": ["네이버", "NAVER"]}

PLACE = {"google": ["desc", "desc", "loc", "attach"], "exchange": ["desc", "desc", "loc", "altdesc"],
         "outlook": ["desc", "altdesc", "loc"], "icloud": ["desc", "url", "loc"], "thunderbird": ["desc", "url", "loc", "attach"],
         "nextcloud": ["desc", "loc", "url"], "zimbra": ["desc", "altdesc", "loc"], "yahoo": ["desc", "loc"],
         "sogo": ["desc", "url", "loc"], "tool": ["desc", "url", "attach", "conf", "altdesc", "loc"],
         "booking": ["desc", "url"], "zoom": ["desc"]}


def title_sender(summary):
    if ":" in summary[:28]:
        return summary.split(":")[0].strip("【】[] ")
    return None


def choose_sender(rng, it, rcpt, client):
    """returns (kind, persona)"""
    label, cat, lang, T = it["label"], it["cat"], it["lang"], it["T"]
    ex = T.get("ex", {})
    inner = client
    nm, loc = person(rng, lang, exclude=(rcpt["name"],))
    P = dict(name=nm, local=loc)
    if label == "ham":
        if ex.get("brand") and client in ("booking", "tool"):
            dom = C.brand_domain(rng, ex["brand"], lang)
            P.update(name=ex["brand"], local=rng.choice(["noreply", "no-reply", "bookings", "info", "reservations", "notifications"]), domain=dom, svc_domain=dom, org=ex["brand"])
            return "service", P
        if ex.get("brand"):
            dom = C.brand_domain(rng, ex["brand"], lang)
            P.update(domain=dom, org=ex["brand"])
            if rng.random() < 0.5:
                P.update(name=ex["brand"], local=rng.choice(["info", "reception", "office", "team"]))
            return "corp", P
        if cat in ("personal-family", "community-series") or ex.get("personal_biz"):
            return "freemail", P
        if ex.get("internal") or cat in ("forwarded-invite", "it-notice", "document-share"):
            if rcpt.get("org"):
                P.update(domain=rcpt["domain"], org=rcpt["org"])
                if cat == "it-notice" and rng.random() < 0.5:
                    P.update(name={"en": "IT Service Desk"}.get(lang, nm), local=rng.choice(["servicedesk", "it-support", "helpdesk"]))
                return "corp", P
        if cat == "reply-cancel" and rcpt.get("org") and rng.random() < 0.6:
            P.update(domain=rcpt["domain"], org=rcpt["org"])
            return "corp", P
        org = rng.choice([o for o in ORGS[lang] + ORGS["en"] if o[1] != rcpt["domain"]])
        P.update(domain=org[1], org=org[0])
        if client in ("icloud", "yahoo") or (cat in ("recruiter",) and rng.random() < 0.25):
            return "freemail", P
        return "corp", P
    # ---------------- spam
    role = ex.get("role")
    if cat == "bec":
        if role == "ceo":
            ceo = person(rng, lang, exclude=(rcpt["name"],))
            P.update(name=ceo[0], local=ceo[1])
            r = rng.random()
            if client == "tool" or (client in ("thunderbird", "outlook") and r < 0.5):
                P.update(domain=rcpt["domain"] if rcpt.get("org") else C.lookalike(rng, rcpt["domain"]), org=rcpt.get("org"))
                return ("spoof" if rcpt.get("org") else "lookalike"), P
            if r < 0.45 or not rcpt.get("org"):
                P["local"] = ceo[1].replace(".", "") + rng.choice(["", ".office", ".ceo", str(rng.randint(1, 99))])
                return "freemail", P
            P.update(domain=C.lookalike(rng, rcpt["domain"]), org=rcpt.get("org"))
            return "lookalike", P
        if role == "employee":
            return "freemail", P
        org = rng.choice([o for o in ORGS[lang] + ORGS["en"] if o[1] != rcpt["domain"]])
        P.update(org=org[0])
        if rng.random() < 0.5:
            P.update(domain=org[1])
            return "compromised", P
        P.update(domain=C.lookalike(rng, org[1]))
        return "lookalike", P
    if cat == "doc-share-compromised":
        org = rng.choice([o for o in ORGS[lang] + ORGS["en"] if o[1] != rcpt["domain"]])
        P.update(domain=org[1], org=org[0])
        return "compromised", P
    brand = ex.get("brand")
    bname = None
    if brand and SPAM_BRAND_NAME.get(brand):
        bname = rng.choice(SPAM_BRAND_NAME[brand])
    elif cat in ("fee-scam", "credential-phish", "callback-scam", "prize-survey-giftcard"):
        bname = title_sender(fill(T["s"], {}))
    r = rng.random()
    if cat in ("fee-scam", "credential-phish", "prize-survey-giftcard", "callback-scam") and bname:
        P["name"] = bname if r < 0.75 else nm
        if client in ("booking", "tool"):
            tokdom = C.spam_url(rng, cat, brand).split("/")[2]
            P.update(domain=tokdom, local=rng.choice(["noreply", "info", "support", "notice", "service"]))
            return ("lookalike" if rng.random() < 0.6 else "junk"), P
        if r < 0.5:
            return "freemail", P
        org = rng.choice([o for o in ORGS[lang] + ORGS["en"] if o[1] != rcpt["domain"]])
        P.update(domain=org[1], org=org[0], local=loc)
        return "compromised", P
    if cat in ("dating-sextortion", "advance-fee", "task-job-scam") or r < 0.45:
        return "freemail", P
    if r < 0.75:
        org = rng.choice([o for o in ORGS[lang] + ORGS["en"] if o[1] != rcpt["domain"]])
        P.update(domain=org[1], org=org[0])
        return "compromised", P
    P.update(domain=C.spam_url(rng, cat, brand).split("/")[2].replace("www.", ""),
             local=rng.choice(["info", "hello", "events", "team", "news", loc]))
    if any(h in P["domain"] for h in ("google", "web.app", "pages.dev", "r2.dev", "workers", "ipfs", "windows.net",
                                       "bit.ly", "forms.gle", "wixsite", "notion", "qrco", "firebase")):
        P["domain"] = "%s-%s.%s" % (rng.choice(C.TOK.get(cat, ["web"])), alnum(rng, 4, "abcdefghijklmnopqrstuvwxyz"), rng.choice(C.TLDS))
    return ("junk" if rng.random() < 0.5 else "lookalike"), P


def make_message(idx, it):
    rng = random.Random(SEED * 1000 + idx)
    label, cat, lang, T, client = it["label"], it["cat"], it["lang"], it["T"], it["client"]
    ex = dict(T.get("ex", {}))
    inner = client
    if client == "mailman":
        inner = rng.choice(["google", "exchange", "thunderbird", "outlook", "icloud", "zimbra", "yahoo"])
    miny = max(CAT_MINYEAR.get(cat, 2016), CLIENT_MINYEAR.get(client, 2016), 2018 if ex.get("teams") else 2016)
    arrival = rand_arrival(rng, miny)
    t_sent = arrival - dt.timedelta(seconds=rng.randint(2, 95))
    # ---------------- recipient
    corp = True
    if label == "ham" and (cat in ("personal-family",) or ex.get("personal_biz")):
        corp = rng.random() < 0.2
    elif label == "ham" and ex.get("brand") and cat not in ("finance-reminder",):
        corp = rng.random() < 0.3
    elif label == "ham" and cat in ("community-series", "mailing-list", "recruiter"):
        corp = rng.random() < 0.4
    elif label == "spam" and cat in ("bec", "doc-share-compromised", "fake-update-clickfix"):
        corp = rng.random() < 0.9
    elif label == "spam":
        corp = rng.random() < 0.5
    if label == "ham" and (ex.get("internal") or cat in ("it-notice", "forwarded-invite")):
        corp = True
    rcpt = C.recipient(rng, lang, corp)
    rcpt_tz = rng.choice(LANG_TZ[lang])
    # ---------------- sender
    kind, P = choose_sender(rng, it, rcpt, inner)
    I = h19send.make(rng, inner, kind, lang, P)
    sender_tz = rcpt_tz if (I["domain"] == rcpt["domain"] or rng.random() < 0.7) else rng.choice(LANG_TZ[lang] + LANG_TZ["en"])
    # ---------------- event time
    tz = ex.get("tz") or (sender_tz if label == "spam" else rng.choice([rcpt_tz, sender_tz]))
    if label == "spam":
        lead = rng.choice([0, 0, 1, 1, 2, 3, 5, 7]) if cat != "nagging-payload" else 0
        if rng.random() < 0.06:
            lead = -rng.randint(1, 40)
    else:
        if cat in ("travel-booking", "hotel-restaurant"):
            lead = rng.randint(4, 95)
        elif cat in ("medical-appointment", "vendor-webinar-conference", "support-callback"):
            lead = rng.randint(2, 40)
        elif cat == "finance-reminder":
            lead = rng.randint(1, 12)
        else:
            lead = rng.randint(1, 24)
    local_now = utc_to_local(tz, t_sent)
    day = (local_now + dt.timedelta(days=lead)).date()
    if label == "ham" and day.weekday() >= 5 and cat not in ("personal-family", "community-series", "travel-booking", "hotel-restaurant"):
        day += dt.timedelta(days=7 - day.weekday())
    hour = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17]) if (label == "ham" or rng.random() < 0.6) else rng.randint(0, 23)
    if cat in ("personal-family", "community-series", "hotel-restaurant") and label == "ham":
        hour = rng.choice([10, 12, 17, 18, 19, 19, 20])
    minute = rng.choice([0, 0, 0, 30, 15, 45]) if label == "ham" else rng.choice([0, 0, 30, rng.randint(0, 59)])
    start = dt.datetime.combine(day, dt.time(hour, minute))
    if lead >= 0 and local_to_utc(tz, start) < t_sent:
        start += dt.timedelta(days=1)
    if cat == "nagging-payload" and rng.random() < 0.5:
        start = start.replace(year=rng.choice([2035, 2049, 2099, 2030]))
    dur = ex.get("dur") or rng.choice([15, 30, 30, 45, 60, 60, 90])
    allday = ex.get("allday")
    end = start + dt.timedelta(minutes=dur)
    if allday:
        start = dt.datetime.combine(start.date(), dt.time(0))
        end = start + dt.timedelta(days=allday)
    # ---------------- slots
    rfirst = rcpt["first"]
    S = dict(name=rfirst, rfirst=rfirst, rname=rcpt["name"], email=rcpt["email"], company=rcpt.get("org") or rcpt["domain"].split(".")[0].title(),
             sender=I["name"] or "", sfirst=first_name(lang, I["name"] or "Alex"), org=P.get("org") or (I["domain"].split(".")[0].replace("-", " ").title()),
             code=alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ref=str(rng.randint(100000, 9999999)),
             pin=str(rng.randint(1000, 9999)), pc=str(rng.randint(100000, 999999)),
             date=start.strftime("%d.%m.%Y") if lang != "en" else start.strftime("%b %d, %Y"),
             phone=C.phone(rng, lang, tollfree=(label == "spam")), rphone=C.phone(rng, lang),
             wa=C.mobile(rng, lang), tg="@" + rng.choice(["", "mr_", "dr_", "coach_"]) + alnum(rng, rng.randint(6, 10), "abcdefghijklmnopqrstuvwxyz_0123456789"),
             wx=alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), qq=str(rng.randint(100000000, 3999999999)),
             line="@" + alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"),
             btc="bc1q" + alnum(rng, 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), eth="0x" + hexrand(rng, 40),
             iban=rng.choice(["GB%02d MONZ 0401 %04d %04d %02d", "DE%02d 5001 0517 %04d %04d %02d", "LT%02d 3250 0%04d %04d %02d", "NL%02d BUNQ %04d %04d %02d"]) % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)),
             bic=rng.choice(["MONZGB2L", "INGDDEFFXXX", "REVOLT21", "BUNQNL2A"]), acct=str(rng.randint(10 ** 11, 10 ** 12)),
             bankname=rng.choice(["Revolut Bank UAB", "Wise Europe SA", "Monzo Bank", "bunq B.V.", "國泰世華銀行"]),
             reply="%s%d@%s" % (rng.choice(["barrister.", "mrs.", "claims.", "officer.", "agent."]), rng.randint(1, 999), rng.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "aol.com"])),
             pwd=rng.choice(["summer2014!", "Liverpool1", "qwerty123", "monkey78", "Sunshine#1", "p@ssw0rd"]),
             )
    S["rawurl"] = C.spam_url(rng, cat).replace("https://", "")
    S["amt"] = C.amount(rng, lang, {"fee-scam": "fee", "callback-scam": "big", "bec": "huge", "crypto-investment": "huge",
                                    "prize-survey-giftcard": "fee", "finance-reminder": "mid"}.get(cat, "mid"))
    bdom = P.get("svc_domain") or I["domain"]
    if ex.get("brand"):
        S["url"] = "https://%s/%s/%s" % (("www." + bdom) if not bdom.startswith("www") else bdom, rng.choice(["manage", "booking", "b", "my", "r"]), alnum(rng, 12))
    else:
        S["url"] = "https://%s/%s/%s" % (rng.choice(["www.", "events.", "wiki.", ""]) + bdom, rng.choice(["events", "wiki", "agenda", "meetings", "news"]), alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789-"))
    S["portal"] = "https://%s.%s/%s" % (rng.choice(["portal", "selfservice", "intranet", "it"]), rcpt["domain"], rng.choice(["password", "help", "kb/vpn", "servicedesk"]))
    if inner == "google":
        S["meet"] = "https://meet.google.com/%s-%s-%s" % (alnum(rng, 3, "abcdefghijklmnopqrstuvwxyz"), alnum(rng, 4, "abcdefghijklmnopqrstuvwxyz"), alnum(rng, 3, "abcdefghijklmnopqrstuvwxyz"))
        S["docurl"] = "https://docs.google.com/%s/d/%s/edit?usp=sharing" % (rng.choice(["spreadsheets", "document", "presentation"]), b64rand(rng, 33).replace("/", "_").replace("+", "-")[:44])
    elif inner in ("exchange", "outlook"):
        S["meet"] = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % b64rand(rng, 45)[:60].replace("/", "").replace("+", "")
        ten = I["domain"].split(".")[0].replace("-", "")
        S["docurl"] = "https://%s.sharepoint.com/:%s:/s/%s/%s?e=%s" % (ten, rng.choice(["w", "x", "p", "b"]), rng.choice(["Finance", "Projects", "Legal", "Team"]), b64rand(rng, 33)[:46].replace("/", "").replace("+", ""), alnum(rng, 6))
    else:
        S["meet"] = "https://us0%dweb.zoom.us/j/%d?pwd=%s" % (rng.randint(2, 6), rng.randint(80000000000, 99999999999), alnum(rng, 32))
        S["docurl"] = "https://cloud.%s/s/%s" % (rcpt["domain"] if ex.get("internal") else I["domain"], alnum(rng, 15, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    brand = ex.get("brand") if label == "spam" else None
    link = C.spam_url(rng, cat, brand) if label == "spam" else None
    # placement
    placement = "desc"
    if label == "spam" and not ex.get("nolink"):
        placement = rng.choice(PLACE.get(inner, ["desc"]))
    S["link"] = link if placement == "desc" else ""
    summary = fill(T["s"], S)
    desc = fill(T["d"], S)
    desc = "\n".join(l.rstrip() for l in desc.split("\n") if l.strip() != "").strip() if placement != "desc" else desc
    loc = fill(ex.get("l") or T.get("l"), S)
    chrome = lang if (rng.random() < (0.85 if label == "ham" else 0.65)) else "en"
    # ---------------- event
    ev = dict(method="REQUEST", summary=summary, desc=desc, loc=loc or "", tz=tz, start=start, end=end, allday=bool(allday),
              dtstamp=t_sent - dt.timedelta(seconds=rng.randint(0, 30)), seq=0,
              created=t_sent - dt.timedelta(minutes=rng.randint(1, 4000)), alarms=[], att=[], attach=[])
    ev["lastmod"] = ev["dtstamp"] - dt.timedelta(seconds=rng.randint(0, 60))
    ev["uid"] = uid_for(rng, inner, I)
    ev["ownerid"] = str(rng.randint(-2147483647, 2147483647)) if inner == "google" else str(rng.randint(1000000, 2147483647))
    ev["org"] = (I["name"] or "", I["email"])
    if ex.get("rrule"):
        ev["rrule"] = ex["rrule"]
    m = dict(rng=rng, lang=lang, label=label, cat=cat, rcpt=rcpt, rcpt_tz=rcpt_tz, sender_tz=sender_tz, I=I, ev=ev,
             t_sent=t_sent, chrome=chrome)
    others = []
    # attendee sets
    n_extra = 0
    if label == "ham" and cat not in ("personal-family", "medical-appointment", "hotel-restaurant", "travel-booking", "support-callback", "recruiter"):
        n_extra = rng.choice([0, 1, 2, 3, 4, 6])
    if label == "ham" and cat in ("personal-family", "community-series"):
        n_extra = rng.choice([2, 4, 7, 11])
    if label == "spam":
        n_extra = rng.choice([0, 0, 0, 1, 3, 8, 25])
    if ex.get("mass") and ex["mass"][1] > 0:
        others = C.mass_addrs(rng, rng.randint(*ex["mass"]), lang)
    elif cat == "mass-invite":
        others = C.mass_addrs(rng, rng.randint(120, 480), lang)
    elif label == "spam" and cat == "retail-sale-wave" and rng.random() < 0.6:
        others = C.wave_addrs(rng, rng.randint(8, 45), rcpt)
    else:
        odom = rcpt["domain"] if (I["domain"] == rcpt["domain"] or rng.random() < 0.5) and rcpt.get("org") else I["domain"]
        used = {rcpt["name"], I["name"]}
        for _ in range(n_extra):
            nm2, em2 = C.other_person(rng, lang, odom if rng.random() < 0.7 else rng.choice([rcpt["domain"], I["domain"]]), used)
            used.add(nm2)
            if em2 not in (rcpt["email"], I["email"]):
                others.append((nm2, em2))
    # ---------------- category specific structure
    rc_att = dict(cn=rcpt["name"], email=rcpt["email"])
    oth_att = [dict(cn=n, email=e) for n, e in others]
    cli_sends_all = inner in ("exchange", "outlook", "thunderbird", "zimbra", "sogo", "yahoo")
    if ex.get("reply"):
        ev["method"] = "REPLY"
        ev["org"] = (rcpt["name"], rcpt["email"])
        ev["att"] = [dict(cn=I["name"], email=I["email"], ps=ex["reply"])]
        if ex.get("comment"):
            ev["comment"] = ex["comment"]
        ev["desc"] = ""
        ev["seq"] = rng.choice([0, 0, 1])
    elif ex.get("cancel"):
        ev["method"] = "CANCEL"
        ev["seq"] = rng.randint(1, 3)
        ev["att"] = [rc_att] + oth_att
        if cli_sends_all:
            m["to_others"] = others
    elif client in ("booking",) or (inner == "tool" and (ex.get("brand") or cat in ("fee-scam", "callback-scam", "prize-survey-giftcard"))):
        ev["method"] = "PUBLISH"
        if rng.random() < 0.5:
            ev["att"] = [dict(cn=rcpt["name"], email=rcpt["email"], ps="ACCEPTED")]
        ev["alarms"] = [(rng.choice(["-P1D", "-PT2H", "-PT3H", "-PT24H", "-PT1H"]), "DISPLAY", None)]
        ev["prodid"] = rng.choice(["-//%s//Booking Engine %d.%d//EN" % (I["name"] or "Booking", rng.randint(1, 9), rng.randint(0, 20)),
                                   "-//%s//NONSGML Reservations//EN" % (slug_org(I["domain"])),
                                   "-//ical.net//NONSGML ical.net 4.0//EN", "-//Sabre//Sabre VObject 4.3.5//EN",
                                   "-//Spatie//iCalendar Generator//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
                                   "-//Booking Calendar//EN", "-//Eluceo//iCal 2.0//EN"])
        ev["dtmode"] = rng.choice(["utc", "utc", "tzid"])
        if ex.get("ret"):
            ev2 = dict(summary=summary.split(" → ")[-1].split(" (")[0] + " → " + summary.split(" → ")[0].split(" ", 3)[-1] if "→" in summary else summary,
                       desc=desc, loc="", start=start + dt.timedelta(days=rng.randint(3, 10)), tz=tz, allday=False,
                       uid=ev["uid"].replace("-", "-r", 1))
            ev2["end"] = ev2["start"] + dt.timedelta(minutes=dur)
            ev["more"] = [ev2]
        if ex.get("multi"):
            ev["more"] = [dict(summary=summary.replace("Day 1", "Day %d" % (k + 2)), desc=desc, loc=loc, tz=tz,
                               start=start + dt.timedelta(days=k + 1), end=end + dt.timedelta(days=k + 1),
                               allday=False, uid=ev["uid"] + "-%d" % (k + 2)) for k in range(ex["multi"] - 1)]
        m["subject"] = fill(ex.get("sub"), S) or summary
        greet = {"en": "Dear %s,", "de": "Guten Tag %s,", "fr": "Bonjour %s,", "es": "Hola %s,", "it": "Gentile %s,",
                 "pt": "Olá %s,", "nl": "Beste %s,", "pl": "Dzień dobry %s,"}.get(lang, "%s")
        m["mail_text"] = (greet % rcpt["name"]) + "\n\n" + desc
        m["brand_name"] = I["name"]
        m["footer"] = "© %d %s" % (t_sent.year, I["name"] or I["domain"])
        m["ics_name"] = ex.get("ics") or rng.choice(["booking.ics", "reservation.ics", "appointment.ics", "event.ics", "calendar.ics", "%s.ics" % S["code"]])
        m["ics_ctype"] = rng.choice(["text/calendar", "text/calendar", "application/ics", "application/octet-stream"])
        if label == "spam":
            m["unsub"] = None
        elif rng.random() < 0.3:
            m["unsub"] = "https://%s/unsubscribe/%s" % (I["domain"], alnum(rng, 20))
    else:
        # normal invitation
        atts = [rc_att] + oth_att
        rng.shuffle(atts) if len(atts) < 8 else None
        if inner == "google":
            atts = [dict(cn=I["name"] or I["email"], email=I["email"], ps="ACCEPTED", rsvp=True)] + atts
        ev["att"] = atts
        if cli_sends_all and len(others) < 400:
            m["to_others"] = others
    if client == "zoom":
        ev["method"] = "PUBLISH"
        zid = rng.randint(80000000000, 99999999999)
        join = "https://us0%dweb.zoom.us/%s/%d?tk=%s" % (rng.randint(2, 6), "w" if "ebinar" in summary.lower() or label == "spam" else "j", zid, b64rand(rng, 40).replace("/", "_").replace("+", "-").rstrip("="))
        ev["loc"] = join
        host = P.get("org") or I["name"] or "Webinar"
        if label == "spam":
            host = rng.choice(["Global Wealth Academy", "Crypto Insight Live", "Remote Careers Hub", "Partner Success Team", "Digital Skills Institute", "IT Operations"])
        body = ("Hi %s,\n\nThank you for registering for \"%s\".\n\n%s\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\nJoin from PC, Mac, iPad, or Android: %s\nPasscode: %s\n\nYou can cancel your registration at any time."
                % (rfirst, summary, desc, I["email"] if False else "%s@%s" % (alnum(rng, 6), rng.choice(["gmail.com", "outlook.com"])) if label == "spam" else P.get("local", "events") + "@" + (P.get("domain") or "example.com"),
                   h19client.when_str(ev, "en", rcpt_tz), join, S["pc"]))
        ev["desc_full"] = body
        m["mail_text"] = body
        m["zoom_from"] = host
        m["subject"] = "%s Confirmation" % summary if rng.random() < 0.6 else "Webinar Registration Approved"
        ev["org"] = (host, "no-reply@zoom.us")
        ev["alarms"] = []
    # meet / teams
    if inner == "google" and (ex.get("meet") or (label == "ham" and rng.random() < 0.35 and not loc and ev["method"] == "REQUEST")):
        ev["meet"] = S["meet"]
        ev["desc_full"] = (desc + "\n\n" if desc else "") + "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % S["meet"]
    if inner == "exchange" and (ex.get("teams") or (label == "ham" and rng.random() < 0.3 and not loc and ev["method"] == "REQUEST") or (label == "spam" and rng.random() < 0.15)):
        ev["teams"] = S["meet"]
        ev["teams_mid"] = "%d %d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
        ev["teams_pc"] = alnum(rng, 6, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        ev["teams_oid"] = str(uuid.UUID(int=rng.getrandbits(128)))
        ev["teams_ten"] = str(uuid.UUID(int=rng.getrandbits(128)))
        ev["teams_tid"] = b64rand(rng, 30)[:40].replace("/", "").replace("+", "")
        if not ev["loc"]:
            ev["loc"] = "Microsoft Teams Meeting" if lang == "en" or rng.random() < 0.6 else {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams"}.get(lang, "Microsoft Teams Meeting")
    if ex.get("gdrive") and inner == "google":
        ev["attach"] = [dict(uri="https://drive.google.com/open?id=" + b64rand(rng, 25)[:33].replace("/", "_").replace("+", "-"), fmt="application/vnd.google-apps.spreadsheet", fname="Q3 budget draft")]
    # spam link placement
    if label == "spam" and link and placement != "desc":
        if placement == "loc":
            ev["loc"] = link
        elif placement == "url":
            ev["url"] = link
        elif placement == "attach":
            if inner == "google":
                link = "https://drive.google.com/file/d/%s/view?usp=drive_web" % b64rand(rng, 25)[:33].replace("/", "_").replace("+", "-")
                ev["attach"] = [dict(uri=link, fmt="application/pdf", fname=rng.choice(["Document.pdf", "Invoice.pdf", "Details.pdf", "Claim.pdf"]))]
            else:
                ev["attach"] = [dict(uri=link, fmt=rng.choice(["application/pdf", "text/html"]), fname="document.pdf")]
        elif placement == "conf":
            ev["conf"] = (link, rng.choice(["Join meeting", "Join", "Open"]))
        elif placement == "altdesc":
            anchor = rng.choice(["Click here", "View details", summary[:40], "Open", "Confirm", "→"])
            html_ = ('<html><body><p>%s</p><p><a href="%s" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">%s</a></p></body></html>'
                     % (h19client.linkify(desc), link, h19client.h(anchor)))
            ev["html_alt"] = html_
            ev["html_ics"] = html_
    # ---------------- alarms / recurrences per client and category
    if not ev["alarms"] and ev["method"] == "REQUEST":
        if inner in ("exchange", "outlook"):
            ev["alarms"] = [("-PT15M", "DISPLAY", None)]
        elif inner == "zimbra":
            ev["alarms"] = [("-PT5M", "DISPLAY", None)]
        elif inner in ("google",) and rng.random() < 0.4:
            ev["alarms"] = [("-P0DT0H30M0S", "DISPLAY", None)]
        elif inner in ("icloud", "thunderbird") and rng.random() < 0.5:
            ev["alarms"] = [(rng.choice(["-PT15M", "-PT30M", "-PT1H", "-P1D"]), "DISPLAY", None)]
    if cat == "nagging-payload":
        if rng.random() < 0.7:
            ev["rrule"] = rng.choice(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=1", "FREQ=HOURLY;INTERVAL=6", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", "FREQ=MINUTELY;INTERVAL=30"])
        n = rng.randint(6, 40)
        ev["alarms"] = [("-PT%dM" % (k * rng.choice([1, 5, 10])), "DISPLAY", summary) for k in range(n)]
        if rng.random() < 0.4:
            ev["alarms"] += [("-P%dD" % k, "AUDIO", None) for k in range(1, 8)]
    elif label == "spam" and cat in ("retail-sale-wave", "prize-survey-giftcard", "crypto-investment", "mass-invite") and rng.random() < 0.2:
        ev["rrule"] = rng.choice(["FREQ=DAILY;COUNT=30", "FREQ=DAILY", "FREQ=WEEKLY"])
        ev["alarms"] = ev["alarms"] + [("-PT1M", "DISPLAY", summary)] * rng.randint(1, 4)
    if label == "ham" and cat == "medical-appointment" and rng.random() < 0.5:
        ev["alarms"] = ev["alarms"] + [("-P1D", "DISPLAY", None)]
    if label == "ham" and rng.random() < 0.06 and ev["method"] == "REQUEST":
        ev["seq"] = rng.randint(1, 3)  # updated invitation
    if ex.get("transp"):
        ev["transp"] = "TRANSPARENT"
    # forwarded invitations
    if ex.get("fwd"):
        orig = C.other_person(rng, lang, I["domain"] if rng.random() < 0.6 else rng.choice(ORGS[lang])[1], {rcpt["name"], I["name"]})
        ev["org"] = orig
        fwd_prefix = {"en": "FW: ", "de": "WG: ", "fr": "TR: ", "es": "RV: ", "it": "I: ", "pl": "PD: ", "ja": "FW: ", "he": "FW: "}.get(lang, "FW: ")
        if inner == "thunderbird":
            fwd_prefix = {"de": "WG: "}.get(lang, "Fwd: ")
        m["fwd"] = True
        m["subject"] = fwd_prefix + summary
        m["fwd_note"] = fill(ex["fwd"], S)
        ev["att"] = [dict(cn=orig[0], email=orig[1], ps="ACCEPTED")] + [a for a in ev["att"] if a["email"] != I["email"]]
        if not any(a["email"] == I["email"] for a in ev["att"]):
            ev["att"].append(dict(cn=I["name"], email=I["email"], ps="ACCEPTED"))
    # ---------------- spam specials: hidden-payload tool messages, organizer tricks
    if inner == "tool":
        q = set()
        if label == "spam":
            pool = ["nomethod", "nofold", "tabfold", "lf", "nodtstamp", "noescape", "method_mismatch", "floating", "bare_att", "prodid_first", "widefold", "nostatus"]
            q = set(rng.sample(pool, rng.randint(1, 4)))
        else:
            pool = ["nofold", "nodtstamp", "noescape", "floating", "prodid_first", "nostatus"]
            q = set(rng.sample(pool, rng.randint(0, 2)))
        if "method_mismatch" in q:
            ev["ct_method"] = rng.choice(["REQUEST", "PUBLISH"])
            ev["method"] = "PUBLISH" if ev["ct_method"] == "REQUEST" else "REQUEST"
        ev["quirks"] = q
        ev.setdefault("prodid", rng.choice(["-//hacksw/handcal//NONSGML v1.0//EN", "-//ABC Corporation//NONSGML My Product//EN",
                                            "-//My calendar product//mxm.dk//", "ics.py - http://git.io/lLljaA",
                                            "-//Calendar//EN", "-//PHP//iCal Generator//EN", "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                                            "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "-//Events Calendar//iCal4j 1.0//EN",
                                            "PRODID:-//WA//FRWEB//EN", "-//Google Inc//Google Calendar 70.9054//EN"]))
        if label == "spam" and rng.random() < 0.45:
            m["mail_text"] = rng.choice([GENERIC_NOTE.get(chrome, GENERIC_NOTE["en"]), "", summary])
        if label == "spam" and rng.random() < 0.3:
            ev["org"] = (rng.choice([P.get("name") or "", ""]), rng.choice([rcpt["email"], "noreply@%s" % I["domain"], "calendar@%s" % rng.choice(["outlook.com", "gmail.com", "icloud.com"])]))
        if label == "spam" and (cat in ("mass-invite",) or rng.random() < 0.3):
            m["to_override"] = rng.choice(["undisclosed-recipients:;", addr(None, rcpt["email"]), "Undisclosed recipients:;"])
        if rng.random() < (0.8 if lang != "en" else 0.4):
            m["mail_cs"] = rng.choice(__import__("h19ident").LEGACY_CS[lang])
            if m["mail_cs"] == "us-ascii":
                m["mail_cs"] = "iso-8859-1"
        if label == "spam" and rng.random() < 0.3:
            m["ics_cs"] = rng.choice(__import__("h19ident").LEGACY_CS[lang])
        m["subject"] = m.get("subject") or fill(ex.get("sub"), S) or summary
    if inner == "booking" and lang != "en" and rng.random() < 0.45:
        m["mail_cs"] = rng.choice(__import__("h19ident").LEGACY_CS[lang])
    if T.get("ex", {}).get("hant"):
        m["mail_cs"] = "big5"
    elif lang == "th" and inner in ("thunderbird", "tool", "booking") and rng.random() < 0.6:
        m["mail_cs"] = "tis-620"
    if inner == "icloud":
        m["calserver"] = rng.random() < 0.4
    if inner == "google" and label == "spam" and rng.random() < 0.3 and len(ev["att"]) < 5:
        ev["optional"] = True
    # ---------------- mailing list: address the list instead of the recipient
    if client == "mailman":
        lname = ex.get("list") or rng.choice(["announce", "members", "staff-all", "discuss", "users", "alumni", "parents", "volunteers", "events"])
        ldom = "lists." + (rng.choice([o[1] for o in ORGS[lang]]) if rng.random() < 0.7 else rcpt["domain"])
        m["list"] = (lname, ldom)
        laddr = "%s@%s" % (lname, ldom)
        ev["att"] = [a for a in ev["att"] if a["email"] != rcpt["email"]] + [dict(cn=lname, email=laddr, cutype="GROUP")]
        m["to_override"] = addr(None, laddr)
        m["addr_for"] = laddr
        m["to_others"] = []
    # ---------------- render
    render = h19client.RENDER[inner]
    H, root = render(m)
    # mailing list post-processing
    if client == "mailman":
        H, root = mailman_wrap(m, H, root)
    # trace headers
    if client == "mailman":
        top, mid = list_trace(rng, m, t_sent, arrival)
    else:
        top, mid = h19send.trace(rng, I, rcpt["email"], t_sent, arrival, H, sender_tz)
    rl = root.header_lines()
    out = []
    placed = False
    for hline in H:
        if hline == "Content-Type: PLACEHOLDER":
            out += rl
            placed = True
        else:
            out.append(hline)
    if not placed:
        out += rl
    allh = top + mid + out
    data = ("\r\n".join(allh) + "\r\n\r\n").encode("ascii", "strict") + root.render_body()
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    desc_line = describe(it, inner, client, I, kind, lang, ev, placement if label == "spam" else None)
    return data, desc_line, dict(client=client, inner=inner, kind=I["kind"], year=arrival.year, method=ev.get("method"))


def slug_org(d):
    return d.split(".")[0].replace("-", " ").title()


def mailman_wrap(m, H, root):
    rng = m["rng"]
    lname, ldom = m["list"]
    laddr = "%s@%s" % (lname, ldom)
    I = m["I"]
    pol = dmarc_pol(rng, I["domain"])
    munge = pol[0] != "NONE"
    m["list_munge"] = munge
    NH = []
    for hline in H:
        low = hline.lower()
        if low.startswith("subject:"):
            val = hline.split(":", 1)[1].strip()
            NH.append("Subject: [%s] %s" % (lname, val))
        elif low.startswith("from:") and munge:
            NH.append(fold_header("From", addr("%s via %s" % (I["name"] or I["email"], lname), laddr, "utf-8", "Q")))
            if not any(x.lower().startswith("reply-to:") for x in H):
                NH.append("Reply-To: " + addr(I["name"], I["email"], "utf-8", "Q"))
        elif low.startswith("sender:"):
            continue
        else:
            NH.append(hline)
    mm3 = rng.random() < 0.4
    NH += ["X-BeenThere: " + laddr,
           "X-Mailman-Version: " + ("3.3.%d" % rng.randint(4, 9) if mm3 else "2.1.%d" % rng.randint(29, 39)),
           "Precedence: list",
           "List-Id: %s <%s.%s>" % (lname.replace("-", " ").title() + " list", lname, ldom),
           "List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (ldom, lname, lname, ldom),
           "List-Archive: <https://%s/pipermail/%s/>" % (ldom, lname),
           "List-Post: <mailto:%s>" % laddr,
           "List-Help: <mailto:%s-request@%s?subject=help>" % (lname, ldom),
           "List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (ldom, lname, lname, ldom),
           "Errors-To: %s-bounces@%s" % (lname, ldom),
           "Sender: \"%s\" <%s-bounces@%s>" % (lname, lname, ldom)]
    footer = "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (lname, laddr, ldom, lname)
    b = "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
    new = Part('multipart/mixed; boundary="%s"' % b, boundary=b, parts=[root, text_part(footer, "us-ascii", "7bit", 'text/plain; charset="{cs}"', headers=["MIME-Version: 1.0", "Content-Disposition: inline"])])
    # root part of the original keeps its own content-type header lines
    return NH, new


def list_trace(rng, m, t_sent, arrival):
    I = m["I"]
    lname, ldom = m["list"]
    laddr = "%s@%s" % (lname, ldom)
    rcpt = m["rcpt"]["email"]
    # inner hop (original sender -> list server)
    itop, imid = h19send.trace(rng, I, laddr, t_sent, t_sent + dt.timedelta(seconds=rng.randint(1, 20)), [], m["sender_tz"])
    inner_rcv = [h for h in itop if h.startswith("Received:")][0].replace("by mx.example.net (Postfix)", "by %s (Postfix)" % ldom).replace(" (UTC)", "")
    dres_inner, spf_inner, dmarc_inner = I["_auth"]
    lip = ip4(rng)
    lhelo = ldom
    env = "%s-bounces+%s=%s@%s" % (lname, rcpt.split("@")[0], rcpt.split("@")[1], ldom)
    mid = []
    mid.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (ldom, ldom, alnum(rng, 10, "0123456789ABCDEF"), rfc2822(arrival.astimezone(UTC) - dt.timedelta(seconds=3))))
    sigs = []
    dres = []
    list_signs = rng.random() < 0.6
    if list_signs:
        sig, b8 = dkim_sig(rng, ldom, rng.choice(["default", "mail", "lists"]), int(arrival.timestamp()), extra=rcpt.split("@")[1])
        sigs.append(sig)
        dres.append(("pass", ldom, "x", b8))
    for r, d, s, b8 in dres_inner:
        dres.append(("fail", d, s, b8))
    # keep the original signatures in the message (they are now broken)
    orig_sigs = [h for h in imid if h.startswith("DKIM-Signature")]
    orig_rcv = [h for h in imid if not h.startswith("DKIM-Signature")]
    dres.sort(key=lambda x: 0 if x[0] == "pass" else 1)
    dres = [(r, d, s if s != "x" else sigs[0].split("s=")[1].split(";")[0], b) for r, d, s, b in dres]
    spf = ("pass", env, lip)
    if m.get("list_munge"):
        dmarc = ("pass", "NONE", "NONE", ldom) if list_signs else ("none", None, None, ldom)
    else:
        pol = dmarc_pol(rng, I["domain"])
        dmarc = ("fail", pol[0], pol[1], I["domain"])
    top = ["Return-Path: <%s>" % env, "Delivered-To: %s" % rcpt, auth_results(dres, spf, dmarc),
           mx_received(rng, lhelo, lhelo, lip, rcpt, arrival)]
    mid = sigs + mid + [inner_rcv] + orig_sigs + orig_rcv
    return top, mid


def describe(it, inner, client, I, kind, lang, ev, placement):
    label, cat = it["label"], it["cat"]
    via = client if client != "mailman" else "mailman list copy of %s" % inner
    meth = ev.get("method")
    s = ev["summary"]
    if len(s) > 60:
        s = s[:57] + "..."
    s = s.replace("\t", " ")
    extra = ""
    if placement and placement != "desc":
        extra = "; link in %s" % {"loc": "LOCATION", "url": "URL", "attach": "ATTACH", "conf": "CONFERENCE", "altdesc": "X-ALT-DESC/HTML"}[placement]
    return "%s %s via %s (%s sender, %s)%s: %s" % (lang, meth, via, I["kind"], I["domain"], extra, s)


def write_readme(outdir, rows, stats, elapsed):
    cats = collections.OrderedDict()
    for r in rows:
        cats.setdefault((r["label"], r["category"]), 0)
        cats[(r["label"], r["category"])] += 1
    langs = collections.Counter((r["label"], r["lang"]) for r in rows)
    clients = collections.Counter((r["label"], r["client"]) for r in rows)
    CATDESC = {
        "retail-sale-wave": "Retail/outlet sale invitations (iCloud/Google-style waves, counterfeit goods)",
        "prize-survey-giftcard": "Prize, survey and gift-card lures, loyalty-point expiry",
        "crypto-investment": "Crypto/investment fraud: fake withdrawals, AI trading seminars, wallet drainers",
        "dating-sextortion": "Dating lures and sextortion (BTC address, no link)",
        "fee-scam": "Delivery, toll, customs, tax-refund and fine fee scams",
        "credential-phish": "Credential phishing under Microsoft 365, DocuSign, PayPal, Adobe, Dropbox, banks, government",
        "callback-scam": "Subscription-renewal / fake-invoice callback scams (phone number only)",
        "fake-update-clickfix": "Fake meeting-client/browser updates and 'paste this command' lures",
        "bec": "Business e-mail compromise: CEO fraud, gift cards, supplier bank change, payroll change",
        "advance-fee": "Advance-fee fraud: inheritance, compensation, loans",
        "task-job-scam": "Task/job scams moving victims to WhatsApp/Telegram/Line/QQ",
        "doc-share-compromised": "Document-share lures from compromised partner mailboxes",
        "nagging-payload": "Nagging payloads: endless recurrence, dozens of alarms, far-future dates",
        "mass-invite": "Invitations to hundreds of unrelated attendees",
        "travel-booking": "Airline, rail, ferry and car-rental bookings (codes, amounts, PUBLISH)",
        "hotel-restaurant": "Hotel, B&B, restaurant and spa reservations",
        "medical-appointment": "Doctor, dentist, vet, physio and telehealth appointments",
        "vendor-webinar-conference": "Vendor webinars and conferences ('free', 'offer', many attendees)",
        "community-series": "School/church/club/sports series without end date, often from free mail",
        "it-notice": "IT maintenance, password-expiry and VPN/MFA notices from internal IT",
        "document-share": "Colleagues sharing documents (Drive/SharePoint/Nextcloud/Figma links)",
        "finance-reminder": "Payment runs, invoice reminders and bank-detail fraud *warnings*",
        "recruiter": "Interview scheduling by recruiters and ATS systems",
        "forwarded-invite": "Invitations forwarded by colleagues",
        "mailing-list": "Mailing-list copies of invitations (broken original DKIM)",
        "reply-cancel": "METHOD:REPLY for meetings the recipient organised and METHOD:CANCEL",
        "personal-family": "Invitations between friends and family",
        "support-callback": "Support callbacks, technician visits and adviser calls that were requested",
    }
    L = ["# holdout19 – labelled exam corpus of calendar invitations", "",
         "A sealed, synthetic test corpus for a calendar anti-spam filter: %d RFC 5322 messages (%d spam, %d ham), each carrying"
         % (len(rows), sum(1 for r in rows if r["label"] == "spam"), sum(1 for r in rows if r["label"] == "ham")),
         "at least one iCalendar object (RFC 5545/5546/6047).  Every message starts with the trace headers written by the",
         "receiving MX `mx.example.net` (Return-Path, Delivered-To, Authentication-Results, Received), followed by the",
         "sending side's Received/DKIM-Signature headers and the client's own headers.", "",
         "All content was written or generated for this corpus by `gen.py` (deterministic, fixed seed, Python standard",
         "library only); no message was copied from anywhere.  Domains are fictional/reserved except well-known mail and",
         "calendar services (gmail.com, outlook.com, icloud.com, yahoo.com, zoom.us, google.com, …) and brand names used in",
         "text or look-alike domains.  IP addresses are from documentation ranges.", "",
         "Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, description).", "",
         "## Spam categories", "", "| category | count | what |", "|---|---:|---|"]
    for (lab, cat), n in cats.items():
        if lab == "spam":
            L.append("| %s | %d | %s |" % (cat, n, CATDESC[cat]))
    L += ["", "## Ham categories", "", "| category | count | what |", "|---|---:|---|"]
    for (lab, cat), n in cats.items():
        if lab == "ham":
            L.append("| %s | %d | %s |" % (cat, n, CATDESC[cat]))
    L += ["", "## Languages", "", "| language | spam | ham |", "|---|---:|---:|"]
    for lg in ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he", "zh", "ja", "ko", "hi", "th", "tr"]:
        L.append("| %s | %d | %d |" % (lg, langs[("spam", lg)], langs[("ham", lg)]))
    L += ["", "MIME part charsets (parts per charset): " + ", ".join("%s (%d)" % kv for kv in sorted(stats["charsets"].items(), key=lambda x: -x[1])) + ".",
          "Transfer encodings (parts): " + ", ".join("%s (%d)" % kv for kv in sorted(stats["ctes"].items(), key=lambda x: -x[1])) + ".", "",
          "## Clients / sending systems", "",
          "Both labels are spread over the same clients in (nearly) the same proportions, so the client alone carries no label information.", "",
          "| client style | spam | ham |", "|---|---:|---:|"]
    for c in CLIENT_QUOTA:
        L.append("| %s | %d | %d |" % (c, clients[("spam", c)], clients[("ham", c)]))
    L += ["", "Client styles: Google Calendar (calendar-notification@google.com, mixed→alternative + invite.ics), Microsoft",
          "Exchange Online/Outlook.com/Teams (X-MICROSOFT-CDO-*), Outlook desktop (X-MS-OLK-*), Apple iCloud/Calendar",
          "(incl. CalendarServer iTIP), Thunderbird/Lightning, Zoom webinar registrations, Nextcloud (Sabre iMIP),",
          "Zimbra, Yahoo, SOGo, transactional booking systems (ESP-sent, PUBLISH .ics attachments), Mailman list copies,",
          "and hand-rolled senders (PHP/script tools with odd PRODIDs and sloppy iCalendar).", "",
          "Arrival dates: 2016 – November 2026.  Event dates are relative to arrival.", "",
          "## Licence", "", "CC0 1.0 Universal – public domain dedication.  Generated by gen.py.", ""]
    open(os.path.join(outdir, "README.md"), "w", encoding="utf-8").write("\n".join(L))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "out")
    t0 = time.time()
    if os.path.isdir(outdir):
        for sub in ("spam", "ham"):
            shutil.rmtree(os.path.join(outdir, sub), ignore_errors=True)
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    items = plan(rng)
    rows = []
    counters = collections.Counter()
    stats = collections.Counter()
    # stable order: label, category, then shuffled
    items.sort(key=lambda it: (it["label"] != "spam", it["cat"]))
    for idx, it in enumerate(items):
        data, desc, st = make_message(idx, it)
        counters[(it["label"], it["cat"])] += 1
        n = counters[(it["label"], it["cat"])]
        rel = "%s/%s/%03d.eml" % (it["label"], it["cat"], n)
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        rows.append(dict(path=rel, label=it["label"], category=it["cat"], description=desc, lang=it["lang"], client=it["client"]))
        stats[(it["label"], st["inner"], st["kind"])] += 1
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("%s\t%s\t%s\t%s\n" % (r["path"], r["label"], r["category"], r["description"].replace("\t", " ").replace("\n", " ")))
    import email, email.policy
    csc, ctc = collections.Counter(), collections.Counter()
    for r in rows:
        msg = email.message_from_bytes(open(os.path.join(outdir, r["path"]), "rb").read(), policy=email.policy.compat32)
        for part in msg.walk():
            if not part.is_multipart():
                csc[(part.get_content_charset() or "none (binary/ics attachment)")] += 1
                ctc[(part.get("Content-Transfer-Encoding") or "7bit (default)").lower()] += 1
    stats = {"charsets": csc, "ctes": ctc}
    write_readme(outdir, rows, stats, time.time() - t0)
    print("wrote %d messages to %s in %.1fs" % (len(rows), outdir, time.time() - t0))


if __name__ == "__main__":
    main()
