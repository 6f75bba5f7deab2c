// Vega-Lite's mark defaults in `config`: `config.mark` for every mark, `config.<kind>`
// (`config.bar`, `config.text`…) for one kind, and `config.style.<name>` for the marks whose
// styles name it (every mark has its kind's name as a style, then those of its `"style"`).
// A property comes from the first of: the mark itself, its styles (later names first), its
// kind's section, config.mark (Vega-Lite's getMarkConfig). Keys that config maps onto the
// house style (VegaLiteConfig.renames, such as config.bar.color) stay with the style.

public struct MarkDefaults: Sendable {
    /// The config sections for marks, by name ("mark", "bar", …), as written.
    var sections: [String: JSONNode] = [:]
    /// `config.style`, by style name.
    var styles: [String: JSONNode] = [:]

    /// Sections of config that hold mark properties.
    static let sectionNames = ["mark"] + MarkType.allCases.filter { $0 != .region }.map(\.rawValue) + ["trail"]
    /// Vega's own style names for guides, which no config here defines.
    static let vegaStyles = ["guide-label", "guide-title", "group-title", "group-subtitle", "cell"]

    public init() {}

    var isEmpty: Bool { sections.isEmpty && styles.isEmpty }

    /// Reads and checks the mark sections of a `config` object (each problem named at its
    /// config path); VegaLiteConfig leaves these keys to this.
    static func decode(_ config: JSONNode?, log: DiagnosticLog) -> MarkDefaults {
        var d = MarkDefaults()
        guard let members = config?.members else { return d }
        for m in members {
            if sectionNames.contains(m.key) {
                let type = m.key == "trail" ? .line : MarkType(rawValue: m.key) ?? .bar
                // Keys the style takes (config.bar.color) are checked as the style's.
                let renamed = VegaLiteConfig.renames[m.key] ?? [:]
                let own = m.value.members.map { JSONNode(.object($0.filter { renamed[$0.key] == nil }), at: m.value.location) } ?? m.value
                guard let r = ObjectReader(own, path: "config.\(m.key)", log: log, keys: SpecDecoder.markKeys.filter { $0 != "type" }) else { continue }
                _ = SpecDecoder.decodeMarkObject(r, type: type, asDefault: true, log: log)
                d.sections[m.key] = m.value
            } else if m.key == "style", let styles = m.value.members {
                for s in styles {
                    guard let r = ObjectReader(s.value, path: "config.style.\(s.key)", log: log, keys: SpecDecoder.markKeys.filter { $0 != "type" }) else { continue }
                    _ = SpecDecoder.decodeMarkObject(r, type: .bar, asDefault: true, log: log)
                    d.styles[s.key] = s.value
                }
            } else if m.key == "style" {
                log.error(m.value.location, "config.style", "must be an object of named styles, found \(m.value.kindName)")
            }
        }
        return d
    }

    /// `own` (decoded from `node`) with the defaults under it. Each default was checked where
    /// it is written, so the merged object is decoded without a second round of messages.
    func apply(to own: MarkSpec, node: JSONNode, log: DiagnosticLog) -> MarkSpec {
        guard own.type != .region else { return own }
        warnUnknownStyles(own, node: node, log: log)
        let kind = own.kindName
        var layers: [[JSONMember]] = []
        for name in ["mark", kind] {
            guard let members = sections[name]?.members else { continue }
            let renamed = VegaLiteConfig.renames[name] ?? [:]
            layers.append(members.filter { renamed[$0.key] == nil })
        }
        for name in [kind] + own.props.styles { if let members = styles[name]?.members { layers.append(members) } }
        guard !layers.isEmpty else { return own }
        layers.append(node.members ?? [JSONMember(key: "type", keyLocation: node.location, value: JSONNode(.string(kind), at: node.location))])
        // Later layers win: keep each key's last value.
        var merged: [JSONMember] = []
        for m in layers.joined() {
            merged.removeAll { $0.key == m.key }
            merged.append(m)
        }
        let scratch = DiagnosticLog()
        guard let r = ObjectReader(JSONNode(.object(merged), at: node.location), path: own.path, log: scratch, keys: SpecDecoder.markKeys) else { return own }
        var mark = SpecDecoder.decodeMarkObject(r, type: own.type, asDefault: true, log: scratch)
        mark.path = own.path
        mark.trail = own.trail
        if own.trail { SpecDecoder.ignoreLineOnlyKeys(r, &mark, log: scratch) }  // warned where written
        // Expressions per row were taken out of the mark's object when it was decoded.
        mark.props.rowExpressions = own.props.rowExpressions
        return mark
    }

    /// A style name that no config defines changes nothing, in Vega-Lite too: a warning.
    private func warnUnknownStyles(_ own: MarkSpec, node: JSONNode, log: DiagnosticLog) {
        guard let n = node["style"] else { return }
        for name in own.props.styles where styles[name] == nil && MarkType(rawValue: name) == nil {
            if Self.vegaStyles.contains(name) {
                log.error(n.location, "\(own.path).style", "\"\(name)\" is one of Vega's own guide styles, which marks here do not take yet")
            } else {
                log.warning(n.location, "\(own.path).style", "\"\(name)\" names no style in config.style, so it changes nothing")
            }
        }
    }
}
