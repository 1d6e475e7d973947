#!/usr/bin/env python3
"""Generate the holdout15 calendar-invitation exam corpus into ./out/ (deterministic, stdlib only)."""
import collections
import datetime as dt
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h15 import transport as T                       # noqa: E402
from h15.builders import SPAM_BUILDERS, HAM_BUILDERS  # noqa: E402
from h15.clients import RENDER                        # noqa: E402
from h15.common import rand_token, fold_header       # noqa: E402
from h15.mime import Part, serialize, to_bytes, text_part  # noqa: E402
from h15.model import M                               # noqa: E402
from h15 import people                                # noqa: E402
from h15.people import Person, recipient              # noqa: E402
from h15.texts_ham import HAM                         # noqa: E402
from h15.texts_spam import SPAM                       # noqa: E402
from h15.util import set_tz, wchoice                  # noqa: E402

SEED = 1515
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")

SPAM_SIZES = {"retail-promo": 14, "prize-survey": 12, "crypto-investment": 12, "dating-sextortion": 10, "fee-scam": 12,
              "brand-phish": 16, "callback-scam": 12, "fake-update": 10, "bec": 14, "advance-fee": 8, "task-job-scam": 10,
              "compromised-share": 12, "nag-payload": 8, "mass-invite": 10}
HAM_SIZES = {"travel-booking": 14, "appointment-booking": 12, "vendor-webinar": 12, "community-series": 12, "it-notice": 10,
             "doc-share-meeting": 12, "finance-reminder": 10, "recruiter": 10, "forwarded-invite": 8, "list-copy": 10,
             "organizer-reply": 12, "personal": 14, "support-callback": 8, "work-meeting": 16}

# Same client quotas for both labels: the sending software says nothing about the label.
CLIENT_QUOTA = {"google": 34, "outlook": 28, "teams": 10, "icloud": 12, "applecal": 8, "thunderbird": 10, "zoom": 8,
                "nextcloud": 6, "zimbra": 6, "yahoo": 7, "sogo": 5, "booking": 12, "custom": 14}

AFF_SPAM = {
    "retail-promo": dict(icloud=4, google=2, yahoo=1, custom=2, outlook=1, applecal=1, thunderbird=0.5),
    "prize-survey": dict(google=2, outlook=2, custom=2, icloud=1, yahoo=1, booking=1.5, zoom=0.5, zimbra=0.5),
    "crypto-investment": dict(google=2, custom=2, outlook=1, icloud=1, zoom=2, yahoo=1, thunderbird=0.5, teams=0.5),
    "dating-sextortion": dict(google=2, icloud=1, yahoo=2, outlook=1, custom=2, thunderbird=1, applecal=1),
    "fee-scam": dict(custom=2, booking=3, google=1, outlook=1, icloud=1, zimbra=1, sogo=0.5),
    "brand-phish": dict(outlook=2, teams=1.5, google=2, custom=2, booking=1, zimbra=1, sogo=1, nextcloud=1),
    "callback-scam": dict(google=2, outlook=2, icloud=2, yahoo=1, custom=1, booking=1, applecal=1),
    "fake-update": dict(zoom=3, teams=2, outlook=1, google=1, custom=1, nextcloud=0.5),
    "bec": dict(outlook=3, google=2, teams=1, yahoo=1, applecal=1, thunderbird=1, icloud=1, zimbra=0.5),
    "advance-fee": dict(yahoo=2, outlook=1, google=1, thunderbird=1, custom=1, zimbra=1),
    "task-job-scam": dict(google=2, zoom=1, outlook=1, custom=1, booking=1, icloud=1, teams=0.5),
    "compromised-share": dict(outlook=3, teams=1, google=2, zimbra=1, sogo=1, nextcloud=1, thunderbird=1, applecal=1),
    "nag-payload": dict(custom=3, icloud=1, google=1, thunderbird=1, nextcloud=1, applecal=0.5),
    "mass-invite": dict(google=2, outlook=1, zoom=1, custom=1, icloud=1, yahoo=1, thunderbird=1, sogo=0.5),
}
AFF_HAM = {
    "travel-booking": dict(booking=5, custom=3, outlook=1, google=0.5, zimbra=0.5, applecal=0.5),
    "appointment-booking": dict(booking=4, custom=3, google=1, outlook=1, nextcloud=0.5, zimbra=0.5, yahoo=0.3, icloud=0.3),
    "vendor-webinar": dict(zoom=4, custom=3, outlook=2, teams=2, google=1, booking=1),
    "community-series": dict(google=3, yahoo=3, icloud=2, thunderbird=1, applecal=1, nextcloud=1),
    "it-notice": dict(outlook=3, teams=1, zimbra=2, sogo=2, nextcloud=1, google=1, custom=1),
    "doc-share-meeting": dict(google=3, outlook=3, teams=2, nextcloud=1, zimbra=1, sogo=1, thunderbird=1),
    "finance-reminder": dict(outlook=3, google=2, teams=1, zimbra=1, sogo=1, custom=1),
    "recruiter": dict(google=3, outlook=2, teams=1, zoom=1, custom=2, booking=1),
    "forwarded-invite": dict(google=2, outlook=2, thunderbird=1, applecal=1, yahoo=1, icloud=1),
    "list-copy": dict(google=2, thunderbird=2, outlook=1, zoom=1, custom=1, nextcloud=1, sogo=1),
    "organizer-reply": dict(google=3, outlook=3, teams=1, applecal=0.5, icloud=0.5, thunderbird=0.7, zimbra=1, nextcloud=0.5, sogo=0.5, yahoo=0.5, booking=1, custom=0.5),
    "personal": dict(google=3, icloud=3, applecal=2, yahoo=2, thunderbird=1, outlook=1),
    "support-callback": dict(booking=2, custom=2, outlook=2, google=1, zoom=1, teams=1),
    "work-meeting": dict(outlook=3, teams=3, google=3, zoom=2, thunderbird=1, zimbra=1, nextcloud=1, sogo=1, applecal=1, icloud=0.5),
}

