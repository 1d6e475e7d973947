"""Spam categories. Each generator(i) returns message bytes for message number i."""
import datetime as dt
import html
from common import *
from lib import icsutc, uuid4, hexs, alnum, Part
from ical import new_event

SPAM = {}


def cat(name):
    def deco(f):
        SPAM[name] = f
        return f
    return deco


def E(ctx, tz, start, minutes, summary, desc, org, atts=None, **kw):
    end = start + dt.timedelta(minutes=minutes) if minutes else None
    ev = new_event(start=start, end=end, tz=tz, summary=summary, desc=desc, org=org, stamp=stamp(ctx, ctx.rng.randint(0, 5)),
                   atts=atts if atts is not None else [dict(cn=ctx.rcpt_name or None, email=ctx.rcpt)], **kw)
    return ev


def me(ctx, **kw):
    d = dict(cn=ctx.rcpt_name or ctx.rcpt, email=ctx.rcpt)
    d.update(kw)
    return d


def gmail_from(rng, name=None):
    return name or rng.choice(["Support Team", "Customer Care", "Billing Dept", "Account Service", "Jessica M.", "Mia",
                               "Help Desk", "Order Desk"]), gmail_local(rng) + "@gmail.com"


# ------------------------------------------------------------- 1. retail knock-off sale (iCloud 2016 wave)
@cat("icloud_knockoff_sale")
def _(i):
    rng = mkrng("icloud_knockoff_sale", i)
    lang = ["en", "en", "zh", "en", "ja", "de", "en", "en", "zh"][i % 9]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2017, (1, 23)), rn, re)
    if i % 3 == 0:
        ctx.arrival = ctx.arrival.replace(year=2016, month=11, day=rng.randint(18, 30))
    brand = rng.choice(["Ray-Ban&Oakley", "UGG", "Michael Kors", "Pandora", "Moncler", "Canada Goose", "Louis Vuitton"])
    price = rng.choice(["$19.99", "$29.99", "$25", "$39.95", "$9.99"])
    shop = "http://www.%s%s.com" % (rng.choice(["rbsale", "mkoutlet", "uggclear", "vipbags", "sunglass"]), rng.choice(["2016", "shop", "us", "vip", "store"]))
    texts = {
        "en": [("%s Sunglasses %s only!Black Friday Sale" % (brand, price),
                "%s Sunglasses Only %s.Black Friday Big Discount.%s Order now" % (brand, price, shop)),
               ("Hi,%s Outlet Online Clearance Sale 80%%OFF" % brand, "Shop now: %s\nFree shipping,Quality Guaranteed." % shop),
               ("CyberMonday -%s  %s" % (brand, price), "%s %s Last Day!! Unsubscribe reply TD" % (shop, price))],
        "zh": [("%s 太阳镜 %s 特价 限时抢购" % (brand, price), "全场一折起 %s 顺丰包邮 正品保证" % shop),
               ("双十一大促 名牌包包 %s起" % price, "进店领券：%s  微信咨询：%s" % (shop, tok(rng, 8).lower()))],
        "ja": [("【%s】サングラス %s 激安セール" % (brand, price), "本日限り！全品80%%OFF 送料無料 %s" % shop)],
        "de": [("%s Sonnenbrillen nur %s - Black Friday" % (brand, price), "Nur heute: bis zu 80%% Rabatt. Jetzt bestellen: %s" % shop)],
    }
    summ, desc = rng.choice(texts[lang])
    tz = rng.choice(["Asia/Shanghai", "America/Los_Angeles", "America/New_York", "UTC"])
    start = at(ctx, tz, rng.choice([0, 0, 1, 2, 3]), rng.randint(8, 22), rng.choice([0, 0, 30]))
    org_email = "%s%d@icloud.com" % (tok(rng, 6).lower(), rng.randint(1, 999))
    n_att = rng.choice([1, 1, 5, 12, 30])
    atts = [me(ctx)] + [dict(cn=None, email="%s@example.net" % tok(rng, 7).lower()) for _ in range(n_att - 1)]
    ev = E(ctx, tz, start, rng.choice([60, 120, 30]), summ, desc if rng.random() < 0.8 else None, (None, org_email), atts,
           location=shop if rng.random() < 0.5 else None)
    ch = "icloud"
    text = "%s has invited you to an event.\n\n%s\n%s\n" % (org_email, summ, desc)
    htm = ("<html><body style=\"font-family:-apple-system,Helvetica\"><p><b>%s</b> has invited you to <b>%s</b></p>"
           "<p>%s</p><p>Accept or decline this invitation from your calendar.</p></body></html>" % (org_email, html.escape(summ), html.escape(desc)))
    from_name, from_email = org_email, "noreply@email.apple.com"
    if i % 4 == 3:
        from_name, from_email = None, org_email
    return deliver(ctx, ev, ch, subject=rng.choice(["Invitation: %s" % summ, summ, "Invitation from %s" % org_email]),
                   text=text, htm=htm, lang=lang, from_name=from_name, from_email=from_email,
                   reply_to=org_email if from_email != org_email else None,
                   prof=dict(dkim_d="email.apple.com" if from_email.endswith("apple.com") else "icloud.com"),
                   struct=rng.choice(["mixed_althtml_att", "mixed_text_att", "alt_html_cal"]),
                   att_name=rng.choice(["invite.ics", "iCal-%s.ics" % ctx.arrival.strftime("%Y%m%d-%H%M%S")]),
                   att_type=rng.choice(["application/ics", "text/calendar"]), ics_opts=dict(travel=rng.random() < 0.5))


# ------------------------------------------------------------- 2. Microsoft 365 credential lure
@cat("m365_account_lure")
def _(i):
    rng = mkrng("m365_account_lure", i)
    lang = ["en", "en", "de", "en", "fr", "nl", "en", "es", "en", "it"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2019, 2026), rn, re)
    url = spam_url(rng, rng.choice(["webapp", "blob", "gcs", "ipfs", "r2", "workers", "lookalike", "firebase", "canva", "notion"]))
    user = ctx.rcpt
    T = {
        "en": [("Password Expiry Notice - %s" % user,
                "Microsoft 365\n\nThe password for %s expires today.\nTo keep using the same password, confirm your account below before %s.\n\nKeep Current Password: %s\n\nMicrosoft Office 365 Team" % (user, "5:00 PM", url)),
               ("You have (4) undelivered messages",
                "Your mailbox %s has 4 pending messages held on the server because of a sync error.\nRelease messages: %s\n\nThis is an automated message from the Exchange Online admin." % (user, url)),
               ("Voice Message Received 00:%02d sec" % rng.randint(10, 59),
                "You received a new voicemail from +1 (2%02d) 555-01%02d.\n\nPlay message ▶ %s\n\nMicrosoft Teams Voicemail" % (rng.randint(10, 99), rng.randint(0, 99), url)),
               ("%s shared \"Q%d Bonus Structure.xlsx\" with you" % (rng.choice(["HR Department", "Payroll", "Finance Team"]), rng.randint(1, 4)),
                "Hi,\n\nPlease find the shared document for your review.\n\nOpen in Excel Online: %s\n\nThis link will only work for the direct recipients of this message." % url),
               ("Action required: Multi-factor authentication re-enrollment",
                "Our records show your MFA registration for %s is out of date. Microsoft will disable sign-in for unverified accounts within 24 hours.\n\nRe-enroll now: %s" % (user, url))],
        "de": [("Ihr Kennwort läuft heute ab",
                "Sehr geehrte(r) Benutzer(in),\n\ndas Kennwort für %s läuft heute ab. Um Ihr aktuelles Kennwort beizubehalten, bestätigen Sie bitte Ihr Konto:\n%s\n\nIhr IT-Service" % (user, url))],
        "fr": [("Votre boîte aux lettres est presque pleine (98%)",
                "Bonjour,\nvotre boîte %s a atteint 98%% de son quota. Les nouveaux messages seront rejetés.\nAugmenter le stockage gratuitement : %s\n\nÉquipe Microsoft Outlook" % (user, url))],
        "nl": [("Verificatie vereist voor uw Office 365-account",
                "Beste gebruiker,\n\nWe hebben ongebruikelijke aanmeldactiviteit gedetecteerd op %s. Verifieer uw account binnen 24 uur om blokkering te voorkomen.\n\n%s" % (user, url))],
        "es": [("Documento compartido: Nómina_Actualizada.pdf",
                "Se ha compartido un documento contigo a través de OneDrive.\n\nVer documento: %s\n\nEl enlace caduca en 48 horas." % url)],
        "it": [("Aggiornamento obbligatorio della casella di posta",
                "Gentile utente,\nla sua casella %s deve essere aggiornata alla nuova versione di Outlook Web. Completi la verifica qui: %s\nGrazie, Servizio IT" % (user, url))],
    }
    summ, desc = rng.choice(T[lang])
    ch = rng.choice(["google", "o365", "o365", "esp_sendgrid", "selfhosted", "outlookcom", "esp_ses"])
    tz = rng.choice(["UTC", "America/New_York", "Europe/London", "Europe/Berlin"])
    start = at(ctx, tz, rng.choice([0, 0, 1]), rng.randint(9, 17), rng.choice([0, 15, 30]))
    if ch == "google":
        fn, fe = gmail_from(rng, rng.choice(["Microsoft 365", "IT Helpdesk", "Office365 Admin", "M365 Security"]))
        ev = E(ctx, tz, start, 30, summ, desc, (fn, fe), alarms=[dict(trigger="-PT10M")])
        return deliver(ctx, ev, ch, lang=lang if lang in ("en", "de", "fr", "es", "it", "nl") else "en", from_name=fn, from_email=fe)
    if ch in ("o365", "outlookcom"):
        dom = company_domain(rng) if ch == "o365" else rng.choice(["outlook.com", "hotmail.com"])
        fe = "%s@%s" % (rng.choice(["j.miller", "accounts", "sandra.k", "admin", "noreply", "office", "m.ross"]), dom)
        fn = rng.choice(["Microsoft 365", "IT Support", "SharePoint Online", "Admin Center", None])
        ev = E(ctx, tz, start, 30, summ, None, (fn or fe, fe))
        return deliver(ctx, ev, ch, subject=summ, text=desc, from_name=fn, from_email=fe, lang={"en": "en-US", "de": "de-DE", "fr": "fr-FR", "nl": "nl-NL", "es": "es-ES", "it": "it-IT"}[lang],
                       region=rng.choice(["EUR", "NAM", "APC"]), org_domain=dom if ch == "o365" else None)
    dom = spam_domain(rng)
    fe = "%s@%s" % (rng.choice(["no-reply", "admin", "security", "mailer", "notification"]), dom)
    fn = rng.choice(["Microsoft", "Microsoft account team", "Office 365", "Outlook Web App"])
    ev = E(ctx, tz, start, 15, summ, desc, (fn, fe), transp="TRANSPARENT", alarms=[dict(trigger="-PT5M")])
    htm = ('<html><body style="font-family:Segoe UI,Arial"><table width="520"><tr><td style="font-size:21px;color:#0078d4">Microsoft</td></tr>'
           '<tr><td><p>%s</p><p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">%s</a></p>'
           '<p style="color:#888;font-size:11px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>'
           % (html.escape(desc.split("\n")[0] if "\n" in desc else desc), url, rng.choice(["Verify now", "Review", "Open", "Keep password"])))
    return deliver(ctx, ev, ch, subject=summ, text=desc, htm=htm, lang=lang, from_name=fn, from_email=fe,
                   struct=rng.choice(["mixed_althtml_att", "mixed_html_att", "alt_html_cal"]),
                   prodid=rng.choice(["-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Microsoft Corporation//Outlook 15.0 MIMEDIR//EN", None]),
                   dialect=rng.choice(["generic", "sloppy"]),
                   prof=dict(auth=rng.choice([("pass", "pass", "pass"), ("pass", "pass", "none"), (None, "softfail", "fail")])))


