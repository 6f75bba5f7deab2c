import Testing
@testable import ChartKit

/// Facet headers and sizes as Vega-Lite has them: the field's title over the panels, and a
/// width/height beside a facet channel (or in the facet's view) as each panel's plot.
@Suite("Facet headers and panel sizes")
struct FacetHeaderSceneTests {
    static let data = #""data": {"values": [{"s": "A", "t": 1, "v": 1}, {"s": "A", "t": 2, "v": 3}, {"s": "B", "t": 1, "v": 2}, {"s": "B", "t": 2, "v": 5}, {"s": "C", "t": 1, "v": 4}, {"s": "C", "t": 2, "v": 1}]}"#

    func compile(_ facet: String, size: String = #""width": 300, "height": 40,"#, extra: String = "") throws -> CompiledChart {
        try TestSupport.compile(#"{\#(Self.data), \#(size) "mark": "area", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, \#(extra) \#(facet)}}"#)
    }

    func headerTitles(_ c: CompiledChart, _ text: String) -> [TextRun] {
        c.scene.texts.filter { $0.role == .axisTitle && $0.run.text == text }.map(\.run)
    }

    @Test("a row facet's title reads upwards left of the panels; a column facet's sits above them")
    func titlePlaces() throws {
        let rows = try compile(#""row": {"field": "s", "type": "nominal", "title": "Symbol"}"#)
        let r = try #require(headerTitles(rows, "Symbol").first)
        #expect(r.angle == -90)
        let plot = try #require(rows.scene.plotArea)
        #expect(r.bounds.maxX < plot.minX, "left of the panels")
        let columns = try compile(#""column": {"field": "s", "type": "nominal"}"#)
        let c = try #require(headerTitles(columns, "s").first, "the field's name by default")
        #expect(c.angle == 0)
        let top = try #require(columns.scene.plotArea)
        #expect(c.bounds.maxY < top.minY, "above the panels")
    }

    @Test("null or an empty header title draws none")
    func noTitle() throws {
        #expect(headerTitles(try compile(#""row": {"field": "s", "title": null}"#), "s").isEmpty)
        #expect(headerTitles(try compile(#""row": {"field": "s", "header": {"title": ""}}"#), "s").isEmpty)
        #expect(!headerTitles(try compile(#""row": {"field": "s", "header": {"title": "Stock"}}"#), "Stock").isEmpty)
    }

    @Test("width and height beside a facet channel are each panel's plot, the figure grows around them")
    func panelSize() throws {
        let c = try compile(#""row": {"field": "s", "type": "nominal"}"#)
        let plot = try #require(c.scene.plotArea)
        #expect(abs(plot.width - 300) < 1 && abs(plot.height - 40) < 1, "\(plot)")
        #expect(c.scene.height > 3 * 40 && c.scene.width > 300)
        #expect(!c.warnings.contains { $0.contains("whole figure") }, "\(c.warnings)")
    }

    @Test("a size in the facet operator's view is each panel's")
    func operatorViewSize() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "facet": {"field": "s"}, "columns": 2, "spec": {"width": 120, "height": 80, "mark": "line", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}}"#)
        let plot = try #require(c.scene.plotArea)
        #expect(abs(plot.width - 120) < 1 && abs(plot.height - 80) < 1, "\(plot)")
    }

    @Test("a colour legend hidden in the spec stays hidden in a small multiple")
    func hiddenLegend() throws {
        let shown = try compile(#""row": {"field": "s"}"#, extra: #""color": {"field": "s", "type": "nominal"},"#)
        #expect(shown.scene.texts.contains { if case .legendLabel = $0.role { return true } else { return false } })
        let hidden = try compile(#""row": {"field": "s"}"#, extra: #""color": {"field": "s", "type": "nominal", "legend": null},"#)
        #expect(!hidden.scene.texts.contains { if case .legendLabel = $0.role { return true } else { return false } })
    }

    @Test("header properties not drawn are named")
    func notDrawn() {
        let e = TestSupport.decodeErrors(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "t"}, "row": {"field": "s", "header": {"labelAngle": 0}}}}"#)
        #expect(e.contains { $0.path == "encoding.row.header.labelAngle" && $0.message.contains("not drawn yet") })
        let k = TestSupport.decodeErrors(#"{\#(Self.data), "facet": {"field": "s", "header": {"labelz": 0}}, "spec": {"mark": "bar"}}"#)
        #expect(k.contains { $0.path == "facet.header.labelz" })
    }
}