LANG_SPAM = {
    "de": ["bec", "brand-phish", "fee-scam", "retail-promo", "callback-scam", "compromised-share"],
    "fr": ["fee-scam", "brand-phish", "prize-survey", "crypto-investment", "bec", "dating-sextortion"],
    "es": ["prize-survey", "fee-scam", "crypto-investment", "task-job-scam", "bec", "retail-promo"],
    "ja": ["retail-promo", "brand-phish", "dating-sextortion", "crypto-investment", "callback-scam"],
    "ru": ["crypto-investment", "advance-fee", "task-job-scam", "brand-phish", "mass-invite"],
    "zh": ["retail-promo", "task-job-scam", "crypto-investment", "prize-survey", "fake-update"],
    "pt": ["fee-scam", "prize-survey", "bec", "compromised-share"],
    "it": ["brand-phish", "fee-scam", "compromised-share", "callback-scam"],
    "nl": ["brand-phish", "bec", "fee-scam", "nag-payload"],
    "pl": ["fee-scam", "crypto-investment", "compromised-share", "fake-update"],
    "ko": ["retail-promo", "dating-sextortion", "prize-survey", "task-job-scam"],
    "ar": ["advance-fee", "prize-survey", "brand-phish", "task-job-scam"],
    "he": ["fee-scam", "crypto-investment", "brand-phish", "bec"],
    "el": ["nag-payload", "brand-phish", "callback-scam", "mass-invite"],
    "tr": ["brand-phish", "prize-survey", "fake-update", "retail-promo"],
    "hi": ["task-job-scam", "prize-survey", "advance-fee", "callback-scam"],
    "th": ["retail-promo", "nag-payload", "crypto-investment", "dating-sextortion"],
    "cs": ["brand-phish", "bec", "fake-update"],
}
LANG_HAM = {
    "de": ["travel-booking", "appointment-booking", "it-notice", "community-series", "finance-reminder", "organizer-reply"],
    "fr": ["travel-booking", "personal", "vendor-webinar", "doc-share-meeting", "appointment-booking", "list-copy"],
    "es": ["personal", "community-series", "work-meeting", "recruiter", "appointment-booking", "support-callback"],
    "ja": ["travel-booking", "work-meeting", "it-notice", "vendor-webinar", "organizer-reply"],
    "ru": ["personal", "work-meeting", "list-copy", "finance-reminder", "community-series"],
    "zh": ["work-meeting", "travel-booking", "vendor-webinar", "personal", "recruiter"],
    "pt": ["appointment-booking", "community-series", "doc-share-meeting", "forwarded-invite"],
    "it": ["travel-booking", "support-callback", "finance-reminder", "organizer-reply"],
    "nl": ["it-notice", "finance-reminder", "support-callback", "work-meeting"],
    "pl": ["doc-share-meeting", "recruiter", "work-meeting", "appointment-booking"],
    "ko": ["doc-share-meeting", "travel-booking", "vendor-webinar", "personal"],
    "ar": ["personal", "organizer-reply", "community-series", "it-notice"],
    "he": ["recruiter", "community-series", "work-meeting", "forwarded-invite"],
    "el": ["forwarded-invite", "personal", "list-copy", "appointment-booking"],
    "tr": ["work-meeting", "recruiter", "travel-booking", "support-callback"],
    "hi": ["personal", "community-series", "forwarded-invite", "finance-reminder"],
    "th": ["travel-booking", "appointment-booking", "work-meeting", "vendor-webinar"],
    "cs": ["it-notice", "organizer-reply", "doc-share-meeting"],
}

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
              "nl": "Dutch", "pl": "Polish", "cs": "Czech", "ru": "Russian", "el": "Greek", "tr": "Turkish",
              "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified/Traditional)", "ja": "Japanese",
              "ko": "Korean", "hi": "Hindi", "th": "Thai"}
