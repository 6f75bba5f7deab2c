import Foundation
import Testing
@testable import ChartKit

/// Data files parsed once per process while unchanged, never past a spec's path policy.
@Suite("Data files parsed once", .serialized)
struct DataFileCacheTests {
    /// Writes in place (same inode), as many editors save.
    func write(_ text: String, to path: String, modified: Date? = nil) {
        let f = fopen(path, "w")
        fputs(text, f)
        fclose(f)
        if let modified { try? FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path) }
    }

    func table(_ spec: String, in dir: String, file: String = "spec.json") throws -> DataTable {
        let decoded = try SpecDecoder.decode(text: spec, file: dir + "/" + file, baseDirectory: dir)
        return try #require(ChartResolver.resolve(decoded).layers.first).table
    }

    let spec = """
        {"data": {"url": "rows.json"}, "mark": "bar",
         "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}
        """

    @Test("an unchanged file is parsed once; a changed one (size or time) again")
    func parsesOncePerVersion() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/rows.json"
        write(#"[{"k": "a", "v": 1}]"#, to: path, modified: Date(timeIntervalSince1970: 1_000_000))
        var parses = 0
        func read() throws(ChartError) -> DataTable {
            try DataFileCache.table(path: path, reading: "json") { () throws(ChartError) in
                parses += 1
                return try DataLoader.parseCSV(try FileAccess.read(path, what: "data file"), name: path)
            }
        }
        _ = try read()
        _ = try read()
        #expect(parses == 1)
        // Same size, new time: an editor's save of a one-character change.
        write(#"[{"k": "b", "v": 1}]"#, to: path, modified: Date(timeIntervalSince1970: 1_000_001))
        _ = try read()
        #expect(parses == 2)
        // Same time, new size.
        write(#"[{"k": "bb", "v": 1}]"#, to: path, modified: Date(timeIntervalSince1970: 1_000_001))
        _ = try read()
        #expect(parses == 3)
        // Another reading (format or parse rules) of the same file is its own table.
        _ = try DataFileCache.table(path: path, reading: "csv") { () throws(ChartError) in parses += 1; return try read() }
        #expect(parses == 4)
    }

    @Test("charts see the file's current rows, each named as its spec wrote the path")
    func chartsSeeCurrentRows() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        write(#"[{"k": "a", "v": 1}, {"k": "b", "v": 2}]"#, to: dir + "/rows.json")
        #expect(try table(spec, in: dir).rowCount == 2)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        let fromSub = spec.replacingOccurrences(of: "rows.json", with: "../rows.json")
        // Cached by the first chart; the second names it its own way.
        var decoded = try SpecDecoder.decode(text: fromSub, file: dir + "/sub/spec.json", baseDirectory: dir + "/sub")
        decoded.paths = .forSpec(in: dir + "/sub", extraRoots: [dir])
        #expect(try #require(ChartResolver.resolve(decoded).layers.first).table.label == "../rows.json")
        write(#"[{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "c", "v": 3}]"#, to: dir + "/rows.json")
        #expect(try table(spec, in: dir).rowCount == 3)
    }

    @Test("a file another chart has parsed is still refused to a spec that may not read it")
    func policyBeforeCache() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        write(#"[{"k": "a", "v": 1}]"#, to: dir + "/rows.json")
        _ = try table(spec, in: dir)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        let outside = spec.replacingOccurrences(of: "rows.json", with: "../rows.json")
        do {
            _ = try table(outside, in: dir + "/sub")
            Issue.record("a path outside the spec's folder was read from the cache")
        } catch {
            #expect("\(error)".contains("is outside the folders a spec may read"))
        }
    }

    @Test("records: columns in order of first appearance, whatever order later records use")
    func recordColumns() throws {
        let root = try JSONParser.parse(#"[{"a": 1, "b": 2}, {"b": 3, "c": "x"}, {"c": "y", "a": 4}]"#, file: "t.json")
        guard case .array(let items) = root.value else { Issue.record("not an array"); return }
        let t = try DataLoader.records(items, location: root.location, path: nil, name: "t.json", label: "t")
        #expect(t.columns == ["a", "b", "c"])
        #expect(t.rowCount == 3)
        #expect(t[0, 0] == .number(1) && t[0, 1] == .number(2) && t[0, 2] == .missing)
        #expect(t[1, 0] == .missing && t[1, 1] == .number(3) && t[1, 2] == .text("x"))
        #expect(t[2, 0] == .number(4) && t[2, 1] == .missing && t[2, 2] == .text("y"))
    }
}
