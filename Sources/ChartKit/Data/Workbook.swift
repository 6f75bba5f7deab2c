import Foundation
import SWXMLHash
import ZIPFoundation

// Excel workbooks (.xlsx): a zip archive of XML parts. ZIPFoundation opens the archive and
// SWXMLHash reads the parts; this file only walks them:
//
//   xl/workbook.xml             the sheets, in tab order, each with a relationship id
//   xl/_rels/workbook.xml.rels  which part each relationship id is (worksheets, shared strings)
//   xl/sharedStrings.xml        the text of string cells, stored once and referenced by index
//   xl/worksheets/sheetN.xml    <sheetData><row r="7"><c r="C7" t="s"><v>3</v></c>…
//
// A workbook is someone else's file, like a CSV: the file itself is read through FileAccess
// (confined, size-bounded), each part's declared unpacked size is checked before it is
// unpacked and its bytes are counted while unpacking (a zip bomb is refused, whatever its
// headers claim), and a damaged archive or a missing part is an error naming the file and the
// part. Row locations point at the workbook with line = the sheet's row number and column =
// the spreadsheet column's number; messages name cells as Excel does ("Sheet1!C7").

enum Workbook {
    /// No part of a workbook is unpacked beyond this many bytes.
    static let maximumPartBytes = 64 * 1024 * 1024
    /// The XML reader (libxml2 under Foundation's XMLParser) takes at most this many bytes of
    /// one document (its lookup limit); a larger sheet is refused by name, not as "damaged".
    /// About 100,000 rows of a few columns: far more than one chart draws.
    static let maximumXMLBytes = 10_000_000

    /// The table of one sheet: the cells of `format.range` (default: from A1 to the last
    /// cell holding a value), column names from its `format.header` row, rows below it.
    static func table(_ bytes: [UInt8], name: String, written: String, format: DataFormat,
                      partLimit: Int = maximumPartBytes) throws(ChartError) -> DataTable {
        let package = try Package(bytes, name: name, limit: partLimit)
        let book = try WorkbookIndex(package)
        let sheet = try book.select(format.sheet, written: written)
        let strings = try book.sharedStrings()
        let sheetXML = try package.requiredXML(sheet.part, role: "sheet \"\(sheet.name)\"")
        let cells = try SheetCells.read(sheetXML, sheet: sheet.name, part: sheet.part, strings: strings, name: name,
                                        range: format.range?.value)
        return try cells.table(name: name, sheet: sheet.name, format: format, date1904: book.date1904)
    }
}

// MARK: - The zip container

/// The workbook's archive, its parts unpacked on demand within a byte bound.
private struct Package {
    let archive: Archive
    let name: String
    let limit: Int

