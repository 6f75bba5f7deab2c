import Foundation
import Testing
@testable import ChartKit

/// Vega's `padding` on a continuous position scale: pixels beyond the data at each end, the
/// domain zoomed about its centre after `zero` and before `nice`.
@Suite("Continuous scale padding")
struct ScalePaddingTests {
    static func bars(_ scale: String) -> String {
        #"""
        {"data": {"values": [{"a": "A", "b": -33}, {"a": "B", "b": 91}]}, "width": 300, "height": 100,
         "mark": "bar", "encoding": {"y": {"field": "a", "type": "nominal"},
                                     "x": {"field": "b", "type": "quantitative", "scale": \#(scale),
                                           "axis": {"tickCount": 8}}}}
        """#
    }

    /// The x axis's tick labels, left to right.
    static func xLabels(_ text: String) throws -> [String] {
        let scene = try TestSupport.compile(text).scene
        return scene.texts.filter { $0.role == .axisLabel && $0.run.angle == 0 && Double($0.run.text.replacingOccurrences(of: "−", with: "-")) != nil }
            .sorted { $0.run.position.x < $1.run.position.x }.map(\.run.text)
    }

    // Vega-Lite's tick count for 300 px (width / 40), so that ticks fall as its picture has them.
    @Test("20 px over 300: [-33, 91] becomes [-42.5, 100.5], niced to [-60, 120] as Vega-Lite draws bar_negative_horizontal_label")
    func linear() throws {
        let padded = try Self.xLabels(Self.bars(#"{"padding": 20}"#))
        #expect(padded.first == "−60" && padded.last == "120")
        let plain = try Self.xLabels(Self.bars("{}"))
        #expect(plain.first == "−40" && plain.last == "100")
    }

    @Test("the zoom is taken in the scale's own space (log: by a factor at each end)")
    func transformed() {
        var scale = ScaleSpec()
        scale.padding = Located(30, at: SourceLocation(file: "t", line: 1, column: 1), path: "x.scale.padding")
        let d = ScalePadding.padded((10, 1000), scale, length: 360, transform: .log(base: 10))
        // log10 span 2 over 300 px of 360: 2.4, centred on 2 → [0.8, 3.2].
        #expect(abs(log10(d.0) - 0.8) < 1e-9 && abs(log10(d.1) - 3.2) < 1e-9)
    }

    @Test("padding on a band, and paddingInner, are errors naming them")
    func refused() {
        let band = TestSupport.resolveErrors(#"""
            {"data": {"values": [{"a": "A", "b": 1}]}, "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal", "scale": {"padding": 0.2}}, "y": {"field": "b", "type": "quantitative"}}}
            """#)
        #expect(band.contains { $0.path == "encoding.x.scale.padding" })
        let inner = TestSupport.decodeErrors(#"""
            {"data": {"values": [{"a": "A", "b": 1}]}, "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal", "scale": {"paddingInner": 0.2}}, "y": {"field": "b", "type": "quantitative"}}}
            """#)
        #expect(inner.contains { $0.path == "encoding.x.scale.paddingInner" })
    }
}
