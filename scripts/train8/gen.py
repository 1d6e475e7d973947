#!/usr/bin/env python3
"""Generate the train8 calendar-invitation corpus (spam + ham). Deterministic.
Usage: python3 gen.py [OUTDIR]   (default: out/ beside this file)"""
import os, sys, random, uuid, base64, hashlib, zlib, struct, shutil, time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ical
import mimeutil as M
from mimeutil import CRLF, Part, text_part, bin_part, hdr, addr, b64
import texts_en, texts_intl
from texts_intl import I as INTL, LABELS, SHORT
from people import L as LANG, BRANDS, SUFFIX, STREETS

SEED = 80808
R = random.Random(SEED)
UTC = timezone.utc

TWIN = {
    "brand-domain-registration": "trademark-domain-counsel", "legal-summons": "court-hearing",
    "copyright-complaint": "copyright-licensing", "voicemail-recording": "voicemail-recording",
    "hr-benefits-lure": "hr-open-enrolment", "payroll-diversion": "payroll-meeting",
    "charity-relief": "charity-gala", "loan-debt-relief": "bank-loan-appointment",
    "warranty-insurance": "insurance-car-service", "casino-betting": "club-casino-event",
    "pharma-supplement": "pharmacy-vaccination", "qr-verify": "qr-entry-event",
    "visa-immigration": "visa-consulate", "rental-property": "property-viewing",
    "software-licence": "licence-renewal-vendor", "get-rich-webinar": "seminar-webinar",
}
DESC = {
    "brand-domain-registration": "Asian-registrar / trademark-register scams: 'someone applied for your brand as a domain', SEO listing and EU register fees",
    "legal-summons": "fake court summons, hearing notices, debt-collection and copyright 'Abmahnung' letters leading to a case-file page",
    "copyright-complaint": "fake DMCA / photographer / brand-infringement complaints with an 'evidence' link",
    "voicemail-recording": "voicemail, fax, missed-call, meeting-recording and transcript notices leading to a login page",
    "hr-benefits-lure": "HR benefits-enrolment, handbook acknowledgement and salary-review credential lures",
    "payroll-diversion": "payroll direct-deposit change requests (BEC) and payroll-portal phishing",
    "charity-relief": "disaster-relief and charity donation appeals with fake donation pages or wallets",
    "loan-debt-relief": "loan, debt-consolidation, credit-repair and student-loan forgiveness offers",
    "warranty-insurance": "car-warranty, insurance-renewal and refund lures",
    "casino-betting": "online casino, free-spins and betting promotions",
    "pharma-supplement": "weight-loss telehealth, online pharmacy and supplement promotions",
    "qr-verify": "'scan to verify' QR-code lures (messenger, MFA, secure message, parking fine)",
    "visa-immigration": "fake visa-appointment agents, DV-lottery and work-permit fee scams",
    "rental-property": "rental and holiday-let advance-deposit scams (landlord abroad, pay off-platform)",
    "software-licence": "software licence audit threats and fake antivirus renewal invoices without phone numbers",
    "get-rich-webinar": "get-rich / MLM / course-selling webinars",
    "trademark-domain-counsel": "IP lawyers and registrars: trademark renewals, domain portfolio and UDRP meetings",
    "court-hearing": "real hearing, mediation and deposition dates from law firms and court schedulers",
    "copyright-licensing": "legitimate photo/music licensing and takedown-follow-up meetings",
    # voicemail-recording ham uses the same name
    "hr-open-enrolment": "real HR open-enrolment, pension, policy and compensation sessions",
    "payroll-meeting": "payroll team meetings, cut-off reminders, new-hire direct-deposit Q&A",
    "charity-gala": "charity galas, runs, auctions and volunteer briefings with ticket prices",
    "bank-loan-appointment": "bank mortgage, loan-signing and adviser appointments with amounts",
    "insurance-car-service": "car service, inspection, insurance-review and claim-adjuster appointments",
    "club-casino-event": "members' poker nights, casino-themed fundraisers, golf and club events",
    "pharmacy-vaccination": "pharmacy, vaccination and prescription appointments",
    "qr-entry-event": "tickets, badges and visitor passes carrying a QR code for entry",
    "visa-consulate": "visa-centre, consulate, biometrics and citizenship appointments",
    "property-viewing": "estate-agent viewings, inspections, key handovers and valuations",
    "licence-renewal-vendor": "licence and support-contract renewal reminders and calls from real vendors",
    "seminar-webinar": "security-awareness training, thesis defences, conference sessions and vendor webinars",
}
HAM_VM_DESC = "real voicemail call-backs, meeting updates with recording/transcript links, support callbacks"

CLIENT_QUOTA = [("google", 28), ("outlook365", 24), ("outlookdesk", 12), ("icloud", 8), ("applemail", 8),
                ("thunderbird", 10), ("zoom", 8), ("nextcloud", 7), ("zimbra", 7), ("yahoo", 7), ("sogo", 5),
                ("booking", 16), ("listmgr", 8), ("script", 12)]
