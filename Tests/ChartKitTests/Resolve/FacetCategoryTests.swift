import Testing
@testable import ChartKit

/// Small multiples share a discrete x as Vega-Lite does: each panel lays out every category of
/// the whole data, so a category stands at the same place in every panel.
@Suite("Small multiples share their categories")
struct FacetCategoryTests {
    static let spec = #"""
    {"data": {"values": [{"g": "A", "k": "a", "v": 1}, {"g": "A", "k": "b", "v": 2}, {"g": "A", "k": "c", "v": 3},
                         {"g": "B", "k": "c", "v": 4}]},
     "mark": "point", "encoding": {"row": {"field": "g"}, "x": {"field": "k", "type": "nominal"RESOLVE},
                                   "y": {"field": "v", "type": "quantitative"}}}
    """#

    func categories(_ text: String) throws -> [[String]] {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: text, file: "test.json"))
        return try chart.panels.map { try #require(CartesianModel.build($0, log: DiagnosticLog())).categories }
    }

    @Test("a panel lacking categories still places them, in the whole data's order")
    func shared() throws {
        #expect(try categories(Self.spec.replacingOccurrences(of: "RESOLVE", with: "")) == [["a", "b", "c"], ["a", "b", "c"]])
    }

    @Test("a written domain orders the axis, present or not")
    func writtenDomain() throws {
        let text = Self.spec.replacingOccurrences(of: "RESOLVE", with: #", "scale": {"domain": ["c", "z", "a"]}"#)
        #expect(try categories(text) == [["c", "z", "a", "b"], ["c", "z", "a"]])
    }
}
