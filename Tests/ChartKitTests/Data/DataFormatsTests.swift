import Foundation
import Testing
@testable import ChartKit

/// Data files named by `url`: TSV, JSON records, format.parse, and the rules every file read
/// follows (confined paths, one read per chart).
@Suite("Data formats")
struct DataFormatsTests {
    /// A temporary spec folder with `files` in it (relative path → contents).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = TestSupport.temporaryDirectory()
        for (path, text) in files {
            let full = dir + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Loads the top-level data of a spec written in `dir`.
    static func load(_ spec: String, in dir: String) throws -> DataTable {
        let decoded = try SpecDecoder.decode(text: spec, file: "spec.json", baseDirectory: dir)
        return try DataLoader.load(decoded.data!, baseDirectory: dir, paths: decoded.paths, datasets: decoded.datasets)
    }

    static func loadErrors(_ spec: String, in dir: String) -> [Diagnostic] {
        do {
            _ = try load(spec, in: dir)
            return []
        } catch let e as ChartError {
            return e.diagnostics
        } catch {
            return [Diagnostic(at: nil, "unexpected \(error)")]
        }
    }

    // MARK: TSV

    @Test("TSV: tabs split fields; quotes, missing cells, unicode and a BOM as in CSV")
    func tsv() throws {
        let text = "\u{FEFF}region\tnote\ttarget\n\"Beijing\tcity\"\t\"two\nlines\"\t14\n\n内蒙古\t\t 15 \n"
        let t = try DataLoader.parseCSV(Array(text.utf8), name: "t.tsv", delimiter: "\t")
        #expect(t.columns == ["region", "note", "target"])
        #expect(t.rows == [[.text("Beijing\tcity"), .text("two\nlines"), .text("14")], [.text("内蒙古"), .missing, .text("15")]])
        #expect(t.rowLocations.map(\.line) == [2, 5])
        // A comma is an ordinary character in TSV.
        let commas = try DataLoader.parseCSV(Array("a\tb\n1,5\t2\n".utf8), name: "t.tsv", delimiter: "\t")
        #expect(commas.rows == [[.text("1,5"), .text("2")]])
    }

    @Test("TSV: the CSV errors, at their lines")
    func tsvErrors() {
        func errors(_ text: [UInt8]) -> [String] {
            do {
                _ = try DataLoader.parseCSV(text, name: "t.tsv", delimiter: "\t")
                return []
            } catch { return error.diagnostics.map(\.description) }
        }
        #expect(errors(Array("a\tb\n1\t2\n3\n".utf8)) == ["t.tsv:3:1: this row has 1 fields but the header has 2 (a, b)"])
        #expect(errors(Array("a\tb\n1\t2\n".utf8) + [0xFF]) == ["t.tsv:3:1: byte 0xFF is not UTF-8 (save the TSV as UTF-8)"])
        #expect(errors(Array("a\ta\n1\t2\n".utf8)) == ["t.tsv:1:1: the header names column \"a\" twice"])
        #expect(errors([]) == ["t.tsv: is empty; expected a header row naming the columns"])
    }

    // MARK: JSON files

    @Test("JSON: an array of records, or the one a dotted property names; rows point at the file")
    func json() throws {
        let dir = try Self.folder([
            "data/flat.json": """
            [
              {"region": "Hebei", "target": 15, "ok": true},
              {"region": "内蒙古", "target": null},
              {"region": "", "extra": 1.5}
            ]
            """,
            "data/nested.json": #"{"meta": {"source": "x"}, "data": {"rows": [{"region": "Hebei", "target": 15}]}}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let t = try Self.load(#"{"data": {"url": "data/flat.json"}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(t.columns == ["region", "target", "ok", "extra"])
        #expect(t.rows == [
            [.text("Hebei"), .number(15), .text("true"), .missing],
            [.text("内蒙古"), .missing, .missing, .missing],
            [.missing, .missing, .missing, .number(1.5)],
        ])
        #expect(t.rowLocations.map { "\($0.line):\($0.column)" } == ["2:3", "3:3", "4:3"])
        #expect(t.rowLocations[0].file == dir + "/data/flat.json")
        #expect(t.label == "data/flat.json")
        let n = try Self.load(#"{"data": {"url": "data/nested.json", "format": {"type": "json", "property": "data.rows"}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(n.columns == ["region", "target"])
        #expect(n.rows == [[.text("Hebei"), .number(15)]])
    }

    @Test("JSON: a missing step of the property, nested cells and a file that is no array are named")
    func jsonErrors() throws {
        let dir = try Self.folder([
            "data/nested.json": #"{"data": {"rows": [{"a": 1, "b": {"c": 2}}, [1, 2], {"a": [3]}]}}"#,
            "data/bad.json": "[{\"a\": 1},\n {\"a\": 2,}]",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var e = Self.loadErrors(#"{"data": {"url": "data/nested.json", "format": {"property": "data.row"}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(e.count == 1)
        #expect(e[0].path == "data.format.property")
        #expect(e[0].location?.line == 1 && e[0].location?.column == 61)
        #expect(e[0].message == "\"data.row\": there is no \"row\" in \"data\" (\(dir)/data/nested.json:1:10) (its keys: rows); did you mean \"rows\"?")
        e = Self.loadErrors(#"{"data": {"url": "data/nested.json", "format": {"property": "data.rows.x"}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(e.first?.message.contains("step \"x\" cannot be taken: \"data.rows\"") == true)
        e = Self.loadErrors(#"{"data": {"url": "data/nested.json", "format": {"property": "data.rows"}}, "mark": "bar", "encoding": {}}"#, in: dir)
        // (Record 3's short array is read as columns "a[0]", …: NestedRecordTests.)
        #expect(e.map(\.description) == [
            "\(dir)/data/nested.json:1:45: record 2 must be an object such as {\"region\": \"Hebei\", \"target\": 15} or a single value, found an array",
        ])
        e = Self.loadErrors(#"{"data": {"url": "data/nested.json"}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(e.first?.description == "\(dir)/data/nested.json:1:1: holds an object, not an array of records (keys: data)")
        e = Self.loadErrors(#"{"data": {"url": "data/bad.json"}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(e.first?.description == "\(dir)/data/bad.json:2:10: trailing comma before '}'")
    }

    // MARK: format.parse

    @Test("format.parse: numbers, strings, booleans and dates; errors name the row, the column and the rule")
    func parse() throws {
        let dir = try Self.folder(["data/x.csv": "year,code,value,flag\n2024-03,007,1.5,yes\n2025,8,x,1\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ok = try Self.load(#"{"data": {"url": "data/x.csv", "format": {"parse": {"year": "date", "code": "string"}}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(ok.rows.map { $0[0] } == [.text("2024-03"), .text("2025")])
        #expect(ok.parsedTypes == [0: .temporal, 1: .nominal])
        #expect(!ok.isNumeric(column: 1), "a column parsed as strings is not inferred quantitative")
        let none = try Self.load(#"{"data": {"url": "data/x.csv", "format": {"parse": null}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(none.rows[0] == [.text("2024-03"), .text("007"), .text("1.5"), .text("yes")])
        let e = Self.loadErrors(#"{"data": {"url": "data/x.csv", "format": {"parse": {"value": "number", "flag": "boolean", "yaer": "date"}}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(e.map(\.description) == [
            "\(dir)/data/x.csv:3:1: column \"value\", row 2: \"x\" is not a number (data.format.parse.value is \"number\")",
            "\(dir)/data/x.csv:2:1: column \"flag\", row 1: \"yes\" is not true or false (nor 1 or 0) (data.format.parse.flag is \"boolean\")",
            "spec.json:1:91: data.format.parse.yaer \"yaer\" is not a column of data/x.csv (columns: year, code, value, flag); did you mean \"year\"?",
        ])
        let dates = Self.loadErrors(#"{"data": {"url": "data/x.csv", "format": {"parse": {"code": "date"}}}, "mark": "bar", "encoding": {}}"#, in: dir)
        #expect(dates.first?.message == "column \"code\", row 1: \"007\" is not a date (write 2023, 2023-06 or 2023-06-30) (data.format.parse.code is \"date\")")
    }

    @Test("a parsed type does not type a channel: without a type a field is nominal, as in Vega-Lite")
    func parsedTypeInference() throws {
        let spec = #"""
        {"data": {"url": "data/x.csv", "format": {"parse": {"year": "date", "v": "number"}}},
         "mark": "bar", "encoding": {"x": {"field": "year"}, "y": {"field": "v", "aggregate": "sum"}}}
        """#
        let dir = try Self.folder(["data/x.csv": "year,v\n2024,1\n2025,2\n", "s.json": spec])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(file: dir + "/s.json"))
        #expect(chart.layers[0].x?.type == .nominal)
        #expect(chart.layers[0].y?.type == .quantitative)
    }

    // MARK: Files

    @Test("url paths are confined like csv paths: a ../ url or an absolute one is refused without reading it")
    func confinement() throws {
        let outer = try Self.folder(["secret.tsv": "root:x\tpw\n1\t2\n", "secret.xlsx": "not read"])
        defer { try? FileManager.default.removeItem(atPath: outer) }
        let dir = outer + "/spec"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for url in ["../secret.tsv", "../secret.xlsx", outer + "/secret.tsv"] {
            let e = Self.loadErrors(#"{"data": {"url": "\#(url)"}, "mark": "bar", "encoding": {}}"#, in: dir)
            #expect(e.count == 1)
            #expect(e.first?.path == "data.url")
            #expect(e.first?.message.contains("is outside the folders a spec may read") == true, "\(e)")
            #expect(e.first?.message.contains("root:x") == false)
        }
        let allowed = try SpecDecoder.decode(text: #"{"data": {"url": "../secret.tsv"}, "mark": "bar", "encoding": {}}"#, file: "spec.json", baseDirectory: dir)
            .confined(extraRoots: [], allowOutside: true)
        let t = try DataLoader.load(allowed.data!, baseDirectory: dir, paths: allowed.paths)
        #expect(t.columns == ["root:x", "pw"])
    }

    @Test("layers reading one workbook read the file once; different sheets make different tables")
    func oneReadPerChart() throws {
        let book = XLSXFixture(sheets: [
            ("A", XLSXFixture.row(1, XLSXFixture.inline("A1", "k"), XLSXFixture.inline("B1", "v")) + XLSXFixture.row(2, XLSXFixture.inline("A2", "x"), XLSXFixture.number("B2", "1"))),
            ("B", XLSXFixture.row(1, XLSXFixture.inline("A1", "k"), XLSXFixture.inline("B1", "w")) + XLSXFixture.row(2, XLSXFixture.inline("A2", "x"), XLSXFixture.number("B2", "2"))),
        ])
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try book.write(to: dir + "/b.xlsx")
        let spec = ChartSpec(file: "s.json", baseDirectory: dir, location: SourceLocation(file: "s.json", line: 1, column: 1))
        var files: [String: [UInt8]] = [:]
        func load(_ sheet: String) throws -> DataTable {
            let here = SourceLocation(file: "s.json", line: 1, column: 1)
            var f = DataFormat(type: .xlsx, location: here, path: "data.format")
            f.sheet = Located(.name(sheet), at: here, path: "data.format.sheet")
            return try DataLoader.load(.url(Located("b.xlsx", at: here, path: "data.url"), f), baseDirectory: dir, paths: spec.paths,
                                       datasets: [:], files: &files)
        }
        let a = try load("A")
        try FileManager.default.removeItem(atPath: dir + "/b.xlsx")
        let b = try load("B")  // from the bytes already read
        #expect(a.columns == ["k", "v"] && b.columns == ["k", "w"])
        #expect(a.label == "b.xlsx (sheet \"A\")")
        #expect(files.count == 1)
    }
}
