namespace Reform.Site.Bench.Generator;

/// <summary>A Japanese / English pair.</summary>
internal readonly record struct Bi(string Ja, string En);

/// <summary>A verb phrase: the Japanese noun (見直し), the English title form with {0} for the
/// object ("Reviewing {0}") and the English base form ("review {0}").</summary>
internal readonly record struct Verb(string Ja, string EnTitle, string EnBase);

internal sealed record DepartmentWord(string NameJa, string NameEn, string BureauJa, string BureauEn);

internal sealed record KpiWord(string NameJa, string NameEn, string UnitJa, string UnitEn, string Direction, double Min, double Max, int Decimals);

/// <summary>A theme of data/themes.csv (copied from the real file: same ids, names, descriptions).</summary>
internal sealed record ThemeWord(string Id, string NameJa, string NameEn, string DescriptionJa, string DescriptionEn);

/// <summary>Word lists the synthetic reports are composed from.</summary>
internal static class Words
{
    public static readonly ThemeWord[] Themes =
    [
        new("finance", "財政運営", "Fiscal management", "予算編成、財政健全化、公債費、基金など財政全体の運営", "Budgeting, fiscal soundness, public debt, reserve funds and fiscal management as a whole"),
        new("revenue", "歳入確保", "Revenue", "税・使用料の収納率向上、ふるさと納税、広告料、資産売却など収入の確保", "Collection rates of taxes and fees, hometown tax donations, advertising, asset sales and other revenue"),
        new("facilities", "公共施設", "Public facilities", "公共施設の再編・長寿命化・管理運営の最適化", "Reorganising, extending the life of and managing public facilities"),
        new("private-sector", "民間活力", "Private sector and outsourcing", "民間委託、指定管理者、PPP/PFI、民営化など民間活力の活用", "Outsourcing, designated managers, PPP/PFI, privatisation and other use of the private sector"),
        new("digital", "デジタル・ICT", "Digital and ICT", "AI・RPA、オンライン手続、キャッシュレス、システム化、オープンデータ", "AI and RPA, online procedures, cashless payment, systems and open data"),
        new("staff", "職員・組織", "Staff and organisation", "定員管理、人材育成、働き方改革、組織機構の見直し", "Staffing levels, staff development, work-style reform and organisational reform"),
        new("collaboration", "市民協働", "Citizen collaboration", "市民・地域団体・民間との協働、町内会、市民参加", "Collaboration with citizens, community groups and businesses; neighbourhood associations; participation"),
        new("services", "市民サービス", "Citizen services", "窓口サービス、情報発信、利便性の向上", "Counter services, public information and convenience for residents"),
        new("public-enterprise", "公営企業", "Public enterprises", "病院・水道・下水道・交通などの公営企業の経営改革", "Management reform of hospitals, water, sewerage, transport and other public enterprises"),
        new("administration", "事務事業の見直し", "Review of operations", "事務事業の整理・統廃合、補助金・負担金の見直し、内部事務の効率化", "Reviewing and consolidating operations, subsidies and internal administration"),
    ];