    init(_ bytes: [UInt8], name: String, limit: Int) throws(ChartError) {
        self.name = name
        self.limit = limit
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ChartError(file: name, "is an Excel 97–2003 (.xls) or password-protected workbook, not an .xlsx zip archive; save it as an Excel Workbook (.xlsx) without a password")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw ChartError(file: name, "is not an Excel workbook: an .xlsx file is a zip archive, and this file does not start like one")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ChartError(file: name, "cannot be opened as a zip archive (the container of an .xlsx workbook): it is damaged or cut short")
        }
    }

    private struct PartTooLarge: Error {}

    /// The bytes of a part, nil when the archive has no part by that name.
    func part(_ path: String) throws(ChartError) -> Data? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else { return nil }
        guard entry.type == .file else {
            throw ChartError(file: name, "part \(path) is not a file inside the archive; the workbook is damaged")
        }
        let mib = limit / 1_048_576
        let bound = mib > 0 ? "\(mib) MiB" : "\(limit) bytes"
        // The declared size first: a bomb is refused before a byte is unpacked.
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw ChartError(file: name, "part \(path) would unpack to \(entry.uncompressedSize) bytes, more than the \(bound) one part of a workbook may hold; refused (a zip bomb, or far more cells than a chart needs)")
        }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            // Then the bytes themselves, counted: headers can lie.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > limit { throw PartTooLarge() }
                out.append(chunk)
            }
        } catch is PartTooLarge {
            throw ChartError(file: name, "part \(path) unpacks to more than the \(bound) one part of a workbook may hold, though its header claims \(entry.uncompressedSize) bytes; refused (a zip bomb?)")
        } catch {
            throw ChartError(file: name, "part \(path) cannot be unpacked (\(error)); the workbook is damaged")
        }
        return out
    }

    /// A part parsed as XML; nil when the archive has no such part.
    func xml(_ path: String) throws(ChartError) -> SWXMLHash.XMLElement? {
        guard let data = try part(path) else { return nil }
        if data.count > Workbook.maximumXMLBytes {
            throw ChartError(file: name, "part \(path) is \(data.count) bytes of XML; the XML reader takes at most \(Workbook.maximumXMLBytes) bytes of one part: give the chart a smaller sheet (copy the rows it draws to a sheet of their own, or aggregate them)")
        }
        // Office never writes a DOCTYPE; one in a workbook can only declare entities, which
        // could read files (external entities) or expand without bound.
        if Package.declaresDoctype(data) {
            throw ChartError(file: name, "part \(path) declares a DOCTYPE, which workbooks never do; refused (its entities could read other files or expand without bound)")
        }
        let document = XMLHash.config { options in
            options.detectParsingErrors = true
            options.shouldProcessNamespaces = false
        }.parse(data)
        if case .parsingError(let e) = document {
            // The XML parser reports no position on some platforms.
            let position = e.line > 0 ? " (line \(e.line), column \(e.column))" : ""
            throw ChartError(file: name, "part \(path) is not well-formed XML\(position); the workbook is damaged")
        }
        guard let root = document.children.first?.element else {
            throw ChartError(file: name, "part \(path) holds no XML element; the workbook is damaged")
        }
        return root
    }

    /// True when the part holds "<!DOCTYPE" anywhere (XML spells it in capitals; outside a
    /// DOCTYPE it could only stand in a comment or CDATA, which Office does not write either).
    static func declaresDoctype(_ data: Data) -> Bool {
        data.range(of: Data("<!DOCTYPE".utf8)) != nil
    }

    /// A part the workbook cannot do without; `role` says what it is for in the message.
    func requiredXML(_ path: String, role: String) throws(ChartError) -> SWXMLHash.XMLElement {
        guard let root = try xml(path) else {
            throw ChartError(file: name, "has no part \(path) (\(role)); it is damaged or not an Excel workbook")
        }
        return root
    }
}

// MARK: - Walking parts

/// Elements by local name: prefixes ("x:row") vary between the programs that write workbooks.
private enum XML {
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    static func children(_ e: SWXMLHash.XMLElement, _ name: String) -> [SWXMLHash.XMLElement] {
        e.children.compactMap { $0 as? SWXMLHash.XMLElement }.filter { localName($0.name) == name }
    }

    static func child(_ e: SWXMLHash.XMLElement, _ name: String) -> SWXMLHash.XMLElement? {
        for c in e.children {
            if let x = c as? SWXMLHash.XMLElement, localName(x.name) == name { return x }
        }
        return nil
    }

    /// An attribute by name, or by local name when written with a prefix ("r:id").
    static func attribute(_ e: SWXMLHash.XMLElement, _ name: String) -> String? {
        if let a = e.allAttributes[name] { return a.text }
        return e.allAttributes.first { localName($0.key) == name && $0.key.contains(":") }?.value.text
    }

    /// The text of a string item (`<si>` or `<is>`): its `<t>`, or the `<t>` of each rich-text
    /// run `<r>`; phonetic guides (`<rPh>`) are not part of the text.
    static func stringItem(_ e: SWXMLHash.XMLElement) -> String {
        var out = ""
        for c in e.children {
            guard let x = c as? SWXMLHash.XMLElement else { continue }
            switch localName(x.name) {
            case "t": out += x.text
            case "r": for t in children(x, "t") { out += t.text }
            default: break
            }
        }
        return unescape(out)
    }