CLIENT_NAMES = {"google": "Google Calendar", "outlook": "Microsoft Outlook / Exchange / Outlook.com",
                "teams": "Outlook with Microsoft Teams meeting", "icloud": "Apple iCloud Calendar (server-sent)",
                "applecal": "Apple Calendar.app / iOS via Mail", "thunderbird": "Thunderbird / Lightning",
                "zoom": "Zoom (notification or forwarded .ics)", "nextcloud": "Nextcloud (Sabre)", "zimbra": "Zimbra",
                "yahoo": "Yahoo Calendar", "sogo": "SOGo", "booking": "Booking / scheduling systems",
                "custom": "Web apps and hand-rolled generators"}


CAT_DESC = {
    "retail-promo": "sale waves for counterfeit or discount goods",
    "prize-survey": "prize, survey, loyalty-point and gift-card lures",
    "crypto-investment": "crypto withdrawal lures, trading-fund pitches, recovery scams, signal groups",
    "dating-sextortion": "dating come-ons and sextortion demands",
    "fee-scam": "parcel, toll, tax-refund and fine payment lures",
    "brand-phish": "credential phishing under banks, Microsoft 365, DocuSign, PayPal, Adobe, government portals",
    "callback-scam": "fake renewals and orders that only give a phone number",
    "fake-update": "fake meeting-client or plug-in updates and paste-this-command lures",
    "bec": "CEO fraud, gift-card requests, supplier bank-detail and payroll changes",
    "advance-fee": "inheritance, compensation, partnership and lottery fraud",
    "task-job-scam": "remote task/job offers that move the victim to a messenger",
    "compromised-share": "document-share lures from (apparently) real partner mailboxes",
    "nag-payload": "events built to nag: endless recurrence, many alarms, far-future or past dates",
    "mass-invite": "invitations sent to hundreds of unrelated attendees",
    "travel-booking": "airline, rail, hotel, car-rental and travel-agent confirmations",
    "appointment-booking": "doctor, dentist, restaurant, salon and garage appointments",
    "vendor-webinar": "vendor webinars, conferences and town halls, some with hundreds of attendees",
    "community-series": "school, church, club and community series without end date, mostly from free mail",
    "it-notice": "internal IT maintenance, password-expiry, MFA and training notices",
    "doc-share-meeting": "colleagues and partners sharing documents for a meeting",
    "finance-reminder": "payment-run, invoice-due, month-end and bank-detail fraud warnings",
    "recruiter": "recruiters and hiring teams scheduling interviews",
    "forwarded-invite": "invitations forwarded by a colleague or friend (third-party organizer)",
    "list-copy": "invitations received through mailing lists (original DKIM broken)",
    "organizer-reply": "replies, resource declines and cancellations for meetings the recipient organised",
    "personal": "friends and family",
    "support-callback": "support callbacks the recipient asked for",
    "work-meeting": "ordinary internal and external meetings, some recurring, a few VTODOs",
}


class Item:
    def __init__(self, label, cat, lang, text):
        self.label, self.cat, self.lang, self.text = label, cat, lang, text
        self.client = None
        self.fallback = False


def plan(rng):
    items = []
    for label, sizes, texts, lplan in (("spam", SPAM_SIZES, SPAM, LANG_SPAM), ("ham", HAM_SIZES, HAM, LANG_HAM)):
        noneng = collections.Counter()
        for lang, cats in lplan.items():
            for c in cats:
                noneng[c] += 1
                items.append(Item(label, c, lang, texts[c][lang][0]))
        for c, n in sizes.items():
            k = n - noneng[c]
            en = list(texts[c]["en"])
            if k > len(en):
                raise SystemExit("not enough English texts for %s/%s: %d > %d" % (label, c, k, len(en)))
            for t in rng.sample(en, k):
                items.append(Item(label, c, "en", t))
    return items


