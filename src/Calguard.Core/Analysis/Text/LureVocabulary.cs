namespace Calguard.Analysis.Text;

/// <summary>
/// The vocabulary of calendar-spam lures, by the behaviour the spammer needs: a prize to claim, a crypto
/// wallet to "verify", credentials to re-enter, a charge to dispute by phone, a parcel to release, a sale.
/// </summary>
/// <remarks>
/// Terms come from the campaigns the practice document and public reports describe (§5: iCloud sale waves,
/// Yahoo 419 invitations, Google Calendar callback scams, the Dutch and German prize lures) in the languages
/// those campaigns use. A term is a phrase where a single word would also match legitimate mail
/// ("payment" alone is in every booking confirmation); generic words are marked weak with <c>~</c> and count half.
/// Prefix terms end in <c>*</c>.
/// </remarks>
public static class LureVocabulary
{
    /// <summary>Category names, also used in signal details.</summary>
    public const string Prize = "prize", Crypto = "crypto", Credential = "credential", Payment = "payment", Callback = "callback",
        Urgency = "urgency", Dating = "dating", Retail = "retail", AdvanceFee = "advance-fee", Delivery = "delivery",
        Pharma = "pharma", Investment = "investment", Impersonation = "impersonation", Extortion = "extortion",
        Government = "government", DocumentShare = "document-share", Harvest = "harvest";

    /// <summary>The shared lexicon.</summary>
    public static Lexicon Lexicon => LazyLexicon.Value;

    // Lazy: static fields initialise in textual order and the term lists come below.
    private static readonly Lazy<Lexicon> LazyLexicon = new(() => new Lexicon(All()));

    private static IEnumerable<(string, string)> All()
    {
        foreach (var t in PrizeTerms) yield return (Prize, t);
        foreach (var t in CryptoTerms) yield return (Crypto, t);
        foreach (var t in CredentialTerms) yield return (Credential, t);
        foreach (var t in PaymentTerms) yield return (Payment, t);
        foreach (var t in CallbackTerms) yield return (Callback, t);
        foreach (var t in UrgencyTerms) yield return (Urgency, t);
        foreach (var t in DatingTerms) yield return (Dating, t);
        foreach (var t in RetailTerms) yield return (Retail, t);
        foreach (var t in AdvanceFeeTerms) yield return (AdvanceFee, t);
        foreach (var t in DeliveryTerms) yield return (Delivery, t);
        foreach (var t in PharmaTerms) yield return (Pharma, t);
        foreach (var t in InvestmentTerms) yield return (Investment, t);
        foreach (var t in ImpersonationTerms) yield return (Impersonation, t);
        foreach (var t in ExtortionTerms) yield return (Extortion, t);
        foreach (var t in GovernmentTerms) yield return (Government, t);
        foreach (var t in DocumentShareTerms) yield return (DocumentShare, t);
        foreach (var t in HarvestTerms) yield return (Harvest, t);
    }

    private static readonly string[] PrizeTerms =
    [
        // en
        "you have won", "you've won", "you won", "you are a winner", "you're a winner", "lucky winner", "~winner*", "~prize*", "lottery", "jackpot",
        "claim your", "claim now", "claim it now", "gift card", "giftcard", "free gift", "free iphone", "~reward points", "cash prize", "~congratulations",
        "you have been selected", "you've been selected", "selected to receive", "~sweepstake*", "~raffle", "~giveaway", "~voucher", "~exclusive reward",
        "~loyalty reward", "survey reward", "complete the survey", "complete our survey", "spin the wheel", "mystery box",
        // de
        "gewonnen", "gewinner", "gewinnspiel", "hauptgewinn", "~gutschein", "geschenkkarte", "~herzlichen glückwunsch", "~glückwunsch",
        "sie wurden ausgewählt", "verlosung", "preisausschreiben", "~belohnung", "~einlösen",
        // nl
        "~gefeliciteerd", "u heeft gewonnen", "je hebt gewonnen", "kans op prijzen", "prijzen winnen", "prijs winnen", "kans te winnen", "winnaar",
        "verloten", "verloting", "cadeaukaart", "cadeaubon", "~waardebon", "~beloning", "claim je", "claim uw", "postcode loterij", "postcodeloterij",
        // fr
        "vous avez gagné", "gagnant", "~félicitations", "carte cadeau", "chèque cadeau", "~bon d'achat", "tirage au sort", "jeu concours",
        "~récompense", "cadeau gratuit", "vous avez été sélectionné", "réclamez votre",
        // es
        "has ganado", "ha ganado", "ganador", "ganadora", "~felicidades", "~enhorabuena", "tarjeta regalo", "~sorteo", "~recompensa", "reclama tu",
        "has sido seleccionado", "ha sido seleccionado",
        // it
        "hai vinto", "vincitore", "~congratulazioni", "buono regalo", "carta regalo", "sei stato selezionato", "~ricompensa",
        // pt
        "você ganhou", "ganhou um", "~parabéns", "vale-presente", "cartão presente", "~sorteio", "foi selecionado",
        // pl
        "wygrałeś", "wygrałaś", "wygrana", "~nagroda", "~gratulacje", "karta podarunkowa", "bon podarunkowy", "~losowanie", "zostałeś wybrany",
        // ru
        "вы выиграли", "выигрыш", "приз", "~поздравляем", "подарочная карта", "розыгрыш", "~вознаграждение", "вы выбраны",
        // tr
        "kazandınız", "~ödül", "hediye kartı", "~tebrikler", "~çekiliş",
        // ja, zh, ar
        "当選", "~おめでとうございます", "賞品", "ギフトカード", "懸賞", "中奖", "~恭喜", "奖品", "礼品卡", "抽奖", "~مبروك", "جائزة", "ربحت", "فزت",
        // more
        "your gift is waiting", "gift is waiting", "reward is waiting", "~thank you for your loyalty", "loyal customers", "pay only", "only pay shipping",
        "pay just", "answer 3 questions", "answer three questions", "3 quick questions", "quick survey", "~survey", "been drawn", "drawn as", "online draw",
        "unclaimed prize", "claims agent", "claims department", "batch no", "ticket number", "~winning", "~reward", "~geschenk", "geschenkbox",
        "dankeschön für ihre treue", "~treue", "sind gewinner", "als gewinner", "gewinnspiel", "jetzt einlösen", "~umfrage", "enquête", "getrokken",
        "bent uitgekozen", "u bent geselecteerd", "je bent geselecteerd", "maak kans", "~deelname", "tiré au sort", "vous avez été choisi",
        "~cadeau", "~sorteado", "fuiste seleccionado", "has sido elegido", "~encuesta", "sei stato estratto", "è stato estratto", "~concorso",
        "ritira il premio", "~resgate", "foi sorteado", "você foi sorteado", "~ankieta", "зарегистрируйтесь и получите", "~hediye", "çekiliş", "~kazan",
        "当選しました", "抽選", "恭喜您", "您已中奖", "领取", "~bonus", "~compensation", "компенсаци*", "~выплат*",
        "~claim reward", "~reward waiting", "~collect your reward", "~daily reward", "~check in daily", "~giveaway is live", "~live giveaway",
        "~redeem", "~redeem them", "points expire", "points will expire", "~points", "~punten", "~punkte", "~points fidélité", "~puntos", "~punti", "~bonus points", "~your points", "~einlösen", "~échanger", "~canjear", "~riscatta", "~inwisselen",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "internationale lotterie", "internationalen lotterie", "gewinnbenachrichtigung", "e-mail-adresse wurde gezogen", "ihren gewinn anzufordern",
        "~ihren gewinn", "~gewinnsumme",
        "internationale loterij", "e-mailadres is getrokken", "e-mailadres heeft gewonnen", "uw prijs claimen", "je prijs claimen", "~prijzengeld",
        "~loterij",
        "loterie internationale", "adresse e-mail a gagné", "réclamer votre prix", "réclamer votre gain", "notification de gain", "~votre gain",
        "~loterie",
        "lotería internacional", "su correo electrónico ganó", "reclamar su premio", "reclame su premio", "notificación de premio", "~su premio",
        "~lotería",
        "lotteria internazionale", "riscuotere il premio", "reclamare il premio", "notifica di vincita", "~il tuo premio", "~vincita", "~lotteria",
        "lotaria internacional", "resgatar seu prêmio", "reivindicar seu prêmio", "reivindicar o seu prémio", "notificação de prêmio", "~seu prêmio",
        "międzynarodowej loterii", "międzynarodowa loteria", "odbierz swoją nagrodę", "twój adres e-mail wygrał", "zostałeś zwycięzcą",
        "~odebrać nagrodę", "~loterii",
        "международной лотереи", "международная лотерея", "электронной почты выиграл", "получить свой приз", "заберите свой приз",
        "вы стали победителем", "~лотере*",
        "ви виграли", "ви стали переможцем", "міжнародної лотереї", "отримайте свій приз", "заберіть свій приз", "~подарункову картку", "~вітаємо",
        "uluslararası piyango", "e-posta adresiniz kazandı", "ödülünüzü talep", "şanslı kazanan", "~piyango",
        "国際宝くじ", "メールアドレスが選ばれ", "メールアドレスが当選", "当選者に選ばれ", "~賞金の受け取り", "~賞金を受け取",
        "国际彩票", "邮箱地址中奖", "电子邮件地址被选中", "领取您的奖金", "幸运中奖者", "中獎", "領取獎金",
        "당첨되셨습니다", "당첨되었습니다", "복권에 당첨", "국제 복권", "~경품", "~상품권", "~축하드립니다",
        "اليانصيب الدولي", "يانصيب دولي", "فاز بريدك الإلكتروني", "فاز بريدك الالكتروني", "الفائز المحظوظ", "استلام جائزتك", "لاستلام جائزتك",
        "~بطاقة هدية",
        "זכית בפרס", "זכית בהגרלה", "זכתה בהגרלה", "נבחרת לקבל", "לממש את הפרס", "~הגרלה", "~כרטיס מתנה", "~מזל טוב",
        "~κερδίσατε", "κέρδισες", "τυχερός νικητής", "διεθνούς λοταρίας", "διεθνή λοταρία", "~δωροκάρτα", "~συγχαρητήρια", "~έπαθλο",
        "आपने लॉटरी जीती", "आपको विजेता चुना गया", "अंतरराष्ट्रीय लॉटरी", "अंतर्राष्ट्रीय लॉटरी", "अपना इनाम प्राप्त करें", "~लकी ड्रा", "~इनाम राशि",
        "~बधाई हो",
        "~คุณได้รับรางวัล", "ถูกรางวัลใหญ่", "ลอตเตอรี่ระหว่างประเทศ", "กดรับรางวัล", "~ผู้โชคดี", "~บัตรของขวัญ", "~ยินดีด้วย",
        "trúng thưởng", "xổ số quốc tế", "~trúng giải", "~nhận phần thưởng", "~thẻ quà tặng", "~chúc mừng bạn", "~bạn đã được chọn", "~trung thuong",
        "anda memenangkan", "anda telah memenangkan", "pemenang undian", "undian internasional", "klaim hadiah", "~hadiah anda", "~kartu hadiah",
        "~anda terpilih",
        "vyhrál jste", "vyhrála jste", "vyhráli jste", "stal jste se výhercem", "mezinárodní loterie", "mezinárodní loterii", "vyzvedněte si výhru",
        "~dárkovou kartu", "~gratulujeme",
        "du har vunnit", "lycklig vinnare", "internationella lotteriet", "internationellt lotteri", "hämta ut ditt pris", "lös in ditt pris",
        "~presentkort", "~grattis",
        "ați câștigat", "ai câștigat", "câștigătorul norocos", "loteria internațională", "loteriei internaționale", "revendicați premiul",
        "~card cadou", "~felicitări",
        "ön nyert", "nemzetközi lottó", "nemzetközi lottón", "szerencsés nyertes", "vegye át nyereményét", "igényelje nyereményét", "~ajándékkártya",
        "~gratulálunk", "~nyeremény*",
    ];