    public static readonly Bi[] Prefectures =
    [
        new("北海道", "Hokkaido"), new("青森県", "Aomori Prefecture"), new("岩手県", "Iwate Prefecture"), new("宮城県", "Miyagi Prefecture"),
        new("秋田県", "Akita Prefecture"), new("山形県", "Yamagata Prefecture"), new("福島県", "Fukushima Prefecture"), new("茨城県", "Ibaraki Prefecture"),
        new("栃木県", "Tochigi Prefecture"), new("群馬県", "Gunma Prefecture"), new("埼玉県", "Saitama Prefecture"), new("千葉県", "Chiba Prefecture"),
        new("東京都", "Tokyo Metropolis"), new("神奈川県", "Kanagawa Prefecture"), new("新潟県", "Niigata Prefecture"), new("富山県", "Toyama Prefecture"),
        new("石川県", "Ishikawa Prefecture"), new("福井県", "Fukui Prefecture"), new("山梨県", "Yamanashi Prefecture"), new("長野県", "Nagano Prefecture"),
        new("岐阜県", "Gifu Prefecture"), new("静岡県", "Shizuoka Prefecture"), new("愛知県", "Aichi Prefecture"), new("三重県", "Mie Prefecture"),
        new("滋賀県", "Shiga Prefecture"), new("京都府", "Kyoto Prefecture"), new("大阪府", "Osaka Prefecture"), new("兵庫県", "Hyogo Prefecture"),
        new("奈良県", "Nara Prefecture"), new("和歌山県", "Wakayama Prefecture"), new("鳥取県", "Tottori Prefecture"), new("島根県", "Shimane Prefecture"),
        new("岡山県", "Okayama Prefecture"), new("広島県", "Hiroshima Prefecture"), new("山口県", "Yamaguchi Prefecture"), new("徳島県", "Tokushima Prefecture"),
        new("香川県", "Kagawa Prefecture"), new("愛媛県", "Ehime Prefecture"), new("高知県", "Kochi Prefecture"), new("福岡県", "Fukuoka Prefecture"),
        new("佐賀県", "Saga Prefecture"), new("長崎県", "Nagasaki Prefecture"), new("熊本県", "Kumamoto Prefecture"), new("大分県", "Oita Prefecture"),
        new("宮崎県", "Miyazaki Prefecture"), new("鹿児島県", "Kagoshima Prefecture"), new("沖縄県", "Okinawa Prefecture"),
    ];

    /// <summary>First part of a city name: kanji and its romaji.</summary>
    public static readonly (string Kanji, string Romaji)[] CityHead =
    [
        ("北", "kita"), ("南", "minami"), ("東", "higashi"), ("西", "nishi"), ("大", "o"), ("小", "ko"), ("高", "taka"), ("新", "shin"),
        ("中", "naka"), ("上", "kami"), ("下", "shimo"), ("青", "ao"), ("白", "shira"), ("黒", "kuro"), ("赤", "aka"), ("松", "matsu"),
        ("桜", "sakura"), ("梅", "ume"), ("竹", "take"), ("杉", "sugi"), ("菊", "kiku"), ("藤", "fuji"), ("岩", "iwa"), ("石", "ishi"),
        ("金", "kana"), ("若", "waka"), ("朝", "asa"), ("春", "haru"), ("秋", "aki"), ("水", "mizu"), ("月", "tsuki"), ("星", "hoshi"),
        ("花", "hana"), ("鶴", "tsuru"), ("亀", "kame"), ("鹿", "shika"), ("緑", "midori"), ("美", "mi"), ("富", "tomi"), ("福", "fuku"),
    ];

    /// <summary>Second part of a city name.</summary>
    public static readonly (string Kanji, string Romaji)[] CityTail =
    [
        ("山", "yama"), ("川", "kawa"), ("原", "hara"), ("野", "no"), ("沢", "sawa"), ("崎", "saki"), ("浜", "hama"), ("岡", "oka"),
        ("島", "shima"), ("宮", "miya"), ("森", "mori"), ("谷", "tani"), ("瀬", "se"), ("浦", "ura"), ("津", "tsu"), ("橋", "hashi"),
        ("坂", "saka"), ("室", "muro"), ("里", "sato"), ("平", "hira"), ("江", "e"), ("城", "shiro"), ("台", "dai"), ("畑", "hata"),
        ("根", "ne"), ("堀", "hori"), ("見", "mi"), ("田", "ta"), ("丘", "gaoka"), ("町", "machi"),
    ];

