import Testing
@testable import ChartKit

/// Categories ascend as Vega sorts them: numbers as numbers, other text by UTF-16 code units
/// (JavaScript's string order), so panels, bands and legends come in Vega-Lite's order.
@Suite("Category order")
struct CategoryOrderTests {
    @Test("income groups in Vega-Lite's order (geo_trellis), years as numbers, capitals before small letters")
    func order() {
        let groups = ["<10000", "10000 to 14999", "100000 to 149999", "15000 to 24999", "200000+"]
        #expect(groups.shuffled().sorted(by: CategoryOrder.ascending) == ["10000 to 14999", "100000 to 149999", "15000 to 24999", "200000+", "<10000"])
        #expect(["2030", "2025", "999"].sorted(by: CategoryOrder.ascending) == ["999", "2025", "2030"])
        #expect(["anhui", "Zhejiang", "Beijing"].sorted(by: CategoryOrder.ascending) == ["Beijing", "Zhejiang", "anhui"])
    }

    @Test("facet panels follow it")
    func panels() throws {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"g": "<10000", "v": 1}, {"g": "10000 to 14999", "v": 2}, {"g": "100000 to 149999", "v": 3}]},
         "facet": {"field": "g", "type": "nominal"}, "spec": {"mark": "bar", "encoding": {"x": {"field": "g"}, "y": {"field": "v", "type": "quantitative"}}}}
        """#, file: "t.json", baseDirectory: "."))
        #expect(chart.panels.map(\.spec.title) == ["10000 to 14999", "100000 to 149999", "<10000"])
    }
}
