# -*- coding: utf-8 -*-
"""Name pools, domains and slot fills shared by the spam and ham builders."""
import datetime as dt
import string
import unicodedata

from h25util import alnum, hexs, uid4, UTC, to_local, local_to_utc
from bp import TZ_FOR

NAMES = {
    'en': ('James Mary Robert Linda Michael Sarah David Karen Daniel Emily Thomas Jessica Kevin Laura Brian Megan Ryan Olivia Jason Hannah Eric Rachel Adam Nicole',
           'Walker Brooks Hughes Bennett Foster Carter Reed Sullivan Hayes Morgan Price Ellis Murphy Parker Coleman Ward Griffin Russell Harper Dawson Fleming Gallagher'),
    'de': ('Lukas Anna Jonas Lea Felix Laura Maximilian Julia Tobias Katharina Stefan Sabine Jürgen Claudia Matthias Birgit Florian Miriam',
           'Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Krüger Neumann Schwarz Zimmermann Braun Hartmann Lange'),
    'fr': ('Camille Louis Léa Hugo Chloé Julien Manon Nicolas Élodie Mathieu Sophie Antoine Céline Thomas Aurélie Pierre Margaux Benoît',
           'Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fontaine Chevalier Gauthier Perrin Mercier Blanc Garnier Faure Rousseau Lemoine'),
    'es': ('Lucía Alejandro Marta Javier Carmen Pablo Elena Sergio Laura Diego Paula Andrés Sofía Miguel Isabel Raúl Nuria Álvaro',
           'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Moreno Jiménez Ruiz Hernández Navarro Romero Torres Ortega'),
    'it': ('Giulia Marco Francesca Alessandro Chiara Luca Sara Matteo Valentina Andrea Elena Davide Martina Stefano Federica Paolo Silvia Giorgio',
           'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa Giordano Mancini Rizzo'),
    'pt': ('João Ana Pedro Mariana Lucas Beatriz Gabriel Juliana Rafael Camila Tiago Larissa Bruno Fernanda Diogo Inês Rodrigo Carolina',
           'Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Ferreira Carvalho Gomes Martins Ribeiro Barbosa Rocha Lima Araújo'),
    'nl': ('Daan Sanne Bram Lotte Thijs Femke Jeroen Anouk Ruben Eva Sven Marloes Joost Ilse Bas Fleur Koen Naomi',
           'de Jong Jansen de Vries van den Berg Bakker Visser Smit Meijer de Boer Mulder de Groot Bos Vos Peters Hendriks van Dijk Dekker Kok'),
    'pl': ('Anna Piotr Katarzyna Tomasz Magdalena Paweł Agnieszka Michał Joanna Krzysztof Ewa Łukasz Małgorzata Marcin Zofia Grzegorz Aleksandra Jakub',
           'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski'),
    'ru': ('Алексей Мария Дмитрий Елена Сергей Ольга Андрей Наталья Иван Татьяна Михаил Анна Павел Екатерина Николай Ирина Артём Юлия',
           'Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв Васильев Зайцев Павлов Семёнов'),
    'el': ('Γιώργος Μαρία Νίκος Ελένη Κώστας Αικατερίνη Δημήτρης Σοφία Γιάννης Αναστασία Παναγιώτης Δέσποινα Χρήστος Βασιλική Αλέξανδρος Ιωάννα',
           'Παπαδόπουλος Γεωργίου Οικονόμου Παπανικολάου Βασιλείου Αντωνίου Κωνσταντίνου Νικολάου Δημητρίου Μακρής Αθανασίου Ιωάννου'),
    'ar': ('محمد فاطمة أحمد مريم خالد نورة عبدالله سارة يوسف ليلى عمر هدى علي ريم حسن منى',
           'العتيبي الشمري القحطاني الحربي المطيري الزهراني الغامدي الدوسري حسين منصور الخطيب السيد عبدالرحمن النجار'),
    'he': ('נועה יוסי מיכל אבי שירה דני רונית איתי תמר עומר יעל גיל אורית משה הדס אלון',
           'כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי שפירו גולן רוזן בן-דוד קליין'),
    'zh': ('伟 芳 娜 敏 静 磊 洋 艳 勇 军 杰 娟 涛 明 超 秀英 晓东 建华',
           '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林'),
    'zt': ('志明 淑芬 家豪 怡君 冠宇 雅婷 俊傑 佩珊 建宏 美玲',
           '陳 林 黃 張 李 王 吳 劉 蔡 楊'),
    'ja': ('翔太 美咲 大輔 陽子 健太 恵 拓也 由美 直樹 真由美 誠 彩 浩二 奈々 和也 久美子',
           '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 松本 井上 木村 林'),
    'ko': ('민준 서연 지훈 지민 현우 수빈 도윤 예은 성민 하은 준호 유진 동현 지영',
           '김 이 박 최 정 강 조 윤 장 임 한 오 서 신'),
    'hi': ('राहुल प्रिया अमित नेहा विकास पूजा संजय अंजलि रोहित स्नेहा अर्जुन कविता मनीष दीपिका',
           'शर्मा वर्मा गुप्ता सिंह कुमार पटेल जोशी मिश्रा यादव अग्रवाल चौहान मेहता'),
    'th': ('สมชาย สมหญิง ธนพล วรรณา ณัฐพล สุภาพร กิตติ พิมพ์ชนก อนุชา จิราพร ประเสริฐ ศิริพร',
           'ศรีสุข ใจดี สุวรรณ วงศ์สวัสดิ์ รัตนพันธ์ ทองดี แก้วมณี บุญมา ชัยวัฒน์ พงษ์ไพบูลย์'),
    'tr': ('Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Selin', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk'),
}

LATIN = {  # romanised forms for addresses
    'ru': 'alexey maria dmitry elena sergey olga andrey natalia ivan tatiana mikhail anna pavel ekaterina nikolay irina artem yulia',
    'el': 'giorgos maria nikos eleni kostas katerina dimitris sofia giannis anastasia panagiotis despina christos vasiliki alexandros ioanna',
    'ar': 'mohammed fatima ahmed maryam khalid noura abdullah sara yousef layla omar huda ali reem hassan mona',
    'he': 'noa yossi michal avi shira dani ronit itai tamar omer yael gil orit moshe hadas alon',
    'zh': 'wei fang na min jing lei yang yan yong jun jie juan tao ming chao xiuying xiaodong jianhua',
    'zt': 'chihming shufen chiahao yichun kuanyu yating chunchieh peishan chienhung meiling',
    'ja': 'shota misaki daisuke yoko kenta megumi takuya yumi naoki mayumi makoto aya koji nana kazuya kumiko',
    'ko': 'minjun seoyeon jihoon jimin hyunwoo subin doyoon yeeun sungmin haeun junho yujin donghyun jiyoung',
    'hi': 'rahul priya amit neha vikas pooja sanjay anjali rohit sneha arjun kavita manish deepika',
    'th': 'somchai somying thanaphon wanna nattaphon supaporn kitti pimchanok anucha jiraporn prasert siriporn',
}
LATIN_LAST = {
    'ru': 'ivanov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov petrov volkov solovyov vasiliev zaitsev pavlov semenov',
    'el': 'papadopoulos georgiou oikonomou papanikolaou vasileiou antoniou konstantinou nikolaou dimitriou makris athanasiou ioannou',
    'ar': 'alotaibi alshammari alqahtani alharbi almutairi alzahrani alghamdi aldosari hussein mansour alkhatib alsayed abdulrahman alnajjar',
    'he': 'cohen levi mizrahi peretz biton dahan avraham friedman azoulay shapiro golan rosen bendavid klein',
    'zh': 'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin',
    'zt': 'chen lin huang chang lee wang wu liu tsai yang',
    'ja': 'sato suzuki takahashi tanaka ito watanabe yamamoto nakamura kobayashi kato yoshida yamada matsumoto inoue kimura hayashi',
    'ko': 'kim lee park choi jung kang cho yoon jang lim han oh seo shin',
    'hi': 'sharma verma gupta singh kumar patel joshi mishra yadav agarwal chauhan mehta',
    'th': 'srisuk jaidee suwan wongsawat rattanaphan thongdee kaewmanee boonma chaiwat pongpaiboon',
}

FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'aol.com'],
    'de': ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'outlook.de'],
    'fr': ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'hotmail.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
    'it': ['gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it'],
    'pt': ['gmail.com', 'hotmail.com', 'uol.com.br', 'sapo.pt', 'bol.com.br'],
    'nl': ['gmail.com', 'ziggo.nl', 'hotmail.nl', 'kpnmail.nl'],
    'pl': ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
    'ru': ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
    'el': ['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.sa'],
    'he': ['gmail.com', 'walla.co.il', 'hotmail.com', 'bezeqint.net'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com'],
    'zt': ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msa.hinet.net'],
    'ja': ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com'],
    'hi': ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
    'th': ['gmail.com', 'hotmail.com', 'yahoo.co.th', 'outlook.co.th'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
}

# personal mailboxes hosted by the receiving provider (example.net) or on private/ISP domains
RCPT_PERSONAL = {
    'en': ['example.net', 'example.net', 'example.org', 'example.com', 'homemail.example', 'myfamily.example'],
    'de': ['example.net', 'kabelpost.example', 'familie-krause.example', 'example.org'],
    'fr': ['example.net', 'maison-durand.example', 'example.org'],
    'es': ['example.net', 'hogar-lopez.example', 'example.com'],
    'it': ['example.net', 'casa-rossi.example', 'example.org'],
    'pt': ['example.net', 'lar.example', 'example.com'],
    'nl': ['example.net', 'thuis-visser.example', 'example.org'],
    'pl': ['example.net', 'poczta-domowa.example', 'example.org'],
    'ru': ['example.net', 'dom-ivanov.example', 'example.org'],
    'el': ['example.net', 'spiti.example', 'example.com'],
    'ar': ['example.net', 'example.com', 'albayt.example'],
    'he': ['example.net', 'bayit.example', 'example.org'],
    'zh': ['example.net', 'jia.example', 'example.com'],
    'zt': ['example.net', 'example.org'],
    'ja': ['example.net', 'hikari-home.example', 'example.jp.example'],
    'ko': ['example.net', 'uri-jip.example', 'example.org'],
    'hi': ['example.net', 'ghar.example', 'example.com'],
    'th': ['example.net', 'baan.example', 'example.org'],
    'tr': ['example.net', 'example.org'],
}
ALL_PERSONAL = set(sum(RCPT_PERSONAL.values(), []))


def is_personal(domain):
    return domain in ALL_PERSONAL or domain in sum(FREEMAIL.values(), [])


# fictional organisations (recipients' employers and legitimate senders)
ORGS = {
    'en': ['harbor-analytics.example', 'northfield-legal.example.com', 'bluegate-logistics.example', 'pinecrest-health.example.org',
           'ironbridge-capital.example', 'meadowlark-software.example.com', 'oakridge-county.example.gov', 'copperleaf-design.example',
           'summit-freight.example.net', 'riverside-school.example.org', 'example.com', 'example.net', 'example.org'],
    'de': ['brenner-haustechnik.example', 'kanzlei-vogt.example.de', 'stadtwerke-altheim.example', 'nordlicht-medien.example',
           'hofmann-maschinenbau.example.de', 'praxis-am-markt.example'],
    'fr': ['atelier-garance.example.fr', 'cabinet-morel.example', 'transports-lebrun.example', 'mairie-saint-aubin.example.fr'],
    'es': ['grupo-almendro.example.es', 'clinica-serrano.example', 'construcciones-ebro.example', 'asesoria-luna.example.es'],
    'it': ['studio-ferri.example.it', 'officine-brambilla.example', 'comune-valdoro.example.it', 'vini-colleverde.example'],
    'pt': ['construtora-ipe.example.com.br', 'contabil-aurora.example', 'clinica-sorriso.example.com.br', 'logistica-tejo.example.pt'],
    'nl': ['vanderlinde-advies.example.nl', 'gemeente-wolderveen.example', 'bakkerij-kroes.example', 'tulpstad-ict.example.nl'],
    'pl': ['budmax-wroclaw.example.pl', 'kancelaria-nowicki.example', 'przychodnia-zdrowie.example.pl', 'agromet-lublin.example'],
    'ru': ['stroytrest-volga.example.ru', 'uralmash-servis.example', 'fintech-polar.example.ru', 'gorbolnitsa-7.example'],
    'el': ['olympia-ktiria.example.gr', 'dikigoriko-grafeio.example', 'aegean-shipping.example.gr', 'iatreio-kentro.example'],
    'ar': ['alnoor-trading.example.sa', 'gulf-engineering.example', 'nile-pharma.example.eg', 'dar-alhandasa.example.ae'],
    'he': ['hitech-galil.example.co.il', 'misrad-orchei-din.example', 'carmel-logistics.example.co.il', 'kupat-holim-tzafon.example'],
    'zh': ['huaxin-keji.example.cn', 'dongfang-wuliu.example', 'zhongshan-yiyuan.example.cn', 'jinding-touzi.example'],
    'zt': ['taipei-dianzi.example.tw', 'hsinchu-banjiti.example.tw'],
    'ja': ['sakura-shoji.example.co.jp', 'yamato-kensetsu.example', 'midori-clinic.example.jp', 'kansai-soft.example.co.jp'],
    'ko': ['hanbit-tech.example.co.kr', 'seoul-uiwon.example', 'daehan-mulryu.example.co.kr', 'nuri-soft.example'],
    'hi': ['bharat-infotech.example.in', 'ganga-textiles.example', 'apollo-clinic-pune.example.in', 'sahyadri-finance.example'],
    'th': ['siam-logistics.example.co.th', 'chao-phraya-tech.example', 'bangkok-dental.example.co.th', 'lanna-resort.example'],
    'tr': ['anadolu-lojistik.example.com.tr', 'bosphorus-yazilim.example'],
}

COMPANY_NAMES = {
    'en': ['Harbor Analytics', 'Northfield Legal', 'Bluegate Logistics', 'Pinecrest Health', 'Ironbridge Capital',
           'Meadowlark Software', 'Copperleaf Design', 'Summit Freight', 'Granite Peak Engineering', 'Silverline Foods'],
}


def _ascii(s):
    s = s.lower().replace('ß', 'ss').replace('ł', 'l').replace('ø', 'o').replace(' ', '').replace("'", '')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c == '-'))