    public static readonly (Bi Title, string Slug)[] PlanNames =
    [
        (new("行財政改革推進プラン", "Administrative and Fiscal Reform Promotion Plan"), "gyozaisei-kaikaku"),
        (new("行政改革大綱実施計画", "Implementation Plan of the Administrative Reform Outline"), "gyosei-kaikaku-taiko"),
        (new("行財政運営改革プラン", "Administrative and Fiscal Management Reform Plan"), "gyozaisei-unei"),
        (new("持続可能な行財政運営プラン", "Plan for Sustainable Administrative and Fiscal Management"), "jizoku-kano"),
        (new("行政経営改革プラン", "Public Management Reform Plan"), "gyosei-keiei"),
    ];

    public static readonly Bi[] Policies =
    [
        new("持続可能な財政基盤の確立", "Establishing a sustainable fiscal base"),
        new("効率的・効果的な行政運営の推進", "Promoting efficient and effective administration"),
        new("市民サービスの質の向上", "Improving the quality of services for residents"),
        new("公共施設等の最適化", "Optimising public facilities"),
        new("多様な主体との協働の推進", "Promoting collaboration with diverse partners"),
        new("デジタル技術を活用した行政改革", "Administrative reform using digital technology"),
        new("人材育成と組織力の強化", "Developing staff and strengthening the organisation"),
        new("自主財源の確保", "Securing the city's own revenue"),
        new("民間活力の積極的な活用", "Making active use of the private sector"),
        new("公営企業の経営健全化", "Putting public enterprises on a sound footing"),
    ];

    public static readonly Bi[] Areas =
    [
        new("事務事業", "administrative operations"), new("補助金・負担金", "subsidies and contributions"), new("使用料・手数料", "fees and charges"),
        new("市税の収納", "the collection of city taxes"), new("公共施設", "public facilities"), new("窓口業務", "counter services"),
        new("情報システム", "information systems"), new("職員定数", "staffing levels"), new("外郭団体", "affiliated organisations"),
        new("公営企業", "public enterprises"), new("指定管理者制度", "the designated manager system"), new("市有財産", "city-owned property"),
        new("広報・広聴", "public relations"), new("行政手続", "administrative procedures"), new("内部事務", "internal administration"),
        new("会計事務", "accounting work"), new("契約事務", "contracting work"), new("庁舎管理", "the management of city office buildings"),
        new("ごみ収集", "waste collection"), new("学校施設", "school facilities"), new("保育所", "nursery schools"), new("公民館", "community centres"),
        new("上下水道", "water and sewerage services"), new("地域公共交通", "local public transport"), new("防災体制", "disaster preparedness"),
        new("各種健診", "health checks"), new("図書館", "libraries"), new("市営住宅", "municipal housing"), new("観光施設", "tourist facilities"),
        new("道路・橋りょう", "roads and bridges"),
    ];

    public static readonly Verb[] Verbs =
    [
        new("見直し", "Reviewing {0}", "review {0}"), new("効率化", "Making {0} more efficient", "make {0} more efficient"),
        new("適正化", "Rationalising {0}", "rationalise {0}"), new("民間委託", "Outsourcing {0}", "outsource {0}"),
        new("デジタル化", "Digitalising {0}", "digitalise {0}"), new("長寿命化", "Extending the life of {0}", "extend the life of {0}"),
        new("再編", "Reorganising {0}", "reorganise {0}"), new("統合", "Consolidating {0}", "consolidate {0}"),
        new("充実", "Enhancing {0}", "enhance {0}"), new("適正管理", "Managing {0} properly", "manage {0} properly"),
        new("広域連携", "Regional cooperation on {0}", "cooperate regionally on {0}"), new("収入確保", "Securing revenue from {0}", "secure revenue from {0}"),
        new("オンライン化", "Putting {0} online", "put {0} online"), new("利便性向上", "Making {0} more convenient", "make {0} more convenient"),
    ];