ZOOM_OK = {"voicemail-recording", "hr-benefits-lure", "get-rich-webinar", "loan-debt-relief", "software-licence",
           "charity-relief", "pharma-supplement", "visa-immigration", "legal-summons", "copyright-complaint",
           "hr-open-enrolment", "seminar-webinar", "bank-loan-appointment", "licence-renewal-vendor",
           "copyright-licensing", "court-hearing", "payroll-meeting", "trademark-domain-counsel", "payroll-diversion"}
BOOKING_OK = {"rental-property", "visa-immigration", "pharma-supplement", "casino-betting", "warranty-insurance",
              "qr-verify", "charity-relief", "loan-debt-relief", "get-rich-webinar", "legal-summons",
              "property-viewing", "visa-consulate", "pharmacy-vaccination", "club-casino-event",
              "insurance-car-service", "qr-entry-event", "charity-gala", "bank-loan-appointment", "court-hearing",
              "seminar-webinar", "trademark-domain-counsel", "voicemail-recording"}
LIST_OK = {"charity-relief", "get-rich-webinar", "pharma-supplement", "casino-betting", "loan-debt-relief",
           "brand-domain-registration", "hr-benefits-lure", "copyright-complaint", "seminar-webinar", "charity-gala",
           "club-casino-event", "hr-open-enrolment", "qr-entry-event", "trademark-domain-counsel", "visa-immigration",
           "visa-consulate", "software-licence", "licence-renewal-vendor"}


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ip(kind="any"):
    net = R.choice(["192.0.2.", "198.51.100.", "203.0.113."])
    return net + str(R.randint(2, 250))


def ip6():
    return "2001:db8:%x:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "-" for c in s).strip("-").replace("--", "-")


def money(lang, tz, x):
    x = int(x) if x >= 100 else x
    def grp(v, sep):
        return "{:,}".format(int(v)).replace(",", sep)
    if lang == "en":
        sym = "£" if tz == "Europe/London" else ("A$" if tz.startswith("Australia") else "$")
        return sym + grp(x, ",")
    if lang in ("de", "it", "es", "nl", "el") or (lang == "pt" and tz == "Europe/Lisbon"):
        if lang == "es" and tz == "America/Mexico_City":
            return "$" + grp(x * 18, ",") + " MXN"
        return grp(x, ".") + " €" if lang != "nl" else "€ " + grp(x, ".")
    if lang == "fr":
        return grp(x, "\u202f") + " €"
    if lang == "pt":
        return "R$ " + grp(x, ".") + ",00"
    if lang == "pl":
        return grp(x, " ") + " zł"
    if lang == "ru":
        return grp(x, " ") + " ₽"
    if lang == "ar":
        return grp(x, ",") + (" درهم" if tz == "Asia/Dubai" else " ريال")
    if lang == "he":
        return "₪" + grp(x, ",")
    if lang == "zh":
        return ("NT$" if tz == "Asia/Taipei" else "¥") + grp(x, ",")
    if lang == "ja":
        return grp(x, ",") + "円"
    if lang == "ko":
        return grp(x, ",") + "원"
    if lang == "hi":
        return "₹" + grp(x, ",")
    if lang == "th":
        return grp(x, ",") + " บาท"
    return str(x)


# ------------------------------------------------------------------ corpus plan

def plan():
    items = []
    for label in ("spam", "ham"):
        for scat in TWIN:
            cat = scat if label == "spam" else TWIN[scat]
            short = [k for k, v in SHORT.items() if v == scat][0]
            foreign = [(lg, INTL[lg][label][short]) for lg in INTL if short in INTL[lg][label]]
            pool = (texts_en.SPAM if label == "spam" else texts_en.HAM)[cat]
            eng = R.sample(pool, 10 - len(foreign))
            for t in eng:
                items.append(dict(label=label, cat=cat, lang="en", t=t))
            for lg, t in foreign:
                items.append(dict(label=label, cat=cat, lang=lg, t=t))
    # balanced client assignment, identical quotas for both labels
    for label in ("spam", "ham"):
        quota = dict(CLIENT_QUOTA)
        its = [i for i in items if i["label"] == label]
        R.shuffle(its)
        its.sort(key=lambda i: (i["cat"] in ZOOM_OK) + (i["cat"] in BOOKING_OK) + (i["cat"] in LIST_OK))
        for it in its:
            ok = [c for c, _ in CLIENT_QUOTA if allowed(c, it)]
            best = max(ok, key=lambda c: (quota[c] + R.random() * 0.5))
            quota[best] -= 1
            it["client"] = best
    return items


def allowed(c, it):
    if c == "zoom":
        return it["cat"] in ZOOM_OK
    if c == "booking":
        return it["cat"] in BOOKING_OK
    if c == "listmgr":
        return it["cat"] in LIST_OK
    if c == "yahoo" and it["lang"] in ("hi", "th", "ar") :
        return True
    return True


# ------------------------------------------------------------------ senders

