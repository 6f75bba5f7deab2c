import Foundation
import Testing
@testable import ChartKit

/// The byte-level CSV/TSV reader: RFC 4180 quoting, line numbers, and its two errors.
@Suite("CSV parser")
struct CSVParserTests {
    func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> (rows: [[String]], lines: [Int], failure: CSVParser.Failure?) {
        var rows: [[String]] = [], lines: [Int] = []
        let failure = try CSVParser.parse(Array(text.utf8), delimiter: delimiter) { fields, line in rows.append(fields); lines.append(line) }
        return (rows, lines, failure)
    }

    @Test("quotes hold delimiters, doubled quotes and line breaks; later rows keep their line numbers")
    func quoting() throws {
        let r = try records("\u{FEFF}region,note\r\n\"Inner Mongolia, east\",\"said \"\"yes\"\"\"\r\n\nHebei,\"two\nlines\"\n  Anhui  , x \n")
        #expect(r.failure == nil)
        #expect(r.rows == [["region", "note"], ["Inner Mongolia, east", "said \"yes\""], ["Hebei", "two\nlines"], ["Anhui", "x"]])
        #expect(r.lines == [1, 2, 4, 6])
    }

    @Test("tabs separate TSV fields; empty fields stay empty")
    func tabs() throws {
        let r = try records("a\tb\tc\n1\t\t3\n", delimiter: 0x09)
        #expect(r.rows == [["a", "b", "c"], ["1", "", "3"]])
    }

    @Test("an unclosed quote and text after a closing quote are named at their line")
    func failures() throws {
        var r = try records("a,b\n1,\"open\n2,3\n")
        #expect(r.failure?.line == 2 && r.failure?.message.contains("never closed") == true)
        r = try records("a,b\n1,\"x\"y\n")
        #expect(r.failure?.line == 2 && r.failure?.message.contains("text follows a closing quote") == true)
    }

    @Test("a CSV file reads to the same table as before: rows, locations, missing cells")
    func table() throws {
        let t = try DataLoader.parseCSV(Array("year,value\n2021,1.5\n\n2022,\n".utf8), name: "x.csv")
        #expect(t.columns == ["year", "value"])
        #expect(t.rows == [[.text("2021"), .text("1.5")], [.text("2022"), .missing]])
        #expect(t.rowLocations.map(\.line) == [2, 4])
    }
}
