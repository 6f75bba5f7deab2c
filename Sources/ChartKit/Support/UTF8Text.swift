// Strict UTF-8 checks shared by the readers: specs, styles, CSV and GeoJSON are all UTF-8 by
// contract, and a file that is not (GBK from a Chinese Excel, a file cut mid-character) is
// refused at the first bad byte with its line and column, never decoded into U+FFFD.

enum UTF8Text {
    /// The length of the well-formed UTF-8 sequence starting at `i`, or nil when the bytes
    /// there are not UTF-8 (stray continuation bytes, overlong forms, surrogates, past U+10FFFF).
    static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        bytes.withUnsafeBufferPointer { sequenceLength($0, at: i) }
    }

    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b0 = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the range allowed for the second byte
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return nil }
        for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The line and column (in characters) of the first byte that is not well-formed UTF-8,
    /// with that byte; nil when all of `bytes` is UTF-8.
    static func firstInvalid(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var line = 1
        return bytes.withUnsafeBufferPointer { firstInvalid(in: $0, line: &line) }
    }

    /// The same for text read in pieces: `bytes` start a line, `line` is its number and is
    /// moved past the lines checked.
    static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>, line: inout Int) -> (line: Int, column: Int, byte: UInt8)? {
        var i = 0, column = 1
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: i) else { return (line, column, b) }
            i += length
            column += 1
        }
        return nil
    }
}
