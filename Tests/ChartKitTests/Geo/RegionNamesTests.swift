import Foundation
import Testing
@testable import ChartKit

@Suite("Region names")
struct RegionNamesTests {
    static let map = try! MapLoader.load("china-provinces", baseDirectory: ".", location: nil, path: "map")
    static let index = RegionIndex(map: map, key: nil)

    /// The 34 divisions as the map file names them: (ISO code, adcode, name, DCW name, zh, zh short, kind).
    static var divisions: [(iso: String, adcode: Int, name: String, dcw: String, zh: String, zhShort: String, kind: String)] {
        map.features.map { f in
            (f.text("iso_3166_2")!, Int(f.text("adcode")!)!, f.text("name")!, f.text("name_dcw")!, f.text("name_zh")!,
             f.text("name_zh_short")!, f.text("kind")!)
        }
    }

    /// Every way a report may write a division, as the issue lists them.
    static func forms(_ d: (iso: String, adcode: Int, name: String, dcw: String, zh: String, zhShort: String, kind: String)) -> [String] {
        let region = RegionNames.china.first { "CN-\($0.code)" == d.iso }!
        let suffix: String
        switch d.kind {
        case "province": suffix = "Province"
        case "municipality": suffix = "Municipality"
        case "autonomous region": suffix = "Autonomous Region"
        default: suffix = "Special Administrative Region"
        }
        return [
            d.iso, d.iso.lowercased(), String(d.iso.dropFirst(3)), "CN-\(d.adcode / 10000)",  // codes
            String(d.adcode), "\(d.adcode)",                                                     // adcode as text
            d.name, "\(d.name) \(suffix)", d.name.uppercased(), d.name.replacingOccurrences(of: " ", with: ""),
            "  \(d.name.lowercased())  ", "\(d.name), China",
            d.dcw, region.pinyin, region.pinyin.uppercased(),
            d.zh, d.zhShort, region.zhAbbreviation,
        ] + region.aliases
    }

    @Test("every form of all 34 divisions matches its feature", arguments: RegionNamesTests.divisions.map(\.iso))
    func allForms(iso: String) throws {
        let d = try #require(Self.divisions.first { $0.iso == iso })
        for form in Self.forms(d) {
            switch Self.index.match(form) {
            case .feature(let k): #expect(Self.map.features[k].id?.text == iso, "\"\(form)\" matched \(Self.map.features[k].id?.text ?? "?")")
            case .none: Issue.record("\"\(form)\" matches nothing (expected \(iso))")
            case .ambiguous(let ks): Issue.record("\"\(form)\" is ambiguous: \(ks)")
            }
        }
    }

    @Test("the forms named in the issue, and numbers as numbers")
    func issueForms() throws {
        let expectations: [(String, String)] = [
            ("CN-NM", "CN-NM"), ("150000", "CN-NM"), ("Inner Mongolia", "CN-NM"), ("Inner Mongolia Autonomous Region", "CN-NM"),
            ("Nei Mongol", "CN-NM"), ("Neimenggu", "CN-NM"), ("内蒙古自治区", "CN-NM"), ("内蒙古", "CN-NM"), ("CN-15", "CN-NM"),
            ("NM", "CN-NM"), ("inner mongolia", "CN-NM"), ("InnerMongolia", "CN-NM"), ("INNER  MONGOLIA", "CN-NM"),
            ("Xizang", "CN-XZ"), ("Tibet", "CN-XZ"), ("Xizang Autonomous Region", "CN-XZ"),
            ("Shanxi", "CN-SX"), ("Shaanxi", "CN-SN"), ("An Hui", "CN-AH"), ("Xinjiang Province", "CN-XJ"),
            ("Beijing Municipality", "CN-BJ"), ("Hong Kong SAR, China", "CN-HK"), ("Macau", "CN-MO"), ("澳門", "CN-MO"),
            ("Guangxi Zhuang Autonomous Region", "CN-GX"), ("广西壮族自治区", "CN-GX"), ("新疆维吾尔自治区", "CN-XJ"),
            ("Ｂｅｉｊｉｎｇ", "CN-BJ"),  // full-width letters
        ]
        for (form, iso) in expectations {
            guard case .feature(let k) = Self.index.match(form) else {
                Issue.record("\"\(form)\" did not match")
                continue
            }
            #expect(Self.map.features[k].id?.text == iso, "\(form)")
        }
        // A number cell (inline data) reads as its digits.
        #expect(DataValue.number(150000).categoryText == "150000")
    }

