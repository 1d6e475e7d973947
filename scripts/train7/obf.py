# SPDX-License-Identifier: CC0-1.0
# train7: the obfuscations spammers use, as deterministic text transforms.
ZW = ['\u200b', '\u200c', '\u2060', '\u200d']
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 'A': 'А', 'E': 'Е',
        'O': 'О', 'P': 'Р', 'C': 'С', 'M': 'М', 'T': 'Т', 'H': 'Н', 'K': 'К', 'B': 'В'}


def zw(s, every=2):
    """Zero-width characters inside longer words."""
    out, n = [], 0
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha():
            n += 1
            if n % every == 0:
                out.append(ZW[n % len(ZW)])
        elif not ch.isalpha():
            n = 0
    return ''.join(out)


def homo(s, every=2):
    """Latin letters replaced by Cyrillic look-alikes (every n-th candidate)."""
    out, n = [], 0
    for ch in s:
        if ch in HOMO:
            n += 1
            if n % every == 1 or every == 1:
                out.append(HOMO[ch])
                continue
        out.append(ch)
    return ''.join(out)


def spaced(s, sep=' '):
    return sep.join(s)


def leet(s):
    return s.translate(str.maketrans({'o': '0', 'O': '0', 'i': '1', 'I': '1', 'e': '3', 'a': '4', 's': '5'}))
