# -*- coding: utf-8 -*-
"""Language data: client chrome strings, names, organisations, charsets (CC0 1.0)."""

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el', 'ar', 'he', 'zh', 'ja', 'ko',
         'hi', 'th', 'tr']

LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian',
              'pt': 'Portuguese', 'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek',
              'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese', 'ja': 'Japanese', 'ko': 'Korean',
              'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish'}

TAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR',
       'nl': 'nl-NL', 'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL',
       'zh': 'zh-CN', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH', 'tr': 'tr-TR'}

_K = ['inv', 'upd', 'can', 'acc', 'dec', 'ten', 'when', 'where', 'org', 'guests', 'join', 'desc',
      'has_inv', 'yes', 'no', 'maybe', 'acc_line', 'dec_line', 'ten_line', 'can_line', 'teams']

_C = {
    'en': ["Invitation", "Updated invitation", "Canceled event", "Accepted", "Declined", "Tentatively accepted",
           "When", "Where", "Organizer", "Guests", "Join", "Description", "{who} has invited you to", "Yes", "No",
           "Maybe", "{who} has accepted this invitation.", "{who} has declined this invitation.",
           "{who} has tentatively accepted this invitation.",
           "This event has been canceled and removed from your calendar.", "Microsoft Teams meeting"],
    'de': ["Einladung", "Aktualisierte Einladung", "Abgesagter Termin", "Angenommen", "Abgelehnt",
           "Mit Vorbehalt angenommen", "Wann", "Wo", "Organisator", "Gäste", "Teilnehmen", "Beschreibung",
           "{who} hat Sie zu folgendem Termin eingeladen:", "Ja", "Nein", "Vielleicht",
           "{who} hat diese Einladung angenommen.", "{who} hat diese Einladung abgelehnt.",
           "{who} hat diese Einladung mit Vorbehalt angenommen.",
           "Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.", "Microsoft Teams-Besprechung"],
    'fr': ["Invitation", "Invitation mise à jour", "Événement annulé", "Accepté", "Refusé", "Accepté provisoirement",
           "Quand", "Où", "Organisateur", "Invités", "Rejoindre", "Description", "{who} vous a invité(e) à", "Oui",
           "Non", "Peut-être", "{who} a accepté cette invitation.", "{who} a refusé cette invitation.",
           "{who} a accepté provisoirement cette invitation.",
           "Cet événement a été annulé et supprimé de votre agenda.", "Réunion Microsoft Teams"],
    'es': ["Invitación", "Invitación actualizada", "Evento cancelado", "Aceptado", "Rechazado",
           "Aceptado provisionalmente", "Cuándo", "Dónde", "Organizador", "Invitados", "Unirse", "Descripción",
           "{who} te ha invitado a", "Sí", "No", "Quizás", "{who} ha aceptado esta invitación.",
           "{who} ha rechazado esta invitación.", "{who} ha aceptado provisionalmente esta invitación.",
           "Este evento se ha cancelado y se ha eliminado de tu calendario.", "Reunión de Microsoft Teams"],
    'it': ["Invito", "Invito aggiornato", "Evento annullato", "Accettato", "Rifiutato", "Accettato con riserva",
           "Quando", "Dove", "Organizzatore", "Invitati", "Partecipa", "Descrizione", "{who} ti ha invitato a",
           "Sì", "No", "Forse", "{who} ha accettato questo invito.", "{who} ha rifiutato questo invito.",
           "{who} ha accettato con riserva questo invito.",
           "Questo evento è stato annullato e rimosso dal tuo calendario.", "Riunione di Microsoft Teams"],
    'pt': ["Convite", "Convite atualizado", "Evento cancelado", "Aceito", "Recusado", "Aceito provisoriamente",
           "Quando", "Onde", "Organizador", "Convidados", "Participar", "Descrição", "{who} convidou você para",
           "Sim", "Não", "Talvez", "{who} aceitou este convite.", "{who} recusou este convite.",
           "{who} aceitou provisoriamente este convite.",
           "Este evento foi cancelado e removido da sua agenda.", "Reunião do Microsoft Teams"],
    'nl': ["Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerde afspraak", "Geaccepteerd", "Geweigerd",
           "Voorlopig geaccepteerd", "Wanneer", "Waar", "Organisator", "Gasten", "Deelnemen", "Beschrijving",
           "{who} heeft je uitgenodigd voor", "Ja", "Nee", "Misschien", "{who} heeft deze uitnodiging geaccepteerd.",
           "{who} heeft deze uitnodiging geweigerd.", "{who} heeft deze uitnodiging voorlopig geaccepteerd.",
           "Deze afspraak is geannuleerd en uit je agenda verwijderd.", "Microsoft Teams-vergadering"],
    'pl': ["Zaproszenie", "Zaktualizowane zaproszenie", "Odwołane wydarzenie", "Zaakceptowano", "Odrzucono",
           "Wstępnie zaakceptowano", "Kiedy", "Gdzie", "Organizator", "Goście", "Dołącz", "Opis",
           "{who} zaprasza Cię na", "Tak", "Nie", "Może", "{who} zaakceptował(a) to zaproszenie.",
           "{who} odrzucił(a) to zaproszenie.", "{who} wstępnie zaakceptował(a) to zaproszenie.",
           "To wydarzenie zostało odwołane i usunięte z Twojego kalendarza.", "Spotkanie w aplikacji Microsoft Teams"],
    'ru': ["Приглашение", "Обновлённое приглашение", "Мероприятие отменено", "Принято", "Отклонено",
           "Под вопросом", "Когда", "Где", "Организатор", "Участники", "Присоединиться", "Описание",
           "{who} приглашает вас на мероприятие", "Да", "Нет", "Возможно", "{who} принял(а) это приглашение.",
           "{who} отклонил(а) это приглашение.", "{who} предварительно принял(а) это приглашение.",
           "Это мероприятие отменено и удалено из вашего календаря.", "Собрание Microsoft Teams"],
    'el': ["Πρόσκληση", "Ενημερωμένη πρόσκληση", "Ακυρωμένη εκδήλωση", "Αποδεκτό", "Απορρίφθηκε",
           "Αποδεκτό με επιφύλαξη", "Πότε", "Πού", "Διοργανωτής", "Προσκεκλημένοι", "Συμμετοχή", "Περιγραφή",
           "Ο/Η {who} σας προσκάλεσε στην εκδήλωση", "Ναι", "Όχι", "Ίσως", "Ο/Η {who} αποδέχτηκε την πρόσκληση.",
           "Ο/Η {who} απέρριψε την πρόσκληση.", "Ο/Η {who} αποδέχτηκε με επιφύλαξη την πρόσκληση.",
           "Η εκδήλωση ακυρώθηκε και αφαιρέθηκε από το ημερολόγιό σας.", "Σύσκεψη Microsoft Teams"],
    'ar': ["دعوة", "دعوة محدّثة", "حدث ملغى", "مقبول", "مرفوض", "مقبول مبدئيًا", "متى", "أين", "المنظِّم",
           "الضيوف", "انضمام", "الوصف", "دعاك {who} إلى", "نعم", "لا", "ربما", "قبل {who} هذه الدعوة.",
           "رفض {who} هذه الدعوة.", "قبل {who} هذه الدعوة مبدئيًا.", "تم إلغاء هذا الحدث وإزالته من التقويم.",
           "اجتماع Microsoft Teams"],
    'he': ["הזמנה", "הזמנה מעודכנת", "אירוע שבוטל", "התקבל", "נדחה", "התקבל באופן זמני", "מתי", "איפה", "מארגן",
           "אורחים", "הצטרפות", "תיאור", "{who} הזמין/ה אותך אל", "כן", "לא", "אולי", "{who} אישר/ה את ההזמנה.",
           "{who} דחה/תה את ההזמנה.", "{who} אישר/ה את ההזמנה באופן זמני.", "האירוע בוטל והוסר מהיומן שלך.",
           "פגישת Microsoft Teams"],
    'zh': ["邀请", "更新的邀请", "已取消的活动", "已接受", "已拒绝", "暂定", "时间", "地点", "组织者", "邀请对象", "加入",
           "说明", "{who} 邀请您参加", "是", "否", "可能", "{who} 已接受此邀请。", "{who} 已拒绝此邀请。",
           "{who} 暂定接受此邀请。", "此活动已取消，并已从您的日历中移除。", "Microsoft Teams 会议"],
    'ja': ["招待", "更新された招待", "キャンセルされた予定", "承諾", "辞退", "仮承諾", "日時", "場所", "主催者", "参加者",
           "参加", "説明", "{who} さんから次の予定に招待されました", "はい", "いいえ", "未定",
           "{who} さんが招待を承諾しました。", "{who} さんが招待を辞退しました。", "{who} さんが招待を仮承諾しました。",
           "この予定はキャンセルされ、カレンダーから削除されました。", "Microsoft Teams 会議"],
    'ko': ["초대", "업데이트된 초대", "취소된 일정", "수락함", "거절함", "미정", "일시", "장소", "주최자", "참석자", "참여하기",
           "설명", "{who}님이 다음 일정에 초대했습니다", "예", "아니요", "미정", "{who}님이 초대를 수락했습니다.",
           "{who}님이 초대를 거절했습니다.", "{who}님이 초대에 미정으로 응답했습니다.",
           "이 일정이 취소되어 캘린더에서 삭제되었습니다.", "Microsoft Teams 모임"],
    'hi': ["आमंत्रण", "अपडेट किया गया आमंत्रण", "रद्द किया गया इवेंट", "स्वीकार किया", "अस्वीकार किया", "शायद",
           "कब", "कहाँ", "आयोजक", "मेहमान", "शामिल हों", "विवरण", "{who} ने आपको आमंत्रित किया है:", "हाँ", "नहीं",
           "शायद", "{who} ने यह आमंत्रण स्वीकार कर लिया है।", "{who} ने यह आमंत्रण अस्वीकार कर दिया है।",
           "{who} ने यह आमंत्रण अस्थायी रूप से स्वीकार किया है।",
           "यह इवेंट रद्द कर दिया गया है और आपके कैलेंडर से हटा दिया गया है।", "Microsoft Teams मीटिंग"],
    'th': ["คำเชิญ", "คำเชิญที่อัปเดต", "กิจกรรมที่ยกเลิก", "ยอมรับแล้ว", "ปฏิเสธแล้ว", "อาจจะ", "เมื่อ", "สถานที่",
           "ผู้จัด", "ผู้เข้าร่วม", "เข้าร่วม", "รายละเอียด", "{who} ได้เชิญคุณเข้าร่วม", "ใช่", "ไม่", "อาจจะ",
           "{who} ได้ตอบรับคำเชิญนี้แล้ว", "{who} ได้ปฏิเสธคำเชิญนี้แล้ว", "{who} ได้ตอบรับคำเชิญนี้แบบไม่แน่นอน",
           "กิจกรรมนี้ถูกยกเลิกและนำออกจากปฏิทินของคุณแล้ว", "การประชุม Microsoft Teams"],
    'tr': ["Davet", "Güncellenmiş davet", "İptal edilen etkinlik", "Kabul edildi", "Reddedildi", "Belki",
           "Ne zaman", "Nerede", "Düzenleyen", "Davetliler", "Katıl", "Açıklama", "{who} sizi şu etkinliğe davet etti:",
           "Evet", "Hayır", "Belki", "{who} bu daveti kabul etti.", "{who} bu daveti reddetti.",
           "{who} bu daveti geçici olarak kabul etti.", "Bu etkinlik iptal edildi ve takviminizden kaldırıldı.",
           "Microsoft Teams toplantısı"],
}

