import Foundation
import Testing
@testable import ChartKit

/// Excel workbooks (.xlsx) as data: cells of every kind, sheets, ranges and header rows,
/// locations that name cells, and the bounds a hostile workbook meets.
@Suite("Excel workbooks")
struct WorkbookTests {
    typealias X = XLSXFixture

    static func format(sheet: SheetSelector? = nil, range: String? = nil, header: Int? = nil,
                       parse: [(String, ParseType)] = []) -> DataFormat {
        let here = SourceLocation(file: "spec.json", line: 1, column: 1)
        var f = DataFormat(type: .xlsx, location: here, path: "data.format")
        f.sheet = sheet.map { Located($0, at: here, path: "data.format.sheet") }
        f.range = range.map { Located(CellRange.parse($0)!, at: here, path: "data.format.range") }
        f.header = header.map { Located($0, at: here, path: "data.format.header") }
        f.parse = parse.map { ParseRule(field: Located($0.0, at: here, path: "data.format.parse.\($0.0)"), type: $0.1) }
        return f
    }

    static func table(_ book: XLSXFixture, _ format: DataFormat = format(), partLimit: Int = Workbook.maximumPartBytes) throws -> DataTable {
        var t = try Workbook.table(try book.bytes(), name: "book.xlsx", written: "book.xlsx", format: format, partLimit: partLimit)
        try ParseRules.apply(format.parse, to: &t)
        return t
    }

    static func errors(_ book: XLSXFixture, _ format: DataFormat = format(), partLimit: Int = Workbook.maximumPartBytes) -> [Diagnostic] {
        do {
            _ = try table(book, format, partLimit: partLimit)
            return []
        } catch let e as ChartError {
            return e.diagnostics
        } catch {
            return [Diagnostic(at: nil, "unexpected \(error)")]
        }
    }

    /// A sheet of every kind of cell: shared and inline strings, numbers, booleans, formulas
    /// with and without a cached value, an empty cell, unicode.
    static let mixed = XLSXFixture(sheets: [("Sheet1", [
        X.row(1, X.shared("A1", 0), X.shared("B1", 1), X.inline("C1", "flag"), X.inline("D1", "twice")),
        X.row(2, X.shared("A2", 2), X.number("B2", "15"), X.bool("C2", true), X.formula("D2", "B2*2", cached: "30")),
        X.row(3, X.inline("A3", "内蒙古"), X.number("B3", "14.5"), X.bool("C3", false), X.formula("D3", "B3*2", cached: nil)),
        X.row(5, X.shared("A5", 3), X.number("D5", "1e3")),
    ].joined())], sharedStrings: ["region", "target", "Hebei", "Shanxi"])