def pick_name(rng, lang):
    f, l = NAMES[lang]
    f, l = f.split(), l.split()
    i, j = rng.randrange(len(f)), rng.randrange(len(l))
    if lang == 'nl':
        l = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
             'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker', 'Kok']
        j = rng.randrange(len(l))
    if lang in ('zh', 'zt', 'ja', 'ko'):
        full = l[j] + ('' if lang in ('zh', 'zt') else (' ' if lang == 'ja' else '')) + f[i]
    else:
        full = f[i] + ' ' + l[j]
    if lang in LATIN:
        lf, ll = LATIN[lang].split(), LATIN_LAST[lang].split()
        latin = (lf[i % len(lf)], ll[j % len(ll)])
    else:
        latin = (_ascii(f[i]), _ascii(l[j]))
    return full, f[i], latin


def local_part(rng, latin, style=None):
    fn, ln = latin
    style = style or rng.choice(['f.l', 'fl', 'f_l', 'fl99', 'f', 'flast', 'l.f'])
    return {'f.l': '%s.%s' % (fn, ln), 'fl': fn + ln, 'f_l': '%s_%s' % (fn, ln),
            'fl99': '%s%s%d' % (fn, ln[:3], rng.randint(1, 99)), 'f': fn, 'flast': fn[0] + ln,
            'l.f': '%s.%s' % (ln, fn)}[style]