_C['zh_tw'] = ["邀請", "更新的邀請", "已取消的活動", "已接受", "已拒絕", "暫定", "時間", "地點", "召集人", "邀請對象", "加入", "說明",
               "{who} 邀請您參加", "是", "否", "可能", "{who} 已接受此邀請。", "{who} 已拒絕此邀請。", "{who} 暫定接受此邀請。",
               "此活動已取消，並已從您的日曆中移除。", "Microsoft Teams 會議"]
CHROME = {lg: dict(zip(_K, v)) for lg, v in _C.items()}

# display name, ascii slug
NAMES = {
    'en': [("Emily Carter", "emily.carter"), ("James Whitfield", "james.whitfield"), ("Priya Raman", "priya.raman"),
           ("Daniel Okafor", "daniel.okafor"), ("Sarah Lindqvist", "sarah.lindqvist"), ("Michael Brennan", "mbrennan"),
           ("Olivia Hart", "olivia.hart"), ("Tom Reilly", "treilly"), ("Rachel Kim", "rachel.kim"),
           ("Marcus Bell", "marcus.bell"), ("Hannah Moore", "hmoore"), ("Kevin Walsh", "kevin.walsh"),
           ("Grace Abernathy", "g.abernathy"), ("Luis Ortega", "lortega"), ("Nina Petrov", "nina.petrov"),
           ("Owen Fletcher", "owen.fletcher"), ("Chloe Nguyen", "chloe.nguyen"), ("Aaron Blake", "ablake"),
           ("Megan Doyle", "megan.doyle"), ("Victor Osei", "vosei"), ("Laura Finch", "laura.finch"),
           ("Samuel Price", "sam.price"), ("Jessica Tran", "jtran"), ("Robert Haines", "rhaines")],
    'de': [("Katrin Vogel", "katrin.vogel"), ("Jonas Reimann", "j.reimann"), ("Stefanie Brandt", "stefanie.brandt"),
           ("Matthias Köhler", "matthias.koehler"), ("Ulrike Hahn", "u.hahn"), ("Felix Bauer", "felix.bauer"),
           ("Sabine Lorenz", "sabine.lorenz"), ("Tobias Wendt", "t.wendt")],
    'fr': [("Camille Lefèvre", "camille.lefevre"), ("Julien Moreau", "j.moreau"), ("Élodie Garnier", "elodie.garnier"),
           ("Nicolas Fabre", "nicolas.fabre"), ("Sophie Marchand", "s.marchand"), ("Antoine Girard", "antoine.girard"),
           ("Claire Dubois", "claire.dubois"), ("Mathieu Roux", "mathieu.roux")],
    'es': [("Lucía Herrera", "lucia.herrera"), ("Javier Molina", "jmolina"), ("Carmen Ortega", "carmen.ortega"),
           ("Diego Navarro", "diego.navarro"), ("Marta Iglesias", "m.iglesias"), ("Pablo Serrano", "pablo.serrano"),
           ("Elena Castillo", "elena.castillo"), ("Sergio Vidal", "svidal")],
    'it': [("Giulia Ferri", "giulia.ferri"), ("Marco Bellini", "m.bellini"), ("Chiara Conti", "chiara.conti"),
           ("Luca Marchetti", "luca.marchetti"), ("Francesca Greco", "f.greco"), ("Davide Rinaldi", "davide.rinaldi"),
           ("Sara Colombo", "sara.colombo"), ("Andrea Fontana", "a.fontana")],
    'pt': [("Ana Ribeiro", "ana.ribeiro"), ("João Carvalho", "joao.carvalho"), ("Mariana Costa", "mariana.costa"),
           ("Rafael Almeida", "rafael.almeida"), ("Beatriz Sousa", "bia.sousa"), ("Tiago Mendes", "tiago.mendes"),
           ("Inês Pereira", "ines.pereira"), ("Pedro Barbosa", "pbarbosa")],
    'nl': [("Sanne de Vries", "sanne.devries"), ("Pieter Jansen", "p.jansen"), ("Lotte Bakker", "lotte.bakker"),
           ("Bram Visser", "bram.visser"), ("Eva Mulder", "eva.mulder"), ("Daan Smit", "d.smit"),
           ("Femke Bos", "femke.bos"), ("Ruben Meijer", "ruben.meijer")],
    'pl': [("Agnieszka Nowak", "agnieszka.nowak"), ("Piotr Wiśniewski", "p.wisniewski"),
           ("Katarzyna Wójcik", "katarzyna.wojcik"), ("Tomasz Kamiński", "tomasz.kaminski"),
           ("Magdalena Lewandowska", "m.lewandowska"), ("Paweł Zieliński", "pawel.zielinski"),
           ("Joanna Szymańska", "joanna.szymanska"), ("Michał Dąbrowski", "michal.dabrowski")],
    'ru': [("Ольга Смирнова", "olga.smirnova"), ("Дмитрий Кузнецов", "d.kuznetsov"), ("Анна Попова", "anna.popova"),
           ("Сергей Волков", "sergey.volkov"), ("Екатерина Морозова", "e.morozova"), ("Алексей Соколов", "alexey.sokolov"),
           ("Наталья Лебедева", "natalia.lebedeva"), ("Игорь Новиков", "i.novikov")],
    'el': [("Μαρία Παπαδοπούλου", "maria.papadopoulou"), ("Γιώργος Νικολάου", "g.nikolaou"),
           ("Ελένη Γεωργίου", "eleni.georgiou"), ("Κώστας Δημητρίου", "kostas.dimitriou"),
           ("Κατερίνα Ιωάννου", "katerina.ioannou"), ("Νίκος Αλεξίου", "n.alexiou"),
           ("Σοφία Καραγιάννη", "sofia.karagianni"), ("Δημήτρης Μαυρίδης", "dimitris.mavridis")],
    'ar': [("أحمد الحربي", "ahmed.alharbi"), ("فاطمة الزهراني", "fatima.alzahrani"), ("محمد العتيبي", "m.alotaibi"),
           ("نورة القحطاني", "noura.alqahtani"), ("خالد المصري", "khaled.elmasry"), ("ليلى حداد", "layla.haddad"),
           ("عمر الشامي", "omar.alshami"), ("سارة يوسف", "sara.youssef")],
    'he': [("נועה כהן", "noa.cohen"), ("איתי לוי", "itai.levi"), ("מיכל מזרחי", "michal.mizrahi"),
           ("יונתן פרץ", "yonatan.peretz"), ("שירה ביטון", "shira.biton"), ("אורי אברהם", "uri.avraham"),
           ("תמר פרידמן", "tamar.friedman"), ("דניאל שפירא", "d.shapira")],
    'zh': [("王伟", "wang.wei"), ("李娜", "li.na"), ("张敏", "zhang.min"), ("刘洋", "liu.yang"), ("陈静", "chen.jing"),
           ("杨磊", "yang.lei"), ("赵婷", "zhao.ting"), ("黄俊", "huang.jun")],
    'zh_tw': [("王偉", "wang.wei"), ("李娜", "li.na"), ("張敏", "chang.min"), ("劉洋", "liu.yang"), ("陳靜", "chen.ching"),
              ("楊磊", "yang.lei"), ("趙婷", "chao.ting"), ("黃俊", "huang.chun")],
    'ja': [("佐藤 美咲", "misaki.sato"), ("鈴木 健太", "k.suzuki"), ("高橋 由美", "yumi.takahashi"),
           ("田中 翔", "sho.tanaka"), ("渡辺 彩", "aya.watanabe"), ("伊藤 大輔", "d.ito"),
           ("山本 恵", "megumi.yamamoto"), ("中村 拓也", "takuya.nakamura")],
    'ko': [("김민준", "minjun.kim"), ("이서연", "seoyeon.lee"), ("박지훈", "jihoon.park"), ("최수빈", "subin.choi"),
           ("정하은", "haeun.jung"), ("강도윤", "doyoon.kang"), ("윤지아", "jia.yoon"), ("임현우", "hyunwoo.lim")],
    'hi': [("राहुल शर्मा", "rahul.sharma"), ("प्रिया वर्मा", "priya.verma"), ("अमित पटेल", "amit.patel"),
           ("नेहा गुप्ता", "neha.gupta"), ("विकास सिंह", "vikas.singh"), ("अंजलि मेहता", "anjali.mehta"),
           ("सुरेश यादव", "suresh.yadav"), ("पूजा जोशी", "pooja.joshi")],
    'th': [("สมชาย ใจดี", "somchai.j"), ("สุดารัตน์ ทองคำ", "sudarat.t"), ("ณัฐพล ศรีสุข", "nattapon.s"),
           ("พิมพ์ชนก วงศ์ไทย", "pimchanok.w"), ("ธนกร แสงทอง", "thanakorn.s"), ("กมลวรรณ บุญมา", "kamonwan.b"),
           ("อนุชา พรหมมา", "anucha.p"), ("วราภรณ์ สุขใจ", "waraporn.s")],
    'tr': [("Elif Yılmaz", "elif.yilmaz"), ("Mehmet Demir", "mehmet.demir"), ("Zeynep Kaya", "zeynep.kaya"),
           ("Burak Çelik", "burak.celik"), ("Ayşe Şahin", "ayse.sahin"), ("Emre Aydın", "emre.aydin"),
           ("Selin Öztürk", "selin.ozturk"), ("Can Arslan", "can.arslan")],
}