# ------------------------------------------------------------- 3. e-signature lure
@cat("esign_document_lure")
def _(i):
    rng = mkrng("esign_document_lure", i)
    lang = ["en", "en", "de", "pt", "en", "fr", "en", "es"][i % 8]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2019, 2026), rn, re)
    url = spam_url(rng, rng.choice(["lookalike", "webapp", "pages", "dropbox", "onedrive", "r2", "short", "gcs"]))
    env = "%s-%s-%s" % (hexs(rng, 4).upper(), hexs(rng, 4).upper(), hexs(rng, 4).upper())
    brand = rng.choice(["DocuSign", "DocuSign", "Adobe Acrobat Sign", "Dropbox Sign"])
    docs = {"en": ["Settlement Agreement", "Payroll Adjustment %d" % ctx.arrival.year, "Revised Contract - Final", "Remittance Advice", "Employee Handbook Acknowledgement"],
            "de": ["Vertragsänderung", "Lohnabrechnung Korrektur"], "pt": ["Contrato de Prestação de Serviços"], "fr": ["Avenant au contrat"], "es": ["Acuerdo de confidencialidad"]}
    doc = rng.choice(docs[lang])
    T = {"en": "%s\n\n%s sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nEnvelope ID: %s\nPlease complete by %s.\n\nDo Not Share This Email\nThis email contains a secure link to %s. Please do not share this email, link, or access code with others." ,
         "de": "%s\n\n%s hat Ihnen ein Dokument zur Prüfung und Unterschrift gesendet.\n\nDOKUMENT PRÜFEN\n%s\n\nUmschlag-ID: %s\nBitte bis %s abschließen.\n\nDiese E-Mail nicht weiterleiten. Sie enthält einen sicheren Link zu %s.",
         "pt": "%s\n\n%s enviou um documento para você revisar e assinar.\n\nREVISAR DOCUMENTO\n%s\n\nID do envelope: %s\nConclua até %s.\n\nNão compartilhe este e-mail. Ele contém um link seguro para %s.",
         "fr": "%s\n\n%s vous a envoyé un document à vérifier et à signer.\n\nVÉRIFIER LE DOCUMENT\n%s\n\nID d'enveloppe : %s\nMerci de finaliser avant le %s.\n\nNe partagez pas cet e-mail. Il contient un lien sécurisé vers %s.",
         "es": "%s\n\n%s le ha enviado un documento para revisar y firmar.\n\nREVISAR DOCUMENTO\n%s\n\nID del sobre: %s\nComplete antes del %s.\n\nNo comparta este correo. Contiene un enlace seguro a %s."}
    sender_name = rng.choice(["Accounts Department", "HR Team", "Legal", "Karen Whitfield", "Payroll Services", "M. Schneider"])
    due = (ctx.arrival + dt.timedelta(days=rng.randint(0, 2))).strftime("%m/%d/%Y")
    desc = T[lang] % (doc, sender_name, url, env, due, brand)
    summ = rng.choice(["Please DocuSign: %s" % doc, "Complete with %s: %s.pdf" % (brand, doc), "%s - Signature Required" % doc, doc])
    tz = rng.choice(["UTC", "America/Chicago", "Europe/Berlin", "America/Sao_Paulo", "Europe/Paris"])
    start = at(ctx, tz, rng.choice([0, 1, 1, 2]), rng.randint(8, 16))
    ch = ["google", "esp_sendgrid", "o365", "selfhosted", "google", "esp_mailgun", "php", "icloud"][i % 8]
    if ch == "google":
        fn, fe = gmail_from(rng, rng.choice([brand, "Docusign via Docusign", "e-Signature Service"]))
        ev = E(ctx, tz, start, 60, summ, desc, (fn, fe))
        return deliver(ctx, ev, ch, lang=lang if lang in ("en", "de", "pt", "fr", "es") else "en", from_name=fn, from_email=fe)
    if ch == "o365":
        dom = company_domain(rng)
        fe = rng.choice(["ap", "finance", "k.whitfield", "office"]) + "@" + dom
        ev = E(ctx, tz, start, 30, summ, None, (sender_name, fe))
        return deliver(ctx, ev, ch, subject=summ, text=desc, from_name=sender_name + " via " + brand, from_email=fe, org_domain=dom,
                       lang={"en": "en-US", "de": "de-DE", "pt": "pt-BR", "fr": "fr-FR", "es": "es-ES"}[lang])
    dom = spam_domain(rng) if ch != "icloud" else "icloud.com"
    fe = ("dse_%s@%s" % (tok(rng, 4).lower(), dom)) if ch != "icloud" else "%s%d@icloud.com" % (tok(rng, 7).lower(), rng.randint(1, 99))
    ev = E(ctx, tz, start, 30, summ, desc if rng.random() < 0.7 else "Review document: " + url, (brand, fe), url=url if rng.random() < 0.4 else None)
    htm = ('<html><body><div style="background:#1e4ca1;padding:24px;color:#fff;text-align:center;font-family:Helvetica">'
           '<p style="font-size:18px">%s sent you a document to review and sign.</p><a href="%s" style="background:#ffc423;color:#000;'
           'padding:12px 24px;font-weight:bold;text-decoration:none">REVIEW DOCUMENT</a></div><p style="font-family:Helvetica;font-size:12px">'
           'Envelope ID: %s</p></body></html>' % (html.escape(sender_name), url, env))
    return deliver(ctx, ev, ch, subject=summ, text=desc, htm=htm, lang=lang, from_name=brand if ch != "icloud" else None, from_email=fe,
                   struct=rng.choice(["mixed_althtml_att", "mixed_html_att", "html_only" if False else "alt_html_cal"]),
                   prof=dict(auth=rng.choice([("pass", "pass", "pass"), ("pass", "pass", "pass"), ("none", "pass", "none")])))


# ------------------------------------------------------------- 4. callback billing scam (Norton/PayPal/Geek Squad)
@cat("callback_billing_scam")
def _(i):
    rng = mkrng("callback_billing_scam", i)
    lang = ["en"] * 7 + ["de", "en", "fr", "en"]
    lang = lang[i % len(lang)]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2020, 2026), rn, re)
    ph = nanp(rng) if lang == "en" else (de_phone(rng) if lang == "de" else fr_phone(rng))
    amt = rng.choice(["$364.88", "USD 499.99", "$289.00", "$749.95", "$599.99", "US$ 398.46"])
    inv = "%s%d" % (rng.choice(["INV-", "NTN", "GSQ", "PP-", "#", "MCF-", ""]), rng.randint(10 ** 6, 10 ** 9))
    brand = rng.choice(["Norton LifeLock", "Geek Squad", "PayPal", "McAfee Total Protection", "Best Buy Geek Squad", "Windows Defender Firewall", "Coinbase"])
    T = [
        ("Your order has been confirmed #%s" % inv,
         "Dear Customer,\n\nThank you for renewing your %s subscription. Your payment of %s has been processed successfully and the amount will be debited within 24 hrs.\n\nInvoice No: %s\nProduct: Total Protection (3 Devices)\nDuration: 2 Years\n\nIf you did not authorize this charge please call our billing department immediately: %s\n\nRegards,\nBilling Team" % (brand, amt, inv, ph)),
        ("Hey, we've locked confirmation for Quotation",
         "%s\nHelpline Number: %s\n\nYour recent renewal of the %s subscription has been completed successfully. The payment of %s has been processed, and your services will remain fully operational during the 48 Months billing period.\n\n• Transaction ID: %s\n• Total Charged: %s\n\nFor refunds or cancellation, contact Service Hotline: %s." % (ctx.arrival.strftime("%A, %d %B %Y"), ph, brand, amt, uuid4(rng), amt, ph)),
        ("PayPal: You sent a payment of %s" % amt,
         "Hello,\n\nYou sent a payment of %s USD to Crypto Exchange Ltd.\nTransaction ID: %sXY%d\n\nIf you don't recognize this transaction, call PayPal Resolution at %s (Mon-Sun 24/7).\n\nPlease do not reply to this email." % (amt, tok(rng, 6).upper(), rng.randint(1000, 9999), ph)),
        ("Auto-Renewal Notice",
         "Hi %s,\nyour membership auto-renewed today.\n\nAmount: %s\nPayment method: Visa ****%04d\n\nDon't want to renew? Cancel within 24 hours for a full refund - dial %s\n" % ((ctx.rcpt_name or "there").split(" ")[0], amt, rng.randint(0, 9999), ph)),
        ("%s" % inv, "CALL %s  -  Order %s  -  %s  -  Amount %s" % (ph, inv, brand, amt)),
        ("Re: Payment Receipt", "Dear user, your account has been charged %s for Geek Squad Premium Tech Support. To cancel call %s." % (amt, ph)),
    ]
    if lang == "de":
        T = [("Ihre Bestellbestätigung %s" % inv, "Sehr geehrter Kunde,\n\nvielen Dank für die Verlängerung Ihres %s-Abonnements. Der Betrag von %s wird innerhalb von 24 Stunden abgebucht.\n\nRechnungsnummer: %s\n\nSie haben diese Zahlung nicht veranlasst? Rufen Sie sofort unsere Abrechnungsabteilung an: %s" % (brand, amt.replace("$", "") + " EUR", inv, ph))]
    if lang == "fr":
        T = [("Confirmation de paiement %s" % inv, "Bonjour,\nvotre abonnement %s a été renouvelé pour %s.\nSi vous n'êtes pas à l'origine de ce paiement, appelez le service facturation au %s.\nCordialement" % (brand, amt.replace("$", "") + " €", ph))]
    summ, desc = T[i % len(T)] if lang == "en" else T[0]
    tz = rng.choice(["America/New_York", "Asia/Kolkata", "America/Los_Angeles", "Asia/Singapore", "UTC"])
    start = at(ctx, tz, rng.choice([0, 1, 1, 3]), rng.randint(0, 23), rng.randint(0, 59))
    fn, fe = gmail_from(rng, rng.choice(["Billing Support", brand, "Service Desk", "Order Confirmation", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + " " + tok(rng, 5)]))
    if i % 5 == 4:
        dom = rng.choice(["ayacucho-college.example", "kyivpoly.example", "colegio-sanjuan.example", "hanoi-uni.example"])
        fe = "%s%d@%s" % (gmail_local(rng).split("@")[0][:10], rng.randint(1, 99), dom)
    ev = E(ctx, tz, start, rng.choice([None, 30, 60]), summ, desc, (fn, fe), alarms=[dict(trigger="-PT%dM" % rng.choice([10, 30]))] if rng.random() < 0.6 else [],
           x=["X-MICROSOFT-CDO-OWNERAPPTID:%d" % -rng.randint(10 ** 8, 2 * 10 ** 9)] if False else [])
    if i % 4 == 2:
        # hosted on a free calendar but delivered through a bulk ESP with a PDF-like attachment name
        dom = spam_domain(rng)
        return deliver(ctx, ev, "esp_" + rng.choice(["sendgrid", "brevo", "mailgun"]), subject=summ, text=desc, lang=lang,
                       from_name=brand, from_email="billing@" + dom, struct="mixed_text_att",
                       att_name=rng.choice(["Invoice_%s.ics" % inv.strip("#"), "receipt.ics", "invite.ics"]))
    hl = {"en": "en", "de": "de", "fr": "fr"}[lang] if rng.random() < 0.7 else rng.choice(["es", "pt", "en"])
    return deliver(ctx, ev, "google", lang=hl, from_name=fn, from_email=fe, workspace=fe.split("@")[1] if not fe.endswith("gmail.com") else None,
                   auth=AUTH(rng, "pass", "softfail" if not fe.endswith("gmail.com") else "pass", "fail" if not fe.endswith("gmail.com") else "pass",
                             d="google.com", sel="20230601", mf=fe, ip=doc_ip(rng), hfrom=fe.split("@")[1], policy="none"))