def person(rng, lang, domain=None, free=False, rcpt=False):
    full, first, latin = pick_name(rng, lang)
    if domain is None:
        if free and rcpt:
            domain = rng.choice(RCPT_PERSONAL[lang])
        else:
            domain = rng.choice(FREEMAIL[lang]) if free else rng.choice(ORGS[lang])
    style = rng.choice(['fl99', 'f.l', 'fl', 'f_l']) if free or domain in sum(FREEMAIL.values(), []) or domain in ALL_PERSONAL else rng.choice(['f.l', 'flast', 'f', 'f.l'])
    return dict(name=full, first=first, addr='%s@%s' % (local_part(rng, latin, style), domain), lang=lang, domain=domain)


def rand_junk_local(rng):
    return rng.choice([alnum(rng, rng.randint(6, 10), string.ascii_lowercase) + str(rng.randint(1, 9999)),
                       alnum(rng, 4, string.ascii_lowercase) + alnum(rng, 4, '0123456789'),
                       rng.choice(['info', 'support', 'service', 'sale', 'news', 'promo', 'events']) + str(rng.randint(10, 999))])


def arrival(rng, year_weights=None):
    start = dt.datetime(2016, 1, 4, tzinfo=UTC)
    end = dt.datetime(2026, 11, 28, tzinfo=UTC)
    span = int((end - start).total_seconds())
    return start + dt.timedelta(seconds=rng.randrange(span))