SPAM_WORDS = {
    "brand-domain-registration": ["regcenter", "dns-audit", "brand-registry", "domain-check", "cn-reg"],
    "legal-summons": ["court-efiling", "case-portal", "e-summons", "legal-notice", "claims-desk"],
    "copyright-complaint": ["dmca-notice", "copyright-claims", "rights-report", "image-licensing"],
    "voicemail-recording": ["voicemail-portal", "vm-secure", "fax2inbox", "callrecords", "rec-share"],
    "hr-benefits-lure": ["hr-benefits", "benefits-enroll", "people-portal", "hrdocs-sign"],
    "payroll-diversion": ["payroll-verify", "pay-portal", "salary-update"],
    "charity-relief": ["relief-now", "aid-appeal", "emergency-fund", "givehope"],
    "loan-debt-relief": ["fastfund", "creditfix", "loanrelief", "capital-now"],
    "warranty-insurance": ["autoprotect", "vehicle-coverage", "policy-renew", "carcare-plus"],
    "casino-betting": ["spinroyale", "betmax", "luckycrown", "vipslots"],
    "pharma-supplement": ["rxhealth", "slimdirect", "meds-express", "vital-nature"],
    "qr-verify": ["secure-verify", "account-check", "mfa-enroll", "pcn-pay"],
    "visa-immigration": ["visa-express", "dv-lottery", "eta-renew", "migrate-easy"],
    "rental-property": ["secure-rentpay", "escrow-homes", "rent-safe", "stay-direct"],
    "software-licence": ["licence-compliance", "av-billing", "renewal-center", "sam-audit"],
    "get-rich-webinar": ["ai-store-masterclass", "freedom-summit", "profit-academy", "wealth-live"],
}
SPAM_TLD = ["com", "net", "top", "xyz", "online", "site", "info", "shop", "live", "icu", "cfd", "sbs", "click", "support"]
HAM_ORG = {
    "trademark-domain-counsel": ["IP Law", "Trademark Attorneys", "Registrar"],
    "court-hearing": ["Law LLP", "Legal", "Attorneys"], "copyright-licensing": ["Images", "Music Rights", "Publishing"],
    "voicemail-recording": ["Dental", "Support", "Consulting"], "hr-open-enrolment": ["People Team"],
    "payroll-meeting": ["Payroll"], "charity-gala": ["Foundation", "Trust", "Hospice"],
    "bank-loan-appointment": ["Bank", "Credit Union", "Savings Bank"],
    "insurance-car-service": ["Motors", "Insurance", "Auto Service"], "club-casino-event": ["Club", "Golf Club", "Sports Club"],
    "pharmacy-vaccination": ["Pharmacy", "Health Centre"], "qr-entry-event": ["Tickets", "Events", "Arena"],
    "visa-consulate": ["Visa Services", "Consulate", "Immigration Law"], "property-viewing": ["Estates", "Property", "Lettings"],
    "licence-renewal-vendor": ["Software", "Security", "Systems"], "seminar-webinar": ["University", "Academy", "Institute"],
}
SPAM_ORG = {
    "brand-domain-registration": ["Asia Domain Audit Center", "Network Registry Office", "Central Trademark Register"],
    "legal-summons": ["Legal Department", "Court Notification Service", "Collections Legal"],
    "copyright-complaint": ["Copyright Compliance", "Rights Protection Team", "Image Licensing Desk"],
    "voicemail-recording": ["Voicemail Service", "Fax Gateway", "Meeting Recordings"],
    "hr-benefits-lure": ["Human Resources", "HR Benefits", "People Operations"],
    "payroll-diversion": ["Payroll Services", "Payroll"], "charity-relief": ["Global Relief Fund", "Hope Aid Network"],
    "loan-debt-relief": ["Capital Funding", "Debt Relief Center", "Credit Solutions"],
    "warranty-insurance": ["Vehicle Protection Services", "Policy Renewals", "Auto Coverage Dept"],
    "casino-betting": ["VIP Casino Club", "Royal Spins", "BetMax Sports"],
    "pharma-supplement": ["Rx Care Online", "SlimDirect Clinic", "Natural Health Labs"],
    "qr-verify": ["Account Security", "IT Service Desk", "Parking Services"],
    "visa-immigration": ["Visa Express Agency", "Immigration Services", "DV Program Office"],
    "rental-property": ["Secure Rentals", "Holiday Homes Direct"],
    "software-licence": ["Licence Compliance", "Billing Department", "Renewal Center"],
    "get-rich-webinar": ["Profit Academy", "Freedom Summit", "AI Store Masterclass"],
}
FREEMAIL_BY_CLIENT = {"google": ["gmail.com"], "outlook365": ["outlook.com", "hotmail.com"],
                      "applemail": ["icloud.com", "me.com"], "yahoo": None}


def person(lang):
    return R.choice(LANG[lang]["names"])


def org_domain(name, lang, spam=False):
    tld = R.choice(SPAM_TLD) if spam else R.choice(LANG[lang]["tld"])
    return slug(name).replace("-", R.choice(["", "-"])) + "." + tld


