import Foundation
import Testing
@testable import ChartKit

/// `fill` on filled marks and `stroke` on stroked marks are their colour (Vega-Lite's meaning).
@Suite("fill and stroke channels")
struct ColorAliasTests {
    static func spec(_ mark: String, _ channels: String) -> String {
        #"""
        {"data": {"values": [{"a": "x", "b": 1, "k": "p"}, {"a": "y", "b": 2, "k": "q"}]}, "mark": \#(mark),
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}, \#(channels)}}
        """#
    }

    @Test("a fill field on bars and a stroke field on lines draw as a colour field does")
    func fieldsAsColour() throws {
        for (mark, key) in [(#""bar""#, "fill"), (#""line""#, "stroke"), (#"{"type": "point", "filled": true}"#, "fill"), (#""point""#, "stroke")] {
            let viaAlias = try TestSupport.compile(Self.spec(mark, #""\#(key)": {"field": "k", "type": "nominal"}"#)).scene
            let viaColor = try TestSupport.compile(Self.spec(mark, #""color": {"field": "k", "type": "nominal"}"#)).scene
            #expect(viaAlias.nodes == viaColor.nodes, "\(key) on \(mark)")
        }
    }

    @Test("a constant fill or stroke is the mark's colour, over color")
    func constants() throws {
        let spec = try SpecDecoder.decode(text: Self.spec(#""bar""#, ##""color": {"value": "#111111"}, "fill": {"value": "#222222"}"##))
        #expect(spec.layers[0].mark.color?.value == "#222222")
        let line = try SpecDecoder.decode(text: Self.spec(#""line""#, ##""stroke": {"value": "#333333"}"##))
        #expect(line.layers[0].mark.color?.value == "#333333")
    }

    @Test("fill on a stroked mark, stroke on a filled one, and fill beside a colour field are errors naming them")
    func refused() {
        #expect(TestSupport.decodeErrors(Self.spec(#""line""#, ##""fill": {"value": "#222222"}"##)).contains { $0.path == "encoding.fill" && $0.message.contains("use \"color\"") })
        #expect(TestSupport.decodeErrors(Self.spec(#""bar""#, #""stroke": {"field": "k"}"#)).contains { $0.path == "encoding.stroke" && $0.message.contains("outline") })
        #expect(TestSupport.decodeErrors(Self.spec(#""bar""#, #""color": {"field": "a"}, "fill": {"field": "k"}"#)).contains { $0.path == "encoding.fill" })
    }
}