def assign_clients(rng, items, aff):
    remaining = dict(CLIENT_QUOTA)
    assert sum(remaining.values()) == len(items), (sum(remaining.values()), len(items))
    order = list(items)
    rng.shuffle(order)
    for it in order:
        opts = [(c, w * remaining[c]) for c, w in aff[it.cat].items() if remaining.get(c, 0) > 0]
        if opts:
            c = wchoice(rng, opts)
        else:
            c = max(remaining, key=lambda k: (remaining[k], k))
            it.fallback = True
        remaining[c] -= 1
        it.client = c
    # repair: swap clients so every message uses a client that fits its category
    for it in items:
        if not it.fallback:
            continue
        cands = [o for o in items if o is not it and o.client in aff[it.cat] and it.client in aff[o.cat]]
        if cands:
            o = rng.choice(cands)
            it.client, o.client = o.client, it.client
            it.fallback = False


LEGACY_CLIENTS = ("outlook", "custom", "booking", "thunderbird", "applecal")


def mark_legacy(rng, items, aff):
    """Per language, make sure at least one message per label uses the locale's legacy charset (where the
    client would plausibly do so), so that charsets do not correlate with the label."""
    def lk(it):
        return "zh-tw" if it.text.get("tw") else it.lang
    langs = [l for l in LANG_NAMES if l not in ("en", "hi")] + ["zh-tw"]
    for lang in langs:
        mine = [it for it in items if lk(it) == lang]
        if any(it.client in LEGACY_CLIENTS for it in mine):
            continue
        done = False
        for x in mine:
            for y in items:
                if done or lk(y) == lang or y.client not in LEGACY_CLIENTS:
                    continue
                ylang_legacy = [z for z in items if lk(z) == lk(y) and z.client in LEGACY_CLIENTS]
                if y.lang != "en" and len(ylang_legacy) < 2:
                    continue
                if aff[x.cat].get(y.client, 0) > 0 and aff[y.cat].get(x.client, 0) > 0:
                    x.client, y.client = y.client, x.client
                    done = True
            if done:
                break
    for lang in langs:
        cands = [it for it in items if lk(it) == lang and it.client in LEGACY_CLIENTS]
        rng.shuffle(cands)
        for it in cands[:2 if lang in ("ja", "zh", "ru", "ko") else 1]:
            it.force_legacy = True


def min_year(it):
    y = 2016
    c, t = it.cat, it.text
    if it.client == "teams":
        y = max(y, 2018)
    if it.client == "zoom":
        y = max(y, 2018)
    if it.client == "nextcloud":
        y = max(y, 2020)
    if c == "fake-update":
        y = max(y, 2024 if t.get("kind", "").startswith("paste") else 2019)
    if c == "task-job-scam":
        y = max(y, 2021)
    if c == "crypto-investment":
        y = max(y, 2017)
    if c == "fee-scam":
        y = max(y, 2019)
    if c == "dating-sextortion" and t.get("kind") == "sextortion":
        y = max(y, 2018)
    if c == "it-notice" and t.get("kind") == "mfa":
        y = max(y, 2019)
    if c == "vendor-webinar" and "2025" in t.get("s", ""):
        y = 2024
    txt = t.get("s", "") + " " + t.get("d", "")
    for kw, ky in (("iPhone 15", 2023), ("AI ", 2023), ("AI-", 2023), ("z AI", 2023), ("\u0e14\u0e49\u0e27\u0e22 AI", 2023),
                   ("Stanley", 2023), ("AirPods Pro", 2020), ("Dyson V15", 2021), ("Microsoft 365", 2020),
                   ("150k", 2024), ("Norton 360", 2019), ("Coinbase", 2017), ("recovery", 2020), ("iCloud+", 2021),
                   ("Defender", 2019), ("keto", 2018), ("Teams", 2018), ("Zoom", 2018), ("Presale", 2017),
                   ("Lululemon Align", 2016), ("e-Devlet", 2016), ("zero-trust", 2019), ("Zero-trust", 2019),
                   ("MFA", 2019), ("OneDrive", 2016), ("WhatsApp", 2016), ("Telegram", 2018)):
        if kw in txt:
            y = max(y, ky)
    return y


def arrival(rng, it):
    start = dt.datetime(min_year(it), 1, 1)
    end = dt.datetime(2026, 11, 27, 23, 0)
    secs = int((end - start).total_seconds())
    a = start + dt.timedelta(seconds=rng.randint(0, secs))
    if it.cat == "vendor-webinar" and "2025" in it.text.get("s", ""):
        a = dt.datetime(2024, 9, 1) + dt.timedelta(seconds=rng.randint(0, 90 * 86400))
    return a