OUTLANG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL",
           "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR", "ru": "ru-RU", "ja": "ja-JP", "zh": "zh-CN", "ar": "ar-SA",
           "hi": "hi-IN", "id": "id-ID"}
GLANG = ("en", "de", "fr", "es", "pt", "it", "nl")


def spam_send(ctx, lang, ch, summ, desc, sender_name, tz, start, minutes=30, htm=None, subject=None, evkw=None, dkw=None):
    """Deliver a spam event through channel ch with plausible sender identities."""
    rng = ctx.rng
    evkw = dict(evkw or {})
    dkw = dict(dkw or {})
    if ch == "google":
        fn, fe = gmail_from(rng, sender_name)
        ev = E(ctx, tz, start, minutes, summ, desc, (fn, fe), **evkw)
        return deliver(ctx, ev, ch, lang=lang if lang in GLANG else rng.choice(["en", lang if lang in GLANG else "en"]),
                       from_name=fn, from_email=fe, **dkw)
    if ch in ("o365", "outlookcom"):
        dom = company_domain(rng) if ch == "o365" else rng.choice(["outlook.com", "hotmail.com", "outlook.com", "hotmail.fr", "outlook.de"])
        fe = "%s@%s" % (rng.choice(["j.miller", "accounts", "sandra.k", "admin", "office", "m.ross", "reception", "t.nguyen", gmail_local(rng)]), dom)
        ev = E(ctx, tz, start, minutes, summ, None, (sender_name or fe, fe), **evkw)
        return deliver(ctx, ev, ch, subject=subject or summ, text=desc, from_name=sender_name, from_email=fe,
                       lang=OUTLANG.get(lang, "en-US"), region=rng.choice(["EUR", "NAM", "APC"]),
                       org_domain=dom if ch == "o365" else None, **dkw)
    if ch in ("icloud", "yahoo"):
        fe = "%s%d@%s" % (tok(rng, rng.randint(5, 9)).lower(), rng.randint(1, 999), "icloud.com" if ch == "icloud" else rng.choice(["yahoo.com", "yahoo.co.uk", "ymail.com"]))
        ev = E(ctx, tz, start, minutes, summ, desc, (sender_name, fe), **evkw)
        return deliver(ctx, ev, ch, subject=subject or summ, text=desc, htm=htm, lang=lang, from_name=sender_name, from_email=fe, **dkw)
    dom = spam_domain(rng)
    fe = dkw.pop("from_email", None) or "%s@%s" % (rng.choice(["info", "news", "noreply", "service", "hello", "team", "contact", tok(rng, 6).lower()]), dom)
    ev = E(ctx, tz, start, minutes, summ, desc, (sender_name, fe), **evkw)
    if fe.endswith("@example.net"):
        dkw["prof"] = dict(auth=rng.choice([(None, "softfail", "fail"), (None, "fail", "fail"), ("fail", "softfail", "fail")]), policy="quarantine")
    if ch == "selfhosted":
        dkw.setdefault("prof", dict(auth=rng.choice([("pass", "pass", "pass"), ("pass", "pass", "pass"), (None, "pass", "fail"), ("fail", "softfail", "fail"), (None, "none", "none")])))
    dkw.setdefault("struct", rng.choice(["mixed_althtml_att", "mixed_html_att", "alt_html_cal", "mixed_text_att", "alt_cal"]))
    return deliver(ctx, ev, ch, subject=subject or summ, text=desc, htm=htm, lang=lang, from_name=sender_name, from_email=fe, **dkw)


def pick_ch(rng, weights):
    tot = sum(weights.values())
    r = rng.uniform(0, tot)
    for k, w in weights.items():
        r -= w
        if r <= 0:
            return k
    return k


def simple_html(text, link=None, button=None, color="#222"):
    paras = "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
    b = ('<p><a href="%s" style="display:inline-block;padding:12px 22px;background:%s;color:#fff;text-decoration:none;border-radius:4px">%s</a></p>'
         % (link, color, html.escape(button))) if link and button else ""
    return '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">%s%s</body></html>' % (paras, b)


# ------------------------------------------------------------- 5. crypto / investment
@cat("crypto_investment_pitch")
def _(i):
    rng = mkrng("crypto_investment_pitch", i)
    lang = ["en", "de", "nl", "it", "pl", "ru", "tr", "en", "es", "pt"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026), rn, re)
    url = spam_url(rng, rng.choice(["short", "telegram", "sites", "webapp", "netlify", "wix", "telegra"]))
    n = rng.choice(["€", "$", "£"])
    T = {
        "en": [("Your BTC wallet received 0.%d BTC - withdraw now" % rng.randint(2000, 9900),
                "Congratulations! Our AI trading bot generated a profit on your dormant account.\nBalance available: 0.%d BTC (~$%d,%03d)\nWithdrawal window closes in 24 hours: %s" % (rng.randint(2000, 9900), rng.randint(8, 40), rng.randint(0, 999), url)),
               ("Private webinar: how I turned $250 into $9,400 in 30 days",
                "Hi,\n\nJoin my free live session tonight. Spots are limited to 50 people. I will show the exact strategy my students use with the Quantum AI platform.\n\nReserve your seat: %s\n\nTo your success,\nDaniel" % url)],
        "de": [("Passives Einkommen: 1.200 € pro Tag mit Krypto", "Hallo,\nimmer mehr Deutsche verdienen mit dem neuen Bitcoin-Robot. Mindesteinlage nur 250 €. Registrieren Sie sich heute kostenlos:\n%s\nIhr Berater meldet sich innerhalb von 24 Stunden telefonisch." % url)],
        "nl": [("Uw rendement staat klaar: €%d,%02d" % (rng.randint(900, 4000), rng.randint(0, 99)), "Beste belegger,\n\nUw account heeft winst gemaakt via onze automatische handelsstrategie. Bevestig uw gegevens om uit te betalen:\n%s" % url)],
        "it": [("Investi 250€ e ricevi fino a 2.000€ a settimana", "Ciao! Il nuovo metodo che le banche non vogliono farti conoscere. Un consulente ti chiamerà dopo l'iscrizione: %s" % url)],
        "pl": [("Zarabiaj na kryptowalutach z PKN - nowa platforma", "Dzień dobry,\nnowa platforma inwestycyjna pozwala zarobić nawet 5000 zł tygodniowo. Minimalna wpłata 1000 zł.\nZarejestruj się: %s" % url)],
        "ru": [("Ваш доход за неделю: 87 400 ₽", "Здравствуйте!\nВаш брокерский счёт пополнен. Чтобы вывести средства, подтвердите личность в течение 24 часов:\n%s\nСлужба поддержки инвесторов" % url)],
        "tr": [("Bitcoin ile günde 3.500 TL kazanın", "Merhaba,\nYeni yapay zeka destekli yatırım platformumuza katılın. Uzman danışmanımız sizi arayacak.\nKayıt: %s" % url)],
        "es": [("Tu cuenta tiene 0,%d BTC pendientes de retiro" % rng.randint(1000, 9000), "Hola,\nTu saldo está listo para retirar. Completa la verificación aquí: %s\nEl enlace caduca hoy." % url)],
        "pt": [("Renda extra com cripto: R$ 5.000 por semana", "Olá! Descubra a plataforma que está mudando a vida de milhares de brasileiros. Cadastro gratuito: %s" % url)],
    }
    summ, desc = rng.choice(T[lang])
    ch = pick_ch(rng, {"google": 4, "esp_sendgrid": 1, "selfhosted": 2, "outlookcom": 1, "icloud": 1, "esp_brevo": 1})
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.choice([0, 1, 2, 7]), rng.choice([18, 19, 20, 21]))
    htm = simple_html(desc, url, rng.choice(["Withdraw", "Register", "Join now", "Start"]), "#f7931a")
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["Crypto Desk", "Daniel Evans", "Invest Club", "Wallet Notification", "Elena", None]),
                     tz, start, 60, htm, evkw=dict(location=url if rng.random() < 0.4 else None,
                                                   alarms=[dict(trigger="-PT1H")] if rng.random() < 0.4 else []))


