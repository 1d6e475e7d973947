#!/usr/bin/env python3
"""Regenerate corpus/holdout4 (sealed exam of iMIP calendar-invitation spam/ham).

Standard library only, fixed seeds: running it twice gives identical bytes.
Usage (from the worktree root):  python3 scripts/holdout4/gen.py
"""
import base64
import os
import quopri
import random
import shutil
import sys
sys.dont_write_bytecode = True
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from langdata import LANG, fmt_date, fmt_amount  # noqa: E402
from texts_spam import SPAM  # noqa: E402
from texts_ham import HAM  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'corpus', 'holdout4')

SPAM_COUNTS = dict(callback=15, invoice=12, parcel=10, prize=14, crypto=12, romance=12, advance_fee=10,
                   phishing=18, compromised=12, malware=10, bec=10, retail_pharma=10, nagging=8, ics_only=7)
HAM_COUNTS = dict(outlook=20, google=18, other_clients=14, updates=14, webinars=14, bookings=14,
                  appointments=12, bills=10, vendor_recruiting=14, series=10, it_security=8, forwarded=12)

# --------------------------------------------------------------------------- helpers
ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789'


def rs(rng, n, alpha=ALNUM):
    return ''.join(rng.choice(alpha) for _ in range(n))


def rhex(rng, n):
    return rs(rng, n, '0123456789abcdef')


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    u = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
    return u.upper() if upper else u


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def doc_ip(rng):
    return '%s.%d' % (rng.choice(['192.0.2', '198.51.100', '203.0.113']), rng.randint(2, 254))


def priv_ip(rng):
    k = rng.random()
    if k < 0.4:
        return '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if k < 0.7:
        return '172.%d.%d.%d' % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    return '192.168.%d.%d' % (rng.randint(0, 255), rng.randint(2, 254))


def slug(rng, words=None):
    words = words or ['secure', 'review', 'portal', 'docs', 'verify', 'account', 'update', 'billing', 'support',
                      'notice', 'claim', 'reward', 'shared', 'file', 'access', 'online', 'help', 'case', 'desk']
    return '-'.join(rng.sample(words, rng.randint(1, 2))) + ('' if rng.random() < .4 else str(rng.randint(2, 999)))


# --------------------------------------------------------------------------- time zones
TZ = {
    'America/New_York': ('Eastern Standard Time', -5, 'US', ('EST', 'EDT')),
    'America/Chicago': ('Central Standard Time', -6, 'US', ('CST', 'CDT')),
    'America/Los_Angeles': ('Pacific Standard Time', -8, 'US', ('PST', 'PDT')),
    'Europe/London': ('GMT Standard Time', 0, 'EU', ('GMT', 'BST')),
    'Europe/Lisbon': ('GMT Standard Time', 0, 'EU', ('WET', 'WEST')),
    'Europe/Berlin': ('W. Europe Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Paris': ('Romance Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Madrid': ('Romance Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Rome': ('W. Europe Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Amsterdam': ('W. Europe Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Stockholm': ('W. Europe Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Warsaw': ('Central European Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Prague': ('Central Europe Standard Time', 1, 'EU', ('CET', 'CEST')),
    'Europe/Kyiv': ('FLE Standard Time', 2, 'EU', ('EET', 'EEST')),
    'Europe/Athens': ('GTB Standard Time', 2, 'EU', ('EET', 'EEST')),
    'Asia/Jerusalem': ('Israel Standard Time', 2, 'EU', ('IST', 'IDT')),
    'America/Sao_Paulo': ('E. South America Standard Time', -3, None, ('-03', '-03')),
    'Europe/Moscow': ('Russian Standard Time', 3, None, ('MSK', 'MSK')),
    'Europe/Istanbul': ('Turkey Standard Time', 3, None, ('+03', '+03')),
    'Asia/Riyadh': ('Arab Standard Time', 3, None, ('+03', '+03')),
    'Asia/Dubai': ('Arabian Standard Time', 4, None, ('+04', '+04')),
    'Asia/Bangkok': ('SE Asia Standard Time', 7, None, ('+07', '+07')),
    'Asia/Jakarta': ('SE Asia Standard Time', 7, None, ('WIB', 'WIB')),
    'Asia/Ho_Chi_Minh': ('SE Asia Standard Time', 7, None, ('+07', '+07')),
    'Asia/Shanghai': ('China Standard Time', 8, None, ('CST', 'CST')),
    'Asia/Tokyo': ('Tokyo Standard Time', 9, None, ('JST', 'JST')),
    'Asia/Seoul': ('Korea Standard Time', 9, None, ('KST', 'KST')),
}


def _nth_sunday(y, m, n):
    d = datetime(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = datetime(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(tzid, utc):
    win, std, rule, names = TZ[tzid]
    u = utc.replace(tzinfo=None)
    if rule == 'EU':
        dst = _last_sunday(u.year, 3) + timedelta(hours=1) <= u < _last_sunday(u.year, 10) + timedelta(hours=1)
    elif rule == 'US':
        dst = _nth_sunday(u.year, 3, 2) + timedelta(hours=2 - std) <= u < _nth_sunday(u.year, 11, 1) + timedelta(hours=1 - std)
    else:
        dst = False
    return std + (1 if dst else 0)


def to_local(tzid, utc):
    return (utc + timedelta(hours=utc_offset(tzid, utc))).replace(tzinfo=None)


def from_local(tzid, local):
    guess = local - timedelta(hours=TZ[tzid][1])
    return (local - timedelta(hours=utc_offset(tzid, guess))).replace(tzinfo=timezone.utc)


def _off(h):
    return '%s%02d00' % ('-' if h < 0 else '+', abs(h))


def vtimezone(tzid, style):
    win, std, rule, names = TZ[tzid]
    if style == 'windows':
        L = ['BEGIN:VTIMEZONE', 'TZID:' + win]
        if rule == 'EU':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:' + _off(std + 1), 'TZOFFSETTO:' + _off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T020000', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std + 1),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT']
        elif rule == 'US':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + _off(std + 1), 'TZOFFSETTO:' + _off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T020000', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std + 1),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std),
                  'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + _off(std),
                  'TZOFFSETTO:' + _off(std), 'END:DAYLIGHT']
        return L + ['END:VTIMEZONE']
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'olson-lic':
        L.append('X-LIC-LOCATION:' + tzid)
    if rule == 'EU':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std + 1), 'TZNAME:' + names[1],
              'DTSTART:19700329T0%d0000' % (2 if std <= 1 else 3), 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(std + 1), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + names[0],
              'DTSTART:19701025T0%d0000' % (3 if std <= 1 else 4), 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD']
    elif rule == 'US':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std + 1), 'TZNAME:' + names[1],
              'DTSTART:20070311T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(std + 1), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + names[0],
              'DTSTART:20071104T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD']
    else:
        L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + names[0],
              'DTSTART:19700101T000000', 'END:STANDARD']
    return L + ['END:VTIMEZONE']


# --------------------------------------------------------------------------- iCalendar text
def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def fold(line, width=75):
    b = line.encode('utf-8')
    if len(b) <= width:
        return [line]
    out, cur, lim = [], '', width
    for ch in line:
        n = len(ch.encode('utf-8'))
        if len(cur.encode('utf-8')) + n > lim:
            out.append(cur)
            cur, lim = ' ', width
        cur += ch
    out.append(cur)
    return out


def utcstamp(dt):
    return dt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')


def lstamp(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


# --------------------------------------------------------------------------- spam links / phones
LOOKALIKE = {
    'Microsoft': ['m365-secure-signin.online', 'rnicrosoft-office-auth.com', 'office-mailbox-verify.top',
                  'microsoftonline-login-portal.site', 'outlook-web-access-365.xyz'],
    'Google': ['accounts-google-recovery.site', 'g00gle-workspace-verify.com', 'drive-google-share.online'],
    'Apple': ['appleid-locked-review.info', 'icloud-storage-billing.com', 'apple-support-case.help'],
    'DocuSign': ['docusign-envelope-review.net', 'docusgn-secure-view.app', 'e-signature-docs-portal.top'],
    'Adobe': ['adobe-cloud-sharedfiles.online', 'acrobat-document-view.site'],
    'PayPal': ['paypaI-resolution-center.com', 'paypal-dispute-refund.help', 'pp-billing-support.info'],
    'Amazon': ['amazon-prime-renewal.shop', 'amzn-account-hold.top', 'amazon-rewards-survey.click'],
    'Norton': ['norton-lifelock-billing.info', 'nortonrenewal-service.online'],
    'McAfee': ['mcafee-total-renewal.site'],
    'Geek Squad': ['geeksquad-autorenew.online', 'geek-squad-billing.help'],
    'DHL': ['dhl-customs-clearance.top', 'dhl-paket-zustellung.info'],
    'USPS': ['usps-redelivery-notice.xyz', 'usps-tracking-hold.top'],
    'PostNL': ['postnl-bezorging-kosten.info'],
    'Poczta Polska': ['poczta-oplata-paczka.online'],
    'Correos': ['correos-aduana-pago.top'],
    'La Poste': ['laposte-colis-frais.info'],
    'Royal Mail': ['royalmail-fee-redelivery.com'],
    'Netflix': ['netflix-membership-update.site'],
    'Meridian Federal Bank': ['meridianfed-secure-alert.com', 'meridian-fed-verify.online'],
    'Coinbase': ['coinbase-wallet-restore.app', 'coinbase-secure-unlock.site'],
    'Binance': ['binance-airdrop-claim.top'],
    'Zoom': ['zoom-meeting-client-update.com', 'zoomus-download-center.online'],
    'Teams': ['teams-client-update.online', 'msteams-meeting-join.site'],
    'Webex': ['webex-app-update.site'],
    'Costco': ['costco-member-reward.click'],
    'Walmart': ['walmart-shopper-survey.top'],
    'Ray-Ban': ['rayban-outlet-sale.shop', 'rb-sunglasses-clearance.top'],
    'Pharmacy': ['rx-canadian-meds.shop', 'men-health-store.top', 'slim-fast-pharmacy.online'],
    'BEC': ['exarnple.net', 'examp1e-net.com', 'example-net.co', 'example.net-secure.mail.example.com', 'exampie.net'],
    'generic': ['secure-doc-view.online', 'client-portal-access.top', 'reward-center-claim.click', 'case-review-desk.site'],
}


def spam_url(rng, kind, brand):
    s = slug(rng)
    if kind is None:
        kind = rng.choice(['form', 'short', 'host', 'file', 'lookalike', 'redirect'])
    if kind == 'form':
        return rng.choice([
            'https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform' % rs(rng, 48),
            'https://forms.office.com/r/%s' % rs(rng, 10),
            'https://form.jotform.com/%d' % rng.randint(10**14, 10**15 - 1),
            'https://%s.typeform.com/to/%s' % (rs(rng, 8, LOWER), rs(rng, 8)),
            'https://forms.gle/%s' % rs(rng, 17)])
    if kind == 'short':
        return rng.choice(['https://bit.ly/%s' % rs(rng, 7), 'https://tinyurl.com/%s' % rs(rng, 8, LOWER),
                           'https://is.gd/%s' % rs(rng, 6), 'https://cutt.ly/%s' % rs(rng, 8),
                           'https://rebrand.ly/%s' % s, 'https://t.ly/%s' % rs(rng, 5), 'https://qrco.de/%s' % rs(rng, 6)])
    if kind == 'host':
        return rng.choice([
            'https://sites.google.com/view/%s/home' % s, 'https://storage.googleapis.com/%s/index.html' % s,
            'https://%s.web.app/' % s, 'https://%s.pages.dev/%s' % (s, rs(rng, 6, LOWER)),
            'https://%s.netlify.app/' % s, 'https://%s.z13.web.core.windows.net/' % rs(rng, 12, LOWER),
            'https://firebasestorage.googleapis.com/v0/b/%s.appspot.com/o/%s.html?alt=media' % (s, rs(rng, 8)),
            'https://%s.weebly.com/' % s, 'https://%s.wixsite.com/%s' % (rs(rng, 9, LOWER), s),
            'https://ipfs.io/ipfs/Qm%s' % rs(rng, 44), 'https://pub-%s.r2.dev/index.html' % rhex(rng, 32),
            'https://%s.notion.site/%s-%s' % (rs(rng, 8, LOWER), s, rhex(rng, 32))])
    if kind == 'file':
        return rng.choice([
            'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (rs(rng, 21, LOWER), s, rs(rng, 25, LOWER)),
            'https://1drv.ms/b/s!%s' % rs(rng, 28), 'https://drive.google.com/file/d/%s/view?usp=sharing' % rs(rng, 33),
            'https://we.tl/t-%s' % rs(rng, 10), 'https://mega.nz/file/%s#%s' % (rs(rng, 8), rs(rng, 43)),
            'https://%s-my.sharepoint.com/:b:/g/personal/%s/%s' % (rs(rng, 8, LOWER), rs(rng, 10, LOWER), rs(rng, 22))])
    if kind == 'msg':
        return rng.choice(['https://t.me/%s' % rs(rng, 10, LOWER + '_'), 'https://wa.me/1555010%04d' % rng.randint(0, 9999),
                           'https://line.me/ti/p/~%s' % rs(rng, 9, LOWER)])
    if kind == 'redirect':
        inner = 'https://%s/%s' % (rng.choice(LOOKALIKE.get(brand) or LOOKALIKE['generic']), s)
        return rng.choice([
            'https://www.google.com/url?q=%s&sa=D&source=calendar&ust=%d' % (inner, rng.randint(10**15, 10**16)),
            'https://nam12.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%s' % (inner.replace(':', '%3A').replace('/', '%2F'), rs(rng, 20)),
            'https://l.facebook.com/l.php?u=%s&h=AT%s' % (inner.replace(':', '%3A').replace('/', '%2F'), rs(rng, 20)),
            'https://www.bing.com/ck/a?!&&p=%s&u=a1%s' % (rhex(rng, 40), base64.urlsafe_b64encode(inner.encode()).decode().rstrip('='))])
    dom = rng.choice(LOOKALIKE.get(brand) or LOOKALIKE['generic'])
    return 'https://%s%s/%s' % (rng.choice(['', 'www.', 'login.', 'secure.']), dom, rng.choice([s, s + '/index.php', '?id=' + rs(rng, 12), s + '/' + rhex(rng, 8)]))


def phone(rng, lang, tollfree=False):
    n = rng.randint(100, 199)
    if tollfree or lang == 'en' and rng.random() < .5:
        return rng.choice(['+1 (%d) 555-0%d' % (rng.choice([800, 833, 844, 855, 866, 877, 888]), n),
                           '1-%d-555-0%d' % (rng.choice([800, 888, 877]), n), '+1 %d 555 0%d' % (rng.choice([202, 312, 415, 646]), n)])
    if lang == 'en':
        return rng.choice(['+44 20 7946 0%d' % n, '+1 (%d) 555-0%d' % (rng.choice([212, 617, 503, 404]), n), '+61 491 570 %d' % n])
    if lang == 'fr':
        return '+33 1 99 00 %02d %02d' % (rng.randint(0, 99), rng.randint(0, 99))
    cc = dict(de='49 30 555', es='34 91 555', pt='55 11 5550', it='39 02 555', nl='31 20 555', pl='48 22 555', cs='420 2 555',
              sv='46 8 555', ru='7 495 555', uk='380 44 555', tr='90 212 555', el='30 21 0555', ar='966 11 555',
              he='972 3 555', ja='81 3 5550', zh='86 10 5550', ko='82 2 555', vi='84 28 555', th='66 2 555', id='62 21 555')[lang]
    return '+%s %04d' % (cc, rng.randint(0, 9999))


# --------------------------------------------------------------------------- MIME assembly
class Part:
    def __init__(self, ctype, headers=None, body=b'', parts=None, boundary=None, preamble=None):
        self.ctype = ctype
        self.headers = headers or []
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        h = [('Content-Type', self.ctype)] + self.headers
        out = ''.join('%s: %s\n' % kv for kv in h).encode('utf-8')
        out += b'\n'
        if self.parts is not None:
            if self.preamble:
                out += self.preamble.encode() + b'\n\n'
            for p in self.parts:
                out += b'--' + self.boundary.encode() + b'\n' + p.render() + b'\n'
            out += b'--' + self.boundary.encode() + b'--\n'
        else:
            out += self.body
            if not out.endswith(b'\n'):
                out += b'\n'
        return out


def encode_body(text_or_bytes, cte):
    data = text_or_bytes
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def text_part(text, subtype, charset, cte, extra_ct='', headers=None):
    data = text.encode(pycodec(charset), errors='strict')
    ct = 'text/%s; charset=%s%s' % (subtype, cs_label(charset), extra_ct)
    if pycodec(charset).lower() == 'iso-2022-jp':
        cte = '7bit'
    if cte == '7bit' and any(b > 127 for b in data):
        cte = 'quoted-printable'
    data = data.replace(b'\r\n', b'\n')
    if cte == 'base64':
        data = data.replace(b'\n', b'\r\n')
    return Part(ct, [('Content-Transfer-Encoding', cte)] + (headers or []), encode_body(data, cte))


def pycodec(cs):
    return {'ks_c_5601-1987': 'euc-kr', 'iso-8859-8-i': 'iso-8859-8', 'us-ascii': 'ascii', 'windows-874': 'cp874'}.get(cs, cs)


def cs_label(cs):
    return cs


def can_encode(text, cs):
    try:
        text.encode(pycodec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def pick_charset(rng, lang, text):
    opts = list(LANG[lang]['cs'])
    first = opts[0]
    rng.shuffle(opts)
    if lang != 'en' and rng.random() < .65:
        opts.insert(0, first)
    for cs in opts:
        if can_encode(text, cs):
            return 'UTF-8' if cs == 'utf-8' and rng.random() < .5 else cs
    return 'utf-8'


def enc_word(text, charset, rng):
    if all(ord(c) < 128 for c in text):
        return text
    codec = pycodec(charset.lower())
    if not can_encode(text, codec):
        charset, codec = 'UTF-8', 'utf-8'
    q = rng.random() < .35 and charset.lower() not in ('iso-2022-jp', 'shift_jis', 'gb2312', 'gbk', 'euc-kr', 'big5', 'utf-8')
    words, chunk = [], ''
    for ch in text:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(codec))) > 42:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(codec)
        if q:
            e = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ('_' if b == 32 else '=%02X' % b) for b in raw)
            out.append('=?%s?Q?%s?=' % (charset, e))
        else:
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode()))
    return '\n '.join(out)


