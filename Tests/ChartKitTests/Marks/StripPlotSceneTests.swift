import Testing
@testable import ChartKit

/// A tick layer with x and no y: Vega-Lite's one-dimensional strip, 20 px high, each tick
/// upright across three quarters of it, centred; no y axis.
@Suite("Strip plots")
struct StripPlotSceneTests {
    @Test("ticks stand upright, centred in a 20 px plot, three quarters of its height long")
    func strip() throws {
        let c = try TestSupport.compile(#"{"data": {"values": [{"p": 1}, {"p": 5}, {"p": 9}]}, "mark": "tick", "encoding": {"x": {"field": "p", "type": "quantitative"}}}"#)
        let plot = try #require(c.scene.plotArea)
        #expect(abs(plot.height - 20) < 0.5)
        var ticks: [(Point, Point)] = []
        for n in c.scene.leaves { if case .path(let cmds, _, _, .point) = n, case .move(let a) = cmds[0], case .line(let b) = cmds[1] { ticks.append((a, b)) } }
        #expect(ticks.count == 3)
        for (a, b) in ticks {
            #expect(a.x == b.x)
            #expect(abs(abs(b.y - a.y) - 15) < 0.5)
            #expect(abs((a.y + b.y) / 2 - plot.midY) < 0.5)
        }
        #expect(!c.scene.texts.contains { $0.role == .axisLabel && $0.run.hAnchor == .end })  // no y labels
    }
}