# ---------------------------------------------------------------------------
def prep_list(m):
    L = m.via_list
    rng = m.rng
    orig = m.frm
    pol = T.dmarc_policy(orig.domain)
    munge = pol is not None and ("REJECT" in pol or "QUARANTINE" in pol)
    L["orig"] = orig
    if munge:
        if m.reply_to is None:
            m.reply_to = orig
        name = "%s via %s" % (orig.name, L["name"]) if L["kind"] != "googlegroups" else "'%s' via %s" % (orig.name, L["name"])
        m.frm = Person(name, L["addr"], orig.lang)
    L["munged"] = munge
    lid = L["addr"].replace("@", ".")
    if L["kind"] == "googlegroups":
        h = [("Mailing-list", "list %s; contact %s+owners@googlegroups.com" % (L["addr"], L["addr"].split("@")[0])),
             ("List-ID", "<%s>" % lid), ("X-Spam-Checked-In-Group", L["addr"]), ("X-Google-Group-Id", str(rng.randint(10 ** 11, 10 ** 12))),
             ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s>" % (L["addr"].split("@")[0], L["addr"])),
             ("List-Help", "<https://support.google.com/a/users/answer/9308781>, <mailto:%s+help@googlegroups.com>" % L["addr"].split("@")[0]),
             ("List-Archive", "<https://groups.google.com/group/%s/>" % L["addr"].split("@")[0]),
             ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>" % (rng.randint(10 ** 11, 10 ** 12), L["addr"].split("@")[0])),
             ("X-Original-Sender", orig.email), ("Precedence", "list")]
    else:
        h = [("List-Id", '"%s" <%s>' % (L["name"], lid)), ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (L["domain"], L["name"], L["name"], L["domain"])),
             ("List-Archive", "<https://%s/pipermail/%s/>" % (L["domain"], L["name"])), ("List-Post", "<mailto:%s>" % L["addr"]),
             ("List-Help", "<mailto:%s-request@%s?subject=help>" % (L["name"], L["domain"])),
             ("List-Subscribe", "<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (L["domain"], L["name"], L["name"], L["domain"])),
             ("Errors-To", "%s-bounces@%s" % (L["name"], L["domain"])), ("Precedence", "list"),
             ("X-BeenThere", L["addr"]), ("X-Mailman-Version", rng.choice(["2.1.39", "2.1.29", "3.3.8"]))]
        if L["kind"] == "sympa":
            h = [x for x in h if not x[0].startswith("X-Mailman")] + [("X-Loop", L["addr"]), ("X-Sympa-To", L["addr"])]
    m.extra_headers += h
    L["tag"] = ("[%s] " % L["name"]) if L["kind"] != "googlegroups" and rng.random() < 0.7 else ""


def post_list(m, root):
    L = m.via_list
    rng = m.rng
    # subject tag
    for i, (n, v) in enumerate(root.headers):
        if n is None and v.startswith("Subject: ") and L["tag"]:
            root.headers[i] = (None, "Subject: " + L["tag"] + v[len("Subject: "):])
        if n is None and v.startswith("Sender: ") and L["kind"] != "googlegroups":
            root.headers[i] = (None, 'Sender: "%s" <%s-bounces@%s>' % (L["name"], L["name"], L["domain"]))
    if L["kind"] == "googlegroups":
        foot = ("-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
                "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n") % (
            L["name"], L["addr"].split("@")[0])
    else:
        foot = "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (
            L["name"], L["addr"], L["domain"], L["name"])
    fp = text_part(foot, "us-ascii", "7bit", disposition="inline")
    ctype_idx = [i for i, (n, v) in enumerate(root.headers) if n is None and v.lower().startswith("content-type:")]
    if root.children and ctype_idx and "multipart/mixed" in root.headers[ctype_idx[0]][1]:
        root.children.append(fp)
        return root
    # wrap the original body in multipart/mixed, as Mailman does
    i = ctype_idx[0]
    inner_hdrs = [(None, root.headers[i][1])]
    cte = [j for j, (n, v) in enumerate(root.headers) if n is None and v.lower().startswith("content-transfer-encoding:")]
    if cte:
        inner_hdrs.append((None, root.headers[cte[0]][1]))
    inner = Part(inner_hdrs, root.body, root.cte, children=root.children, boundary=root.boundary, preamble=root.preamble)
    b = "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)
    new_headers = [h for j, h in enumerate(root.headers) if j not in cte]
    new_headers[i] = (None, 'Content-Type: multipart/mixed; boundary="%s"' % b)
    return Part(new_headers, children=[inner, fp], boundary=b)