def make_sender(it):
    """Decide who sends the message and how it authenticates."""
    c, lab, cat, lang = it["client"], it["label"], it["cat"], it["lang"]
    pn, plocal = person(lang)
    while pn == it.get("rname_full"):
        pn, plocal = person(lang)
    s = dict(person=pn)
    # choose kind
    if c in ("icloud", "zoom"):
        kind = "service"
    elif c == "listmgr":
        kind = "list"
    elif c == "yahoo":
        kind = "free"
    elif c == "booking":
        kind = R.choice(["service", "service", "lookalike", "compromised"]) if lab == "spam" else "service"
    elif lab == "spam":
        opts = {"google": ["free"] * 5 + ["lookalike", "compromised"],
                "outlook365": ["compromised"] * 3 + ["lookalike", "free", "free"],
                "outlookdesk": ["spoof", "vps", "lookalike", "compromised", "free"],
                "applemail": ["free", "free", "compromised", "lookalike"],
                "thunderbird": ["free", "vps", "compromised", "lookalike", "spoof"],
                "nextcloud": ["compromised", "lookalike"], "zimbra": ["compromised", "compromised", "lookalike"],
                "sogo": ["compromised"], "script": ["vps", "spoof", "lookalike", "lookalike", "compromised", "vps"]}[c]
        kind = R.choice(opts)
    else:
        opts = {"google": ["org", "org", "free", "free"], "outlook365": ["org"] * 5 + ["free"],
                "outlookdesk": ["org", "org", "softfail", "free"], "applemail": ["free", "org", "org"],
                "thunderbird": ["org", "free", "softfail", "org"], "nextcloud": ["org"], "zimbra": ["org"],
                "sogo": ["org"], "script": ["org", "org", "softfail", "softfail"]}[c]
        kind = R.choice(opts)
    s["kind"] = kind
    # organisation of the sender
    if lab == "spam":
        oname = it["t"].get("o") or R.choice(SPAM_ORG[cat])
        if kind == "lookalike":
            dom = R.choice(SPAM_WORDS[cat]) + R.choice(["", "-" + rhex(2), "s", "-online", "24"]) + "." + R.choice(SPAM_TLD)
        elif kind == "compromised":
            b = R.choice(BRANDS)
            oname_real = b + " " + R.choice(SUFFIX.get(lang, ["Ltd"]))
            dom = org_domain(b, lang)
            s["compromised_org"] = oname_real
        elif kind == "spoof":
            # spoofs either the recipient's own domain (HR/payroll/IT) or a plausible authority
            if cat in ("hr-benefits-lure", "payroll-diversion", "qr-verify", "voicemail-recording", "software-licence"):
                dom = it["rdom"]
            else:
                dom = org_domain(R.choice(["Harmon Legal", "Westbrook Bank", "Metro Courts", "Allied Insurance",
                                           "Civic Parking", "Sterling Trust"]), lang)
        elif kind == "vps":
            dom = slug(R.choice(["mail", "info", "news", "notify", "srv"])) + str(R.randint(2, 99)) + "." + \
                  R.choice(["vps-host", "cloudserver", "hostnode", "fastvps", "srvpoint"]) + "." + R.choice(["com", "net", "xyz"])
        else:
            dom = None
    else:
        oname = it["t"].get("o") or (R.choice(BRANDS) + " " + R.choice(HAM_ORG.get(cat, ["Ltd"])))
        dom = org_domain(oname.split(" ")[0] + (R.choice(["", "-" + slug(oname.split(" ")[-1])])), lang)
        if cat in ("hr-open-enrolment", "payroll-meeting", "seminar-webinar", "voicemail-recording") and R.random() < 0.5:
            dom = it["rdom"]  # internal meeting
            oname = it["rorg"]
    s["org"] = oname
    # addresses
    if kind == "free":
        if c in FREEMAIL_BY_CLIENT and FREEMAIL_BY_CLIENT[c]:
            fd = R.choice(FREEMAIL_BY_CLIENT[c])
        elif c == "yahoo":
            fd = {"ja": "yahoo.co.jp", "zh": "yahoo.com.tw", "hi": "yahoo.co.in", "fr": "yahoo.fr",
                  "de": "yahoo.de", "es": "yahoo.es", "it": "yahoo.it", "pt": "yahoo.com.br"}.get(lang, R.choice(["yahoo.com", "ymail.com"]))
        else:
            fd = R.choice(LANG[lang]["free"] + ["gmail.com", "outlook.com"])
        local = plocal + (str(R.randint(1, 99)) if lab == "spam" and R.random() < 0.7 else "")
        if lab == "spam" and cat in ("hr-benefits-lure", "payroll-diversion", "legal-summons", "software-licence",
                                     "voicemail-recording", "qr-verify") and R.random() < 0.5:
            local = R.choice(["hr.notice", "payroll.dept", "noreply.secure", "docs.notify", "it.helpdesk",
                              "legal.dept", "admin.office"]) + str(R.randint(10, 9999))
            s["display"] = oname if R.random() < 0.6 else pn
        else:
            s["display"] = pn
        s["email"] = "%s@%s" % (local, fd)
        s["domain"] = fd
    elif kind in ("service", "list"):
        s["display"] = pn if lab == "ham" or R.random() < 0.5 else oname
        if lab == "spam" and not dom:
            if kind == "list" and R.random() < 0.4:
                dom = R.choice(["gmail.com", "outlook.com"] + LANG[lang]["free"])
            else:
                dom = R.choice(SPAM_WORDS[cat]) + R.choice(["", "-" + rhex(2), "-app", "hub"]) + "." + R.choice(SPAM_TLD)
        d = dom or org_domain(oname.split(" ")[0], lang)
        s["domain"] = d
        s["email"] = "%s@%s" % (plocal, d)
    else:
        d = dom
        s["domain"] = d
        if lab == "spam" and kind in ("lookalike", "vps"):
            local = R.choice(["notice", "support", "info", "no-reply", "service", "contact", "team", "office"])
            s["display"] = oname
        elif lab == "spam" and kind == "spoof" and d == it["rdom"]:
            local = R.choice(["hr", "payroll", "it-support", "voicemail", "noreply"])
            s["display"] = {"hr-benefits-lure": "Human Resources", "payroll-diversion": "Payroll",
                            "qr-verify": "IT Service Desk", "voicemail-recording": "Voicemail",
                            "software-licence": "IT Procurement"}[cat]
        else:
            local = plocal
            s["display"] = pn
        s["email"] = "%s@%s" % (local, d)
    return s


