import Foundation

// Matching the region names written in data to map features.
//
// Reports name China's provinces in many ways: "Inner Mongolia", "Inner Mongolia Autonomous
// Region", "Nei Mongol", "Neimenggu", 内蒙古自治区, 内蒙古, CN-NM, CN-15, 150000. Every name is
// reduced to a key (case, spacing and punctuation dropped, suffixes such as "Province",
// "Autonomous Region", 省 or 自治区 removed) and looked up in an index built from the map's
// features: their id, their properties and, for a feature recognised as one of China's 34
// provincial-level divisions, every form in the table below.

/// One of China's provincial-level divisions and the names it goes by.
public struct ChinaRegion: Sendable {
    /// ISO 3166-2 subdivision code without "CN-": "NM".
    public var code: String
    /// GB/T 2260 code: 150000.
    public var adcode: Int
    /// The English name used in labels: "Inner Mongolia".
    public var name: String
    /// The pinyin name: "Neimenggu".
    public var pinyin: String
    /// Full and short Chinese names: 内蒙古自治区, 内蒙古.
    public var zh: String
    public var zhShort: String
    /// The one-character abbreviation used on Chinese maps and number plates: 蒙.
    public var zhAbbreviation: String
    /// The English label for small regions: "BJ".
    public var abbreviation: String { code }
    /// Other romanisations and forms ("Nei Mongol", "Peking", "Macau", traditional characters).
    public var aliases: [String]

    /// The old numeric ISO code (CN-15), from the adcode.
    public var numericCode: String { String(adcode / 10000) }

    /// Every form the region can be written in.
    public var allForms: [String] {
        [code, "CN-\(code)", "CN-\(numericCode)", String(adcode), name, pinyin, zh, zhShort, zhAbbreviation] + aliases
    }
}

