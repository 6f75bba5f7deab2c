// A JSON tree that remembers where each value came from.
//
// Foundation's JSONDecoder throws away positions, but every spec error must point at
// `file:line:column`, so specs and styles are parsed into this tree first and decoded by hand
// (see SpecDecoder). Object members keep their order (legend order, layer order) and their
// key positions (an unknown key is reported where the key is, not where its value is).

/// A place in a source file, 1-based.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}

/// A value with its location.
public struct JSONNode: Sendable, Equatable {
    public var value: JSONValue
    public var location: SourceLocation

    public init(_ value: JSONValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The member with this key, if the node is an object that has it.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var members: [JSONMember]? {
        if case .object(let m) = value { return m }
        return nil
    }

    /// A short name for the kind of value, for error messages ("expected a number, found a string").
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode
}

public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var description: String { "\(location): \(message)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes. Strict because a spec is a source file: a trailing
/// comma or a comment is more likely a mistake than an intent, and saying so early is kinder.
public struct JSONParser {
    /// Deep nesting is refused instead of recursing until the stack runs out.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    public static func parse(_ text: String, file: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8), file: file)
        return try parser.parseDocument()
    }

    public static func parse(bytes: [UInt8], file: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, file: file)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        // A UTF-8 byte order mark is harmless; skip it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    /// Column bookkeeping: the column of byte `columnIndex` on the current line. Locations are
    /// asked for in increasing byte order, so counting on from the last answer keeps parsing
    /// linear in the file's size (recounting from the line start made minified files quadratic).
    private var columnIndex = 0
    private var column = 1
    /// The keys of the last object parsed at each depth (ObjectShapes).
    private var shapes = ObjectShapes()

    private var location: SourceLocation {
        mutating get {
            if columnIndex < lineStart || columnIndex > index { columnIndex = lineStart; column = 1 }
            // Columns count characters, not bytes, so they match what an editor shows.
            while columnIndex < index && columnIndex < bytes.count {
                if bytes[columnIndex] & 0xC0 != 0x80 { column += 1 }
                columnIndex += 1
            }
            return SourceLocation(file: file, line: line, column: column)
        }
    }

    private mutating func fail(_ message: String, at location: SourceLocation? = nil) -> JSONSyntaxError {
        JSONSyntaxError(location: location ?? self.location, message: message)
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        if index >= bytes.count { throw fail("the file is empty; expected a JSON object") }
        let node = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw fail("unexpected \(describeByte()) after the end of the JSON value")
        }
        return node
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private func describeByte() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b == UInt8(ascii: "/") { return "'/' (comments are not allowed in JSON)" }
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b >= 0x80 {
            guard let length = UTF8Text.sequenceLength(bytes, at: index),
                  let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first else {
                return "byte 0x\(String(b, radix: 16, uppercase: true)), which is not UTF-8 (save the file as UTF-8)"
            }
            return JSONParser.describe(scalar)
        }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    /// Names a non-ASCII character where JSON wants punctuation, with the ASCII character a
    /// Chinese input method most likely replaced: "'，' (U+FF0C, a full-width comma; JSON needs ',')".
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        var twin: Character?
        switch scalar.value {
        case 0xFF01...0xFF5E: twin = Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x201C, 0x201D, 0x300C, 0x300D: twin = "\""
        case 0x3001: twin = ","
        case 0x3000: twin = " "
        default: break
        }
        guard let twin else { return "'\(Character(scalar))' (\(code))" }
        let width = scalar.value == 0x3000 ? "a full-width space" : "a full-width '\(twin)'"
        return "'\(Character(scalar))' (\(code), \(width); JSON needs the ASCII '\(twin)')"
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        if depth > JSONParser.maximumDepth {
            throw fail("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
        let start = location
        guard index < bytes.count else { throw fail("unexpected end of file; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth, start: start)
        case UInt8(ascii: "["): return try parseArray(depth: depth, start: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw fail("NaN and Infinity are not JSON numbers; use null for a missing value")
        default:
            throw fail("unexpected \(describeByte()); expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
            throw fail("unexpected \(describeByte()); expected a value")
        }
        index += w.count
    }

    private mutating func parseObject(depth: Int, start: SourceLocation) throws(JSONSyntaxError) -> JSONNode {
        index += 1
        var members: [JSONMember] = []
        var seen: [String: SourceLocation] = [:]
        var sameShape = true
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(.object([]), at: start)
        }
        while true {
            skipWhitespace()
            let keyLocation = location
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                    throw fail("trailing comma before '}'")
                }
                throw fail("unexpected \(describeByte()); expected a key in double quotes")
            }
            // Records repeat their keys in the same order: a key written as the last object's
            // at this depth and place is that String again, and distinct from the keys before it
            // while every one so far matched (the last object's keys were distinct).
            let key: String
            if let again = shapes.repeatedKey(at: members.count, depth: depth, in: bytes, from: index) {
                key = again.key
                index = again.end
            } else {
                key = try parseString()
                sameShape = false
            }
            if !sameShape, let first = Self.earlier(key, at: keyLocation, in: members, index: &seen) {
                throw fail("duplicate key \"\(key)\" (first at line \(first.line))", at: keyLocation)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail("unexpected \(describeByte()); expected ':' after key \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONMember(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file; expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw fail("unexpected \(describeByte()); expected ',' or '}'")
        }
        if !sameShape || shapes.count(depth) != members.count { shapes.remember(members, depth: depth) }
        return JSONNode(.object(members), at: start)
    }

    /// Where `key` was first written in an object, if it was. Records are small (a data
    /// file's rows have a handful of keys), where comparing with each earlier key is cheaper
    /// than hashing; past `smallObject` keys the index takes over, so parsing stays linear.
    private static let smallObject = 12
    private static func earlier(_ key: String, at location: SourceLocation, in members: [JSONMember],
                                index: inout [String: SourceLocation]) -> SourceLocation? {
        if members.count < smallObject {
            return members.first(where: { $0.key == key })?.keyLocation
        }
        if index.isEmpty { for m in members { index[m.key] = m.keyLocation } }
        if let first = index[key] { return first }
        index[key] = location
        return nil
    }

    private mutating func parseArray(depth: Int, start: SourceLocation) throws(JSONSyntaxError) -> JSONNode {
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(.array([]), at: start)
        }
        while true {
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                throw fail("trailing comma before ']'")
            }
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file; expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw fail("unexpected \(describeByte()); expected ',' or ']'")
        }
        return JSONNode(.array(items), at: start)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = location
        index += 1  // opening quote
        // Fast path: most keys and cells are plain ASCII up to their closing quote, and need
        // neither a byte buffer grown one byte at a time nor the checks below.
        let first = index
        while index < bytes.count, case let b = bytes[index], b >= 0x20, b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: bytes[first..<index - 1], as: UTF8.self)
        }
        var out = Array(bytes[first..<index])
        while true {
            guard index < bytes.count else { throw fail("unterminated string", at: start) }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw fail("unterminated string", at: start) }
                let e = bytes[index]
                index += 1
                if let simple = JSONParser.simpleEscape(e) { out.append(simple); continue }
                switch e {
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail("lone UTF-16 surrogate in \\u escape")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid UTF-16 surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail("lone UTF-16 surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    index -= 1
                    throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in string")
                }
            case 0x0A:
                throw fail("line break inside a string (write \\n)")
            case 0x00..<0x20:
                throw fail("control character inside a string")
            case 0x80...0xFF:
                // Strict UTF-8: a spec saved in GBK or cut mid-character is refused where it
                // breaks, rather than drawn as replacement characters.
                guard let length = UTF8Text.sequenceLength(bytes, at: index) else {
                    throw fail("byte 0x\(String(b, radix: 16, uppercase: true)) inside a string is not UTF-8 (save the file as UTF-8)")
                }
                out.append(contentsOf: bytes[index..<index + length])
                index += length
            default:
                out.append(b)
                index += 1
            }
        }
    }

    /// The byte a one-letter escape stands for (`\n` → 0x0A), nil for `\u` and invalid ones.
    static func simpleEscape(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The value of one hex digit of a `\\u` escape.
    static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = JSONParser.hexDigit(bytes[index]) else { throw fail("invalid hex digit in \\u escape") }
            v = v * 16 + d
            index += 1
        }
        return v
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let s = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - s
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                throw fail("numbers may not have leading zeros")
            }
        } else if digits() == 0 {
            if index < bytes.count && bytes[index] == UInt8(ascii: "I") {
                throw fail("NaN and Infinity are not JSON numbers; use null for a missing value")
            }
            throw fail("expected digits in number")
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw fail("expected digits after the decimal point") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits() == 0 { throw fail("expected digits in exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw fail("number \(text) is too large")
        }
        return value
    }
}

