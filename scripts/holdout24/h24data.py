# -*- coding: utf-8 -*-
"""Names, domains, charsets and small UI vocabularies per language.
All persons and organisations are invented."""

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'tr', 'ru', 'el', 'ar', 'he',
         'zh', 'zh-tw', 'ja', 'ko', 'hi', 'th']

# "Native:roman" pairs
_N = {
 'en': ("James:james Emily:emily Michael:michael Sarah:sarah David:david Laura:laura Daniel:daniel Rachel:rachel "
        "Thomas:thomas Hannah:hannah Ryan:ryan Olivia:olivia Kevin:kevin Megan:megan Brian:brian Chloe:chloe "
        "Marcus:marcus Priya:priya Owen:owen Grace:grace Nathan:nathan Fiona:fiona Aaron:aaron Jasmine:jasmine",
        "Whitfield:whitfield Carter:carter Donovan:donovan Hughes:hughes Mercer:mercer Patel:patel Brennan:brennan "
        "Ellison:ellison Foster:foster Galloway:galloway Hartley:hartley Kowalski:kowalski Lindqvist:lindqvist "
        "Morrison:morrison Novak:novak Okafor:okafor Prescott:prescott Quinn:quinn Ramsey:ramsey Sutherland:sutherland "
        "Thornton:thornton Vaughn:vaughn Walsh:walsh Yates:yates"),
 'de': ("Jürgen:juergen Katrin:katrin Stefan:stefan Anja:anja Matthias:matthias Sabine:sabine Lukas:lukas "
        "Julia:julia Tobias:tobias Miriam:miriam Florian:florian Ute:ute Björn:bjoern Lena:lena",
        "Müller:mueller Schröder:schroeder Becker:becker Hoffmann:hoffmann Krüger:krueger Wagner:wagner "
        "Lehmann:lehmann Brandt:brandt Vogel:vogel Schäfer:schaefer Neumann:neumann Kühn:kuehn"),
 'fr': ("Élodie:elodie Julien:julien Camille:camille Mathieu:mathieu Sophie:sophie Thierry:thierry "
        "Hélène:helene Guillaume:guillaume Céline:celine Baptiste:baptiste Margaux:margaux Rémi:remi",
        "Lefèvre:lefevre Dubois:dubois Moreau:moreau Girard:girard Rousseau:rousseau Faure:faure "
        "Chevalier:chevalier Mercier:mercier Bonnet:bonnet Lambert:lambert Fontaine:fontaine Garnier:garnier"),
 'es': ("Alejandro:alejandro Lucía:lucia Javier:javier María:maria Sergio:sergio Carmen:carmen Andrés:andres "
        "Paula:paula Diego:diego Marta:marta Íñigo:inigo Rocío:rocio",
        "García:garcia Martínez:martinez López:lopez Sánchez:sanchez Romero:romero Navarro:navarro "
        "Domínguez:dominguez Castillo:castillo Ortega:ortega Rubio:rubio Serrano:serrano Ibáñez:ibanez"),
 'it': ("Giulia:giulia Marco:marco Francesca:francesca Luca:luca Chiara:chiara Davide:davide Elena:elena "
        "Niccolò:niccolo Federica:federica Matteo:matteo",
        "Rossi:rossi Bianchi:bianchi Colombo:colombo Ricci:ricci Marino:marino Greco:greco Bruno:bruno "
        "Gallo:gallo Conti:conti De Luca:deluca Mancini:mancini Esposito:esposito"),
 'pt': ("João:joao Mariana:mariana Rafael:rafael Beatriz:beatriz Thiago:thiago Fernanda:fernanda "
        "Gonçalo:goncalo Inês:ines Lucas:lucas Larissa:larissa",
        "Silva:silva Santos:santos Oliveira:oliveira Pereira:pereira Costa:costa Rodrigues:rodrigues "
        "Almeida:almeida Carvalho:carvalho Gonçalves:goncalves Ribeiro:ribeiro"),
 'nl': ("Sanne:sanne Daan:daan Femke:femke Joris:joris Lotte:lotte Bram:bram Anouk:anouk Pieter:pieter "
        "Ilse:ilse Ruben:ruben",
        "de Vries:devries Jansen:jansen van Dijk:vandijk Bakker:bakker Visser:visser Smit:smit "
        "Meijer:meijer de Boer:deboer Mulder:mulder van Leeuwen:vanleeuwen"),
 'pl': ("Agnieszka:agnieszka Paweł:pawel Katarzyna:katarzyna Tomasz:tomasz Małgorzata:malgorzata "
        "Łukasz:lukasz Joanna:joanna Krzysztof:krzysztof Zofia:zofia Michał:michal",
        "Kowalczyk:kowalczyk Wiśniewska:wisniewska Nowak:nowak Zieliński:zielinski Wójcik:wojcik "
        "Lewandowski:lewandowski Kamińska:kaminska Szymański:szymanski Dąbrowski:dabrowski Woźniak:wozniak"),
 'cs': ("Jiří:jiri Tereza:tereza Petr:petr Lucie:lucie Tomáš:tomas Markéta:marketa Ondřej:ondrej "
        "Kateřina:katerina Jakub:jakub Veronika:veronika",
        "Novák:novak Svobodová:svobodova Dvořák:dvorak Černá:cerna Procházka:prochazka Kučerová:kucerova "
        "Veselý:vesely Horáková:horakova Němec:nemec Marek:marek"),
 'tr': ("Ayşe:ayse Mehmet:mehmet Zeynep:zeynep Emre:emre Elif:elif Burak:burak Gülşen:gulsen Oğuz:oguz "
        "Selin:selin Cem:cem",
        "Yılmaz:yilmaz Kaya:kaya Demir:demir Şahin:sahin Çelik:celik Öztürk:ozturk Aydın:aydin "
        "Arslan:arslan Doğan:dogan Koç:koc"),
 'ru': ("Анна:anna Дмитрий:dmitry Ольга:olga Сергей:sergey Екатерина:ekaterina Алексей:alexey "
        "Наталья:natalya Михаил:mikhail Ирина:irina Павел:pavel",
        "Иванова:ivanova Смирнов:smirnov Кузнецова:kuznetsova Попов:popov Соколова:sokolova Лебедев:lebedev "
        "Морозова:morozova Волков:volkov Новикова:novikova Фёдоров:fedorov"),
 'el': ("Γιώργος:giorgos Μαρία:maria Νίκος:nikos Ελένη:eleni Κώστας:kostas Δήμητρα:dimitra "
        "Γιάννης:giannis Κατερίνα:katerina Παναγιώτης:panagiotis Σοφία:sofia",
        "Παπαδόπουλος:papadopoulos Γεωργίου:georgiou Νικολάου:nikolaou Οικονόμου:oikonomou "
        "Καραγιάννη:karagianni Αντωνίου:antoniou Βλάχου:vlachou Ιωάννου:ioannou"),
 'ar': ("أحمد:ahmed فاطمة:fatima محمد:mohammed ليلى:layla خالد:khaled نور:nour عمر:omar سارة:sara "
        "يوسف:youssef مريم:mariam",
        "العتيبي:alotaibi الحسن:alhassan منصور:mansour الزهراني:alzahrani حداد:haddad الشمري:alshammari "
        "عبدالله:abdullah النجار:alnajjar"),
 'he': ("נועה:noa יונתן:yonatan מיכל:michal אורי:uri תמר:tamar איתי:itai שירה:shira דניאל:daniel "
        "רונית:ronit עמית:amit",
        "כהן:cohen לוי:levi מזרחי:mizrahi פרץ:peretz ביטון:biton אברהם:avraham פרידמן:friedman "
        "שפירא:shapira"),
 'zh': ("伟:wei 芳:fang 静:jing 磊:lei 敏:min 洋:yang 婷:ting 强:qiang 丽:li 杰:jie",
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 赵:zhao 黄:huang 周:zhou 吴:wu"),
 'zh-tw': ("志明:chihming 淑芬:shufen 家豪:chiahao 怡君:yichun 俊傑:chunchieh 雅婷:yating 冠宇:kuanyu "
           "佳穎:chiaying",
           "陳:chen 林:lin 黃:huang 張:chang 李:lee 王:wang 吳:wu 蔡:tsai"),
 'ja': ("翔太:shota 美咲:misaki 健一:kenichi 陽子:yoko 大輔:daisuke 彩:aya 拓也:takuya 恵:megumi "
        "直樹:naoki 由美:yumi",
        "佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 渡辺:watanabe 伊藤:ito 中村:nakamura "
        "小林:kobayashi 山本:yamamoto 加藤:kato"),
 'ko': ("민준:minjun 서연:seoyeon 지훈:jihoon 수빈:subin 현우:hyunwoo 지은:jieun 도윤:doyun 하은:haeun",
        "김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon"),
 'hi': ("राहुल:rahul प्रिया:priya अमित:amit नेहा:neha विकास:vikas पूजा:pooja संजय:sanjay अंजलि:anjali "
        "रोहित:rohit कविता:kavita",
        "शर्मा:sharma वर्मा:verma गुप्ता:gupta सिंह:singh पटेल:patel यादव:yadav मेहता:mehta जोशी:joshi"),
 'th': ("สมชาย:somchai สุนิสา:sunisa ธนากร:thanakorn พิมพ์ชนก:pimchanok วิชัย:wichai กาญจนา:kanjana "
        "ณัฐพล:nattapon อรุณี:arunee",
        "ศรีสุข:srisuk วงศ์ไทย:wongthai แก้วมณี:kaewmanee ทองดี:thongdee สุขสวัสดิ์:suksawat "
        "บุญมา:boonma รัตนพันธ์:rattanapan จันทร์เพ็ญ:chanpen"),
}


def _pairs(s):
    out = []
    for tok in s.split(' '):
        pass
    # names may contain spaces ("De Luca", "van Dijk"): split on ':' boundaries
    parts = s.split(':')
    native = parts[0]
    for p in parts[1:]:
        if ' ' in p:
            roman, nxt = p.split(' ', 1)
        else:
            roman, nxt = p, None
        out.append((native.strip(), roman.strip()))
        native = nxt
    return out


NAMES = {k: (_pairs(v[0]), _pairs(v[1])) for k, v in _N.items()}

# family-name-first languages
FAMILY_FIRST = {'zh', 'zh-tw', 'ja', 'ko'}

FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'aol.com'],
    'de': ['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'outlook.de'],
    'fr': ['gmail.com', 'orange.fr', 'laposte.net', 'free.fr', 'hotmail.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
    'it': ['gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it'],
    'pt': ['gmail.com', 'uol.com.br', 'bol.com.br', 'sapo.pt', 'hotmail.com'],
    'nl': ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
    'pl': ['gmail.com', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl'],
    'cs': ['gmail.com', 'seznam.cz', 'email.cz', 'centrum.cz'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com.tr'],
    'ru': ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
    'el': ['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'outlook.sa', 'yahoo.com'],
    'he': ['gmail.com', 'walla.co.il', 'walla.com', 'hotmail.co.il'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com'],
    'zh-tw': ['gmail.com', 'yahoo.com.tw', 'hinet.net', 'msa.hinet.net'],
    'ja': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'],
    'ko': ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net'],
    'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    'th': ['gmail.com', 'hotmail.com', 'yahoo.co.th', 'outlook.co.th'],
}

# recipients' domains (all hosted behind mx.example.net)
RCPT_DOMAINS = {
    'en': ['example.net', 'example.org', 'example.com', 'harbourline-freight.co.uk', 'pinecrest-dental.com',
           'blueheron-analytics.com', 'mcallister-law.example', 'oakfield-school.org.uk', 'tidewater-grp.com',
           'ridgeback-labs.io', 'corvel-engineering.com', 'northgate-housing.org'],
    'de': ['example.net', 'brandt-stahlbau.de', 'praxis-am-markt.de', 'kanzlei-vogel.example', 'hanse-metall.de',
           'schulverein-lindenhof.de'],
    'fr': ['example.org', 'atelier-dumont.fr', 'cabinet-faure.example', 'vignobles-garnier.fr', 'lyon-numerique.fr'],
    'es': ['example.net', 'construcciones-rubio.es', 'clinica-serrano.example', 'tallerdiaz.es'],
    'it': ['example.com', 'studio-colombo.it', 'ceramiche-greco.example', 'trasporti-conti.it'],
    'pt': ['example.org', 'contabil-ribeiro.com.br', 'clinica-almeida.pt', 'agro-carvalho.com.br'],
    'nl': ['example.net', 'bakker-installatie.nl', 'devries-advies.example', 'zorggroep-mulder.nl'],
    'pl': ['example.com', 'kowalczyk-transport.pl', 'biuro-nowak.example', 'stomatologia-wojcik.pl'],
    'cs': ['example.org', 'dvorak-stavby.cz', 'ucetni-novak.example', 'veterina-marek.cz'],
    'tr': ['example.net', 'yilmaz-tekstil.com.tr', 'demir-insaat.example', 'kaya-lojistik.com.tr'],
    'ru': ['example.net', 'volkov-stroy.ru', 'buhgalter-popov.example', 'klinika-smirnov.ru'],
    'el': ['example.org', 'papadopoulos-shipping.gr', 'georgiou-law.example', 'nikolaou-hotels.gr'],
    'ar': ['example.com', 'alnajjar-trading.ae', 'haddad-eng.example', 'mansour-group.sa'],
    'he': ['example.net', 'cohen-tech.co.il', 'levi-accounting.example', 'mizrahi-law.co.il'],
    'zh': ['example.org', 'huayang-trading.cn', 'zhongxin-mfg.example', 'jinlong-logistics.cn'],
    'zh-tw': ['example.com', 'lintech.com.tw', 'huang-design.example', 'tsai-clinic.tw'],
    'ja': ['example.net', 'sato-kogyo.co.jp', 'tanaka-jimusho.example', 'yamamoto-shoji.jp'],
    'ko': ['example.org', 'hanbit-soft.co.kr', 'kim-clinic.example', 'daehan-trade.kr'],
    'hi': ['example.com', 'sharma-exports.in', 'gupta-associates.example', 'mehta-textiles.co.in'],
    'th': ['example.net', 'siam-logistics.co.th', 'bangkok-dental.example', 'chiangmai-tours.co.th'],
}

# invented organisations (name, domain) per language, used as employers/partners
ORGS = {
    'en': [('Kestrel Building Supplies', 'kestrel-supplies.com'), ('Larkspur Health Partners', 'larkspurhealth.org'),
           ('Brightwater Consulting', 'brightwater-consult.com'), ('Meridian Freight Ltd', 'meridianfreight.co.uk'),
           ('Halden & Crane LLP', 'haldencrane.com'), ('Summit Ridge Software', 'summitridge.io'),
           ('Copperleaf Foods', 'copperleaffoods.com'), ('Northbay Credit Union', 'northbaycu.org'),
           ('Aldgate Property Group', 'aldgate-property.co.uk'), ('Vantora Systems', 'vantora.com'),
           ('Fernhill Academy Trust', 'fernhill-trust.org.uk'), ('Quarry Lane Architects', 'quarrylane.design')],
    'de': [('Hoffmann Maschinenbau GmbH', 'hoffmann-maschinenbau.de'), ('Stadtwerke Altenau', 'stadtwerke-altenau.de'),
           ('Lehmann & Partner Steuerberatung', 'lehmann-stb.de'), ('Vogel Logistik AG', 'vogel-logistik.de')],
    'fr': [('Groupe Mercier Bâtiment', 'mercier-batiment.fr'), ('Cabinet Lambert Avocats', 'lambert-avocats.fr'),
           ('Transports Fontaine', 'transports-fontaine.fr')],
    'es': [('Grupo Castillo Inversiones', 'grupocastillo.es'), ('Ortega Ingeniería', 'ortega-ing.es'),
           ('Distribuciones Navarro', 'dnavarro.es')],
    'it': [('Conti Arredamenti Srl', 'contiarredamenti.it'), ('Studio Legale Ricci', 'studioricci.it'),
           ('Marino Impianti', 'marino-impianti.it')],
    'pt': [('Construtora Oliveira', 'construtoraoliveira.com.br'), ('Almeida & Costa Advogados', 'almeidacosta.pt'),
           ('Ribeiro Alimentos', 'ribeiroalimentos.com.br')],
    'nl': [('Visser Bouw B.V.', 'visserbouw.nl'), ('Jansen Accountants', 'jansen-accountants.nl'),
           ('Meijer Techniek', 'meijertechniek.nl')],
    'pl': [('Zieliński Budownictwo', 'zielinski-bud.pl'), ('Biuro Rachunkowe Lewandowski', 'br-lewandowski.pl'),
           ('Wójcik Logistyka', 'wojcik-logistyka.pl')],
    'cs': [('Procházka Stavby s.r.o.', 'prochazka-stavby.cz'), ('Veselý a partneři', 'vesely-partneri.cz'),
           ('Němec Strojírny', 'nemec-strojirny.cz')],
    'tr': [('Öztürk Makina A.Ş.', 'ozturkmakina.com.tr'), ('Arslan Gıda', 'arslangida.com.tr'),
           ('Doğan Danışmanlık', 'dogandanismanlik.com.tr')],
    'ru': [('ООО «СеверСтройМонтаж»', 'sevstroymontazh.ru'), ('ТД «Волга-Снаб»', 'volga-snab.ru'),
           ('АО «Техносфера»', 'technosfera-ao.ru')],
    'el': [('Οικονόμου Κατασκευές ΑΕ', 'oikonomou-kataskeves.gr'), ('Αντωνίου Logistics', 'antoniou-logistics.gr')],
    'ar': [('مجموعة الزهراني التجارية', 'alzahrani-group.sa'), ('شركة حداد للمقاولات', 'haddad-contracting.ae')],
    'he': [('פרידמן מערכות בע"מ', 'friedman-systems.co.il'), ('שפירא הנדסה', 'shapira-eng.co.il')],
    'zh': [('华信电子有限公司', 'huaxin-elec.cn'), ('远航物流', 'yuanhang-wl.cn'), ('博达咨询', 'boda-consult.cn')],
    'zh-tw': [('鼎新精密股份有限公司', 'dingxin-precision.com.tw'), ('宏遠貿易', 'hongyuan-trade.com.tw')],
    'ja': [('株式会社高橋製作所', 'takahashi-ss.co.jp'), ('中村商事株式会社', 'nakamura-shoji.co.jp'),
           ('伊藤システム', 'ito-system.jp')],
    'ko': [('한빛전자', 'hanbit-elec.co.kr'), ('대성물산', 'daesung-corp.kr'), ('새한소프트', 'saehan-soft.co.kr')],
    'hi': [('मेहता इंडस्ट्रीज', 'mehta-industries.in'), ('जोशी कंसल्टिंग', 'joshi-consulting.in')],
    'th': [('บริษัท ทองดี เทรดดิ้ง จำกัด', 'thongdee-trading.co.th'), ('สยามเทค โซลูชั่น', 'siamtech-sol.co.th')],
}

TZ_OF = {
    'en': ['Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London',
           'America/Denver', 'Australia/Sydney', 'America/Toronto'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], 'fr': ['Europe/Paris'],
    'es': ['Europe/Madrid', 'Europe/Madrid', 'America/Mexico_City'], 'it': ['Europe/Rome'],
    'pt': ['America/Sao_Paulo', 'Europe/Lisbon'], 'nl': ['Europe/Amsterdam'], 'pl': ['Europe/Warsaw'],
    'cs': ['Europe/Prague'], 'tr': ['Europe/Istanbul'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
    'ar': ['Asia/Dubai', 'Asia/Riyadh'], 'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai'],
    'zh-tw': ['Asia/Taipei'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'],
    'th': ['Asia/Bangkok'],
}

# body charsets actually seen from mail clients per language (label, weight)
CHARSETS = {
    'en': [('UTF-8', 6), ('us-ascii', 2), ('windows-1252', 1), ('iso-8859-1', 1)],
    'de': [('UTF-8', 5), ('iso-8859-1', 2), ('iso-8859-15', 1), ('windows-1252', 1)],
    'fr': [('UTF-8', 5), ('iso-8859-1', 2), ('windows-1252', 1), ('iso-8859-15', 1)],
    'es': [('UTF-8', 5), ('iso-8859-1', 2), ('windows-1252', 1)],
    'it': [('UTF-8', 5), ('iso-8859-1', 2), ('windows-1252', 1)],
    'pt': [('UTF-8', 5), ('iso-8859-1', 2), ('windows-1252', 1)],
    'nl': [('UTF-8', 5), ('iso-8859-1', 1), ('windows-1252', 1)],
    'pl': [('UTF-8', 4), ('iso-8859-2', 2), ('windows-1250', 1)],
    'cs': [('UTF-8', 4), ('iso-8859-2', 2), ('windows-1250', 1)],
    'tr': [('UTF-8', 4), ('iso-8859-9', 2), ('windows-1254', 1)],
    'ru': [('UTF-8', 4), ('koi8-r', 2), ('windows-1251', 2)],
    'el': [('UTF-8', 4), ('iso-8859-7', 2), ('windows-1253', 1)],
    'ar': [('UTF-8', 4), ('windows-1256', 2), ('iso-8859-6', 1)],
    'he': [('UTF-8', 4), ('windows-1255', 2), ('iso-8859-8', 1)],
    'zh': [('UTF-8', 4), ('GB2312', 2), ('GBK', 1)],
    'zh-tw': [('UTF-8', 4), ('Big5', 3)],
    'ja': [('UTF-8', 3), ('ISO-2022-JP', 3), ('Shift_JIS', 1)],
    'ko': [('UTF-8', 4), ('EUC-KR', 2), ('ks_c_5601-1987', 1)],
    'hi': [('UTF-8', 1)],
    'th': [('UTF-8', 4), ('TIS-620', 2)],
}

ACCEPT_LANG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR',
               'nl': 'nl-NL', 'pl': 'pl-PL', 'cs': 'cs-CZ', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR',
               'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN', 'zh-tw': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR',
               'hi': 'hi-IN', 'th': 'th-TH'}

# tiny UI vocabulary of calendar mails: invitation, updated, canceled, accepted, declined, tentative,
# when, where, who, organizer, join, reminder, yes, no, maybe
UI = {
 'en': "Invitation|Updated invitation|Canceled event|Accepted|Declined|Tentatively accepted|When|Where|Guests|organizer|Join|Reminder|Yes|No|Maybe",
 'de': "Einladung|Aktualisierte Einladung|Abgesagter Termin|Angenommen|Abgelehnt|Mit Vorbehalt angenommen|Wann|Wo|Gäste|Organisator|Teilnehmen|Erinnerung|Ja|Nein|Vielleicht",
 'fr': "Invitation|Invitation mise à jour|Événement annulé|Accepté|Refusé|Accepté provisoirement|Quand|Où|Invités|organisateur|Participer|Rappel|Oui|Non|Peut-être",
 'es': "Invitación|Invitación actualizada|Evento cancelado|Aceptado|Rechazado|Aceptado provisionalmente|Cuándo|Dónde|Invitados|organizador|Unirse|Recordatorio|Sí|No|Quizás",
 'it': "Invito|Invito aggiornato|Evento annullato|Accettato|Rifiutato|Accettato provvisoriamente|Quando|Dove|Invitati|organizzatore|Partecipa|Promemoria|Sì|No|Forse",
 'pt': "Convite|Convite atualizado|Evento cancelado|Aceito|Recusado|Aceito provisoriamente|Quando|Onde|Convidados|organizador|Participar|Lembrete|Sim|Não|Talvez",
 'nl': "Uitnodiging|Bijgewerkte uitnodiging|Geannuleerd evenement|Geaccepteerd|Geweigerd|Voorlopig geaccepteerd|Wanneer|Waar|Gasten|organisator|Deelnemen|Herinnering|Ja|Nee|Misschien",
 'pl': "Zaproszenie|Zaktualizowane zaproszenie|Odwołane wydarzenie|Zaakceptowano|Odrzucono|Wstępnie zaakceptowano|Kiedy|Gdzie|Goście|organizator|Dołącz|Przypomnienie|Tak|Nie|Może",
 'cs': "Pozvánka|Aktualizovaná pozvánka|Zrušená událost|Přijato|Odmítnuto|Předběžně přijato|Kdy|Kde|Hosté|organizátor|Připojit se|Připomenutí|Ano|Ne|Možná",
 'tr': "Davet|Güncellenmiş davet|İptal edilen etkinlik|Kabul edildi|Reddedildi|Belki katılırım|Ne zaman|Nerede|Davetliler|düzenleyen|Katıl|Hatırlatma|Evet|Hayır|Belki",
 'ru': "Приглашение|Обновленное приглашение|Мероприятие отменено|Принято|Отклонено|Под вопросом|Когда|Где|Гости|организатор|Присоединиться|Напоминание|Да|Нет|Возможно",
 'el': "Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Αποδεκτό|Απορρίφθηκε|Προσωρινά αποδεκτό|Πότε|Πού|Προσκεκλημένοι|διοργανωτής|Συμμετοχή|Υπενθύμιση|Ναι|Όχι|Ίσως",
 'ar': "دعوة|دعوة محدّثة|حدث ملغى|مقبول|مرفوض|مقبول مبدئيًا|متى|أين|الضيوف|المنظِّم|انضمام|تذكير|نعم|لا|ربما",
 'he': "הזמנה|הזמנה מעודכנת|אירוע בוטל|התקבל|נדחה|התקבל באופן זמני|מתי|איפה|אורחים|מארגן|הצטרפות|תזכורת|כן|לא|אולי",
 'zh': "邀请|更新的邀请|已取消的活动|已接受|已拒绝|暂定接受|时间|地点|邀请对象|组织者|加入|提醒|是|否|可能",
 'zh-tw': "邀請|更新的邀請|已取消的活動|已接受|已拒絕|暫定接受|時間|地點|邀請對象|主辦人|加入|提醒|是|否|或許",
 'ja': "招待|更新された招待|キャンセルされた予定|承諾|辞退|仮承諾|日時|場所|ゲスト|主催者|参加|リマインダー|はい|いいえ|未定",
 'ko': "초대|업데이트된 초대|취소된 일정|수락함|거절함|미정으로 수락함|일시|장소|참석자|주최자|참여|알림|예|아니요|미정",
 'hi': "आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|स्वीकार किया|अस्वीकार किया|संभावित रूप से स्वीकार|कब|कहाँ|मेहमान|आयोजक|शामिल हों|रिमाइंडर|हाँ|नहीं|शायद",
 'th': "คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|ยอมรับแล้ว|ปฏิเสธแล้ว|ยอมรับเบื้องต้น|เมื่อใด|ที่ไหน|แขก|ผู้จัด|เข้าร่วม|การแจ้งเตือน|ใช่|ไม่|อาจจะ",
}
UI_KEYS = 'inv upd cancel accepted declined tentative when where who organizer join reminder yes no maybe'.split()
UI = {k: dict(zip(UI_KEYS, v.split('|'))) for k, v in UI.items()}