    private static readonly string[] CryptoTerms =
    [
        "bitcoin", "~btc", "~ethereum", "usdt", "~crypto", "cryptocurrency", "crypto wallet", "wallet verification", "verify your wallet",
        "seed phrase", "recovery phrase", "secret phrase", "~private key", "airdrop", "token claim", "claim your token*", "metamask", "trust wallet",
        "trustwallet", "~coinbase", "~binance", "~kraken", "ledger live", "phantom wallet", "exodus wallet", "~blockchain", "~nft", "~defi", "~web3",
        "wallet has not been verified", "wallet will be suspended", "sync your wallet", "validate your wallet", "connect your wallet",
        "kryptowährung", "~krypto", "cryptomonnaie", "criptomoneda", "criptovaluta", "criptomoeda", "kryptowaluta", "криптовалют*", "биткоин",
        "~kripto", "暗号資産", "ビットコイン", "加密货币", "比特币", "~钱包",
        // more
        "cloud mining", "mining contract", "~mining", "~payout", "awaiting approval", "approve the payout", "to your wallet", "your wallet", "wallet sync",
        "sync required", "12-word", "24-word", "12 word", "24 word", "restore your balance", "giving away", "~giveaway", "receive double", "double back",
        "send between", "kyc verification", "~kyc", "~billetera", "~carteira", "~portefeuille", "~cüzdan", "~кошел*", "~solana", "~airdrop", "claim window",
        "firmware update", "~ledger", "recovery seed", "wallet restricted", "withdrawal", "~withdraw",
        "~~wallet", "~~exchange", "~~token", "~~tokens", "~~coin", "~~coins", "~~staking", "~~stake", "~~yield", "~~apy", "~~miner", "~~defi", "~~seed", "~~phrase", "~~withdraw", "~~deposit", "~~balance", "~~portfolio", "~~trading", "~~trader", "~~signals", "~~pump", "~~profit", "~~profits", "~~returns", "~~roi", "~~invest", "~~investment", "~~usdc", "~~solana", "~~dogecoin", "~~xrp", "~~altcoin", "~~presale", "~~whitelist", "~~eth", "~~krypto", "~~kripto", "~~cripto", "~~bitcoins",
    ];

