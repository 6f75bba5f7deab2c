// Splits an expression into tokens, each with its Character offset and length so every later
// error (and every field reference) can point at the text the user wrote.

struct ExprToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case name(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int

    /// How messages name the token: `"+"`, `the number 12`, `the end of the expression`.
    var described: String {
        switch kind {
        case .number(let x): return "the number \(ExprValue.plain(x))"
        case .string(let s): return "the string \"\(Quote.short(s, limit: 30))\""
        case .name(let n): return "\"\(Quote.short(n, limit: 30))\""
        case .symbol(let s): return "\"\(s)\""
        case .end: return "the end of the expression"
        }
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
}

struct ExpressionLexer {
    private let chars: [Character]
    private var index = 0

    /// Longest first, so "===" is not read as "==" followed by "=".
    private static let symbols = ["===", "!==", "==", "!=", "<=", ">=", "&&", "||",
                                  "(", ")", "[", "]", "{", "}", ".", ",", "?", ":", "+", "-", "*", "/", "%", "!", "<", ">"]

    /// Every token of `source`, ending with `.end`.
    static func tokens(_ source: String) throws(ExpressionError) -> [ExprToken] {
        var lexer = ExpressionLexer(chars: Array(source))
        var out: [ExprToken] = []
        while true {
            let token = try lexer.next()
            out.append(token)
            if token.kind == .end { return out }
        }
    }

    private init(chars: [Character]) { self.chars = chars }

    private mutating func next() throws(ExpressionError) -> ExprToken {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        guard index < chars.count else { return ExprToken(kind: .end, offset: index, length: 0) }
        let c = chars[index]
        if c.isDigit || (c == "." && peek(1)?.isDigit == true) { return try number() }
        if c == "\"" || c == "'" { return try string(quote: c) }
        if c.isNameStart { return name() }
        return try symbol()
    }

    private func peek(_ ahead: Int) -> Character? {
        index + ahead < chars.count ? chars[index + ahead] : nil
    }

    private mutating func digits() {
        while index < chars.count, chars[index].isDigit { index += 1 }
    }

    /// `12`, `1.5`, `.5`, `1.`, `1e3`, `2.5E-4`, as JavaScript writes decimals.
    private mutating func number() throws(ExpressionError) -> ExprToken {
        let start = index
        digits()
        if peek(0) == "." { index += 1; digits() }
        if peek(0) == "e" || peek(0) == "E" {
            let e = index
            index += 1
            if peek(0) == "+" || peek(0) == "-" { index += 1 }
            guard peek(0)?.isDigit == true else {
                throw ExpressionError(offset: e, message: "the number \"\(String(chars[start..<index]))\" has no digits after its exponent")
            }
            digits()
        }
        // "3px" or "12abc" is no number and no name; saying so beats "unexpected name px".
        if let c = peek(0), c.isNameStart || c.isDigit {
            throw ExpressionError(offset: index, message: "unexpected \"\(c)\" right after the number \(String(chars[start..<index]))")
        }
        let text = String(chars[start..<index])
        return ExprToken(kind: .number(Double(text) ?? .nan), offset: start, length: index - start)
    }

    private mutating func name() -> ExprToken {
        let start = index
        while index < chars.count, chars[index].isNameStart || chars[index].isNumber { index += 1 }
        return ExprToken(kind: .name(String(chars[start..<index])), offset: start, length: index - start)
    }

    private mutating func symbol() throws(ExpressionError) -> ExprToken {
        if let s = ExpressionLexer.symbols.first(where: matches) {
            let token = ExprToken(kind: .symbol(s), offset: index, length: s.count)
            index += s.count
            return token
        }
        throw ExpressionError(offset: index, message: unexpectedCharacter(chars[index]))
    }

    private func matches(_ symbol: String) -> Bool {
        var i = index
        for c in symbol {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    private func unexpectedCharacter(_ c: Character) -> String {
        switch c {
        case "=": return "\"=\" would assign; compare with == or ==="
        case "&", "|": return "\"\(c)\" alone is not supported; use && or ||"
        default: return "unexpected character \"\(c)\""
        }
    }
}

// MARK: - Strings

extension ExpressionLexer {
    /// A string in '…' or "…". A line break ends nothing: as in JavaScript, a string must close
    /// on its line, and an unclosed one is reported where it opens.
    private mutating func string(quote: Character) throws(ExpressionError) -> ExprToken {
        let start = index
        index += 1
        var value = ""
        while true {
            guard index < chars.count, !chars[index].isNewline else {
                throw ExpressionError(offset: start, message: "unterminated string: add the closing \(quote)")
            }
            let c = chars[index]
            if c == quote { break }
            if c == "\\" {
                try escape(into: &value)
            } else {
                value.append(c)
                index += 1
            }
        }
        index += 1
        return ExprToken(kind: .string(value), offset: start, length: index - start)
    }

    private static let escapes: [Character: Character] = ["\\": "\\", "'": "'", "\"": "\"", "/": "/",
                                                           "n": "\n", "t": "\t", "r": "\r", "b": "\u{8}", "f": "\u{C}", "v": "\u{B}"]

    /// One escape at `index` (a backslash). Unknown escapes are errors, not JavaScript's silent
    /// "\q" → "q": in a spec they are far more often a Windows path or a typo.
    private mutating func escape(into value: inout String) throws(ExpressionError) {
        let at = index
        guard let c = peek(1) else { throw ExpressionError(offset: at, message: "unterminated string: it ends in a backslash") }
        if let e = ExpressionLexer.escapes[c] {
            value.append(e)
            index += 2
        } else if c == "u" {
            index += 2
            value.unicodeScalars.append(try unicodeEscape(at: at))
        } else {
            throw ExpressionError(offset: at, message: "unknown escape \"\\\(c)\" (known: \\\\ \\' \\\" \\n \\t \\r \\uXXXX)")
        }
    }

    /// After "\u": four hex digits, and for a UTF-16 high surrogate the "\uXXXX" of its low half.
    private mutating func unicodeEscape(at: Int) throws(ExpressionError) -> Unicode.Scalar {
        let high = try hex4(at: at)
        if (0xD800...0xDBFF).contains(high), peek(0) == "\\", peek(1) == "u" {
            index += 2
            let low = try hex4(at: at)
            if (0xDC00...0xDFFF).contains(low), let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                return s
            }
        }
        guard let s = Unicode.Scalar(high) else {
            throw ExpressionError(offset: at, message: "\"\\u\(String(high, radix: 16, uppercase: true))\" is half of a surrogate pair, not a character")
        }
        return s
    }

    private mutating func hex4(at: Int) throws(ExpressionError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek(0), let d = c.hexDigitValue, c.isASCII else {
                throw ExpressionError(offset: at, message: "\"\\u\" must be followed by four hex digits, as in \\u00B0")
            }
            v = v * 16 + UInt32(d)
            index += 1
        }
        return v
    }
}

fileprivate extension Character {
    /// ASCII 0-9 only: other numerals are no part of a JavaScript number.
    var isDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    var isNameStart: Bool { isLetter || self == "_" || self == "$" }
}
