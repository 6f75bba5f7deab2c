// An SVG a screen reader can name: `role="img"` and `aria-labelledby` on the root, pointing at
// a <title> (the chart's title) and a <desc> (AltText) written first inside it, as the SVG
// accessibility guidance has it. Cairo writes neither, so they are put into its output.

enum SVGAccessibility {
    static func labelled(_ svg: [UInt8], title: String?, description: String?) -> [UInt8] {
        guard title != nil || description != nil,
              let open = find(Array("<svg".utf8), in: svg, from: 0),
              let close = svg[open...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        var ids: [String] = []
        var inner = ""
        if let title { ids.append("ccnt-title"); inner += "<title id=\"ccnt-title\">\(escaped(title))</title>\n" }
        if let description { ids.append("ccnt-desc"); inner += "<desc id=\"ccnt-desc\">\(escaped(description))</desc>\n" }
        let attributes = " role=\"img\" aria-labelledby=\"\(ids.joined(separator: " "))\""
        // A self-closing root (an empty picture) has nothing to put the elements in.
        let selfClosing = close > open && svg[close - 1] == UInt8(ascii: "/")
        let at = selfClosing ? close - 1 : close
        var out = Array(svg[..<at]) + Array(attributes.utf8) + Array(svg[at...close])
        if !selfClosing { out += Array(("\n" + inner).utf8) }
        out += svg[(close + 1)...]
        return out
    }

    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