def event_time(rng, arr, tz, days=(1, 30), hours=(8, 18), dur=(30, 60), allday=False, minute_choices=(0, 0, 0, 30, 15)):
    loc = to_local(tz, arr)
    d = loc.date() + dt.timedelta(days=rng.randint(*days))
    if allday:
        s = dt.datetime.combine(d, dt.time(0, 0))
        return s, s + dt.timedelta(days=1)
    if d.weekday() >= 5 and rng.random() < 0.7:
        d += dt.timedelta(days=7 - d.weekday())
    h = rng.randint(*hours)
    s = dt.datetime.combine(d, dt.time(h, rng.choice(minute_choices)))
    e = s + dt.timedelta(minutes=rng.choice(dur) if isinstance(dur, (list, tuple)) and len(dur) != 2 else rng.randrange(dur[0], dur[1] + 1, 15))
    return s, e


def tz_for(rng, lang):
    return rng.choice(TZ_FOR[lang])


PHONE_FMT = {
    'en': ['+1 (8%d%d) %03d-%04d', '1-8%d%d-%03d-%04d', '+1 8%d%d %03d %04d'],
    'de': ['+49 30 %d%d%03d%04d', '0800 %d%d%03d %04d'], 'fr': ['+33 1 %d%d %03d %04d', '09 %d%d %03d %04d'],
    'es': ['+34 91 %d%d%03d %04d', '900 %d%d%03d %04d'], 'it': ['+39 02 %d%d%03d%04d', '800 %d%d%03d %04d'],
    'pt': ['+55 11 9%d%d%03d-%04d', '+351 21 %d%d%03d %04d'], 'nl': ['+31 20 %d%d%03d %04d', '0800-%d%d%03d%04d'],
    'pl': ['+48 22 %d%d%03d %04d', '+48 5%d%d %03d %04d'], 'ru': ['+7 (495) %d%d%03d-%04d', '8 800 %d%d%03d-%04d'],
    'el': ['+30 210 %d%d%03d%04d', '+30 69%d%d %03d %04d'], 'ar': ['+966 5%d %d%03d %04d', '+971 4 %d%d%03d %04d'],
    'he': ['+972 3-%d%d%03d-%04d', '*%d%d%03d%04d'], 'zh': ['+86 10 %d%d%03d %04d', '400-%d%d%03d-%04d'],
    'zt': ['+886 2 %d%d%03d %04d'], 'ja': ['03-%d%d%03d-%04d', '0120-%d%d%03d-%04d'], 'ko': ['02-%d%d%03d-%04d', '1588-%d%d%03d%04d'],
    'hi': ['+91 9%d%d%03d %04d', '1800-%d%d%03d-%04d'], 'th': ['+66 2 %d%d%03d %04d', '02-%d%d%03d-%04d'],
    'tr': ['+90 212 %d%d%03d %04d'],
}


