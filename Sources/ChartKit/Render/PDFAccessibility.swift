// A PDF a screen reader can read: the chart is one tagged Figure (cairo's tag API marks the
// drawing and writes the structure tree, so the file is "Tagged"), and this adds what cairo
// 1.16 does not write: the Figure's /Alt text (the chart's description) and the catalog's
// /Lang. Both go into cairo's plain-text objects, and the cross-reference table is rewritten
// with the offsets that moved, so the file stays well-formed (qpdf --check reads it). A file
// whose layout is not the one expected (no classic xref table) is left as cairo wrote it.

enum PDFAccessibility {
    static func completed(_ pdf: [UInt8], alt: String?, language: String) -> [UInt8] {
        var inserts: [(at: Int, bytes: [UInt8])] = []
        if let alt, let figure = find("/S /Figure", in: pdf) {
            inserts.append((figure + 10, Array("\n   /Alt \(hexString(alt))".utf8)))
        }
        if let catalog = find("/Type /Catalog", in: pdf) {
            inserts.append((catalog + 14, Array("\n   /Lang (\(language))".utf8)))
        }
        guard !inserts.isEmpty, let xref = find("\nxref\n", in: pdf).map({ $0 + 1 }),
              let startxref = find("startxref\n", in: pdf, from: xref), inserts.allSatisfy({ $0.at < xref }) else { return pdf }
        inserts.sort { $0.at < $1.at }
        func shifted(_ offset: Int) -> Int { offset + inserts.filter { $0.at < offset }.reduce(0) { $0 + $1.bytes.count } }
        // The objects before the table, with the insertions.
        var out: [UInt8] = []
        var from = 0
        for ins in inserts {
            out += pdf[from..<ins.at]
            out += ins.bytes
            from = ins.at
        }
        out += pdf[from..<xref]
        // The table: "xref\n0 N\n" then N entries of 20 bytes, "oooooooooo ggggg n \n".
        guard let lines = xrefEntries(pdf, at: xref) else { return pdf }
        out += pdf[xref..<lines.start]
        var at = lines.start
        for _ in 0..<lines.count {
            let entry = Array(pdf[at..<(at + 20)])
            if entry[17] == UInt8(ascii: "n"), let offset = Int(String(decoding: entry[0..<10], as: UTF8.self)) {
                out += Array(pad(shifted(offset)).utf8) + entry[10...]
            } else {
                out += entry
            }
            at += 20
        }
        out += pdf[at..<startxref]
        // "startxref\n<offset>\n%%EOF": the table moved by every insertion.
        let numberStart = startxref + 10
        guard let numberEnd = pdf[numberStart...].firstIndex(of: UInt8(ascii: "\n")),
              let old = Int(String(decoding: pdf[numberStart..<numberEnd], as: UTF8.self)) else { return pdf }
        out += Array("startxref\n\(shifted(old))".utf8) + pdf[numberEnd...]
        return out
    }

    /// The table's first entry and how many there are; nil when it is not one section of
    /// 20-byte entries from object 0.
    private static func xrefEntries(_ pdf: [UInt8], at xref: Int) -> (start: Int, count: Int)? {
        guard let header = pdf[(xref + 5)...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let parts = String(decoding: pdf[(xref + 5)..<header], as: UTF8.self).split(separator: " ")
        guard parts.count == 2, parts[0] == "0", let n = Int(parts[1]), header + 1 + 20 * n <= pdf.count else { return nil }
        return (header + 1, n)
    }

    private static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }

    /// A PDF text string in UTF-16BE with its byte-order mark, as hex: any language, no escaping.
    static func hexString(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(unit, radix: 16, uppercase: true).leftPadded(to: 4) }
        return hex + ">"
    }

    private static func find(_ text: String, in bytes: [UInt8], from: Int = 0) -> Int? {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        var i = from
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

private extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
