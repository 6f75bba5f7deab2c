// Layers inside a layer, flattened before decoding into the one list of layers Vega-Lite's
// compiler also ends up drawing:
//
//   {"layer": [{"data": D, "encoding": {"y": {"datum": 300}}, "transform": T,
//               "layer": [{"mark": "rule"}, {"mark": "text", "encoding": {"text": …}}]}, …]}
//   → {"layer": [{"data": D, "transform": T, "mark": "rule", "encoding": {"y": …}},
//                {"data": D, "transform": T, "mark": "text", "encoding": {"y": …, "text": …}}, …]}
//
// Each inner layer inherits the group's data (unless it reads its own), the group's
// transforms before its own (on the group's data only: a layer with data of its own starts a
// new dataflow), and the group's encoding channel by channel, its own channels winning.
// What else the group says (a size, a title, a resolve) belongs to a view: named as an error.

enum NestedLayers {
    /// Keys a group of layers passes on, and keys that say nothing about the picture.
    static let inherited: Set<String> = ["data", "transform", "encoding"]
    static let ignored: Set<String> = ["description", "name", "layer"]

    /// `root` with every layer that holds layers replaced by its inner layers, at any depth.
    static func flatten(_ root: JSONNode, log: DiagnosticLog, path: String = "") -> JSONNode {
        switch root.value {
        case .array(let items):
            return JSONNode(.array(items.enumerated().map { flatten($1, log: log, path: "\(path)[\($0)]") }), at: root.location)
        case .object(let members):
            var out: [JSONMember] = []
            for m in members {
                var m = m
                let childPath = path.isEmpty ? m.key : "\(path).\(m.key)"
                if m.key == "layer", case .array(let layers) = m.value.value {
                    let flat = layers.enumerated().flatMap { i, l in expand(flatten(l, log: log, path: "\(childPath)[\(i)]"), path: "\(childPath)[\(i)]", log: log) }
                    m.value = JSONNode(.array(flat), at: m.value.location)
                } else {
                    m.value = flatten(m.value, log: log, path: childPath)
                }
                out.append(m)
            }
            return JSONNode(.object(out), at: root.location)
        default:
            return root
        }
    }

    /// A layer as the layers it stands for: itself, or its inner layers (already flat) with
    /// the group's data, transforms and encoding passed on.
    private static func expand(_ group: JSONNode, path: String, log: DiagnosticLog) -> [JSONNode] {
        guard let members = group.members, let inner = group["layer"], case .array(let layers) = inner.value else { return [group] }
        for m in members where !inherited.contains(m.key) && !ignored.contains(m.key) {
            log.error(m.value.location, "\(path).\(m.key)", "beside layers inside a layer is not drawn yet: only \"data\", \"transform\" and \"encoding\" pass on to the inner layers")
        }
        return layers.map { inherit(group, into: $0) }
    }

    private static func inherit(_ group: JSONNode, into layer: JSONNode) -> JSONNode {
        guard var members = layer.members else { return layer }
        let ownData = layer["data"] != nil
        if !ownData {
            if let d = group["data"] { members.insert(member("data", d), at: 0) }
            if let t = group["transform"], case .array(let outer) = t.value {
                let own: [JSONNode] = { if case .array(let a)? = layer["transform"]?.value { return a } else { return [] } }()
                members.removeAll { $0.key == "transform" }
                members.append(member("transform", JSONNode(.array(outer + own), at: t.location)))
            }
        }
        if let e = group["encoding"], let outer = e.members {
            let own = layer["encoding"]?.members ?? []
            let merged = outer.filter { o in !own.contains { $0.key == o.key } } + own
            members.removeAll { $0.key == "encoding" }
            members.append(member("encoding", JSONNode(.object(merged), at: layer["encoding"]?.location ?? e.location)))
        }
        return JSONNode(.object(members), at: layer.location)
    }

    private static func member(_ key: String, _ value: JSONNode) -> JSONMember {
        JSONMember(key: key, keyLocation: value.location, value: value)
    }
}
