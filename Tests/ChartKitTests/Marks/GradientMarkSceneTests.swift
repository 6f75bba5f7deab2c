import Foundation
import Testing
@testable import ChartKit

/// Vega's linear gradient as an area's colour: from (x1, y1) to (x2, y2) in fractions of the
/// area's bounding box, through its stops.
@Suite("Gradient colours")
struct GradientMarkSceneTests {
    let engine = ChartEngine()

    static func spec(_ mark: String, _ color: String) -> String {
        #"""
        {"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 4}, {"x": 3, "y": 1}]},
         "mark": {"type": "\#(mark)", "opacity": 1, "color": \#(color)},
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}
        """#
    }

    @Test("a bottom-to-top gradient spans the area's box")
    func area() throws {
        let g = ##"{"gradient": "linear", "x1": 1, "y1": 1, "x2": 1, "y2": 0, "stops": [{"offset": 0, "color": "white"}, {"offset": 1, "color": "#006400"}]}"##
        let scene = try TestSupport.compile(Self.spec("area", g), engine: engine).scene
        let found = scene.leaves.compactMap { n -> ([PathCommand], LinearGradient)? in
            if case .gradientPath(let c, let g, _, .area) = n { return (c, g) } else { return nil }
        }
        let (cmds, gradient) = try #require(found.first)
        let ys = cmds.compactMap(\.end).map(\.y), xs = cmds.compactMap(\.end).map(\.x)
        #expect(abs(gradient.start.y - ys.max()!) < 1e-9 && abs(gradient.end.y - ys.min()!) < 1e-9)
        #expect(abs(gradient.start.x - xs.max()!) < 1e-9 && gradient.start.x == gradient.end.x)
        #expect(gradient.stops.map(\.color.description) == ["#ffffff", "#006400"])
    }

    @Test("a gradient elsewhere, or a radial one, is an error naming it")
    func refused() {
        let g = ##"{"gradient": "linear", "stops": [{"offset": 0, "color": "white"}]}"##
        #expect(TestSupport.decodeErrors(Self.spec("bar", g)).contains { $0.path == "mark.color" })
        let radial = ##"{"gradient": "radial", "stops": [{"offset": 0, "color": "white"}]}"##
        #expect(TestSupport.decodeErrors(Self.spec("area", radial)).contains { $0.path == "mark.color.gradient" })
    }
}