public enum RegionNames {
    /// China's 34 provincial-level divisions, in GB/T 2260 order.
    public static let china: [ChinaRegion] = [
        r("BJ", 110000, "Beijing", "Beijing", "北京市", "北京", "京", ["Peking", "Beijing Municipality"]),
        r("TJ", 120000, "Tianjin", "Tianjin", "天津市", "天津", "津", ["Tientsin"]),
        r("HE", 130000, "Hebei", "Hebei", "河北省", "河北", "冀", ["Hopeh", "Hopei"]),
        r("SX", 140000, "Shanxi", "Shanxi", "山西省", "山西", "晋", ["Shansi"]),
        r("NM", 150000, "Inner Mongolia", "Neimenggu", "内蒙古自治区", "内蒙古", "蒙",
          ["Nei Mongol", "Nei Menggu", "Nei Monggol", "Inner Mongolia Autonomous Region", "Neimenggu Zizhiqu", "内蒙", "內蒙古"]),
        r("LN", 210000, "Liaoning", "Liaoning", "辽宁省", "辽宁", "辽", ["遼寧"]),
        r("JL", 220000, "Jilin", "Jilin", "吉林省", "吉林", "吉", ["Kirin"]),
        r("HL", 230000, "Heilongjiang", "Heilongjiang", "黑龙江省", "黑龙江", "黑", ["Heilungkiang", "黑龍江"]),
        r("SH", 310000, "Shanghai", "Shanghai", "上海市", "上海", "沪", ["滬"]),
        r("JS", 320000, "Jiangsu", "Jiangsu", "江苏省", "江苏", "苏", ["Kiangsu", "江蘇"]),
        r("ZJ", 330000, "Zhejiang", "Zhejiang", "浙江省", "浙江", "浙", ["Chekiang"]),
        r("AH", 340000, "Anhui", "Anhui", "安徽省", "安徽", "皖", ["Anhwei"]),
        r("FJ", 350000, "Fujian", "Fujian", "福建省", "福建", "闽", ["Fukien", "閩"]),
        r("JX", 360000, "Jiangxi", "Jiangxi", "江西省", "江西", "赣", ["Kiangsi", "贛"]),
        r("SD", 370000, "Shandong", "Shandong", "山东省", "山东", "鲁", ["Shantung", "山東", "魯"]),
        r("HA", 410000, "Henan", "Henan", "河南省", "河南", "豫", ["Honan"]),
        r("HB", 420000, "Hubei", "Hubei", "湖北省", "湖北", "鄂", ["Hupeh", "Hupei"]),
        r("HN", 430000, "Hunan", "Hunan", "湖南省", "湖南", "湘", []),
        r("GD", 440000, "Guangdong", "Guangdong", "广东省", "广东", "粤", ["Kwangtung", "廣東"]),
        r("GX", 450000, "Guangxi", "Guangxi", "广西壮族自治区", "广西", "桂",
          ["Kwangsi", "Guangxi Zhuang", "Guangxi Zhuang Autonomous Region", "Guangxi Zhuangzu Zizhiqu", "廣西"]),
        r("HI", 460000, "Hainan", "Hainan", "海南省", "海南", "琼", ["瓊"]),
        r("CQ", 500000, "Chongqing", "Chongqing", "重庆市", "重庆", "渝", ["Chungking", "重慶"]),
        r("SC", 510000, "Sichuan", "Sichuan", "四川省", "四川", "川", ["Szechwan", "Szechuan", "蜀"]),
        r("GZ", 520000, "Guizhou", "Guizhou", "贵州省", "贵州", "贵", ["Kweichow", "黔", "貴州"]),
        r("YN", 530000, "Yunnan", "Yunnan", "云南省", "云南", "云", ["滇", "雲南"]),
        r("XZ", 540000, "Tibet", "Xizang", "西藏自治区", "西藏", "藏",
          ["Tibet Autonomous Region", "Xizang Autonomous Region", "Xizang Zizhiqu", "Thibet"]),
        r("SN", 610000, "Shaanxi", "Shaanxi", "陕西省", "陕西", "陕", ["Shensi", "秦", "陝西"]),
        r("GS", 620000, "Gansu", "Gansu", "甘肃省", "甘肃", "甘", ["Kansu", "陇", "甘肅"]),
        r("QH", 630000, "Qinghai", "Qinghai", "青海省", "青海", "青", ["Tsinghai"]),
        r("NX", 640000, "Ningxia", "Ningxia", "宁夏回族自治区", "宁夏", "宁",
          ["Ningsia", "Ningxia Hui", "Ningxia Hui Autonomous Region", "Ningxia Huizu Zizhiqu", "寧夏"]),
        r("XJ", 650000, "Xinjiang", "Xinjiang", "新疆维吾尔自治区", "新疆", "新",
          ["Sinkiang", "Xinjiang Uyghur", "Xinjiang Uygur", "Xinjiang Uighur", "Xinjiang Uyghur Autonomous Region",
           "Xinjiang Uygur Autonomous Region", "Xinjiang Uygur Zizhiqu", "新疆維吾爾自治區"]),
        r("TW", 710000, "Taiwan", "Taiwan", "台湾省", "台湾", "台", ["臺灣", "台灣", "TWN"]),
        r("HK", 810000, "Hong Kong", "Xianggang", "香港特别行政区", "香港", "港",
          ["Hongkong", "HKSAR", "Hong Kong SAR", "Hong Kong Special Administrative Region", "HKG", "香港特別行政區"]),
        r("MO", 820000, "Macao", "Aomen", "澳门特别行政区", "澳门", "澳",
          ["Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region", "MAC", "澳門"]),
    ]

    private static func r(_ code: String, _ adcode: Int, _ name: String, _ pinyin: String, _ zh: String, _ zhShort: String,
                          _ abbr: String, _ aliases: [String]) -> ChinaRegion {
        ChinaRegion(code: code, adcode: adcode, name: name, pinyin: pinyin, zh: zh, zhShort: zhShort, zhAbbreviation: abbr, aliases: aliases)
    }