# Fictional organisations (display, domain)
ORGS = {
    'en': [("Harborview Analytics", "harborview-analytics.example"), ("Kestrel Mechanical", "kestrelmech.example"),
           ("Bluefen Health Partners", "bluefen-health.example"), ("Tallis & Gray LLP", "tallisgray.example"),
           ("Northmere Logistics", "northmere-logistics.example"), ("Quillfeather Software", "quillfeather.example"),
           ("Sable Ridge Credit Union", "sableridge-cu.example"), ("Pinecrest School District", "pinecrest-sd.example"),
           ("Marlow Civil Engineering", "marlow-civil.example"), ("Greywater Foods", "greywaterfoods.example"),
           ("Ashgrove Dental Group", "ashgrove-dental.example"), ("Copperline Media", "copperline.example"),
           ("Westbrook Insurance Brokers", "westbrook-ib.example"), ("Halden University", "halden-univ.example")],
    'de': [("Brenntaler Logistik GmbH", "brenntaler-logistik.example"), ("Stadtwerke Auenfeld", "sw-auenfeld.example"),
           ("Kanzlei Wendt & Partner", "kanzlei-wendt.example"), ("Hoffmann Feinmechanik", "hoffmann-fm.example")],
    'fr': [("Atelier Verneuil", "atelier-verneuil.example"), ("Groupe Mistral Conseil", "mistral-conseil.example"),
           ("Cabinet Fabre Avocats", "fabre-avocats.example")],
    'es': [("Construcciones Albarán", "albaran-construcciones.example"), ("Clínica Ribera Norte", "riberanorte.example")],
    'it': [("Studio Bellini Associati", "studiobellini.example"), ("Ferramenta Conti", "ferramentaconti.example")],
    'pt': [("Transportes Ribeiro", "transribeiro.example"), ("Grupo Sol Nascente", "solnascente.example")],
    'nl': [("Bakker Installatietechniek", "bakker-installatie.example"), ("Gemeente Veendijk", "veendijk.example")],
    'pl': [("Nowak Logistyka", "nowak-logistyka.example"), ("Biuro Rachunkowe Zielińscy", "br-zielinscy.example")],
    'ru': [("ООО «Северный ветер»", "sevveter.example"), ("ТехноСфера", "tehnosfera.example")],
    'el': [("Αλεξίου Τεχνική Α.Ε.", "alexiou-tech.example"), ("Δήμος Νέας Αλκυόνης", "dimos-alkyonis.example")],
    'ar': [("مجموعة الأفق للتجارة", "alofuq-trading.example"), ("شركة النخبة للاستشارات", "nukhba-consult.example")],
    'he': [("טכנולוגיות גלבוע", "gilboa-tech.example"), ("לוי-פרץ משרד עורכי דין", "levi-peretz-law.example")],
    'zh': [("华信精密制造", "huaxin-precision.example"), ("蓝海科技有限公司", "lanhai-tech.example")],
    'zh_tw': [("華信精密製造", "huaxin-precision.example"), ("藍海科技有限公司", "lanhai-tech.example")],
    'ja': [("株式会社みなと精工", "minato-seiko.example"), ("さくら総合法律事務所", "sakura-law.example")],
    'ko': [("한빛소프트웨어", "hanbit-sw.example"), ("대성물산", "daesung-trade.example")],
    'hi': [("श्री गणेश ट्रेडर्स", "shriganesh-traders.example"), ("नवभारत इन्फोटेक", "navbharat-infotech.example")],
    'th': [("บริษัท สยามรุ่งเรือง จำกัด", "siamrungruang.example"), ("โรงพยาบาลเมืองใหม่", "muangmai-hospital.example")],
    'tr': [("Anadolu Yazılım A.Ş.", "anadolu-yazilim.example"), ("Ege Lojistik", "egelojistik.example")],
}

