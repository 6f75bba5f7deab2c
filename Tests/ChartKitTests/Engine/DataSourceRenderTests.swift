import Foundation
import Testing
@testable import ChartKit

/// The same rows from every kind of source draw the same chart, byte for byte.
@Suite("Data sources render alike")
struct DataSourceRenderTests {
    static let rows: [(region: String, year: Int, value: Double)] = [
        ("Hebei", 2025, 15), ("Hebei", 2030, 18.5), ("内蒙古", 2025, 14.5), ("内蒙古", 2030, 17),
        ("Shanxi, north", 2025, 13.5), ("Shanxi, north", 2030, 16.25),
    ]

    static func csv(_ separator: String) -> String {
        func field(_ s: String) -> String { separator == "," && s.contains(",") ? "\"\(s)\"" : s }
        return (["region", "year", "value"].joined(separator: separator) + "\n") +
            rows.map { [field($0.region), "\($0.year)", Format.plain($0.value)].joined(separator: separator) + "\n" }.joined()
    }

    static var records: String {
        "[" + rows.map { #"{"region": "\#($0.region)", "year": \#($0.year), "value": \#(Format.plain($0.value))}"# }.joined(separator: ",\n") + "]"
    }

    static var workbook: XLSXFixture {
        typealias X = XLSXFixture
        var strings = ["region", "year", "value"]
        var sheet = X.row(2, X.inline("B2", "Targets (a title above the table)"))
        sheet += X.row(4, X.shared("B4", 0), X.shared("C4", 1), X.shared("D4", 2))
        for (i, r) in rows.enumerated() {
            if !strings.contains(r.region) { strings.append(r.region) }
            sheet += X.row(5 + i, X.shared("B\(5 + i)", strings.firstIndex(of: r.region)!), X.number("C\(5 + i)", "\(r.year)"),
                           X.formula("D\(5 + i)", "\(Format.plain(r.value))*1", cached: Format.plain(r.value)))
        }
        return XLSXFixture(sheets: [("Notes", X.row(1, X.inline("A1", "see the next sheet"))), ("Targets", sheet)], sharedStrings: strings)
    }

    @Test("CSV, TSV, JSON, an Excel workbook, datasets and inline values give byte-identical PNGs")
    func identical() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        try Self.csv(",").write(toFile: dir + "/data/t.csv", atomically: true, encoding: .utf8)
        try Self.csv("\t").write(toFile: dir + "/data/t.tsv", atomically: true, encoding: .utf8)
        try #"{"meta": {"unit": "%"}, "result": {"rows": \#(Self.records)}}"#.write(toFile: dir + "/data/t.json", atomically: true, encoding: .utf8)
        try Self.workbook.write(to: dir + "/data/t.xlsx")

        let sources = [
            #""data": {"csv": "data/t.csv"}"#,
            #""data": {"url": "data/t.csv"}"#,
            #""data": {"url": "data/t.tsv"}"#,
            #""data": {"url": "data/t.json", "format": {"type": "json", "property": "result.rows"}}"#,
            #""data": {"url": "data/t.xlsx", "format": {"type": "xlsx", "sheet": "Targets", "range": "B4:D10", "header": 1}}"#,
            #""data": {"url": "data/t.xlsx", "format": {"sheet": 2, "header": 4}}"#,
            #""data": {"values": \#(Self.records)}"#,
            #""datasets": {"targets": \#(Self.records)}, "data": {"name": "targets"}"#,
        ]
        let engine = ChartEngine()
        var images: [[UInt8]] = []
        for source in sources {
            let text = """
            {"title": "Targets by region", "width": 480, "height": 300, \(source),
             "mark": {"type": "bar", "labels": true},
             "encoding": {"x": {"field": "region", "type": "nominal"}, "y": {"field": "value", "type": "quantitative"},
                          "color": {"field": "year", "type": "nominal"}, "xOffset": {"field": "year"}}}
            """
            let spec = try SpecDecoder.decode(text: text, file: "t.json", baseDirectory: dir)
            let (files, _) = try engine.render(try ChartResolver.resolve(spec), formats: [.png])
            images.append(try #require(files[.png]))
        }
        #expect(images.count == sources.count)
        for (i, image) in images.enumerated().dropFirst() {
            #expect(image == images[0], "\(sources[i]) draws a different PNG from \(sources[0])")
        }
        #expect(images[0].count > 1000)
    }
}
