"""Invented URLs: spam links on real hosting/short/form services and look-alike domains; ham join links."""

from lib import rstr, rhex, b64blob

W = ["secure", "verify", "portal", "account", "update", "review", "support", "claim", "docs", "share", "auth",
     "login", "billing", "notice", "case", "help", "view", "file", "inbox", "service", "reward", "delivery"]


def spam_url(rng, kind=None, brand="doc"):
    b = brand.lower().replace(" ", "")
    w = rng.choice(W)
    r = rstr(rng, rng.randint(5, 9))
    kinds = {
        "webapp": f"https://{b}-{w}-{r}.web.app/{rstr(rng, 6)}",
        "firebase": f"https://{w}{r}.firebaseapp.com/?id={rhex(rng, 10)}",
        "pages": f"https://{b}-{w}.pages.dev/{rstr(rng, 4)}/index.html",
        "netlify": f"https://{r}-{w}.netlify.app/",
        "vercel": f"https://{b}-{r}.vercel.app/{w}",
        "workers": f"https://{w}-{r}.{rstr(rng, 6)}.workers.dev/",
        "r2": f"https://pub-{rhex(rng, 32)}.r2.dev/{w}.html",
        "gcs": f"https://storage.googleapis.com/{r}-{w}/{b}.html",
        "s3": f"https://{r}-{w}.s3.amazonaws.com/index.html#",
        "blob": f"https://{r}{rng.randint(10, 99)}.blob.core.windows.net/$web/{w}.html",
        "ipfs": f"https://ipfs.io/ipfs/bafybei{rstr(rng, 52, 'abcdefghijklmnopqrstuvwxyz234567')}",
        "sites": f"https://sites.google.com/view/{b}-{w}-{r}/home",
        "forms": f"https://forms.gle/{rstr(rng, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789')}",
        "gform": f"https://docs.google.com/forms/d/e/1FAIpQL{b64blob(rng, 49).replace('/', 'x').replace('+', 'y')}/viewform",
        "drawings": f"https://docs.google.com/drawings/d/1{b64blob(rng, 42).replace('/', '_').replace('+', '-')}/preview",
        "bitly": f"https://bit.ly/{rstr(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}",
        "tinyurl": f"https://tinyurl.com/{rstr(rng, 8)}",
        "isgd": f"https://is.gd/{rstr(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}",
        "tly": f"https://t.ly/{rstr(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}",
        "rebrand": f"https://rebrand.ly/{w}{rng.randint(10, 999)}",
        "qrco": f"https://qrco.de/b{rstr(rng, 5)}",
        "telegraph": f"https://telegra.ph/{w.capitalize()}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "wix": f"https://{r}{rng.randint(1, 99)}.wixsite.com/{w}",
        "weebly": f"https://{b}{w}{rng.randint(1, 99)}.weebly.com/",
        "webflow": f"https://{b}-{w}-{r}.webflow.io/",
        "github": f"https://{r}{rng.randint(1, 99)}.github.io/{w}/",
        "glitch": f"https://{w}-{r}.glitch.me/",
        "notion": f"https://{r}.notion.site/{w.capitalize()}-{rhex(rng, 32)}",
        "canva": f"https://www.canva.com/design/DAG{rstr(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}/view",
        "jotform": f"https://form.jotform.com/{rng.randint(230000000000000, 259999999999999)}",
        "typeform": f"https://form.typeform.com/to/{rstr(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}",
        "onedrive": f"https://1drv.ms/b/s!A{b64blob(rng, 30).replace('/', '_').replace('+', '-')}",
        "sharepoint": f"https://{r}-my.sharepoint.com/:b:/g/personal/{w}_{r}_onmicrosoft_com/E{b64blob(rng, 40).replace('/', '_').replace('+', '-')}",
        "dropbox": f"https://www.dropbox.com/scl/fi/{rstr(rng, 21)}/{b.capitalize()}_{rng.randint(1000, 9999)}.pdf?rlkey={rstr(rng, 25)}&dl=0",
        "ngrok": f"https://{rhex(rng, 4)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}.ngrok-free.app/{w}",
        "linktree": f"https://linktr.ee/{r}{w}",
        "wa": f"https://wa.me/1555010{rng.randint(0, 9)}{rng.randint(0, 9)}?text={w}",
        "tg": f"https://t.me/{r}_{w}",
        "surge": f"https://{w}-{r}.surge.sh/",
    }
    return kinds[kind] if kind else kinds[rng.choice(sorted(kinds))]


LOOKALIKE = {
    "microsoft": ["micros0ft-365-login.com", "rnicrosoftonline-auth.com", "xn--microsft-d2a.com", "office365-mailcheck.net",
                  "m365-secure-verify.com", "outlook-webaccess-portal.com"],
    "paypal": ["paypal-resolution-desk.com", "xn--pypal-4ve.com", "paypa1-secure.net", "pp-dispute-center.com"],
    "docusign": ["docusign-envelope-review.com", "dokusign.net", "docu-sign-secure.com", "xn--docusgn-hya.com"],
    "dhl": ["dhl-parcel-redelivery.com", "dhl-zoll-gebuehr.com", "dh1-express.net"],
    "amazon": ["amazon-order-refunds.com", "amaz0n-billing.net", "xn--amzon-0ra.com"],
    "norton": ["norton-renewal-desk.com", "nortonlifeiock.com"],
    "apple": ["apple-id-locked.net", "icloud-verify-account.com", "xn--apple-f1a.com"],
    "bank": ["secure-banking-verify.com", "online-banking-auth.net"],
    "gov": ["gov-tax-refund.com", "hmrc-refund-online.com", "irs-gov-refund.com", "impots-remboursement.com"],
}


def lookalike(rng, brand, path=None):
    d = rng.choice(LOOKALIKE[brand])
    return f"https://{rng.choice(['', 'www.', 'secure.', 'login.', 'auth.'])}{d}/{path or rstr(rng, 6)}"


def zoom_url(rng, host="us02web"):
    return f"https://{host}.zoom.us/j/{rng.randint(81000000000, 89999999999)}?pwd={b64blob(rng, 32).replace('/', 'x').replace('+', 'y')}.1"


def meet_url(rng):
    a = "abcdefghijklmnopqrstuvwxyz"
    return f"https://meet.google.com/{rstr(rng, 3, a)}-{rstr(rng, 4, a)}-{rstr(rng, 3, a)}"


def webex_url(rng, site="example"):
    return f"https://{site}.webex.com/{site}/j.php?MTID=m{rhex(rng, 32)}"