    public static readonly Bi[] Methods =
    [
        new("RPA", "RPA"), new("電子申請", "online applications"), new("民間のノウハウ", "private-sector expertise"),
        new("指定管理者制度", "the designated manager system"), new("PFI手法", "the PFI method"), new("近隣自治体との連携", "cooperation with neighbouring municipalities"),
        new("受益者負担の見直し", "a review of user charges"), new("キャッシュレス決済", "cashless payment"), new("業務プロセスの改善", "business process improvement"),
        new("施設の複合化", "combining facilities"), new("地域との協働", "collaboration with local communities"), new("データの活用", "the use of data"),
        new("包括的な業務委託", "comprehensive outsourcing"), new("クラウドサービス", "cloud services"), new("AI-OCR", "AI-OCR"),
    ];

    public static readonly DepartmentWord[] Departments =
    [
        new("企画政策課", "Planning and Policy Division", "企画部", "Planning Department"),
        new("行政改革推進課", "Administrative Reform Division", "企画部", "Planning Department"),
        new("財政課", "Finance Division", "財務部", "Finance Department"),
        new("税務課", "Taxation Division", "財務部", "Finance Department"),
        new("収納課", "Tax Collection Division", "財務部", "Finance Department"),
        new("資産経営課", "Asset Management Division", "財務部", "Finance Department"),
        new("契約課", "Contracts Division", "財務部", "Finance Department"),
        new("人事課", "Personnel Division", "総務部", "General Affairs Department"),
        new("総務課", "General Affairs Division", "総務部", "General Affairs Department"),
        new("情報政策課", "Information Policy Division", "総務部", "General Affairs Department"),
        new("デジタル推進課", "Digital Promotion Division", "総務部", "General Affairs Department"),
        new("危機管理課", "Crisis Management Division", "総務部", "General Affairs Department"),
        new("市民課", "Residents Division", "市民部", "Citizens Department"),
        new("市民協働課", "Citizen Collaboration Division", "市民部", "Citizens Department"),
        new("地域振興課", "Community Development Division", "市民部", "Citizens Department"),
        new("環境政策課", "Environmental Policy Division", "環境部", "Environment Department"),
        new("廃棄物対策課", "Waste Management Division", "環境部", "Environment Department"),
        new("福祉総務課", "Welfare Administration Division", "福祉部", "Welfare Department"),
        new("高齢福祉課", "Elderly Welfare Division", "福祉部", "Welfare Department"),
        new("障がい福祉課", "Disability Welfare Division", "福祉部", "Welfare Department"),
        new("子育て支援課", "Childcare Support Division", "こども部", "Children's Department"),
        new("保育課", "Nursery Division", "こども部", "Children's Department"),
        new("健康づくり課", "Health Promotion Division", "保健部", "Health Department"),
        new("保険年金課", "Insurance and Pensions Division", "保健部", "Health Department"),
        new("商工観光課", "Commerce, Industry and Tourism Division", "経済部", "Economic Affairs Department"),
        new("農林課", "Agriculture and Forestry Division", "経済部", "Economic Affairs Department"),
        new("都市計画課", "Urban Planning Division", "都市整備部", "Urban Development Department"),
        new("道路課", "Roads Division", "都市整備部", "Urban Development Department"),
        new("建築住宅課", "Building and Housing Division", "都市整備部", "Urban Development Department"),
        new("公園緑地課", "Parks Division", "都市整備部", "Urban Development Department"),
        new("上下水道総務課", "Water and Sewerage Administration Division", "上下水道局", "Waterworks Bureau"),
        new("教育総務課", "Education Administration Division", "教育委員会", "Board of Education"),
        new("学校教育課", "School Education Division", "教育委員会", "Board of Education"),
        new("生涯学習課", "Lifelong Learning Division", "教育委員会", "Board of Education"),
        new("文化スポーツ課", "Culture and Sports Division", "教育委員会", "Board of Education"),
        new("中央図書館", "Central Library", "教育委員会", "Board of Education"),
        new("消防総務課", "Fire Administration Division", "消防本部", "Fire Department Headquarters"),
        new("会計課", "Accounting Division", "会計管理者", "Accounting Manager"),
        new("議会事務局", "Secretariat of the City Council", "", ""),
        new("関係各課", "All divisions concerned", "", ""),
    ];

