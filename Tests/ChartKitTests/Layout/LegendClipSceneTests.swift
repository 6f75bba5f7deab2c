import Foundation
import Testing
@testable import ChartKit

/// Vega's legend `clipHeight`: each entry is that many pixels high and a symbol taller than
/// that is cut to it (circle_natural_disasters keeps its huge circles within 30 px rows).
@Suite("Legend clipHeight")
struct LegendClipSceneTests {
    let engine = ChartEngine()

    static func bubbles(_ legend: String) -> String {
        #"""
        {"data": {"values": [{"x": 1, "y": 1, "s": 10}, {"x": 2, "y": 2, "s": 3000}, {"x": 3, "y": 3, "s": 6000}]},
         "mark": "circle", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                                        "size": {"field": "s", "type": "quantitative", "scale": {"rangeMax": 5000}, "legend": \#(legend)}}}
        """#
    }

    /// The clip rectangles of groups holding legend swatches.
    static func swatchClips(_ scene: Scene) -> [Rect] {
        var clips: [Rect] = []
        func walk(_ nodes: [SceneNode]) {
            for n in nodes {
                guard case .group(let children, let clip) = n else { continue }
                let swatch = children.contains(where: isSwatch)
                if swatch, let clip { clips.append(clip) }
                walk(children)
            }
        }
        walk(scene.nodes)
        return clips
    }

    static func isSwatch(_ n: SceneNode) -> Bool {
        switch n {
        case .circle(_, _, _, _, .legendSwatch), .path(_, _, _, .legendSwatch), .rect(_, _, _, .legendSwatch): return true
        default: return false
        }
    }

    /// The legend labels' vertical centres, top to bottom or left to right.
    static func labelCentres(_ scene: Scene) -> [Double] {
        scene.leaves.compactMap { n -> Double? in
            if case .text(let t, .legendLabel) = n { return t.bounds.midY }
            return nil
        }
    }

    @Test("symbols taller than clipHeight are cut to it; smaller ones are drawn whole")
    func clipped() throws {
        let scene = try TestSupport.compile(Self.bubbles(#"{"clipHeight": 30, "orient": "right"}"#), engine: engine).scene
        let clips = Self.swatchClips(scene)
        #expect(!clips.isEmpty)
        #expect(clips.allSatisfy { abs($0.height - 30) < 1e-9 })
        let plain = try TestSupport.compile(Self.bubbles(#"{"orient": "right"}"#), engine: engine).scene
        #expect(Self.swatchClips(plain).isEmpty)
    }

    @Test("each entry of a column is clipHeight high")
    func rowHeight() throws {
        let scene = try TestSupport.compile(Self.bubbles(#"{"clipHeight": 30, "orient": "right"}"#), engine: engine).scene
        let ys = Self.labelCentres(scene)
        #expect(ys.count >= 3)
        // Entries follow each other at the entry height and the 5 px gap between them.
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(abs(b - a - 35) < 1e-6) }
    }

    @Test("the one legend of small multiples takes its entries' clipHeight")
    func facetLegend() throws {
        func spec(_ legend: String) -> String {
            #"""
            {"data": {"values": [{"x": 1, "y": 1, "c": "a", "g": "p"}, {"x": 2, "y": 2, "c": "b", "g": "q"}, {"x": 3, "y": 3, "c": "c", "g": "q"}]},
             "facet": {"column": {"field": "g"}},
             "spec": {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                                                    "color": {"field": "c", "type": "nominal", "legend": \#(legend)}}}}
            """#
        }
        let ys = Self.labelCentres(try TestSupport.compile(spec(#"{"clipHeight": 30, "orient": "right"}"#), engine: engine).scene)
        #expect(ys.count == 3)
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(abs(b - a - 35) < 1e-6) }
        let plain = Self.labelCentres(try TestSupport.compile(spec(#"{"orient": "right"}"#), engine: engine).scene)
        #expect(zip(plain, plain.dropFirst()).allSatisfy { abs($1 - $0 - 35) > 1 })
    }

    @Test("a heatmap's legend refuses clipHeight by its path")
    func heatmapRefuses() {
        let errors = TestSupport.resolveErrors(#"""
            {"data": {"values": [{"x": "a", "y": "b", "c": "u"}]}, "mark": "rect",
             "encoding": {"x": {"field": "x", "type": "nominal"}, "y": {"field": "y", "type": "nominal"},
                          "color": {"field": "c", "type": "nominal", "legend": {"clipHeight": 30}}}}
            """#)
        #expect(errors.contains { $0.path == "encoding.color.legend.clipHeight" })
    }
}
