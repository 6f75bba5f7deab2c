import Testing
@testable import ChartKit

/// Vega-Lite's sort objects: categories ordered by an aggregate of another field, read from
/// the rows before the channel's own aggregate.
@Suite("Sort by a field")
struct SortByFieldTests {
    static let data = #""data": {"values": [{"s": "a", "g": 1, "v": 10}, {"s": "a", "g": 2, "v": 40}, {"s": "b", "g": 1, "v": 30}, {"s": "b", "g": 2, "v": 31}, {"s": "c", "g": 1, "v": 20}, {"s": "c", "g": 2, "v": 21}]}"#

    func resolve(_ text: String) throws -> Chart {
        try ChartResolver.resolve(try SpecDecoder.decode(text: text, file: "test.json"))
    }

    @Test("categories by the mean, the max and the min of another field, either way")
    func byFieldOps() throws {
        func order(_ sort: String) throws -> SortSpec? {
            try resolve(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative", "aggregate": "sum"}, "y": {"field": "s", "type": "nominal", "sort": \#(sort)}}}"#).layers[0].y?.channel.sort
        }
        // means: a 25, b 30.5, c 20.5; maxima: a 40, b 31, c 21; minima: a 10, b 30, c 20.
        #expect(try order(#"{"field": "v", "op": "mean", "order": "descending"}"#) == .explicit(["b", "a", "c"]))
        #expect(try order(#"{"field": "v", "op": "max"}"#) == .explicit(["c", "b", "a"]))
        #expect(try order(#"{"field": "v"}"#) == .explicit(["a", "c", "b"]), "Vega-Lite's default op is min")
        // x sums a 50, b 61, c 41: {"encoding": "x"} is "-x" written long.
        #expect(try order(#"{"encoding": "x", "order": "descending"}"#) == .explicit(["b", "a", "c"]))
    }

    @Test("\"-x\" sorts by x's field through x's aggregate over the unaggregated rows, as Vega-Lite does")
    func byChannelAggregate() throws {
        // Medians over the rows: a 25, b 30.5, c 20.5; the sum of the per-g medians would rank a first (50).
        let chart = try resolve(#"{\#(Self.data), "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative", "aggregate": "median"}, "y": {"field": "s", "type": "nominal", "sort": "-x"}, "color": {"field": "g", "type": "nominal"}}}"#)
        #expect(chart.layers[0].y?.channel.sort == .explicit(["b", "a", "c"]))
    }

    @Test("facet panels by the median of a field")
    func facetPanels() throws {
        let chart = try resolve(#"{\#(Self.data), "facet": {"field": "s", "sort": {"field": "v", "op": "median", "order": "descending"}}, "spec": {"mark": "bar", "encoding": {"x": {"field": "g", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}}}"#)
        #expect(chart.panels.map(\.spec.title) == ["b", "a", "c"])
    }

    @Test("the bars are drawn in the sorted order")
    func drawnOrder() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative", "aggregate": "mean"}, "y": {"field": "s", "type": "nominal", "sort": {"field": "v", "op": "mean", "order": "descending"}}}}"#)
        let labels = c.scene.texts.filter { $0.role == .axisLabel && ["a", "b", "c"].contains($0.run.text) }
        #expect(labels.sorted { $0.run.position.y < $1.run.position.y }.map(\.run.text) == ["b", "a", "c"])
    }

    @Test("sort object mistakes are named")
    func mistakes() {
        func errors(_ sort: String) -> [Diagnostic] {
            TestSupport.decodeErrors(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "s", "sort": \#(sort)}}}"#)
        }
        #expect(errors(#"{"field": "v", "op": "avg"}"#).contains { $0.path == "encoding.y.sort.op" })
        #expect(errors(#"{"field": "v", "order": "up"}"#).contains { $0.path == "encoding.y.sort.order" })
        #expect(errors(#"{"field": "v", "by": 1}"#).contains { $0.path == "encoding.y.sort.by" })
        #expect(errors(#"{"encoding": "x", "field": "v"}"#).contains { $0.path == "encoding.y.sort.field" })
        let r = TestSupport.resolveErrors(#"{\#(Self.data), "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "s", "sort": {"field": "w", "op": "sum"}}}}"#)
        #expect(r.contains { $0.path == "encoding.y.sort.field" && $0.message.contains("is not a column") })
    }
}