    public static readonly KpiWord[] Kpis =
    [
        new("電子申請の利用件数", "Number of online applications", "件", "cases", "increase", 500, 20000, 0),
        new("市税の収納率", "Collection rate of city taxes", "%", "%", "increase", 94, 98.5, 1),
        new("職員の時間外勤務時間", "Overtime hours of staff", "時間", "hours", "decrease", 50000, 200000, 0),
        new("窓口の平均待ち時間", "Average waiting time at the counters", "分", "minutes", "decrease", 10, 40, 0),
        new("公共施設の延床面積", "Total floor area of public facilities", "㎡", "m²", "decrease", 200000, 600000, 0),
        new("市民満足度", "Resident satisfaction", "%", "%", "increase", 40, 70, 1),
        new("ふるさと納税の寄附件数", "Number of hometown tax donations", "件", "donations", "increase", 1000, 50000, 0),
        new("ペーパーレス会議の実施率", "Share of paperless meetings", "%", "%", "increase", 10, 50, 1),
        new("指定管理者制度の導入施設数", "Facilities run by designated managers", "施設", "facilities", "increase", 5, 60, 0),
        new("ごみの総排出量", "Total amount of waste", "t", "tonnes", "decrease", 20000, 80000, 0),
        new("地域活動への参加者数", "Participants in community activities", "人", "people", "increase", 1000, 30000, 0),
        new("RPAを導入した業務数", "Tasks automated with RPA", "業務", "tasks", "increase", 1, 20, 0),
    ];

    /// <summary>Schedule lines: the task and the entries of the five plan years.</summary>
    public static readonly (Bi Task, Bi[] Entries)[] ScheduleLines =
    [
        (new("検討・準備", "Study and preparation"), [new("現状分析", "Analysis of the current state"), new("方針決定", "Decision on the policy"), new("実施", "Implementation"), new("⇒", "⇒"), new("検証", "Evaluation")]),
        (new("導入・運用", "Introduction and operation"), [new("調査・研究", "Research"), new("試行", "Trial"), new("本格実施", "Full implementation"), new("⇒", "⇒"), new("⇒", "⇒")]),
        (new("見直しの実施", "Carrying out the review"), [new("対象事業の選定", "Selecting target projects"), new("見直し", "Review"), new("⇒", "⇒"), new("効果検証", "Evaluation of effects"), new("⇒", "⇒")]),
        (new("計画の策定", "Drawing up the plan"), [new("基礎調査", "Basic survey"), new("計画策定", "Drawing up the plan"), new("計画に基づく実施", "Implementation under the plan"), new("⇒", "⇒"), new("計画の改定", "Revision of the plan")]),
        (new("周知・啓発", "Publicity and awareness"), [new("周知方法の検討", "Study of publicity methods"), new("周知の実施", "Publicity"), new("⇒", "⇒"), new("⇒", "⇒"), new("⇒", "⇒")]),
    ];

    /// <summary>Sentence templates. Slots: {A} area, {M} method, {V} verb (ja: noun, en: base form
    /// with the area), {N} a count, {P} a percentage, {Y} a fiscal year, {T} the target year.</summary>
    public static readonly Bi[] SummarySentences =
    [
        new("{A}について、{M}を活用した{V}に取り組む。", "The city will {V} using {M}."),
        new("現状の業務量と費用を分析し、課題を整理する。", "The current workload and costs will be analysed and the issues identified."),
        new("関係部署と連携し、市民サービスの質を維持しながら経費の削減を図る。", "Working with the departments concerned, the city aims to cut costs while maintaining the quality of services."),
        new("対象となる事務を{N}件選定し、順次見直しを行う。", "{N} target tasks will be selected and reviewed in turn."),
        new("他の自治体の先進事例を調査し、導入の可能性を検討する。", "Leading examples in other municipalities will be studied and the feasibility of introduction examined."),
        new("{T}までに{A}の{V}を完了することを目標とする。", "The goal is to {V} by {T}."),
        new("市民や事業者の負担を軽減し、手続の利便性を高める。", "The burden on residents and businesses will be reduced and procedures made more convenient."),
    ];

