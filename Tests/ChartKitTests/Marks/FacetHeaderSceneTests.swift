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
        let e = TestSupport.decodeErrors(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "t"}, "row": {"field": "s", "header": {"labelOrient": "top"}}}}"#)
        #expect(e.contains { $0.path == "encoding.row.header.labelOrient" && $0.message.contains("not drawn yet") })
        let k = TestSupport.decodeErrors(#"{\#(Self.data), "facet": {"field": "s", "header": {"labelz": 0}}, "spec": {"mark": "bar"}}"#)
        #expect(k.contains { $0.path == "facet.header.labelz" })
    }

    static let grid = #""data": {"values": [{"a": "a1", "b": "b1", "c": "x", "p": 0.1}, {"a": "a1", "b": "b2", "c": "x", "p": 0.5}, {"a": "a1", "b": "b3", "c": "x", "p": 0.7}, {"a": "a2", "b": "b1", "c": "x", "p": 0.2}, {"a": "a2", "b": "b2", "c": "x", "p": 0.9}, {"a": "a2", "b": "b3", "c": "x", "p": 0.3}]}"#

    func gridChart(_ rowExtra: String = "", facetOperator: Bool = false) throws -> CompiledChart {
        let encoding = #""y": {"field": "c", "type": "nominal"}, "x": {"field": "p", "type": "quantitative"}"#
        let row = #"{"field": "a", "title": "Factor A"\#(rowExtra)}"#, column = #"{"field": "b", "title": "Factor B"}"#
        return try TestSupport.compile(facetOperator
            ? #"{\#(Self.grid), "facet": {"row": \#(row), "column": \#(column)}, "spec": {"width": 60, "height": 30, "mark": "bar", "encoding": {\#(encoding)}}}"#
            : #"{\#(Self.grid), "width": 60, "height": 30, "mark": "bar", "encoding": {\#(encoding), "row": \#(row), "column": \#(column)}}"#)
    }

    @Test("row and column together make a grid: a cell each, row labels left of the rows, column labels above the columns")
    func grid() throws {
        for facetOperator in [false, true] {
            let c = try gridChart(facetOperator: facetOperator)
            var bars = 0
            for n in c.scene.leaves { if case .rect(_, _, _, .bar) = n { bars += 1 } }
            #expect(bars == 6, "one bar in each of 2 × 3 cells")
            let labels = c.scene.texts.filter { $0.role == .axisLabel }.map(\.run)
            let rowLabels = labels.filter { $0.text.hasPrefix("a") }, columnLabels = labels.filter { $0.text.hasPrefix("b") }
            #expect(rowLabels.map(\.text) == ["a1", "a2"] && rowLabels.allSatisfy { $0.angle == -90 })
            #expect(columnLabels.map(\.text) == ["b1", "b2", "b3"])
            #expect(rowLabels[0].position.y < rowLabels[1].position.y && columnLabels[0].position.x < columnLabels[2].position.x)
            let plot = try #require(c.scene.plotArea)
            #expect(abs(plot.width - 60) < 1 && abs(plot.height - 30) < 1, "each cell's plot is the size asked: \(plot)")
            #expect(rowLabels[0].bounds.maxX < plot.minX && columnLabels[0].bounds.maxY < plot.minY)
            #expect(!headerTitles(c, "Factor A").isEmpty && !headerTitles(c, "Factor B").isEmpty)
            #expect(c.scene.texts.filter { $0.role == .title }.isEmpty, "the cells have no titles of their own")
        }
    }

    @Test("a grid's row labels level with labelAngle 0; a row facet alone writes its labels left of its rows too")
    func rowLabelAngle() throws {
        let c = try gridChart(#", "header": {"labelAngle": 0}"#)
        let a1 = try #require(c.scene.texts.first { $0.role == .axisLabel && $0.run.text == "a1" })
        #expect(a1.run.angle == 0)
        let rows = try TestSupport.compile(#"{\#(Self.grid), "mark": "bar", "encoding": {"x": {"field": "p", "type": "quantitative"}, "y": {"field": "b"}, "row": {"field": "a", "header": {"labelAngle": -90}}}}"#)
        let labels = rows.scene.texts.filter { $0.role == .axisLabel && ["a1", "a2"].contains($0.run.text) }.map(\.run)
        let plot = try #require(rows.scene.plotArea)
        #expect(labels.count == 2 && labels.allSatisfy { $0.angle == -90 && $0.bounds.maxX < plot.minX }, "\(labels)")
        #expect(labels[0].position.y < labels[1].position.y)
        #expect(rows.scene.texts.filter { $0.role == .title }.isEmpty, "no panel titles above the rows")
        let odd = TestSupport.decodeErrors(#"{\#(Self.grid), "mark": "bar", "encoding": {"x": {"field": "p"}, "row": {"field": "a", "header": {"labelAngle": 45}}, "column": {"field": "b"}}}"#)
        #expect(odd.contains { $0.path == "encoding.row.header.labelAngle" })
    }

    @Test("a grid with an empty cell is named")
    func emptyCell() {
        let r = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "a1", "b": "b1", "p": 1}, {"a": "a2", "b": "b2", "p": 2}]}, "mark": "bar", "encoding": {"x": {"field": "p", "type": "quantitative"}, "y": {"field": "a"}, "row": {"field": "a"}, "column": {"field": "b"}}}"#)
        #expect(r.contains { $0.message.contains("\"a1 / b2\" has no rows") })
    }

    func rowLabels(_ c: CompiledChart) -> [TextRun] {
        c.scene.texts.filter { $0.role == .axisLabel && ["A", "B", "C", "Stock A", "Stock B", "Stock C"].contains($0.run.text) }.map(\.run)
    }

    @Test("level row labels align left or right in their column; labelPadding sets their gap to the panels")
    func rowLabelAlign() throws {
        let right = rowLabels(try compile(#""row": {"field": "s", "header": {"labelAngle": 0, "labelExpr": "'Stock ' + datum.value"}}"#))
        let left = rowLabels(try compile(#""row": {"field": "s", "header": {"labelAngle": 0, "labelAlign": "left", "labelExpr": "'Stock ' + datum.value"}}"#))
        #expect(right.map(\.text) == ["Stock A", "Stock B", "Stock C"], "labelExpr writes each label")
        #expect(Set(right.map { ($0.bounds.maxX * 10).rounded() }).count == 1, "right-aligned: one right edge")
        #expect(Set(left.map { ($0.bounds.minX * 10).rounded() }).count == 1, "left-aligned: one left edge")
        let near = try compile(#""row": {"field": "s", "header": {"labelAngle": 0, "labelPadding": 2}}"#)
        let far = try compile(#""row": {"field": "s", "header": {"labelAngle": 0, "labelPadding": 30}}"#)
        let gap = { (c: CompiledChart) throws -> Double in try #require(c.scene.plotArea).minX - (self.rowLabels(c).map(\.bounds.maxX).max() ?? 0) }
        #expect(try gap(far) - gap(near) > 20, "a wider labelPadding leaves more room")
    }

    @Test("labelAlign on turned row labels, and on a wrapped facet's titles, is an error naming it")
    func labelAlignRefused() {
        let turned = TestSupport.resolveErrors(#"{\#(Self.data), "mark": "line", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, "row": {"field": "s", "header": {"labelAlign": "left"}}}}"#)
        #expect(turned.contains { $0.path.hasSuffix("header.labelAlign") && $0.message.contains("labelAngle") })
        let wrapped = TestSupport.resolveErrors(#"{\#(Self.data), "facet": {"field": "s", "header": {"labelPadding": 3}}, "spec": {"mark": "line", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}}"#)
        #expect(wrapped.contains { $0.path.hasSuffix("header.labelPadding") })
    }
}