    /// Every form of every region, reduced to its key.
    static let chinaIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (k, forms) in chinaForms.enumerated() {
            for (key, form) in forms {
                if let other = index[key], other != k {
                    preconditionFailure("region name table: \"\(form)\" is a form of both \(china[other].name) and \(china[k].name)")
                }
                index[key] = k
            }
        }
        return index
    }()

    /// Every form of each region with its key, in table order.
    static let chinaForms: [[(key: String, form: String)]] = china.map { region in
        var seen = Set<String>()
        return region.allForms.compactMap { form in
            let key = normalize(form)
            return !key.isEmpty && seen.insert(key).inserted ? (key, form) : nil
        }
    }

    /// The table entry a name or code stands for, if any.
    public static func chinaRegion(_ text: String) -> ChinaRegion? {
        chinaIndex[normalize(text)].map { china[$0] }
    }

    // MARK: Keys

    private static let administrativeWords: Set<String> = [
        "province", "prov", "municipality", "city", "sar", "sheng", "shi", "china", "prc", "tebiexingzhengqu",
    ]
    private static let ethnicWords: Set<String> = ["zhuang", "zhuangzu", "hui", "huizu", "uyghur", "uygur", "uighur", "weiwuer"]
    private static let cjkSuffixes = ["特别行政区", "特別行政區", "自治区", "自治區", "省", "市"]
    private static let cjkEthnic = ["壮族", "壯族", "回族", "维吾尔", "維吾爾"]
    private static let cjkPrefixes = ["中国", "中國"]

    /// The key a name is matched by: compatibility forms folded (full-width letters and digits),
    /// lower case, punctuation and spaces dropped, administrative suffixes removed ("Hebei
    /// Province", "Inner Mongolia Autonomous Region", "Hong Kong SAR, China", 广西壮族自治区).
    /// Suffixes are removed word by word, so "An Hui" keeps its "hui".
    public static func normalize(_ text: String) -> String {
        var words: [String] = []
        // Plain ASCII and common Chinese characters (most data) need no Unicode folding: words
        // of letters and digits, lower-cased, scalar by scalar.
        if text.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0x3400...0x9FFF).contains($0.value) }) {
            var current = String.UnicodeScalarView()
            for u in text.unicodeScalars {
                switch u.value {
                case 0x61...0x7A, 0x30...0x39, 0x3400...0x9FFF: current.append(u)
                case 0x41...0x5A: current.append(Unicode.Scalar(u.value + 32)!)
                default:
                    if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
                }
            }
            if !current.isEmpty { words.append(String(current)) }
        } else {
            // Full-width letters and other compatibility forms folded first.
            let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            var current = ""
            for ch in folded {
                if ch.isLetter || ch.isNumber {
                    current.append(ch)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { words.append(current) }
        }
        // Trailing administrative words, in any order ("Hong Kong SAR, China").
        while words.count > 1 {
            let n = words.count
            if n >= 4, words[(n - 3)...] == ["special", "administrative", "region"] {
                words.removeLast(3)
            } else if n >= 3, words[(n - 2)...] == ["autonomous", "region"] {
                words.removeLast(2)
                if words.count > 1, ethnicWords.contains(words[words.count - 1]) { words.removeLast() }
            } else if words[n - 1] == "zizhiqu" {
                words.removeLast()
                if words.count > 1, ethnicWords.contains(words[words.count - 1]) { words.removeLast() }
            } else if administrativeWords.contains(words[n - 1]) {
                words.removeLast()
            } else {
                break
            }
        }
        var key = words.joined()
        // Chinese suffixes and a leading 中国.
        var changed = true
        while changed {
            changed = false
            for s in cjkSuffixes where key.hasSuffix(s) && key.count > s.count {
                key.removeLast(s.count)
                changed = true
                if s.contains("自治") {
                    for e in cjkEthnic where key.hasSuffix(e) && key.count > e.count { key.removeLast(e.count) }
                }
            }
            for pre in cjkPrefixes where key.hasPrefix(pre) && key.count > pre.count {
                key.removeFirst(pre.count)
                changed = true
            }
        }
        return key
    }
}

