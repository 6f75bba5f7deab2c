/// How a layer's channel meets the same channel written beside the layers (Vega-Lite's
/// `mergeEncoding` in src/normalize/core.ts): a field or datum definition in the layer keeps
/// the properties it sets and inherits the others, so `"y": {"type": "quantitative",
/// "scale": {"zero": false}}` beside the layers types every layer's `"y": {"field": "low"}`.
/// Anything else in the layer (a value, null) replaces the inherited channel whole.
enum EncodingInheritance {
    static func channel(_ own: JSONNode?, inherited: JSONNode?) -> JSONNode? {
        guard let own else { return inherited }
        guard let inherited, case .object(let parentMembers) = inherited.value,
              case .object(let ownMembers) = own.value,
              own["field"] != nil || own["datum"] != nil else { return own }
        let ownKeys = Set(ownMembers.map(\.key))
        let kept = parentMembers.filter { !ownKeys.contains($0.key) }
        return JSONNode(.object(kept + ownMembers), at: own.location)
    }
}
