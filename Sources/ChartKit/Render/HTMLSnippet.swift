import Foundation

// A chart ready to paste into a newsletter template (`-f html`): a <figure> whose <picture>
// offers the SVG to browsers that draw it and the PNG (1× and 2×) to the rest — e-mail clients
// among them — with the chart's words as the image's alt text, and its title, subtitle, notes
// and source as the <figcaption>. The files it names are written beside it (Batch adds them).
// Void elements are closed (`<img … />`), so XHTML e-mail templates take it as well as HTML.

enum HTMLSnippet {
    /// `name`: the files' base name, by default the spec file's (as the batch names them).
    static func html(_ scene: Scene, spec: ChartSpec, name given: String? = nil) -> [UInt8] {
        let name = given ?? ((spec.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let w = Int(scene.width.rounded()), h = Int(scene.height.rounded())
        var out = "<figure class=\"ccnt-chart\">\n"
        out += "  <picture>\n"
        out += "    <source type=\"image/svg+xml\" srcset=\"\(attr(name)).svg\" />\n"
        out += "    <img src=\"\(attr(name)).png\" srcset=\"\(attr(name)).png 1x, \(attr(name))@2x.png 2x\" width=\"\(w)\" height=\"\(h)\""
        out += " alt=\"\(attr(scene.description ?? spec.title ?? ""))\" />\n"
        out += "  </picture>\n"
        var caption: [String] = []
        if let t = spec.title, !t.isEmpty { caption.append("    <strong>\(text(t))</strong>") }
        if let s = spec.subtitle, !s.isEmpty { caption.append("    <span>\(text(s))</span>") }
        for n in spec.notes where !n.isEmpty { caption.append("    <small>\(text(n))</small>") }
        if let s = spec.source, !s.isEmpty { caption.append("    <small>\(text(s))</small>") }
        if !caption.isEmpty { out += "  <figcaption>\n" + caption.joined(separator: "\n") + "\n  </figcaption>\n" }
        out += "</figure>\n"
        return Array(out.utf8)
    }

    /// Text for element content: &, < and > escaped; a line break kept as <br />.
    static func text(_ s: String) -> String {
        SVGAccessibility.escaped(s).replacingOccurrences(of: "\n", with: "<br />")
    }

    /// Text for a double-quoted attribute (URL paths included: a space stays, as HTML allows).
    static func attr(_ s: String) -> String {
        SVGAccessibility.escaped(s).replacingOccurrences(of: "\n", with: " ")
    }
}
