// Typed, path-aware access to a JSONNode for the hand-written decoders of specs and styles.
//
// An ObjectReader knows which keys its object may have: an unknown key is reported at the key
// itself with the nearest valid key, and a value of the wrong kind is reported with its path.
// Readers log and return nil instead of throwing, so one pass finds every error in a file.

struct ObjectReader {
    let node: JSONNode
    let path: String
    let log: DiagnosticLog

    /// Returns nil (and logs) when `node` is not an object.
    init?(_ node: JSONNode, path: String, log: DiagnosticLog, keys: [String], what: String = "an object") {
        guard let members = node.members else {
            log.error(node.location, path, "must be \(what), found \(node.kindName)")
            return nil
        }
        self.node = node
        self.path = path
        self.log = log
        for m in members where !keys.contains(m.key) {
            let hint = Suggest.didYouMean(m.key, in: keys)
            let known = hint.isEmpty ? " (allowed: \(keys.joined(separator: ", ")))" : hint
            log.error(m.keyLocation, Self.join(path, Quote.short(m.key)), "is not a known key\(known)")
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func childPath(_ key: String) -> String { Self.join(path, key) }

    subscript(key: String) -> JSONNode? {
        guard let n = node[key] else { return nil }
        return n
    }

    func has(_ key: String) -> Bool { node[key] != nil }

    private func wrongKind(_ key: String, _ n: JSONNode, _ expected: String) {
        log.error(n.location, childPath(key), "must be \(expected), found \(n.kindName)")
    }

    func string(_ key: String) -> String? {
        guard let n = node[key] else { return nil }
        if case .string(let s) = n.value { return checkLength(s, n, childPath(key)) }
        wrongKind(key, n, "a string")
        return nil
    }

    /// `s` when it is within `Limits.stringLength`; logs and returns nil otherwise.
    func checkLength(_ s: String, _ n: JSONNode, _ path: String) -> String? {
        // utf8.count is O(1) for native strings: the exact count is only needed when it may be over.
        guard s.utf8.count > Limits.stringLength, s.count > Limits.stringLength else { return s }
        log.error(n.location, path, "is \(s.count) characters long; the limit is \(Limits.stringLength) (\"\(Quote.short(s, limit: 30))\")")
        return nil
    }

    /// A string or an array of strings (notes may be several paragraphs).
    func strings(_ key: String) -> [String]? {
        guard let n = node[key] else { return nil }
        switch n.value {
        case .string(let s): return checkLength(s, n, childPath(key)).map { [$0] }
        case .array(let items):
            var out: [String] = []
            if items.count > Limits.notes {
                log.error(n.location, childPath(key), "has \(items.count) paragraphs; the limit is \(Limits.notes)")
                return nil
            }
            for (i, item) in items.enumerated() {
                if case .string(let s) = item.value {
                    if let s = checkLength(s, item, "\(childPath(key))[\(i)]") { out.append(s) }
                } else {
                    log.error(item.location, "\(childPath(key))[\(i)]", "must be a string, found \(item.kindName)")
                }
            }
            return out
        default:
            wrongKind(key, n, "a string or an array of strings")
            return nil
        }
    }

    /// A title: a string, or null for "no title" (.some(nil)); nil when absent or wrong.
    func title(_ key: String) -> String?? {
        guard let n = node[key] else { return nil }
        switch n.value {
        case .string(let s): return checkLength(s, n, childPath(key)).map { .some($0) }
        case .null: return .some(nil)
        default:
            wrongKind(key, n, "a string or null")
            return nil
        }
    }

    func number(_ key: String, min: Double? = nil, max: Double? = nil) -> Double? {
        guard let n = node[key] else { return nil }
        guard case .number(let v) = n.value else {
            wrongKind(key, n, "a number")
            return nil
        }
        if let min, v < min {
            log.error(n.location, childPath(key), "must be at least \(Format.plain(min)), found \(Format.plain(v))")
            return nil
        }
        if let max, v > max {
            log.error(n.location, childPath(key), "must be at most \(Format.plain(max)), found \(Format.plain(v))")
            return nil
        }
        return v
    }

    func bool(_ key: String) -> Bool? {
        guard let n = node[key] else { return nil }
        if case .bool(let b) = n.value { return b }
        wrongKind(key, n, "true or false")
        return nil
    }

    /// A string that must be one of `choices`.
    func choice(_ key: String, _ choices: [String]) -> String? {
        guard let n = node[key] else { return nil }
        guard case .string(let s) = n.value else {
            wrongKind(key, n, "one of \(Self.quoted(choices))")
            return nil
        }
        guard choices.contains(s) else {
            log.error(n.location, childPath(key), "\"\(Quote.short(s))\" is not one of \(Self.quoted(choices))\(Suggest.didYouMean(s, in: choices))")
            return nil
        }
        return s
    }

    func object(_ key: String, keys: [String]) -> ObjectReader? {
        guard let n = node[key] else { return nil }
        return ObjectReader(n, path: childPath(key), log: log, keys: keys)
    }

    func array(_ key: String) -> [JSONNode]? {
        guard let n = node[key] else { return nil }
        if case .array(let items) = n.value { return items }
        wrongKind(key, n, "an array")
        return nil
    }

    /// A dash pattern (a mark's `strokeDash`, an axis's `gridDash`, a style's dashes): dash and
    /// gap lengths from 0 to 100. Every item that is not one is named; nil when any is not.
    func dashes(_ key: String) -> [Double]? {
        guard let items = array(key) else { return nil }
        var out: [Double] = []
        for (i, item) in items.enumerated() {
            if case .number(let v) = item.value, v >= 0, v <= 100 { out.append(v) } else {
                log.error(item.location, "\(childPath(key))[\(i)]", "must be a length from 0 to 100")
            }
        }
        return out.count == items.count ? out : nil
    }

    static func quoted(_ choices: [String]) -> String {
        choices.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