/// The keys of the last object parsed at each depth, as Strings and as their plain bytes: a
/// data file's records write the same keys in the same order, so each key is matched against
/// the bytes in place instead of being decoded, and shares the String already made.
struct ObjectShapes {
    private var keys: [[String]] = []
    /// A key's UTF-8 bytes when it is plain (printable ASCII, no quote or backslash: written
    /// as itself between quotes), else nil.
    private var plain: [[[UInt8]?]] = []

    func count(_ depth: Int) -> Int { depth < keys.count ? keys[depth].count : -1 }

    /// The last object's key at `position` when `bytes` from `start` (an opening quote) write
    /// exactly it, with the index after its closing quote.
    func repeatedKey(at position: Int, depth: Int, in bytes: [UInt8], from start: Int) -> (key: String, end: Int)? {
        guard depth < plain.count, position < plain[depth].count, let k = plain[depth][position] else { return nil }
        let end = start + k.count + 2
        guard end <= bytes.count, bytes[end - 1] == UInt8(ascii: "\"") else { return nil }
        for i in 0..<k.count where bytes[start + 1 + i] != k[i] { return nil }
        return (keys[depth][position], end)
    }

    mutating func remember(_ members: [JSONMember], depth: Int) {
        while keys.count <= depth { keys.append([]); plain.append([]) }
        keys[depth] = members.map(\.key)
        plain[depth] = members.map { m in
            let b = Array(m.key.utf8)
            return b.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") } ? b : nil
        }
    }
}