def phone(rng, lang):
    f = rng.choice(PHONE_FMT[lang])
    s = f % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 9999))
    # the %d%d%03d pattern produces too many digits in places; trim digit groups to look natural
    return s


def std_fills(rng, lang, arr):
    """Default slot values; category builders override what they need."""
    return dict(
        amt='%d.%02d' % (rng.randint(20, 900), rng.randint(0, 99)),
        code=alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
        ref='%s-%d' % (alnum(rng, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), rng.randint(100000, 999999)),
        pct=str(rng.choice([50, 60, 70, 75, 80, 85, 90])),
        days=str(rng.choice([2, 3, 5, 7])),
        phone=phone(rng, lang),
        wa='+%d %d %d' % (rng.choice([1, 44, 62, 63, 234, 91, 55, 7, 86]), rng.randint(100, 999), rng.randint(1000000, 9999999)),
        tg='@' + rng.choice(['support', 'helpdesk', 'mentor', 'hr', 'manager', 'vip', 'assist']) + '_' + alnum(rng, 5, string.ascii_lowercase) + str(rng.randint(1, 99)),
        iban=rng.choice(['DE%02d 5001 0517 %04d %04d %02d', 'GB%02d NWBK 6016 %04d %04d %02d', 'NL%02d INGB 000%d %04d %02d',
                         'ES%02d 2100 0418 %04d %04d %02d', 'LT%02d 3250 0%d %04d %04d', 'FR%02d 3000 4%03d %04d %04d']) % (
            rng.randint(10, 99), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(10, 99)),
        btc='bc1q' + alnum(rng, 38, '023456789acdefghjklmnpqrstuvwxyz'),
        year=str(arr.year),
    )