    private static readonly string[] CredentialTerms =
    [
        "verify your account", "verify your identity", "confirm your identity", "confirm your account", "account suspended", "account has been suspended",
        "account will be suspended", "account has been locked", "account locked", "account will be closed", "account will be deactivated",
        "password expires", "password will expire", "password expired", "password has expired", "keep your password", "keep same password",
        "mailbox is full", "mailbox full", "storage is full", "storage full", "quota exceeded", "email quota", "unusual sign-in", "~unusual activity",
        "suspicious activity", "suspicious login", "~security alert", "unauthorized access", "unauthorised access", "reactivate your account",
        "update your payment information", "update your billing", "~update your details", "validate your account", "~re-confirm", "reconfirm your",
        "sign in to review", "log in to review", "login to review", "login to confirm", "log in to confirm", "shared a document with you",
        "shared a file with you", "view shared document", "~review document", "~review and sign", "pending documents", "~secure message",
        "immediate action required", "~action required", "~multi-factor", "has been disabled", "has not yet been verified", "security compromised",
        // de
        "konto gesperrt", "konto wurde gesperrt", "konto verifizieren", "bestätigen sie ihre", "bestätigen sie ihr", "ihr passwort läuft ab",
        "passwort läuft", "verdächtige aktivität", "~sicherheitswarnung", "ungewöhnliche anmeldung", "daten aktualisieren", "identität bestätigen",
        // nl
        "account geblokkeerd", "rekening geblokkeerd", "verifieer uw", "verifieer je", "bevestig uw gegevens", "bevestig je gegevens", "wachtwoord verloopt",
        "verdachte activiteit", "gegevens bijwerken", "~beveiligingswaarschuwing", "contactgegevens in",
        // fr
        "compte suspendu", "compte bloqué", "vérifiez votre compte", "vérifier votre identité", "confirmez votre identité", "mot de passe expire",
        "activité suspecte", "~alerte de sécurité", "mettre à jour vos informations",
        // es, it, pt, pl, ru, tr, ja, zh
        "cuenta suspendida", "cuenta bloqueada", "verifique su cuenta", "verifica tu cuenta", "confirme su identidad", "contraseña caduca",
        "actividad sospechosa", "account sospeso", "verifica il tuo account", "conferma la tua identità", "attività sospetta", "conta suspensa",
        "verifique sua conta", "atividade suspeita", "konto zablokowane", "zweryfikuj swoje", "potwierdź swoją", "podejrzana aktywność",
        "аккаунт заблокирован", "подтвердите свою", "подозрительная активность", "hesabınız askıya", "hesabınızı doğrulayın", "şüpheli etkinlik",
        "アカウントが停止", "本人確認", "不正アクセス", "账户已被冻结", "验证您的账户", "异常登录",
        // more
        "new voicemail", "voicemail from", "voice message", "~missed call", "shared document", "shared file", "document shared", "for signature",
        "~review the document", "~please review", "document partagé", "pour signature", "gedeeld document", "geteiltes dokument", "dokument geteilt",
        "documento compartido", "documento condiviso", "mailbox migration", "re-authenticate", "reauthenticate", "~migration", "must reset",
        "reset their password", "reset your password", "password reset", "~suspended", "~restricted", "has been restricted", "~locked", "unlock now",
        "~~verify", "~~verification", "bank details", "banking details", "~bankgegevens", "bankverbindung", "bankdaten", "coordonnées bancaires",
        "datos bancarios", "dati bancari", "dados bancários", "dane bankowe", "~gesperrt", "~geblokkeerd", "~bloqueada", "~bloqueado", "~suspendu",
        "~sospeso", "~zablokowane", "~заблокирован*", "~askıya", "~停止", "~sperre", "~verifizieren", "~vérifier", "~verificar", "~verificare",
        "~weryfikacja", "~верификац*", "~doğrula*", "~認証", "~验证", "log in to", "sign in to", "~~login", "~~sign in", "~anmelden", "~inloggen",
        "~connectez-vous", "~inicia sesión", "~accedi", "~zaloguj", "~войдите", "~giriş yap", "~ログイン", "~登录", "~pushtan", "~tan-verfahren",
        "~betaalpas", "~pinpas", "~cpf", "~госуслуг*", "~e-devlet", "~edevlet", "~payroll", "~nómina", "~salary adjustment", "~gehaltsabrechnung",
        "storage quota", "mailbox has reached", "will be rejected", "increase storage", "~cloud recording", "~recording available", "work account",
        "direct deposit", "deposit details", "~postfach", "~deaktiviert", "~desactivada", "~désactivé", "~disattivato", "~inactive", "~inaktiv",
        "has been flagged", "computer is infected", "accesso anomalo", "temporaneamente sospeso", "~pendências", "~regularize",
        "~evitar multa", "~申报", "~登录", "حسابك", "~تعليق", "~تحديث", "~تأكيد", "~بياناتك", "~اضغط", "تم تعليق", "~mot de passe",
        "~passwort", "~wachtwoord", "~contraseña", "~senha", "~hasło", "~пароль", "~şifre", "~パスワード", "~密码", "~melden sie sich", "~keep access",
        "~avoid interruption", "~interruption of", "~service will be", "~will be deactivated", "~will be disabled", "~will be deleted",
        "~~account", "~~password", "~~login", "~~log in", "~~sign in", "~~verify", "~~verification", "~~confirm", "~suspend", "~suspended", "~locked", "~unusual", "~~security", "~~expire", "~~expires", "~~expired", "~mailbox", "~quota", "~~storage", "~~update", "~reactivate", "~~restore", "~~access", "~deactivated", "~disabled", "~unlock", "~mfa", "~2fa", "~authentication", "~credentials", "~konto", "~passwort", "~compte", "~cuenta", "~conto", "~conta", "~rekening", "~wachtwoord", "~hasło", "~аккаунт", "~hesap", "~アカウント", "~账户",
        "meta for business", "~facebook page", "business manager", "community standards", "verify ownership", "scheduled for deletion", "will be permanently deleted", "copyright violation", "~violated", "~voice message", "~listen", "access will be restricted", "~recent activity", "~before the deadline", "~restricted", "~valider", "~validez", "~valida", "~valideer", "~bestätigen", "~confirmez", "~confirme", "~bevestig", "~potwierdź", "~webmail", "~boîte de messagerie", "~postfach", "~buzón", "~casella", "~mailbox",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "ihr postfach ist voll", "postfach wird deaktiviert", "postfach wird gesperrt", "konto wird deaktiviert", "~speicherplatz ist voll",
        "~postfach wird gelöscht",
        "je mailbox is vol", "uw mailbox is vol", "account wordt gedeactiveerd", "account wordt opgeschort", "bevestig uw wachtwoord",
        "bevestig je wachtwoord",
        "boîte aux lettres est pleine", "boîte mail est pleine", "compte sera désactivé", "compte sera suspendu", "confirmez votre mot de passe",
        "buzón está lleno", "cuenta será suspendida", "cuenta será desactivada", "confirme su contraseña", "confirma tu contraseña",
        "casella di posta è piena", "account verrà sospeso", "account verrà disattivato", "account sarà disattivato", "conferma la tua password",
        "caixa de correio está cheia", "caixa postal está cheia", "conta será suspensa", "conta será desativada", "confirme sua senha",
        "skrzynka pocztowa jest pełna", "konto zostanie zawieszone", "konto zostanie dezaktywowane", "konto zostanie zablokowane",
        "potwierdź swoje hasło",
        "почтовый ящик переполнен", "подтвердите свой аккаунт", "подтвердите свой пароль", "подтвердите учетную запись", "подтвердите учётную запись",
        "~будет деактивирован",
        "обліковий запис заблоковано", "підтвердіть свій обліковий запис", "поштова скринька переповнена", "скриньку переповнено",
        "підтвердіть свій пароль", "~буде заблоковано", "~термін дії пароля", "~підозріла активність",
        "posta kutunuz dolu", "hesabınız devre dışı", "şifrenizi doğrulayın", "~hesabınız kapatılacak",
        "アカウントが一時停止", "アカウントを凍結", "メールボックスが一杯", "メールボックスがいっぱい", "利用制限がかかって", "~パスワードの有効期限が切れ", "~メールボックスの容量",
        "您的邮箱已满", "邮箱容量已满", "账户将被停用", "账户将被暂停", "帐户将被暂停", "确认您的密码", "验证您的帐户", "您的帳戶將被停用", "驗證您的帳戶",
        "계정이 정지", "계정이 일시 정지", "계정이 비활성화", "계정이 잠겼", "메일함 용량이 초과", "사서함이 가득", "~비밀번호를 확인", "~계정을 확인하",
        "صندوق بريدك ممتلئ", "سيتم تعليق حسابك", "سيتم إيقاف حسابك", "سيتم ايقاف حسابك", "تحقق من حسابك", "أكد كلمة المرور", "~نشاط مشبوه",
        "החשבון שלך יושעה", "החשבון שלך ננעל", "תיבת הדואר שלך מלאה", "אמת את החשבון", "אמתו את החשבון", "~הסיסמה שלך תפוג", "~פעילות חשודה",
        "λογαριασμός σας έχει ανασταλεί", "λογαριασμός σας θα απενεργοποιηθεί", "επαληθεύστε τον λογαριασμό σας", "γραμματοκιβώτιό σας είναι γεμάτο",
        "γραμματοκιβώτιο σας είναι γεμάτο", "επιβεβαιώστε τον κωδικό πρόσβασης", "~ύποπτη δραστηριότητα", "~θα ανασταλεί",
        "आपका खाता निलंबित", "अपना खाता सत्यापित करें", "मेलबॉक्स भर गया", "~पासवर्ड की पुष्टि करें", "~खाता बंद हो जाएगा", "~केवाईसी अपडेट",
        "~संदिग्ध गतिविधि",
        "บัญชีของคุณถูกระงับ", "บัญชีของคุณจะถูกระงับ", "ยืนยันบัญชีของคุณ", "กล่องจดหมายของคุณเต็ม", "~ยืนยันตัวตน", "~รหัสผ่านของคุณจะหมดอายุ",
        "~กิจกรรมที่น่าสงสัย",
        "tài khoản của bạn đã bị khóa", "tài khoản của bạn sẽ bị khóa", "xác minh tài khoản của bạn", "hộp thư của bạn đã đầy", "~sẽ bị vô hiệu hóa",
        "~xác nhận mật khẩu", "~hoạt động đáng ngờ",
        "akun anda ditangguhkan", "akun anda akan diblokir", "akun anda akan dinonaktifkan", "verifikasi akun anda", "kotak surat anda penuh",
        "konfirmasi kata sandi anda", "~aktivitas mencurigakan",
        "účet bude zablokován", "účet byl pozastaven", "ověřte svůj účet", "poštovní schránka je plná", "potvrďte své heslo",
        "~platnost hesla vyprší", "~podezřelá aktivita",
        "ditt konto kommer att stängas", "ditt konto har spärrats", "verifiera ditt konto", "din inkorg är full", "din brevlåda är full",
        "bekräfta ditt lösenord", "~ditt lösenord går ut", "~misstänkt aktivitet",
        "contul tău a fost blocat", "contul dumneavoastră a fost suspendat", "verificați-vă contul", "verifică-ți contul",
        "căsuța poștală este plină", "confirmați parola", "~va fi suspendat", "~activitate suspectă",
        "fiókját felfüggesztjük", "fiókja felfüggesztésre került", "fiókját letiltjuk", "erősítse meg fiókját", "postafiókja megtelt",
        "erősítse meg jelszavát", "~gyanús tevékenység", "~jelszava lejár",
    ];

    private static readonly string[] PaymentTerms =
    [
        "~invoice", "payment received", "payment confirmation", "payment has been processed", "~payment of", "has been charged", "will be charged",
        "automatic charge", "auto-renewal", "auto renewal", "automatically renewed", "subscription has been renewed", "~subscription renewal",
        "renewal of", "~membership renewal", "~order confirmation", "~order number", "~purchase confirmation", "~transaction id", "transaction verified",
        "~billing period", "~total amount", "~amount due", "total charged", "~refund", "chargeback", "~receipt number", "payment failed", "~unpaid",
        "~overdue", "outstanding balance", "estimate invoice", "license key", "membership id",
        "~rechnung", "~zahlung", "zahlungsbestätigung", "abbuchung", "~rückerstattung", "~mahnung", "~factuur", "~betaling", "betalingsbevestiging",
        "~terugbetaling", "~facture", "~paiement", "~remboursement", "prélèvement", "~factura", "~pago", "~reembolso", "~fattura", "~pagamento",
        "~rimborso", "~fatura", "~cobrança", "~faktura", "~płatność", "~zwrot", "~счёт", "счет на оплату", "~оплата", "~возврат", "~ödeme", "~iade",
        "~請求書", "~お支払い", "~支払い", "~返金", "~发票", "~付款", "~退款", "~账单",
        // more
        "~payment declined", "payment was declined", "card declined", "~open amount", "offener betrag", "openstaand", "openstaande", "~teruggave",
        "~devolución", "tax refund", "~vergi iadesi", "vergi iadeniz", "~退税", "~税金", "~impôts", "~belastingdienst", "~receita federal", "~inps",
        "~agenzia delle entrate", "~hmrc", "~irs", "~update payment", "~pending payment", "~zahlung ausstehend", "~paiement en attente",
        "~renovação", "~assinatura", "~renovación", "~suscripción", "~rinnovo", "~abbonamento", "~verlängerung", "~abonnement", "~renouvellement",
        "~odnowienie", "~subskrypcja", "~продление", "~подписка", "~yenileme", "~abonelik", "~自動更新", "~订阅", "~续订", "~renewal", "~renewed",
        "~subscription", "~membership",
        "~invoice", "~payment", "~paid", "~unpaid", "~overdue", "~due", "~charge", "~charged", "~refund", "~receipt", "~billing", "~bill", "~amount", "~balance", "~transaction", "~order", "~purchase", "~renewal", "~renewed", "~subscription", "~card", "~declined", "~failed", "~pending",
    ];

