import Foundation
import ZIPFoundation

/// Small Excel workbooks made in the test itself (no binary fixtures): the parts a workbook
/// needs, written with ZIPFoundation into memory. Each part can be left out or replaced to make
/// a damaged workbook.
struct XLSXFixture {
    var sheets: [(name: String, rows: String)]
    var sharedStrings: [String] = []
    var date1904 = false
    /// Parts to leave out ("xl/sharedStrings.xml").
    var omit: Set<String> = []
    /// Parts written as given instead of generated.
    var replace: [String: String] = [:]
    /// More entries: path → bytes (e.g. a large part).
    var extra: [(path: String, size: Int, byte: UInt8)] = []

    static let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var parts: [(String, String)] {
        var out: [(String, String)] = []
        out.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        let sheetList = sheets.enumerated().map { "<sheet name=\"\(Self.escape($0.element.name))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
        out.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(Self.ns)" xmlns:r="\(Self.rel)">\
            \(date1904 ? "<workbookPr date1904=\"1\"/>" : "")<sheets>\(sheetList)</sheets></workbook>
            """))
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        out.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(rels)<Relationship Id="rIdS" Type="\(Self.rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """))
        let items = sharedStrings.map { "<si><t>\(Self.escape($0))</t></si>" }.joined()
        out.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(Self.ns)\">\(items)</sst>"))
        for (i, sheet) in sheets.enumerated() {
            out.append(("xl/worksheets/sheet\(i + 1).xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(Self.ns)\"><sheetData>\(sheet.rows)</sheetData></worksheet>"))
        }
        return out.filter { !omit.contains($0.0) }.map { (path, text) in (path, replace[path] ?? text) }
    }

    func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for e in extra {
            try archive.addEntry(with: e.path, type: .file, uncompressedSize: Int64(e.size), compressionMethod: .deflate,
                                 bufferSize: 1 << 20) { _, size in
                Data(repeating: e.byte, count: size)
            }
        }
        return [UInt8](archive.data!)
    }

    func write(to path: String) throws {
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // Cells, as a sheet's XML writes them.
    static func row(_ r: Int, _ cells: String...) -> String { "<row r=\"\(r)\">\(cells.joined())</row>" }
    static func shared(_ ref: String, _ index: Int) -> String { "<c r=\"\(ref)\" t=\"s\"><v>\(index)</v></c>" }
    static func number(_ ref: String, _ v: String) -> String { "<c r=\"\(ref)\"><v>\(v)</v></c>" }
    static func inline(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>" }
    static func bool(_ ref: String, _ b: Bool) -> String { "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>" }
    static func formula(_ ref: String, _ f: String, cached: String?) -> String {
        "<c r=\"\(ref)\"><f>\(escape(f))</f>\(cached.map { "<v>\($0)</v>" } ?? "")</c>"
    }
}
