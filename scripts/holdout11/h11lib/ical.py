"""iCalendar content lines: escaping, parameters, folding."""
from . import tz as TZ


def esc(text, outlook=False):
    if text is None:
        return ""
    s = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    s = s.replace("\r\n", "\n").replace("\n", "\\n")
    return s


def pval(v):
    if any(c in v for c in ':;,'):
        return '"%s"' % v.replace('"', "'")
    return v


def prop(name, value, params=None, quote_all=False):
    p = ""
    if params:
        for k, v in params:
            if v is None:
                continue
            p += ";%s=%s" % (k, ('"%s"' % v) if quote_all and not v.startswith('"') else pval(v))
    return "%s%s:%s" % (name, p, value)


def fold(line, mode="octet", width=75):
    if mode == "none":
        return [line]
    cont = "\t" if mode == "tab" else " "
    if mode == "char":
        out = [line[:width]]
        rest = line[width:]
        while rest:
            out.append(cont + rest[:width - 1])
            rest = rest[width - 1:]
        return out
    if mode == "char74":  # e.g. some libraries: 74 characters per physical line incl. leading space
        out = [line[:74]]
        rest = line[74:]
        while rest:
            out.append(cont + rest[:73])
            rest = rest[73:]
        return out
    # octet-based, never splitting a UTF-8 sequence
    out = []
    cur = ""
    curlen = 0
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > limit:
            out.append(cur)
            cur = cont
            curlen = 1
            limit = width
        cur += ch
        curlen += n
    out.append(cur)
    return out


def render(lines, mode="octet", eol="\n", width=75):
    phys = []
    for ln in lines:
        phys.extend(fold(ln, mode, width))
    return eol.join(phys) + eol


def utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def date(d):
    return d.strftime("%Y%m%d")


def dtline(name, local, zone, mode="tzid", tzid=None, allday=False):
    if allday:
        return "%s;VALUE=DATE:%s" % (name, date(local))
    if mode == "utc":
        return "%s:%s" % (name, utc(TZ.to_utc(zone, local)))
    if mode == "float":
        return "%s:%s" % (name, loc(local))
    return "%s;TZID=%s:%s" % (name, pval(tzid or zone), loc(local))


def duration(minutes):
    if minutes % 1440 == 0 and minutes:
        return "P%dD" % (minutes // 1440)
    h, m = divmod(minutes, 60)
    s = "PT"
    if h:
        s += "%dH" % h
    if m or not h:
        s += "%dM" % m
    return s


def trig(minutes_before):
    if minutes_before == 0:
        return "PT0S"
    if minutes_before < 0:
        return duration(-minutes_before)
    if minutes_before % 1440 == 0:
        return "-P%dD" % (minutes_before // 1440)
    if minutes_before % 10080 == 0:
        return "-P%dW" % (minutes_before // 10080)
    return "-" + duration(minutes_before)