    public static readonly Bi[] ResultSentences =
    [
        new("{Y}は、{M}の導入に向けた検討を行った。", "In {Y}, the introduction of {M} was examined."),
        new("対象となる{N}件の事務について見直しを実施した。", "{N} tasks were reviewed."),
        new("前年度と比べて処理時間を約{P}％短縮した。", "Processing time was cut by about {P}% compared with the previous year."),
        new("説明会を{N}回開催し、市民や事業者への周知を図った。", "{N} briefing sessions were held to inform residents and businesses."),
        new("関係課との協議を重ね、実施方針を決定した。", "After repeated consultations with the divisions concerned, the implementation policy was decided."),
        new("利用者アンケートでは満足度が{P}％となった。", "In a user survey, satisfaction reached {P}%."),
        new("{A}の{V}に着手し、一部の業務で運用を開始した。", "Work began to {V}, and operation started in some tasks."),
    ];

    public static readonly Bi[] IssueSentences =
    [
        new("担当職員の負担が増加しており、業務の平準化が課題である。", "The workload of the staff in charge has increased, and levelling it out is an issue."),
        new("{M}の導入には初期費用がかかるため、費用対効果の検証が必要である。", "Introducing {M} has initial costs, so its cost-effectiveness must be verified."),
        new("利用率が想定を下回っており、さらなる周知が必要である。", "Usage is below expectations, and further publicity is needed."),
        new("関係団体との調整に時間を要している。", "Coordination with the organisations concerned is taking time."),
        new("制度改正への対応が必要となり、スケジュールの見直しが生じている。", "Changes to the legal framework have to be dealt with, and the schedule is being revised."),
    ];

    public static readonly Bi[] DirectionSentences =
    [
        new("引き続き{M}の活用を進め、{A}の{V}を図る。", "The city will continue to use {M} and {V}."),
        new("{T}までに全庁への展開を目指す。", "The aim is to extend it to all departments by {T}."),
        new("効果検証の結果を踏まえ、取組内容を見直す。", "The content of the initiative will be reviewed in the light of the evaluation of its effects."),
        new("市民の意見を取り入れながら、サービスの向上に努める。", "The city will work to improve services while taking residents' views into account."),
        new("他の取組との連携を強化し、相乗効果を高める。", "Links with other initiatives will be strengthened to increase their combined effect."),
    ];

    public static readonly Bi[] Reasons =
    [
        new("計画どおりに取組を進めることができたため。", "Because the initiative progressed as planned."),
        new("目標を上回る効果額を達成したため。", "Because the effect exceeded the target amount."),
        new("一部の取組に遅れが生じたため。", "Because some of the work was delayed."),
        new("関係機関との調整が難航したため。", "Because coordination with the bodies concerned proved difficult."),
        new("新たな手法を取り入れ、成果を上げたため。", "Because a new method was adopted and produced results."),
    ];

    public static readonly Bi[] EffectNotes =
    [
        new("人件費の削減分を含む。", "Includes savings in personnel costs."),
        new("委託料の増加分を差し引いた額。", "Net of the increase in outsourcing fees."),
        new("歳入の増加分と歳出の削減分の合計。", "Sum of the increase in revenue and the reduction in expenditure."),
    ];

    public static readonly Bi[] EffectTexts =
    [
        new("手続に要する時間が短縮され、市民の利便性が向上した。", "The time needed for procedures was shortened, making things more convenient for residents."),
        new("職員の事務負担が軽減され、相談業務に充てる時間が増えた。", "The administrative burden on staff was reduced, leaving more time for consultations."),
        new("施設の利用者数が前年度より増加した。", "The number of facility users increased on the previous year."),
    ];
}
