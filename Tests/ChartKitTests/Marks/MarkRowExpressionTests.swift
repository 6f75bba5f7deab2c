import Testing
@testable import ChartKit

/// Mark properties as expressions, evaluated per row as Vega does: text above positive values
/// and below negative ones (a waterfall's labels); elsewhere they are named.
@Suite("Mark expressions per row")
struct MarkRowExpressionTests {
    static let data = #""data": {"values": [{"a": "A", "b": 10}, {"a": "B", "b": -10}]}"#

    @Test("dy and baseline from an expression: each word on its side of its point")
    func textSides() throws {
        // With a config for text, whose defaults are merged under the mark's own properties.
        let spec = #"{\#(Self.data), "mark": {"type": "text", "dy": {"expr": "datum.b >= 0 ? -4 : 4"}, "baseline": {"expr": "datum.b >= 0 ? 'bottom' : 'top'"}}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "text": {"field": "b"}}, "config": {"text": {"fontWeight": "bold"}}}"#
        let c = try TestSupport.compile(spec)
        let words = c.scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        let up = try #require(words.first { $0.run.text == "10" }), down = try #require(words.first { $0.run.text == "-10" })
        let plain = try TestSupport.compile(#"{\#(Self.data), "mark": "text", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "text": {"field": "b"}}, "config": {"text": {"fontWeight": "bold"}}}"#)
        let centres = Dictionary(uniqueKeysWithValues: plain.scene.texts.filter { if case .textMark = $0.role { return true }; return false }.map { ($0.run.text, $0.run.bounds.midY) })
        // The bottom of "10" 4 px above its point; the top of "-10" 4 px below its point.
        #expect(abs(up.run.bounds.maxY - (centres["10"]! - 4)) < 0.5)
        #expect(abs(down.run.bounds.minY - (centres["-10"]! + 4)) < 0.5)
    }

    @Test("an expression on a mark that does not evaluate it is named")
    func named() {
        let e = TestSupport.resolveErrors(#"{\#(Self.data), "mark": {"type": "bar", "dy": {"expr": "datum.b"}}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "mark.dy" && $0.message.contains("expression") })
    }
}
