"""Shared helpers for the spam and ham content modules."""
from __future__ import annotations

import datetime as dt

from kit import html_escape, text_to_html

FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "aol.com", "gmx.de", "web.de", "mail.ru",
            "yandex.ru", "proton.me", "icloud.com", "libero.it", "orange.fr", "laposte.net", "wp.pl", "qq.com",
            "163.com", "hotmail.fr", "outlook.de", "naver.com", "t-online.de", "seznam.cz", "yahoo.co.jp"]
SYL = ["bri", "zon", "ka", "lum", "ver", "tix", "mo", "qua", "ral", "nex", "dor", "pli", "sen", "var", "gol",
       "tre", "fyn", "hub", "max", "ora", "pex", "ster", "wix", "yol", "zet", "cal", "dex", "fin", "glo"]
WORDS = ["harbor", "maple", "summit", "swift", "bright", "north", "river", "cedar", "prime", "orbit", "nova",
         "pixel", "lotus", "delta", "vista", "echo", "zenith", "atlas", "crest", "ember", "onyx", "pine", "quartz"]


def throwaway(g, tld=None):
    tld = tld or g.pick(["example.com", "example.org", "example.net", "example.com", "example"])
    k = g.rng.random()
    if k < .3:
        name = "".join(g.pick(SYL) for _ in range(g.rng.randint(2, 3)))
    elif k < .55:
        name = g.lower(5)
    elif k < .8:
        name = g.pick(WORDS) + "-" + g.pick(WORDS)
    else:
        name = g.pick(WORDS) + str(g.rng.randint(10, 999))
    if tld == "example":
        return f"{name}.example"
    return f"{name}.{tld}"


def randmail(g, domain=None, style=None):
    name, a = g.person(domain or g.pick(FREEMAIL), style or g.pick(["first.last", "x", "flast"]))
    return name, a


def others(g, n, domains=None, partstat="NEEDS-ACTION"):
    out = []
    for _ in range(n):
        d = g.pick(domains) if domains else g.pick(FREEMAIL + ["example.net", "example.org", "example.com"])
        name, a = g.person(d, g.pick(["first.last", "x", "flast"]))
        out.append((a if g.rng.random() < .5 else name, a, partstat))
    return out


def button_html(title, paras, button, url, color="#0a66c2", footer="", img=None, hidden=None, lang="en"):
    ps = "".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    im = f'<img src="{img}" width="180" alt="" style="display:block;margin:0 auto 18px auto">' if img else ""
    hid = f'<div style="display:none;font-size:0;color:#ffffff;max-height:0;overflow:hidden">{hidden}</div>' if hidden else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n'
            f'<body style="margin:0;background:#f3f4f6">{hid}\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;padding:28px">\n'
            f'<tr><td>{im}<h2 style="margin:0 0 16px 0;font-size:21px">{title}</h2>{ps}\n'
            f'<p style="text-align:center;margin:26px 0"><a href="{url}" style="background:{color};color:#fff;padding:13px 26px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>\n'
            f'<p style="font-size:12px;color:#777">{footer}</p></td></tr></table>\n</td></tr></table>\n</body></html>\n')


def plain_html(text):
    return text_to_html(text)
