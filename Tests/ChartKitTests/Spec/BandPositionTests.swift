import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `bandPosition`: accepted where it names what is drawn, an error naming it elsewhere.
@Suite("bandPosition")
struct BandPositionTests {
    static let months = (1...12).map { #"{"date": "2020-\#(String(format: "%02d", $0))-15", "v": \#($0)}"# }.joined(separator: ",")

    func monthBars(_ bandPosition: String) throws -> Scene {
        try TestSupport.compile("""
            {"data": {"values": [\(Self.months)]}, "mark": "bar",
             "encoding": {"x": {"timeUnit": "month", "field": "date", "type": "temporal"\(bandPosition)},
                          "y": {"aggregate": "mean", "field": "v", "type": "quantitative"}}}
            """).scene
    }

    @Test("0 on a bar chart's time unit: each bar centred on its month's label, as without it")
    func timeUnitBars() throws {
        let scene = try monthBars(#", "bandPosition": 0"#)
        #expect(scene.bars.count == 12)
        let jan = try #require(scene.texts.first { $0.role == .axisLabel && $0.run.text == "Jan" })
        let bar = try #require(scene.bars.first { $0.value == 1 })
        #expect(abs(jan.run.position.x - bar.rect.midX) < 0.01)
        #expect(scene.bars.map(\.rect) == (try monthBars("")).bars.map(\.rect))
    }

    @Test("0.5 on the categories of points; other values, and other channels, are errors naming the key")
    func refusals() {
        func errors(_ mark: String, _ x: String, extra: String = "") -> [Diagnostic] {
            TestSupport.resolveErrors("""
                {"data": {"values": [{"a": "A", "b": 1, "date": "2020-01-01"}]}, "mark": "\(mark)",
                 "encoding": {"x": \(x), "y": {"field": "b", "type": "quantitative"}\(extra)}}
                """)
        }
        #expect(errors("point", #"{"field": "a", "type": "nominal", "bandPosition": 0.5}"#).isEmpty)
        #expect(errors("point", #"{"field": "a", "type": "nominal", "bandPosition": 0}"#).map(\.path) == ["encoding.x.bandPosition"])
        #expect(errors("bar", #"{"timeUnit": "month", "field": "date", "type": "temporal", "bandPosition": 0.5}"#).map(\.path)
                == ["encoding.x.bandPosition"])
        #expect(errors("point", #"{"field": "a", "type": "nominal"}"#,
                       extra: #", "color": {"field": "a", "type": "nominal", "bandPosition": 0.5}"#).map(\.path) == ["encoding.color.bandPosition"])
    }
}