    private static readonly string[] CallbackTerms =
    [
        "~call us", "call now", "call immediately", "~call our", "~please call", "~contact us at", "helpline", "help line", "~hotline", "support number",
        "~customer care", "customer support number", "technical support number", "~toll free", "~toll-free", "service helpdesk", "phone assistance",
        "billing department", "if you did not authorize", "if you didn't authorize", "if you did not make this", "if you didn't make this",
        "did not authorize this", "to cancel this", "to dispute", "to request a refund", "cancellation department", "customer help line",
        "~rufen sie", "~unter der nummer", "~bel ons", "~bel direct", "~appelez", "~llame", "~llámenos", "~chiami", "~chiamaci", "~ligue para",
        "~zadzwoń", "~позвоните", "~bizi arayın", "~お電話", "~请致电", "~致电",
        // more
        "~call back", "~ruf mich", "~rückruf", "~bel me", "~rappelez", "~llámame", "~richiamami", "~contract support", "~claims line",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "falls sie diese bestellung nicht", "wenn sie diese bestellung nicht", "wenn sie diesen kauf nicht", "diese zahlung nicht autorisiert",
        "stornierungsabteilung", "~betrugsabteilung", "~um die bestellung zu stornieren",
        "als u deze bestelling niet", "als je deze bestelling niet", "indien u deze aankoop niet", "niet door u geautoriseerd", "annuleringsafdeling",
        "~fraudeafdeling", "~om de bestelling te annuleren",
        "pas effectué cette commande", "pas effectué cet achat", "pas autorisé cette transaction", "origine de cette transaction", "~service des annulations",
        "~service des fraudes", "~pour annuler cette commande",
        "no realizó esta compra", "no realizaste esta compra", "no reconoce este cargo", "no autorizó este cargo", "departamento de cancelaciones",
        "~departamento de fraudes", "~para cancelar este pedido",
        "non hai effettuato questo acquisto", "non ha effettuato questo acquisto", "non riconosci questo addebito", "non riconosce questo addebito",
        "non ha autorizzato questo addebito", "~reparto frodi", "~reparto cancellazioni",
        "não fez esta compra", "não reconhece esta compra", "não reconhece esta cobrança", "não autorizou esta compra", "~central de cancelamento",
        "nie dokonałeś tego zakupu", "nie dokonałaś tego zakupu", "nie autoryzowałeś tej transakcji", "nie rozpoznajesz tej transakcji", "~dział ds. oszustw",
        "~dział anulowania",
        "не совершали эту покупку", "не совершали этот платеж", "не совершали этот платёж", "не совершали эту операцию", "не оформляли этот заказ",
        "для отмены заказа позвоните", "~отдел по борьбе с мошенничеством", "~службу безопасности банка",
        "не здійснювали цю покупку", "не здійснювали цей платіж", "не здійснювали цю операцію", "не оформлювали це замовлення",
        "~службу безпеки банку", "~щоб скасувати замовлення",
        "~siz vermediyseniz", "siz yapmadıysanız", "siz onaylamadıysanız", "~dolandırıcılık departmanı", "~iptal departmanı",
        "~iptal etmek için arayın",
        "身に覚えのないご注文", "キャンセルするにはお電話", "~身に覚えのない請求", "~身に覚えのない決済", "~キャンセルをご希望の場合", "~不正利用窓口",
        "取消订单请致电", "如需退款请致电", "非本人操作请立即致电", "~如非本人操作", "~客服热线", "~退款专线",
        "주문하신 적이 없", "결제하신 적이 없", "본인이 결제하지 않", "~본인이 아닌 경우", "~해외결제",
        "لم تقم بهذه العملية", "لم تقم بهذا الطلب", "لم تقم بهذه المعاملة", "لم تقم بهذا الشراء", "~قسم مكافحة الاحتيال", "~لإلغاء الطلب",
        "לא ביצעת את ההזמנה", "לא ביצעת את הרכישה", "לא ביצעת את העסקה", "~אם לא ביצעת", "~מחלקת הונאות", "~לביטול ההזמנה",
        "δεν κάνατε εσείς", "δεν πραγματοποιήσατε εσείς", "δεν εξουσιοδοτήσατε", "~αν δεν πραγματοποιήσατε", "~τμήμα απάτης", "~τμήμα ακυρώσεων",
        "यह ऑर्डर नहीं किया", "यह लेनदेन नहीं किया", "रद्द करने के लिए कॉल करें", "~अगर यह आपने नहीं किया", "~धोखाधड़ी विभाग",
        "ไม่ได้ทำรายการนี้", "ไม่ได้สั่งซื้อ", "~ฝ่ายป้องกันการทุจริต", "~เพื่อยกเลิกคำสั่งซื้อ",
        "không thực hiện giao dịch này", "không đặt đơn hàng này", "không phải bạn thực hiện", "~bộ phận chống gian lận", "~để hủy đơn hàng",
        "~gọi ngay tổng đài",
        "tidak melakukan transaksi ini", "tidak melakukan pembelian ini", "tidak mengotorisasi transaksi", "~bagian penipuan",
        "~untuk membatalkan pesanan",
        "tento nákup neprovedli", "neprovedli tento nákup", "tuto objednávku neprovedli", "tuto transakci neautorizovali", "~oddělení podvodů",
        "~pro zrušení objednávky",
        "inte gjort detta köp", "inte har gjort detta köp", "inte godkänt denna transaktion", "inte har godkänt denna transaktion", "~bedrägeriavdelning*",
        "~för att avbryta beställningen",
        "nu ați efectuat această comandă", "nu ați efectuat această achiziție", "nu ați efectuat această tranzacție", "nu ați autorizat această tranzacție",
        "~departamentul de fraudă", "~departamentul de anulări", "~pentru a anula comanda",
        "nem ön kezdeményezte", "nem ön adta le", "~csalásmegelőzési osztály", "~a rendelés törléséhez",
    ];

    private static readonly string[] UrgencyTerms =
    [
        "~immediately", "within 24 hours", "within 48 hours", "act now", "act fast", "last chance", "final notice", "~final reminder",
        "expires today", "expire today", "~expiring soon", "~limited time", "~only today", "~don't miss", "~do not miss", "last warning", "respond now",
        "reply immediately", "time is running out", "before it's too late", "immediate action",
        "~dringend", "~sofort", "letzte chance", "letzte mahnung", "~nur heute", "~läuft ab", "laatste kans", "direct reageren", "reageer alstublieft",
        "reageer snel", "~vandaag nog", "~verloopt", "sluit bijna", "dernière chance", "~immédiatement", "expire bientôt", "expirent bientôt",
        "última oportunidad", "~urgente", "~inmediatamente", "ultima possibilità", "~immediatamente", "última chance", "ostatnia szansa", "~pilne",
        "~срочно", "последний шанс", "son şans", "~acil", "~至急", "~緊急", "~紧急", "最后机会",
        // more
        "~only today", "ends at midnight", "~midnight", "~before midnight", "vóór middernacht", "~24 uur", "~24 stunden", "~24 heures", "~24 horas",
        "~24 ore", "~24 godzin", "~24 часа", "~24 saat", "~24時間", "~24小时", "~1 left", "~only 1 left", "~last day", "~final clearance",
    ];

    private static readonly string[] DatingTerms =
    [
        "hot singles", "~lonely", "looking for a man", "looking for a partner", "meet women", "meet girls", "local girls", "~sexy", "hookup", "hook up",
        "date tonight", "casual date", "webcam", "nude", "naughty", "~flirt", "~my photos", "private photos", "want to meet you",
        "i saw your profile", "~chat with me", "~dating", "~single women", "single ladies", "sugar daddy",
        "~einsame", "sexkontakte", "~flirten", "~eenzame", "sexdate", "~célibataires", "rencontre coquine", "~solteras", "~incontri",
        "~знакомства", "~одинокая", "~出会い", "~约会", "~寂寞",
        // more
        "meet tonight", "~~tonight", "near you", "~close to me", "~live close", "i'm free tonight", "~text me", "hello dear", "~my dear", "honest man",
        "serious man", "~widow", "~share my life", "~my pictures", "send you my pictures", "new matches", "local singles", "singles in your area",
        "~unread messages", "~handsome", "~sweetheart", "~~kiss", "clin d'œil", "messages privés", "~rencontre", "heute abend treffen", "~in deiner nähe",
        "~cita", "esta noche", "~понравился", "~познакомимся", "~анкету", "~video chat", "~private video", "are you still single",
        "looking for an honest", "~peacekeeping", "~lonely", "~you are real",
        "~sozinha", "~hoje à noite", "~minhas fotos", "~vamos nos encontrar", "~me chama", "~stasera", "~sono libera", "~conoscerti", "~il tuo profilo",
        "~vediamoci", "~vanavond", "~mijn profiel", "~ontmoeten", "~zin om", "~esta noche", "~mis fotos", "~tu perfil", "~conocerte", "~heute abend",
        "~mein profil", "~kennenlernen", "~ce soir", "~mon profil", "~mes photos", "~faire connaissance", "~wieczorem", "~mój profil", "~moje zdjęcia",
        "~poznać", "~bu gece", "~profilim", "~fotoğraflarım", "~今晚", "~我的照片", "~认识你", "~今夜", "~会いたい", "~写真", "sugar baby",
        "mutually beneficial", "generous gentleman", "~~arrangement", "~~attractive", "~~girls", "~meisjes", "~chicas", "~ragazze", "~femmes",
        "i'm waiting for you", "~waiting for you", "~see my photos", "~my photos", "~wil je graag ontmoeten", "~ti ha scritto",
        "~~darling", "~~honey", "~~babe", "~~sweetie", "~~beautiful", "~~handsome", "~~alone", "~~single", "~~divorced", "~~widow", "~~widower", "~~soldier", "~~military", "~~deployed", "~~photos", "~~pictures", "~~video call", "~~webcam", "~~meet", "~~date", "~~love", "~~kiss", "~~hot", "~~naked", "~~intimate", "~~lonely", "~~girlfriend", "~~boyfriend", "~~romance", "~~romantic", "~~chat", "~~profile", "~~liebling", "~~schatz", "~~chérie", "~~cariño", "~~tesoro", "~~schat", "~~kochanie", "~~милый", "~~aşkım", "~~亲爱的", "~~恋人",
        "~~encontro", "~~discreto", "~~discreet", "fotos privadas", "photos privées", "private fotos", "~~fotos", "~~samotne", "~~kobiety", "w twojej okolicy", "in your area", "singles near", "in deiner nähe", "dans ta région", "en tu zona", "nella tua zona", "in jouw buurt", "na sua região", "рядом с тобой", "~nowe wiadomości", "~~zarejestruj", "~~women", "~~frauen", "~~femmes", "~~mujeres", "~~donne", "~~vrouwen", "~~mulheres", "~~kobiet", "~messages from", "~nachrichten von", "~wiadomości od",
    ];

