namespace Calguard.Analysis.Text;

/// <summary>
/// Simplified and Traditional Chinese: the same campaign reaches mainland readers in one script and Taiwan, Hong Kong
/// and Macau in the other, so a Chinese term of the lexicon is searched in both.
/// </summary>
/// <remarks>
/// About 230 of the commonest characters of the lures, each with the form it takes in the other script. Characters
/// whose Simplified form stands for several Traditional ones are left out (系, 台, 松, 制, 赞, 干), except where the
/// other reading does not occur in a lure (发 is 發, not 髮; 复 is 複, not 復), so a variant is never a word that was
/// not meant.
/// </remarks>
public static class ChineseScripts
{
    private const string Simplified =
        "们这个来时会说对开关问号钱账帐户请认证码电话联网线点击职结资门员费务优奖领订单货运发银转汇额级红礼动机劳购买卖价币报险况税罚处验统邮录脸书设备软体装载议视频与为从让还过进么后将应当实现经济场东车长题见觉观头湾学习业广图档云盘传输检确紧细节给约纪练组织终绍络续维缴惊获赢赠积兑换励选补偿赔贷稳赚亏损虚拟导师飞预诊医疗药术挂参讲课试轻钟间简隐泄冻违规递签误错没总财办苹张变际国种类爱识岁独态状页链须满庆抢疯亿万块团队产权诉讼审调护帮扫访专属顾拨热阅杀窃骗诈盗复杂难";

    private const string Traditional =
        "們這個來時會說對開關問號錢賬帳戶請認證碼電話聯網線點擊職結資門員費務優獎領訂單貨運發銀轉匯額級紅禮動機勞購買賣價幣報險況稅罰處驗統郵錄臉書設備軟體裝載議視頻與為從讓還過進麼後將應當實現經濟場東車長題見覺觀頭灣學習業廣圖檔雲盤傳輸檢確緊細節給約紀練組織終紹絡續維繳驚獲贏贈積兌換勵選補償賠貸穩賺虧損虛擬導師飛預診醫療藥術掛參講課試輕鐘間簡隱洩凍違規遞簽誤錯沒總財辦蘋張變際國種類愛識歲獨態狀頁鏈須滿慶搶瘋億萬塊團隊產權訴訟審調護幫掃訪專屬顧撥熱閱殺竊騙詐盜複雜難";

    private static readonly Dictionary<char, char> ToTraditional = Pairs(Simplified, Traditional);
    private static readonly Dictionary<char, char> ToSimplified = Pairs(Traditional, Simplified);

    /// <summary>The term in the other script(s): its Traditional and its Simplified spelling, where they differ from it.</summary>
    public static IEnumerable<string> Variants(string term)
    {
        foreach (var map in new[] { ToTraditional, ToSimplified })
        {
            var variant = string.Create(term.Length, (term, map), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var c = state.term[i];
                    span[i] = state.map.TryGetValue(c, out var other) ? other : c;
                }
            });
            if (variant != term)
            {
                yield return variant;
            }
        }
    }

    private static Dictionary<char, char> Pairs(string from, string to)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < from.Length; i++)
        {
            // A character listed twice keeps its first pairing.
            if (from[i] != to[i])
            {
                map.TryAdd(from[i], to[i]);
            }
        }
        return map;
    }
}
