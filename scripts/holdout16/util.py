"""Small deterministic helpers shared by the generator modules."""
import base64
import hashlib
import string
from datetime import datetime, timedelta

HEX = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
B32 = 'abcdefghijklmnopqrstuv0123456789'


def rid(rng, n, alphabet=HEX):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def uuid(rng, upper=False):
    h = rid(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(rng, n):
    return rid(rng, n, ALNUM + '-_')


def rfc2822(dt_utc, off_min=0):
    """Format a UTC datetime as an RFC 5322 date in the given offset."""
    loc = dt_utc + timedelta(minutes=off_min)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    sign = '+' if off_min >= 0 else '-'
    o = abs(off_min)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        days[loc.weekday()], loc.day, mons[loc.month - 1], loc.year, loc.hour, loc.minute, loc.second,
        sign, o // 60, o % 60)


def rfc2822_pad(dt_utc, off_min=0):
    s = rfc2822(dt_utc, off_min)
    parts = s.split(' ')
    parts[1] = '%02d' % int(parts[1])
    return ' '.join(parts)


def epoch(dt_utc):
    return int((dt_utc - datetime(1970, 1, 1)).total_seconds())


def ip4(rng, net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 254))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(0, 0xfff), rng.randint(1, 0xfff))


def short_hash(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def pick(rng, seq, k):
    return rng.sample(list(seq), k)


def html_escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))


def linkify(text):
    """Turn bare URLs into anchors for HTML renderings."""
    import re
    out = []
    pos = 0
    for m in re.finditer(r'https?://[^\s<>"\)]+', text):
        out.append(html_escape(text[pos:m.start()]))
        u = m.group(0)
        out.append('<a href="%s">%s</a>' % (html_escape(u), html_escape(u)))
        pos = m.end()
    out.append(html_escape(text[pos:]))
    return ''.join(out)


def text_to_html_lines(text):
    return '<br>\n'.join(linkify(ln) for ln in text.split('\n'))