    private static readonly string[] RetailTerms =
    [
        "~% off", "~percent off", "huge discount", "big discount", "~discount code", "~coupon code", "~promo code", "clearance sale", "~flash sale",
        "~black friday", "~cyber monday", "~free shipping", "~lowest price", "~best price", "~cheap", "replica", "~wholesale", "~buy now", "~shop now",
        "~order now", "~limited stock", "~ray-ban", "~rayban", "~ray ban", "~oakley", "~ugg", "~michael kors", "~louis vuitton", "~gucci", "~rolex",
        "~sunglasses", "~handbags", "~only $", "~just $", "~for only", "~save up to", "up to 90%", "up to 80%", "up to 70%",
        "~rabatt", "~gutscheincode", "~schnäppchen", "~korting", "~kortingscode", "~uitverkoop", "~réduction", "~soldes", "~code promo", "~descuento",
        "~rebajas", "~sconto", "~saldi", "~desconto", "~promoção", "~zniżka", "~wyprzedaż", "~скидка", "~распродажа", "~indirim", "~割引", "~セール",
        "~折扣", "~优惠", "~特价",
        "~~sale", "~~discount", "~~deal", "~~deals", "~~offer", "~~price", "~~cheap", "~~shop", "~~store", "~~outlet", "~~clearance", "~~coupon", "~~promo", "~~limited", "~~stock", "~~buy", "~~luxury", "~~original", "~~bargain", "~free shipping", "~~angebot", "~~rabatt", "~~promotion", "~~solde", "~~oferta", "~~offerta", "~~aanbieding", "~~promocja", "~~скидк", "~~indirim",
    ];

    private static readonly string[] AdvanceFeeTerms =
    [
        "~inheritance", "~beneficiary", "next of kin", "~barrister", "~diplomat", "consignment", "million usd", "million dollars", "million us dollars",
        "fund transfer", "transfer of funds", "business proposal", "compensation fund", "atm card", "~western union", "~moneygram", "~deceased",
        "late husband", "late father", "bank draft", "unclaimed funds", "confidential transaction", "~foreign partner", "percentage share",
        "~charity project", "~donation of", "~god bless", "~dearest", "dear beloved", "~erbschaft", "~nachlass", "~héritage", "~herencia",
        "~eredità", "~herança", "~spadek", "~наследство", "~miras", "~遗产",
        // more
        "terminal cancer", "~cancer", "honest person", "~honest", "god bless you", "~donation", "~charity", "phase terminale", "~don de", "personne honnête",
        "que dieu vous bénisse", "~notaire", "~testament", "~beneficiario", "~herdeiro", "~ereditiere", "~begünstigter", "~erfgenaam", "~miliony",
        "~compensation fund", "~fund release", "~release of funds", "~security company", "~diplomatic", "~widow of", "~late mr", "~account holder",
        "~unclaimed", "~dormant account", "~keep this confidential", "~confidential", "~strictly confidential",
        "~~funds", "~~fund", "~~million", "~~millions", "~~transfer", "~~inheritance", "~~deceased", "~~lawyer", "~~attorney", "~~consignment", "~~compensation", "~processing fee", "~release fee", "~~clearance", "~~certificate", "~~partnership", "~~investor", "~~proposal", "~~dormant", "~~foreign", "~~beneficiary", "~~heir", "~~estate", "~next of kin", "~bank draft", "~~winning", "~~lottery", "~~abroad", "~security company", "~~diplomatic", "~~courier", "~delivery of funds", "~~confidential",
        "~allocation", "~barrels", "~commission", "~procurement", "~proceeds", "~kindly", "kindly reply", "~crude oil", "~遗产", "~律师", "~远亲", "~去世", "~继承", "~相続", "~弁護士",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "verstorbener mandant", "verstorbenen mandanten", "verstorbenen klienten", "den gleichen nachnamen", "denselben nachnamen", "~ohne erben",
        "~nächsten angehörigen", "~ruhendes konto", "~meine private e-mail",
        "overleden cliënt", "dezelfde achternaam", "~overleden klant", "~zonder erfgenamen", "~naaste familielid", "~slapende rekening",
        "~mijn privé e-mail",
        "défunt client", "feu mon client", "même nom de famille", "~sans héritier", "~plus proche parent", "~compte dormant", "~fonds non réclamés",
        "~mon e-mail privé",
        "difunto cliente", "mi cliente fallecido", "~mismo apellido", "~sin herederos", "~pariente más cercano", "~cuenta inactiva",
        "~fondos no reclamados", "~mi correo privado",
        "defunto cliente", "mio cliente defunto", "~stesso cognome", "~senza eredi", "~parente più prossimo", "~conto dormiente",
        "~fondi non reclamati", "~mia email privata",
        "falecido cliente", "meu cliente falecido", "mesmo sobrenome", "~sem herdeiros", "~parente mais próximo", "~conta dormente",
        "~fundos não reclamados", "~meu e-mail privado",
        "zmarły klient", "zmarłego klienta", "~to samo nazwisko", "tym samym nazwisku", "~bez spadkobierców", "~najbliższego krewnego",
        "~uśpione konto", "~mój prywatny e-mail",
        "покойный клиент", "покойного клиента", "ту же фамилию", "такую же фамилию", "~без наследников", "~ближайшего родственника",
        "~невостребованные средства", "~личную электронную почту",
        "покійний клієнт", "покійного клієнта", "те саме прізвище", "таке ж прізвище", "~без спадкоємців", "~найближчого родича", "~спадщин*",
        "~особисту електронну пошту",
        "merhum müvekkilim", "merhum müvekkilimin", "merhum müşterimiz", "~aynı soyadı", "~varisi olmayan", "~en yakın akrabası", "~sahipsiz hesap",
        "~özel e-posta adresim",
        "亡くなった依頼人", "亡き依頼人", "~故依頼人", "最近親者として", "未請求の資金", "~相続人がいない", "~休眠口座", "~同じ姓",
        "我已故的客户", "无人认领的资金", "无人认领的遗产", "相同的姓氏", "~已故客户", "~已故客戶", "~没有继承人", "~無人認領", "~最近亲属", "~私人邮箱",
        "사망한 고객", "고인이 된 제 고객", "미청구 자금", "~상속인이 없", "~휴면계좌", "~휴면 계좌", "~개인 이메일로", "~가장 가까운 친척",
        "موكلي الراحل", "موكلي المتوفى", "نفس اسم العائلة", "~بدون وريث", "~دون وريث", "~أقرب الأقارب", "~اقرب الاقارب", "~حساب خامل", "~بريدي الخاص",
        "הלקוח המנוח", "לקוחי המנוח", "~אותו שם משפחה", "~ללא יורשים", "~ללא יורש", "~קרוב המשפחה הקרוב", "~חשבון רדום", "~המייל הפרטי שלי",
        "αείμνηστος πελάτης", "αείμνηστου πελάτη", "εκλιπόντος πελάτη", "~το ίδιο επώνυμο", "~χωρίς κληρονόμους", "~πλησιέστερο συγγενή",
        "~αδρανή λογαριασμό", "~προσωπικό μου email",
        "दिवंगत ग्राहक", "दिवंगत क्लाइंट", "~कोई वारिस नहीं", "~निकटतम रिश्तेदार", "~लावारिस धन", "~निष्क्रिय खाता", "~मेरे निजी ईमेल",
        "ลูกค้าผู้ล่วงลับ", "ลูกความผู้ล่วงลับ", "นามสกุลเดียวกับคุณ", "~ไม่มีทายาท", "~ญาติที่ใกล้ชิดที่สุด", "~บัญชีที่ไม่มีการเคลื่อนไหว",
        "~อีเมลส่วนตัวของฉัน", "~ล้านดอลลาร์",
        "khách hàng quá cố", "thân chủ quá cố", "cùng họ với bạn", "~không có người thừa kế", "~người thân gần nhất", "~tài khoản không hoạt động",
        "~email riêng của tôi", "~triệu đô la",
        "almarhum klien saya", "mendiang klien saya", "nama belakang yang sama", "~tanpa ahli waris", "~kerabat terdekat", "~rekening tidak aktif",
        "~email pribadi saya", "~juta dolar",
        "zesnulý klient", "zesnulého klienta", "~stejné příjmení", "~bez dědiců", "~nejbližšího příbuzného", "~spící účet", "~můj soukromý e-mail",
        "avlidne klient", "avlidna klient", "~samma efternamn", "~utan arvingar", "~närmaste anhörig", "~vilande konto", "~min privata e-post",
        "răposatul meu client", "defunctul meu client", "clientul meu decedat", "același nume de familie", "~fără moștenitori",
        "~cea mai apropiată rudă", "~cont dormant", "~e-mailul meu privat",
        "elhunyt ügyfelem", "néhai ügyfelem", "ugyanaz a vezetéknév", "ugyanazzal a vezetéknévvel", "~örökös nélkül", "~legközelebbi hozzátartozó",
        "~alvó számla", "~privát e-mail címemre",
    ];

    private static readonly string[] DeliveryTerms =
    [
        "~parcel", "package could not be delivered", "delivery failed", "failed delivery", "~delivery attempt", "we tried to deliver", "redelivery",
        "~reschedule delivery", "customs fee", "customs charge", "~shipping fee", "~track your package", "~tracking number", "~held at", "~pending delivery",
        "~delivery arranged", "~pakket", "~bezorging", "niet bezorgd", "douanekosten", "~paket", "~zustellung", "zustellversuch", "~sendung",
        "zollgebühr", "~colis", "~livraison", "frais de douane", "~paquete", "~envío", "entrega fallida", "~pacco", "~spedizione", "~consegna",
        "~encomenda", "~przesyłka", "~посылка", "~доставка", "~kargo", "~teslimat", "~荷物", "~配達", "~包裹", "~快递",
        // more
        "~could not be delivered", "~konnte nicht zugestellt", "~niet bezorgd", "~pas pu être livré", "~no pudo ser entregado", "~non è stato consegnato",
        "~não foi possível entregar", "~nie może zostać dostarczona", "~не удалось доставить", "~teslim edilemedi", "~配達できません", "~无法派送",
        "~retenido en aduanas", "~encomenda retida", "~colis bloqué", "~paquete retenido", "~paczka czeka", "~dopłata", "~niedopłat*", "~sendungsnummer",
        "~tracking", "~track and trace", "~reprogrammez", "~reschedule", "~address incomplete", "~adresse incomplète", "~on hold",
        "~~parcel", "~~package", "~~shipment", "~~delivery", "~~courier", "~~tracking", "~~customs", "~~fee", "~~redeliver", "~~reschedule", "~~address", "~~held", "~~warehouse", "~~returned", "~~sender", "~~colis", "~~paket", "~~pakket", "~~paquete", "~~pacco", "~~encomenda", "~~paczka", "~~посылка", "~~kargo", "~~包裹", "~~荷物",
    ];

