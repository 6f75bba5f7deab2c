import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's channels: constants set mark properties, channels not drawn are named, facet
/// channels make small multiples.
@Suite("Encoding channels")
struct EncodingChannelTests {
    @Test("a {value} on color, opacity, strokeDash and size sets the mark's property")
    func constants() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": 1, "b": 2}]}, "mark": "line",
         "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "color": {"value": "#c0392b"},
                      "opacity": {"value": 0.4}, "strokeDash": {"value": [4, 2]}, "size": {"value": 3}}}
        """#)
        let mark = spec.layers[0].mark
        #expect(mark.color?.value == "#c0392b")
        #expect(mark.opacity == 0.4)
        #expect(mark.strokeDash == [4, 2])
        #expect(mark.strokeWidth == 3)
        #expect(spec.layers[0].encoding.color == nil)
    }

    @Test("an inherited constant reaches every layer; a layer's own channel wins")
    func inheritedConstants() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": 1, "b": 2}]}, "encoding": {"x": {"field": "a"}, "color": {"value": "#111111"}},
         "layer": [{"mark": "line", "encoding": {"y": {"field": "b", "type": "quantitative"}}},
                   {"mark": "point", "encoding": {"y": {"field": "b", "type": "quantitative"}, "color": {"value": "#222222"}}}]}
        """#)
        #expect(spec.layers.map { $0.mark.color?.value } == ["#111111", "#222222"])
    }

    @Test("channels that are not drawn, and bad constants, are errors naming them")
    func refused() {
        let e = TestSupport.decodeErrors(#"""
        {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
         "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "angle": {"field": "b", "type": "quantitative"},
                      "text": {"field": "b", "type": "quantitative"}, "color": {"value": "reddish"}, "strokeDash": {"value": [2, 2]}}}
        """#)
        #expect(e.contains { $0.path == "encoding.angle" && $0.message.contains("does not draw yet") })
        #expect(e.contains { $0.path == "encoding.text" && $0.message.contains("\"labels\": true") })
        #expect(e.contains { $0.path == "encoding.color.value" && $0.message.contains("not a colour") })
        #expect(e.contains { $0.path == "encoding.strokeDash.value" && $0.message.contains("line marks only") })
        let shared = TestSupport.decodeErrors(#"""
        {"data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a"}, "angle": {"field": "a"}, "row": {"field": "a"}},
         "layer": [{"mark": "line", "encoding": {"y": {"field": "a"}}}, {"mark": "point", "encoding": {"y": {"field": "a"}}}]}
        """#)
        #expect(shared.filter { $0.path == "encoding.angle" }.count == 1)
        #expect(shared.contains { $0.path == "encoding.row" && $0.message.contains("cannot stand in a layer") })
    }

    @Test("column, row and facet channels make small multiples of the view")
    func facetChannels() throws {
        func spec(_ channel: String) -> String {
            #"{"title": "T", "data": {"csv": "data/energy-structure.csv"}, "mark": "bar", "#
            + #""encoding": {"\#(channel)": {"field": "source"\#(channel == "facet" ? #", "columns": 2"# : "")}, "#
            + #""x": {"field": "year", "type": "ordinal"}, "y": {"field": "share", "type": "quantitative"}}}"#
        }
        for (channel, columns) in [("column", nil), ("row", 1), ("facet", 2)] as [(String, Int?)] {
            let decoded = try SpecDecoder.decode(text: spec(channel), baseDirectory: "\(TestSupport.root)/examples")
            let facet = try #require(decoded.facet)
            #expect(facet.field.value == "source")
            #expect(facet.columns == columns)
            #expect(facet.view.title == nil && decoded.title == "T")
            let chart = try ChartResolver.resolve(decoded)
            let names = ["Coal", "Natural gas", "Non-fossil", "Oil"]
            // A row facet's labels stand left of its rows (a grid of one column), not as titles.
            if channel == "row" {
                #expect(chart.panels.allSatisfy { $0.spec.title == nil } && chart.facetGrid?.rows == names)
            } else {
                #expect(chart.panels.map(\.spec.title) == names)
            }
        }
        // Row and column together are a grid (FacetHeaderSceneTests); facet beside either is named.
        let both = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "bar", "encoding": {"facet": {"field": "a"}, "column": {"field": "b"}}}"#)
        #expect(both.contains { $0.path == "encoding.facet" && $0.message.contains("cannot stand beside \"facet\"") })
    }
}