RECIPES = {
    "google_cal": lambda tr, f, kw: T.google_calendar(tr, f, workspace=kw.get("workspace", False)),
    "gmail": lambda tr, f, kw: T.gmail_user(tr, f, via=kw.get("via", "web"), workspace=kw.get("workspace", False)),
    "microsoft": lambda tr, f, kw: T.microsoft(tr, f, consumer=kw.get("consumer", False), sign_custom=kw.get("sign_custom", True)),
    "exchange": lambda tr, f, kw: T.exchange_onprem(tr, f, sign=kw.get("sign", tr.rng.random() < 0.6)),
    "icloud": lambda tr, f, kw: T.icloud(tr, f),
    "yahoo": lambda tr, f, kw: T.yahoo(tr, f),
    "freemail": lambda tr, f, kw: T.freemail_smtp(tr, f),
    "selfhosted": lambda tr, f, kw: T.selfhosted(tr, f, **kw),
    "esp": lambda tr, f, kw: T.esp(tr, f, **kw),
    "zoom": lambda tr, f, kw: T.zoom_service(tr, f),
    "vps": lambda tr, f, kw: T.vps_spoof(tr, f, env=kw.get("env")),
}


def build_message(rng, it, ips):
    a = arrival(rng, it)
    lang = it.lang
    if lang == "en" and rng.random() < 0.2:
        rc = recipient(rng, rng.choice(["de", "fr", "nl", "ja", "es", "it", "pl", "he"]))
    elif lang == "zh":
        rc = recipient(rng, "zh")
        while rc.domain.endswith(".tw") != bool(it.text.get("tw")):
            rc = recipient(rng, "zh")
    else:
        rc = recipient(rng, lang)
    people.AVOID.clear()
    people.AVOID.add(rc.name)
    m = M(rng, it.label, it.cat, lang, it.client, a, rc, it.text)
    m.tw = bool(it.text.get("tw"))
    m.force_legacy = getattr(it, "force_legacy", False)
    if m.force_legacy and it.client == "custom" and rng.random() < 0.4:
        m.ics_legacy = True
    set_tz(m, lang)
    if it.label == "ham" and lang == "en" and rc.lang != "en" and rng.random() < 0.7:
        set_tz(m, rc.lang)
    (SPAM_BUILDERS if it.label == "spam" else HAM_BUILDERS)[it.cat](m)
    if m.via_list:
        prep_list(m)
    # transport (built before rendering so Message-IDs can match the sending servers)
    recipe, kw = m.platform
    auth_from = m.frm.email
    if m.via_list:
        # the original message went to the list first, a little earlier
        if m.via_list.get("munged"):
            auth_from = m.via_list["orig"].email
        delay = dt.timedelta(seconds=rng.randint(25, 900))
        tr = T.Trace(rng, ips, m.via_list["addr"], a - delay, m.tz)
        RECIPES[recipe](tr, auth_from, dict(kw))
        tr.arrival = a
        tr.rcpt = rc.email
        T.list_relay(tr, m.frm.email, m.via_list["domain"], m.via_list["kind"], m.via_list["addr"])
        m.sent = a - delay - dt.timedelta(seconds=rng.randint(2, 30))
    else:
        tr = T.Trace(rng, ips, rc.email, a, m.tz)
        RECIPES[recipe](tr, auth_from, dict(kw))
    m.ms_srv = getattr(tr, "srv", None)
    m.ms_fqdn = getattr(tr, "fqdn", None)
    root = RENDER[m.client](m)
    if m.via_list:
        root = post_list(m, root)
    root.headers += [(None, fold_header(*h.split(": ", 1))) if "\r\n" not in h else (None, h) for h in tr.bottom]
    top = [x.encode("ascii") for x in tr.render_top()]
    data = to_bytes(top + serialize(root))
    assert b"\x00" not in data, "unfilled marker in %s/%s" % (it.label, it.cat)
    m.recipe = recipe
    return m, data