    private static readonly string[] PharmaTerms =
    [
        "viagra", "cialis", "levitra", "~erectile", "~weight loss", "~lose weight", "~keto", "diet pills", "fat burner", "male enhancement", "~pharmacy",
        "without prescription", "no prescription", "~cbd oil", "~hair loss", "~diabetes cure", "~blood sugar", "miracle cure",
        "~abnehmen", "potenzmittel", "~afvallen", "~perdre du poids", "~bajar de peso", "~perdere peso", "~emagrecer", "~похудение", "~zayıflama",
        "~ダイエット", "~减肥",
    ];

    private static readonly string[] InvestmentTerms =
    [
        "guaranteed return*", "guaranteed profit*", "passive income", "~trading platform", "trading bot", "~forex", "~investment opportunity",
        "double your", "~earn $", "~earn up to", "~make money", "~work from home", "financial freedom", "get rich", "profit daily", "daily profit",
        "minimum deposit", "~return on investment", "~high yield", "~geld verdienen", "passives einkommen", "~gagner de l'argent", "revenu passif",
        "~ganar dinero", "ingresos pasivos", "~guadagnare", "~ganhar dinheiro", "~zarabiaj", "~заработок", "пассивный доход", "~para kazan", "~副業",
        "~赚钱", "被动收入", "besoin d'argent", "crédit rapide", "~on a la solution",
        // more
        "~masterclass", "~trading strategy", "~ai trading", "~turns $", "from home", "~earn €", "~verdienen sie", "~gagnez", "~gana hasta",
        "~made 40%", "~investment tip", "~crypto platform", "~handelskonto", "~kontomanager", "~account manager", "~broker",
        "~~gana", "~~gagne", "~~guadagna", "~~ganha", "~~rendimento", "~~rendement", "~~rendimiento", "~~rendite", "~~returns", "~~asesor", "~~conseiller", "~~berater", "~~consulente", "~~adviseur", "~~plataforma", "~~plateforme", "~~plattform", "~~piattaforma", "~~platform", "prêt entre particuliers", "préstamo entre particulares", "prestito tra privati", "private loan", "loan offer", "personal loan", "kredit ohne schufa", "~~prêt", "~~préstamo", "~~prestito", "~~pożyczka", "~~lening", "~~loan", "~~taux", "~~tasso", "~interest rate", "~~investissez", "~~invierte", "~~investi",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "verdienen sie täglich", "täglich geld verdienen", "mit dem handy geld verdienen", "einfache online-aufgaben", "~von zu hause aus arbeiten",
        "~euro pro tag", "~~per whatsapp", "~~über telegram",
        "verdien dagelijks", "dagelijks verdienen", "geld verdienen vanuit huis", "~eenvoudige taken", "~vanuit huis werken", "~euro per dag",
        "~~via whatsapp", "~~via telegram",
        "argent depuis chez vous", "argent depuis votre téléphone", "tâches simples en ligne", "~revenu quotidien", "~paiement quotidien",
        "~travail à domicile", "~~sur whatsapp", "~~sur telegram",
        "gana dinero desde casa", "~solo necesitas tu celular", "~solo necesitas un teléfono", "~trabajo desde casa", "~tareas sencillas",
        "~pago diario", "~~por whatsapp", "~~por telegram",
        "guadagna da casa", "guadagnare da casa", "~solo con il tuo telefono", "~lavoro da casa", "~compiti semplici", "~pagamento giornaliero",
        "~~su whatsapp", "~~su telegram",
        "ganhe dinheiro em casa", "ganhar dinheiro em casa", "~apenas com o seu celular", "~trabalhe de casa", "~tarefas simples",
        "~pagamento diário", "~renda extra", "~~no whatsapp",
        "zarabiaj codziennie", "zarabiaj z telefonu", "zarabiaj w domu", "~praca z domu", "~proste zadania", "~codzienna wypłata", "~~na whatsapp",
        "~~na telegramie",
        "заработок без вложений", "заработок на телефоне", "~работа из дома", "~простые задания", "~ежедневные выплаты", "~рублей в день",
        "~~в телеграм", "~~в whatsapp",
        "заробіток без вкладень", "заробіток на телефоні", "~робота з дому", "~прості завдання", "~щоденні виплати", "~гривень на день",
        "~~у телеграм", "~~у телеграмі",
        "evden para kazan", "evden para kazanın", "~sadece telefonunuzla", "~evden çalışma", "~basit görevler", "~günlük ödeme", "~günlük kazanç",
        "~~whatsapp üzerinden",
        "スマホだけで稼", "簡単に稼げる", "~日給", "~在宅ワーク", "~簡単な作業", "~lineで連絡", "~line追加", "~友だち追加",
        "在家赚钱", "轻松赚钱", "点赞任务", "每天可赚", "在家賺錢", "輕鬆賺錢", "~刷单", "~日结", "~兼职", "~简单任务",
        "고수익 알바", "리뷰 알바", "~휴대폰만 있으면", "~재택 부업", "~간단한 작업", "~일당", "~카카오톡 친구 추가", "~오픈채팅",
        "اربح من المنزل", "اربح المال من المنزل", "~فقط باستخدام هاتفك", "~العمل من المنزل", "~مهام بسيطة", "~دخل يومي", "~أرباح يومية",
        "~~عبر الواتساب",
        "להרוויח מהבית", "כסף מהבית", "~עבודה מהבית", "~הכנסה יומית", "~משימות פשוטות", "~תשלום יומי", "~~בוואטסאפ", "~~בטלגרם",
        "χρήματα από το σπίτι", "κερδίστε καθημερινά", "~μόνο με το κινητό σας", "~εργασία από το σπίτι", "~απλές εργασίες", "~ημερήσια αμοιβή",
        "~~στο whatsapp", "~~στο telegram",
        "घर बैठे कमाएं", "घर बैठे कमाई", "ghar baithe kamaye", "~घर बैठे", "~आसान टास्क", "~रोजाना कमाई", "~दैनिक भुगतान", "~~टेलीग्राम पर",
        "ได้เงินทุกวัน", "งานออนไลน์รายได้ดี", "~แค่มีมือถือ", "~ทำงานที่บ้าน", "~งานง่ายๆ", "~รายได้ต่อวัน", "~แอดไลน์", "~เพิ่มเพื่อนไลน์",
        "kiếm tiền tại nhà", "làm nhiệm vụ nhận hoa hồng", "~chỉ cần điện thoại", "~việc làm tại nhà", "~nhiệm vụ đơn giản", "~thu nhập hàng ngày",
        "~nhận hoa hồng", "~liên hệ qua zalo", "~cộng tác viên online",
        "hanya modal hp", "dibayar per tugas", "~hanya dengan hp", "~kerja dari rumah", "~tugas sederhana", "~gaji harian", "~penghasilan harian",
        "~~hubungi admin",
        "vydělávejte denně", "přivýdělek z domova", "~jen s mobilem", "~práce z domova", "~jednoduché úkoly", "~denní výplata", "~~na telegramu",
        "tjäna pengar hemifrån", "tjäna pengar varje dag", "~bara med din mobil", "~arbeta hemifrån", "~enkla uppgifter", "~daglig lön",
        "~~på whatsapp", "~~på telegram",
        "câștigă bani de acasă", "câștigă zilnic", "~doar cu telefonul", "~lucru de acasă", "~sarcini simple", "~plata zilnică", "~~pe whatsapp",
        "~~pe telegram",
        "pénzt otthonról", "~csak a telefonoddal", "~otthoni munka", "~egyszerű feladatok", "~napi kifizetés", "~~whatsappon", "~~telegramon",
    ];

