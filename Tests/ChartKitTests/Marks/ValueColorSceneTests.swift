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
