import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's value conditions on a constant colour: each mark takes the first condition whose
/// test holds for its row, else the channel's value.
@Suite("Colour conditions")
struct ValueConditionSceneTests {
    let engine = ChartEngine()
    static let green = Color(parsing: "#06982d")!, red = Color(parsing: "#ae1325")!

    static let candles = #"""
    {"data": {"values": [{"d": "a", "open": 1, "close": 3, "low": 0, "high": 4}, {"d": "b", "open": 3, "close": 2, "low": 1, "high": 5}]},
     "encoding": {"x": {"field": "d", "type": "nominal"},
                  "color": {"condition": CONDITION, "value": "#ae1325"}},
     "layer": [{"mark": "rule", "encoding": {"y": {"field": "low", "type": "quantitative"}, "y2": {"field": "high"}}},
               {"mark": "bar", "encoding": {"y": {"field": "open", "type": "quantitative"}, "y2": {"field": "close"}}}]}
    """#

    func colours(_ condition: String) throws -> (bars: [Color?], rules: [Color]) {
        let scene = try TestSupport.compile(Self.candles.replacingOccurrences(of: "CONDITION", with: condition), engine: engine).scene
        let bars = scene.bars.sorted { $0.category < $1.category }.map(\.fill)
        let rules = scene.leaves.compactMap { n -> Color? in if case .path(_, _, let s?, .ruleMark) = n { return s.color }; return nil }
        return (bars, rules)
    }

    @Test("an expression test colours the rows it holds for; the others take the value")
    func expression() throws {
        let c = try colours(##"{"test": "datum.open < datum.close", "value": "#06982d"}"##)
        #expect(c.bars == [Self.green, Self.red])
        #expect(c.rules == [Self.green, Self.red])
    }

    @Test("a field predicate, and the first of several conditions that holds, wins")
    func fieldPredicateAndOrder() throws {
        let c = try colours(##"[{"test": {"field": "close", "gt": 2}, "value": "#06982d"}, {"test": "true", "value": "#000000"}]"##)
        #expect(c.bars == [Self.green, Color(parsing: "#000000")!])
    }

    @Test("a condition on a selection warns and takes Vega-Lite's empty-selection branch")
    func param() throws {
        let text = Self.candles.replacingOccurrences(of: "CONDITION", with: ##"{"param": "brush", "value": "#06982d"}"##)
        let spec = try SpecDecoder.decode(text: text)
        #expect(spec.warnings.contains { $0.contains("selection") && $0.contains("every row") })
        #expect(try colours(##"{"param": "brush", "value": "#06982d"}"##).bars == [Self.green, Self.green])
        #expect(try colours(##"{"param": "brush", "empty": false, "value": "#06982d"}"##).bars == [Self.red, Self.red])
    }

    @Test("conditions where they are not drawn, and bad ones, are errors naming them")
    func refused() {
        let line = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": 1, "b": 2}]}, "mark": "line",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"condition": {"test": "datum.b > 1", "value": "red"}, "value": "blue"}}}
        """#)
        #expect(line.contains { $0.path == "encoding.color.condition" && $0.message.contains("one mark per series") })
        let e = TestSupport.decodeErrors(#"""
        {"data": {"values": []}, "mark": "bar",
         "encoding": {"opacity": {"condition": {"test": "true", "value": 1}, "value": 0.5},
                      "color": {"condition": {"value": "red"}, "value": "blue", "legend": null}}}
        """#)
        #expect(e.contains { $0.path == "encoding.opacity.condition" && $0.message.contains("not supported yet") })
        #expect(e.contains { $0.path == "encoding.color.condition" && $0.message.contains("\"test\"") })
        #expect(e.contains { $0.path == "encoding.color.legend" })
    }
}