# recipient organisations (domains handled by mx.example.net)
RCPT_DOMAINS = ['example.net', 'example.org', 'example.com', 'mail.example.net', 'corp.example.org',
                'staff.example.edu', 'lindenhof.example', 'fjordline-ship.example', 'orchard-lane.example',
                'bergmann-ag.example', 'ostrava-tech.example', 'kaiyo-trading.example', 'riverside-clinic.example',
                'nakamura-lab.example', 'sunfield.test', 'holmgard.test', 'tidewater.example', 'umbra-design.example']

FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'aol.com'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com'], 'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es'], 'it': ['libero.it', 'gmail.com', 'virgilio.it'],
    'pt': ['uol.com.br', 'gmail.com', 'sapo.pt'], 'nl': ['ziggo.nl', 'gmail.com', 'kpnmail.nl'],
    'pl': ['wp.pl', 'onet.pl', 'gmail.com'], 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru'],
    'el': ['gmail.com', 'otenet.gr', 'yahoo.gr'], 'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
    'he': ['walla.co.il', 'gmail.com'], 'zh': ['qq.com', '163.com', '126.com'], 'ja': ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'],
    'ko': ['naver.com', 'daum.net', 'gmail.com'], 'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    'th': ['gmail.com', 'hotmail.com'], 'tr': ['gmail.com', 'yandex.com.tr', 'hotmail.com'],
}

