import Foundation
import Testing
@testable import ChartKit

/// Vega's corner orients put a legend inside the plot, `offset` (18 by default) from that
/// corner; `offset` on a legend outside sets its gap from the plot.
@Suite("Legends inside the plot")
struct InsideLegendSceneTests {
    let engine = ChartEngine()

    static func lines(_ legend: String) -> String {
        #"""
        {"data": {"values": [{"t": 1, "v": 1, "k": "a"}, {"t": 2, "v": 4, "k": "a"}, {"t": 1, "v": 2, "k": "b"}, {"t": 2, "v": 3, "k": "b"}]},
         "mark": "line", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                                      "color": {"field": "k", "type": "nominal", "title": "Kind", "legend": \#(legend)}}}
        """#
    }

    /// The box of the legend's title, swatches and labels.
    static func legendBox(_ scene: Scene) -> Rect? {
        var box: Rect?
        for n in scene.leaves {
            let r: Rect
            switch n {
            case .text(let t, .legendTitle), .text(let t, .legendLabel):
                r = t.bounds
            case .path(let cmds, _, _, .legendSwatch):
                let ends = cmds.compactMap(\.end)
                r = Rect(x: ends.map(\.x).min()!, y: ends.map(\.y).min()!, width: ends.map(\.x).max()! - ends.map(\.x).min()!, height: 0)
            default: continue
            }
            box = box.map { $0.union(r) } ?? r
        }
        return box
    }

    @Test("bottom-right and top-left stand inside the plot, offset from the corner; the plot keeps its room")
    func corners() throws {
        let outside = try TestSupport.compile(Self.lines(#"{"orient": "right"}"#), engine: engine).scene
        let scene = try TestSupport.compile(Self.lines(#"{"orient": "bottom-right"}"#), engine: engine).scene
        let plot = try #require(scene.plotArea), box = try #require(Self.legendBox(scene))
        let outsidePlot = try #require(outside.plotArea)
        #expect(plot.width > outsidePlot.width)
        #expect(abs(plot.maxX - 18 - box.maxX) < 1e-6)
        #expect(abs(plot.maxY - 18 - box.maxY) < 1.5)
        let topLeft = try TestSupport.compile(Self.lines(#"{"orient": "top-left", "offset": 5}"#), engine: engine).scene
        let tlPlot = try #require(topLeft.plotArea), tl = try #require(Self.legendBox(topLeft))
        #expect(abs(tl.minX - (tlPlot.minX + 5)) < 1e-6 && abs(tl.minY - (tlPlot.minY + 5)) < 1e-6)
    }

    @Test("offset on a legend on the right is its gap from the plot")
    func offsetOutside() throws {
        let near = try TestSupport.compile(Self.lines(#"{"orient": "right", "offset": 0}"#), engine: engine).scene
        let far = try TestSupport.compile(Self.lines(#"{"orient": "right", "offset": 60}"#), engine: engine).scene
        let a = try #require(near.plotArea), b = try #require(far.plotArea)
        #expect(abs(a.width - b.width - 60) < 1e-6)
    }

    @Test("a corner legend where it is not drawn is an error naming it")
    func refused() {
        let heatmap = #"""
        {"data": {"values": [{"a": "x", "b": "y", "v": 1}]}, "mark": "rect",
         "encoding": {"x": {"field": "a"}, "y": {"field": "b"}, "color": {"field": "v", "type": "quantitative", "legend": {"orient": "top-left"}}}}
        """#
        #expect(TestSupport.resolveErrors(heatmap).contains { $0.path == "encoding.color.legend.orient" })
        let bad = TestSupport.resolveErrors(Self.lines(#"{"orient": "left"}"#))
        #expect(bad.contains { $0.path == "encoding.color.legend.orient" && $0.message.contains("bottom-right") })
    }
}
