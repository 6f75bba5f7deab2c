import Testing
@testable import ChartKit

/// The stack transform against piles worked by hand (Vega's stack: zero, center, normalize).
@Suite("Stack transform")
struct StackTransformTests {
    static let answers = #"[{"q": "Q1", "t": "b", "v": 2}, {"q": "Q1", "t": "a", "v": 3}, {"q": "Q2", "t": "a", "v": -1}, {"q": "Q1", "t": "c", "v": 5}, {"q": "Q2", "t": "b", "v": 4}, {"q": "Q2", "t": "c", "v": null}]"#

    func stacked(_ options: String, _ names: (String, String) = ("v_start", "v_end")) throws -> ([String?], [String?]) {
        let t = try TransformTests.table(Self.answers, #"[{"stack": "v", "groupby": ["q"]\#(options)}]"#, x: "q")
        return (TransformTests.column(t, names.0), TransformTests.column(t, names.1))
    }

    @Test("zero: rows keep their order; positives pile up from 0 and negatives down; missing counts as 0")
    func zero() throws {
        let (s, e) = try stacked("")
        #expect(s == ["0", "2", "0", "5", "0", "4"])
        #expect(e == ["2", "5", "-1", "10", "4", "4"])
    }

    @Test("sort orders the pile; as names the columns (one name: start and name_end)")
    func sorted() throws {
        let (s, e) = try stacked(#", "sort": [{"field": "t", "order": "descending"}], "as": ["lo", "hi"]"#, ("lo", "hi"))
        // Q1 piles c (5), b (2), a (3): b from 5 to 7, a from 7 to 10. Q2: c (missing, 0), b
        // up from 0 to 4, a down from 0 to −1.
        #expect(s == ["5", "7", "0", "0", "0", "0"])
        #expect(e == ["7", "10", "-1", "5", "4", "0"])
        let one = try stacked(#", "as": "p""#, ("p", "p_end"))
        #expect(one.1 == ["2", "5", "-1", "10", "4", "4"])
    }

    @Test("center: each pile centred on half the largest total (|values|); normalize: shares of the group's |total|")
    func offsets() throws {
        // Totals 10 and 5 (|−1| + 4 + 0): Q2 starts at (10 − 5) / 2 = 2.5.
        let (s, e) = try stacked(#", "offset": "center""#)
        #expect(s == ["0", "2", "2.5", "5", "3.5", "7.5"])
        #expect(e == ["2", "5", "3.5", "10", "7.5", "7.5"])
        let n = try stacked(#", "offset": "normalize""#)
        #expect(n.0 == ["0", "0.2", "0", "0.5", "0.2", "1"])
        #expect(n.1 == ["0.2", "0.5", "0.2", "1", "1", "1"])
    }

    @Test("stack needs groupby; a bad offset is named")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"stack": "v"}], "mark": "bar", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0]" && $0.message.contains("groupby") })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"stack": "v", "groupby": [], "offset": "wiggle"}], "mark": "bar", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].offset" })
    }
}