    // Business e-mail compromise: the boss or a colleague asks for gift cards, a payment or a changed bank account.
    private static readonly string[] ImpersonationTerms =
    [
        "buy gift cards", "gift cards for", "apple gift cards", "google play cards", "itunes cards", "steam cards", "i'll reimburse", "i will reimburse",
        "reimburse you", "are you available", "~quick favor", "~quick favour", "~need a favor", "i'm in a meeting", "in a meeting and", "can't talk now",
        "changed their bank details", "new bank details", "bank details have changed", "bank account has changed", "wire transfer", "~urgent payment",
        "~must be paid today", "~pay today", "~send me the codes", "scratch the back", "gutscheinkarten kaufen", "neue bankverbindung", "nieuwe rekening",
        "nouvelles coordonnées bancaires", "cartes cadeaux", "tarjetas de regalo", "carte regalo", "~bist du erreichbar", "~ben je beschikbaar",
        "~êtes-vous disponible", "~estás disponible", "~sei disponibile",
        "offene zahlung", "openstaande factuur", "facture impayée", "factura pendiente", "fattura insoluta", "~rückruf erbeten", "~dringend zurück",
        "~gift card", "~gift cards", "~~giftcards", "~~itunes", "~google play", "~steam card", "~~scratch", "~the codes", "~~favor", "~~favour", "~~discreet", "~~discretion", "~keep this between", "~~asap", "~at your desk", "~available now", "~~wire", "~wire transfer", "~bank account", "~~iban", "~routing number", "~direct deposit", "~~payroll", "~~vendor", "~~supplier", "~~remittance", "~new account", "~update my", "~change my", "~~ceo", "~~cfo", "~managing director", "~~acquisition", "~urgent payment", "~~confidential", "~~gutscheine", "~~überweisung", "~~vertraulich", "~~bankverbindung", "~~lieferant", "~cartes cadeaux", "~~virement", "~~confidentiel", "~~rib", "~~fournisseur", "~tarjetas regalo", "~~transferencia", "~~confidencial", "~~proveedor", "~~bonifico", "~~riservato", "~~fornitore", "~~cadeaukaarten", "~~overboeking", "~~vertrouwelijk", "~~leverancier", "~~transferência", "~~fornecedor", "~~przelew", "~~poufne", "~~dostawca", "~~перевод", "~~конфиденциально", "~~havale", "~~gizli", "~~振込", "~~机密", "~~转账",
        "vertrauliche transaktion", "~mit niemandem", "sprechen sie mit niemandem", "do not discuss", "don't tell anyone", "keep this between us", "ne parlez à personne", "no se lo digas a nadie", "non parlarne con nessuno", "bank has changed", "paid to the new account", "new bank account", "our bank details", "reply with your mobile", "your mobile number", "your cell number", "text you the details", "~anwalt", "~attorney", "~avocat", "~abogado", "~avvocato", "~remittance details", "~accounts payable", "~open invoices", "~erledigen", "~vor feierabend", "~before end of day", "~end of day",
        // Changed bank details and the urgent, confidential transfer, in the languages of the supplier and the CEO being imitated.
        // Only the claim ("our bank account has changed"), not the bare noun ("change of bank details"): finance teams'
        // own warnings use the noun.
        "updated bank details", "changed our bank", "new banking details", "update our bank details",
        "updated banking information", "nueva cuenta bancaria", "cuenta bancaria ha cambiado", "nuevos datos bancarios",
        "facturas pendientes", "transferencia urgente", "operación confidencial", "nouveau rib", "nouvel iban",
        "virement urgent", "virement international urgent", "opération confidentielle", "nuovo iban", "nuove coordinate bancarie", "bonifico urgente", "operazione riservata", "nova conta bancária", "novos dados bancários",
        "transferência urgente", "geänderte bankverbindung", "neue kontoverbindung", "neues bankkonto",
        "dringende überweisung", "eilüberweisung", "gewijzigde bankgegevens", "nieuw rekeningnummer", "nieuwe bankgegevens", "spoedbetaling",
        "vertrouwelijke overname", "nowy numer konta", "pilny przelew", "nya bankuppgifter",
        "nytt kontonummer", "brådskande betalning", "новые реквизиты", "реквизиты изменились", "срочный перевод",
        "yeni hesap numarası", "banka bilgilerimiz değişti", "nové číslo účtu", "urgentní platba", "新的银行账户", "새 계좌",
        "~telefonisch niet bereikbaar", "~ne peux pas être joint", "~no puedo atender el teléfono", "~non sono raggiungibile", "~telefonisch nicht erreichbar",
        // The CEO fraud opener: are you at your desk, I need an urgent, confidential favour, answer by mail.
        "are you in the office", "~are you at your desk", "urgent favor", "urgent favour", "confidential matter", "~reply by email", "~reply to this email only",
        "mi serve un favore", "favore urgente", "sei in ufficio", "~rispondimi appena puoi", "είσαι διαθέσιμος", "είσαι στο γραφείο", "~εμπιστευτικό",
        "χρειάζομαι επειγόντως", "вы на месте", "конфиденциальном вопросе", "~нужна ваша помощь", "~ответьте на это письмо", "jesteś dostępny",
        "jesteś dostępna", "poufnej sprawie", "potrzebuję pilnie", "~odpisz mailowo", "estás en la oficina", "necesito un favor", "favor urgente",
        "asunto confidencial", "êtes-vous au bureau", "es-tu au bureau", "service urgent", "affaire confidentielle", "bist du im büro",
        "sind sie im büro", "dringenden gefallen", "vertrauliche angelegenheit", "está no escritório", "preciso de um favor", "assunto confidencial",
        "ben je op kantoor", "vertrouwelijke kwestie", "ofiste misin", "müsait misin", "acil bir iyilik", "gizli bir konu", "är du på kontoret",
        "konfidentiellt ärende", "社内にいますか", "至急お願い", "你在办公室吗", "帮个忙", "사무실에 계세요", "هل أنت في المكتب", "אתה במשרד",
        // "I'm in a meeting and can't talk, reply here": the excuse that stops the victim from checking by phone.
        "~i'm in a meeting", "~i am in a meeting", "~in meetings all day", "~can't talk right now", "~can't take calls", "~cannot take calls",
        "~unable to take calls", "~can't call you", "~ich bin in einem meeting", "~ich sitze in einer besprechung", "~kann nicht telefonieren",
        "~je suis en réunion", "~je ne peux pas téléphoner", "~je ne peux pas parler", "~estoy en una reunión", "~no puedo hablar",
        "~no puedo atender llamadas", "~sono in riunione", "~non posso telefonare", "~non posso parlare", "~ik zit in een vergadering",
        "~kan niet bellen", "~estou em reunião", "~não posso falar", "~jestem na spotkaniu", "~nie mogę rozmawiać",
        "~rester discrète", "~rester discret", "~sea discreto", "~sii discreto", "~bleiben sie diskret", "~stay discreet",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "habe meine bank gewechselt", "unsere bankverbindung hat sich geändert", "google play karten", "fotos der codes", "~mein gehaltskonto",
        "~vor der nächsten gehaltsabrechnung", "~nur per e-mail", "~~haben sie kurz zeit",
        "overgestapt naar een andere bank", "onze bankgegevens zijn gewijzigd", "ons rekeningnummer is gewijzigd", "google play kaarten",
        "foto van de codes", "~mijn salarisrekening", "~voor de volgende salarisbetaling", "~alleen per e-mail", "~~heb je even tijd",
        "nos coordonnées bancaires ont changé", "nos coordonnées bancaires ont été modifiées", "changé de banque", "cartes google play",
        "photo des codes", "~virement de mon salaire", "~uniquement par e-mail", "~~avez-vous un moment",
        "hemos cambiado de banco", "he cambiado de banco", "nuestros datos bancarios han cambiado", "tarjetas google play", "foto de los códigos",
        "~mi cuenta de nómina", "~responde solo por correo", "~~tienes un momento",
        "abbiamo cambiato banca", "ho cambiato banca", "nostre coordinate bancarie sono cambiate", "carte google play", "foto dei codici",
        "~accredito dello stipendio", "~rispondi solo via email", "~~hai un momento",
        "mudei de banco", "mudamos de banco", "nossos dados bancários mudaram", "cartões google play", "foto dos códigos", "~minha conta salário",
        "~responda apenas por e-mail", "~~tem um minuto",
        "zmieniłem bank", "zmieniłam bank", "zmieniliśmy bank", "nasz numer konta uległ zmianie", "karty google play", "zdjęcie kodów",
        "~przed następną wypłatą", "~~masz chwilę",
        "я сменил банк", "я сменила банк", "мы сменили банк", "карты google play", "фото кодов", "~зарплатную карту", "~~у вас есть минутка",
        "~отвечайте только по почте",
        "наші реквізити змінилися", "наші банківські реквізити змінилися", "~нові реквізити", "я змінив банк", "терміновий переказ", "~ви в офісі",
        "~конфіденційне питання", "~~я на нараді", "~подарункові картки",
        "bankamı değiştirdim", "hesap bilgilerimiz değişti", "google play kartları", "kodların fotoğrafını", "~maaş hesabımı", "~bir sonraki maaş",
        "~sadece e-posta ile", "~~müsait misiniz",
        "弊社の振込先口座が変更", "弊社の振込先が変更", "グーグルプレイカード", "ギフトカードを購入", "~振込先口座が変更", "~振込先が変更", "~lineグループを作成", "~~会議中のため", "~メールでのみ",
        "我司银行账户已变更", "我们的银行账户已变更", "~银行账户已变更", "~收款账户已变更", "~更换了银行账户", "购买礼品卡", "把卡号发给我", "~銀行帳戶已變更", "購買禮品卡", "~工资卡", "~~你现在方便吗", "~~我在开会",
        "당사 계좌가 변경", "저희 계좌가 변경", "기프트카드 구매", "구글플레이 카드", "문화상품권 구매", "~계좌가 변경되었습니다", "~~잠깐 시간 되세요", "~~회의 중이라",
        "تم تغيير حسابنا البنكي", "حسابنا البنكي الجديد", "تغيرت بياناتنا المصرفية", "بطاقات جوجل بلاي", "صورة الأكواد", "~حساب راتبي",
        "~~أنا في اجتماع", "~~هل لديك دقيقة",
        "חשבון הבנק שלנו השתנה", "פרטי הבנק שלנו השתנו", "כרטיסי גוגל פליי", "טובה דחופה", "~חשבון המשכורת", "~~אני בפגישה", "~~יש לך רגע",
        "~רק במייל",
        "τραπεζικός μας λογαριασμός άλλαξε", "νέος τραπεζικός μας λογαριασμός", "άλλαξα τράπεζα", "κάρτες google play", "είστε στο γραφείο",
        "~λογαριασμό μισθοδοσίας", "~~είμαι σε σύσκεψη", "~απάντησε μόνο με email",
        "क्या आप ऑफिस में हैं", "हमारा बैंक खाता बदल गया", "गिफ्ट कार्ड खरीद", "गूगल प्ले कार्ड", "~गोपनीय काम", "~~मैं मीटिंग में हूं",
        "~नया बैंक खाता", "~सैलरी अकाउंट",
        "อยู่ออฟฟิศไหม", "อยู่ที่ออฟฟิศไหม", "บัญชีธนาคารของเราเปลี่ยน", "ซื้อบัตรของขวัญ", "บัตร google play", "~~เป็นความลับ", "~~ติดประชุม",
        "~บัญชีรับเงินเดือน",
        "có ở văn phòng không", "chúng tôi đã thay đổi tài khoản ngân hàng", "mua thẻ quà tặng", "thẻ google play", "~~tôi đang họp", "~~việc gấp",
        "~chỉ trả lời qua email", "~tài khoản nhận lương",
        "apakah anda di kantor", "bantuan rahasia", "rekening kami telah berubah", "rekening bank kami yang baru", "beli kartu hadiah",
        "kartu google play", "~~saya sedang rapat", "~~ada waktu sebentar",
        "změnili jsme banku", "změnil jsem banku", "naše bankovní spojení se změnilo", "google play karty", "důvěrnou záležitost",
        "~jste v kanceláři", "~~máte chvilku", "~~jsem na poradě", "~mzdový účet",
        "jag har bytt bank", "våra bankuppgifter har ändrats", "google play-kort", "~lönekonto", "~innan nästa lön", "~~sitter i möte",
        "~~har du en minut",
        "o chestiune confidențială", "noul nostru cont bancar", "datele noastre bancare s-au schimbat", "carduri google play", "~sunteți la birou",
        "~ești la birou", "~~sunt într-o ședință", "~contul de salariu",
        "bent vagy az irodában", "bankszámlaszámunk megváltozott", "új bankszámlaszámunk", "google play kártyákat", "~bent van az irodában",
        "~bizalmas ügyben", "~~van egy perce", "~~megbeszélésen vagyok",
    ];