# ------------------------------------------------------------- 6. dating / romance bait
@cat("dating_romance_bait")
def _(i):
    rng = mkrng("dating_romance_bait", i)
    lang = ["en", "en", "de", "ru", "fr", "en", "es", "sv", "it", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (0, 23)), rn, re)
    name = rng.choice(["Katya", "Anastasia", "Svetlana", "Julia", "Monica", "Linda", "Natali", "Irina", "Vanessa", "Lisa"])
    url = spam_url(rng, rng.choice(["short", "sites", "webapp", "telegram", "whatsapp", "weebly", "github", "wix"]))
    age = rng.randint(24, 36)
    T = {
        "en": [("Hi dear, I saw your profile", "Hello my dear friend! I am %s, %d years old. I saw your photo and i think you are a very kind man. I want to know you better, please write me to my private email or see my photos here %s\nKisses" % (name, age, url)),
               ("Are you free tonight? ;)", "Hey.. I'm %s, lonely and bored tonight. 3 km from you. Click here to see my private pics %s" % (name, url)),
               ("%s sent you 2 private photos" % name, "%s (%d) wants to chat with you. Reply within 24h or the match expires.\nOpen chat: %s" % (name, age, url)),
               ("Meeting?", "I'm new in your town and looking for someone to show me around :) message me on WhatsApp %s" % url)],
        "de": [("Hallo Schatz, hast du heute Zeit?", "Hallo, ich bin %s (%d) und suche jemanden für ein diskretes Treffen. Schreib mir hier: %s" % (name, age, url))],
        "ru": [("Привет, это %s :)" % name, "Привет! Я %s, мне %d. Увидела твою анкету и решила написать. Мои фото тут: %s" % (name, age, url))],
        "fr": [("Coucou, c'est %s" % name, "Salut, je suis %s, %d ans, célibataire. J'aimerais discuter avec toi, mes photos sont ici %s bisous" % (name, age, url))],
        "es": [("Hola guapo", "Soy %s, tengo %d años y busco una relación seria. Escríbeme aquí: %s" % (name, age, url))],
        "sv": [("Hej! Vill du träffas?", "Hej, jag heter %s och är %d. Jag bor nära dig. Se min profil: %s" % (name, age, url))],
        "it": [("Ciao caro", "Sono %s, %d anni, sola stasera... guarda le mie foto %s" % (name, age, url))],
    }
    summ, desc = rng.choice(T[lang])
    ch = pick_ch(rng, {"google": 5, "icloud": 2, "yahoo": 2, "outlookcom": 1, "selfhosted": 1})
    tz = rng.choice(LANG_TZ[lang] + ["UTC"])
    start = at(ctx, tz, rng.choice([0, 0, 1]), rng.choice([19, 20, 21, 22, 23]))
    return spam_send(ctx, lang, ch, summ, desc, name if rng.random() < 0.7 else "%s %s" % (name, rng.choice(["K.", "M.", "xx", "Love"])),
                     tz, start, rng.choice([60, 120, 180]), simple_html(desc), evkw=dict(location=rng.choice([None, "My place", url, "Hotel"])))


# ------------------------------------------------------------- 7. sextortion
@cat("sextortion_threat")
def _(i):
    rng = mkrng("sextortion_threat", i)
    lang = ["en", "de", "en", "fr", "nl", "it", "en", "es", "en", "pl"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2018, 2026, (0, 23)), rn, re)
    btc = "bc1q" + tok(rng, 38, "023456789acdefghjklmnpqrstuvwxyz") if rng.random() < 0.7 else "1" + tok(rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    amt = rng.choice(["$1350", "$1,650", "1450 USD", "€1.200", "$2000", "950 EUR"])
    T = {
        "en": "Hello pervert,\n\nI hacked your device a few months ago through a malware on an adult site you visited. I have recorded you through your webcam while you were watching videos and I have collected all your contacts.\n\nTransfer %s in Bitcoin to this address:\n%s\n\nYou have 48 hours from the moment you open this invitation. I have a pixel here and I know when you read it. If I do not receive the payment, the video will be sent to all your contacts.\nDon't reply, this address is not monitored.",
        "de": "Hallo,\n\nich habe vor einigen Monaten Zugriff auf Ihr Gerät erhalten und Sie über Ihre Webcam aufgenommen. Überweisen Sie %s in Bitcoin an:\n%s\n\nSie haben 48 Stunden. Danach geht das Video an alle Ihre Kontakte.",
        "fr": "Bonjour,\n\nJ'ai piraté votre appareil et enregistré une vidéo de vous via votre webcam. Envoyez %s en Bitcoin à cette adresse :\n%s\n\nVous avez 48 heures, sinon la vidéo sera envoyée à tous vos contacts.",
        "nl": "Hallo,\n\nIk heb toegang tot uw apparaat en heb u opgenomen via uw webcam. Maak %s in Bitcoin over naar:\n%s\nU heeft 48 uur.",
        "it": "Ciao,\nho accesso al tuo dispositivo e ho registrato un video tramite la webcam. Invia %s in Bitcoin a questo indirizzo:\n%s\nHai 48 ore.",
        "es": "Hola,\nhe hackeado tu dispositivo y te he grabado con tu cámara. Envía %s en Bitcoin a:\n%s\nTienes 48 horas.",
        "pl": "Witaj,\nmam dostęp do Twojego urządzenia i nagrałem Cię kamerą. Przelej %s w Bitcoin na adres:\n%s\nMasz 48 godzin.",
    }
    desc = T[lang] % (amt, btc)
    summ = rng.choice({"en": ["Your account was hacked", "Payment deadline", ctx.rcpt, "Last warning", "I know what you did"],
                       "de": ["Letzte Warnung", "Zahlungsfrist"], "fr": ["Dernier avertissement"], "nl": ["Laatste waarschuwing"],
                       "it": ["Ultimo avviso"], "es": ["Último aviso"], "pl": ["Ostatnie ostrzeżenie"]}[lang])
    tz = "UTC" if rng.random() < 0.5 else rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, 2, rng.randint(0, 23))
    ch = pick_ch(rng, {"google": 2, "selfhosted": 4, "outlookcom": 2, "php": 2})
    alarms = [dict(trigger="-PT%dH" % h) for h in rng.sample([1, 6, 12, 24, 36, 47], rng.randint(1, 4))]
    return spam_send(ctx, lang, ch, summ, desc, None if rng.random() < 0.5 else ctx.rcpt.split("@")[0], tz, start, 15, None,
                     evkw=dict(alarms=alarms),
                     dkw=dict(from_email=ctx.rcpt) if ch in ("selfhosted", "php") and rng.random() < 0.5 else None)


# ------------------------------------------------------------- 8. prize / survey / gift card
@cat("prize_survey_reward")
def _(i):
    rng = mkrng("prize_survey_reward", i)
    lang = ["en", "nl", "de", "fr", "en", "es", "pt", "it", "sv", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2018, 2026), rn, re)
    url = spam_url(rng, rng.choice(["forms", "short", "typeform", "jotform", "webapp", "r2", "pages", "canva", "notion"]))
    store = rng.choice(["Costco", "Lidl", "Amazon", "Walmart", "ALDI", "Kaufland", "Carrefour", "IKEA", "Jumbo"])
    T = {
        "en": [("Congratulations! You have been selected", "Dear %s customer,\n\nYou have been chosen to take part in our 30-second loyalty survey. Complete it and receive a %s Gift Card worth $500.\n\nStart survey: %s\n\nOnly 3 rewards left today." % (store, store, url)),
               ("Your reward is waiting (ref. %d)" % rng.randint(10000, 99999), "Hi! You've won a brand-new iPhone 15 Pro in our monthly draw. Just pay the $1.95 shipping fee to claim: %s" % url),
               ("FINAL NOTICE: Unclaimed Prize", "Our records show you have an unclaimed reward of $750. Claim before midnight: %s" % url)],
        "nl": [("Gefeliciteerd! U bent geselecteerd", "Beste klant van %s,\n\nU bent willekeurig gekozen voor onze klantenenquête. Beantwoord 5 vragen en ontvang een cadeaukaart van €500.\n%s\nUw postcode sluit bijna!" % (store, url))],
        "de": [("Ihre Meinung ist uns 500 € wert", "Liebe %s-Kundin, lieber %s-Kunde,\nnehmen Sie an unserer kurzen Umfrage teil und sichern Sie sich einen Einkaufsgutschein über 500 €.\nJetzt teilnehmen: %s" % (store, store, url))],
        "fr": [("Félicitations, vous avez gagné !", "Bonjour,\nvous avez été sélectionné pour recevoir une carte cadeau %s de 500 €. Il vous suffit de répondre à notre questionnaire : %s" % (store, url))],
        "es": [("¡Enhorabuena! Ha sido seleccionado", "Estimado cliente, responda a nuestra encuesta y reciba una tarjeta regalo de %s por valor de 500 €: %s" % (store, url))],
        "pt": [("Parabéns! Você ganhou um prêmio", "Olá! Você foi sorteado para receber um vale-compras %s de R$ 1.000. Responda a pesquisa: %s" % (store, url))],
        "it": [("Congratulazioni! Sei stato selezionato", "Gentile cliente %s, rispondi a 5 domande e ricevi un buono da 500€: %s" % (store, url))],
        "sv": [("Grattis! Du har valts ut", "Hej! Svara på vår korta enkät och få ett presentkort från %s värt 5 000 kr: %s" % (store, url))],
    }
    summ, desc = rng.choice(T[lang])
    summ = rng.choice([summ, "🎁 " + summ, summ.upper(), summ + " ✅"])
    ch = pick_ch(rng, {"google": 4, "esp_sendgrid": 2, "selfhosted": 2, "esp_mailgun": 1, "outlookcom": 1, "icloud": 1})
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, 0, rng.randint(8, 22))
    return spam_send(ctx, lang, ch, summ, desc, rng.choice([store + " Rewards", "Customer Survey", "Prize Department", store, "Promo Team"]),
                     tz, start, rng.choice([30, 60, 1440]), simple_html(desc, url, "Claim", "#e31837"))


