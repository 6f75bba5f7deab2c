import Foundation
import Testing
@testable import ChartKit

/// `"stack": "center"` (Vega's center offset): each x's pile of areas is centred on half the
/// largest pile.
@Suite("Streamgraphs")
struct StreamgraphTests {
    static func spec(_ mark: String, stack: String = #""center""#) -> String {
        #"""
        {"data": {"values": [{"x": 1, "v": 1, "k": "a"}, {"x": 2, "v": 3, "k": "a"}, {"x": 1, "v": 1, "k": "b"}, {"x": 2, "v": 1, "k": "b"}]},
         "mark": "\#(mark)", "encoding": {"x": {"field": "x", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative", "stack": \#(stack)},
                                       "color": {"field": "k", "type": "nominal"}}}
        """#
    }

    @Test("each pile starts at half the gap between its total and the largest total")
    func centred() throws {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: Self.spec("area")))
        let model = try #require(CartesianModel.build(chart, log: DiagnosticLog()))
        let piles = CartesianModel.stacked(model.layers[0]).map { $0.map { $0.map { [$0.0, $0.1] } } }
        // Totals 2 and 4: x = 1 starts at 1, x = 2 at 0; "b" piles first (Vega-Lite's
        // descending stack order), "a" on it.
        #expect(piles == [[[2, 3], [1, 4]], [[1, 2], [0, 1]]])
    }

    @Test("center on bars is an error naming it; an unknown stack names the choices")
    func refused() {
        #expect(TestSupport.resolveErrors(Self.spec("bar")).contains { $0.path == "encoding.y.stack" && $0.message.contains("areas") })
        #expect(TestSupport.decodeErrors(Self.spec("area", stack: #""wiggle""#)).contains { $0.path == "encoding.y.stack" && $0.message.contains("\"center\"") })
    }
}
