import Foundation
import Testing
@testable import ChartKit

/// A quantitative colour field on points: each point takes its value's colour on the colour
/// scale, and the chart draws the scale's gradient legend.
@Suite("Quantitative colour on symbols")
struct ValueColorSceneTests {
    let engine = ChartEngine()

    static func spec(_ mark: String, condition: String = "") -> String {
        #"""
        {"data": {"values": [{"x": 1, "y": 1, "v": 0}, {"x": 2, "y": 2, "v": 10}, {"x": 3, "y": 3, "v": 5}]},
         "mark": {"type": "\#(mark)", "filled": true}, "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                    "color": {"field": "v", "type": "quantitative", "scale": {"scheme": "viridis", "nice": false}\#(condition)}}}
        """#
    }

    @Test("each point is painted by its value; the legend is a gradient")
    func painted() throws {
        let scene = try TestSupport.compile(Self.spec("point"), engine: engine).scene
        var fills: [Double: String] = [:]
        for case .circle(let c, _, let fill?, _, .point) in scene.leaves { fills[c.x] = fill.description }
        let ordered = fills.sorted { $0.key < $1.key }.map(\.value)
        #expect(ordered.first == "#440154" && ordered.count == 3 && ordered[1] == "#fde725", "\(ordered)")
        #expect(scene.leaves.contains { if case .gradient(_, _, .legendGradient) = $0 { return true } else { return false } })
    }

    @Test("lines still need categories on colour; a corner legend for numbers is refused by name")
    func refused() {
        #expect(TestSupport.resolveErrors(Self.spec("line")).contains { $0.path == "encoding.color" && $0.message.contains("categories") })
        let corner = Self.spec("point").replacingOccurrences(of: #""nice": false}"#, with: #""nice": false}, "legend": {"orient": "top-left"}"#)
        #expect(TestSupport.resolveErrors(corner).contains { $0.path == "encoding.color.legend.orient" })
    }
}

/// A quantitative colour field on bars (Vega-Lite's layer_bar_fruit): each bar takes its value's
/// colour, nothing is stacked or grouped, and the chart draws the gradient legend.
@Suite("Quantitative colour on bars")
struct BarValueColorSceneTests {
    let engine = ChartEngine()

    static func spec(x: String, y: String) -> String {
        #"""
        {"data": {"values": [{"k": "a", "v": 0}, {"k": "b", "v": 10}, {"k": "c", "v": 5}]},
         "mark": "bar", "encoding": {"x": \#(x), "y": \#(y),
                    "color": {"field": "v", "type": "quantitative", "scale": {"scheme": "viridis", "nice": false}}}}
        """#
    }
    static let category = #"{"field": "k", "type": "nominal"}"#
    static let value = #"{"field": "v", "type": "quantitative"}"#

    func barFills(_ scene: Scene) -> [String: String] {
        var fills: [String: String] = [:]
        for case .rect(_, let fill?, _, .bar(let category, _, _)) in scene.leaves { fills[category] = fill.description }
        return fills
    }

    @Test("vertical and horizontal bars are painted by their values, with a gradient legend")
    func painted() throws {
        for spec in [Self.spec(x: Self.category, y: Self.value), Self.spec(x: Self.value, y: Self.category)] {
            let scene = try TestSupport.compile(spec, engine: engine).scene
            let fills = barFills(scene)
            #expect(fills["a"] == "#440154" && fills["b"] == "#fde725" && fills.count == 3, "\(fills)")
            #expect(scene.leaves.contains { if case .gradient(_, _, .legendGradient) = $0 { return true } else { return false } })
        }
    }

    @Test("a hidden legend is not drawn; text layers beside the bars keep their colours")
    func hiddenLegend() throws {
        let spec = Self.spec(x: Self.value, y: Self.category).replacingOccurrences(of: #""nice": false}"#, with: #""nice": false}, "legend": null"#)
        let scene = try TestSupport.compile(spec, engine: engine).scene
        #expect(barFills(scene).count == 3)
        #expect(!scene.leaves.contains { if case .gradient(_, _, .legendGradient) = $0 { return true } else { return false } })
    }
}