def auth(it, s):
    """Return (envelope_from, AR dict, relay helo/ip, dkim domains list)."""
    c, kind, dom = it["client"], s["kind"], s["domain"]
    sel = R.choice(["selector1", "s1", "k1", "mail", "default", "google", "dkim", "s2048", "mx"])
    a = dict(dkim=[], spf=None, dmarc=None)
    ipaddr = ip()
    if c == "google":
        env = "%s-calendar-notification@calendar-server.bounces.google.com" % ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")
        a["dkim"] = [("pass", "google.com", "20230601")]
        if kind == "free":
            a["dkim"].append(("pass", "gmail.com", "20230601"))
        else:
            a["dkim"].append(("pass", dom, "google"))
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", "REJECT" if kind == "free" else R.choice(["NONE", "QUARANTINE", "REJECT"]), dom)
        helo = "mail-sor-f%d.google.com" % R.randint(41, 73)
        return env, a, helo, helo, ipaddr
    if c == "icloud":
        env = "noreply@email.apple.com"
        a["dkim"] = [("pass", "email.apple.com", "email0517")]
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", "REJECT", "email.apple.com")
        helo = "rn2-txn-msbadger%05d.apple.com" % R.randint(1000, 9999)
        return env, a, helo, helo, ipaddr
    if c == "zoom":
        env = "bounces+%d-%s-%s=%s@em.zoom.us" % (R.randint(1000000, 9999999), rhex(4), "r", "x")
        a["dkim"] = [("pass", "zoom.us", "s1")]
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", "REJECT", "zoom.us")
        helo = "o%d.ptr%d.zoom.us" % (R.randint(1, 30), R.randint(1000, 9999))
        return env, a, helo, helo, ipaddr
    if c == "listmgr":
        ld = s["listdomain"]
        env = "%s-bounces+%s=%s@%s" % (s["listname"], it["rcpt"].split("@")[0], it["rdom"], ld)
        a["dkim"] = [("fail", s["orig_domain"], sel)]
        if R.random() < 0.6:
            a["dkim"].append(("pass", ld, "list"))
        a["spf"] = ("pass", env)
        if s.get("munged"):
            a["dmarc"] = ("pass" if len(a["dkim"]) > 1 else "none", "NONE", ld)
        else:
            a["dmarc"] = ("fail", R.choice(["NONE", "QUARANTINE"]), s["orig_domain"])
        helo = "lists." + ld
        return env, a, helo, helo, ipaddr
    if c == "outlook365" and kind != "spoof":
        env = s["email"]
        region = R.choice(["EUR05", "EUR03", "NAM12", "NAM10", "APC01", "DEU01", "JPN01", "AUS01"])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (region, R.choice(["AM6", "DB8", "BN8", "CO1", "SG2", "FR2", "OS0"]))
        rd = "mail-%s%s%d.outbound.protection.outlook.com" % (R.choice(["am6", "db8", "bn8", "co1", "sg2"]), region.lower()[:3], R.randint(2000, 2999))
        if kind == "free":
            a["dkim"] = [("pass", dom, "selector1")]
            pol = "NONE"
        else:
            a["dkim"] = [("pass", dom, "selector1" if R.random() < 0.7 else "selector2")]
            pol = R.choice(["NONE", "QUARANTINE", "REJECT", "NONE"])
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", pol, dom)
        return env, a, helo, rd, ipaddr
    if c == "yahoo":
        env = s["email"]
        a["dkim"] = [("pass", s["domain"], "s2048")]
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", "REJECT", s["domain"])
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randint(301, 330), R.randint(10, 40), R.choice(["bf2", "ne1", "gq1", "ir2"]))
        return env, a, helo, helo, ipaddr
    # generic own-infrastructure senders
    env = s["email"] if R.random() < 0.7 else "bounce-%s@%s" % (rhex(8), s["domain"])
    if c == "booking" and kind == "service":
        env = "bounce+%s@mailer.%s" % (rhex(12), s["domain"])
    if kind == "free":
        fd = s["domain"]
        a["dkim"] = [("pass", fd, R.choice(["s1", "mail", "dk2048", "20230601", "mailru"]))]
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", R.choice(["NONE", "QUARANTINE", "REJECT"]), fd)
        helo = "mout.%s" % fd
    elif kind in ("org", "compromised", "lookalike", "service"):
        a["dkim"] = [("pass", s["domain"], sel)] if R.random() < 0.9 or kind == "lookalike" else []
        a["spf"] = ("pass", env)
        a["dmarc"] = ("pass", R.choice(["NONE", "QUARANTINE", "REJECT", "NONE"]), s["domain"])
        helo = R.choice(["mail", "smtp", "mx1", "out", "relay"]) + "." + s["domain"]
        if not a["dkim"]:
            a["dmarc"] = ("pass", "NONE", s["domain"])
    elif kind == "softfail":
        a["dkim"] = [("pass", s["domain"], sel)] if R.random() < 0.4 else []
        a["spf"] = (R.choice(["softfail", "none", "neutral"]), env)
        a["dmarc"] = ("pass" if a["dkim"] else "none", "NONE", s["domain"])
        helo = R.choice(["web%d.sharedhost-%s.net" % (R.randint(1, 90), rhex(3)), "localhost", "server.%s" % s["domain"]])
    elif kind == "spoof":
        a["dkim"] = []
        a["spf"] = (R.choice(["fail", "softfail"]), env)
        a["dmarc"] = ("fail", R.choice(["QUARANTINE", "REJECT", "NONE"]), s["domain"])
        helo = R.choice(["vps%d.hostnode.xyz" % R.randint(100, 999), "ubuntu-s-1vcpu-1gb-%s" % rhex(4), "WIN-%s" % ralnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
    else:  # vps
        a["dkim"] = [] if R.random() < 0.7 else [("pass", s["domain"], "default")]
        a["spf"] = (R.choice(["none", "neutral", "pass"]), env)
        a["dmarc"] = ("none" if not a["dkim"] else "pass", "NONE", s["domain"])
        helo = s["domain"]
    return env, a, helo, helo if "." in helo and not helo.startswith("localhost") else "unknown", ipaddr


def fake_b(n=340):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ar_header(a, ipaddr):
    lines = ["Authentication-Results: mx.example.net;"]
    parts = []
    if not a["dkim"]:
        parts.append("dkim=none")
    for res, d, s in a["dkim"]:
        bh = fake_b(6)[:8]
        if res == "fail":
            parts.append('dkim=fail reason="signature verification failed" (2048-bit key) header.d=%s header.s=%s header.b=%s' % (d, s, bh))
        else:
            parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, bh))
    res, mf = a["spf"]
    dm = mf.split("@")[-1]
    txt = {"pass": "domain of %s designates %s as permitted sender" % (mf, ipaddr),
           "fail": "domain of %s does not designate %s as permitted sender" % (mf, ipaddr),
           "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mf, ipaddr),
           "neutral": "%s is neither permitted nor denied by domain of %s" % (ipaddr, mf),
           "none": "domain of %s does not provide an SPF record" % mf}[res]
    parts.append("spf=%s (mx.example.net: %s) smtp.mailfrom=%s" % (res, txt, mf))
    dres, pol, fd = a["dmarc"]
    if dres == "none":
        parts.append("dmarc=none (p=NONE dis=NONE) header.from=%s" % fd)
    else:
        dis = "NONE" if dres == "pass" else pol
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dres, pol, pol, dis, fd))
    return lines[0] + CRLF + (";" + CRLF).join("\t" + p for p in parts)