# ------------------------------------------------------------- 9. parcel / customs fees
@cat("parcel_customs_fee")
def _(i):
    rng = mkrng("parcel_customs_fee", i)
    lang = ["en", "de", "nl", "es", "fr", "en", "pl", "it", "pt", "ja"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2019, 2026), rn, re)
    url = spam_url(rng, rng.choice(["lookalike", "short", "webapp", "pages", "netlify", "r2", "workers"]))
    carrier = {"en": rng.choice(["USPS", "DHL Express", "Royal Mail", "FedEx", "UPS"]), "de": "DHL", "nl": "PostNL", "es": "Correos",
               "fr": "La Poste Colissimo", "pl": "InPost", "it": "Poste Italiane", "pt": "Correios", "ja": "ヤマト運輸"}[lang]
    trk = "%s%d%s" % (rng.choice(["RR", "LX", "JD", "CP", "UA", "00"]), rng.randint(10 ** 8, 10 ** 9), rng.choice(["DE", "NL", "US", "GB", "ES", ""]))
    fee = {"en": "$2.99", "de": "1,99 €", "nl": "€ 1,95", "es": "2,99 €", "fr": "1,99 €", "pl": "2,50 zł", "it": "1,99 €", "pt": "R$ 12,90", "ja": "330円"}[lang]
    T = {"en": "%s: Your package %s could not be delivered due to an incomplete address. A redelivery fee of %s applies.\nSchedule redelivery: %s\nIf not updated within 48 hours the package will be returned to sender.",
         "de": "%s: Ihr Paket %s konnte nicht zugestellt werden. Bitte bezahlen Sie die Zollgebühr von %s, um die Zustellung freizugeben:\n%s",
         "nl": "%s: Uw pakket %s staat klaar, maar er moet nog %s aan invoerkosten betaald worden.\nBetaal hier: %s",
         "es": "%s: Su envío %s está retenido en aduana. Tasa pendiente: %s.\nPague aquí: %s",
         "fr": "%s : Votre colis %s est en attente. Des frais de %s sont nécessaires pour la livraison.\n%s",
         "pl": "%s: Twoja paczka %s oczekuje na dopłatę %s. Opłać teraz: %s",
         "it": "%s: la spedizione %s è in giacenza. Paga %s per la riconsegna: %s",
         "pt": "%s: Sua encomenda %s foi taxada. Pague a taxa de %s para liberar: %s",
         "ja": "【%s】お荷物(%s)をお届けにあがりましたが不在のため持ち帰りました。再配達手数料%sをお支払いください。%s"}
    desc = T[lang] % (carrier, trk, fee, url)
    summ = rng.choice({"en": ["Delivery attempt failed", "Action required: package %s" % trk, "Your parcel is on hold"],
                       "de": ["Zustellung fehlgeschlagen", "Paket %s wartet" % trk], "nl": ["Uw pakket wacht op betaling"],
                       "es": ["Envío retenido"], "fr": ["Colis en attente"], "pl": ["Paczka czeka na dopłatę"],
                       "it": ["Spedizione in giacenza"], "pt": ["Encomenda taxada"], "ja": ["不在通知"]}[lang])
    ch = pick_ch(rng, {"google": 3, "selfhosted": 3, "esp_ses": 1, "php": 2, "outlookcom": 1})
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.choice([0, 1]), rng.randint(8, 18))
    return spam_send(ctx, lang, ch, summ, desc, rng.choice([carrier, carrier + " Notification", "Delivery Service", "Tracking"]),
                     tz, start, 120, simple_html(desc, url, "Track", "#ffcc00"))


# ------------------------------------------------------------- 10. tax / government refund
@cat("gov_tax_refund")
def _(i):
    rng = mkrng("gov_tax_refund", i)
    lang = ["en", "en", "de", "fr", "es", "it", "en", "hi", "id", "tr"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    url = spam_url(rng, rng.choice(["lookalike", "webapp", "blob", "gcs", "short", "firebase", "sites"]))
    T = {
        "en": [("HMRC: You are eligible for a tax refund", "HM Revenue & Customs\n\nAfter the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £%d.%02d.\nPlease submit the tax refund request and allow us 3-5 working days to process it.\n\n%s\n\nReference: %s" % (rng.randint(200, 900), rng.randint(0, 99), url, tok(rng, 10).upper())),
               ("IRS Notice: Pending refund (Form 1040)", "Internal Revenue Service\nYour federal tax refund of $%d.%02d is on hold. Verify your identity to release the payment: %s" % (rng.randint(500, 3000), rng.randint(0, 99), url))],
        "de": [("Finanzamt: Steuererstattung %d" % (ctx.arrival.year - 1), "Sehr geehrte Steuerzahlerin, sehr geehrter Steuerzahler,\n\nnach Prüfung Ihrer Einkommensteuererklärung steht Ihnen eine Erstattung von %d,%02d EUR zu. Bitte bestätigen Sie Ihre Bankverbindung über ELSTER:\n%s\n\nIhr Bundeszentralamt für Steuern" % (rng.randint(200, 1500), rng.randint(0, 99), url))],
        "fr": [("impots.gouv.fr : remboursement en attente", "Madame, Monsieur,\nsuite au calcul de votre impôt, vous bénéficiez d'un remboursement de %d,%02d €. Merci de compléter le formulaire : %s\nDirection générale des Finances publiques" % (rng.randint(200, 900), rng.randint(0, 99), url))],
        "es": [("Agencia Tributaria: devolución pendiente", "Estimado contribuyente, tiene una devolución de %d,%02d € pendiente. Acceda para confirmar sus datos bancarios: %s" % (rng.randint(200, 900), rng.randint(0, 99), url))],
        "it": [("Agenzia delle Entrate: rimborso IRPEF", "Gentile contribuente, risulta un rimborso di %d,%02d € a suo favore. Compili il modulo: %s" % (rng.randint(200, 900), rng.randint(0, 99), url))],
        "hi": [("आयकर विभाग: आपका रिफंड स्वीकृत", "प्रिय करदाता, आपका ₹%d का आयकर रिफंड स्वीकृत हो गया है। कृपया अपने बैंक खाते का सत्यापन करें: %s" % (rng.randint(5000, 40000), url))],
        "id": [("DJP: Pengembalian pajak Anda", "Yth. Wajib Pajak, Anda berhak menerima pengembalian pajak sebesar Rp %d.000. Silakan verifikasi data rekening Anda: %s" % (rng.randint(500, 5000), url))],
        "tr": [("GİB: Vergi iadeniz hazır", "Sayın mükellef, %d TL vergi iadeniz onaylanmıştır. Banka bilgilerinizi doğrulayın: %s" % (rng.randint(500, 5000), url))],
    }
    summ, desc = rng.choice(T[lang])
    ch = pick_ch(rng, {"google": 3, "selfhosted": 3, "esp_sendgrid": 1, "o365": 2, "php": 1})
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.choice([0, 1, 3]), rng.randint(9, 16))
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["Tax Refund Office", "HMRC", "Finanzamt", "Revenue Service", "Refund Dept.", None]),
                     tz, start, 60, simple_html(desc, url, "Submit", "#005ea5"))


# ------------------------------------------------------------- 11. executive urgent request (BEC)
@cat("exec_urgent_request")
def _(i):
    rng = mkrng("exec_urgent_request", i)
    lang = ["en", "en", "de", "fr", "en", "nl", "es", "en", "it", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026), rn, re)
    boss = rng.choice(["Richard Harlow", "Susan Meyer", "Thomas Brenner", "Claire Dubois", "Michael Grant", "Hendrik Jansen", "Laura Castillo"])
    first = (ctx.rcpt_name or "").split(" ")[0]
    T = {
        "en": [("Quick task", "%s, are you available? I need you to handle a task for me discreetly. I'm in a meeting and can only reply by email. Let me know asap.\n\n%s\nSent from my iPhone" % (first or "Hi", boss)),
               ("Urgent wire - confidential", "Hi,\n\nWe are closing an acquisition today and I need a wire of $%d,%03d processed before 3pm. Our lawyer will send the details. Keep this between us until the announcement.\n\nThanks\n%s" % (rng.randint(18, 96), rng.randint(0, 999), boss)),
               ("Gift cards for staff", "I need you to pick up 8 Apple gift cards, $200 each, for a client appreciation. Scratch the back and send me pictures of the codes. I will reimburse you today.\n%s" % boss),
               ("Change of payroll account", "Hello, I changed my bank recently. Please update my direct deposit before the next pay run, I'll send the new details. %s" % boss)],
        "de": [("Kurze Bitte", "Hallo %s,\nbist du gerade am Platz? Ich brauche kurzfristig deine Hilfe bei einer vertraulichen Überweisung. Bitte nur per E-Mail antworten, ich bin im Termin.\nGruß\n%s" % (first, boss))],
        "fr": [("Demande confidentielle", "Bonjour %s,\nJ'ai besoin que vous traitiez un virement urgent et confidentiel aujourd'hui. Êtes-vous disponible ?\n%s\nEnvoyé de mon iPhone" % (first, boss))],
        "nl": [("Even snel", "Hoi %s, ben je beschikbaar? Ik heb een dringende betaling nodig vandaag, graag discreet.\n%s" % (first, boss))],
        "es": [("Urgente", "Hola %s, ¿estás disponible? Necesito que gestiones una transferencia confidencial hoy mismo.\n%s" % (first, boss))],
        "it": [("Richiesta riservata", "Ciao %s, sei disponibile? Ho bisogno di un bonifico urgente entro oggi, massima riservatezza.\n%s" % (first, boss))],
    }
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, 0, min(23, utc_to_local(tz, ctx.arrival).hour + 1), rng.choice([0, 30]))
    ch = pick_ch(rng, {"google": 3, "outlookcom": 3, "selfhosted": 2, "o365": 2})
    if ch == "selfhosted":
        # look-alike of the recipient's own domain
        dom = rng.choice(["examp1e.net", "example-net.example", "exarnple.net", "example.net.co", "xn--exmple-cua.net"])
        fe = "%s@%s" % (boss.split(" ")[0].lower(), dom)
        ev = E(ctx, tz, start, 15, summ, desc, (boss, fe))
        return deliver(ctx, ev, "selfhosted", subject=summ, text=desc, lang=lang, from_name=boss, from_email=fe,
                       struct=rng.choice(["alt_cal", "mixed_text_att", "mixed_text_cal"]), dialect="sloppy", reply_to=gmail_local(rng) + "@gmail.com" if rng.random() < 0.5 else None,
                       prof=dict(auth=("pass", "pass", "pass")))
    return spam_send(ctx, lang, ch, summ, desc, boss, tz, start, 15, None,
                     dkw=dict() if ch != "google" else None)


