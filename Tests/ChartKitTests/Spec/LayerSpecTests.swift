import Testing
@testable import ChartKit

/// Vega-Lite's `layer`: the word, and the encoding a layered spec shares.
@Suite("Layer specs")
struct LayerSpecTests {
    static let bars = #""data": {"csv": "data/new-capacity.csv"}"#
    static let share = #""data": {"csv": "data/new-capacity-renewable-share.csv"}"#

    @Test("\"layer\" with a shared encoding draws what \"layers\" with repeated encodings draws")
    func sharedEncoding() throws {
        let repeated = try TestSupport.compile(#"""
        {"layers": [
          {\#(Self.bars), "mark": "bar", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "capacity", "type": "quantitative", "stack": true}, "color": {"field": "type"}}},
          {\#(Self.share), "mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "share", "type": "quantitative"}}}
        ], "resolve": {"scale": {"y": "independent"}}}
        """#)
        let shared = try TestSupport.compile(#"""
        {"encoding": {"x": {"field": "year", "type": "temporal"}},
         "layer": [
          {\#(Self.bars), "mark": "bar", "encoding": {"y": {"field": "capacity", "type": "quantitative", "stack": true}, "color": {"field": "type"}}},
          {\#(Self.share), "mark": "line", "encoding": {"y": {"field": "share", "type": "quantitative"}}}
        ], "resolve": {"scale": {"y": "independent"}}}
        """#)
        #expect(shared.scene == repeated.scene)
        #expect(shared.scene.nodes.count > 20, "a real chart, not two empty ones")
    }

    @Test("a layer's own channel replaces the inherited one")
    func override() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": "x", "b": 1, "c": 2}]}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}},
         "layer": [{"mark": "bar"}, {"mark": "point", "encoding": {"y": {"field": "c", "type": "quantitative"}}}]}
        """#)
        #expect(spec.layers.map { $0.encoding.y?.field?.value } == ["b", "c"])
        #expect(spec.layers.map { $0.encoding.x?.field?.value } == ["a", "a"])
        #expect(spec.layers[1].encoding.y?.path == "layer[1].encoding.y")
        #expect(spec.layers[0].encoding.y?.path == "encoding.y")
    }

    @Test("a layer's field inherits the properties it does not set from the shared channel, as Vega-Lite merges them")
    func propertyMerge() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"a": "x", "lo": 1, "hi": 2}]}, "encoding": {"x": {"field": "a"}, "y": {"type": "quantitative", "scale": {"zero": false}, "title": "Price"}},
         "layer": [{"mark": "rule", "encoding": {"y": {"field": "lo"}, "y2": {"field": "hi"}}}, {"mark": "point", "encoding": {"y": {"field": "hi", "title": "High"}}}]}
        """#)
        #expect(spec.layers.map { $0.encoding.y?.type?.value } == [.quantitative, .quantitative])
        #expect(spec.layers.map { $0.encoding.y?.scale?.zero } == [false, false])
        #expect(spec.layers.map { $0.encoding.y?.title } == [.some("Price"), .some("High")])
        // A value in the layer replaces the shared channel whole; a value definition takes only a
        // condition beside it, and conditions are drawn on colour alone.
        let condition = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "a", "type": "quantitative"}, "size": {"value": 30, "condition": {"test": "datum.a > 0", "value": 60}}}}"#)
        #expect(condition.contains { $0.path == "encoding.size.condition" && $0.message.contains("not supported yet") })
    }

    @Test("mistakes in a layered spec are named")
    func mistakes() {
        let both = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "layer": [{"mark": "bar"}], "layers": [{"mark": "bar"}]}"#)
        #expect(both.contains { $0.path == "layers" && $0.message.contains("cannot stand beside \"layer\"") })
        let mark = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "mark": "bar", "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}}}]}"#)
        #expect(mark.contains { $0.path == "mark" && $0.message.contains("cannot stand beside \"layer\"") })
        // Layers inside a layer are flattened (NestedLayerTests); a mark beside them is named.
        let nested = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "layer": [{"mark": "bar", "layer": [{"mark": "bar"}]}]}"#)
        #expect(nested.contains { $0.path == "layer[0].mark" && $0.message.contains("not drawn yet") })
    }
}