    // Sextortion and hacker extortion: "I recorded you, pay in bitcoin or I send it to your contacts".
    private static readonly string[] ExtortionTerms =
    [
        "recorded you", "your webcam", "hacked your", "access to your device", "malware on your", "send it to all your contacts", "send the video",
        "video of you", "all your contacts", "your contacts", "pay in bitcoin", "bitcoin address", "btc address", "i know your password",
        "your password is", "compromising", "embarrassing", "~webcam", "~hacked", "~malware", "~spyware", "~trojan", "~video",
        "~deadline", "~48 hours", "~bitcoin", "~shame", "~adult", "~porn",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "habe ihr gerät gehackt", "habe ihren computer gehackt", "habe dein gerät gehackt", "bitcoin-adresse", "kompromittierendes video",
        "~webseiten für erwachsene", "~an alle ihre kontakte", "~ihre webcam",
        "heb je apparaat gehackt", "heb uw apparaat gehackt", "heb uw computer gehackt", "bitcoin-adres", "compromitterende video",
        "~websites voor volwassenen", "~naar al je contacten", "~naar al uw contacten",
        "j'ai piraté", "ai piraté votre", "adresse bitcoin", "vidéo compromettante", "~sites pour adultes", "~à tous vos contacts", "~votre webcam",
        "he hackeado tu", "he hackeado su", "hackeé tu", "dirección de bitcoin", "video comprometedor", "~sitios para adultos",
        "~a todos tus contactos", "~tu cámara web",
        "ho hackerato il tuo", "ho violato il tuo", "indirizzo bitcoin", "video compromettente", "~siti per adulti", "~a tutti i tuoi contatti",
        "~la tua webcam",
        "hackeei seu", "hackeei o seu", "invadi seu dispositivo", "endereço bitcoin", "endereço de bitcoin", "~sites adultos",
        "~todos os seus contatos", "~sua webcam",
        "włamałem się do twojego", "włamałem się na twoje", "zhakowałem twoje", "adres bitcoin", "kompromitujące nagranie", "~stron dla dorosłych",
        "~do wszystkich twoich kontaktów", "~twoją kamerę",
        "я взломал", "взломал ваш", "взломал твой", "биткоин кошелек", "биткоин кошелёк", "компрометирующее видео", "~сайты для взрослых",
        "~сайтов для взрослых", "~всем вашим контактам",
        "~зламав ваш", "зламав вашу", "зламав твій", "біткоїн гаманець", "компрометуюче відео", "~сайти для дорослих", "~сайтів для дорослих",
        "~всім вашим контактам",
        "cihazınızı hackledim", "cihazını hackledim", "bitcoin adresi", "utanç verici video", "~yetişkin siteleri", "~tüm kişilerinize",
        "~web kameranız",
        "デバイスをハッキング", "ハッキングしました", "ビットコインアドレス", "恥ずかしい動画", "~アダルトサイト", "~連絡先全員に", "~ウェブカメラ",
        "我黑进了你的", "我入侵了你的", "比特币地址", "比特幣地址", "不雅视频", "~成人网站", "~你的所有联系人", "~摄像头",
        "기기를 해킹했", "몸캠", "비트코인 주소", "비트코인으로 지불", "~성인 사이트", "~모든 연락처에", "~웹캠",
        "اخترقت جهازك", "قمت باختراق جهازك", "عنوان البيتكوين", "عنوان بيتكوين", "فيديو فاضح", "~مواقع إباحية", "~المواقع الإباحية",
        "~جميع جهات اتصالك",
        "פרצתי למכשיר", "פרצתי למחשב", "כתובת ביטקוין", "לכתובת ביטקוין", "סרטון מביך", "~אתרי פורנו", "~באתרי פורנו", "~אתרים למבוגרים",
        "~לכל אנשי הקשר שלך",
        "χάκαρα τη συσκευή", "χάκαρα τον υπολογιστή", "διεύθυνση bitcoin", "ενοχοποιητικό βίντεο", "~ιστότοπους ενηλίκων",
        "~ιστοσελίδες για ενήλικες", "~σε όλες τις επαφές σας", "~σε όλες τις επαφές σου",
        "मैंने आपका डिवाइस हैक", "मैंने आपके डिवाइस को हैक", "बिटकॉइन पता", "बिटकॉइन एड्रेस", "अश्लील वीडियो", "~एडल्ट वेबसाइट", "~आपके सभी संपर्कों",
        "~वेबकैम",
        "ฉันได้แฮ็ก", "ฉันแฮ็ก", "ฉันแฮก", "ที่อยู่บิตคอยน์", "คลิปลับของคุณ", "~เว็บไซต์ผู้ใหญ่", "~เว็บโป๊", "~ผู้ติดต่อทั้งหมดของคุณ", "~เว็บแคม",
        "tôi đã hack", "địa chỉ bitcoin", "video nhạy cảm", "clip nhạy cảm", "~trang web người lớn", "~tất cả danh bạ của bạn", "~webcam của bạn",
        "saya telah meretas", "saya sudah meretas", "alamat bitcoin", "video memalukan", "~situs dewasa", "~semua kontak anda", "~webcam anda",
        "hacknul jsem", "napadl jsem vaše", "bitcoinovou adresu", "kompromitující video", "~stránky pro dospělé", "~stránkách pro dospělé",
        "~všem vašim kontaktům", "~vaši webkameru",
        "jag har hackat", "hackat din enhet", "bitcoin-adress", "pinsam video", "~vuxensajter", "~porrsajter", "~till alla dina kontakter",
        "~din webbkamera",
        "am spart dispozitivul", "am piratat dispozitivul", "adresa bitcoin", "video compromițător", "videoclip compromițător",
        "~site-uri pentru adulți", "~tuturor contactelor tale", "~camera web",
        "feltörtem az eszközét", "feltörtem a készülékét", "bitcoin címre", "kompromittáló videó", "~felnőtt oldalakat", "~minden ismerősének",
        "~webkamerá*",
    ];

    // Government and tax impersonation: refunds, fines, tolls, summonses.
    private static readonly string[] GovernmentTerms =
    [
        "tax refund", "tax return", "unpaid toll", "toll violation", "parking fine", "speeding fine", "traffic fine", "jury duty", "court summons",
        "arrest warrant", "steuererstattung", "steuerrückerstattung", "bußgeld", "remboursement d'impôt", "avis d'imposition", "amende", "devolución de impuestos",
        "multa de tráfico", "rimborso fiscale", "belastingteruggave", "restituição", "zwrot podatku", "налоговый вычет", "vergi iadesi", "~tax", "~refund",
        "~toll", "~fine", "~penalty", "~court", "~summons", "~license", "~licence", "~vehicle", "~parking", "~unpaid", "~outstanding", "~benefit",
        "~pension", "~social security", "~government", "~ministry", "~federal", "~municipal", "~steuer", "~finanzamt", "~maut", "~impôts", "~péage",
        "~multa", "~peaje", "~belasting", "~boete", "~receita", "~imposto", "~podatek", "~mandat", "~налог", "~штраф", "~vergi", "~ceza", "~税務署", "~税务局",
    ];

    // Document-share lures: a file waits behind a sign-in.
    private static readonly string[] DocumentShareTerms =
    [
        "shared a document", "shared a file", "sent you a document", "sent you a file", "document is ready", "documents are ready", "review and sign",
        "e-signature", "esignature", "please sign", "secure document", "encrypted message", "view document", "open document", "download document",
        "new fax", "fax message", "voicemail", "~shared", "~document", "~documents", "~file", "~files", "~fax", "~signature", "~sign", "~review",
        "~download", "~encrypted", "~secure", "~pdf", "~attachment", "~docusign", "~sharepoint", "~onedrive", "~dropbox", "~wetransfer", "~dokument",
        "~documento", "~fichier", "~bestand", "~plik",
    ];

    // Requests for personal data by reply: what lotteries, 419 letters and CEO fraud need from the victim.
    private static readonly string[] HarvestTerms =
    [
        "your full name", "full name and address", "full names", "your mobile number", "your phone number", "your direct phone", "direct phone number",
        "date of birth", "copy of your id", "copy of your passport", "your bank details", "reply with your", "send me your", "send us your",
        "ihren vollständigen namen", "ihre telefonnummer", "votre nom complet", "votre numéro de téléphone", "su nombre completo", "su número de teléfono",
        "il tuo nome completo", "il tuo numero", "uw volledige naam", "uw telefoonnummer", "seu nome completo", "seu número", "imię i nazwisko",
        "ваше полное имя", "номер телефона", "adınızı soyadınızı", "您的全名", "电话", "氏名", "~passport", "~reisepass", "~passeport", "~pasaporte",
        "~id card", "~personalausweis", "~address", "~whatsapp number",
    ];
}
