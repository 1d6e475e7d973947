"""Minimal iCalendar writer with client-specific quirks."""


def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def esc_loose(s):
    """Some hand-rolled tools only escape newlines (commas left raw)."""
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def qparam(v):
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def line(name, value, params=None):
    p = ''
    if params:
        for k, v in params:
            p += ';%s=%s' % (k, v if k in ('RSVP', 'ROLE', 'PARTSTAT', 'CUTYPE', 'X-NUM-GUESTS', 'VALUE',
                                          'FMTTYPE', 'TZID', 'RELATED', 'LANGUAGE', 'FEATURE',
                                          'RANGE', 'SCHEDULE-STATUS', 'SCHEDULE-AGENT', 'ENCODING',
                                          'X-APPLE-RADIUS', 'X-LABEL', 'LABEL', 'X-TITLE',
                                          'X-RESPONSE-COMMENT', 'EMAIL', 'X-FILENAME', 'FILENAME', 'SIZE',
                                          'X-APPLE-REFERENCEFRAME', 'X-ADDRESS', 'X-APPLE-MAPKIT-HANDLE')
                             and not any(c in v for c in (':;' if k == 'FEATURE' else ':;,')) else qparam(v))
    return '%s%s:%s' % (name, p, value)


def fold(ln, mode='std'):
    """Fold one content line. modes: std (75 octets), chars (75 characters, may exceed
    octet limit), none (no folding), tab (tab continuation), short (Apple-like 74)."""
    if mode == 'none':
        return [ln]
    width = 74 if mode == 'short' else 75
    cont = '\t' if mode == 'tab' else ' '
    out = []
    if mode == 'chars':
        first = True
        while ln:
            w = width if first else width - 1
            out.append(('' if first else cont) + ln[:w])
            ln = ln[w:]
            first = False
        return out
    cur = ''
    curlen = 0
    limit = width
    for ch in ln:
        b = len(ch.encode('utf-8'))
        if curlen + b > limit:
            out.append(cur)
            cur = cont + ch
            curlen = 1 + b
            limit = width
        else:
            cur += ch
            curlen += b
    out.append(cur)
    return out


def render(lines, mode='std', eol='\r\n', trailing=True):
    out = []
    for ln in lines:
        out.extend(fold(ln, mode))
    return eol.join(out) + (eol if trailing else '')