/// The features of one map indexed by every name they can be matched by.
struct RegionIndex: Sendable {
    enum Match: Equatable {
        case feature(Int)
        case none
        /// The name stands for several features.
        case ambiguous([Int])
    }

    let map: GeoMap
    /// The property matched when the spec chose one (`"key": "adcode"`); nil matches every name.
    let key: String?
    private var index: [String: [Int]] = [:]
    /// For each feature, the table entry it was recognised as (bundled China map or one like it).
    private(set) var regions: [ChinaRegion?]
    /// Names shown in messages and suggestions, per feature.
    private(set) var displayNames: [String]
    /// Keys (with the form they came from) to search for suggestions, per feature.
    private var suggestionForms: [[(key: String, form: String)]]

    init(map: GeoMap, key: String?) {
        self.map = map
        self.key = key
        regions = Array(repeating: nil, count: map.features.count)
        displayNames = []
        suggestionForms = Array(repeating: [], count: map.features.count)
        var keysOf: [[String]] = Array(repeating: [], count: map.features.count)

        for (k, f) in map.features.enumerated() {
            var raw: [String] = []
            if let key {
                if let t = f.text(key) { raw.append(t) }
            } else {
                if let id = f.id?.text { raw.append(id) }
                for (_, v) in f.properties {
                    if case .string(let s) = v { raw.append(s) } else if case .number(let n) = v, n == n.rounded(), abs(n) < 1e12 { raw.append(Format.plain(n)) }
                }
            }
            var seen = Set<String>()
            var forms: [(key: String, form: String)] = []
            for form in raw {
                let n = RegionNames.normalize(form)
                if !n.isEmpty && seen.insert(n).inserted { forms.append((n, form)) }
            }
            if key == nil {
                // Recognise a Chinese provincial-level division by its code or name.
                var votes: [Int: Int] = [:]
                for (n, _) in forms { if let r = RegionNames.chinaIndex[n] { votes[r, default: 0] += 1 } }
                if let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
                    regions[k] = RegionNames.china[best.key]
                    for (n, form) in RegionNames.chinaForms[best.key] where seen.insert(n).inserted { forms.append((n, form)) }
                }
            }
            keysOf[k] = forms.map(\.key)
            suggestionForms[k] = forms
            let display = regions[k]?.name ?? f.text("name") ?? key.flatMap { f.text($0) } ?? f.id?.text ?? raw.first ?? "feature \(k + 1)"
            displayNames.append(display)
        }
        for (k, keys) in keysOf.enumerated() {
            for key in keys { index[key, default: []].append(k) }
        }
    }

    func match(_ text: String) -> Match {
        let key = RegionNames.normalize(text)
        guard let hits = index[key], !hits.isEmpty else { return .none }
        return hits.count == 1 ? .feature(hits[0]) : .ambiguous(hits)
    }

    /// Up to `limit` feature names closest to `text`, nearest first, and whether the nearest is
    /// close enough to be a typo.
    func suggestions(for text: String, limit: Int = 3) -> (names: [String], typo: String?) {
        let key = RegionNames.normalize(text)
        guard !key.isEmpty else { return ([], nil) }
        var scored: [(distance: Double, feature: Int)] = []
        for (k, forms) in suggestionForms.enumerated() {
            var best = Double.infinity
            for (formKey, _) in forms {
                let d = Double(Suggest.editDistance(key, formKey)) / Double(max(1, max(key.count, formKey.count)))
                best = min(best, d)
            }
            if best.isFinite { scored.append((best, k)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.feature < $1.feature }
        let names = scored.prefix(limit).map { displayNames[$0.feature] }
        var typo: String?
        if let first = scored.first {
            // About one edit in three characters, as for spec keys.
            let forms = suggestionForms[first.feature]
            let closest = forms.min { Suggest.editDistance(key, $0.key) < Suggest.editDistance(key, $1.key) }
            if let closest {
                let d = Suggest.editDistance(key, closest.key)
                if d <= max(1, min(key.count, closest.key.count) / 3) { typo = displayNames[first.feature] }
            }
        }
        return (names, typo)
    }
}
