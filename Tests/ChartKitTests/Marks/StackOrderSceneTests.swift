import Testing
@testable import ChartKit

/// Stacks pile as Vega-Lite's stack transform sorts them: by the order field, else by the
/// colour field's values (descending up a column, ascending along a horizontal bar); the
/// legend keeps the colour domain's order, and a stack that does not read as its legend says so.
@Suite("Stack order")
struct StackOrderSceneTests {
    static let rows = #"[{"c": "A", "s": "beta", "v": 1, "o": 2}, {"c": "A", "s": "alpha", "v": 2, "o": 3}, {"c": "A", "s": "gamma", "v": 3, "o": 1}]"#

    func compile(_ encoding: String, mark: String = "bar", transform: String = "[]") throws -> CompiledChart {
        try TestSupport.compile(#"{"data": {"values": \#(Self.rows)}, "transform": \#(transform), "mark": "\#(mark)", "encoding": \#(encoding)}"#)
    }

    /// The series of category A from the baseline out.
    func piled(_ c: CompiledChart, vertical: Bool) -> [String] {
        c.scene.bars.filter { $0.category == "A" }
            .sorted { vertical ? $0.rect.maxY > $1.rect.maxY : $0.rect.minX < $1.rect.minX }.compactMap(\.series)
    }

    @Test("a column piles the colour values descending: the legend's first entry on top")
    func verticalDescending() throws {
        let c = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}}"#)
        #expect(piled(c, vertical: true) == ["gamma", "beta", "alpha"])
        let legend = c.scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend == ["alpha", "beta", "gamma"])
        #expect(c.warnings.isEmpty, "\(c.warnings)")
    }

    @Test("a horizontal bar piles them ascending from the left")
    func horizontalAscending() throws {
        let c = try compile(#"{"y": {"field": "c", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}}"#)
        #expect(piled(c, vertical: false) == ["alpha", "beta", "gamma"])
    }

    @Test("an order field sets the pile, ascending unless its sort says descending")
    func orderField() throws {
        let up = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}, "order": {"field": "o", "type": "quantitative"}}"#)
        #expect(piled(up, vertical: true) == ["gamma", "beta", "alpha"])
        let down = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}, "order": {"field": "o", "type": "quantitative", "sort": "descending"}}"#)
        #expect(piled(down, vertical: true) == ["alpha", "beta", "gamma"])
    }

    @Test("a written colour domain orders the stack too: its first value on top (Vega-Lite aligns them)")
    func domainAligned() throws {
        let color = #""color": {"field": "s", "type": "nominal", "scale": {"domain": ["gamma", "alpha", "beta"]}}"#
        let c = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, \#(color)}"#)
        #expect(piled(c, vertical: true) == ["beta", "alpha", "gamma"])
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let h = try compile(#"{"y": {"field": "c", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}, \#(color)}"#)
        #expect(piled(h, vertical: false) == ["gamma", "alpha", "beta"])
    }

    @Test("a colour sort orders the legend, not the stack: a warning gives the order field that makes them agree")
    func legendMismatch() throws {
        let color = #""color": {"field": "s", "type": "nominal", "sort": ["gamma", "alpha", "beta"]}"#
        let c = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, \#(color)}"#)
        #expect(piled(c, vertical: true) == ["gamma", "beta", "alpha"], "by value, whatever the sort")
        let warning = try #require(c.warnings.first { $0.contains("do not read in the legend's order") })
        #expect(warning.contains(#"indexof(['gamma', 'alpha', 'beta'], datum.s)"#))
        // Following the advice: the legend's first entry on top, and no warning.
        let fixed = try compile(#"{"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, \#(color), "order": {"field": "stack order", "type": "quantitative", "sort": "descending"}}"#,
                                transform: #"[{"calculate": "indexof(['gamma', 'alpha', 'beta'], datum.s)", "as": "stack order"}]"#)
        #expect(piled(fixed, vertical: true) == ["beta", "alpha", "gamma"])
        #expect(fixed.warnings.isEmpty, "\(fixed.warnings)")
    }

    @Test("areas pile in the same order")
    func areas() throws {
        let values = #"[{"t": 1, "s": "a", "v": 1}, {"t": 2, "s": "a", "v": 1}, {"t": 1, "s": "b", "v": 2}, {"t": 2, "s": "b", "v": 2}]"#
        let c = try TestSupport.compile(#"{"data": {"values": \#(values)}, "mark": "area", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}}}"#)
        // b (descending first) on the baseline: the y extent still reaches 3, and b's band is
        // the lower one, so a's fill starts where b's ends.
        let fills = c.scene.leaves.compactMap { node -> (String, Double)? in
            if case .path(let commands, let fill, _, .area(let name?, _)) = node, fill != nil {
                return (name, commands.compactMap(\.end).map(\.y).max()!)
            }
            return nil
        }
        let bottomOf = Dictionary(fills, uniquingKeysWith: { a, _ in a })
        #expect(try #require(bottomOf["b"]) > #require(bottomOf["a"]), "b's lowest edge (largest y) is the baseline, below a's")
    }

    @Test("an order field on bars that do not stack is named, not dropped")
    func orderWithoutStack() throws {
        let c = try compile(#"{"x": {"field": "s", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "order": {"field": "o", "type": "quantitative"}}"#)
        #expect(c.warnings.contains { $0.contains("encoding.order orders the pieces of a stack; these bars do not stack") })
    }
}
