// Vega-Lite's sequence generator, `{"sequence": {"start": 0, "stop": 10, "step": 0.5, "as": "x"}}`:
// one row per number from start up to (not including) stop, as d3.range computes them
// (start + i · step, so 0.1 steps carry the same rounding as in Vega), in a column named by
// `as` ("data" by default). Generated while decoding, as rows written in the spec.

enum DataSequence {
    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog) -> [JSONNode]? {
        guard let r = ObjectReader(node, path: path, log: log, keys: ["start", "stop", "step", "as"]) else { return nil }
        guard let start = r.number("start"), let stop = r.number("stop") else {
            for key in ["start", "stop"] where !r.has(key) { log.error(node.location, path, "needs \"\(key)\"") }
            return nil
        }
        let step = r.number("step") ?? 1
        let name = r.string("as") ?? "data"
        guard step != 0, step.isFinite else {
            log.error(r["step"]!.location, r.childPath("step"), "must not be 0")
            return nil
        }
        let count = max(0, ((stop - start) / step).rounded(.up))
        guard count <= Double(Limits.rows) else {
            log.error(node.location, path, "makes \(Format.plain(count)) rows; the limit for one table is \(Limits.rows)")
            return nil
        }
        return (0..<Int(count)).map { i in
            let value = JSONNode(.number(start + Double(i) * step), at: node.location)
            return JSONNode(.object([JSONMember(key: name, keyLocation: node.location, value: value)]), at: node.location)
        }
    }
}
