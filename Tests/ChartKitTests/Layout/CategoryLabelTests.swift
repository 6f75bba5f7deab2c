import Testing
@testable import ChartKit

/// Long band labels wrap at spaces before they turn, and turn before they thin; thinning says so.
@Suite("Category labels")
struct CategoryLabelTests {
    let engine = ChartEngine()

    func compile(_ labels: [String], type: String, width: Int) throws -> CompiledChart {
        let rows = labels.enumerated().map { #"{"c": "\#($1)", "v": \#($0 + 10)}"# }.joined(separator: ",")
        return try TestSupport.compile(#"""
        {"data": {"values": [\#(rows)]}, "width": \#(width), "height": 400, "autosize": "fit", "mark": "bar",
         "encoding": {"x": {"field": "c", "type": "\#(type)", "sort": null}, "y": {"field": "v", "type": "quantitative"}}}
        """#, engine: engine)
    }

    @Test("ordinal periods with spaces wrap under their bars, every one shown, no warning")
    func inventoryPeriodsWrap() throws {
        let periods = (1...9).map { "\($0)th NFI \(1970 + $0 * 5)–\(1974 + $0 * 5)" }
        let c = try compile(periods, type: "ordinal", width: 800)
        let labels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.text.contains("NFI") }
        #expect(labels.count == 9)
        #expect(labels.allSatisfy { $0.run.angle == 0 && $0.run.wrapWidth != nil })
        #expect(c.warnings.isEmpty, "\(c.warnings)")
    }

    @Test("one-word years still thin upright; names that cannot fit even turned thin with a warning")
    func thinning() throws {
        let years = try compile((2000...2030).map(String.init), type: "ordinal", width: 300)
        let shown = years.scene.texts.filter { $0.role == .axisLabel && $0.run.text.count == 4 }
        #expect(shown.count < 31 && shown.allSatisfy { $0.run.angle == 0 })
        #expect(years.warnings.contains { $0.hasPrefix("encoding.x: only \(shown.count) of 31 category labels are shown") })
        let names = try compile((0..<120).map { "Region \($0)" }, type: "nominal", width: 400)
        #expect(names.warnings.contains { $0.contains("of 120 category labels are shown") })
    }
}
