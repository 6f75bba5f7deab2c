import Foundation
import Testing
@testable import ChartKit

/// Each transform against tables computed by hand, missing values and ties included.
@Suite("Transforms")
struct TransformTests {
    /// The first layer's table after the spec's transforms.
    static func table(_ values: String, _ transforms: String, x: String = "a") throws -> DataTable {
        let text = #"{"data": {"values": \#(values)}, "transform": \#(transforms), "mark": "point", "encoding": {"x": {"field": "\#(x)"}}}"#
        let spec = try SpecDecoder.decode(text: text, file: "t.json", baseDirectory: "\(TestSupport.root)/examples")
        return try ChartResolver.bind(spec, styleOverride: nil).layers[0].table
    }

    static func column(_ t: DataTable, _ name: String) -> [String?] {
        let c = t.columnIndex(name)!
        return t.rows.map { $0[c].categoryText }
    }

    static func errors(_ values: String, _ transforms: String) -> [Diagnostic] {
        do { _ = try table(values, transforms); return [] } catch let e as ChartError { return e.diagnostics } catch { return [] }
    }

    static let wide = #"[{"year": 2021, "Wind": 47, "Solar": 55}, {"year": 2022, "Wind": 37, "Solar": null}]"#

    @Test("fold: one row per folded field, the others copied, missing kept missing")
    func fold() throws {
        let t = try Self.table(Self.wide, #"[{"fold": ["Wind", "Solar"], "as": ["type", "gw"]}]"#, x: "year")
        #expect(t.columns == ["year", "Wind", "Solar", "type", "gw"])
        #expect(Self.column(t, "type") == ["Wind", "Solar", "Wind", "Solar"])
        #expect(Self.column(t, "gw") == ["47", "55", "37", nil])
        #expect(Self.column(t, "year") == ["2021", "2021", "2022", "2022"])
    }

    @Test("pivot: one column per key in ascending order, summed; an absent combination is missing")
    func pivot() throws {
        let long = #"[{"y": 2021, "k": "Wind", "v": 40}, {"y": 2021, "k": "Wind", "v": 7}, {"y": 2021, "k": "Hydro", "v": 20}, {"y": 2022, "k": "Wind", "v": 37}]"#
        let t = try Self.table(long, #"[{"pivot": "k", "value": "v", "groupby": ["y"]}]"#, x: "y")
        #expect(t.columns == ["y", "Hydro", "Wind"])
        #expect(Self.column(t, "Wind") == ["47", "37"])
        #expect(Self.column(t, "Hydro") == ["20", nil])
    }

    static let groups = #"[{"a": "x", "v": 1}, {"a": "y", "v": 10}, {"a": "x", "v": 3}, {"a": "x", "v": null}, {"a": "y", "v": 20}, {"a": "x", "v": 8}]"#

    @Test("aggregate: groups in order of appearance; missing left out of numbers, counted by count and missing")
    func aggregate() throws {
        let ops = ["sum", "mean", "median", "min", "max", "count", "valid", "missing", "distinct", "q1", "q3", "stdev"]
        let list = ops.map { #"{"op": "\#($0)", "field": "v", "as": "\#($0)"}"# }.joined(separator: ", ")
        let t = try Self.table(Self.groups, #"[{"aggregate": [\#(list)], "groupby": ["a"]}]"#)
        #expect(Self.column(t, "a") == ["x", "y"])
        #expect(Self.column(t, "sum") == ["12", "30"])
        #expect(Self.column(t, "mean") == ["4", "15"])
        #expect(Self.column(t, "median") == ["3", "15"])
        #expect(Self.column(t, "min") == ["1", "10"])
        #expect(Self.column(t, "max") == ["8", "20"])
        #expect(Self.column(t, "count") == ["4", "2"])
        #expect(Self.column(t, "valid") == ["3", "2"])
        #expect(Self.column(t, "missing") == ["1", "0"])
        #expect(Self.column(t, "distinct") == ["4", "2"])
        #expect(Self.column(t, "q1") == ["2", "12.5"])
        #expect(Self.column(t, "q3") == ["5.5", "17.5"])
        #expect(Self.column(t, "stdev").map { $0.flatMap(Double.init).map { ($0 * 1000).rounded() / 1000 } } == [3.606, 7.071])
    }

    @Test("joinaggregate: every row keeps its place and gains its group's result (a share of the total)")
    func joinAggregate() throws {
        let t = try Self.table(Self.groups, #"[{"joinaggregate": [{"op": "sum", "field": "v", "as": "total"}], "groupby": ["a"]}]"#)
        #expect(t.rows.count == 6)
        #expect(Self.column(t, "total") == ["12", "30", "12", "12", "30", "12"])
    }

    static let series = #"[{"a": 2020, "v": 10}, {"a": 2022, "v": 30}, {"a": 2021, "v": 20}, {"a": 2023, "v": 20}]"#

    @Test("window: running sum, lag, ranks with ties, sorted within the partition, rows in their order")
    func window() throws {
        let t = try Self.table(Self.series, #"""
        [{"window": [{"op": "sum", "field": "v", "as": "cum"}, {"op": "lag", "field": "v", "as": "prev"},
                     {"op": "row_number", "as": "n"}], "sort": [{"field": "a"}]},
         {"window": [{"op": "rank", "as": "rank"}, {"op": "dense_rank", "as": "dense"}], "sort": [{"field": "v", "order": "descending"}]}]
        """#)
        #expect(Self.column(t, "a") == ["2020", "2022", "2021", "2023"])
        #expect(Self.column(t, "cum") == ["10", "60", "30", "80"])
        #expect(Self.column(t, "prev") == [nil, "20", "10", "30"])
        #expect(Self.column(t, "n") == ["1", "3", "2", "4"])
        #expect(Self.column(t, "rank") == ["4", "1", "2", "2"])
        #expect(Self.column(t, "dense") == ["3", "1", "2", "2"])
    }

    @Test("window as Vega orders it: without a sort each row is its own rank; nulls first ascending, last descending")
    func windowVegaOrder() throws {
        let dots = #"[{"a": 1, "d": 1}, {"a": 2, "d": 1}, {"a": 3, "d": 2}, {"a": 4, "d": 1}]"#
        let t = try Self.table(dots, #"[{"window": [{"op": "rank", "as": "id"}, {"op": "cume_dist", "as": "c"}], "groupby": ["d"]}]"#)
        #expect(Self.column(t, "id") == ["1", "2", "1", "3"])
        let withNull = #"[{"a": 2, "v": 1}, {"a": null, "v": 10}, {"a": 1, "v": 100}]"#
        var u = try Self.table(withNull, #"[{"window": [{"op": "sum", "field": "v", "as": "s"}], "sort": [{"field": "a"}]}]"#)
        #expect(Self.column(u, "s") == ["111", "10", "110"])
        u = try Self.table(withNull, #"[{"window": [{"op": "sum", "field": "v", "as": "s"}], "sort": [{"field": "a", "order": "descending"}]}]"#)
        #expect(Self.column(u, "s") == ["1", "111", "101"])
    }

    @Test("window frames: a centred moving mean; peers share a running total unless ignorePeers")
    func frames() throws {
        var t = try Self.table(Self.series, #"[{"window": [{"op": "mean", "field": "v", "as": "m"}], "sort": [{"field": "a"}], "frame": [-1, 1]}]"#)
        #expect(Self.column(t, "m").map { $0.flatMap(Double.init).map { ($0 * 1000).rounded() / 1000 } } == [15, 23.333, 20, 25])
        let ties = #"[{"a": 1, "v": 1}, {"a": 1, "v": 2}, {"a": 2, "v": 4}]"#
        t = try Self.table(ties, #"[{"window": [{"op": "sum", "field": "v", "as": "s"}], "sort": [{"field": "a"}]}]"#)
        #expect(Self.column(t, "s") == ["3", "3", "7"])
        t = try Self.table(ties, #"[{"window": [{"op": "sum", "field": "v", "as": "s"}], "sort": [{"field": "a"}], "ignorePeers": true}]"#)
        #expect(Self.column(t, "s") == ["1", "3", "7"])
    }

    @Test("field predicates: equal, range, oneOf, valid, comparisons of numbers and dates, and/or/not")
    func filters() throws {
        func kept(_ predicate: String) throws -> [String?] {
            Self.column(try Self.table(Self.groups + "", #"[{"filter": \#(predicate)}]"#), "v")
        }
        #expect(try kept(#"{"field": "a", "equal": "y"}"#) == ["10", "20"])
        #expect(try kept(#"{"field": "v", "range": [3, 10]}"#) == ["10", "3", "8"])
        #expect(try kept(#"{"field": "v", "oneOf": [1, 20]}"#) == ["1", "20"])
        #expect(try kept(#"{"field": "v", "valid": false}"#) == [nil])
        #expect(try kept(#"{"field": "v", "gt": 8}"#) == ["10", "20"])
        #expect(try kept(#"{"and": [{"field": "a", "equal": "x"}, {"not": {"field": "v", "lt": 3}}]}"#) == ["3", nil, "8"])   // not(null < 3): the test fails on a missing value, so `not` keeps it
        let dates = #"[{"a": "2021-06", "v": 1}, {"a": "2022-01", "v": 2}]"#
        #expect(Self.column(try Self.table(dates, #"[{"filter": {"field": "a", "gte": "2021-12"}}]"#), "v") == ["2"])
    }

    @Test("lookup joins a second table by key; no match gives the default; a doubled key is an error")
    func lookup() throws {
        let t = try Self.table(#"[{"a": "BJ"}, {"a": "SH"}, {"a": "XX"}]"#, #"""
        [{"lookup": "a", "from": {"data": {"values": [{"code": "BJ", "name": "Beijing"}, {"code": "SH", "name": "Shanghai"}]}, "key": "code", "fields": ["name"]}, "default": "?"}]
        """#)
        #expect(Self.column(t, "name") == ["Beijing", "Shanghai", "?"])
        let e = Self.errors(#"[{"a": "BJ"}]"#, #"[{"lookup": "a", "from": {"data": {"values": [{"code": "BJ"}, {"code": "BJ"}]}, "key": "code"}}]"#)
        #expect(e.contains { $0.message.contains("the key of rows 1 and 2") })
    }

    @Test("timeUnit truncates dates; bin gives nice bins with the maximum in the last")
    func timeUnitAndBin() throws {
        var t = try Self.table(#"[{"a": "2023-06-30"}, {"a": "2022-11-02"}, {"a": 2021}]"#, #"""
        [{"timeUnit": "year", "field": "a", "as": "y"}, {"timeUnit": "yearmonth", "field": "a", "as": "ym"},
         {"timeUnit": "quarter", "field": "a", "as": "q"}, {"timeUnit": "yearquarter", "field": "a", "as": "yq"}]
        """#)
        #expect(Self.column(t, "y") == ["2023", "2022", "2021"])
        #expect(Self.column(t, "ym") == ["2023-06", "2022-11", "2021-01"])
        #expect(Self.column(t, "q") == ["2012-04", "2012-10", "2012-01"])
        #expect(Self.column(t, "yq") == ["2023-04", "2022-10", "2021-01"])
        t = try Self.table(#"[{"a": 3}, {"a": 17}, {"a": 41}, {"a": null}]"#, #"[{"bin": {"maxbins": 5}, "field": "a", "as": "b"}]"#)
        #expect(Self.column(t, "b") == ["0", "10", "40", nil])
        #expect(Self.column(t, "b_end") == ["10", "20", "50", nil])
    }

    @Test("a misspelt field is named at its place with the columns and a suggestion; unsupported transforms are named")
    func mistakes() {
        var e = Self.errors(Self.wide, #"[{"fold": ["Wnid"]}]"#)
        #expect(e.contains { $0.path == "transform[0].fold[0]" && $0.message.contains("did you mean \"Wind\"") && $0.message.contains("columns: year, Wind, Solar") })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"sample": 100}, {"fold": ["a"], "pivot": "b"}, {"aggregate": [{"op": "sums", "field": "v", "as": "s"}]}], "mark": "point", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].sample" && $0.message.contains("does not run yet") })
        #expect(e.contains { $0.path == "transform[1]" && $0.message.contains("one transform per entry") })
        #expect(e.contains { $0.path == "transform[2].aggregate[0].op" })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"fold": ["a"]}], "facet": {"field": "k"}, "spec": {"data": {"values": []}, "mark": "bar", "encoding": {}}}"#)
        #expect(e.contains { $0.path == "transform" && $0.message.contains("reads data of its own") })
        e = Self.errors(#"[{"a": "x", "v": "n/a"}]"#, #"[{"aggregate": [{"op": "sum", "field": "v", "as": "s"}]}]"#)
        #expect(e.contains { $0.message.contains("\"n/a\" is not a number") })
    }
}
