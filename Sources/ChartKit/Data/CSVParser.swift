// Delimiter-separated text (CSV, and TSV with a tab) read straight from its UTF-8 bytes:
// RFC 4180 quoting (a field in double quotes may hold the delimiter, line breaks and "" for a
// quote), LF or CRLF line ends, a byte-order mark skipped, spaces around unquoted fields
// trimmed. Written for the job because the generic String-based reader it replaces spent 4 s
// on a 500,000-row table in Unicode conversions; this one touches each byte once, and reads a
// file in pieces (a record cut by the end of a piece waits for the next), so a large file is
// never held whole in memory.

struct CSVParser {
    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    /// One record's fields, unescaped, one after another in `bytes`.
    struct Record {
        fileprivate(set) var bytes: [UInt8] = []
        fileprivate(set) var ends: [Int] = []

        var count: Int { ends.count }

        func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(ChartError) -> R) throws(ChartError) -> R {
            let start = i == 0 ? 0 : ends[i - 1]
            return try bytes.withUnsafeBufferPointer { (b) throws(ChartError) -> R in
                try body(UnsafeBufferPointer(rebasing: b[start..<ends[i]]))
            }
        }

        func string(_ i: Int) -> String {
            let start = i == 0 ? 0 : ends[i - 1]
            return String(decoding: bytes[start..<ends[i]], as: UTF8.self)
        }

        var strings: [String] { (0..<count).map(string) }

        func isEmpty(_ i: Int) -> Bool { ends[i] == (i == 0 ? 0 : ends[i - 1]) }

        fileprivate mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }

        fileprivate mutating func endField() { ends.append(bytes.count) }
    }

    let delimiter: UInt8
    /// The line the next unread byte is on.
    private(set) var line = 1
    private var started = false
    private var record = Record()

    init(delimiter: UInt8 = UInt8(ascii: ",")) { self.delimiter = delimiter }

    /// Reads the complete records at the start of `b`, calling `body` with each and the line
    /// it starts on (blank lines skipped), and returns how many bytes they took. Unless
    /// `final`, a record the end of `b` cuts is left for the next call, which passes its bytes
    /// again with more after them; with `final`, the end of `b` ends the last record.
    mutating func parse(_ b: UnsafeBufferPointer<UInt8>, final: Bool,
                        record body: (Record, Int) throws(ChartError) -> Void) throws(ChartError) -> Result<Int, Failure> {
        var i = 0
        if !started {
            // A byte-order mark is skipped; wait until there are three bytes to tell.
            if b.count < 3 && !final { return .success(0) }
            if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
            started = true
        }
        while i < b.count {
            let start = i, startLine = line
            switch scanRecord(b, from: &i, final: final) {
            case .incomplete:
                line = startLine
                return .success(start)
            case .failed(let failure):
                return .failure(failure)
            case .complete:
                if record.count == 1 && record.isEmpty(0) { continue }  // a blank line
                try body(record, startLine)
            }
        }
        return .success(i)
    }

    private enum Scan { case complete, incomplete, failed(Failure) }

    /// One record into `record`: fields until an unquoted line end or the end of the text.
    private mutating func scanRecord(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int, final: Bool) -> Scan {
        record.removeAll()
        while true {
            if i < b.count && b[i] == UInt8(ascii: "\"") {
                switch scanQuoted(b, from: &i, final: final) {
                case .complete: break
                case let other: return other
                }
            } else {
                var end = i
                while end < b.count && b[end] != delimiter && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
                if end == b.count && !final { return .incomplete }
                var lo = i, hi = end
                while lo < hi && isBlank(b[lo]) { lo += 1 }
                while hi > lo && isBlank(b[hi - 1]) { hi -= 1 }
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[lo..<hi]))
                record.endField()
                i = end
            }
            if i < b.count && b[i] == delimiter { i += 1; continue }
            break
        }
        // The line end: CR, LF or CRLF. A CR that ends the piece may have its LF in the next.
        if i < b.count && b[i] == 0x0D {
            if i + 1 == b.count && !final { return .incomplete }
            i += 1
        }
        if i < b.count && b[i] == 0x0A { i += 1; line += 1 }
        return .complete
    }

    /// A field in double quotes, `i` at the opening quote.
    private mutating func scanQuoted(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int, final: Bool) -> Scan {
        let opened = line
        i += 1
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                if i + 1 == b.count && !final { return .incomplete }  // "" or the closing quote?
                if i + 1 < b.count && b[i + 1] == UInt8(ascii: "\"") { record.bytes.append(c); i += 2; continue }
                i += 1
                // Spaces may follow the closing quote; anything else is text after it.
                while i < b.count && isBlank(b[i]) { i += 1 }
                if i == b.count && !final { return .incomplete }
                if i < b.count && b[i] != delimiter && b[i] != 0x0A && b[i] != 0x0D {
                    return .failed(Failure(line: line, message: "text follows a closing quote; a quote inside a quoted field is written \"\""))
                }
                record.endField()
                return .complete
            }
            if c == 0x0A { line += 1 }
            record.bytes.append(c)
            i += 1
        }
        if !final { return .incomplete }
        return .failed(Failure(line: opened, message: "a quoted field opened on this line is never closed"))
    }

    /// Spaces (and tabs, unless they separate fields) around a field are not part of it.
    private func isBlank(_ c: UInt8) -> Bool { c == 0x20 || (c == 0x09 && delimiter != 0x09) }

    /// Every record of a whole text at once, fields as strings (tests and small inputs).
    static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","),
                      record: ([String], Int) throws(ChartError) -> Void) throws(ChartError) -> Failure? {
        var parser = CSVParser(delimiter: delimiter)
        let result = try bytes.withUnsafeBufferPointer { (b) throws(ChartError) in
            try parser.parse(b, final: true) { (r, line) throws(ChartError) in try record(r.strings, line) }
        }
        if case .failure(let failure) = result { return failure }
        return nil
    }
}
