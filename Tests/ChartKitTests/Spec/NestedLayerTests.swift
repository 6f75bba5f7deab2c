import Testing
@testable import ChartKit

/// Layers inside a layer, flattened with Vega-Lite's inheritance; `params` anywhere a warning.
@Suite("Nested layers and params")
struct NestedLayerTests {
    func decode(_ text: String) throws -> ChartSpec { try SpecDecoder.decode(text: text, file: "test.json") }

    @Test("inner layers take the group's data, transforms before their own, and its channels under theirs")
    func inheritance() throws {
        let spec = try decode(#"""
        {"layer": [
          {"data": {"values": [{"d": 1, "v": 5}, {"d": 2, "v": 350}]},
           "transform": [{"filter": "datum.v > 0"}],
           "encoding": {"x": {"field": "d", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}},
           "layer": [{"mark": "bar"},
                     {"mark": "point", "transform": [{"calculate": "1", "as": "one"}], "encoding": {"y": {"field": "one", "type": "quantitative"}}},
                     {"mark": "line", "data": {"values": [{"d": 1, "v": 2}]}}]},
          {"data": {"values": [{}]}, "encoding": {"y": {"datum": 300}}, "layer": [{"mark": "rule"}]}
        ]}
        """#)
        let layers = spec.layers
        #expect(layers.map(\.mark.type) == [.bar, .point, .line])
        #expect(layers[0].data != nil && layers[0].transform.count == 1)
        #expect(layers[1].transform.count == 2, "the group's filter, then the layer's calculate")
        #expect(layers[1].encoding.y?.field?.value == "one" && layers[1].encoding.x?.field?.value == "d")
        #expect(layers[2].transform.isEmpty, "data of its own: the group's transforms do not reach it")
        #expect(spec.annotations.count == 1, "the rule at the datum y = 300, inherited from its group")
    }

    @Test("the picture: the inner layers draw as if written at the top")
    func drawn() throws {
        let nested = try TestSupport.compile(#"{"data": {"values": [{"d": "a", "v": 5}, {"d": "b", "v": 7}]}, "layer": [{"encoding": {"x": {"field": "d"}, "y": {"field": "v", "type": "quantitative"}}, "layer": [{"mark": "bar"}, {"mark": "point"}]}]}"#)
        let flat = try TestSupport.compile(#"{"data": {"values": [{"d": "a", "v": 5}, {"d": "b", "v": 7}]}, "encoding": {"x": {"field": "d"}, "y": {"field": "v", "type": "quantitative"}}, "layer": [{"mark": "bar"}, {"mark": "point"}]}"#)
        #expect(nested.scene.nodes == flat.scene.nodes)
    }

    @Test("what a group of layers cannot pass on is named")
    func groupKeys() {
        let e = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "layer": [{"width": 30, "layer": [{"mark": "point", "encoding": {"x": {"field": "a"}}}]}]}"#)
        #expect(e.contains { $0.path == "layer[0].width" && $0.message.contains("not drawn yet") })
    }

    @Test("params in a panel or a layer are a warning; the chart still draws")
    func params() throws {
        let layer = try decode(#"{"data": {"values": [{"a": 1, "b": 2}]}, "layer": [{"params": [{"name": "p", "select": "interval"}], "mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}]}"#)
        #expect(layer.warnings.contains { $0.contains("layer[0].params") && $0.contains("still picture") }, "\(layer.warnings)")
        let panel = try decode(#"{"data": {"values": [{"a": 1, "b": 2}]}, "hconcat": [{"params": [{"name": "p", "select": "point"}], "mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}]}"#)
        #expect(panel.warnings.contains { $0.contains("hconcat[0].params") }, "\(panel.warnings)")
    }
}
