import Foundation
import Testing
@testable import ChartKit

/// Tables read from files in pieces, and the columnar storage they go into: whatever the
/// piece size, a file reads to the same table as when read whole, and its errors keep their
/// lines; coded columns widen, merge equal texts, and group like the cells they stand for.
@Suite("Streamed tables and coded columns")
struct StreamedTableTests {
    static let tricky = "\u{FEFF}province,note,value\r\n"
        + "\"Inner Mongolia, east\",\"said \"\"yes\"\"\",1.5\r\n"
        + "\n"
        + "内蒙古,\"two\nlines\",2\n"
        + "  Hebei  , 河北 ,\n"
        + "Anhui,\"\",3\r\n"
        + "Hebei,last,4"

    func write(_ text: String, _ file: String = "t.csv") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + file
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String, pieceSize: Int, delimiter: UnicodeScalar = ",") throws -> DataTable {
        try DataLoader.readDelimited(Located(path, at: SourceLocation(file: "spec.json", line: 1, column: 1), path: "data.url"),
                                     full: path, delimiter: delimiter, paths: .unrestricted, pieceSize: pieceSize)
    }

    @Test("every piece size reads a file to the table the whole text gives: quotes, CRLF, BOM, characters cut between pieces")
    func pieceSizes() throws {
        let path = try write(Self.tricky)
        let whole = try DataLoader.parseCSV(Array(Self.tricky.utf8), name: path)
        #expect(whole.rows == [
            [.text("Inner Mongolia, east"), .text("said \"yes\""), .text("1.5")],
            [.text("内蒙古"), .text("two\nlines"), .text("2")],
            [.text("Hebei"), .text("河北"), .missing],
            [.text("Anhui"), .missing, .text("3")],
            [.text("Hebei"), .text("last"), .text("4")],
        ])
        #expect(whole.rowLocations.map(\.line) == [2, 4, 6, 7, 8])
        for size in [16, 17, 19, 23, 31, 64, 4096] {
            let t = try read(path, pieceSize: size)
            #expect(t.columns == whole.columns, "piece size \(size)")
            #expect(t.rows.arrays == whole.rows.arrays, "piece size \(size)")
            #expect(Array(t.rowLocations) == Array(whole.rowLocations), "piece size \(size)")
        }
    }

    @Test("a bad byte, a ragged row and an unclosed quote far into a file are named at their lines, whatever the pieces")
    func errorsKeepTheirLines() throws {
        var text = "a,b\n" + String(repeating: "x,1\n", count: 300)
        var bytes = Array(text.utf8) + [0x79, 0x2C, 0xC3, 0x28, 0x0A]  // "y," then a cut two-byte character, line 302
        let bad = try write("")
        try Data(bytes).write(to: URL(fileURLWithPath: bad))
        for size in [16, 100, 1 << 18] {
            let e = try #require(throws: ChartError.self) { try read(bad, pieceSize: size) }
            #expect(e.diagnostics.first?.location == SourceLocation(file: bad, line: 302, column: 3), "piece size \(size)")
            #expect(e.diagnostics.first?.message.contains("byte 0xC3 is not UTF-8") == true)
        }
        text += "only-one-field\n"
        let ragged = try write(text)
        let e = try #require(throws: ChartError.self) { try read(ragged, pieceSize: 32) }
        #expect(e.diagnostics.first?.location?.line == 302)
        bytes = Array((text + "q,\"open\n\n").utf8)
        let open = try write("")
        try Data(bytes).write(to: URL(fileURLWithPath: open))
        let o = try #require(throws: ChartError.self) { try read(open, pieceSize: 32) }
        #expect(o.diagnostics.first?.location?.line == 303)
        #expect(o.diagnostics.first?.message.contains("never closed") == true)
    }

    @Test("a file of blanks is empty; a TSV reads with tabs")
    func emptyAndTabs() throws {
        let blank = try write(" \n\t\n\n")
        let e = try #require(throws: ChartError.self) { try read(blank, pieceSize: 16, delimiter: "\t") }
        #expect(e.diagnostics.first?.message.contains("is empty") == true)
        let tsv = try write("a\tb\n1,5\t2\n", "t.tsv")
        #expect(try read(tsv, pieceSize: 16, delimiter: "\t").rows == [[.text("1,5"), .text("2")]])
    }

    @Test("codes widen past 255 and 65,535 distinct values and read back every cell")
    func widening() throws {
        var b = CodedColumnBuilder()
        let cells = (0..<70_000).map { "v\($0 % 69_000)" } + ["", "v3"]
        for cell in cells {
            Array(cell.utf8).withUnsafeBufferPointer { b.append($0) }
        }
        let column = b.finish()
        #expect(column.count == cells.count)
        for (i, cell) in cells.enumerated() where i % 997 == 0 || i >= 69_990 {
            #expect(column[i] == (cell.isEmpty ? .missing : .text(cell)), "row \(i)")
        }
        guard case .coded(_, let values) = column else { Issue.record("not coded"); return }
        #expect(values.count == 69_001)  // missing + 69,000 texts
    }

    @Test("texts Swift holds equal (é composed or not) are one value of a coded column")
    func canonicalTexts() throws {
        let path = try write("name,n\nCaf\u{E9},1\nCafe\u{301},2\n")
        let t = try read(path, pieceSize: 16)
        guard case .coded(_, let values) = t.storage[0] else { Issue.record("not coded"); return }
        #expect(values.count == 2)  // missing and one "Café"
        let sums = try TransformRunner.apply([TransformSpec.aggregateSum("n", groupby: "name")], to: t, context: TransformContext(baseDirectory: "", paths: .unrestricted))
        #expect(sums.rows.count == 1)
        #expect(sums[0, 1] == .number(3))
    }

    @Test("grouping by codes gives the groups grouping by texts gives")
    func groupsByCodes() throws {
        let path = try write("p,s,v\nA,x,1\nB,x,2\nA,y,3\n,x,4\nA,x,5\nB,,6\n")
        let coded = try read(path, pieceSize: 16)
        let cells = DataTable(name: "t", columns: coded.columns, rows: coded.rows.arrays, rowLocations: coded.rowLocations)
        for by in [[0], [1], [0, 1], [1, 0], []] {
            let a = Groups(coded, by: by), b = Groups(cells, by: by)
            #expect(a.members == b.members, "by \(by)")
            #expect(a.groupOf == b.groupOf, "by \(by)")
        }
        #expect(Groups(coded, by: [0, 1]).members == [[0, 4], [1], [2], [3], [5]])
    }

    @Test("row locations are kept as runs and read back exactly, across files and gaps")
    func rowLocationRuns() {
        let written = [SourceLocation(file: "a.csv", line: 2, column: 1), SourceLocation(file: "a.csv", line: 3, column: 1),
                       SourceLocation(file: "a.csv", line: 5, column: 1), SourceLocation(file: "spec.json", line: 9, column: 4),
                       SourceLocation(file: "spec.json", line: 10, column: 4), SourceLocation(file: "a.csv", line: 6, column: 1)]
        let runs = RowLocations(written)
        #expect(Array(runs) == written)
        #expect(Array(runs.selecting([5, 0, 3])) == [written[5], written[0], written[3]])
    }
}

extension TransformSpec {
    /// `{"aggregate": [{"op": "sum", "field": f, "as": "sum"}], "groupby": [g]}`, as decoded.
    static func aggregateSum(_ field: String, groupby: String) -> TransformSpec {
        let at = SourceLocation(file: "spec.json", line: 1, column: 1)
        let op = AggregateOpSpec(op: Located("sum", at: at, path: "transform[0].aggregate[0].op"),
                                 field: Located(field, at: at, path: "transform[0].aggregate[0].field"),
                                 alias: Located("sum", at: at, path: "transform[0].aggregate[0].as"))
        return TransformSpec(kind: .aggregate([op], groupby: [Located(groupby, at: at, path: "transform[0].groupby[0]")]), location: at, path: "transform[0]")
    }
}