def dkim_sig(d, s, t, hdrs, extra=""):
    b = fake_b(256)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s" % (d, s, extra) + CRLF +
            "\tt=%d; h=%s;" % (t, hdrs) + CRLF + "\tbh=%s;" % fake_b(32) + CRLF + "\tb=" + (CRLF + "\t ").join(bl))


def rfc2822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")


# ------------------------------------------------------------------ QR picture (synthetic)

def qr_png():
    n = 29
    m = [[R.random() < 0.5 for _ in range(n)] for _ in range(n)]
    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    edge = r in (0, 6) or c in (0, 6)
                    core = 2 <= r <= 4 and 2 <= c <= 4
                    m[rr][cc] = (0 <= r <= 6 and 0 <= c <= 6) and (edge or core)
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    sc, qz = 4, 4
    size = (n + 2 * qz) * sc
    raw = b""
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            my, mx = y // sc - qz, x // sc - qz
            dark = 0 <= my < n and 0 <= mx < n and m[my][mx]
            row.append(0 if dark else 255)
        raw += bytes(row)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------ content building

def fill(s, it):
    ctx = it["ctx"]
    try:
        return s.format(**ctx)
    except (KeyError, IndexError, ValueError):
        out = s
        for k, v in ctx.items():
            out = out.replace("{" + k + "}", str(v))
        return out


