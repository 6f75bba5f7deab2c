// Style values a spec sets for its own chart, gathered as a JSON tree in the style file's
// vocabulary (styles/ccnt.json) so StyleLoader merges and checks them like a style file. Each
// value keeps the spec location it was written at, so a bad colour points into the spec.

struct StyleOverrides {
    private(set) var tree: [JSONMember] = []

    var isEmpty: Bool { tree.isEmpty }

    /// Sets `path` ("axis.label.fontSize") to `value`, creating the objects on the way.
    mutating func set(_ path: String, _ value: JSONNode) {
        Self.set(path.split(separator: ".").map(String.init)[...], value, in: &tree)
    }

    private static func set(_ keys: ArraySlice<String>, _ value: JSONNode, in members: inout [JSONMember]) {
        guard let key = keys.first else { return }
        let i = members.firstIndex { $0.key == key }
        if keys.count == 1 {
            let member = JSONMember(key: key, keyLocation: value.location, value: value)
            if let i { members[i] = member } else { members.append(member) }
            return
        }
        var inner = i.flatMap { members[$0].value.members } ?? []
        set(keys.dropFirst(), value, in: &inner)
        let node = JSONNode(.object(inner), at: value.location)
        if let i { members[i].value = node } else { members.append(JSONMember(key: key, keyLocation: value.location, value: node)) }
    }

    /// The tree as a node, nil when nothing was set.
    func node(at location: SourceLocation) -> JSONNode? {
        tree.isEmpty ? nil : JSONNode(.object(tree), at: location)
    }

    /// `base` with these overrides on top (nil when both are empty).
    func merged(over base: JSONNode?, at location: SourceLocation) -> JSONNode? {
        guard let mine = node(at: location) else { return base }
        guard let base else { return mine }
        return StyleLoader.merge(base, mine)
    }
}
