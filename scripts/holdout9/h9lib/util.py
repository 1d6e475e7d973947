"""Small helpers: deterministic randomness, time zones, date formatting.

Everything here is standard library only.  Time-zone rules are implemented by
hand (EU / US / Israel / Australia / fixed offsets) so that the output does not
depend on the tz database installed on the machine running gen.py.
"""
import base64
import datetime as dt
import random
import string
import uuid

UTC = dt.timezone.utc


class Rng(random.Random):
    """random.Random with a few conveniences used all over the generator."""

    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def digits(self, n):
        return ''.join(self.choice(string.digits) for _ in range(n))

    def hexs(self, n, upper=False):
        s = ''.join(self.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, lower=False, upper=False):
        if lower:
            pool = string.ascii_lowercase + string.digits
        elif upper:
            pool = string.ascii_uppercase + string.digits
        else:
            pool = string.ascii_letters + string.digits
        return ''.join(self.choice(pool) for _ in range(n))

    def letters(self, n, upper=False):
        pool = string.ascii_uppercase if upper else string.ascii_lowercase
        return ''.join(self.choice(pool) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, n):
        pool = string.ascii_letters + string.digits + '-_'
        return ''.join(self.choice(pool) for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.getrandbits(128), version=4))
        return u.upper() if upper else u

    def ip4(self, net=None):
        net = net or self.pick(['192.0.2', '198.51.100', '203.0.113'])
        return '%s.%d' % (net, self.randint(2, 254))

    def ip6(self):
        return '2001:db8:%x:%x::%x' % (self.randint(1, 0xffff), self.randint(1, 0xffff), self.randint(1, 0xfff))


