import Foundation
import Testing
@testable import ChartKit

/// The Cartesian model is built once per chart (CartesianModelMemo) and shared by its copies,
/// until a copy changes what the model is built from.
@Suite("Cartesian model memo")
struct CartesianModelMemoTests {
    static let spec = #"""
    {"data": {"values": [{"x": 1, "v": 1, "k": "a"}, {"x": 2, "v": 3, "k": "a"}, {"x": 1, "v": 2, "k": "b"}, {"x": 2, "v": 4, "k": "b"}]},
     "mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                                   "color": {"field": "k", "type": "nominal"}}}
    """#

    static func colors(_ chart: Chart) throws -> [Color] {
        try #require(chart.cartesianMemo.model(of: chart, log: DiagnosticLog())).layers[0].series.map(\.color)
    }

    @Test("a copy that changes only the size shares the model; one that changes the style does not")
    func invalidation() throws {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: Self.spec))
        let before = try Self.colors(chart)
        var resized = chart
        resized.width += 100
        #expect(resized.cartesianMemo === chart.cartesianMemo)
        var restyled = chart
        restyled.style.category = [Color(r: 1, g: 0, b: 0), Color(r: 0, g: 0, b: 1)]
        #expect(restyled.cartesianMemo !== chart.cartesianMemo)
        #expect(try Self.colors(restyled) == restyled.style.category)
        #expect(try Self.colors(restyled) != before)
        var relayered = chart
        relayered.layers[0].color = nil
        // Without the colour series, x = 1 has two values: the copy's build fails, as it must.
        let log = DiagnosticLog()
        #expect(relayered.cartesianMemo.model(of: relayered, log: log) == nil)
        #expect(log.diagnostics.contains { $0.message.contains("appears twice") })
        #expect(try Self.colors(chart) == before)
    }

    @Test("the warnings of the build are given to every caller, the model is built once")
    func warningsReplayed() throws {
        let text = Self.spec.replacingOccurrences(of: #""mark": "line""#, with: #""mark": "point""#).replacingOccurrences(of: #"{"x": 2, "v": 4, "k": "b"}"#, with: #"{"x": 2, "v": null, "k": "b"}"#)
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: text))
        let first = DiagnosticLog(), second = DiagnosticLog()
        _ = chart.cartesianMemo.model(of: chart, log: first)
        _ = chart.cartesianMemo.model(of: chart, log: second)
        #expect(!first.warnings.isEmpty)
        #expect(first.warnings.map(\.message) == second.warnings.map(\.message))
    }
}