    @Test("the name table has 34 entries with distinct codes and forms")
    func table() {
        #expect(RegionNames.china.count == 34)
        #expect(Set(RegionNames.china.map(\.code)).count == 34)
        #expect(Set(RegionNames.china.map(\.adcode)).count == 34)
        _ = RegionNames.chinaIndex  // traps on a form shared by two regions
    }

    @Test("a name that matches nothing is an error naming it, the row, and the closest names")
    func unknownName() {
        let errors = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"p": "Hebei", "v": 1},
                             {"p": "Inner Mongolai", "v": 2}]},
         "mark": "region", "encoding": {"region": {"field": "p"}, "color": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(errors.count == 1)
        let e = errors.first
        #expect(e?.location?.line == 2)
        #expect(e?.message.contains("row 2: \"Inner Mongolai\" in column \"p\" matches no region of china-provinces") == true)
        #expect(e?.message.contains("(closest: \"Inner Mongolia\"") == true)
        #expect(e?.message.hasSuffix("did you mean \"Inner Mongolia\"?") == true)
        // A name far from every region still lists the closest, without a "did you mean".
        let far = TestSupport.resolveErrors(#"{"data": {"values": [{"p": "Atlantis", "v": 1}]}, "mark": "region", "encoding": {"region": {"field": "p"}}}"#)
        #expect(far.first?.message.contains("closest:") == true)
        #expect(far.first?.message.contains("did you mean") == false)
    }

    @Test("suggestions rank near names first, in any script")
    func suggestions() {
        #expect(Self.index.suggestions(for: "Guandong").typo == "Guangdong")
        #expect(Self.index.suggestions(for: "Sichaun").names.first == "Sichuan")
        #expect(Self.index.suggestions(for: "内蒙").names.first == "Inner Mongolia")
        #expect(Self.index.suggestions(for: "Shenxi").names.prefix(2).contains("Shaanxi"))
    }

    @Test("two rows for one region are an error naming both rows")
    func duplicate() {
        let errors = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"p": "Nei Mongol", "v": 1}, {"p": "Hebei", "v": 2}, {"p": "内蒙古", "v": 3}]},
         "mark": "region", "encoding": {"region": {"field": "p"}, "color": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(errors.count == 1)
        #expect(errors.first?.message == "row 3: \"内蒙古\" is Inner Mongolia, already given in row 1 as \"Nei Mongol\"; each region takes one row")
    }

    @Test("with a key, only that property matches; a wrong key suggests the right one")
    func key() {
        let ok = TestSupport.resolveErrors(#"{"data": {"values": [{"p": 150000}]}, "map": {"source": "china-provinces", "key": "adcode"}, "mark": "region", "encoding": {"region": {"field": "p"}}}"#)
        #expect(ok.isEmpty)
        let byName = TestSupport.resolveErrors(#"{"data": {"values": [{"p": "Hebei"}]}, "map": {"source": "china-provinces", "key": "adcode"}, "mark": "region", "encoding": {"region": {"field": "p"}}}"#)
        #expect(byName.first?.message.contains("matches no region of china-provinces by its \"adcode\"") == true)
        let typo = TestSupport.resolveErrors(#"{"data": {"values": [{"p": 150000}]}, "map": {"source": "china-provinces", "key": "adcod"}, "mark": "region", "encoding": {"region": {"field": "p"}}}"#)
        #expect(typo.first?.path == "map.key")
        #expect(typo.first?.message.contains("did you mean \"adcode\"?") == true)
    }
}
