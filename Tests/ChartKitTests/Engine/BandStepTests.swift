import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `{"step": n}` width and height: the plot is n pixels per band.
@Suite("Band steps")
struct BandStepTests {
    static let values = (0..<5).map { #"{"a": "c\#($0)", "b": \#($0 + 1)}"# }.joined(separator: ",")

    func compile(_ sizes: String, x: String = #"{"field": "b", "type": "quantitative"}"#,
                 y: String = #"{"field": "a", "type": "nominal"}"#, mark: String = "bar") throws -> CompiledChart {
        try TestSupport.compile("""
            {"data": {"values": [\(Self.values)]}, "mark": "\(mark)", \(sizes)
             "encoding": {"x": \(x), "y": \(y)}}
            """)
    }

    @Test("a height step on horizontal bars: the plot is step × bands high")
    func heightStep() throws {
        let c = try compile(#""height": {"step": 20},"#)
        #expect(abs(try #require(c.scene.plotArea).height - 100) < 0.5)
        #expect(c.warnings.isEmpty)
    }

    @Test("a width step on a line over ordinal x: the plot is step × points wide")
    func widthStep() throws {
        let c = try compile(#""width": {"step": 30},"#, x: #"{"field": "a", "type": "ordinal"}"#,
                            y: #"{"field": "b", "type": "quantitative"}"#, mark: "line")
        #expect(abs(try #require(c.scene.plotArea).width - 150) < 0.5)
    }

    @Test("a step on a continuous axis keeps the style's size with a warning; for offset is an error")
    func refusals() throws {
        let c = try compile(#""width": {"step": 30},"#)
        #expect(c.warnings.contains { $0.hasPrefix("width: {\"step\": …} sizes an axis of categories") })
        let errors = TestSupport.decodeErrors("""
            {"data": {"values": [\(Self.values)]}, "mark": "bar", "width": {"step": 10, "for": "offset"},
             "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
            """)
        #expect(errors.map(\.path) == ["width.for"])
    }
}