    /// `s` without leading and trailing white space (as CSV fields are trimmed). Most cells
    /// have none, and Foundation's trimming costs more than the rest of reading a cell.
    static func trimmed(_ s: String) -> String {
        guard let first = s.utf8.first, let last = s.utf8.last else { return s }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// Office's escapes for characters XML cannot hold: "_x000D_" is a carriage return.
    static func unescape(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = ""
        var rest = Substring(s)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}

/// The workbook part: its sheets and what its relationships point at.
private struct WorkbookIndex {
    struct Sheet {
        var name: String
        var part: String
        var isWorksheet: Bool
    }

    let package: Package
    let sheets: [Sheet]
    let sharedStringsPart: String?
    /// Dates count from 1904 (`<workbookPr date1904="1"/>`, old Mac Excel).
    let date1904: Bool

    init(_ package: Package) throws(ChartError) {
        self.package = package
        let name = package.name
        let workbook = try package.requiredXML("xl/workbook.xml", role: "the workbook's list of sheets")
        let rels = try package.requiredXML("xl/_rels/workbook.xml.rels", role: "where the workbook's sheets are")
        var targets: [String: (part: String, type: String)] = [:]
        for r in XML.children(rels, "Relationship") {
            guard let id = XML.attribute(r, "Id"), let target = XML.attribute(r, "Target"), XML.attribute(r, "TargetMode") != "External" else { continue }
            targets[id] = (WorkbookIndex.partPath(target), XML.attribute(r, "Type") ?? "")
        }
        var sheets: [Sheet] = []
        for s in XML.child(workbook, "sheets").map({ XML.children($0, "sheet") }) ?? [] {
            guard let sheetName = XML.attribute(s, "name") else {
                throw ChartError(file: name, "part xl/workbook.xml lists a sheet without a name; the workbook is damaged")
            }
            guard let id = XML.attribute(s, "id"), let target = targets[id] else {
                throw ChartError(file: name, "part xl/_rels/workbook.xml.rels does not say where sheet \"\(Quote.short(sheetName))\" is; the workbook is damaged")
            }
            sheets.append(Sheet(name: sheetName, part: target.part, isWorksheet: target.type.hasSuffix("/worksheet")))
        }
        guard !sheets.isEmpty else { throw ChartError(file: name, "part xl/workbook.xml lists no sheets") }
        self.sheets = sheets
        sharedStringsPart = targets.values.first { $0.type.hasSuffix("/sharedStrings") }?.part
        let flag = XML.child(workbook, "workbookPr").flatMap { XML.attribute($0, "date1904") }
        date1904 = flag == "1" || flag == "true"
    }

    /// A relationship target as a path inside the archive: relative to xl/, or absolute.
    static func partPath(_ target: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var parts: [Substring] = []
        for p in joined.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { _ = parts.popLast(); continue }
            parts.append(p)
        }
        return parts.joined(separator: "/")
    }

    /// The sheet `format.sheet` names (default: the first worksheet).
    func select(_ selector: Located<SheetSelector>?, written: String) throws(ChartError) -> Sheet {
        let names = sheets.map(\.name)
        let listed = Quote.short(names.joined(separator: ", "), limit: 200)
        guard let selector else {
            guard let first = sheets.first(where: \.isWorksheet) else {
                throw ChartError(file: package.name, "has no worksheet (sheets: \(listed)); only chart sheets")
            }
            return first
        }
        let chosen: Sheet
        switch selector.value {
        case .name(let wanted):
            // Excel's sheet names are unique regardless of case.
            guard let s = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw ChartError(Diagnostic(at: selector.location, path: selector.path,
                                            "\"\(Quote.short(wanted))\" is not a sheet of \(Quote.short(written)) (sheets: \(listed))\(Suggest.didYouMean(wanted, in: names))"))
            }
            chosen = s
        case .index(let i):
            guard i >= 1, i <= sheets.count else {
                throw ChartError(Diagnostic(at: selector.location, path: selector.path,
                                            "\(Quote.short(written)) has \(sheets.count) sheet\(sheets.count == 1 ? "" : "s") (\(listed)); there is no sheet \(i)"))
            }
            chosen = sheets[i - 1]
        }
        guard chosen.isWorksheet else {
            throw ChartError(Diagnostic(at: selector.location, path: selector.path,
                                        "\"\(Quote.short(chosen.name))\" in \(Quote.short(written)) is a chart sheet, not a worksheet with cells"))
        }
        return chosen
    }

    /// The shared strings, in index order (none when the workbook has no string cells).
    func sharedStrings() throws(ChartError) -> [String] {
        guard let root = try package.xml(sharedStringsPart ?? "xl/sharedStrings.xml") else { return [] }
        return XML.children(root, "si").map(XML.stringItem)
    }
}