# ------------------------------------------------------------- 12. invoice / payment lure
@cat("invoice_payment_lure")
def _(i):
    rng = mkrng("invoice_payment_lure", i)
    lang = ["en", "de", "en", "fr", "pl", "en", "nl", "es", "sv", "pt"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    url = spam_url(rng, rng.choice(["dropbox", "onedrive", "webapp", "gcs", "blob", "lookalike", "r2", "canva"]))
    no = "%s%d" % (rng.choice(["INV", "RE-", "FV/", "F", "2024-", "#"]), rng.randint(10000, 999999))
    amt = rng.choice(["4,870.00 USD", "12.340,50 EUR", "€ 2.180,00", "3 499,00 zł", "£1,945.20", "R$ 7.820,00", "18 450 SEK"])
    T = {"en": "Hello,\n\nPlease find attached invoice %s for %s which is now overdue. Kindly arrange payment today to avoid service interruption.\n\nView invoice: %s\n\nBest regards,\nAccounts Receivable",
         "de": "Guten Tag,\n\nanbei erhalten Sie die Rechnung %s über %s. Die Zahlung ist überfällig. Bitte begleichen Sie den Betrag umgehend.\n\nRechnung ansehen: %s\n\nMit freundlichen Grüßen\nBuchhaltung",
         "fr": "Bonjour,\n\nVeuillez trouver la facture %s d'un montant de %s, échue depuis 15 jours.\nConsulter la facture : %s\n\nCordialement,\nService comptabilité",
         "pl": "Dzień dobry,\n\nw załączeniu faktura %s na kwotę %s. Termin płatności minął.\nPobierz fakturę: %s\n\nPozdrawiam\nDział księgowości",
         "nl": "Goedemiddag,\n\nHierbij factuur %s ter hoogte van %s. De betaaltermijn is verstreken.\nBekijk de factuur: %s\n\nMet vriendelijke groet,\nAdministratie",
         "es": "Buenos días,\n\nLe adjuntamos la factura %s por %s, vencida. Rogamos realice el pago hoy.\nVer factura: %s\n\nSaludos,\nContabilidad",
         "sv": "Hej,\n\nBifogat finns faktura %s på %s som har förfallit. Vänligen betala idag.\nVisa faktura: %s\n\nMvh\nEkonomi",
         "pt": "Olá,\n\nSegue a fatura %s no valor de %s, vencida. Por favor, efetue o pagamento hoje.\nVisualizar fatura: %s\n\nAtenciosamente,\nFinanceiro"}
    desc = T[lang] % (no, amt, url)
    summ = {"en": "Overdue invoice %s", "de": "Zahlungserinnerung %s", "fr": "Facture impayée %s", "pl": "Faktura %s - przypomnienie",
            "nl": "Herinnering factuur %s", "es": "Factura vencida %s", "sv": "Påminnelse faktura %s", "pt": "Fatura vencida %s"}[lang] % no
    ch = pick_ch(rng, {"o365": 4, "google": 2, "selfhosted": 2, "esp_mailgun": 1, "php": 1})
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.choice([0, 1, 2]), rng.randint(9, 16))
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["Accounts Receivable", "Billing", "Buchhaltung", "M. Kowalski", "Finance Dept", None]),
                     tz, start, 30, simple_html(desc, url, "View invoice", "#2b579a"),
                     dkw=dict(att_name=rng.choice(["%s.ics" % no.replace("/", "_"), "Invoice.pdf.ics", "invite.ics", "Rechnung.ics"])) if ch in ("selfhosted", "esp_mailgun", "php") else None)


# ------------------------------------------------------------- 13. job offer / advance fee
@cat("job_advance_fee")
def _(i):
    rng = mkrng("job_advance_fee", i)
    lang = ["en", "en", "es", "de", "en", "ru", "zh", "en", "ar", "id"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    url = spam_url(rng, rng.choice(["telegram", "whatsapp", "forms", "sites", "short"]))
    T = {
        "en": [("Remote position - $450/day", "Hello,\n\nWe are hiring part-time online assistants. Work 60-90 minutes a day from your phone, daily pay $200-$450. No experience required. Age 22+.\n\nContact our HR manager on WhatsApp: %s" % url),
               ("Interview invitation - Amazon Product Reviewer", "Dear candidate,\nYour resume was shortlisted. Please add our recruiter on Telegram to schedule the interview: %s\nTraining deposit is refundable after the first task." % url),
               ("Partnership proposal", "Dear friend,\nI am Barrister James Okoro, attorney to the late engineer who died with his family leaving a deposit of US$8.5 million with no next of kin. I seek your consent to present you as beneficiary. Reply to my private email with your full name and phone number."),
               ("Compensation fund release", "This is to inform you that your compensation payment of $1,500,000.00 has been approved by the United Nations. Contact the paying bank with the release fee receipt: %s" % url)],
        "es": [("Oferta de empleo desde casa", "Hola, buscamos personas para trabajo en línea, 1 hora al día, ganancias de 150€ diarios. Contacta por WhatsApp: %s" % url)],
        "de": [("Nebenjob: 300 € am Tag", "Hallo, wir suchen Mitarbeiter für einfache Online-Aufgaben (30-60 Min/Tag). Vergütung täglich. Kontakt über Telegram: %s" % url)],
        "ru": [("Удалённая работа 5000 ₽ в день", "Здравствуйте! Требуются сотрудники на удалённую работу, 1-2 часа в день. Оплата ежедневно. Пишите в Telegram: %s" % url)],
        "zh": [("兼职招聘 日结300元", "您好，我们招聘线上兼职，每天1-2小时，手机即可操作，日结工资。联系客服：%s" % url)],
        "ar": [("فرصة عمل من المنزل", "مرحباً، نبحث عن موظفين للعمل عبر الإنترنت ساعة واحدة يومياً براتب يومي. تواصل عبر واتساب: %s" % url)],
        "id": [("Lowongan kerja paruh waktu", "Halo, kami mencari karyawan paruh waktu online, 1 jam per hari, gaji harian Rp 500.000. Hubungi via WhatsApp: %s" % url)],
    }
    summ, desc = rng.choice(T[lang])
    ch = pick_ch(rng, {"google": 4, "yahoo": 2, "outlookcom": 2, "selfhosted": 1, "icloud": 1})
    tz = rng.choice(LANG_TZ[lang] + ["UTC"])
    start = at(ctx, tz, rng.choice([0, 1, 2]), rng.randint(9, 20))
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["HR Department", "Recruitment Team", "Barrister James Okoro", "Talent Hub", None]),
                     tz, start, 60, None, evkw=dict(sentby=gmail_local(rng) + "@gmail.com" if ch == "yahoo" and rng.random() < 0.6 else None))


# ------------------------------------------------------------- 14. payload only in the .ics
@cat("ics_only_payload")
def _(i):
    rng = mkrng("ics_only_payload", i)
    lang = ["en", "de", "en", "fr", "it", "en", "nl", "pt", "en", "ja"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2018, 2026), rn, re)
    url = spam_url(rng)
    ph = nanp(rng)
    payloads = [("Account Suspended - Verify Now", "Your account has been suspended due to unusual activity. Restore access: %s" % url),
                ("Order #%d confirmed - call %s to cancel" % (rng.randint(10 ** 5, 10 ** 6), ph), "Charged $%d.99. Not you? Call %s" % (rng.randint(200, 800), ph)),
                ("Claim your reward", "You have 1 pending reward. Claim: %s" % url),
                ("Mailbox quota exceeded", "Upgrade storage now: %s" % url),
                ("Your subscription renewed", "Refund department: %s" % ph)]
    summ, desc = rng.choice(payloads)
    body = rng.choice(["", "", " ", "\n", "Please see attached.", "Hi,\n\nSee the calendar invite.\n", "Thanks", "Sent from my iPhone",
                       {"de": "Anbei die Einladung.", "fr": "Ci-joint l'invitation.", "it": "In allegato l'invito.", "nl": "Zie bijlage.",
                        "pt": "Segue o convite.", "ja": "添付をご確認ください。", "en": "FYI"}[lang]])
    tz = rng.choice(["UTC", "America/New_York", None])
    start = at(ctx, tz or "UTC", rng.choice([0, 1]), rng.randint(8, 20))
    dom = spam_domain(rng)
    fe = "%s@%s" % (rng.choice(["noreply", "calendar", "events", tok(rng, 7).lower()]), dom)
    ev = E(ctx, tz, start, 30, summ, desc, (None, fe), location=url if rng.random() < 0.6 else None, url=url if rng.random() < 0.3 else None,
           alarms=[dict(trigger="-PT0M")] if rng.random() < 0.5 else [])
    ch = pick_ch(rng, {"selfhosted": 4, "esp_sendgrid": 2, "php": 2, "esp_ses": 1, "google": 2})
    if ch == "google":
        fn, fe = gmail_from(rng)
        ev["org"] = (fn, fe)
        ev["desc"] = desc
        return deliver(ctx, ev, "google", lang="en", from_name=fn, from_email=fe)
    struct = rng.choice(["cal_only", "att_only", "mixed_text_att", "mixed_text_cal", "alt_cal"])
    return deliver(ctx, ev, ch, subject=rng.choice(["", "Invitation", "(no subject)", "Meeting", summ.split(" - ")[0], "Re:", "Update"]),
                   text=body, htm=None, lang=lang, from_name=rng.choice([None, "Calendar", "Events", fe.split("@")[0]]), from_email=fe,
                   struct=struct, dialect=rng.choice(["generic", "sloppy"]),
                   prodid=rng.choice(["-//ical.marudot.com//iCal Event Maker", "-//hacksw/handcal//NONSGML v1.0//EN", "-//sebbo.net//ical-generator//EN",
                                      "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//PHP//iCal//EN", "-//Eluceo/ical//2.0/EN", "-//arran4//Golang ICS Library"]),
                   ics_opts=dict(no_created=rng.random() < 0.5, no_lm=True, no_seq0=rng.random() < 0.5,
                                 no_end_vcal=i % 4 == 1, no_uid=i % 4 == 2, no_version=i % 3 == 0),
                   att_name=rng.choice(["invite.ics", "event.ics", "calendar.ics", "meeting.ics", None]),
                   prof=dict(auth=rng.choice([("pass", "pass", "pass"), ("pass", "pass", "none"), (None, "pass", "none"), (None, "softfail", "fail")])))