def main():
    t0 = time.time()
    rng = random.Random(SEED)
    items = plan(rng)
    spam = [i for i in items if i.label == "spam"]
    ham = [i for i in items if i.label == "ham"]
    assign_clients(rng, spam, AFF_SPAM)
    assign_clients(rng, ham, AFF_HAM)
    mark_legacy(rng, spam, AFF_SPAM)
    mark_legacy(rng, ham, AFF_HAM)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    ips = T.IPs(rng)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    counters = collections.Counter()
    order = spam + ham
    rng.shuffle(order)
    for it in order:
        m, data = build_message(rng, it, ips)
        counters[(it.label, it.cat)] += 1
        rel = "%s/%s/%03d.eml" % (it.label, it.cat, counters[(it.label, it.cat)])
        path = os.path.join(OUT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        cl = it.client + ("/" + m.sub if m.sub else "")
        desc = "%s; %s; %s sender; %s" % (m.desc, CLIENT_NAMES[it.client].split(" (")[0] + ("/" + m.sub if m.sub else ""),
                                          getattr(m, "intent", "?"), LANG_NAMES[it.lang].split(" (")[0])
        rows.append((rel, it.label, it.cat, desc.replace("\t", " ")))
        stats["client"][(it.label, it.client)] += 1
        stats["lang"][(it.label, it.lang)] += 1
        stats["recipe"][(it.label, m.recipe)] += 1
        stats["year"][(it.label, m.arrival.year)] += 1
        stats["intent"][(it.label, getattr(m, "intent", "?"))] += 1
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in sorted(rows, key=lambda r: (r[1] != "spam", r[0])):
            f.write("\t".join(r) + "\n")
    write_readme(rows, stats)
    print("wrote %d messages in %.1fs" % (len(rows), time.time() - t0))


def write_readme(rows, stats):
    import email
    from email import policy
    cs = collections.Counter()
    cte = collections.Counter()
    for rel, label, cat, d in rows:
        with open(os.path.join(OUT, rel), "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.compat32)
        for p in msg.walk():
            if p.is_multipart():
                continue
            c = p.get_content_charset()
            if c:
                cs[(label, c.lower())] += 1
            cte[(label, (p.get("Content-Transfer-Encoding") or "7bit").lower())] += 1
    feat = collections.Counter()
    import re as _re
    for rel, label, cat, d in rows:
        with open(os.path.join(OUT, rel), "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.compat32)
        for p in msg.walk():
            if p.get_content_type() in ("text/calendar", "application/ics"):
                raw = p.get_payload(decode=True) or b""
                u = _re.sub(rb"\r?\n[ \t]", b"", raw)
                mm = _re.search(rb"^METHOD:(\w+)", u, _re.M)
                feat[(label, "METHOD:" + (mm.group(1).decode() if mm else "(none)"))] += 1
                pm = p.get_param("method")
                if mm and pm and pm.upper() != mm.group(1).decode().upper():
                    feat[(label, "Content-Type method differs from METHOD")] += 1
                if b"BEGIN:VTODO" in u:
                    feat[(label, "contains VTODO")] += 1
                if u.count(b"BEGIN:VEVENT") + u.count(b"BEGIN:VTODO") > 1:
                    feat[(label, "several components")] += 1
                if b"RRULE" in u.replace(b"BEGIN:VTIMEZONE", b"").split(b"END:VTIMEZONE")[-1]:
                    feat[(label, "recurring (RRULE)")] += 1
                if u.count(b"BEGIN:VALARM") > 5:
                    feat[(label, "more than 5 alarms")] += 1
                if u.count(b"ATTENDEE") > 100:
                    feat[(label, "more than 100 attendees")] += 1
                if (p.get("Content-Transfer-Encoding") or "").lower() == "base64" and _re.search(rb"(?<!\r)\n", raw):
                    feat[(label, "bare LF inside a base64 iCalendar part")] += 1
                if any(len(l) > 75 for l in raw.splitlines()):
                    feat[(label, "unfolded lines longer than 75 octets")] += 1
                if p.get_content_type() == "application/ics" or (p.get_filename() or "").endswith(".ics"):
                    pass
                break
        ar = msg["Authentication-Results"] or ""
        for k in ("dkim", "spf", "dmarc"):
            r = _re.findall(k + r"=(\w+)", ar)
            feat[(label, "%s=%s" % (k, "/".join(sorted(set(r)))))] += 1
    spam_c = collections.Counter(r[2] for r in rows if r[1] == "spam")
    ham_c = collections.Counter(r[2] for r in rows if r[1] == "ham")
    L = []
    L.append("# holdout15 – labelled exam corpus of calendar invitations\n")
    L.append("A sealed test corpus for a calendar anti-spam filter: %d RFC 5322 messages (%d spam, %d ham), each "
             "carrying at least one iCalendar object (VEVENT or VTODO). Every message starts with the trace headers "
             "written by the receiving MX `mx.example.net` (Return-Path, Delivered-To, Authentication-Results, Received), "
             "followed by the sending side's own Received lines and signatures, then the client's headers.\n" % (
                 len(rows), sum(spam_c.values()), sum(ham_c.values())))
    L.append("All text, names, organisations, addresses and numbers were written or generated for this corpus; no "
             "message was copied from anywhere. IP addresses come from the documentation ranges (192.0.2.0/24, "
             "198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). Organisations and most domains are fictional; large "
             "providers (Google, Microsoft, Apple, Yahoo, Zoom, ESPs) appear as infrastructure, and real brand names "
             "appear in spam texts and look-alike domains only. Any resemblance of an invented domain to a real one is "
             "accidental. Phone numbers use fictional ranges where such ranges exist.\n")
    L.append("Files: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, "
             "description). Generated by `gen.py` (deterministic, fixed seed %d, Python standard library only); "
             "verified by `check.py`.\n" % SEED)
    L.append("## Spam categories\n\n| category | count | what it is |\n|---|---|---|")
    for c in SPAM_SIZES:
        L.append("| %s | %d | %s |" % (c, spam_c[c], CAT_DESC[c]))
    L.append("| **total** | **%d** | |\n" % sum(spam_c.values()))
    L.append("## Ham categories\n\n| category | count | what it is |\n|---|---|---|")
    for c in HAM_SIZES:
        L.append("| %s | %d | %s |" % (c, ham_c[c], CAT_DESC[c]))
    L.append("| **total** | **%d** | |\n" % sum(ham_c.values()))
    L.append("## Languages\n\n| language | spam | ham |\n|---|---|---|")
    for lg in LANG_NAMES:
        L.append("| %s | %d | %d |" % (LANG_NAMES[lg], stats["lang"][("spam", lg)], stats["lang"][("ham", lg)]))
    L.append("")
    L.append("## Clients / sending software\n\nBoth labels use the same client quotas, so the client alone says nothing about the label.\n")
    L.append("| client | spam | ham |\n|---|---|---|")
    for c in CLIENT_QUOTA:
        L.append("| %s | %d | %d |" % (CLIENT_NAMES[c], stats["client"][("spam", c)], stats["client"][("ham", c)]))
    L.append("")
    L.append("## Sending infrastructure (transport recipe)\n\n| recipe | spam | ham |\n|---|---|---|")
    for r in sorted(set(k[1] for k in stats["recipe"])):
        L.append("| %s | %d | %d |" % (r, stats["recipe"][("spam", r)], stats["recipe"][("ham", r)]))
    L.append("")
    L.append("## Arrival years\n\n| year | spam | ham |\n|---|---|---|")
    for y in range(2016, 2027):
        L.append("| %d | %d | %d |" % (y, stats["year"][("spam", y)], stats["year"][("ham", y)]))
    L.append("")
    L.append("## Charsets (leaf parts)\n\n| charset | spam | ham |\n|---|---|---|")
    for c in sorted(set(k[1] for k in cs)):
        L.append("| %s | %d | %d |" % (c, cs[("spam", c)], cs[("ham", c)]))
    L.append("")
    L.append("## Transfer encodings (leaf parts)\n\n| encoding | spam | ham |\n|---|---|---|")
    for c in sorted(set(k[1] for k in cte)):
        L.append("| %s | %d | %d |" % (c, cte[("spam", c)], cte[("ham", c)]))
    L.append("")
    L.append("## iCalendar features (first calendar part of each message)\n\n| feature | spam | ham |\n|---|---|---|")
    for k in sorted(set(x[1] for x in feat if not x[1].startswith(("dkim", "spf", "dmarc")))):
        L.append("| %s | %d | %d |" % (k, feat[("spam", k)], feat[("ham", k)]))
    L.append("")
    L.append("## Authentication results written by mx.example.net\n\n| result | spam | ham |\n|---|---|---|")
    for k in sorted(set(x[1] for x in feat if x[1].startswith(("dkim", "spf", "dmarc")))):
        L.append("| %s | %d | %d |" % (k, feat[("spam", k)], feat[("ham", k)]))
    L.append("")
    L.append("## Notes\n")
    L.append("- Authentication results follow the sender set-up: real free-mail accounts, compromised company "
             "mailboxes and freshly registered look-alike domains pass DKIM/SPF/DMARC; spoofed senders from rented "
             "servers fail or have no policy; mailing-list copies carry a broken original DKIM signature. Some "
             "legitimate small senders have no DKIM or DMARC at all.")
    L.append("- Client formats are reproduced from public knowledge of each product's output and are approximations; "
             "version strings and PRODIDs follow the arrival year.")
    L.append("- Arrival dates range from 2016 to November 2026; event dates are relative to arrival.\n")
    L.append("## Licence\n\nCC0 1.0 Universal (public domain dedication). Everything in this corpus was written or "
             "generated by the author of gen.py; no message was copied from any source.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
