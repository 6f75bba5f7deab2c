import Foundation
import Testing
@testable import ChartKit

/// Decoding `data` (Vega-Lite's url/format/values/name and this project's csv) and `datasets`.
@Suite("Data specs")
struct DataSpecTests {
    static func decode(_ data: String, extra: String = "") throws -> ChartSpec {
        try SpecDecoder.decode(text: #"{"data": \#(data), \#(extra)"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#, file: "spec.json")
    }

    static func errors(_ data: String, extra: String = "") -> [Diagnostic] {
        TestSupport.decodeErrors(#"{"data": \#(data), \#(extra)"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
    }

    @Test("url: the type from the extension or format.type; csv and values decode as before")
    func forms() throws {
        for (url, type) in [("data/x.csv", DataFileType.csv), ("x.TSV", .tsv), ("d/x.tab", .tsv), ("x.json", .json), ("book.xlsx", .xlsx)] {
            guard case .url(let u, let f)? = try Self.decode(#"{"url": "\#(url)"}"#).data else { Issue.record("\(url) not decoded"); continue }
            #expect(u.value == url && u.path == "data.url" && f.type == type && f.path == "data.format")
        }
        guard case .url(_, let f)? = try Self.decode(#"{"url": "export.txt", "format": {"type": "tsv", "parse": {"a": "number", "b": null}}}"#).data else {
            Issue.record("not decoded"); return
        }
        #expect(f.type == .tsv)
        #expect(f.parse.map(\.field.value) == ["a"] && f.parse.first?.type == .number)
        #expect(f.parse.first?.field.path == "data.format.parse.a")
        guard case .url(_, let x)? = try Self.decode(#"{"url": "b.xlsx", "format": {"sheet": 2, "range": "$B$3:F40", "header": 2}}"#).data else {
            Issue.record("not decoded"); return
        }
        #expect(x.sheet?.value == .index(2))
        #expect(x.range?.value == CellRange(firstColumn: 2, firstRow: 3, lastColumn: 6, lastRow: 40))
        #expect(x.header?.value == 2)
        if case .csv(let p)? = try Self.decode(#"{"csv": "data/x.csv"}"#).data { #expect(p.path == "data.csv") } else { Issue.record("csv") }
        if case .values(let v, _, _)? = try Self.decode(#"{"values": [{"a": 1}]}"#).data { #expect(v.count == 1) } else { Issue.record("values") }
        if case .named(let n)? = try Self.decode(#"{"name": "t"}"#, extra: #""datasets": {"t": []}, "#).data { #expect(n.value == "t") } else { Issue.record("name") }
    }

    @Test("format: unknown keys, keys of another type, types, sheets, ranges and header rows are errors at their keys")
    func formatErrors() {
        func first(_ data: String) -> String { Self.errors(data).first.map { "\($0.path) \($0.message)" } ?? "" }
        #expect(first(#"{"url": "x.csv", "format": {"delimiter": ";"}}"#).hasPrefix("data.format.delimiter is not a known key (allowed: type, parse, property, sheet, range, header, feature, mesh)"))
        #expect(first(#"{"url": "x.csv", "format": {"sheet": 1}}"#) == "data.format.sheet applies to Excel workbooks (\"type\": \"xlsx\"); \"x.csv\" is read as csv")
        #expect(first(#"{"url": "x.xlsx", "format": {"property": "a"}}"#) == "data.format.property applies to JSON files (\"type\": \"json\"); \"x.xlsx\" is read as xlsx")
        #expect(first(#"{"url": "x.csv", "format": {"type": "dsv"}}"#).hasPrefix("data.format.type \"dsv\" is not one of \"csv\", \"tsv\", \"json\", \"xlsx\", \"topojson\""))
        #expect(first(#"{"url": "x.xlsx", "format": {"sheet": 0}}"#) == "data.format.sheet must be a sheet's name (\"Sheet1\") or its position from 1, found 0")
        #expect(first(#"{"url": "x.xlsx", "format": {"range": "F40:A3"}}"#).hasPrefix("data.format.range \"F40:A3\" is not a range of cells such as \"A3:F40\""))
        #expect(first(#"{"url": "x.xlsx", "format": {"header": 1.5}}"#) == "data.format.header must be a whole row number (1 for the range's first row), found 1.5")
        #expect(first(#"{"url": "x.xlsx", "format": {"range": "A3:F4", "header": 3}}"#) == "data.format.header 3 is below the range A3:F4, which has 2 rows")
        #expect(first(#"{"url": "x.json", "format": {"property": "data..rows"}}"#).hasPrefix("data.format.property \"data..rows\" is not a dotted path"))
        #expect(first(#"{"url": "x.csv", "format": {"parse": {"a": "integer"}}}"#).hasPrefix("data.format.parse.a \"integer\" is not one of \"number\", \"string\", \"boolean\", \"date\""))
        #expect(first(#"{"url": "x.csv", "format": {"parse": ["a"]}}"#).hasPrefix("data.format.parse must be an object such as"))
        #expect(first(#"{"url": "x.dat"}"#) == "data.url \"x.dat\" ends in .dat, not .csv, .tsv, .json or .xlsx; say how to read it: \"format\": {\"type\": \"csv\"} (or \"tsv\", \"json\", \"xlsx\")")
        #expect(first(#"{"url": "old.xls"}"#).contains("Excel 97–2003 workbook (.xls)"))
        #expect(first(#"{"csv": "x.csv", "format": {"type": "tsv"}}"#).hasPrefix("data.format says how a file is read, so it goes with \"url\""))
        #expect(first(#"{"csv": "x.csv", "url": "y.csv"}"#) == "data takes one of \"url\", \"values\", \"name\" or \"csv\", not \"url\" and \"csv\" together")
        #expect(first(#"{}"#).hasPrefix("data needs \"url\""))
    }

    @Test("remote urls are refused: data is read from files next to the spec")
    func remote() {
        let e = Self.errors(#"{"url": "https://example.org/data/x.csv"}"#)
        #expect(e.count == 1, "\(e)")
        #expect(e.first?.description == "spec.json:1:18: data.url \"https://example.org/data/x.csv\": remote data is not fetched: download it next to the spec and name the file")
        #expect(Self.errors(#"{"csv": "HTTP://example.org/x.csv"}"#).first?.message.contains("remote data is not fetched") == true)
        #expect(Self.errors(#"{"url": "ftp://example.org/x.csv"}"#).first?.message.contains("is a URL") == true)
    }

    @Test("datasets by name: at the top, in layers, in concat panels and in a facet's view")
    func datasets() throws {
        let sets = #""datasets": {"sales": [{"a": "x", "b": 1}, {"a": "y", "b": 2}], "targets": [{"a": "x", "b": 3}]}"#
        let layered = try SpecDecoder.decode(text: """
        {\(sets), "data": {"name": "sales"},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}},
                   {"data": {"name": "targets"}, "mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}
        """, file: "s.json")
        let chart = try ChartResolver.resolve(layered)
        #expect(chart.layers.map(\.table.rows.count) == [2, 1])
        #expect(chart.layers[1].table.label == "dataset \"targets\"")
        let concat = try SpecDecoder.decode(text: """
        {\(sets), "data": {"name": "sales"},
         "hconcat": [{"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}},
                     {"data": {"name": "targets"}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}
        """, file: "s.json")
        #expect(try ChartResolver.resolve(concat).panels.map { $0.layers[0].table.rows.count } == [2, 1])
        let facet = try SpecDecoder.decode(text: """
        {\(sets), "data": {"name": "sales"}, "facet": {"field": "a"},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}}
        """, file: "s.json")
        #expect(try ChartResolver.resolve(facet).panels.count == 2)
    }

    @Test("an unknown dataset name is an error at the name, with the nearest one; datasets are checked where they are")
    func datasetErrors() {
        var e = Self.errors(#"{"name": "slaes"}"#, extra: #""datasets": {"sales": [], "targets": []}, "#)
        #expect(e.count == 1)
        #expect(e.first?.path == "data.name")
        #expect(e.first?.message == "\"slaes\" is not one of the spec's datasets (sales, targets); did you mean \"sales\"?")
        e = Self.errors(#"{"name": "sales"}"#)
        #expect(e.first?.message == "\"sales\" names a dataset, but the spec has no \"datasets\"; add \"datasets\": {\"sales\": [{…}, …]} at its top")
        e = TestSupport.decodeErrors(#"""
        {"datasets": {"sales": []}, "hconcat": [{"data": {"name": "sale"}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}
        """#)
        #expect(e.first?.path == "hconcat[0].data.name")
        #expect(e.first?.message.hasSuffix("did you mean \"sales\"?") == true)
        e = TestSupport.decodeErrors(#"{"datasets": {"sales": {"a": 1}}, "data": {"name": "sales"}, "mark": "bar", "encoding": {}}"#)
        #expect(e.first?.path == "datasets.sales")
        #expect(e.first?.message.hasPrefix("must be an array of rows") == true)
        e = TestSupport.decodeErrors(#"{"hconcat": [{"datasets": {}, "mark": "bar", "encoding": {}}]}"#)
        #expect(e.first?.path == "hconcat[0].datasets")
        // Rows are checked when the dataset is used, at their place under "datasets".
        // (A single value is a row {"data": value}, as Vega ingests it; an array is not a row.)
        let resolveErrors = TestSupport.resolveErrors(#"{"datasets": {"s": [{"a": "x", "b": 1}, [5]]}, "data": {"name": "s"}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(resolveErrors.first?.path == "datasets.s[1]")
        #expect(resolveErrors.first?.message.hasPrefix("must be an object") == true)
    }

    @Test("cell ranges and references")
    func cellRanges() {
        #expect(CellRange.parse("A3:F40")?.description == "A3:F40")
        #expect(CellRange.parse("aa1:XFD1048576") == CellRange(firstColumn: 27, firstRow: 1, lastColumn: 16_384, lastRow: 1_048_576))
        for bad in ["A3", "A0:B2", "XFE1:XFE2", "A1:B1048577", "3A:F4", "A3:F", "A3:F40:G1", ""] { #expect(CellRange.parse(bad) == nil, "\(bad)") }
        #expect([1, 26, 27, 52, 703, 16_384].map(CellRange.columnName) == ["A", "Z", "AA", "AZ", "AAA", "XFD"])
        #expect(SheetOrigin(sheet: "Sheet1", columns: []).reference(column: 3, row: 7) == "Sheet1!C7")
        #expect(SheetOrigin(sheet: "Bob's data", columns: []).reference(column: 1, row: 1) == "'Bob''s data'!A1")
        #expect(SheetOrigin(sheet: "数据", columns: []).reference(column: 2, row: 2) == "数据!B2")
    }
}