def addr(name, email, charset, rng):
    if not name:
        return '<%s>' % email if rng.random() < .5 else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()&@'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email) if rng.random() < .6 else '"%s" <%s>' % (name, email)
    return '%s <%s>' % (enc_word(name, charset, rng), email)


def fold_header(name, value):
    line = '%s: %s' % (name, value)
    if len(line) <= 78 or '\n' in value:
        return value
    out, cur = [], name + ': '
    for tok in value.split(' '):
        if len(cur) + len(tok) + 1 > 76 and cur.strip() and not cur.endswith(': '):
            out.append(cur.rstrip())
            cur = ' ' + tok + ' '
        else:
            cur += tok + ' '
    out.append(cur.rstrip())
    return '\n'.join(out)[len(name) + 2:]


# --------------------------------------------------------------------------- client profiles
PROFILES = {
    # name: (prodids, tz style, attendee style)
    'outlook': (['-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'Microsoft Exchange Server 2010',
                 '-//Microsoft Corporation//Outlook 15.0 MIMEDIR//EN'], 'windows', 'ms'),
    'teams': (['Microsoft Exchange Server 2010', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'], 'windows', 'ms'),
    'google': (['-//Google Inc//Google Calendar 70.9054//EN'], 'utc', 'google'),
    'icloud': (['-//Apple Inc.//iPhone OS 17.4.1//EN', '-//Apple Inc.//macOS 14.3.1//EN', '-//Apple Inc.//Mac OS X 10.15.7//EN',
                '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'], 'olson', 'apple'),
    'thunderbird': (['-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'], 'olson-lic', 'moz'),
    'nextcloud': (['-//IDN nextcloud.com//Calendar app 4.6.5//EN', '-//Sabre//Sabre VObject 4.5.4//EN'], 'olson', 'generic'),
    'zimbra': (['Zimbra-Calendar-Provider'], 'olson', 'generic'),
    'sogo': (['-//Inverse inc./SOGo 5.10.0//EN', '-//Inverse inc./SOGo 5.8.4//EN'], 'olson', 'generic'),
    'fastmail': (['-//CyrusIMAP.org/Cyrus 3.11.0-alpha0-fm-20240822.001//EN'], 'olson', 'generic'),
    'proton': (['-//Proton AG//WebCalendar 5.0.29.5//EN'], 'olson', 'generic'),
    'yahoo': (['-//Yahoo! Inc.//Yahoo! Calendar//EN'], 'olson', 'generic'),
    'zoho': (['-//Zoho Corporation//Zoho Calendar//EN'], 'olson', 'generic'),
    'zoom': (['-//zoom.us//iCalendar Event//EN'], 'olson', 'generic'),
    'webex': (['-//Cisco Systems Inc.//Webex Meetings//EN'], 'windows', 'ms'),
    'calendly': (['-//Calendly//Calendly Scheduling//EN'], 'utc', 'generic'),
    'eventbrite': (['-//Eventbrite//Eventbrite Event Calendar//EN'], 'utc', 'generic'),
    'hubspot': (['-//HubSpot Inc//HubSpot Meetings//EN'], 'utc', 'generic'),
    'bulk': (['-//Ical.Net//ICal.Net 4.0//EN', '-//Spatie//iCalendar-generator//EN', '-//salesforce.com//Calendar//EN',
              '-//Mailchimp//Event Invitation//EN'], 'utc', 'generic'),
    'booking': (['-//Termino Booking Engine//v3.2//EN', '-//SimplyBook.me//Booking//EN', '-//Acuity Scheduling//EN'], 'utc', 'generic'),
    'php': (['-//hacksw/handcal//NONSGML v1.0//EN', '-//PHP/iCalcreator 2.41//EN', '-//ical.marudot.com//iCal Event Maker',
             '-//Events Calendar//iCal4j 1.0//EN', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', ''], 'utc', 'generic'),
}


def att_line(style, name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, lang=None):
    cn = 'CN="%s"' % name if name and any(c in name for c in ',;:') else ('CN=%s' % name if name else '')
    cn = cn + ';' if cn else ''
    r = 'TRUE' if rsvp else 'FALSE'
    if style == 'ms':
        return 'ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;%s:mailto:%s' % (role, partstat, r, cn.rstrip(';'), email)
    if style == 'google':
        return 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;%sX-NUM-GUESTS=0:mailto:%s' % (role, partstat, r, cn, email)
    if style == 'apple':
        return 'ATTENDEE;%sCUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % (cn, email, partstat, role, r, email)
    if style == 'moz':
        return 'ATTENDEE;RSVP=%s;%sPARTSTAT=%s;ROLE=%s:mailto:%s' % (r, cn, partstat, role, email)
    extra = ';LANGUAGE=%s' % lang if lang and lang != 'en' else ''
    return 'ATTENDEE;%sCUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=%s%s:mailto:%s' % (cn, partstat, role, r, extra, email)


def org_line(style, name, email, sent_by=None):
    p = []
    if name:
        p.append('CN="%s"' % name if any(ch in name for ch in ',;:') else 'CN=%s' % name)
    if sent_by:
        p.append('SENT-BY="mailto:%s"' % sent_by)
    if style == 'apple':
        p.append('EMAIL=%s' % email)
    if style == 'moz':
        p = ['RSVP=TRUE'] + p + ['PARTSTAT=ACCEPTED', 'ROLE=CHAIR']
    return 'ORGANIZER' + ''.join(';' + x for x in p) + ':mailto:' + email


def html_of(text, c, style='plain'):
    import html as H
    paras = [p for p in text.split('\n\n') if p.strip()]
    rtl = c['lang'] in ('ar', 'he')

    def linkify(s):
        out = []
        for tok in H.escape(s).split(' '):
            if tok.startswith('http'):
                tok = '<a href="%s">%s</a>' % (tok, tok)
            out.append(tok)
        return ' '.join(out).replace('\n', '<br>\n')
    inner = '\n'.join('<p%s>%s</p>' % (' class="MsoNormal"' if style == 'ms' else '', linkify(p)) for p in paras)
    d = ' dir="rtl"' if rtl else ''
    if style == 'ms':
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % ('{CHARSET}', c.get('langtag', 'EN-US'), d, inner)
    if style == 'google':
        return ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
                'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from %s"/>'
                '</span></span><div style="padding-bottom:3px"><table cellspacing="0" cellpadding="0" border="0" role="presentation"%s>'
                '<tr><td style="font-size:20px;font-weight:700">%s</td></tr><tr><td>%s</td></tr></table>\n%s\n'
                '<p style="color:#70757a;font-size:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p></div>\n'
                ) % (H.escape(c['sender_name']), d, H.escape(c['summ']), H.escape(c['when']), inner)
    head = '<!DOCTYPE html>\n<html%s>\n<head>\n<meta charset="{CHARSET}">\n</head>\n<body>\n' % d
    if style == 'bulk':
        head = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml"%s><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title></head>\n'
                '<body style="margin:0;padding:0;background:#f4f4f4"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:24px">\n') % (d, H.escape(c['summ']))
        return head + inner + ('\n<p><a href="%s" style="background:#1a73e8;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">%s</a></p>'
                               '\n</td></tr></table></td></tr></table>\n</body></html>\n') % (H.escape(c['vals']['url']), c.get('button', 'Add to calendar'))
    return head + inner + '\n</body>\n</html>\n'


def make_ics(c):
    rng = c['rng']
    prof = c['prof']
    prodids, tzstyle, astyle = PROFILES[prof]
    if c.get('tzstyle'):
        tzstyle = c['tzstyle']
    mal = c.get('malform')
    method = c['method']
    L = ['BEGIN:VCALENDAR']
    prodid = rng.choice(prodids)
    if prof == 'outlook' or prof == 'teams':
        L += ['METHOD:' + method, 'PRODID:' + prodid, 'VERSION:2.0']
    else:
        if prodid:
            L.append('PRODID:' + prodid)
        L.append('VERSION:2.0')
        if prof in ('google', 'icloud', 'nextcloud', 'fastmail', 'proton') or rng.random() < .3:
            L.append('CALSCALE:GREGORIAN')
        if method:
            L.append('METHOD:' + method)
    if prof in ('google',) and c.get('rrule'):
        tzstyle = 'olson-lic'
    if c.get('wrcal'):
        L.append('X-WR-CALNAME:' + ics_esc(c['wrcal']))
    floating = mal == 'floating'
    usetz = tzstyle != 'utc' and not floating
    if usetz:
        L += vtimezone(c['tzid'], tzstyle)
        tzname = TZ[c['tzid']][0] if tzstyle == 'windows' else c['tzid']
        tzref = ';TZID="%s"' % tzname if (tzstyle == 'windows' and prof in ('outlook', 'teams', 'webex') or prof == 'zimbra') else ';TZID=' + tzname
    L.append('BEGIN:VEVENT')
    ev = []

    def dtp(name, utc):
        if c.get('allday'):
            return '%s;VALUE=DATE:%s' % (name, to_local(c['tzid'], utc).strftime('%Y%m%d'))
        if floating:
            return '%s:%s' % (name, lstamp(to_local(c['tzid'], utc)))
        if usetz:
            return '%s%s:%s' % (name, tzref, lstamp(to_local(c['tzid'], utc)))
        return '%s:%s' % (name, utcstamp(utc))
    lang_p = ';LANGUAGE=%s' % c['langtag'].lower() if astyle == 'ms' else ''
    desc = c['ics_desc']
    ev.append(dtp('DTSTART', c['start']))
    if c.get('allday'):
        ev.append(dtp('DTEND', c['start'] + timedelta(days=1)))
    elif c.get('use_duration'):
        ev.append('DURATION:PT%dM' % int((c['end'] - c['start']).total_seconds() // 60))
    else:
        ev.append(dtp('DTEND', c['end']))
    if c.get('rrule'):
        ev.append('RRULE:' + c['rrule'])
    if c.get('exdate'):
        ev.append(dtp('EXDATE', c['exdate']))
    if c.get('recurid'):
        ev.append(dtp('RECURRENCE-ID', c['recurid']))
    ev.append('DTSTAMP:' + utcstamp(c['stamp']))
    org_email = c.get('org_email', c['sender_email'])
    if method != 'REPLY' or True:
        ev.append(org_line(astyle, c.get('org_name', c['sender_name']), org_email, c.get('sent_by')))
    if mal != 'nouid':
        ev.append('UID:' + c['uid'])
    for (n, e, role, ps) in c['attendees']:
        ev.append(att_line(astyle, n, e, role, ps, rsvp=(ps == 'NEEDS-ACTION'), lang=c['lang'] if prof == 'nextcloud' else None))
    if c.get('created'):
        ev.append('CREATED:' + utcstamp(c['created']))
    if desc is not None:
        ev.append('DESCRIPTION%s:%s' % (lang_p, ics_esc(desc)))
    if c.get('last_mod'):
        ev.append('LAST-MODIFIED:' + utcstamp(c['last_mod']))
    if c.get('ics_loc'):
        ev.append('LOCATION%s:%s' % (lang_p, ics_esc(c['ics_loc'])))
    if astyle == 'ms':
        ev += ['PRIORITY:5']
    ev.append('SEQUENCE:%d' % c.get('sequence', 0))
    if c.get('status'):
        ev.append('STATUS:' + c['status'])
    ev.append('SUMMARY%s:%s' % (lang_p, ics_esc(c['ics_summ'])))
    ev.append('TRANSP:OPAQUE')
    if c.get('ics_url'):
        ev.append('URL:' + c['ics_url'])
    if c.get('conference'):
        ev.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=Join meeting:' + c['conference'])
    if c.get('google_conf'):
        ev.append('X-GOOGLE-CONFERENCE:' + c['google_conf'])
    for a in c.get('attach', []):
        ev.append(a)
    if c.get('alt_desc'):
        ev.append('X-ALT-DESC;FMTTYPE=text/html:' + c['alt_desc'].replace('\n', ''))
    if astyle == 'ms':
        ev += ['CLASS:PUBLIC', 'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
               'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
               'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:%d' % (2 if prof == 'teams' else 0)]
        if prof == 'teams' and c.get('meet'):
            ev.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + c['meet'])
            ev.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!%s' % (org_email, rhex(rng, 24)))
    if astyle == 'apple':
        ev.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    if astyle == 'moz':
        ev += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
    for x in c.get('ics_extra', []):
        ev.append(x)
    L += ev
    for a in c.get('alarms', []):
        L += ['BEGIN:VALARM']
        if astyle == 'apple':
            u = ruuid(rng, True)
            L += ['X-WR-ALARMUID:' + u, 'UID:' + u]
        L += ['ACTION:' + a[0], 'TRIGGER%s:%s' % (';RELATED=START' if astyle == 'ms' else '', a[1]),
              'DESCRIPTION:' + ics_esc(a[2])]
        if len(a) > 3:
            L += [a[3]]
        L += ['END:VALARM']
    L.append('END:VEVENT')
    if mal != 'noend':
        L.append('END:VCALENDAR')
    out = []
    for line in L:
        out += [line] if mal == 'unfolded' else fold(line)
    nl = '\n' if mal == 'lf' else '\r\n'
    return nl.join(out) + nl


# --------------------------------------------------------------------------- identities and trace
FREEMAIL = {'google': 'gmail.com', 'icloud': 'icloud.com', 'yahoo': 'yahoo.com', 'zoho': 'zohomail.com',
            'proton': 'proton.me', 'fastmail': 'fastmail.com', 'outlook': 'outlook.com'}
SPAM_HOSTS = ['vps-%d.cloudhost.example', 'srv%d.webspace-hosting.test', 'ns%d.cheap-vps.example', 'mail%d.bulkrelay.test',
              'host-%d.dynamic.isp.example', 'static-%d.broadband.test']
RCPT_DOMAINS = ['example.net'] * 7 + ['example.org', 'mail.example.org', 'example.net']


def local_part(rng, first, last, style=None):
    import unicodedata
    def asc(s):
        s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().replace(' ', '')
        return s
    f, l = asc(first), asc(last)
    if not f or not l:
        f, l = rs(rng, 5, 'abcdefghijklmnoprstuvz'), rs(rng, 6, 'abcdefghijklmnoprstuvz')
    style = style or rng.choice(['f.l', 'fl', 'f', 'fl', 'f_l', 'fld', 'f.l'])
    return {'f.l': f + '.' + l, 'fl': f[0] + l, 'f': f, 'f_l': f + '_' + l, 'fld': f + l + str(rng.randint(1, 99))}[style]


def person(rng, lang):
    d = LANG[lang]
    f, l = rng.choice(d['first']), rng.choice(d['last'])
    if lang in ('zh', 'ko', 'ja'):
        name = l + f if lang != 'ja' else l + ' ' + f
    elif lang == 'vi':
        name = l + ' ' + rng.choice(['Văn', 'Thị', 'Minh', 'Thu']) + ' ' + f
    else:
        name = f + ' ' + l
    return f, l, name


def dkim_sig(rng, d, s, t, heads):
    b = b64(rng, 256)
    bl = '\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=%s;\n\tbh=%s;\n\tb=%s'
            % (d, s, t, heads, b64(rng, 32), bl))


def rfcdate(dt, tzid, rng, paren=False):
    off = utc_offset(tzid, dt)
    loc = dt.astimezone(timezone(timedelta(hours=off)))
    s = format_datetime(loc)
    if paren:
        s += ' (%s)' % ('UTC' if off == 0 else TZ[tzid][3][0])
    return s


def qid(rng):
    return rs(rng, rng.choice([10, 11, 12]), '0123456789ABCDEF')


def trace(c):
    """Receiving-side trace (Return-Path .. MX Received) plus sender-side Received/DKIM headers."""
    rng = c['rng']
    arr = c['arrival']
    H = [('Return-Path', '<%s>' % c['envelope']), ('Delivered-To', c['rcpt_email'])]
    ar = ['mx.example.net']
    for (d, res, s) in c['dkim']:
        extra = ' reason="signature verification failed"' if res == 'fail' and rng.random() < .5 else (' reason="body hash did not verify"' if res == 'fail' else '')
        ar.append('dkim=%s%s header.d=%s header.i=@%s header.s=%s header.b=%s' % (res, extra, d, d, s, rs(rng, 8)))
    if not c['dkim']:
        ar.append('dkim=none (message not signed)')
    spf_dom = c['envelope'].split('@')[-1]
    spfc = {'pass': '(mx.example.net: domain of %s designates %s as permitted sender)' % (c['envelope'], c['ip']),
            'softfail': '(mx.example.net: domain of transitioning %s does not designate %s as permitted sender)' % (c['envelope'], c['ip']),
            'fail': '(mx.example.net: domain of %s does not designate %s as permitted sender)' % (c['envelope'], c['ip']),
            'neutral': '(mx.example.net: %s is neither permitted nor denied by domain of %s)' % (c['ip'], c['envelope']),
            'none': '(mx.example.net: domain of %s has no SPF policy)' % spf_dom,
            'temperror': '(mx.example.net: error in processing during lookup of %s: DNS timeout)' % spf_dom}[c['spf']]
    ar.append('spf=%s %s smtp.mailfrom=%s' % (c['spf'], spfc, spf_dom))
    dm = {'pass': 'pass (p=%s dis=none)' % rng.choice(['none', 'quarantine', 'reject']), 'fail': 'fail (p=%s dis=%s)' % rng.choice([('none', 'none'), ('quarantine', 'quarantine'), ('reject', 'none')]),
          'none': 'none', 'temperror': 'temperror', 'bestguesspass': 'bestguesspass'}[c['dmarc']]
    ar.append('dmarc=%s header.from=%s' % (dm, c['from_domain']))
    if c.get('arc'):
        ar.append('arc=pass ("%s:s=arc-20240605:i=1")' % c['arc'])
    H.append(('Authentication-Results', ';\n\t'.join(ar)))
    tls = rng.choice(['(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
                      '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))',
                      '(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))'])
    H.append(('Received', 'from %s (%s [%s])\n\t%s\n\tby mx.example.net (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (c['helo'], c['rdns'], c['ip'], tls, qid(rng), c['rcpt_email'], format_datetime(arr))))
    for r in c['sender_received']:
        H.append(('Received', r))
    for (d, res, s) in c['dkim']:
        if res == 'nosig':
            continue
        H.append(('DKIM-Signature', dkim_sig(rng, d, s, int((arr - timedelta(seconds=5)).timestamp()),
                                              rng.choice(['from:to:subject:date:message-id:mime-version:content-type',
                                                          'mime-version:from:date:message-id:subject:to',
                                                          'from:reply-to:sender:to:subject:date:message-id:content-type',
                                                          'date:from:to:subject:message-id:content-type:mime-version:reply-to']))))
    if c.get('arc'):
        pass
    return H


def sender_received(c, kind):
    rng = c['rng']
    t = c['arrival'] - timedelta(seconds=rng.randint(1, 40))
    d = format_datetime(t)
    dom = c['sender_domain']
    if kind == 'google':
        return ['by %s with SMTP id %s-%s.%d.%d;\n\t%s' % (priv_ip(rng), rs(rng, 10, LOWER), rs(rng, 6, LOWER),
                                                          rng.randint(10, 99), rng.randint(10**12, 10**13), d)]
    if kind == 'ms':
        reg = rng.choice(['eurprd04', 'eurprd08', 'namprd12', 'namprd03', 'apcprd06', 'gbrprd01'])
        a = '%s%dPR%02dMB%04d.%s.prod.outlook.com' % (rng.choice(['AM', 'DB', 'VI', 'PA', 'BY', 'SN', 'SG', 'LO']), rng.randint(1, 9), rng.randint(1, 20), rng.randint(1000, 9999), reg)
        b = '%s%dPR%02dMB%04d.%s.prod.outlook.com' % (rng.choice(['AM', 'DB', 'VI', 'PA', 'BY', 'SN', 'SG', 'LO']), rng.randint(1, 9), rng.randint(1, 20), rng.randint(1000, 9999), reg)
        return ['from %s ([%s]) by %s\n\t([%s]) with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%03d; %s'
                % (a, priv_ip(rng), b, priv_ip(rng), rng.randint(6000, 8999), rng.randint(1, 40), d),
                'from %s ([%s]) by %s\n\t([%s]) with mapi id 15.20.%d.%03d; %s' % (a, priv_ip(rng), a, priv_ip(rng), rng.randint(6000, 8999), rng.randint(1, 40), d)]
    if kind == 'apple':
        return ['from smtpclient.apple (unknown [%s])\n\tby p00-icloudmta-asmtp-us-west-%da-100-percent-%d (Postfix) with ESMTPSA id %s;\n\t%s'
                % (priv_ip(rng), rng.randint(1, 3), rng.randint(1, 12), qid(rng), d)]
    if kind == 'php':
        host = c['helo']
        return ['by %s (Postfix, from userid %d)\n\tid %s; %s' % (host, rng.choice([33, 48, 1001, 0]), qid(rng), d)]
    if kind == 'exim':
        return ['from [%s] (helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.9%d)\n\t(envelope-from <%s>)\n\tid 1r%s-000%s-%s;\n\t%s'
                % (priv_ip(rng), rng.choice(['[127.0.0.1]', 'localhost', 'WIN-' + rs(rng, 11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')]), c['helo'], rng.randint(4, 7), c['envelope'],
                   rs(rng, 4), rs(rng, 3), rs(rng, 2), d)]
    if kind == 'zimbra':
        return ['from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTP id %s;\n\t%s' % ('zimbra.' + dom, 'zimbra.' + dom, priv_ip(rng), dom, qid(rng), d),
                'from localhost (localhost [%s])\n\tby zimbra.%s (Postfix) with ESMTP id %s;\n\t%s' % (priv_ip(rng), dom, qid(rng), d)]
    if kind == 'bulk':
        return ['by %s with SMTP id %s\n\tfor <%s>; %s' % (c['helo'], rs(rng, 22), c['rcpt_email'], d)]
    if kind == 'none':
        return []
    return ['from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
            % (priv_ip(rng), priv_ip(rng), c['sender_email'], c['helo'], qid(rng), d)]


def ident(c):
    """Pick sender, envelope, relay, authentication results and platform headers for the message."""
    rng, prof, label, lang, cat = c['rng'], c['prof'], c['label'], c['lang'], c['cat']
    f, l, name = person(rng, lang)
    c['sender_first'], c['sender_name'] = f, name
    org = rng.choice(LANG[lang]['orgs'] + (LANG['en']['orgs'][:3] if lang != 'en' and rng.random() < .2 else []))
    e = c['entry']
    if e.get('org'):
        org = e['org']
    c['org'], orgdom = org
    if e.get('from'):
        c['sender_name'] = e['from']
    elif label == 'spam' and e.get('brand') and rng.random() < .55:
        b = e['brand']
        c['sender_name'] = rng.choice([b + ' Support', b, b + ' Billing', b + ' Security', 'Customer Service', b + ' Team'])
    spam = label == 'spam'
    c['extra_hdrs'] = []
    dk = []
    ip = doc_ip(rng)
    c['ip'] = ip
    helo = rdns = None
    recv = 'postfix'
    if spam:
        look = rng.choice(LOOKALIKE.get(e.get('brand'), LOOKALIKE['generic']))
        if cat == 'bec':
            look = rng.choice(LOOKALIKE['BEC'])
    if prof == 'google':
        if spam or rng.random() < .45:
            dom = 'gmail.com'
            lp = local_part(rng, f, l) if not spam or rng.random() < .5 else rs(rng, rng.randint(6, 11), 'abcdefghijklmnopqrstuvwxyz') + str(rng.randint(1, 9999))
            dk = [('gmail.com' if False else 'google.com', 'pass', '20230601')]
            if spam and rng.random() < .25:
                dom = look
                dk = [(look, 'pass', 'google'), ('google.com', 'pass', '20230601')]
        else:
            dom = orgdom
            lp = local_part(rng, f, l)
            dk = [(dom, 'pass', 'google'), ('google.com', 'pass', '20230601')]
        c['sender_email'] = '%s@%s' % (lp, dom)
        c['sender_domain'] = dom
        c['envelope'] = '3%s@calendar-server.bounces.google.com' % rs(rng, 40)
        c['google_sent'] = True
        helo = rdns = 'mail-sor-f%d.google.com' % rng.randint(41, 99)
        c['spf'], c['dmarc'] = 'pass', 'pass'
        recv = 'google'
    elif prof in ('outlook', 'teams'):
        if spam and cat != 'compromised':
            if rng.random() < .6:
                dom = '%s.onmicrosoft.com' % rs(rng, rng.randint(6, 12), LOWER)
            else:
                dom = look
        elif spam:
            dom = orgdom
        else:
            dom = 'example.net' if rng.random() < .3 else orgdom
        c['sender_domain'] = dom
        c['sender_email'] = '%s@%s' % (local_part(rng, f, l), dom)
        c['envelope'] = c['sender_email']
        dk = [(dom, 'pass', rng.choice(['selector1', 'selector2']))]
        if dom.endswith('onmicrosoft.com'):
            dk = [(dom, 'pass', 'selector1-' + dom.replace('.', '-'))]
        helo = rdns = 'mail-%s%s.outbound.protection.outlook.com' % (rng.choice(['db', 'am', 'vi', 'eur', 'nam']), rng.randint(1, 99))
        c['spf'], c['dmarc'] = 'pass', 'pass'
        if not spam and rng.random() < .12:
            dk = []
            c['dmarc'] = 'none'
        recv = 'ms'
    elif prof in ('icloud', 'yahoo', 'zoho', 'proton', 'fastmail') and (spam or rng.random() < .55):
        dom = FREEMAIL[prof]
        c['sender_domain'] = dom
        lp = local_part(rng, f, l) if (not spam or rng.random() < .4) else rs(rng, 8, 'abcdefghijklmnopqrstuvwxyz') + str(rng.randint(10, 999))
        c['sender_email'] = '%s@%s' % (lp, dom)
        c['envelope'] = c['sender_email']
        sel = {'icloud.com': '1a1hai', 'yahoo.com': 's2048', 'zohomail.com': 'zm2022', 'proton.me': 'protonmail3', 'fastmail.com': 'fm3'}[dom]
        dk = [(dom, 'pass', sel)]
        helo = rdns = {'icloud.com': 'qs51p00im-qukt01071702.me.com', 'yahoo.com': 'sonic%d-%d.consmr.mail.gq1.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 40)),
                       'zohomail.com': 'sender4-op-o%d.zoho.com' % rng.randint(10, 19), 'proton.me': 'mail-4%d.proton.ch' % rng.randint(10, 40),
                       'fastmail.com': 'fout-a%d-smtp.messagingengine.com' % rng.randint(1, 8)}[dom]
        c['spf'], c['dmarc'] = 'pass', 'pass'
        recv = 'apple' if prof == 'icloud' else 'generic_auth'
        if prof == 'icloud' and rng.random() < .5 and not spam:
            c['sender_email_real'] = c['sender_email']
    elif prof in ('zoom', 'calendly', 'eventbrite', 'hubspot', 'bulk', 'booking', 'webex') and not (spam and prof in ('zoom', 'calendly', 'webex')):
        esp = {'zoom': 'zoom.us', 'calendly': 'calendly.com', 'eventbrite': 'eventbrite.com', 'hubspot': 'hubspotemail.net',
               'webex': 'webex.com', 'bulk': rng.choice(['sendgrid.net', 'mcsv.net', 'amazonses.com', 'sparkpostmail.com', 'mailgun.org']),
               'booking': rng.choice(['sendgrid.net', 'amazonses.com', 'mailgun.org'])}[prof]
        if spam:
            dom = look
        elif prof in ('zoom', 'calendly', 'eventbrite', 'webex'):
            dom = esp
        else:
            dom = orgdom
        c['sender_domain'] = dom
        if prof == 'zoom':
            c['sender_email'] = 'no-reply@zoom.us'
        elif prof == 'calendly':
            c['sender_email'] = 'notifications@calendly.com'
        elif prof == 'eventbrite':
            c['sender_email'] = 'noreply@order.eventbrite.com'
        elif prof == 'webex':
            c['sender_email'] = 'messenger@webex.com'
        else:
            c['sender_email'] = rng.choice(['events', 'news', 'info', 'hello', 'noreply', 'appointments', 'team']) + '@' + (('mail.' if rng.random() < .4 else '') + dom)
        c['envelope'] = 'bounces+%d-%s@%s' % (rng.randint(10**6, 10**7), rs(rng, 4, LOWER), 'em%d.%s' % (rng.randint(100, 9999), dom) if esp == 'sendgrid.net' else esp)
        dk = [(dom if dom != esp else esp, 'pass', rng.choice(['s1', 'k1', 'scph0224', 'pic', 'mte1']))]
        if dom != esp:
            dk.append((esp, 'pass', rng.choice(['smtpapi', 'k2', 'mg'])))
        helo = rdns = rng.choice(['o%d.ptr%d.%s' % (rng.randint(1, 99), rng.randint(1000, 9999), esp), 'mail%d.%s' % (rng.randint(1, 300), esp),
                                  'a%d-%d.smtp-out.%s' % (rng.randint(1, 99), rng.randint(1, 200), esp)])
        c['spf'], c['dmarc'] = 'pass', ('pass' if rng.random() < .8 else 'none')
        recv = 'bulk'
        if not spam and prof in ('bulk', 'booking', 'hubspot') and rng.random() < .75:
            c['sender_name'] = rng.choice([c['org'], c['org'], c['org'] + ' ' + rng.choice(['Events', 'Reservations', 'Team', 'Service'])])
    else:
        # self-hosted servers (Nextcloud, Zimbra, SOGo, Thunderbird via own SMTP) and unknown/PHP senders
        if spam:
            dom = look if rng.random() < .7 else rs(rng, rng.randint(5, 10), LOWER) + rng.choice(['.top', '.xyz', '.shop', '.online', '.click', '.site', '.info'])
            if cat == 'compromised':
                dom = orgdom
            c['sender_domain'] = dom
            c['sender_email'] = rng.choice(['info', 'support', 'noreply', 'service', 'billing', 'admin', 'notice', local_part(rng, f, l)]) + '@' + dom
            c['envelope'] = rng.choice([c['sender_email'], 'www-data@' + (rng.choice(SPAM_HOSTS) % rng.randint(10, 9999)), 'bounce-%d@%s' % (rng.randint(100, 99999), dom)])
            helo = rng.choice(SPAM_HOSTS) % rng.randint(10, 9999)
            rdns = helo if rng.random() < .6 else 'unknown'
            k = rng.random()
            if k < .35:
                dk, c['spf'], c['dmarc'] = [(dom, 'pass', 'default')], 'pass', 'pass'
            elif k < .55:
                dk, c['spf'], c['dmarc'] = [(dom, 'fail', 'mail')], 'softfail', 'fail'
            elif k < .8:
                dk, c['spf'], c['dmarc'] = [], rng.choice(['none', 'neutral', 'softfail']), 'none'
            else:
                dk, c['spf'], c['dmarc'] = [], rng.choice(['fail', 'temperror']), rng.choice(['fail', 'temperror'])
            recv = rng.choice(['php', 'exim', 'php', 'generic_auth'])
        else:
            dom = orgdom
            if prof == 'booking':
                dom = orgdom
            c['sender_domain'] = dom
            c['sender_email'] = '%s@%s' % (local_part(rng, f, l), dom)
            c['envelope'] = c['sender_email']
            helo = rdns = rng.choice(['mail', 'smtp', 'mx1', 'cloud', 'mail2']) + '.' + dom
            k = rng.random()
            if k < .55:
                dk, c['spf'], c['dmarc'] = [(dom, 'pass', rng.choice(['mail', 'default', 'dkim', '2024']))], 'pass', 'pass'
            elif k < .85:
                dk, c['spf'], c['dmarc'] = [], 'pass', 'none'
            else:
                dk, c['spf'], c['dmarc'] = [], rng.choice(['softfail', 'none', 'temperror']), 'none'
            recv = 'zimbra' if prof == 'zimbra' else rng.choice(['generic_auth', 'exim'])
    if spam and prof in ('zoom', 'calendly', 'webex'):
        pass
    c['from_domain'] = c['sender_domain']
    c['dkim'] = dk
    c['helo'], c['rdns'] = helo, rdns
    c['sender_received'] = sender_received(c, recv)


# --------------------------------------------------------------------------- bodies and structures
def cal_part(c, ics, ctype, cte, headers=None):
    data = ics.encode('utf-8')
    if c.get('malform') == 'lf':
        cte = 'base64'
    elif cte in ('7bit',) and any(b > 127 for b in data):
        cte = c['rng'].choice(['base64', '8bit', 'quoted-printable'])
    if cte != 'base64':
        data = data.replace(b'\r\n', b'\n')
    return Part(ctype, [('Content-Transfer-Encoding', cte)] + (headers or []), encode_body(data, cte))


def google_plain(c):
    rng = c['rng']
    eid = rs(rng, 60)
    L = [c['summ'], c['when'] + ' (%s)' % c['tzlabel']]
    if c.get('place'):
        L.append(c['place'])
    L.append('')
    if c.get('google_conf'):
        L += ['Join with Google Meet', c['google_conf'], '', 'Join by phone', '(US) +1 929-555-0%d PIN: %d#' % (rng.randint(100, 199), rng.randint(10**8, 10**9)), '']
    if c['desc']:
        L += [c['desc'], '']
    L += ['Organizer', c['sender_name'], c['sender_email'], '', 'Guests']
    for (n, e, role, ps) in c['attendees'][:6]:
        tag = 'organizer' if e == c['sender_email'] else ('optional' if role == 'OPT-PARTICIPANT' else '')
        L.append(('%s - %s' % (n or e, tag)).rstrip(' -'))
    if len(c['attendees']) > 6:
        L.append('View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=en&es=1' % (eid, rs(rng, 48), c['tzid'].replace('/', '%2F')))
    L += ['', 'Reply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=en&es=1'
          % (c['rcpt_email'], eid, rs(rng, 48), c['tzid'].replace('/', '%2F')), 'Your attendance is optional.', '', '~~//~~',
          'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
          'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.',
          '', 'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    return '\n'.join(L) + '\n'


def wrap_plain(c):
    prof, rng = c['prof'], c['rng']
    desc = c['desc']
    if c.get('mail_body') is not None:
        return c['mail_body']
    if c.get('google_sent'):
        return google_plain(c)
    if prof == 'teams' and c['label'] == 'ham':
        return desc + '\n\n' + '_' * 80 + ('\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\n'
                                             'Meeting ID: %d %d %d %d\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
                                             'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                                             'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s>\n'
                                             % (c['meet'], rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rs(rng, 6), ruuid(rng))) + '_' * 80 + '\n'
    if prof == 'zoom' and c['label'] == 'ham':
        return ('%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s %s\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n\n---\n\n%s\n'
                % (c['sender_name'], c['summ'], c['when'], c['tzlabel'], c['meet'], c['meet_id'], rs(rng, 6, '0123456789'), desc))
    if prof == 'zimbra':
        return ('The following is a new meeting request:\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nLocation: %s \nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n'
                % (c['summ'], c['sender_name'], c['sender_email'], c.get('place', ''), c['when'], '; '.join(a[1] for a in c['attendees'][:5]), desc))
    if prof == 'nextcloud' and c['label'] == 'ham':
        return ('%s has invited you to "%s"\n\nTitle: %s\nWhen: %s (%s)\nLocation: %s\nDescription: %s\n\nAccept: https://cloud.%s/index.php/apps/dav/invitation/accept/%s\nDecline: https://cloud.%s/index.php/apps/dav/invitation/decline/%s\n'
                % (c['sender_name'], c['summ'], c['summ'], c['when'], c['tzlabel'], c.get('place', ''), desc, c['sender_domain'], rs(rng, 60, LOWER), c['sender_domain'], rs(rng, 60, LOWER)))
    if prof == 'thunderbird':
        return desc + '\n'
    if prof == 'eventbrite' and c['label'] == 'ham':
        return desc + '\n\nOrder #%d\n\nView and manage your order: https://www.eventbrite.com/mytickets/%d\n\nEventbrite | 95 Third Street, 2nd Floor, San Francisco, CA 94103\n' % (rng.randint(10**9, 10**10), rng.randint(10**9, 10**10))
    if prof == 'calendly' and c['label'] == 'ham':
        return desc + '\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/%s\nReschedule: https://calendly.com/reschedulings/%s\n\nPowered by Calendly.com\n' % (ruuid(rng), ruuid(rng))
    return desc + '\n'


def html_style(c):
    if c.get('google_sent'):
        return 'google'
    if c['prof'] in ('outlook', 'teams', 'webex'):
        return 'ms'
    if c['prof'] in ('bulk', 'hubspot', 'eventbrite', 'booking', 'calendly'):
        return 'bulk'
    return 'plain'


def boundary(c, kind):
    rng = c['rng']
    if c.get('google_sent'):
        return '000000000000%s' % rhex(rng, 16)
    p = c['prof']
    if p in ('outlook', 'teams', 'webex'):
        return '_%03d_%s%s_' % (rng.randint(0, 4), rs(rng, 20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rs(rng, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789').lower())
    if p == 'icloud':
        return 'Apple-Mail=_%s' % ruuid(rng, True)
    if p == 'thunderbird':
        return '------------%s' % rs(rng, 24)
    if p == 'zimbra':
        return '=_%s' % ruuid(rng)
    if p in ('php',) or c['label'] == 'spam' and rng.random() < .4:
        return rng.choice(['b1_%s' % rhex(rng, 32), '==Multipart_Boundary_x%sx' % rhex(rng, 32), '----=_Part_%d_%d.%d' % (rng.randint(1, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)), 'PHP-alt-%s' % rhex(rng, 32)])
    return rng.choice(['----=_Part_%d_%d.%d' % (rng.randint(1, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)), '=_%s' % rhex(rng, 28),
                       '--==_mimepart_%s_%d' % (rhex(rng, 13), rng.randint(1, 9999)), '_----------=_%d%d' % (rng.randint(10**9, 10**10), rng.randint(10, 999))])


def build_root(c, plain, html, ics):
    rng, prof = c['rng'], c['prof']
    cs = c['charset']
    if not can_encode(plain + (html or ''), cs):
        cs = c['charset'] = 'utf-8'
    method = c['method']
    mparam = '; method=%s' % method if method else ''
    bad = c.get('malform') == 'badcharset'
    tcs = ('iso-8859-1' if bad else cs)
    def tp(text, sub, cte):
        if bad:
            data = text.encode('utf-8')
            return Part('text/%s; charset=%s' % (sub, 'iso-8859-1'), [('Content-Transfer-Encoding', '8bit')], data.replace(b'\r\n', b'\n'))
        if not can_encode(text, cs):
            return text_part(text, sub, 'utf-8', cte)
        return text_part(text, sub, cs, cte)
    if html is not None:
        html = html.replace('{CHARSET}', tcs)
    ccs = rng.choice(['utf-8', 'UTF-8', '"utf-8"']) if not bad else 'windows-1252'
    st = c['structure']
    ctes = c['ctes']
    if st == 'google':
        alt = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[
            tp(plain, 'plain', ctes[0]), tp(html, 'html', ctes[1]),
            cal_part(c, ics, 'text/calendar; charset="UTF-8"; method=%s' % method, rng.choice(['7bit', 'base64']))], boundary=None)
        alt.boundary = alt.ctype.split('"')[1]
        att = cal_part(c, ics, 'application/ics; name="invite.ics"', 'base64', [('Content-Disposition', 'attachment; filename="invite.ics"')])
        root = Part('multipart/mixed; boundary="%s"' % boundary(c, 'm'), parts=[alt, att])
    elif st == 'ms_alt':
        root = Part('multipart/alternative;\n\tboundary="%s"' % boundary(c, 'a'), parts=[
            tp(plain, 'plain', 'quoted-printable'), tp(html, 'html', 'quoted-printable'),
            cal_part(c, ics, 'text/calendar; charset="utf-8"; method=%s' % method, 'base64')])
    elif st == 'ms_mixed':
        alt = Part('multipart/alternative;\n\tboundary="%s"' % boundary(c, 'a'), parts=[tp(plain, 'plain', 'quoted-printable'), tp(html, 'html', 'quoted-printable')])
        att = cal_part(c, ics, 'text/calendar; charset="utf-8"; name="%s"%s' % (c.get('icsname', 'meeting.ics'), mparam), 'base64',
                       [('Content-Description', c.get('icsname', 'meeting.ics')), ('Content-Disposition', 'attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (c.get('icsname', 'meeting.ics'), len(ics), format_datetime(c['arrival']), format_datetime(c['arrival'])))])
        root = Part('multipart/mixed;\n\tboundary="%s"' % boundary(c, 'm'), parts=[alt, att])
    elif st == 'apple_mixed':
        root = Part('multipart/mixed;\n\tboundary="%s"' % boundary(c, 'm'), parts=[
            tp(plain, 'plain', ctes[0]),
            cal_part(c, ics, 'text/calendar;\n\tx-unix-mode=0644;\n\tname="invite.ics";\n\tmethod=%s;\n\tcharset=utf-8' % method, 'quoted-printable',
                     [('Content-Disposition', 'attachment;\n\tfilename=invite.ics')])])
    elif st == 'alt3':
        root = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[
            tp(plain, 'plain', ctes[0]), tp(html, 'html', ctes[1]), cal_part(c, ics, 'text/calendar; charset=%s%s' % (ccs, mparam), ctes[2])])
    elif st == 'alt2':
        root = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[
            tp(plain, 'plain', ctes[0]), cal_part(c, ics, 'text/calendar; charset=%s%s' % (ccs, mparam), ctes[2])])
    elif st == 'moz':
        alt = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[
            tp(plain, 'plain', ctes[0]), cal_part(c, ics, 'text/calendar; method=%s; charset=UTF-8' % method, ctes[2])])
        att = cal_part(c, ics, 'application/ics; name="invite.ics"', 'base64', [('Content-Disposition', 'attachment; filename="invite.ics"')])
        root = Part('multipart/mixed; boundary="%s"' % boundary(c, 'm'), parts=[alt, att])
    elif st == 'html_cal':
        root = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[
            tp(html, 'html', ctes[1]), cal_part(c, ics, 'text/calendar; charset=%s%s' % (ccs, mparam), ctes[2])])
    elif st in ('mixed_textcal', 'mixed_octet', 'mixed_appics', 'mixed_alt_textcal'):
        name = c.get('icsname', 'invite.ics')
        disp = [('Content-Disposition', 'attachment; filename="%s"' % name)]
        if st == 'mixed_octet':
            cp = cal_part(c, ics, 'application/octet-stream; name="%s"' % name, 'base64', disp)
        elif st == 'mixed_appics':
            cp = cal_part(c, ics, 'application/ics; name="%s"' % name, 'base64', disp)
        else:
            cp = cal_part(c, ics, 'text/calendar; charset=%s; name="%s"%s' % (ccs, name, mparam), ctes[2], disp)
        if st == 'mixed_alt_textcal' and html is not None:
            first = Part('multipart/alternative; boundary="%s"' % boundary(c, 'a'), parts=[tp(plain, 'plain', ctes[0]), tp(html, 'html', ctes[1])])
            first.boundary = first.ctype.split('"')[1]
        elif html is not None and rng.random() < .4:
            first = tp(html, 'html', ctes[1])
        else:
            first = tp(plain, 'plain', ctes[0])
        parts = [first, cp]
        for extra in c.get('extra_parts', []):
            parts.append(extra)
        root = Part('multipart/mixed; boundary="%s"' % boundary(c, 'm'), parts=parts)
    elif st == 'bare':
        root = cal_part(c, ics, 'text/calendar; charset=%s%s' % (ccs, mparam), ctes[2])
        if rng.random() < .3:
            root.headers.append(('Content-Disposition', 'inline; filename="%s"' % c.get('icsname', 'invite.ics')))
    else:
        raise ValueError(st)
    # fix boundaries stored in ctype
    def fixb(p):
        if p.parts is not None:
            p.boundary = p.ctype.split('boundary="')[1].split('"')[0]
            for q in p.parts:
                fixb(q)
    fixb(root)
    return root


def orig_headers(c, root):
    rng, prof = c['rng'], c['prof']
    cs = c['charset']
    H = []
    date = rfcdate(c['arrival'] - timedelta(seconds=rng.randint(2, 90)), c['tzid'], rng, paren=prof in ('zimbra', 'php') and rng.random() < .5)
    frm = addr(c['sender_name'], c['sender_email'], cs, rng)
    if c.get('from_override'):
        frm = c['from_override']
    to = addr(c['rcpt_name'] if rng.random() < .7 else '', c['rcpt_email'], cs, rng)
    if c.get('to_override'):
        to = c['to_override']
    subj = enc_word(c['subject'], cs, rng)
    mid = c['msgid']
    mime = ('MIME-Version', '1.0')
    if c.get('google_sent'):
        H += [mime, ('Reply-To', c['sender_email']), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
              ('Date', date), ('Message-ID', mid), ('Subject', subj), ('From', frm), ('To', to)]
    elif prof in ('outlook', 'teams'):
        H += [('From', frm), ('To', to)]
        if c.get('cc'):
            H.append(('CC', c['cc']))
        H += [('Subject', subj), ('Thread-Topic', subj), ('Thread-Index', base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
              ('Date', date), ('Message-ID', mid)]
        if c.get('in_reply_to'):
            H.append(('References', c['in_reply_to']))
        H += [('Accept-Language', c['langtag'] if c['langtag'] == 'en-US' else c['langtag'].lower() + ', en-US'), ('Content-Language', c['langtag']), ('X-MS-Has-Attach', ''),
              ('X-MS-TNEF-Correlator', ''), ('x-ms-exchange-calendar-series-instance-id', base64.b64encode(bytes(rng.getrandbits(8) for _ in range(40))).decode()),
              ('x-ms-publictraffictype', 'Email'), ('X-MS-Office365-Filtering-Correlation-Id', ruuid(rng)),
              ('x-ms-exchange-senderadcheck', '1'), mime]
        if c['label'] == 'ham' and rng.random() < .4:
            H.append(('msip_labels', ''))
    else:
        H += [('Date', date), ('From', frm)]
        if c.get('sender_hdr'):
            H.append(('Sender', c['sender_hdr']))
        if c.get('reply_to'):
            H.append(('Reply-To', c['reply_to']))
        H += [('To', to)]
        if c.get('cc'):
            H.append(('Cc', c['cc']))
        H += [('Subject', subj), ('Message-ID', mid)]
        if c.get('in_reply_to'):
            H += [('In-Reply-To', c['in_reply_to']), ('References', c['in_reply_to'])]
        H.append(mime)
    if c.get('reply_to') and (c.get('google_sent') or prof in ('outlook', 'teams')):
        H = [(k, v) if k != 'Reply-To' else (k, c['reply_to']) for k, v in H]
        if not any(k == 'Reply-To' for k, v in H):
            H.append(('Reply-To', c['reply_to']))
    H += c['extra_hdrs']
    return [(k, fold_header(k, v)) for k, v in H]


def render_message(headers, root):
    out = ''.join('%s: %s\n' % kv for kv in headers).encode('utf-8')
    return out + root.render()


def msgid(c):
    rng, prof = c['rng'], c['prof']
    dom = c['sender_domain']
    if c.get('google_sent'):
        return '<calendar-%s@google.com>' % ruuid(rng)
    if prof in ('outlook', 'teams'):
        return '<%s%s@%s%dPR%02dMB%04d.%s.prod.outlook.com>' % (rng.choice(['AM', 'DB', 'VI', 'PA', 'BY', 'SN']), rs(rng, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                                                 rng.choice(['AM', 'DB', 'VI', 'PA', 'BY', 'SN']), rng.randint(1, 9), rng.randint(1, 20), rng.randint(1000, 9999), rng.choice(['eurprd04', 'namprd12', 'apcprd06']))
    if prof == 'icloud':
        return '<%s@%s>' % (ruuid(rng, True), rng.choice(['icloud.com', 'me.com', 'email.apple.com']))
    if prof == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), int(c['arrival'].timestamp() * 1000), dom)
    if prof == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), int(c['arrival'].timestamp() * 1000))
    if prof == 'proton':
        return '<%s=@proton.me>' % rs(rng, 86, ALNUM + '_-')
    if prof == 'fastmail':
        return '<%s@app.fastmail.com>' % ruuid(rng)
    if prof == 'sogo':
        return '<%s-%s-%d-%s@%s>' % (rhex(rng, 4), rhex(rng, 8), rng.randint(1, 9), rhex(rng, 8), dom)
    if prof == 'php':
        return '<%s@%s>' % (rhex(rng, 32), dom)
    if prof in ('bulk', 'hubspot', 'booking', 'calendly', 'eventbrite', 'zoom', 'webex'):
        return '<%s.%s@%s>' % (rs(rng, 22), rs(rng, 6), rng.choice([dom, 'smtpapi.' + dom if not dom.endswith('.com') else dom, 'geopod-ismtpd-%d' % rng.randint(1, 40)]))
    return '<%s@%s>' % (ruuid(rng), dom)


X_MAILER = {
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird'), ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1'),
                    ('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0')],
    'zimbra': [('X-Mailer', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF121 (Win)/9.0.0_GA_4583)'), ('X-Mailer', 'Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC120 (Linux)/8.8.15_GA_4581)')],
    'sogo': [('User-Agent', 'SOGoMail 5.10.0'), ('X-Mailer', 'SOGoMail 5.8.4')],
    'nextcloud': [('X-Mailer', 'Nextcloud Mail'), ('Auto-Submitted', 'auto-generated')],
    'icloud': [('X-Mailer', 'iPhone Mail (21E236)'), ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'), ('X-Apple-Calendar-Invitation', 'yes')],
    'yahoo': [('X-Mailer', 'WebService/1.1.22205 YMailNorrin')],
    'zoho': [('X-Mailer', 'Zoho Mail'), ('User-Agent', 'Zoho Mail')],
    'proton': [('X-Pm-Origin', 'internal'), ('X-Pm-Content-Encryption', 'end-to-end')],
    'fastmail': [('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20240829.001-g3a29173c'), ('X-ME-Sender', '<xms:%s>')],
    'php': [('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'), ('X-Mailer', 'PHP/7.4.33'), ('X-Priority', '1 (Highest)'),
            ('X-Mailer', 'Microsoft Outlook 16.0'), ('X-PHP-Originating-Script', '1001:mailer.php'), ('X-Mailer', 'Swift Mailer'), ('X-Mailer', 'Sendinblue')],
    'zoom': [('X-Zoom-Meeting', 'scheduled')],
    'calendly': [('X-Entity-Ref-ID', None)],
    'eventbrite': [('X-Eventbrite-Source', 'order_confirmation')],
    'hubspot': [('X-HubSpot-Meetings', 'true'), ('X-HS-Cid', None)],
    'bulk': [('List-Unsubscribe', None), ('X-Campaign-ID', None), ('Feedback-ID', None)],
    'booking': [('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated')],
    'webex': [('X-Webex-Site', None)],
}


def platform_headers(c):
    rng, prof = c['rng'], c['prof']
    out = []
    seen = set()
    for k, v in rng.sample(X_MAILER.get(prof, []), min(len(X_MAILER.get(prof, [])), rng.randint(1, 2))):
        if k in seen:
            continue
        seen.add(k)
        if v is None:
            v = {'X-Entity-Ref-ID': ruuid(rng), 'X-HS-Cid': rs(rng, 20), 'X-Campaign-ID': '%d_%s' % (rng.randint(10**5, 10**6), rhex(rng, 10)),
                 'Feedback-ID': '%d:%d:%s:%s' % (rng.randint(1, 99), rng.randint(10**5, 10**6), rng.choice(['campaign', 'newsletter', 'events']), c['sender_domain']),
                 'List-Unsubscribe': '<mailto:unsubscribe-%s@%s>, <https://%s/u/%s>' % (rhex(rng, 16), c['sender_domain'], c['sender_domain'], rs(rng, 24)),
                 'X-Webex-Site': rs(rng, 8, LOWER) + '.webex.com'}[k]
        if '%s' in v:
            v = v % rs(rng, 40, LOWER)
        out.append((k, v))
    if prof == 'bulk' and not any(k == 'List-Unsubscribe' for k, v in out):
        out.append(('List-Unsubscribe', '<https://%s/unsubscribe/%s>' % (c['sender_domain'], rs(rng, 24))))
        out.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    if prof in ('outlook', 'teams') and c['label'] == 'spam' and rng.random() < .3:
        out.append(('X-Priority', '1'))
    return out


# --------------------------------------------------------------------------- per-message assembly
CAT_PROFILES = {
    'spam': dict(callback=['google', 'php', 'outlook', 'icloud', 'bulk', 'yahoo', 'zoho'], invoice=['outlook', 'google', 'php', 'bulk', 'zoho'],
                 parcel=['google', 'php', 'icloud', 'bulk'], prize=['google', 'icloud', 'bulk', 'php', 'yahoo'],
                 crypto=['google', 'php', 'icloud', 'bulk', 'outlook'], romance=['google', 'icloud', 'yahoo', 'php', 'proton'],
                 advance_fee=['yahoo', 'google', 'outlook', 'php', 'zoho'], phishing=['outlook', 'google', 'php', 'bulk', 'icloud', 'php'],
                 compromised=['outlook', 'google', 'php', 'zimbra', 'sogo', 'outlook'], malware=['php', 'zoom', 'teams', 'outlook', 'google', 'calendly', 'webex'],
                 bec=['google', 'outlook', 'icloud', 'yahoo', 'proton'], retail_pharma=['icloud', 'google', 'bulk', 'php'],
                 nagging=['google', 'php', 'icloud', 'outlook'], ics_only=['php', 'icloud', 'outlook', 'php', 'yahoo']),
    'ham': dict(outlook=['outlook', 'teams'], google=['google'],
                other_clients=['icloud', 'fastmail', 'proton', 'nextcloud', 'zimbra', 'sogo', 'thunderbird', 'yahoo', 'zoho'],
                updates=['outlook', 'google', 'teams', 'icloud', 'thunderbird', 'nextcloud', 'zimbra'],
                webinars=['bulk', 'hubspot', 'eventbrite', 'zoom', 'webex', 'teams', 'bulk'], bookings=['booking', 'bulk', 'booking'],
                appointments=['calendly', 'booking', 'hubspot', 'booking'], bills=['booking', 'bulk', 'google', 'outlook', 'nextcloud'],
                vendor_recruiting=['outlook', 'teams', 'google', 'hubspot', 'zoom', 'calendly'],
                series=['google', 'icloud', 'nextcloud', 'sogo', 'outlook', 'thunderbird', 'zimbra'], it_security=['outlook', 'teams', 'google', 'outlook'],
                forwarded=['outlook', 'google', 'icloud', 'thunderbird', 'zimbra', 'booking']),
}
STRUCTS = {
    'google': ['google'], 'outlook': ['ms_alt', 'ms_alt', 'ms_alt', 'ms_mixed'], 'teams': ['ms_alt', 'ms_alt', 'ms_mixed'],
    'icloud': ['apple_mixed', 'alt3', 'mixed_textcal'], 'thunderbird': ['moz'],
    'zoom': ['mixed_alt_textcal', 'mixed_appics', 'alt3'], 'webex': ['mixed_alt_textcal', 'alt3', 'ms_alt'],
    'php': ['bare', 'mixed_octet', 'mixed_textcal', 'alt3', 'html_cal', 'mixed_appics', 'alt2', 'mixed_alt_textcal'],
}
for _p in ('nextcloud', 'sogo', 'zimbra', 'fastmail', 'proton', 'yahoo', 'zoho'):
    STRUCTS[_p] = ['alt3', 'alt2', 'mixed_textcal', 'mixed_appics', 'mixed_alt_textcal']
for _p in ('calendly', 'hubspot', 'booking', 'eventbrite', 'bulk'):
    STRUCTS[_p] = ['mixed_alt_textcal', 'mixed_textcal', 'mixed_octet', 'alt3', 'html_cal', 'mixed_appics']

LANGTAG = dict(en='en-US', de='de-DE', fr='fr-FR', es='es-ES', pt='pt-BR', it='it-IT', nl='nl-NL', pl='pl-PL', cs='cs-CZ', sv='sv-SE',
               ru='ru-RU', uk='uk-UA', tr='tr-TR', el='el-GR', ar='ar-SA', he='he-IL', ja='ja-JP', zh='zh-CN', ko='ko-KR', vi='vi-VN',
               th='th-TH', id='id-ID')
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'i': 'і', 'A': 'А', 'E': 'Е', 'O': 'О', 'P': 'Р', 'C': 'С', 'M': 'М', 'T': 'Т', 'H': 'Н', 'B': 'В', 'K': 'К'}


class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'


def obfuscate(rng, text, how):
    if how == 'zw':
        out = []
        for ch in text:
            out.append(ch)
            if ch.isalpha() and rng.random() < .35:
                out.append(rng.choice(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']))
        return ''.join(out)
    if how == 'homo':
        return ''.join(HOMO[ch] if ch in HOMO and rng.random() < .5 else ch for ch in text)
    return text


def meet_link(c, kind):
    rng = c['rng']
    if kind == 'teams':
        return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (rs(rng, 48), ruuid(rng), ruuid(rng))
    if kind == 'zoom':
        c['meet_id'] = '%d %04d %04d' % (rng.randint(800, 999), rng.randint(0, 9999), rng.randint(0, 9999))
        return 'https://us0%dweb.zoom.us/j/%s?pwd=%s' % (rng.randint(2, 6), c['meet_id'].replace(' ', ''), rs(rng, 32))
    if kind == 'webex':
        s = rs(rng, 8, LOWER)
        return 'https://%s.webex.com/%s/j.php?MTID=m%s' % (s, s, rhex(rng, 32))
    return 'https://meet.google.com/%s-%s-%s' % (rs(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rs(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rs(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))


def ham_url(c):
    rng = c['rng']
    d = c['sender_domain']
    if d in ('gmail.com', 'icloud.com', 'yahoo.com', 'zohomail.com', 'proton.me', 'fastmail.com') or d.endswith('.com') and d in ('sendgrid.net',):
        d = c['org_domain_alt']
    words = {'webinars': ['webinar', 'events', 'register', 'live', 'join'], 'bookings': ['booking', 'manage', 'reservation', 'checkin', 'trips'],
             'bills': ['billing', 'account', 'statement', 'pay', 'documents'], 'appointments': ['appointments', 'booking', 'manage', 'reschedule']}.get(
        c['cat'], ['events', 'agenda', 'info', 'docs', 'calendar', 'register', 'schedule'])
    return 'https://%s%s/%s' % (rng.choice(['www.', 'portal.', 'events.', 'my.', '']), d, rng.choice([slug(rng, words), '%s?id=%d' % (rng.choice(['booking', 'view', 'order', 'ticket']), rng.randint(10**5, 10**7))]))


def build_one(label, cat, idx, entry, malform):
    rng = random.Random('holdout4|%s|%s|%d' % (label, cat, idx))
    lang = entry['l']
    c = dict(rng=rng, label=label, cat=cat, idx=idx, entry=entry, lang=lang, malform=malform, langtag=LANGTAG[lang])
    start = datetime(2016, 1, 4, tzinfo=timezone.utc)
    span = (datetime(2026, 11, 12, tzinfo=timezone.utc) - start).total_seconds()
    arr = start + timedelta(seconds=rng.randint(0, int(span)))
    lh = to_local(rng.choice(LANG[lang]['tz']), arr).hour
    c['arrival'] = arr
    c['tzid'] = rng.choice(LANG[lang]['tz'])
    c['tzlabel'] = c['tzid'].split('/')[-1].replace('_', ' ') + ' time'
    profs = CAT_PROFILES[label][cat]
    c['prof'] = entry.get('prof') or profs[idx % len(profs)]
    # recipient
    rf, rl_, rname = person(rng, lang)
    rdom = rng.choice(RCPT_DOMAINS)
    c['rcpt_name'], c['rcpt_first'] = rname, rf
    c['rcpt_email'] = '%s@%s' % (local_part(rng, rf, rl_), rdom)
    ident(c)
    c['org_domain_alt'] = c.get('org_domain_alt') or rng.choice(LANG[lang]['orgs'])[1]
    # event time
    if label == 'spam':
        st = arr + timedelta(minutes=rng.choice([20, 45, 90, 180, 600, 1440, 2880, 4320]))
    else:
        st = arr + timedelta(days=rng.randint(1, 24))
    if cat in ('appointments', 'bookings'):
        st = arr + timedelta(days=rng.randint(3, 60))
    loc = to_local(c['tzid'], st)
    if label == 'ham' or rng.random() < .5:
        loc = loc.replace(hour=rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17]), minute=rng.choice([0, 0, 30, 15, 0]), second=0)
    else:
        loc = loc.replace(minute=(loc.minute // 5) * 5, second=0)
    if label == 'ham' and cat in ('outlook', 'google', 'vendor_recruiting', 'it_security', 'updates', 'webinars', 'bills') and loc.weekday() >= 5:
        loc += timedelta(days=7 - loc.weekday())
    c['start'] = from_local(c['tzid'], loc)
    c['end'] = c['start'] + timedelta(minutes=rng.choice([15, 30, 30, 45, 60, 60, 90]))
    c['stamp'] = arr - timedelta(seconds=rng.randint(5, 120))
    if rng.random() < .6:
        c['created'] = c['stamp'] - timedelta(minutes=rng.randint(0, 3000))
        c['last_mod'] = c['stamp']
    # values for the hand-written texts
    v = SafeDict()
    v['sn'], v['sf'], v['rn'], v['rf'] = c['sender_name'], c['sender_first'], c['rcpt_name'], c['rcpt_first']
    v['rl'] = c['rcpt_email'].split('@')[0]
    v['rd'] = c['rcpt_email'].split('@')[1]
    v['org'] = c['org']
    am = entry.get('amt', (39, 899))
    lo, hi = (am, am) if isinstance(am, (int, float)) else am
    val = rng.uniform(lo, hi) if lo != hi else lo - 0.01
    v['amt'] = fmt_amount(lang, round(val, 2) if hi < 5000 else round(val, -1))
    v['ref'] = entry.get('reffmt', '{A}{A}{A}-{D}{D}{D}{D}{D}{D}').replace('{A}', '%s').replace('{D}', '%s') % tuple(
        rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') if ch == 'A' else str(rng.randint(0, 9)) for ch in
        ''.join('A' if p.startswith('A}') else 'D' for p in entry.get('reffmt', '{A}{A}{A}-{D}{D}{D}{D}{D}{D}').split('{')[1:]))
    v['n'] = str(rng.randint(2, 9))
    v['when'] = fmt_date(lang, to_local(c['tzid'], c['start']))
    v['day'] = v['when'].split(',')[0] if lang != 'en' else v['when'].split(' at ')[0]
    v['brand'] = entry.get('brand', '')
    if label == 'spam':
        v['url'] = spam_url(rng, entry.get('u'), entry.get('brand'))
        v['url2'] = spam_url(rng, 'short', entry.get('brand'))
        v['phone'] = phone(rng, lang, tollfree=entry.get('tollfree', lang == 'en'))
        v['mail'] = rng.choice(['%s@%s' % (rs(rng, 8, LOWER), rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])), 'claims@' + rng.choice(LOOKALIKE['generic'])])
    else:
        v['url'] = ham_url(c)
        v['phone'] = phone(rng, lang)
    mk = entry.get('meet') or {'teams': 'teams', 'zoom': 'zoom', 'webex': 'webex', 'google': 'google'}.get(c['prof'])
    c['meet'] = meet_link(c, mk) if mk else ''
    v['meet'] = c['meet']
    c['when'] = v['when']
    c['vals'] = v
    f = lambda s: s.format_map(v) if s else s
    c['subject'] = f(entry['s'])
    c['summ'] = f(entry.get('t') or entry['s'])
    c['desc'] = f(entry.get('b', ''))
    c['place'] = f(entry.get('loc', ''))
    if c['prof'] == 'teams' and label == 'ham' and not c['place']:
        c['place'] = 'Microsoft Teams Meeting'
    if c['prof'] == 'zoom' and label == 'ham':
        c['place'] = c['meet']
    if c['prof'] == 'google' and label == 'ham' and rng.random() < .7:
        c['google_conf'] = c['meet']
    if c['prof'] == 'webex' and label == 'ham':
        c['place'] = c['meet']
    if c.get('google_sent'):
        ls, le = to_local(c['tzid'], c['start']), to_local(c['tzid'], c['end'])
        def hm(d):
            return ('%d:%02d%s' % (d.hour % 12 or 12, d.minute, 'am' if d.hour < 12 else 'pm')).replace(':00', '')
        gwhen = '%s %s - %s (%s)' % (ls.strftime('%a %b ') + str(ls.day) + ls.strftime(', %Y'), hm(ls), hm(le), TZ[c['tzid']][3][utc_offset(c['tzid'], c['start']) != TZ[c['tzid']][1]])
        pre = {'CANCEL': 'Canceled event', 'REQUEST': 'Updated invitation' if entry.get('k') == 'update' else 'Invitation'}.get(entry.get('m', 'REQUEST'), 'Invitation')
        if entry.get('k') == 'cancel':
            pre = 'Canceled event'
        title = c['summ']
        GPRE = dict(es='Invitación', pt='Convite', it='Invito', tr='Davet', id='Undangan', vi='Lời mời', de='Einladung', fr='Invitation',
                    nl='Uitnodiging', pl='Zaproszenie', cs='Pozvánka', sv='Inbjudan', ru='Приглашение', uk='Запрошення', el='Πρόσκληση',
                    ar='دعوة', he='הזמנה', ja='招待', zh='邀请', ko='초대', th='คำเชิญ')
        for p0 in ('Invitation: ', 'Updated invitation: ', 'Canceled: ', GPRE.get(lang, '#') + ': ', GPRE.get(lang, '#') + ' : '):
            if title.startswith(p0):
                title = title[len(p0):]
        if lang != 'en' and pre == 'Invitation':
            pre = GPRE[lang]
            gwhen = fmt_date(lang, ls)
        if rng.random() < .85:
            c['subject'] = '%s: %s @ %s (%s)' % (pre, title, gwhen, c['rcpt_email'])
        c['summ'] = title
    x = entry.get('x', ())
    # spam obfuscations
    for how in ('zw', 'homo'):
        if how in x:
            c['summ'] = obfuscate(rng, c['summ'], how)
            c['subject'] = obfuscate(rng, c['subject'], how)
    c['method'] = entry.get('m', 'REQUEST')
    c['sequence'] = entry.get('seq', 0)
    c['status'] = rng.choice([None, 'CONFIRMED']) if c['method'] != 'CANCEL' else 'CANCELLED'
    # attendees
    att = []
    org_email = c['sender_email']
    if c.get('google_sent') and rng.random() < .8:
        att.append((c['sender_name'], org_email, 'REQ-PARTICIPANT', 'ACCEPTED'))
    att.append((c['rcpt_name'] if rng.random() < .8 else c['rcpt_email'], c['rcpt_email'], 'REQ-PARTICIPANT', 'NEEDS-ACTION'))
    nextra = entry.get('natt', rng.choice([0, 1, 2, 3, 5]) if label == 'ham' else rng.choice([0, 0, 1, 4, 12, 30]))
    for k in range(nextra):
        pf, pl, pn = person(rng, lang)
        dom = c['rcpt_email'].split('@')[1] if label == 'ham' and rng.random() < .6 else (
            c['sender_domain'] if label == 'ham' else rng.choice(RCPT_DOMAINS + ['example.com', 'mail.example.com', 'inbox.example']))
        e = '%s@%s' % (local_part(rng, pf, pl) if label == 'ham' or rng.random() < .5 else rs(rng, rng.randint(5, 10), LOWER) + str(rng.randint(1, 99)), dom)
        if e not in [a[1] for a in att]:
            att.append((pn if label == 'ham' or rng.random() < .3 else '', e, rng.choice(['REQ-PARTICIPANT', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT']), 'NEEDS-ACTION'))
    c['attendees'] = att
    c['alarms'] = []
    if label == 'ham' and rng.random() < .55:
        c['alarms'].append(('DISPLAY', rng.choice(['-PT15M', '-PT15M', '-PT30M', '-PT10M', '-P1D']), 'Reminder'))
    if label == 'spam' and rng.random() < .5:
        for t in rng.sample(['-PT0M', '-PT1M', '-PT5M', '-PT10M', '-PT30M', '-PT1H', '-P1D'], rng.randint(1, 3)):
            c['alarms'].append(('DISPLAY', t, c['summ']))
    # uid
    p = c['prof']
    if p in ('outlook', 'teams'):
        c['uid'] = '040000008200E00074C5B7101A82E00800000000%s' % rs(rng, 72, '0123456789ABCDEF')
    elif c.get('google_sent'):
        c['uid'] = '%s@google.com' % rs(rng, 26, LOWER)
    elif p == 'icloud':
        c['uid'] = ruuid(rng, True)
    elif p == 'zoom':
        c['uid'] = 'ZOOM%d' % rng.randint(10**10, 10**11)
    elif p == 'php':
        c['uid'] = rng.choice(['%s@%s' % (rhex(rng, 13), c['sender_domain']), ruuid(rng), '%d' % int(arr.timestamp()), '%s-%d' % (rhex(rng, 16), rng.randint(1, 99))])
    else:
        c['uid'] = rng.choice([ruuid(rng), '%s@%s' % (ruuid(rng), c['sender_domain']), '%s' % rhex(rng, 32)])
    c['ics_extra'] = []
    c['attach'] = []
    c['extra_parts'] = []
    hook = CAT_HOOKS.get((label, cat)) or CAT_HOOKS.get(label)
    hook(c)
    # description / summary / location in the calendar object
    c.setdefault('ics_summ', c['summ'])
    c.setdefault('ics_desc', c['desc'] + ('\n\n' + c['meet'] if c['meet'] and c['meet'] not in c['desc'] and p in ('teams', 'zoom', 'webex') and label == 'ham' else ''))
    c.setdefault('ics_loc', c['place'])
    if p in ('outlook', 'teams') and 'alt_desc' not in c and rng.random() < .5:
        import html as H
        c['alt_desc'] = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n' + ''.join('<P><FONT SIZE=2 FACE="Calibri">%s</FONT></P>\n' % H.escape(pp) for pp in c['ics_desc'].split('\n') if pp.strip()) + '</BODY>\n</HTML>'
    alltext = c['subject'] + c['desc'] + c['summ'] + c['sender_name'] + c['rcpt_name'] + c.get('mail_body', '') or ''
    c['charset'] = entry.get('cs') or pick_charset(rng, lang, alltext)
    if not entry.get('cs') and (p in ('google', 'icloud', 'proton', 'fastmail', 'zoom', 'calendly', 'eventbrite', 'hubspot', 'nextcloud') or c.get('google_sent')):
        c['charset'] = 'UTF-8' if p in ('google', 'calendly', 'hubspot') else 'utf-8'
    if c.get('structure') is None:
        c['structure'] = entry.get('st') or rng.choice(STRUCTS.get(p, STRUCTS['bulk']))
    c['ctes'] = (rng.choice(['quoted-printable', 'base64', '8bit', '7bit']), rng.choice(['quoted-printable', 'base64', 'quoted-printable']),
                 rng.choice(['7bit', '8bit', 'base64', 'quoted-printable']))
    c['msgid'] = msgid(c)
    c['extra_hdrs'] += platform_headers(c)
    ics = make_ics(c)
    plain = wrap_plain(c)
    html = c.get('html_override') or html_of(c.get('html_text', plain), c, html_style(c))
    if c['structure'] in ('alt2', 'moz', 'bare', 'apple_mixed') or c['structure'] == 'mixed_textcal' and rng.random() < .5:
        html = html  # unused by those structures
    root = build_root(c, plain, html, ics)
    if c.get('forward'):
        return forward_wrap(c, root)
    headers = trace(c) + orig_headers(c, root)
    return finish(render_message(headers, root))


def finish(raw):
    return raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def forward_wrap(c, inner_root):
    """Wrap the built message: colleague forward as message/rfc822, auto-forward, list resend."""
    rng = c['rng']
    kind = c['forward']
    inner_headers = orig_headers(c, inner_root)
    if kind == 'rfc822' and c['label'] == 'spam':
        # fabricated "forwarded" thread: the spammer forwards a fake original message
        c3 = dict(c)
        b = c['entry'].get('brand')
        fake_dom = rng.choice(LOOKALIKE.get(b) or LOOKALIKE['generic'])
        c3.update(sender_name=(b + ' ' if b else '') + rng.choice(['Notification', 'Billing', 'Accounts', 'Service']), sender_email='no-reply@' + fake_dom,
                  to_override=c['sender_email'], prof='php', from_override=None, reply_to=None, extra_hdrs=[])
        c3['msgid'] = '<%s@%s>' % (rhex(rng, 24), fake_dom)
        inner = render_message(orig_headers(c3, inner_root), inner_root)
        note = c.get('fwd_note') or 'Please see below.'
        cs = c['charset'] if can_encode(note, c['charset']) else 'utf-8'
        b2 = boundary(c, 'm')
        root = Part('multipart/mixed; boundary="%s"' % b2, boundary=b2, parts=[
            text_part(note + '\n\n' + c['sender_name'] + '\n', 'plain', cs, rng.choice(['quoted-printable', '8bit', '7bit'])),
            Part('message/rfc822', [('Content-Disposition', 'attachment; filename="%s.eml"' % rng.choice(['FW', 'message', 'original']))], inner)])
        c4 = dict(c)
        c4['subject'] = rng.choice(['FW: ', 'Fwd: ', 'TR: ', 'RE: FW: ']) + c['subject']
        c4['extra_hdrs'] = [kv for kv in c['extra_hdrs']]
        headers = trace(c4) + orig_headers(c4, root)
        return finish(render_message(headers, root))
    if kind == 'rfc822':
        fname, femail, fdom = c['fwd_person']
        c['to_override'] = addr(fname, femail, c['charset'], rng)
        inner_headers = orig_headers(c, inner_root)
        c['to_override'] = None
        inner = render_message(inner_headers, inner_root)
        note = c.get('fwd_note') or 'FYI - see the invitation below.'
        c2 = dict(c)
        c2.update(sender_name=fname, sender_email=femail, sender_domain=fdom, envelope=femail, from_domain=fdom,
                  subject=c.get('fwd_prefix', 'Fwd: ') + c['subject'], prof='thunderbird' if rng.random() < .5 else 'fastmail', extra_hdrs=[], in_reply_to=None,
                  cc=None, reply_to=None, sender_hdr=None, google_sent=False, from_override=None)
        c2['msgid'] = '<%s@%s>' % (ruuid(rng), fdom)
        c2['dkim'] = [(fdom if fdom != 'gmail.com' else 'gmail.com', 'pass', '20230601' if fdom == 'gmail.com' else 'sel1')]
        c2['spf'], c2['dmarc'] = 'pass', 'pass'
        c2['helo'] = c2['rdns'] = 'mail-ej1-f%d.google.com' % rng.randint(41, 99) if fdom == 'gmail.com' else 'mail.example.net'
        c2['ip'] = doc_ip(rng)
        c2['sender_received'] = sender_received(c2, 'google' if fdom == 'gmail.com' else 'generic_auth')
        cs = c['charset'] if can_encode(note, c['charset']) else 'utf-8'
        b = boundary(c2, 'm')
        root = Part('multipart/mixed; boundary="%s"' % b, boundary=b, parts=[
            text_part(note + '\n\n-- \n' + fname + '\n', 'plain', cs, rng.choice(['quoted-printable', '8bit', '7bit'])),
            Part('message/rfc822', [('Content-Disposition', 'attachment; filename="%s.eml"' % ('forwarded' if rng.random() < .5 else 'invitation'))], inner)])
        headers = trace(c2) + orig_headers(c2, root)
        return finish(render_message(headers, root))
    # auto-forward and mailing list resend keep the original headers, break DKIM
    c2 = dict(c)
    fwd_dom = rng.choice(['forward.example.org', 'mail.example.org', 'old-isp.example']) if kind == 'autofwd' else rng.choice(['lists.example.org', 'groups.example.com', 'listserv.example.net'])
    c2['envelope'] = 'SRS0=%s=%s=%s=%s@%s' % (rs(rng, 4), rs(rng, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), c['sender_email'].split('@')[1], c['sender_email'].split('@')[0], fwd_dom) if kind == 'autofwd' else 'list-bounces+%s=%s@%s' % (c['rcpt_email'].split('@')[0], c['rcpt_email'].split('@')[1], fwd_dom)
    c2['dkim'] = [(d, 'fail', s) for (d, r, s) in c['dkim']] + ([(fwd_dom, 'pass', 'lists')] if kind == 'list' and rng.random() < .6 else [])
    c2['spf'] = 'pass'
    c2['dmarc'] = 'fail' if c['dkim'] else 'none'
    c2['helo'] = c2['rdns'] = ('mx.' if kind == 'autofwd' else 'lists.') + fwd_dom
    c2['ip'] = doc_ip(rng)
    if rng.random() < .5:
        c2['arc'] = fwd_dom
    hdrs = inner_headers
    if kind == 'list':
        lname = c.get('list_name', 'members')
        hdrs = [(k, enc_word('[%s] ' % lname + c['subject'], c['charset'], rng) if k == 'Subject' else v) for k, v in hdrs if k != 'Sender']
        hdrs += [('Precedence', 'list'), ('List-Id', '%s <%s.%s>' % (lname, lname, fwd_dom)), ('List-Post', '<mailto:%s@%s>' % (lname, fwd_dom)),
                 ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (lname, fwd_dom)), ('Sender', '"%s" <%s-bounces@%s>' % (lname, lname, fwd_dom))]
    else:
        hdrs += [('X-Forwarded-To', c['rcpt_email']), ('X-Forwarded-For', 'old.%s %s' % (c['rcpt_email'], c['rcpt_email']))]
    received = ['from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (c['helo'] or 'unknown', c['rdns'] or 'unknown', c['ip'], ('mx.' if kind == 'autofwd' else 'lists.') + fwd_dom, qid(rng), c['rcpt_email'], format_datetime(c['arrival'] - timedelta(seconds=3)))]
    c2['sender_received'] = received + c['sender_received']
    headers = trace(c2) + hdrs
    return finish(render_message(headers, inner_root))


# --------------------------------------------------------------------------- category hooks
def _many_attendees(c, n, spammy):
    rng = c['rng']
    doms = ['example.net', 'example.org', 'example.com', 'mail.example.com', 'inbox.example', 'post.example.org', 'web.example'] if spammy else \
        ['example.net', 'example.org', c['sender_domain'], 'example.com']
    for k in range(n):
        if spammy:
            e = '%s%s@%s' % (rs(rng, rng.randint(4, 9), 'abcdefghijklmnopqrstuvwxyz'), rng.choice(['', str(rng.randint(1, 99)), '.' + rs(rng, 4, 'abcdefghijklmnopqrstuvwxyz')]), rng.choice(doms))
            c['attendees'].append(('', e, 'REQ-PARTICIPANT', 'NEEDS-ACTION'))
        else:
            pf, pl, pn = person(rng, c['lang'])
            e = '%s%d@%s' % (local_part(rng, pf, pl), k, rng.choice(doms))
            c['attendees'].append((pn, e, 'OPT-PARTICIPANT' if rng.random() < .5 else 'REQ-PARTICIPANT', rng.choice(['NEEDS-ACTION', 'NEEDS-ACTION', 'ACCEPTED'])))


def hook_spam(c):
    rng, e, v = c['rng'], c['entry'], c['vals']
    x = e.get('x', ())
    if 'loc' in x:
        c['ics_loc'] = c['place'] or v['url']
    elif not c['place']:
        c['ics_loc'] = rng.choice(['', '', v['url'], v['phone'] if 'phone' in e.get('b', '') else '', 'Online'])
    if 'alt' in x:
        c['alt_desc'] = html_of(c['desc'], c, 'plain').replace('{CHARSET}', 'utf-8')
        c['ics_desc'] = None if rng.random() < .5 else ''
        c['mail_body'] = ''
        c['html_override'] = '<html><body></body></html>\n'
    if 'url' in x or rng.random() < .25:
        c['ics_url'] = v['url']
    if 'attach' in x:
        c['attach'].append('ATTACH;FMTTYPE=%s:%s' % (e.get('fmt', 'application/pdf'), v['url']))
    if 'rt' in x:
        c['reply_to'] = v['mail']
    if 'fwd' in x:
        c['forward'] = 'rfc822'
        c['fwd_note'] = e.get('fwdnote', 'Please see below.')
    if 'html_att' in x:
        import html as H
        page = ('<html><head><meta charset="utf-8"><title>%s</title></head><body><form action="%s" method="post">'
                '<h3>%s</h3><input name="email" value="%s"><input type="password" name="pass"><button>View document</button></form></body></html>\n'
                % (H.escape(v['brand'] or 'Document'), v['url'], H.escape(c['summ']), c['rcpt_email']))
        c['extra_parts'].append(Part('text/html; name="%s"' % e.get('attname', 'Document_%s.html' % rs(rng, 6, '0123456789')),
                                     [('Content-Transfer-Encoding', 'base64'), ('Content-Disposition', 'attachment; filename="%s"' % e.get('attname', 'Document.html'))],
                                     base64.encodebytes(page.encode())))
        c['structure'] = rng.choice(['mixed_textcal', 'mixed_appics', 'mixed_octet'])
    if rng.random() < .2:
        c['status'] = 'CONFIRMED'
    if c['prof'] in ('php', 'bulk') and rng.random() < .4:
        c['method'] = rng.choice(['PUBLISH', 'REQUEST', ''])
    if 'sentby' in x:
        c['sent_by'] = v['mail']


def hook_nagging(c):
    hook_spam(c)
    rng, i = c['rng'], c['idx']
    _many_attendees(c, rng.choice([120, 180, 250, 320, 480]) if i % 4 != 3 else 40, True)
    c['rrule'] = ['FREQ=MINUTELY;INTERVAL=1', 'FREQ=MINUTELY;INTERVAL=5;COUNT=5000', 'FREQ=HOURLY;INTERVAL=1',
                  'FREQ=DAILY;COUNT=3650', 'FREQ=MINUTELY;INTERVAL=10', 'FREQ=SECONDLY;INTERVAL=30;COUNT=10000',
                  'FREQ=DAILY;INTERVAL=1', 'FREQ=HOURLY;INTERVAL=2;UNTIL=20991231T235959Z'][i % 8]
    c['alarms'] = [(rng.choice(['DISPLAY', 'AUDIO', 'DISPLAY']), '-PT%dM' % m, c['summ']) + ((('REPEAT:%d' % rng.choice([50, 99, 500])),) if m == 0 else ())
                   for m in sorted(rng.sample(range(0, 120), rng.randint(6, 18)))]
    if i % 3 == 1:
        y = rng.choice([2049, 2077, 2099, 2199])
        loc = to_local(c['tzid'], c['start'])
        c['start'] = from_local(c['tzid'], loc.replace(year=y, day=min(loc.day, 28)))
        c['end'] = c['start'] + timedelta(hours=rng.choice([1, 24, 72]))
    if i % 3 == 2:
        c['end'] = c['start'] + timedelta(days=rng.choice([30, 365, 3650]))


def hook_ics_only(c):
    hook_spam(c)
    rng = c['rng']
    c['mail_body'] = rng.choice(['', '', ' ', '\n'])
    c['html_override'] = '<html><body></body></html>\n' if rng.random() < .5 else '<div></div>\n'
    c['structure'] = rng.choice(['bare', 'bare', 'mixed_octet', 'mixed_appics', 'mixed_textcal'])
    c['icsname'] = rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'meeting.ics', 'Invitation_%d.ics' % rng.randint(1000, 9999)])


def hook_malware(c):
    hook_spam(c)
    rng, v = c['rng'], c['vals']
    name = c['entry'].get('file', 'MeetingClient_Setup.exe')
    c['attach'].append('ATTACH;FMTTYPE=application/x-msdownload;X-FILENAME=%s:%s' % (name, v['url'].rstrip('/') + '/' + name if '?' not in v['url'] else v['url']))


def hook_bec(c):
    hook_spam(c)
    if c['rng'].random() < .7:
        c['reply_to'] = c['vals']['mail']
    c['attendees'] = c['attendees'][:2]


def hook_ham(c):
    rng, e, cat, i = c['rng'], c['entry'], c['cat'], c['idx']
    v = c['vals']
    if e.get('rr'):
        c['rrule'] = e['rr']
    if e.get('allday'):
        c['allday'] = True
    if e.get('cn'):
        c['ics_extra'].append('CONFERENCE;VALUE=URI;FEATURE=PHONE;LABEL=Dial-in:tel:' + v['phone'].replace(' ', ''))
    if c['prof'] in ('outlook', 'teams') and rng.random() < .3:
        pf, pl, pn = person(rng, c['lang'])
        c['cc'] = addr(pn, '%s@%s' % (local_part(rng, pf, pl), c['sender_domain']), c['charset'] if 'charset' in c else 'utf-8', rng) if False else '%s@%s' % (local_part(rng, pf, pl), c['sender_domain'])
    if cat == 'google' and i % 4 == 1:
        c['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;WKST=SU;COUNT=10;BYDAY=TH', 'FREQ=MONTHLY;BYMONTHDAY=1'])
    if cat == 'outlook' and i % 5 == 2:
        c['rrule'] = 'FREQ=WEEKLY;COUNT=12;INTERVAL=1;BYDAY=%s;WKST=MO' % rng.choice(['MO', 'TU', 'WE', 'TH'])
    if cat == 'updates':
        k = e.get('k', 'update')
        c['sequence'] = rng.randint(1, 4) if k != 'reply' else 0
        if k == 'cancel':
            c['method'] = 'CANCEL'
            c['status'] = 'CANCELLED'
            c['alarms'] = []
        elif k in ('reply', 'counter'):
            c['method'] = 'REPLY' if k == 'reply' else 'COUNTER'
            c['org_name'], c['org_email'] = c['rcpt_name'], c['rcpt_email']
            c['attendees'] = [(c['sender_name'], c['sender_email'], 'REQ-PARTICIPANT', e.get('ps', 'ACCEPTED'))]
            c['alarms'] = []
            if k == 'counter':
                c['start'] += timedelta(hours=rng.choice([1, 2, 24, 48]))
                c['end'] = c['start'] + timedelta(minutes=60)
                c['ics_extra'].append('COMMENT:' + ics_esc(c['desc'].split('\n')[0]))
        elif k == 'instance':
            c['recurid'] = c['start'] - timedelta(days=7)
            c['rrule'] = None
        elif k == 'update':
            c['start'] += timedelta(minutes=rng.choice([30, 60, 1440]))
            c['end'] = c['start'] + timedelta(minutes=60)
        if rng.random() < .4:
            c['in_reply_to'] = '<%s@%s>' % (ruuid(rng), c['sender_domain'])
    if cat == 'webinars':
        if i % 2 == 0:
            _many_attendees(c, rng.choice([25, 40, 60, 90, 150]), False)
        if c['prof'] in ('bulk', 'hubspot', 'eventbrite') and rng.random() < .6:
            c['method'] = 'PUBLISH' if i % 2 else 'REQUEST'
        c['ics_url'] = v['url']
        if rng.random() < .5:
            c['conference'] = c['meet'] or v['url']
    if cat in ('bookings', 'appointments', 'bills'):
        if c['prof'] in ('booking', 'bulk') and rng.random() < .6:
            c['method'] = 'PUBLISH'
            c['attendees'] = [] if rng.random() < .5 else c['attendees'][:1]
        c['ics_url'] = v['url'] if rng.random() < .6 else None
    if cat == 'appointments':
        c['alarms'] = [('DISPLAY', '-P1D', 'Reminder'), ('DISPLAY', rng.choice(['-PT2H', '-PT1H', '-PT30M']), 'Reminder')]
        if rng.random() < .3:
            c['alarms'].append(('EMAIL', '-P2D', c['summ'], 'ATTENDEE:mailto:' + c['rcpt_email']))
    if cat == 'bookings':
        c['end'] = c['start'] + timedelta(hours=rng.choice([2, 3, 5, 26, 50]))
        if e.get('allday'):
            c['end'] = c['start'] + timedelta(days=rng.randint(2, 6))
    if cat == 'bills':
        c['alarms'] = [('DISPLAY', rng.choice(['-P3D', '-P1D', '-P7D']), c['summ'])]
        c['allday'] = e.get('allday', rng.random() < .6)
    if cat == 'series':
        c['rrule'] = e.get('rr') or rng.choice(['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', 'FREQ=MONTHLY;BYDAY=1SU', 'FREQ=WEEKLY;BYDAY=MO,WE'])
        if rng.random() < .3:
            c['exdate'] = c['start'] + timedelta(days=14)
    if cat == 'it_security':
        c['alarms'] = [('DISPLAY', '-PT15M', 'Reminder')]
    if cat == 'forwarded':
        kind = ['rfc822', 'rfc822', 'rfc822', 'rfc822', 'autofwd', 'autofwd', 'autofwd', 'list', 'list', 'list', 'icsonly', 'icsonly'][i % 12]
        if kind == 'icsonly':
            c['mail_body'] = ''
            c['structure'] = 'bare' if i % 2 == 0 else 'mixed_octet'
            c['icsname'] = 'invite.ics'
        else:
            c['forward'] = kind
            c['fwd_note'] = e.get('fwdnote')
            if kind == 'rfc822':
                ff, fl, fname = person(rng, c['lang'])
                fdom = rng.choice(['example.net', 'example.net', 'gmail.com'])
                c['fwd_person'] = (fname, '%s@%s' % (local_part(rng, ff, fl), fdom), fdom)
                c['attendees'] = [a if a[1] != c['rcpt_email'] else (fname, c['fwd_person'][1], a[2], a[3]) for a in c['attendees']]
            c['fwd_prefix'] = e.get('fwdprefix', 'Fwd: ')
            c['list_name'] = e.get('list', 'members')
    if e.get('publish'):
        c['method'] = 'PUBLISH'


CAT_HOOKS = {'spam': hook_spam, 'ham': hook_ham, ('spam', 'nagging'): hook_nagging, ('spam', 'ics_only'): hook_ics_only,
             ('spam', 'malware'): hook_malware, ('spam', 'bec'): hook_bec}


# --------------------------------------------------------------------------- driver
def assign(pool, n, rng):
    en = [e for e in pool if e['l'] == 'en']
    fo = [e for e in pool if e['l'] != 'en']
    nen = (n + 1) // 2 if fo else n
    if not en:
        nen = 0
    seq = [en[k % len(en)] for k in range(nen)] + [fo[k % len(fo)] for k in range(n - nen)]
    rng.shuffle(seq)
    return seq


MALFORMS = ['lf', 'noend', 'unfolded', 'nouid', 'floating', 'badcharset', 'lf', 'noend']


def plan():
    """Yield (relative path, label, category, index, entry, malformation) for every message."""
    for label, counts, texts in (('spam', SPAM_COUNTS, SPAM), ('ham', HAM_COUNTS, HAM)):
        mrng = random.Random('holdout4-malform-' + label)
        slots = [(cat, i) for cat, n in counts.items() for i in range(n)]
        bad = dict(zip(mrng.sample(slots, len(MALFORMS)), MALFORMS))
        for cat, n in counts.items():
            seq = assign(texts[cat], n, random.Random('holdout4-assign-%s-%s' % (label, cat)))
            for i, entry in enumerate(seq):
                yield '%s/%s/%03d.eml' % (label, cat, i + 1), label, cat, i, entry, bad.get((cat, i))


def main():
    for side in ('spam', 'ham'):
        d = os.path.join(OUT, side)
        if os.path.isdir(d):
            shutil.rmtree(d)
    rows = []
    if True:
        if True:
            for rel, label, cat, i, entry, mal in plan():
                raw = build_one(label, cat, i, entry, mal)
                p = os.path.join(OUT, rel)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, 'wb') as fh:
                    fh.write(raw)
                rows.append((rel, label, cat, entry['l']))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('path\tlabel\tcategory\tdescription\n')
        for rel, label, cat, lang in rows:
            fh.write('%s\t%s\t%s\t\n' % (rel, label, cat))
    from readme_text import README
    sc = '\n'.join('* `%s` (%d)' % kv for kv in SPAM_COUNTS.items())
    hc = '\n'.join('* `%s` (%d)' % kv for kv in HAM_COUNTS.items())
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README.format(total=len(rows), nspam=sum(SPAM_COUNTS.values()), nham=sum(HAM_COUNTS.values()), spamcats=sc, hamcats=hc))
    print('wrote %d messages to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