// MARK: - Cells

/// The cells of one sheet that hold values, row by row, within the range asked for.
private struct SheetCells {
    var rows: [(row: Int, cells: [(column: Int, value: DataValue)])] = []
    /// The range: as given, else A1 to the last row and column holding a value.
    var range: CellRange
    let given: Bool

    static func read(_ worksheet: SWXMLHash.XMLElement, sheet: String, part: String, strings: [String], name: String,
                     range: CellRange?) throws(ChartError) -> SheetCells {
        guard let sheetData = XML.child(worksheet, "sheetData") else {
            throw ChartError(file: name, "part \(part) (sheet \"\(Quote.short(sheet))\") has no <sheetData>; the workbook is damaged")
        }
        var out = SheetCells(range: range ?? CellRange(firstColumn: 1, firstRow: 1, lastColumn: 1, lastRow: 1), given: range != nil)
        var problems: [Diagnostic] = []
        func problem(_ row: Int, _ column: Int, _ message: String) {
            guard problems.count < Limits.errorsPerColumn else { return }
            let cell = SheetOrigin(sheet: sheet, columns: []).reference(column: column, row: row)
            problems.append(Diagnostic(at: SourceLocation(file: name, line: row, column: column), "\(cell): \(message)"))
        }
        var lastRow = 0, usedRows = 0, usedColumns = 0
        for rowElement in XML.children(sheetData, "row") {
            let rowNumber = XML.attribute(rowElement, "r").flatMap { Int($0) } ?? lastRow + 1
            guard (1...CellRange.maximumRow).contains(rowNumber), rowNumber > lastRow else {
                throw ChartError(file: name, "part \(part) (sheet \"\(Quote.short(sheet))\") has row number \(rowNumber) after row \(lastRow); the workbook is damaged")
            }
            lastRow = rowNumber
            if let range, rowNumber < range.firstRow || rowNumber > range.lastRow { continue }
            var cells: [(column: Int, value: DataValue)] = []
            var column = 0
            for c in XML.children(rowElement, "c") {
                if let ref = XML.attribute(c, "r") {
                    guard let cell = CellRange.parseCell(Substring(ref)), cell.row == rowNumber, cell.column > column else {
                        throw ChartError(file: name, "part \(part) (sheet \"\(Quote.short(sheet))\"), row \(rowNumber): \"\(Quote.short(ref))\" is not the reference of a cell in this row after column \(CellRange.columnName(column)); the workbook is damaged")
                    }
                    column = cell.column
                } else {
                    column += 1
                }
                if let range, column < range.firstColumn || column > range.lastColumn { continue }
                let value = cellValue(c, strings: strings) { problem(rowNumber, column, $0) }
                if value != .missing { cells.append((column, value)) }
            }
            guard !cells.isEmpty else { continue }
            usedRows = rowNumber
            usedColumns = max(usedColumns, cells.last!.column)
            out.rows.append((rowNumber, cells))
        }
        if !problems.isEmpty { throw ChartError(problems) }
        if range == nil {
            guard usedRows > 0 else {
                throw ChartError(file: name, "sheet \"\(Quote.short(sheet))\" holds no values")
            }
            out.range = CellRange(firstColumn: 1, firstRow: 1, lastColumn: max(1, usedColumns), lastRow: usedRows)
        }
        return out
    }

    /// A cell's value: numbers, text (shared, inline or a formula's), booleans as "true" and
    /// "false", error values as written ("#N/A"). A formula's cell holds its last computed
    /// value (`<v>`); one never computed is missing.
    static func cellValue(_ c: SWXMLHash.XMLElement, strings: [String], problem: (String) -> Void) -> DataValue {
        let type = XML.attribute(c, "t") ?? "n"
        let v = XML.child(c, "v")?.text
        func text(_ s: String) -> DataValue {
            let t = XML.trimmed(s)
            return t.isEmpty ? .missing : .text(t)
        }
        switch type {
        case "s":
            guard let v else { return .missing }
            guard let k = Int(XML.trimmed(v)), k >= 0, k < strings.count else {
                problem("shared string \"\(Quote.short(v))\" does not exist (the workbook has \(strings.count)); the workbook is damaged")
                return .missing
            }
            return text(strings[k])
        case "inlineStr":
            if let item = XML.child(c, "is") { return text(XML.stringItem(item)) }
            return v.map(text) ?? .missing
        case "str", "e", "d":
            return v.map { text(XML.unescape($0)) } ?? .missing
        case "b":
            guard let v else { return .missing }
            switch XML.trimmed(v) {
            case "1", "true": return .text("true")
            case "0", "false": return .text("false")
            default:
                problem("\"\(Quote.short(v))\" is not a boolean cell's value (1 or 0); the workbook is damaged")
                return .missing
            }
        case "n":
            guard let v else { return .missing }
            let t = XML.trimmed(v)
            if t.isEmpty { return .missing }
            guard let number = Double(t), number.isFinite else {
                problem("\"\(Quote.short(v))\" is not the number a number cell holds; the workbook is damaged")
                return .missing
            }
            return .number(number)
        default:
            problem("cell type \"\(Quote.short(type))\" is not one of Excel's (s, inlineStr, str, n, b, e, d); the workbook is damaged")
            return .missing
        }
    }