def payload_url(it):
    cat, lab, s = it["cat"], it["label"], it["sender"]
    tok = ralnum(R.randint(8, 22))
    em = base64.b64encode(it["rcpt"].encode()).decode()
    if lab == "spam":
        r = R.random()
        word = R.choice(SPAM_WORDS[cat])
        if s["kind"] == "lookalike" and r < 0.5:
            return "https://%s/%s/%s" % (s["domain"], R.choice(["case", "view", "secure", "auth", "s", "claim", "portal"]), tok)
        choices = [
            lambda: "https://%s-%s.%s/%s?id=%s" % (word, rhex(4), R.choice(SPAM_TLD), R.choice(["login", "verify", "view", "pay", "start"]), tok),
            lambda: "https://%s.web.app/?e=%s" % (word.replace("-", "") + rhex(3), em),
            lambda: "https://%s.pages.dev/%s#%s" % (word + "-" + rhex(5), tok[:6], em),
            lambda: "https://storage.googleapis.com/%s/index.html#%s" % (word + rhex(6), em),
            lambda: "https://%s.blob.core.windows.net/$web/index.html?u=%s" % (word.replace("-", "")[:12] + rhex(6), em),
            lambda: "https://forms.office.com/r/%s" % ralnum(10),
            lambda: "https://sites.google.com/view/%s-%s/home" % (word, rhex(4)),
            lambda: "https://%s.notion.site/%s-%s" % (word.replace("-", "") + rhex(2), word.title().replace("-", "-"), rhex(32)),
            lambda: "https://bit.ly/%s" % ralnum(7),
            lambda: "https://t.ly/%s" % ralnum(5),
            lambda: "https://%s.%s/%s" % (word + str(R.randint(1, 99)), R.choice(SPAM_TLD), tok),
            lambda: "https://%s/wp-content/uploads/%d/%02d/%s.html" % (org_domain(R.choice(BRANDS), it["lang"]), it["arr"].year, it["arr"].month, word),
        ]
        if cat in ("casino-betting", "pharma-supplement", "loan-debt-relief", "get-rich-webinar", "charity-relief",
                   "rental-property", "visa-immigration", "warranty-insurance"):
            choices = choices[:1] + choices[8:11] + [lambda: "https://%s.%s/?ref=%s" % (word, R.choice(SPAM_TLD), tok)] * 3
        return R.choice(choices)()
    d = s.get("link_domain") or s["domain"]
    if s["kind"] == "free" or d in ("gmail.com", "outlook.com"):
        d = it["ctx"]["odom"]
    paths = {"voicemail-recording": ["/sites/intranet/video/%s" % tok, "/cases/%s" % tok],
             "hr-open-enrolment": ["/login", "/benefits/enroll"], "qr-entry-event": ["/tickets/%s" % tok, "/my/orders"],
             "visa-consulate": ["/appointment/manage?ref=%s" % tok], "licence-renewal-vendor": ["/account/login", "/admin"],
             "charity-gala": ["/events/gala-%d" % it["arr"].year, "/fundraising/%s" % tok],
             "court-hearing": ["/online-services/login"], "bank-loan-appointment": ["/online-banking/login"]}
    p = R.choice(paths.get(it["cat"], ["/%s" % tok, "/login", "/booking/%s" % tok]))
    return "https://%s%s%s" % (R.choice(["", "www.", "my.", "portal."]), d, p)