    @Test("cells: shared and inline strings, numbers, booleans, cached formula values; a formula never computed is missing")
    func cells() throws {
        let t = try Self.table(Self.mixed)
        #expect(t.columns == ["region", "target", "flag", "twice"])
        #expect(t.rows == [
            [.text("Hebei"), .number(15), .text("true"), .number(30)],
            [.text("内蒙古"), .number(14.5), .text("false"), .missing],
            [.text("Shanxi"), .missing, .missing, .number(1000)],
        ])
        // Rows point at the workbook: line = the sheet's row, column = the first column's number.
        #expect(t.rowLocations.map(\.line) == [2, 3, 5])
        #expect(t.rowLocations.allSatisfy { $0.file == "book.xlsx" && $0.column == 1 })
        #expect(t.sheet == SheetOrigin(sheet: "Sheet1", columns: [1, 2, 3, 4]))
    }

    @Test("sheets by name or position; a range and a header row inside it; a title row above is skipped")
    func sheetRangeHeader() throws {
        let notes = X.row(1, X.inline("A1", "About this workbook"))
        let data = [
            X.row(1, X.inline("A1", "Targets by region (title)")),
            X.row(3, X.inline("B3", "region"), X.inline("C3", "target"), X.inline("E3", "outside")),
            X.row(4, X.inline("B4", "Hebei"), X.number("C4", "15"), X.number("E4", "99")),
            X.row(5, X.inline("B5", "Shanxi"), X.number("C5", "14")),
            X.row(6, X.inline("B6", "below the range"), X.number("C6", "1")),
        ].joined()
        let book = XLSXFixture(sheets: [("Notes", notes), ("Data 2024", data)])
        for selector in [SheetSelector.name("Data 2024"), .name("data 2024"), .index(2)] {
            let t = try Self.table(book, Self.format(sheet: selector, range: "B3:C5"))
            #expect(t.columns == ["region", "target"])
            #expect(t.rows == [[.text("Hebei"), .number(15)], [.text("Shanxi"), .number(14)]])
            #expect(t.rowLocations.map(\.line) == [4, 5])
            #expect(t.rowLocations.allSatisfy { $0.column == 2 })
        }
        // Without a range: from A1; the header is the range's third row.
        let t = try Self.table(book, Self.format(sheet: .index(2), header: 3))
        #expect(t.columns == ["region", "target", "outside"])
        #expect(t.rows.count == 3)
        // The default sheet is the first.
        #expect(try Self.table(book).columns == ["About this workbook"])
    }

    @Test("a sheet or header that is not there is named at the spec's key, with the sheets listed")
    func badSelection() {
        let book = XLSXFixture(sheets: [("Sheet1", X.row(1, X.inline("A1", "a")) + X.row(2, X.number("A2", "1"))), ("Data", "")])
        var e = Self.errors(book, Self.format(sheet: .name("Sheet 1")))
        #expect(e.count == 1)
        #expect(e.first?.path == "data.format.sheet")
        #expect(e.first?.message == "\"Sheet 1\" is not a sheet of book.xlsx (sheets: Sheet1, Data); did you mean \"Sheet1\"?")
        e = Self.errors(book, Self.format(sheet: .index(3)))
        #expect(e.first?.message == "book.xlsx has 2 sheets (Sheet1, Data); there is no sheet 3")
        e = Self.errors(book, Self.format(sheet: .name("Data")))
        #expect(e.first?.message.contains("sheet \"Data\" holds no values") == true)
        e = Self.errors(book, Self.format(header: 5))
        #expect(e.first?.path == "data.format.header")
        #expect(e.first?.message == "5 puts the header in row 5, but the sheet's last row with a value is 2")
    }

    @Test("bad cells are named as Excel names them, at the workbook's row and column")
    func cellLocations() {
        // A numeric column with text in C7.
        let rows = [X.row(1, X.inline("A1", "year"), X.inline("C1", "value"))] +
            (2...7).map { X.row($0, X.number("A\($0)", "\(2018 + $0)"), $0 == 7 ? X.inline("C7", "n/a") : X.number("C\($0)", "\($0)")) }
        let book = XLSXFixture(sheets: [("Q1 data", rows.joined())])
        let t = try! Self.table(book)
        guard case .failure(let e) = t.numbers(column: 1) else { Issue.record("expected an error"); return }
        #expect(e.diagnostics.count == 1)
        let d = e.diagnostics[0]
        #expect(d.location == SourceLocation(file: "book.xlsx", line: 7, column: 3))
        #expect(d.message == "column \"value\", row 6 ('Q1 data'!C7): \"n/a\" is not a number")
        // An empty header over values, and a name given twice.
        let header = XLSXFixture(sheets: [("Sheet1", X.row(1, X.inline("A1", "a"), X.inline("C1", "a")) + X.row(2, X.number("A2", "1"), X.number("B2", "2"), X.number("C2", "3")))])
        let h = Self.errors(header)
        #expect(h.map(\.message) == [
            "Sheet1!B1: the header cell of column B is empty, but the column holds values below it; give it a name (or a \"range\" that leaves the column out)",
            "Sheet1!C1: the header names column \"a\" again (first in Sheet1!A1)",
        ])
        #expect(h.map { $0.location?.column } == [2, 3])
    }

    @Test("format.parse: dates from Excel serials (1900 system with its leap-year bug, and 1904), numbers, strings, booleans")
    func parse() throws {
        let rows = [
            X.row(1, X.inline("A1", "day"), X.inline("B1", "code"), X.inline("C1", "ok")),
            X.row(2, X.number("A2", "45352"), X.number("B2", "2025"), X.number("C2", "1")),
            X.row(3, X.number("A3", "45352.75"), X.number("B3", "7"), X.bool("C3", false)),
            X.row(4, X.inline("A4", "2024-03"), X.inline("B4", "x"), X.inline("C4", "TRUE")),
        ].joined()
        var book = XLSXFixture(sheets: [("Sheet1", rows)])
        let f = Self.format(parse: [("day", .date), ("code", .string), ("ok", .boolean)])
        let t = try Self.table(book, f)
        #expect(t.rows.map { $0[0] } == [.text("2024-03-01"), .text("2024-03-01"), .text("2024-03")])
        #expect(t.rows.map { $0[1] } == [.text("2025"), .text("7"), .text("x")])
        #expect(t.rows.map { $0[2] } == [.text("true"), .text("false"), .text("true")])
        #expect(t.parsedTypes == [0: .temporal, 1: .nominal, 2: .nominal])
        #expect(!t.isNumeric(column: 1))
        book.date1904 = true
        #expect(try Self.table(book, f).rows[0][0] == .text("2028-03-02"))

        // The serials around Excel's phantom 29 February 1900.
        #expect(ParseRules.excelDate(1, date1904: false) == .value(.text("1900-01-01")))
        #expect(ParseRules.excelDate(59, date1904: false) == .value(.text("1900-02-28")))
        #expect(ParseRules.excelDate(61, date1904: false) == .value(.text("1900-03-01")))
        #expect(ParseRules.excelDate(2_958_465, date1904: false) == .value(.text("9999-12-31")))
        #expect(ParseRules.excelDate(0, date1904: true) == .value(.text("1904-01-01")))
        guard case .problem(let why) = ParseRules.excelDate(60, date1904: false) else { Issue.record("60 must be refused"); return }
        #expect(why.contains("29 February 1900"))
        guard case .problem = ParseRules.excelDate(0, date1904: false) else { Issue.record("0 must be refused"); return }
    }

    @Test("a damaged workbook: not a zip, an old .xls, a missing part, bad XML, a bad shared-string index")
    func damaged() throws {
        func errs(_ bytes: [UInt8]) -> [String] {
            do {
                _ = try Workbook.table(bytes, name: "book.xlsx", written: "book.xlsx", format: Self.format())
                return []
            } catch { return error.diagnostics.map(\.description) }
        }
        #expect(errs(Array("region,target\n".utf8)) == ["book.xlsx: is not an Excel workbook: an .xlsx file is a zip archive, and this file does not start like one"])
        #expect(errs([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])[0].contains("Excel 97–2003 (.xls)"))
        let good = try Self.mixed.bytes()
        #expect(errs(Array(good.prefix(good.count / 2)))[0].contains("cannot be opened as a zip archive"))

        var book = Self.mixed
        book.omit = ["xl/workbook.xml"]
        #expect(Self.errors(book).map(\.description) == ["book.xlsx: has no part xl/workbook.xml (the workbook's list of sheets); it is damaged or not an Excel workbook"])
        book = Self.mixed
        book.omit = ["xl/worksheets/sheet1.xml"]
        #expect(Self.errors(book).map(\.description) == ["book.xlsx: has no part xl/worksheets/sheet1.xml (sheet \"Sheet1\"); it is damaged or not an Excel workbook"])
        book = Self.mixed
        book.replace = ["xl/worksheets/sheet1.xml": "<worksheet><sheetData><row r=\"1\"></sheetData>"]
        let xml = Self.errors(book).first?.description ?? ""
        #expect(xml.hasPrefix("book.xlsx: part xl/worksheets/sheet1.xml is not well-formed XML"), "\(xml)")
        #expect(xml.hasSuffix("; the workbook is damaged"))
        book = Self.mixed
        book.sharedStrings = ["region"]
        let e = Self.errors(book)
        #expect(e.first?.description == "book.xlsx:1:2: Sheet1!B1: shared string \"1\" does not exist (the workbook has 1); the workbook is damaged")
        // Entities are never expanded: a DOCTYPE is refused before parsing.
        book = Self.mixed
        book.replace = ["xl/sharedStrings.xml": "<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst><si><t>&e;</t></si></sst>"]
        #expect(Self.errors(book).first?.message.contains("declares a DOCTYPE") == true)
    }

    @Test("a zip bomb is refused: by the size its header declares, before unpacking")
    func zipBombDeclared() {
        var book = Self.mixed
        book.omit = ["xl/worksheets/sheet1.xml"]
        book.extra = [("xl/worksheets/sheet1.xml", Workbook.maximumPartBytes + 1, 0x20)]
        let e = Self.errors(book)
        #expect(e.count == 1)
        #expect(e.first?.message == "part xl/worksheets/sheet1.xml would unpack to \(Workbook.maximumPartBytes + 1) bytes, more than the 64 MiB one part of a workbook may hold; refused (a zip bomb, or far more cells than a chart needs)")
    }

    @Test("a sheet larger than the XML reader takes is refused by name, not called damaged")
    func largeSheet() {
        var book = Self.mixed
        book.omit = ["xl/worksheets/sheet1.xml"]
        book.extra = [("xl/worksheets/sheet1.xml", Workbook.maximumXMLBytes + 1, 0x20)]
        #expect(Self.errors(book).map(\.message) == ["part xl/worksheets/sheet1.xml is 10000001 bytes of XML; the XML reader takes at most 10000000 bytes of one part: give the chart a smaller sheet (copy the rows it draws to a sheet of their own, or aggregate them)"])
    }

    @Test("a zip bomb is refused: by the bytes counted while unpacking, when the header lies")
    func zipBombLying() throws {
        var book = Self.mixed
        book.omit = ["xl/worksheets/sheet1.xml"]
        book.extra = [("xl/worksheets/sheet1.xml", 1 << 20, 0x20)]
        var bytes = try book.bytes()
        // Claim 100 bytes in both the local header and the central directory.
        let patched = Self.patchDeclaredSize(&bytes, path: "xl/worksheets/sheet1.xml", to: 100)
        #expect(patched == 2)
        do {
            _ = try Workbook.table(bytes, name: "book.xlsx", written: "book.xlsx", format: Self.format(), partLimit: 64 * 1024)
            Issue.record("expected the part to be refused")
        } catch {
            #expect(error.diagnostics.first?.message == "part xl/worksheets/sheet1.xml unpacks to more than the 65536 bytes one part of a workbook may hold, though its header claims 100 bytes; refused (a zip bomb?)")
        }
    }

    @Test("the example workbook holds the numbers of the CSV it is made from")
    func exampleWorkbook() throws {
        let dir = TestSupport.example("data")
        let csv = try DataLoader.parseCSV([UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/nev.csv"))), name: "nev.csv")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/nev.xlsx")))
        let book = try Workbook.table(bytes, name: "nev.xlsx", written: "nev.xlsx", format: Self.format(sheet: .name("NEV"), range: "A3:C23"))
        #expect(book.columns == csv.columns)
        #expect(book.rows.count == csv.rows.count)
        for (a, b) in zip(book.rows, csv.rows) {
            #expect(a.map(\.categoryText) == b.map(\.categoryText))
        }
    }

    /// Rewrites the uncompressed size of `path` in its local header and central-directory record.
    static func patchDeclaredSize(_ bytes: inout [UInt8], path: String, to size: UInt32) -> Int {
        let name = Array(path.utf8)
        var patched = 0
        var i = 0
        while i + 46 < bytes.count {
            let signature = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            let (nameOffset, sizeOffset): (Int, Int)
            switch signature {
            case 0x0403_4B50: (nameOffset, sizeOffset) = (30, 22)
            case 0x0201_4B50: (nameOffset, sizeOffset) = (46, 24)
            default: i += 1; continue
            }
            let lengthAt = signature == 0x0403_4B50 ? 26 : 28
            let length = Int(bytes[i + lengthAt]) | Int(bytes[i + lengthAt + 1]) << 8
            if length == name.count, i + nameOffset + length <= bytes.count, Array(bytes[(i + nameOffset)..<(i + nameOffset + length)]) == name {
                for k in 0..<4 { bytes[i + sizeOffset + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) }
                patched += 1
            }
            i += 4
        }
        return patched
    }
}
