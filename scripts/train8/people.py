# Language metadata: names (display|ascii local part), time zones, TLDs, free-mail domains, legacy charsets.
L = {
 "en": dict(names="James Turner|james.turner;Sarah Walsh|sarah.walsh;Michael Brooks|mbrooks;Emily Harper|emily.harper;"
            "David Coleman|dcoleman;Laura Fischer|laura.fischer;Daniel Reyes|dreyes;Rachel Morgan|rachel.morgan;"
            "Kevin Patel|kpatel;Olivia Nguyen|olivia.nguyen;Chris Dalton|cdalton;Megan O'Neill|megan.oneill",
            tz=["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney"],
            tld=["com", "co.uk", "com.au", "org", "net", "us"], free=["gmx.com", "aol.com", "proton.me"],
            legacy=["windows-1252", "iso-8859-1", "us-ascii"], ms="en-US"),
 "de": dict(names="Jonas Schneider|j.schneider;Lena Hoffmann|lena.hoffmann;Markus Becker|m.becker;Katrin Wagner|k.wagner;"
            "Stefan Krüger|stefan.krueger;Anja Schäfer|anja.schaefer;Tobias Wolf|t.wolf;Julia Neumann|julia.neumann",
            tz=["Europe/Berlin"], tld=["de", "at", "ch"], free=["gmx.de", "web.de", "t-online.de", "posteo.de"],
            legacy=["iso-8859-15", "windows-1252", "iso-8859-1"], ms="de-DE"),
 "fr": dict(names="Julien Lefèvre|julien.lefevre;Camille Moreau|c.moreau;Nicolas Garnier|ngarnier;Élodie Rousseau|elodie.rousseau;"
            "Thomas Fontaine|t.fontaine;Sophie Chevalier|sophie.chevalier;Mathieu Girard|mgirard;Claire Dubois|claire.dubois",
            tz=["Europe/Paris"], tld=["fr", "be"], free=["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
            legacy=["iso-8859-15", "windows-1252", "iso-8859-1"], ms="fr-FR"),
 "es": dict(names="Javier García|javier.garcia;Lucía Martínez|lucia.mtz;Alejandro Ruiz|aruiz;Marta Navarro|marta.navarro;"
            "Sergio Ortega|sortega;Carmen Castillo|carmen.castillo;Pablo Romero|promero;Elena Vidal|elena.vidal",
            tz=["Europe/Madrid", "America/Mexico_City"], tld=["es", "com.mx"], free=["telefonica.net", "prodigy.net.mx"],
            legacy=["iso-8859-1", "windows-1252", "iso-8859-15"], ms="es-ES"),
 "it": dict(names="Marco Rossi|marco.rossi;Giulia Bianchi|g.bianchi;Luca Esposito|luca.esposito;Francesca Romano|f.romano;"
            "Davide Colombo|davide.colombo;Chiara Ricci|c.ricci;Matteo Greco|matteo.greco;Elena Marino|e.marino",
            tz=["Europe/Rome"], tld=["it"], free=["libero.it", "virgilio.it", "tiscali.it"],
            legacy=["iso-8859-15", "windows-1252", "iso-8859-1"], ms="it-IT"),
 "pt": dict(names="João Silva|joao.silva;Ana Santos|ana.santos;Pedro Oliveira|p.oliveira;Mariana Souza|mariana.souza;"
            "Rafael Pereira|rafael.pereira;Beatriz Costa|bia.costa;Lucas Almeida|lucas.almeida;Camila Rocha|camila.rocha",
            tz=["America/Sao_Paulo", "Europe/Lisbon"], tld=["com.br", "pt"], free=["uol.com.br", "bol.com.br", "sapo.pt"],
            legacy=["iso-8859-1", "windows-1252"], ms="pt-BR"),
 "nl": dict(names="Daan de Vries|daan.devries;Sanne Jansen|s.jansen;Bram van Dijk|bram.vandijk;Lotte Bakker|lotte.bakker;"
            "Joris Visser|j.visser;Femke Smit|femke.smit;Ruben Mulder|r.mulder;Anouk de Boer|anouk.deboer",
            tz=["Europe/Amsterdam"], tld=["nl", "be"], free=["ziggo.nl", "kpnmail.nl", "telenet.be"],
            legacy=["windows-1252", "iso-8859-15", "iso-8859-1"], ms="nl-NL"),
 "pl": dict(names="Piotr Kowalski|piotr.kowalski;Anna Nowak|anna.nowak;Tomasz Wiśniewski|t.wisniewski;"
            "Katarzyna Wójcik|k.wojcik;Michał Kamiński|michal.kaminski;Agnieszka Lewandowska|a.lewandowska;"
            "Paweł Zieliński|pawel.zielinski;Magdalena Szymańska|m.szymanska",
            tz=["Europe/Warsaw"], tld=["pl", "com.pl"], free=["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
            legacy=["iso-8859-2", "windows-1250"], ms="pl-PL"),
 "ru": dict(names="Алексей Иванов|a.ivanov;Ольга Смирнова|olga.smirnova;Дмитрий Кузнецов|d.kuznetsov;"
            "Екатерина Попова|ekaterina.popova;Сергей Волков|s.volkov;Наталья Морозова|n.morozova;"
            "Игорь Соколов|igor.sokolov;Анна Лебедева|anna.lebedeva",
            tz=["Europe/Moscow"], tld=["ru", "su"], free=["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
            legacy=["koi8-r", "windows-1251"], ms="ru-RU"),
 "el": dict(names="Γιώργος Παπαδόπουλος|g.papadopoulos;Μαρία Οικονόμου|maria.oikonomou;Νίκος Γεωργίου|n.georgiou;"
            "Ελένη Δημητρίου|eleni.dimitriou;Κώστας Αντωνίου|k.antoniou;Κατερίνα Νικολάου|katerina.nikolaou",
            tz=["Europe/Athens"], tld=["gr", "com.cy"], free=["otenet.gr", "hol.gr", "yahoo.gr"],
            legacy=["iso-8859-7", "windows-1253"], ms="el-GR"),
 "ar": dict(names="محمد العتيبي|m.alotaibi;فاطمة الزهراني|fatima.z;أحمد الحربي|ahmed.alharbi;نورة القحطاني|noura.q;"
            "خالد الشمري|khalid.shammari;سارة المطيري|sara.mutairi",
            tz=["Asia/Dubai", "Asia/Riyadh"], tld=["ae", "sa", "com.sa"], free=["hotmail.com", "yahoo.com"],
            legacy=["windows-1256", "iso-8859-6"], ms="ar-SA"),
 "he": dict(names="יוסי כהן|yossi.cohen;מיכל לוי|michal.levi;אבי מזרחי|avi.m;נועה פרץ|noa.peretz;דני ביטון|dani.biton;"
            "שירה אברהם|shira.avraham",
            tz=["Asia/Jerusalem"], tld=["co.il", "org.il"], free=["walla.co.il", "012.net.il"],
            legacy=["windows-1255", "iso-8859-8-i"], ms="he-IL"),
 "zh": dict(names="王伟|wangwei;李娜|lina;张敏|zhangmin;刘洋|liuyang;陈静|chenjing;杨磊|yanglei",
            tz=["Asia/Shanghai", "Asia/Taipei"], tld=["cn", "com.cn", "com.tw"], free=["qq.com", "163.com", "126.com", "sina.com"],
            legacy=["gb2312", "gbk"], ms="zh-CN"),
 "ja": dict(names="佐藤 健|k.sato;鈴木 美咲|misaki.suzuki;高橋 大輔|d.takahashi;田中 由美|yumi.tanaka;渡辺 翔太|s.watanabe;"
            "伊藤 さくら|sakura.ito",
            tz=["Asia/Tokyo"], tld=["co.jp", "jp", "ne.jp"], free=["yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
            legacy=["iso-2022-jp", "shift_jis"], ms="ja-JP"),
 "ko": dict(names="김민준|minjun.kim;이서연|seoyeon.lee;박지훈|jihoon.park;최수빈|subin.choi;정현우|hyunwoo.jung;강지은|jieun.kang",
            tz=["Asia/Seoul"], tld=["co.kr", "kr"], free=["naver.com", "daum.net", "hanmail.net"],
            legacy=["euc-kr", "ks_c_5601-1987"], ms="ko-KR"),
 "hi": dict(names="राहुल शर्मा|rahul.sharma;प्रिया वर्मा|priya.verma;अमित सिंह|amit.singh;नेहा गुप्ता|neha.gupta;"
            "विकास यादव|vikas.yadav;पूजा मेहता|pooja.mehta",
            tz=["Asia/Kolkata"], tld=["in", "co.in"], free=["rediffmail.com", "yahoo.co.in"],
            legacy=["utf-8"], ms="hi-IN"),
 "th": dict(names="สมชาย ใจดี|somchai.j;สุดารัตน์ ศรีสุข|sudarat.s;ธนพล วงศ์ไทย|thanapol.w;ปิยะนุช แก้วมณี|piyanuch.k;"
            "อนุชา บุญมา|anucha.b;วรรณา สุขสวัสดิ์|wanna.s",
            tz=["Asia/Bangkok"], tld=["co.th", "in.th"], free=["hotmail.co.th", "yahoo.co.th"],
            legacy=["tis-620", "windows-874"], ms="th-TH"),
}
for k, v in L.items():
    v["names"] = [tuple(x.split("|")) for x in v["names"].split(";")]

BRANDS = ["Norvalis", "Quintera", "Brightvale", "Kestrix", "Lumora", "Tessaro", "Veltrona", "Ardenic", "Solvika",
          "Marrowby", "Cindral", "Oberwald", "Halvorsen", "Tiramont", "Greyfield", "Orlavo", "Fennmoor", "Caldris",
          "Ostrava Tools", "Wrenfield", "Palimex", "Zandor", "Ivelle", "Korvane", "Mistral Foods", "Bexford",
          "Rondella", "Trevian", "Azurel", "Hollis & Crane", "Sarnia Labs", "Pendle Print", "Gastaldi", "Vireo Health",
          "Nimbra", "Tolland", "Quarrystone", "Elmbridge Dental", "Lindqvist Maskin", "Harrowgate"]
SUFFIX = {"en": ["Ltd", "Inc.", "LLC", "Group", "Pty Ltd"], "de": ["GmbH", "AG", "GmbH & Co. KG"], "fr": ["SAS", "SARL"],
          "es": ["S.L.", "S.A. de C.V."], "it": ["S.r.l.", "S.p.A."], "pt": ["Ltda.", "Lda."], "nl": ["B.V."],
          "pl": ["sp. z o.o."], "ru": ["ООО"], "el": ["Α.Ε.", "Ε.Π.Ε."], "ar": ["ش.ذ.م.م"], "he": ["בע\"מ"],
          "zh": ["有限公司"], "ja": ["株式会社"], "ko": ["(주)"], "hi": ["Pvt. Ltd."], "th": ["บริษัท จำกัด"]}
STREETS = {"en": ["14 Alder Road", "7 Kingsway Court", "221 Maple Ave, Apt 3B", "5 Harbour View", "38 Ferncliff Drive"],
           "de": ["Lindenstraße 12", "Am Mühlbach 4", "Goethestraße 31, 2. OG"], "fr": ["12 rue des Tilleuls", "5 avenue Foch"],
           "es": ["Calle Mayor 18, 3º B", "Av. Reforma 221"], "it": ["Via Garibaldi 14", "Corso Italia 7"],
           "pt": ["Rua das Flores 120", "Av. Paulista 1500"], "nl": ["Prinsengracht 210", "Dorpsstraat 8"],
           "pl": ["ul. Długa 14/3", "ul. Polna 7"], "ru": ["ул. Ленина, д. 10", "пр-т Мира, 45"], "el": ["Οδός Ερμού 22"],
           "ar": ["شارع الملك فهد"], "he": ["רחוב הרצל 15"], "zh": ["浦东新区世纪大道100号", "朝阳区建国路88号"],
           "ja": ["東京都港区芝公園1-2-3"], "ko": ["서울시 강남구 테헤란로 123"], "hi": ["एमजी रोड, बेंगलुरु"],
           "th": ["ถนนสุขุมวิท 21"]}
