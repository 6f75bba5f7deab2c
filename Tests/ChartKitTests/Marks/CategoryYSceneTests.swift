import Testing
@testable import ChartKit

/// Lines and symbols on categories of y (Vega-Lite's point scale): one position per category,
/// the first at the top, half a step free at both ends, labelled with the categories, no grid.
@Suite("Categories on y")
struct CategoryYSceneTests {
    static let data = #""data": {"values": [{"b": 1, "r": "PASSED"}, {"b": 2, "r": "FAILED"}, {"b": 3, "r": "SKIPPED"}, {"b": 4, "r": "PASSED"}]}"#

    @Test("a bump chart: each point at its category's place, ascending from the top, evenly spaced with half a step at the ends")
    func bump() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "mark": {"type": "line", "point": true}, "encoding": {"x": {"field": "b", "type": "quantitative"}, "y": {"field": "r", "type": "nominal"}}}"#)
        let points = c.scene.leaves.compactMap { n -> Point? in if case .circle(let p, _, _, _, .point) = n { return p }; return nil }.sorted { $0.x < $1.x }
        #expect(points.count == 4)
        let labels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }.sorted { $0.run.bounds.midY < $1.run.bounds.midY }
        #expect(labels.map(\.run.text) == ["FAILED", "PASSED", "SKIPPED"])
        let at = Dictionary(uniqueKeysWithValues: labels.map { ($0.run.text, $0.run.bounds.midY) })
        #expect(abs(points[0].y - at["PASSED"]!) < 0.5 && abs(points[1].y - at["FAILED"]!) < 0.5 && abs(points[2].y - at["SKIPPED"]!) < 0.5)
        let step = at["PASSED"]! - at["FAILED"]!
        #expect(abs(at["SKIPPED"]! - at["PASSED"]! - step) < 0.5)
        #expect(!c.scene.leaves.contains { if case .path(_, _, _, .gridline) = $0 { return true }; return false } ||
                c.scene.leaves.allSatisfy { if case .path(let cmds, _, _, .gridline) = $0, case .move(let a)? = cmds.first, case .line(let b)? = cmds.last { return a.x == b.x }; return true })
    }

    @Test("\"sort\": \"descending\" puts the greatest category at the top; bars and areas still need a value on y")
    func sortAndLimits() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "mark": "circle", "encoding": {"x": {"field": "b", "type": "ordinal"}, "y": {"field": "r", "type": "nominal", "sort": "descending"}}}"#)
        let labels = c.scene.texts.filter { $0.role == .axisLabel && $0.run.hAnchor == .end }.sorted { $0.run.bounds.midY < $1.run.bounds.midY }
        #expect(labels.map(\.run.text) == ["SKIPPED", "PASSED", "FAILED"])
        let e = TestSupport.resolveErrors(#"{\#(Self.data), "mark": "area", "encoding": {"x": {"field": "b", "type": "quantitative"}, "y": {"field": "r", "type": "nominal"}}}"#)
        #expect(e.contains { $0.path == "encoding.y" && $0.message.contains("must be quantitative for a area layer") })
    }
}
