import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's legend properties: format and values (size legends), gradientLength (gradient
/// legends), direction and titleOrient where they agree with the legend's place, and several
/// legends on the right in one column.
@Suite("Legend properties")
struct LegendPropertySceneTests {
    let engine = ChartEngine()

    static func bubbles(_ legend: String, color: String = "") -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 1, "s": 3, "k": "p"}, {"a": 2, "b": 2, "s": 24.8, "k": "q"}]}, "mark": "circle",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}\#(color),
                      "size": {"field": "s", "type": "quantitative", "legend": \#(legend)}}}
        """#
    }

    static func labels(_ scene: Scene) -> [String] {
        scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
    }

    @Test("a size legend shows the values listed, in the legend's format")
    func valuesAndFormat() throws {
        let scene = try TestSupport.compile(Self.bubbles(#"{"values": [20, 6], "format": ".1f"}"#), engine: engine).scene
        #expect(Self.labels(scene) == ["20.0", "6.0"])
    }

    @Test("direction and titleOrient are drawn when they agree with the legend's place, refused otherwise")
    func directionAndTitle() {
        #expect(TestSupport.resolveErrors(Self.bubbles(#"{"orient": "bottom", "direction": "horizontal", "titleOrient": "left"}"#)).isEmpty)
        #expect(TestSupport.resolveErrors(Self.bubbles(#"{"orient": "right", "direction": "vertical", "titleOrient": "top"}"#)).isEmpty)
        let e = TestSupport.resolveErrors(Self.bubbles(#"{"orient": "top", "direction": "vertical", "titleOrient": "top"}"#))
        #expect(e.contains { $0.path == "encoding.size.legend.direction" && $0.message.contains("horizontal") })
        #expect(e.contains { $0.path == "encoding.size.legend.titleOrient" && $0.message.contains("left") })
        let colour = TestSupport.resolveErrors(Self.bubbles("null", color: #", "color": {"field": "k", "type": "nominal", "legend": {"values": [1]}}"#))
        #expect(colour.contains { $0.path == "encoding.color.legend.values" })
    }

    @Test("legends on the right stand in one column, each under the one before")
    func rightColumn() throws {
        let text = Self.bubbles(#"{"orient": "right", "title": "Size"}"#, color: #", "color": {"field": "k", "type": "nominal", "legend": {"orient": "right", "title": "Kind"}}"#)
        let scene = try TestSupport.compile(text, engine: engine).scene
        let titles = scene.texts.filter { $0.role == .legendTitle }.map(\.run)
        #expect(titles.map(\.text) == ["Kind", "Size"])
        #expect(titles[0].position.x == titles[1].position.x)
        let kindLabels = scene.texts.filter { if case .legendLabel(let l) = $0.role { return l == "q" } else { return false } }
        #expect(titles[1].position.y > kindLabels[0].run.position.y)
    }

    static func heatmap(_ legend: String) -> String {
        #"""
        {"data": {"csv": "data/energy-structure.csv"}, "mark": "rect",
         "encoding": {"x": {"field": "year", "type": "ordinal"}, "y": {"field": "source", "type": "nominal"},
                      "color": {"field": "share", "type": "quantitative", "legend": \#(legend)}}}
        """#
    }

    @Test("gradientLength sets a gradient legend's length; its bar is horizontal, so only that direction is accepted")
    func gradientLength() throws {
        let scene = try TestSupport.compile(Self.heatmap(#"{"gradientLength": 120, "direction": "horizontal"}"#), engine: engine).scene
        let widths = scene.leaves.compactMap { n -> Double? in if case .gradient(let r, _, _) = n { return r.width }; return nil }
        #expect(widths == [120])
        let e = TestSupport.resolveErrors(Self.heatmap(#"{"direction": "vertical"}"#))
        #expect(e.contains { $0.path == "encoding.color.legend.direction" })
    }
}