# ------------------------------------------------------------- 15. nagging alarms / recurrences
@cat("alarm_recurrence_nag")
def _(i):
    rng = mkrng("alarm_recurrence_nag", i)
    lang = ["en", "en", "de", "es", "en", "ru", "it", "en", "tr", "pl"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026), rn, re)
    url = spam_url(rng)
    ph = nanp(rng)
    T = {"en": [("URGENT: Your PC is infected - call %s" % ph, "Windows Defender detected 5 threats. Call certified technicians %s immediately." % ph),
                ("Daily reminder: claim your $1000 bonus", "Your bonus expires soon: %s" % url),
                ("Payment overdue - final reminder", "Pay now to avoid suspension: %s" % url),
                ("Weight loss: take 1 capsule", "Keto Burn - 70%% off today only %s" % url)],
         "de": [("Erinnerung: Ihr Gewinn verfällt", "Jetzt einlösen: %s" % url)], "es": [("Recordatorio: premio pendiente", "Reclame hoy: %s" % url)],
         "ru": [("Напоминание: ваш бонус сгорает", "Заберите сейчас: %s" % url)], "it": [("Promemoria: il tuo premio scade", "Riscatta ora: %s" % url)],
         "tr": [("Hatırlatma: ödülünüz sona eriyor", "Hemen alın: %s" % url)], "pl": [("Przypomnienie: Twoja nagroda wygasa", "Odbierz teraz: %s" % url)]}
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"])
    start = at(ctx, tz, 0, rng.randint(6, 10))
    rr = rng.choice(["FREQ=DAILY", "FREQ=HOURLY;INTERVAL=%d" % rng.choice([1, 2, 3, 4]), "FREQ=MINUTELY;INTERVAL=30", "FREQ=DAILY;COUNT=365",
                     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", "FREQ=DAILY;UNTIL=%d1231T235959Z" % (ctx.arrival.year + rng.choice([5, 10, 30]))])
    nal = rng.choice([4, 6, 10, 20, 48])
    alarms = []
    for k in range(nal):
        act = rng.choice(["DISPLAY", "DISPLAY", "AUDIO", "EMAIL"] if k else ["DISPLAY"])
        a = dict(trigger="-PT%dM" % (k * rng.choice([5, 10, 15, 30])), action=act, desc=summ)
        if act == "EMAIL":
            a.update(summary=summ, to=ctx.rcpt)
        if rng.random() < 0.3:
            a.update(repeat=rng.choice([5, 10, 99]), duration="PT%dM" % rng.choice([1, 5, 10]))
        alarms.append(a)
    ch = pick_ch(rng, {"google": 2, "selfhosted": 4, "php": 2, "esp_sendgrid": 1, "outlookcom": 1})
    if ch == "google":
        # Google keeps only one alarm of its own, but recurrence survives
        alarms = alarms[:1]
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["Reminder", "Alert", "Support", "Notification Center", None]), tz, start,
                     rng.choice([5, 15, 60]), None, evkw=dict(rrule=rr, alarms=alarms, location=ph if "call" in summ.lower() else url,
                                                              transp=rng.choice(["OPAQUE", "TRANSPARENT"])),
                     dkw=dict(dialect="sloppy", struct=rng.choice(["alt_cal", "mixed_text_att", "cal_only"])) if ch in ("selfhosted", "php") else None)


# ------------------------------------------------------------- 16. mass invitation blast
@cat("mass_attendee_blast")
def _(i):
    rng = mkrng("mass_attendee_blast", i)
    lang = ["en", "zh", "en", "es", "ru", "en", "de", "ja", "en", "ar"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (0, 23)), rn, re)
    url = spam_url(rng)
    n = rng.choice([45, 80, 120, 200, 350, 500])
    first = ["anna", "b.smith", "chris", "dave", "eva", "frank", "gina", "hans", "ivan", "jules", "kim", "leo", "maria", "nina",
             "omar", "paul", "qin", "rita", "sam", "tom", "ulla", "vic", "wei", "xena", "yuri", "zoe", "sales", "info", "admin", "hr"]
    doms = ["example.net", "example.com", "example.org", "mail.example", "post.example", "web.example", "inbox.example", "net.example"]
    atts = [me(ctx)]
    seen = {ctx.rcpt}
    while len(atts) < n:
        e = "%s%s@%s" % (rng.choice(first), rng.choice(["", str(rng.randint(1, 999)), "." + tok(rng, 3).lower()]), rng.choice(doms))
        if e not in seen:
            seen.add(e)
            atts.append(dict(cn=None, email=e, rsvp=rng.choice(["TRUE", "FALSE"])))
    rng.shuffle(atts)
    T = {"en": [("Black Friday mega sale - 90% OFF", "Luxury watches, bags and sunglasses. Free shipping worldwide: %s" % url),
                ("Free iPhone giveaway for 100 lucky winners", "Register now: %s" % url),
                ("Work from home opportunity", "Earn $500 a day. Details: %s" % url)],
         "zh": [("特价促销 名表 包包 一折", "全球包邮 %s" % url)], "es": [("Oferta exclusiva solo hoy", "Hasta 90%% de descuento: %s" % url)],
         "ru": [("Распродажа брендов -90%", "Бесплатная доставка: %s" % url)], "de": [("Mega Sale -90%", "Nur heute: %s" % url)],
         "ja": [("大セール 90%OFF", "送料無料 %s" % url)], "ar": [("تخفيضات كبرى 90%", "شحن مجاني: %s" % url)]}
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(["Asia/Shanghai", "UTC", "America/Los_Angeles", "Europe/Moscow"])
    start = at(ctx, tz, rng.choice([0, 1]), rng.randint(0, 23))
    ch = pick_ch(rng, {"google": 3, "yahoo": 2, "icloud": 2, "selfhosted": 2, "outlookcom": 1})
    ev_kw = dict(seq=rng.choice([0, 0, 1, 45, 213, 1187]))
    if ch == "google":
        fn, fe = gmail_from(rng)
        ev = E(ctx, tz, start, 60, summ, desc, (fn, fe), atts, **ev_kw)
        return deliver(ctx, ev, "google", lang=lang if lang in GLANG else "en", from_name=fn, from_email=fe,
                       guests_shown=[a["email"] for a in atts[:rng.randint(5, 30)]])
    if ch in ("o365", "outlookcom"):
        fe = gmail_local(rng) + "@" + rng.choice(["outlook.com", "hotmail.com"])
        ev = E(ctx, tz, start, 60, summ, None, (fe, fe), atts, **ev_kw)
        return deliver(ctx, ev, ch, subject=summ, text=desc, from_name=None, from_email=fe,
                       to_list=[(None, a["email"]) for a in atts[:rng.randint(20, 60)]])
    return spam_send(ctx, lang, ch, summ, desc, None, tz, start, 60, None, evkw=dict(atts=atts, **ev_kw),
                     dkw=dict(to=", ".join(a["email"] for a in atts[:rng.randint(3, 40)])) if ch not in ("icloud", "yahoo") and rng.random() < 0.5
                     else dict(hidden_to=True) if ch not in ("icloud", "yahoo") else None)


# ------------------------------------------------------------- 17. obfuscated text and encodings
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "M": "М", "P": "Р", "A": "А", "O": "О", "C": "С", "T": "Т"}


def zw(rng, s, rate=0.4):
    return "".join(c + (rng.choice(ZW) if c.isalpha() and rng.random() < rate else "") for c in s)


def homo(rng, s, rate=0.5):
    return "".join(HOMO[c] if c in HOMO and rng.random() < rate else c for c in s)


@cat("obfuscated_encoding")
def _(i):
    rng = mkrng("obfuscated_encoding", i)
    lang = ["en", "en", "de", "en", "fr", "en", "ru", "en", "es", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2018, 2026), rn, re)
    url = spam_url(rng, rng.choice(["lookalike", "short", "ipfs", "r2", "webapp"]))
    ph = nanp(rng)
    base = rng.choice([("PayPal: Payment of $499.99 sent", "PayPal Billing. You sent $499.99 to Coinbase. Not you? Call %s" % ph),
                       ("Microsoft 365: Password expires today", "Keep your password: %s" % url),
                       ("Norton Renewal Invoice", "Your Norton 360 plan renewed for $389.00. Support: %s" % ph),
                       ("Amazon: Order on hold", "Verify payment method: %s" % url),
                       ("DocuSign: Document ready", "Review and sign: %s" % url)])
    trick = ["zw", "homo", "b64cal", "qpcal", "misnamed", "htmlonly", "mixed", "entities", "b64subj", "octet"][i % 10]
    summ, desc = base
    if trick in ("zw", "mixed"):
        summ, desc = zw(rng, summ), zw(rng, desc, 0.25)
    if trick in ("homo", "mixed"):
        summ, desc = homo(rng, summ), homo(rng, desc, 0.3)
    if trick == "entities":
        desc = desc.replace("a", "&#97;").replace("P", "&#80;")
    tz = rng.choice(["UTC", "America/New_York"])
    start = at(ctx, tz, rng.choice([0, 1]), rng.randint(8, 20))
    dom = spam_domain(rng)
    fe = "%s@%s" % (rng.choice(["service", "billing", "no-reply", "alerts"]), dom)
    fn = homo(rng, rng.choice(["PayPal", "Microsoft", "Norton", "Amazon", "DocuSign"]), 0.6) if trick != "zw" else zw(rng, "Service Billing", 0.5)
    ev = E(ctx, tz, start, 30, summ, desc, (fn, fe), location=ph if "Call" in desc else None)
    pad = "".join(rng.choice(["the ", "weather ", "garden ", "river ", "morning ", "lunch ", "music "]) for _ in range(rng.randint(20, 60)))
    kw = dict(subject=summ, lang=lang, from_name=fn, from_email=fe, dialect=rng.choice(["generic", "sloppy"]),
              prof=dict(auth=rng.choice([("pass", "pass", "pass"), ("pass", "pass", "none"), (None, "softfail", "fail")])))
    text = desc
    htm = simple_html(desc, url, "Review")
    if trick == "b64cal":
        return deliver(ctx, ev, "selfhosted", text=text, htm=htm, struct="alt_html_cal", ics_cte="base64", **kw)
    if trick == "qpcal":
        return deliver(ctx, ev, "esp_sendgrid", text=text, htm=htm, struct="alt_html_cal", ics_cte="quoted-printable", **kw)
    if trick == "misnamed":
        return deliver(ctx, ev, "selfhosted", text="Please find the document attached.", struct="mixed_text_att",
                       att_name=rng.choice(["Invoice_%d.pdf" % rng.randint(1000, 9999), "Voicemail.mp3", "scan.jpg", "Statement.docx"]),
                       att_type=rng.choice(["application/pdf", "application/octet-stream", "text/calendar"]), **kw)
    if trick == "htmlonly":
        htm2 = ('<html><body><div style="display:none;font-size:0;color:#fff">%s</div>%s<img src="https://i.%s/o.gif?u=%s" width="1" height="1"></body></html>'
                % (pad, simple_html(desc, url, "Open")[60:-14], dom, tok(rng, 12)))
        return deliver(ctx, ev, "selfhosted", htm=htm2, struct="mixed_html_cal", **kw)
    if trick == "b64subj":
        kw["subj_enc"] = ("utf-8", "B")
        kw["subject"] = "\u2063" + summ + " \u2709\ufe0f"
        return deliver(ctx, ev, "php", text=desc + "\n\n" + pad, struct="alt_cal", text_cte="base64", ics_cte="base64", **kw)
    if trick == "octet":
        return deliver(ctx, ev, "selfhosted", text=pad, struct="mixed_text_att", att_type="application/octet-stream",
                       att_name="invite.ics", **kw)
    if trick == "entities":
        return deliver(ctx, ev, "selfhosted", htm=simple_html(desc), struct="html_only" if False else "mixed_html_att", **kw)
    return deliver(ctx, ev, rng.choice(["selfhosted", "esp_mailgun"]), text=text, htm=htm, struct="mixed_althtml_att", **kw)