# ---------------------------------------------------------------- time zones
# name: (std offset minutes, dst offset minutes or None, rule, windows name, std abbr, dst abbr)
ZONES = {
    'UTC': (0, None, None, 'UTC', 'UTC', None),
    'Europe/London': (0, 60, 'EU', 'GMT Standard Time', 'GMT', 'BST'),
    'Europe/Lisbon': (0, 60, 'EU', 'GMT Standard Time', 'WET', 'WEST'),
    'Europe/Dublin': (0, 60, 'EU', 'GMT Standard Time', 'GMT', 'IST'),
    'Europe/Berlin': (60, 120, 'EU', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Vienna': (60, 120, 'EU', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Zurich': (60, 120, 'EU', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Amsterdam': (60, 120, 'EU', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Rome': (60, 120, 'EU', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Paris': (60, 120, 'EU', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Brussels': (60, 120, 'EU', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Madrid': (60, 120, 'EU', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Warsaw': (60, 120, 'EU', 'Central European Standard Time', 'CET', 'CEST'),
    'Europe/Prague': (60, 120, 'EU', 'Central Europe Standard Time', 'CET', 'CEST'),
    'Europe/Athens': (120, 180, 'EU', 'GTB Standard Time', 'EET', 'EEST'),
    'Europe/Kiev': (120, 180, 'EU', 'FLE Standard Time', 'EET', 'EEST'),
    'Europe/Moscow': (180, None, None, 'Russian Standard Time', 'MSK', None),
    'Europe/Istanbul': (180, None, None, 'Turkey Standard Time', '+03', None),
    'America/New_York': (-300, -240, 'US', 'Eastern Standard Time', 'EST', 'EDT'),
    'America/Chicago': (-360, -300, 'US', 'Central Standard Time', 'CST', 'CDT'),
    'America/Denver': (-420, -360, 'US', 'Mountain Standard Time', 'MST', 'MDT'),
    'America/Los_Angeles': (-480, -420, 'US', 'Pacific Standard Time', 'PST', 'PDT'),
    'America/Toronto': (-300, -240, 'US', 'Eastern Standard Time', 'EST', 'EDT'),
    'America/Sao_Paulo': (-180, None, None, 'E. South America Standard Time', '-03', None),
    'America/Mexico_City': (-360, None, None, 'Central Standard Time (Mexico)', 'CST', None),
    'America/Bogota': (-300, None, None, 'SA Pacific Standard Time', '-05', None),
    'Asia/Tokyo': (540, None, None, 'Tokyo Standard Time', 'JST', None),
    'Asia/Seoul': (540, None, None, 'Korea Standard Time', 'KST', None),
    'Asia/Shanghai': (480, None, None, 'China Standard Time', 'CST', None),
    'Asia/Hong_Kong': (480, None, None, 'China Standard Time', 'HKT', None),
    'Asia/Taipei': (480, None, None, 'Taipei Standard Time', 'CST', None),
    'Asia/Singapore': (480, None, None, 'Singapore Standard Time', '+08', None),
    'Asia/Kolkata': (330, None, None, 'India Standard Time', 'IST', None),
    'Asia/Bangkok': (420, None, None, 'SE Asia Standard Time', '+07', None),
    'Asia/Ho_Chi_Minh': (420, None, None, 'SE Asia Standard Time', '+07', None),
    'Asia/Jerusalem': (120, 180, 'IL', 'Israel Standard Time', 'IST', 'IDT'),
    'Asia/Riyadh': (180, None, None, 'Arab Standard Time', '+03', None),
    'Asia/Dubai': (240, None, None, 'Arabian Standard Time', '+04', None),
    'Africa/Cairo': (120, None, None, 'Egypt Standard Time', 'EET', None),
    'Africa/Casablanca': (60, None, None, 'Morocco Standard Time', '+01', None),
    'Africa/Lagos': (60, None, None, 'W. Central Africa Standard Time', 'WAT', None),
    'Africa/Johannesburg': (120, None, None, 'South Africa Standard Time', 'SAST', None),
    'Australia/Sydney': (600, 660, 'AU', 'AUS Eastern Standard Time', 'AEST', 'AEDT'),
}


def _nth_weekday(year, month, weekday, n):
    """n-th (n>0) or last (n=-1) weekday (Mon=0) of a month, as a date."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _dst_window_utc(zone, year):
    std, dst, rule = ZONES[zone][:3]
    if rule == 'EU':
        a = dt.datetime.combine(_nth_weekday(year, 3, 6, -1), dt.time(1))
        b = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(1))
        return a, b
    if rule == 'US':
        a = dt.datetime.combine(_nth_weekday(year, 3, 6, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_weekday(year, 11, 6, 1), dt.time(2)) - dt.timedelta(minutes=dst)
        return a, b
    if rule == 'IL':
        a = dt.datetime.combine(_nth_weekday(year, 3, 6, -1) - dt.timedelta(days=2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(2)) - dt.timedelta(minutes=dst)
        return a, b
    if rule == 'AU':  # southern hemisphere: window is the *standard* period
        a = dt.datetime.combine(_nth_weekday(year, 4, 6, 1), dt.time(3)) - dt.timedelta(minutes=dst)
        b = dt.datetime.combine(_nth_weekday(year, 10, 6, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return a, b
    return None


def offset_at_utc(zone, utc_naive):
    std, dst, rule = ZONES[zone][:3]
    if not rule:
        return std
    a, b = _dst_window_utc(zone, utc_naive.year)
    inside = a <= utc_naive < b
    if rule == 'AU':
        return std if inside else dst
    return dst if inside else std


def local_to_utc(zone, local_naive):
    std = ZONES[zone][0]
    guess = local_naive - dt.timedelta(minutes=std)
    off = offset_at_utc(zone, guess)
    return local_naive - dt.timedelta(minutes=off)


def utc_to_local(zone, utc_naive):
    return utc_naive + dt.timedelta(minutes=offset_at_utc(zone, utc_naive))


def offset_str(minutes, colon=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


def zone_abbr(zone, utc_naive):
    std, dst, rule, win, sa, da = ZONES[zone]
    return da if (dst is not None and offset_at_utc(zone, utc_naive) == dst) else sa


# ------------------------------------------------------------ date formats
_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def rfc2822(utc_naive, zone=None, comment=None, offset=None):
    """RFC 5322 date in a zone's local time (or a fixed offset in minutes)."""
    if offset is None:
        offset = offset_at_utc(zone, utc_naive) if zone else 0
    loc = utc_naive + dt.timedelta(minutes=offset)
    s = '%s, %d %s %d %02d:%02d:%02d %s' % (_WD[loc.weekday()], loc.day, _MO[loc.month - 1], loc.year,
                                           loc.hour, loc.minute, loc.second, offset_str(offset))
    if comment:
        s += ' (%s)' % comment
    return s


def ical_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def ical_local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ical_date(d):
    return d.strftime('%Y%m%d')


def ampm(d, short=True):
    h = d.hour % 12 or 12
    suf = 'am' if d.hour < 12 else 'pm'
    if short and d.minute == 0:
        return '%d%s' % (h, suf)
    return '%d:%02d%s' % (h, d.minute, suf)