    /// The table: names from the header row, one row per sheet row below it that holds a value.
    func table(name: String, sheet: String, format: DataFormat, date1904: Bool) throws(ChartError) -> DataTable {
        let origin = SheetOrigin(sheet: sheet, columns: [])
        let headerRow = range.firstRow + (format.header?.value ?? 1) - 1
        guard headerRow <= range.lastRow else {
            let bottom = given ? "the range \(range) ends at row \(range.lastRow)" : "the sheet's last row with a value is \(range.lastRow)"
            if let h = format.header {
                throw ChartError(Diagnostic(at: h.location, path: h.path, "\(h.value) puts the header in row \(headerRow), but \(bottom)"))
            }
            throw ChartError(file: name, "sheet \"\(Quote.short(sheet))\": \(bottom), above the header row \(headerRow)")
        }
        let header = rows.first { $0.row == headerRow }?.cells ?? []
        let data = rows.filter { $0.row > headerRow }
        var used = Set(header.map(\.column))
        for r in data { for c in r.cells { used.insert(c.column) } }
        let columns = used.sorted()
        guard !columns.isEmpty else {
            let region = given ? "the range \(range)" : "sheet \"\(Quote.short(sheet))\""
            throw ChartError(file: name, "\(region) holds no values in or below its header row \(headerRow)")
        }
        if columns.count > Limits.columns {
            throw ChartError(file: name, "sheet \"\(Quote.short(sheet))\" has \(columns.count) columns with values; the limit is \(Limits.columns) (give a \"range\")")
        }
        if data.count > Limits.rows {
            throw ChartError(file: name, "sheet \"\(Quote.short(sheet))\" has more than \(Limits.rows) rows, the limit for one table; aggregate it first")
        }
        var names: [String] = []
        var firstAt: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for column in columns {
            let location = SourceLocation(file: name, line: headerRow, column: column)
            let cell = origin.reference(column: column, row: headerRow)
            let title: String
            switch header.first(where: { $0.column == column })?.value ?? .missing {
            case .missing:
                problems.append(Diagnostic(at: location, "\(cell): the header cell of column \(CellRange.columnName(column)) is empty, but the column holds values below it; give it a name (or a \"range\" that leaves the column out)"))
                title = ""
            case .number(let v): title = Format.plain(v)
            case .text(let s): title = s
            }
            if !title.isEmpty, let first = firstAt[title] {
                problems.append(Diagnostic(at: location, "\(cell): the header names column \"\(Quote.short(title))\" again (first in \(origin.reference(column: first, row: headerRow)))"))
            } else if !title.isEmpty {
                firstAt[title] = column
            }
            names.append(title)
        }
        if !problems.isEmpty { throw ChartError(problems) }
        let index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset) })
        var table: [[DataValue]] = []
        var locations: [SourceLocation] = []
        table.reserveCapacity(data.count)
        for r in data {
            var row = [DataValue](repeating: .missing, count: columns.count)
            for c in r.cells { row[index[c.column]!] = c.value }
            table.append(row)
            locations.append(SourceLocation(file: name, line: r.row, column: columns[0]))
        }
        var out = DataTable(name: name, columns: names, rows: table, rowLocations: locations)
        out.sheet = SheetOrigin(sheet: sheet, columns: columns, date1904: date1904)
        return out
    }
}
