// JSON data files (Vega-Lite's `"format": {"type": "json"}`): an array of records, the file's
// top level or the array a dotted `property` names ("data.rows"). Parsed with the spec's own
// JSON parser, so every row and every bad cell is reported at its file:line:column.

enum JSONRecords {
    /// The table of a JSON file's records. `property` picks a nested array.
    static func table(_ bytes: [UInt8], name: String, property: Located<String>?) throws(ChartError) -> DataTable {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ChartError(file: name, "is empty; expected an array of records such as [{\"region\": \"Hebei\", \"target\": 15}]")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes: bytes, file: name)
        } catch {
            throw ChartError(Diagnostic(at: error.location, error.message))
        }
        let (items, location) = try records(in: root, name: name, property: property)
        return try DataLoader.records(items, location: location, path: nil, name: name, label: name)
    }

    /// The array of records: the root, or the node the dotted `property` leads to.
    static func records(in root: JSONNode, name: String, property: Located<String>?) throws(ChartError) -> ([JSONNode], SourceLocation) {
        guard let property else {
            if case .array(let items) = root.value { return (items, root.location) }
            var hint = ""
            if let keys = root.members?.map(\.key), !keys.isEmpty {
                let arrays = root.members!.filter { if case .array = $0.value.value { return true } else { return false } }.map(\.key)
                hint = " (keys: \(Quote.short(keys.joined(separator: ", "), limit: 120)))"
                if let first = arrays.first { hint += "; if the rows are in \"\(Quote.short(first))\", add \"format\": {\"type\": \"json\", \"property\": \"\(Quote.short(first))\"}" }
            }
            throw ChartError(Diagnostic(at: root.location, "holds \(root.kindName), not an array of records\(hint)"))
        }
        var node = root
        var walked: [String] = []
        for step in property.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            let here = walked.isEmpty ? "the top of \(name)" : "\"\(Quote.short(walked.joined(separator: ".")))\" (\(node.location))"
            guard let members = node.members else {
                throw ChartError(Diagnostic(at: property.location, path: property.path,
                                            "\"\(Quote.short(property.value))\": step \"\(Quote.short(step))\" cannot be taken: \(here) is \(node.kindName), not an object"))
            }
            guard let next = members.first(where: { $0.key == step }) else {
                let keys = members.map(\.key)
                let listed = keys.isEmpty ? "it has no keys" : "its keys: \(Quote.short(keys.joined(separator: ", "), limit: 120))"
                throw ChartError(Diagnostic(at: property.location, path: property.path,
                                            "\"\(Quote.short(property.value))\": there is no \"\(Quote.short(step))\" in \(here) (\(listed))\(Suggest.didYouMean(step, in: keys))"))
            }
            walked.append(step)
            node = next.value
        }
        guard case .array(let items) = node.value else {
            throw ChartError(Diagnostic(at: property.location, path: property.path,
                                        "\"\(Quote.short(property.value))\" leads to \(node.kindName) at \(node.location), not an array of records"))
        }
        return (items, node.location)
    }
}
