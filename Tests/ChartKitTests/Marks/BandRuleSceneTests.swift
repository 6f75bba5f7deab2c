import Testing
@testable import ChartKit

/// Rules from x to x2 across categories (a waterfall's connectors): a horizontal segment at y
/// from one band's centre, moved by xOffset, to the other's, moved by x2Offset.
@Suite("Rules between bands")
struct BandRuleSceneTests {
    @Test("each segment joins its bands at its y; a row with no x2 draws none")
    func connectors() throws {
        let spec = #"{"data": {"values": [{"a": "A", "n": "B", "v": 3}, {"a": "B", "n": "C", "v": 5}, {"a": "C", "n": null, "v": 4}]}, "encoding": {"x": {"field": "a", "type": "ordinal"}}, "layer": [{"mark": "bar", "encoding": {"y": {"field": "v", "type": "quantitative"}}}, {"mark": {"type": "rule", "xOffset": -5, "x2Offset": 5}, "encoding": {"x2": {"field": "n"}, "y": {"field": "v", "type": "quantitative"}}}]}"#
        let scene = try TestSupport.compile(spec).scene
        var segments: [(Point, Point)] = []
        for n in scene.leaves { if case .path(let c, _, _, .ruleMark) = n, case .move(let a) = c[0], case .line(let b) = c[1] { segments.append((a, b)) } }
        #expect(segments.count == 2)
        let bars = scene.bars.sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.count == 3)
        for (k, s) in segments.sorted(by: { $0.0.x < $1.0.x }).enumerated() {
            #expect(s.0.y == s.1.y)
            #expect(abs(s.0.y - bars[k].rect.minY) < 0.5)                       // at the bar's value
            #expect(abs(s.0.x - (bars[k].rect.midX - 5)) < 0.5)
            #expect(abs(s.1.x - (bars[k + 1].rect.midX + 5)) < 0.5)
        }
    }
}