# ------------------------------------------------------------- 18. CANCEL / REPLY used as lures
@cat("cancel_reply_lure")
def _(i):
    rng = mkrng("cancel_reply_lure", i)
    lang = ["en", "en", "de", "en", "es", "fr", "en", "it", "en", "pt"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026), rn, re)
    url = spam_url(rng)
    ph = nanp(rng)
    method = ["CANCEL", "CANCEL", "REPLY", "CANCEL", "REPLY", "CANCEL", "COUNTER", "CANCEL", "REPLY", "CANCEL"][i % 10]
    T = {"en": [("Canceled: Your order #%d" % rng.randint(10 ** 5, 10 ** 6), "Your order was canceled and a refund of $%d.00 is pending. To receive it call %s" % (rng.randint(200, 900), ph)),
                ("Cancelled: Account review", "We were unable to verify your account. Restore access: %s" % url),
                ("Accepted: Wire transfer confirmation", "I have accepted. Payment details attached here %s" % url),
                ("Declined: Compensation claim", "Your claim was declined. Appeal within 24h: %s" % url)],
         "de": [("Abgesagt: Ihre Rückerstattung", "Ihre Rückerstattung von 349,00 € wurde storniert. Jetzt erneut beantragen: %s" % url)],
         "es": [("Cancelado: Pedido pendiente", "Su pedido fue cancelado. Reembolso: %s" % url)],
         "fr": [("Annulé : Remboursement", "Votre remboursement est annulé. Réclamez-le ici : %s" % url)],
         "it": [("Annullato: Ordine", "Il tuo ordine è stato annullato. Rimborso: %s" % url)],
         "pt": [("Cancelado: Pedido", "Seu pedido foi cancelado. Reembolso: %s" % url)]}
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(["UTC", "America/New_York", "Europe/London"])
    start = at(ctx, tz, rng.choice([0, 1, -1]), rng.randint(8, 20))
    dom = spam_domain(rng)
    fe = rng.choice([gmail_local(rng) + "@yahoo.com", "%s@%s" % (tok(rng, 6).lower(), dom), gmail_local(rng) + "@gmail.com"])
    atts = [me(ctx)] + [dict(cn=None, email="%s@example.%s" % (tok(rng, 6).lower(), rng.choice(["com", "org", "net"]))) for _ in range(rng.choice([0, 0, 10, 39]))]
    if method == "REPLY":
        atts = [dict(cn=rng.choice(["Billing", "Support", "Claims"]), email=fe, partstat=rng.choice(["ACCEPTED", "DECLINED", "TENTATIVE"]), rsvp="FALSE")]
        org = (ctx.rcpt_name, ctx.rcpt)
    else:
        org = (rng.choice(["Billing Team", "Refund Center", None]), fe)
    ev = E(ctx, tz, start, 30, summ, desc, org, atts, method=method, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
           seq=rng.choice([1, 2, 45, 312, 2296]) if method == "CANCEL" else 0, sentby=gmail_local(rng) + "@gmail.com" if rng.random() < 0.3 else None)
    ch = "yahoo" if fe.endswith("yahoo.com") else ("selfhosted" if dom in fe else "php")
    mp = "REQUEST" if rng.random() < 0.4 else True   # Content-Type says REQUEST while body says CANCEL
    return deliver(ctx, ev, ch, subject=summ, text=desc, htm=simple_html(desc, url, "Details"), lang=lang,
                   from_name=org[0] if method != "REPLY" else atts[0]["cn"], from_email=fe, method_param=mp,
                   struct=rng.choice(["alt_html_cal", "alt_cal", "mixed_text_cal"]),
                   prof=dict(auth=("pass", "pass", "pass")) if ch != "yahoo" else {})


# ------------------------------------------------------------- 19. hijacked internal accounts
@cat("hijacked_internal_account")
def _(i):
    rng = mkrng("hijacked_internal_account", i)
    lang = ["en", "de", "en", "fr", "nl", "en", "sv", "pl", "en", "ja"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2018, 2026), rn, re)
    url = spam_url(rng, rng.choice(["lookalike", "webapp", "blob", "gcs", "dropbox", "onedrive", "canva", "r2", "notion"]))
    victim_name, victim_local = rng.choice([n for n in RECIPIENTS.get(lang, RECIPIENTS["en"]) + RECIPIENTS["en"] if n[1] + "@example.net" != ctx.rcpt and n[0]])
    ve = victim_local + "@example.net"
    T = {"en": [("%s shared 'Staff Bonus %d.pdf'" % (victim_name, ctx.arrival.year), "Hi all,\n\nplease review the attached bonus allocation before Friday.\n\nOpen document: %s\n\nThanks,\n%s" % (url, victim_name)),
                ("Updated: HR policy acknowledgement", "All staff must confirm the new remote-work policy by end of day.\nSign in with your work account: %s\n%s" % (url, victim_name)),
                ("Invoice approval needed", "Can you approve this one today? %s\n\n%s" % (url, victim_name)),
                ("Benefits enrollment closes today", "Reminder from HR: log in to confirm your selections %s" % url)],
         "de": [("Bitte prüfen: Gehaltsanpassung", "Hallo zusammen,\nbitte prüft die Gehaltsanpassung bis Freitag: %s\nViele Grüße\n%s" % (url, victim_name))],
         "fr": [("Document partagé : Primes", "Bonjour à tous,\nmerci de consulter le document avant vendredi : %s\n%s" % (url, victim_name))],
         "nl": [("Gedeeld document: salarisoverzicht", "Hoi allemaal,\ngraag voor vrijdag bekijken: %s\nGroet,\n%s" % (url, victim_name))],
         "sv": [("Delat dokument: Lönerevision", "Hej alla,\nvänligen granska dokumentet före fredag: %s\n/%s" % (url, victim_name))],
         "pl": [("Udostępniony dokument: premie", "Cześć,\nproszę o zapoznanie się z dokumentem do piątku: %s\n%s" % (url, victim_name))],
         "ja": [("共有ドキュメント：賞与明細", "各位\n金曜日までにご確認ください：%s\n%s" % (url, victim_name))]}
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.choice([0, 1, 2]), rng.randint(9, 16), rng.choice([0, 30]))
    n_int = rng.choice([1, 8, 25, 60, 140])
    atts = [me(ctx)] + [dict(cn=None, email="%s%d@example.net" % (rng.choice(["user", "staff", "a.", "m.", "j."]), k)) for k in range(n_int - 1)]
    ev = E(ctx, tz, start, 30, summ, None, (victim_name, ve), atts)
    ch = rng.choice(["internal", "internal", "o365", "google"])
    if ch == "o365":
        return deliver(ctx, ev, "o365", subject=summ, text=desc, from_name=victim_name, from_email=ve, org_domain="example.net",
                       lang=OUTLANG.get(lang, "en-US"), to_list=[(None, a["email"]) for a in atts[:min(len(atts), 30)]],
                       auth=AUTH(rng, "pass", "pass", "pass", d="example.net", sel="selector1", mf="example.net", ip=doc_ip(rng), hfrom="example.net", policy="reject"))
    if ch == "google":
        ev["desc"] = desc
        return deliver(ctx, ev, "google", lang=lang if lang in GLANG else "en", from_name=victim_name, from_email=ve, workspace="example.net",
                       auth=AUTH(rng, "pass", "pass", "pass", d="example.net", sel="google", mf="calendar-server.bounces.google.com", ip=doc_ip(rng), hfrom="example.net", policy="reject"))
    ev["desc"] = desc
    return deliver(ctx, ev, "internal", subject=summ, text=desc, lang=lang, from_name=victim_name, from_email=ve,
                   struct=rng.choice(["alt_cal", "alt_html_cal", "mixed_alt_att"]), dialect=rng.choice(["sabre", "lightning", "generic"]),
                   prof=dict(auth=("pass", "pass", "pass"), tz=tz, policy="reject"), ua=ua_for("thunderbird", rng, ctx.arrival.year))


# ------------------------------------------------------------- 20. fake meeting / software update malware
@cat("fake_meeting_malware")
def _(i):
    rng = mkrng("fake_meeting_malware", i)
    lang = ["en", "en", "de", "en", "fr", "es", "en", "nl", "it", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2020, 2026), rn, re)
    fake = rng.choice(["https://zoom-us-join.%s/j/%d" % (rng.choice(["top", "live", "click", "app"]), rng.randint(10 ** 9, 10 ** 10)),
                       "https://teams-live-meeting.%s/join?id=%s" % (rng.choice(["online", "site", "info"]), tok(rng, 12)),
                       "https://%s.pages.dev/meet/%s" % (tok(rng, 8).lower(), tok(rng, 10)),
                       "https://us05web-zoom.%s/wc/join/%d" % (rng.choice(["us.com", "link", "cfd"]), rng.randint(10 ** 9, 10 ** 10)),
                       "https://meet-google.%s/%s-%s-%s" % (rng.choice(["click", "work", "one"]), tok(rng, 3).lower(), tok(rng, 4).lower(), tok(rng, 3).lower())])
    T = {"en": [("Zoom meeting invitation - Q%d Budget Review" % rng.randint(1, 4), "You are invited to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %d %d %d\nPasscode: %d\n\nIf the audio does not work, install the latest Zoom Workplace update from the meeting page." % (fake, rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(100000, 999999))),
                ("Teams: Urgent all-hands (mandatory)", "Please join the mandatory meeting. If Teams fails to load, press Win+R, paste the fix command shown on the page and press Enter.\n\nJoin: %s" % fake),
                ("Investor call - NDA attached", "Looking forward to speaking. Please download the meeting client before joining: %s" % fake)],
         "de": [("Einladung: Teams-Besprechung Jahresgespräch", "Bitte treten Sie der Besprechung über den folgenden Link bei. Falls der Ton nicht funktioniert, installieren Sie das Update auf der Seite.\n%s" % fake)],
         "fr": [("Invitation : Réunion Zoom - Audit", "Rejoindre la réunion Zoom :\n%s\nSi l'audio ne fonctionne pas, installez la mise à jour proposée." % fake)],
         "es": [("Invitación: Reunión de Zoom", "Únase a la reunión:\n%s\nSi no funciona el audio, instale la actualización." % fake)],
         "nl": [("Uitnodiging: Teams-vergadering", "Neem deel aan de vergadering: %s" % fake)],
         "it": [("Invito: riunione Zoom", "Partecipa alla riunione: %s" % fake)]}
    summ, desc = rng.choice(T[lang])
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.choice([0, 1, 2, 5]), rng.randint(9, 17), rng.choice([0, 30]))
    ch = pick_ch(rng, {"google": 3, "o365": 3, "selfhosted": 2, "esp_ses": 1, "outlookcom": 1})
    return spam_send(ctx, lang, ch, summ, desc, rng.choice(["Zoom", "Meeting Host", "Daniel Whitaker", "Board Office", "Sarah (Investor Relations)", None]),
                     tz, start, rng.choice([30, 45, 60]), None, evkw=dict(location=fake, alarms=[dict(trigger="-PT15M")]))