CHARSETS = {
    'en': ['utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'],
    'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252', 'utf-8'],
    'fr': ['iso-8859-1', 'windows-1252', 'iso-8859-15', 'utf-8'],
    'es': ['iso-8859-1', 'windows-1252', 'utf-8'],
    'it': ['iso-8859-1', 'windows-1252', 'utf-8'],
    'pt': ['iso-8859-1', 'windows-1252', 'utf-8'],
    'nl': ['iso-8859-1', 'windows-1252', 'utf-8'],
    'pl': ['iso-8859-2', 'windows-1250', 'utf-8'],
    'ru': ['koi8-r', 'windows-1251', 'utf-8'],
    'el': ['iso-8859-7', 'windows-1253', 'utf-8'],
    'ar': ['windows-1256', 'iso-8859-6', 'utf-8'],
    'he': ['windows-1255', 'iso-8859-8', 'utf-8'],
    'zh': ['gb2312', 'gbk', 'gb18030', 'big5', 'utf-8'],
    'ja': ['iso-2022-jp', 'shift_jis', 'utf-8'],
    'ko': ['euc-kr', 'ks_c_5601-1987', 'utf-8'],
    'hi': ['utf-8'],
    'th': ['tis-620', 'windows-874', 'utf-8'],
    'tr': ['iso-8859-9', 'windows-1254', 'utf-8'],
}

