import Foundation
import Testing
@testable import ChartKit

/// `-f csv`: the rows each layer draws after the spec's transforms, with the fields it encodes.
@Suite("The data behind the chart")
struct PlottedDataTests {
    let engine = ChartEngine()

    func csv(_ spec: String) throws -> [[String]] {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: spec, file: "t.json", baseDirectory: TestSupport.root + "/examples"))
        let bytes = try engine.render(chart, formats: [.csv]).files[.csv]!
        return Self.parse(String(decoding: bytes, as: UTF8.self))
    }

    func csv(example: String) throws -> [[String]] {
        let bytes = try engine.render(specFile: TestSupport.example(example), formats: [.csv]).files[.csv]!
        return Self.parse(String(decoding: bytes, as: UTF8.self))
    }

    /// RFC 4180 records (quoted fields, doubled quotes, CRLF), read independently of the writer.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { record.append(field); field = ""
            } else if c == "\r\n" || c == "\n" { record.append(field); records.append(record); record = []; field = ""
            } else { field.append(c) }
        }
        return records
    }

    @Test("figure2: the region and target of each of the 31 bars")
    func bars() throws {
        let rows = try csv(example: "figure2.json")
        #expect(rows.first == ["region", "target"])
        #expect(rows.count == 32 && rows.contains(["Qinghai", "10"]))
    }

    @Test("computed fields are the values drawn; text with commas and quotes is quoted")
    func transformsAndQuoting() throws {
        let rows = try csv(#"{"data": {"values": [{"k": "a, \"b\"", "v": 2}]}, "transform": [{"calculate": "datum.v * 10", "as": "w"}], "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "w", "type": "quantitative"}}}"#)
        #expect(rows == [["k", "w"], ["a, \"b\"", "20"]])
    }

    @Test("layers of different tables say which layer draws each row; a facet writes all its panels' rows once")
    func layersAndPanels() throws {
        let layered = try csv(example: "figure7.json")
        #expect(layered.first?.first == "drawn in" && Set(layered.dropFirst().map { $0[0] }) == ["layers[0]", "layers[1]"])
        let facet = try csv(example: "province-small-multiples.json")
        #expect(facet.first == ["year", "capacity", "type"] && facet.count == 1 + 31 * 8 * 2, "\(facet.count)")
    }
}