def build(it):
    lang = it["lang"]
    t = it["t"]
    lm = LANG[lang]
    tz = R.choice(lm["tz"])
    if lang == "zh" and "big5" in it.get("force_cs", ""):
        tz = "Asia/Taipei"
    it["tz"] = tz
    # arrival
    lo = datetime(2016, 1, 4, tzinfo=UTC)
    hi = datetime(2026, 11, 27, tzinfo=UTC)
    if it["client"] in ("zoom",) or it.get("teams"):
        lo = datetime(2020, 3, 10, tzinfo=UTC)
    arr = lo + timedelta(seconds=R.randint(0, int((hi - lo).total_seconds())))
    loc_arr = arr.astimezone(ZoneInfo(tz))
    if lang != "en" or R.random() < 0.7:  # business hours mostly
        h = R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 21]) if it["label"] == "spam" else R.randint(8, 18)
        loc_arr = loc_arr.replace(hour=h)
        arr = loc_arr.astimezone(UTC)
    it["arr"] = arr
    # recipient
    rn, rl = person(lang)
    b = R.choice(BRANDS)
    rorg = b + " " + R.choice(SUFFIX.get(lang, ["Ltd"]))
    if R.random() < 0.12:
        rdom = R.choice(["example.com", "example.net", "example.org"])
    else:
        rdom = org_domain(b, lang)
    if R.random() < 0.15 and it["label"] == "ham":
        rdom = R.choice(LANG[lang]["free"] + ["gmail.com"])
    it["rdom"], it["rorg"] = rdom, rorg
    it["rcpt"] = "%s@%s" % (rl, rdom)
    it["rname_full"] = rn
    sender = make_sender(it)
    it["sender"] = sender
    # event time
    hint = t.get("hint")
    cat = it["cat"]
    if hint == "past":
        days = -R.randint(1, 6)
    elif hint == "soon":
        days = R.randint(1, 3)
    elif cat in ("court-hearing", "visa-consulate", "seminar-webinar", "charity-gala", "trademark-domain-counsel") and R.random() < 0.5:
        days = R.randint(21, 150)
    elif R.random() < 0.04:
        days = R.randint(200, 400)
    else:
        days = R.randint(1, 24)
    st = (loc_arr + timedelta(days=days))
    if it["label"] == "spam" and R.random() < 0.3:
        st = st.replace(hour=R.randint(6, 22), minute=R.choice([0, 5, 15, 30, 45, 50]))
    else:
        st = st.replace(hour=R.randint(8, 18), minute=R.choice([0, 0, 0, 30, 15, 45]))
    st = st.replace(second=0, microsecond=0)
    dur = t.get("dur", R.choice([15, 30, 30, 45, 60, 60, 90, 120]))
    if cat in ("charity-gala", "qr-entry-event", "club-casino-event", "get-rich-webinar", "casino-betting"):
        dur = R.choice([90, 120, 180, 240])
        if cat in ("charity-gala", "qr-entry-event") and R.random() < 0.7:
            st = st.replace(hour=R.randint(17, 20), minute=R.choice([0, 30]))
    it["start"], it["end"] = st, st + timedelta(minutes=dur)
    sname = sender["person"] if sender["kind"] not in ("lookalike", "vps") or R.random() < 0.5 else person(lang)[0]
    odom = sender["domain"] if sender["kind"] not in ("free",) else org_domain(sender["org"].split(" ")[0], lang)
    amt_rng = t.get("amt", (100, 5000))
    x = R.randint(*amt_rng) if amt_rng[1] > amt_rng[0] else amt_rng[0]
    if x > 1000:
        x = round(x, -1)
    if lang in ("ja", "ko") and amt_rng[1] < 100000:
        x = x * (1 if amt_rng[1] > 20000 else 150)
    if lang in ("ru",) and amt_rng[1] < 1000:
        x *= 90
    it["ctx"] = dict(
        rname=rn.split(" ")[0] if lang not in ("zh", "ja", "ko") else rn, rorg=rorg, brand=b.split(" ")[0], rdom=rdom,
        sname=sname, sorg=sender["org"] if it["label"] == "ham" else third_party(cat, lang), amt=money(lang, tz, x),
        ref=(R.choice(["", "CV-", "No. ", ""]) if lang == "en" else "") + "%d/%05d" % (st.year % 100, R.randint(100, 99999)) if cat in ("legal-summons", "court-hearing") else ralnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + str(R.randint(100000, 999999)),
        phone=phone(lang), n=R.randint(2, 9), when=st.strftime("%Y-%m-%d"), year=st.year, month=st.strftime("%B"),
        band=R.choice(["The Lanterns", "Marlow Quartet", "Nova Shore", "Echo Parade"]),
        conf=R.choice(["EuroSched %d" % st.year, "ICDS %d" % st.year, "DataOps Summit", "OpenCal Days"]),
        street=R.choice(STREETS.get(lang, STREETS["en"])), odom=odom)
    it["summary"] = fill(t["s"], it)
    it["desc"] = fill(t["b"], it)
    it["location"] = fill(t["l"], it)
    it["cta"] = t.get("c") or ""
    it["url"] = payload_url(it) if (it["cta"] or it["label"] == "spam") else None


def third_party(cat, lang):
    if cat == "legal-summons":
        return R.choice(["Harlow & Pike Solicitors", "Crestline Recovery Law", "Whitmore Legal LLP", "Kessler Collections"])
    return R.choice(BRANDS) + " " + R.choice(SUFFIX.get(lang, ["Ltd"]))


def phone(lang):
    f = {"en": "+1 (%d) 555-01%02d" % (R.choice([212, 312, 415, 512, 617]), R.randint(0, 99)),
         "de": "+49 30 %d %d" % (R.randint(100, 999), R.randint(1000, 9999)),
         "fr": "+33 1 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
         "ru": "+7 (495) %03d-%02d-%02d" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 99)),
         "ja": "03-%04d-%04d" % (R.randint(1000, 9999), R.randint(1000, 9999)),
         "hi": "+91 98%03d %05d" % (R.randint(100, 999), R.randint(10000, 99999)),
         "th": "02-%03d-%04d" % (R.randint(100, 999), R.randint(1000, 9999)),
         "he": "03-%03d-%04d" % (R.randint(100, 999), R.randint(1000, 9999))}
    return f.get(lang, "+%d %d %d" % (R.choice([34, 39, 31, 48, 30, 971, 86, 82, 55]), R.randint(100, 999), R.randint(100000, 999999)))


if __name__ == "__main__":
    import render
    render.main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"), sys.modules[__name__])
