import Testing
@testable import ChartKit

/// Rows with no position: symbols on continuous axes leave them out as Vega-Lite does (its
/// default `"invalid": "filter"`; lines and areas break there), counted in a warning; a missing
/// category is the category "null".
@Suite("Rows without a position")
struct InvalidPositionTests {
    static let rows = #"[{"hp": 130, "mpg": 18}, {"hp": null, "mpg": 25}, {"hp": 95, "mpg": null}, {"hp": 88, "mpg": 27}]"#

    @Test("a scatter draws the rows that have both positions and counts the others in a warning")
    func scatterLeavesThemOut() throws {
        let c = try TestSupport.compile(#"{"data": {"values": \#(Self.rows)}, "mark": "point", "encoding": {"x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"}}}"#)
        #expect(c.scene.leaves.filter { if case .circle = $0 { return true }; return false }.count == 2)
        #expect(c.warnings == [#"mark: 2 of 4 rows have no value in "hp" (x) or "mpg" (y) and are left out, as Vega-Lite leaves them out"#])
    }

    @Test("a line or area with no x in a row leaves the row out, as Vega-Lite breaks the path there (at its end, in x order)")
    func lineLeavesItOut() throws {
        let c = try TestSupport.compile(#"{"data": {"values": \#(Self.rows)}, "mark": "line", "encoding": {"x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"}}}"#)
        #expect(c.warnings == [#"mark: 1 of 4 rows have no value in "hp" (x) or "mpg" (y) and are left out, as Vega-Lite leaves them out"#])
    }

    @Test("a missing category is the category \"null\", first in ascending order (Vega sorts null first)")
    func nullCategory() throws {
        let data = #"[{"g": "b", "v": 1}, {"g": null, "v": 2}, {"g": "a", "v": 3}]"#
        let c = try TestSupport.compile(#"{"data": {"values": \#(data)}, "mark": "bar", "encoding": {"y": {"field": "g", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}}}"#)
        #expect(c.scene.bars.count == 3)
        let labels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }.sorted { $0.run.bounds.midY < $1.run.bounds.midY }.map(\.run.text)
        #expect(labels == ["null", "a", "b"])
        let down = try TestSupport.compile(#"{"data": {"values": \#(data)}, "mark": "bar", "encoding": {"y": {"field": "g", "type": "nominal", "sort": "descending"}, "x": {"field": "v", "type": "quantitative"}}}"#)
        let downLabels = down.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }.sorted { $0.run.bounds.midY < $1.run.bounds.midY }.map(\.run.text)
        #expect(downLabels == ["b", "a", "null"])
    }

    @Test("circles on binned x and y sit at the centres of their bins, and the axes span the bins")
    func binnedCircles() throws {
        let data = #"[{"a": 1.2, "b": 12}, {"a": 1.7, "b": 14}, {"a": 7.5, "b": 95}]"#
        let c = try TestSupport.compile(#"{"data": {"values": \#(data)}, "mark": "circle", "encoding": {"x": {"field": "a", "bin": {"step": 1}}, "y": {"field": "b", "bin": {"step": 10}}, "size": {"aggregate": "count"}}}"#)
        let centres = c.scene.leaves.compactMap { n -> Point? in if case .circle(let p, _, _, _, .point) = n { return p }; return nil }
        #expect(centres.count == 2)
        // Each circle halfway between the ticks of its bin's ends: (1.5, 15) and (7.5, 95).
        let yLabels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }
        let xLabels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.vAnchor == .top }
        func y(_ t: String) throws -> Double { try #require(yLabels.first { $0.run.text == t }).run.bounds.midY }
        func x(_ t: String) throws -> Double { try #require(xLabels.first { $0.run.text == t }).run.bounds.midX }
        let low = try #require(centres.min { $0.x < $1.x }), high = try #require(centres.max { $0.x < $1.x })
        #expect(abs(low.y - (try y("10") + y("20")) / 2) < 0.5)
        #expect(abs(high.y - (try y("90") + y("100")) / 2) < 0.5)
        #expect(abs(low.x - (try x("1") + x("2")) / 2) < 0.5)
        #expect(abs(high.x - (try x("7") + x("8")) / 2) < 0.5)
    }
}