TZS = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'America/Denver',
           'Australia/Sydney', 'America/Toronto'],
    'de': ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], 'fr': ['Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'America/Mexico_City'], 'it': ['Europe/Rome'], 'pt': ['America/Sao_Paulo', 'Europe/Lisbon'],
    'nl': ['Europe/Amsterdam', 'Europe/Brussels'], 'pl': ['Europe/Warsaw'], 'ru': ['Europe/Moscow'],
    'el': ['Europe/Athens'], 'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'],
    'zh': ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'],
    'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'], 'tr': ['Europe/Istanbul'],
}

CURRENCY = {'en': ('$', ''), 'de': ('', ' €'), 'fr': ('', ' €'), 'es': ('', ' €'), 'it': ('€ ', ''),
            'pt': ('R$ ', ''), 'nl': ('€ ', ''), 'pl': ('', ' zł'), 'ru': ('', ' ₽'), 'el': ('', '€'),
            'ar': ('', ' ر.س'), 'he': ('₪', ''), 'zh': ('¥', ''), 'ja': ('', '円'), 'ko': ('', '원'),
            'hi': ('₹', ''), 'th': ('', ' บาท'), 'tr': ('', ' TL')}

COUNTRY_PHONE = {'en': '+1', 'de': '+49', 'fr': '+33', 'es': '+34', 'it': '+39', 'pt': '+55', 'nl': '+31',
                 'pl': '+48', 'ru': '+7', 'el': '+30', 'ar': '+966', 'he': '+972', 'zh': '+86', 'ja': '+81',
                 'ko': '+82', 'hi': '+91', 'th': '+66', 'tr': '+90'}

MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def fmt_when(lang, start, end, tz, allday=False):
    """Human date range in roughly the style of the language."""
    if lang == 'en':
        def h(d):
            s = d.strftime('%I:%M%p').lstrip('0').lower()
            return s.replace(':00', '')
        day = '%s %s %d, %d' % (DAYS_EN[start.weekday()], MONTHS_EN[start.month - 1], start.day, start.year)
        if allday:
            return day
        return '%s %s – %s (%s)' % (day, h(start), h(end), tz)
    if lang in ('zh', 'ja'):
        day = '%d年%d月%d日' % (start.year, start.month, start.day)
    elif lang == 'ko':
        day = '%d년 %d월 %d일' % (start.year, start.month, start.day)
    elif lang in ('de', 'ru', 'pl', 'tr'):
        day = start.strftime('%d.%m.%Y')
    elif lang in ('fr', 'es', 'it', 'pt', 'el', 'ar', 'he', 'hi', 'th', 'nl'):
        day = start.strftime('%d/%m/%Y') if lang != 'nl' else start.strftime('%d-%m-%Y')
    else:
        day = start.strftime('%Y-%m-%d')
    if allday:
        return day
    return '%s %s-%s (%s)' % (day, start.strftime('%H:%M'), end.strftime('%H:%M'), tz)
