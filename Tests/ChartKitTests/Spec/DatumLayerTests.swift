import Testing
@testable import ChartKit

/// Vega-Lite's rule and text layers at a `datum` draw what the matching annotations draw.
@Suite("Rule and text layers at a datum")
struct DatumLayerTests {
    let data = #""data": {"csv": "data/energy-intensity-2025.csv"}"#
    let encoding = #""encoding": {"x": {"field": "region", "type": "nominal", "sort": "-y"}, "y": {"field": "target", "type": "quantitative"}}"#

    @Test("a rule layer at y 13.5 draws the same chart as a rule annotation at 13.5")
    func ruleAsAnnotation() throws {
        let layered = try TestSupport.compile(#"{\#(data), \#(encoding), "layer": [{"mark": "bar"}, {"mark": "rule", "encoding": {"y": {"datum": 13.5}}}]}"#)
        let annotated = try TestSupport.compile(#"{\#(data), "mark": "bar", \#(encoding), "annotations": [{"type": "rule", "y": 13.5}]}"#)
        #expect(layered.scene == annotated.scene)
        var rules = 0
        for n in layered.scene.leaves { if case .path(_, _, _, .rule(13.5)) = n { rules += 1 } }
        #expect(rules == 1)
    }

    @Test("a text layer at two datums is a callout with the mark's dx and dy")
    func textAsCallout() throws {
        let c = try TestSupport.compile(#"""
        {\#(data), \#(encoding), "layer": [{"mark": "bar"},
          {"mark": {"type": "text", "dx": -6, "dy": -10, "color": "#333333"},
           "encoding": {"x": {"datum": "Qinghai"}, "y": {"datum": 13.5}, "text": {"value": "National target"}}}]}
        """#)
        let words = try #require(c.scene.texts.first { $0.role == .callout })
        #expect(words.run.text == "National target")
        #expect(words.run.hAnchor == .end && words.run.vAnchor == .bottom)
    }

    @Test("a text layer's align and baseline anchor its words, and the mark's own text gives them when no channel does")
    func alignAndMarkText() throws {
        let c = try TestSupport.compile(#"""
        {\#(data), \#(encoding), "layer": [{"mark": "bar"},
          {"mark": {"type": "text", "dx": -6, "dy": -10, "align": "left", "baseline": "top", "text": "National target"},
           "encoding": {"x": {"datum": "Qinghai"}, "y": {"datum": 13.5}}}]}
        """#)
        let words = try #require(c.scene.texts.first { $0.role == .callout })
        #expect(words.run.text == "National target")
        #expect(words.run.hAnchor == .start && words.run.vAnchor == .top)
        // Words at a pixel x are drawn on layered charts (PixelXDatumTextTests); a bar chart names them.
        let e = TestSupport.resolveErrors(#"{\#(data), \#(encoding), "layer": [{"mark": "bar"}, {"mark": {"type": "text", "x": "width", "text": "t"}, "encoding": {"y": {"datum": 13.5}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark.x" && $0.message.contains("layered charts") }, "\(e)")
    }

    @Test("rule and text layers that cannot be drawn are named")
    func mistakes() {
        var e = TestSupport.resolveErrors(#"{\#(data), \#(encoding), "layer": [{"mark": "bar"}, {"mark": "rule", "encoding": {"y": {"field": "target", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("an inherited x counts") })
        e = TestSupport.decodeErrors(#"{\#(data), "layer": [{"mark": "rule", "encoding": {"x": {"datum": "A"}, "y": {"datum": 1}}}]}"#)
        #expect(e.contains { $0.message.contains("a rule with both x and y is a point") })
        e = TestSupport.decodeErrors(#"{\#(data), "layer": [{"mark": "text", "encoding": {"x": {"datum": "A"}, "y": {"datum": 1}}}]}"#)
        #expect(e.contains { $0.message.contains("a text layer needs its words") })
        e = TestSupport.decodeErrors(#"{\#(data), "layer": [{"mark": "text", "encoding": {"x": {"datum": "A"}, "y": {"datum": 1}, "text": {"field": "region"}}}]}"#)
        #expect(e.contains { $0.path == "layer[0].encoding.x" && $0.message.contains("in a layer drawn from data, give a \"field\"") })
    }
}
