import Foundation

// The data behind a chart (`-f csv`), as Datawrapper's "Get the data" gives it: the rows each
// layer draws after the spec's transforms, with the fields its encoding reads, in RFC 4180 CSV.
// Layers that draw one table write it once (the fields of all of them); layers of different
// tables, and the panels of a concatenation, are written one after another with a first column
// naming where each row is drawn. Small multiples write their view's rows once: the facet
// field is among them.

enum PlottedData {
    static func csv(_ chart: Chart) -> [UInt8] {
        var blocks: [Block] = []
        if chart.panels.isEmpty {
            blocks = Block.of(chart.layers, place: "")
        } else if let concat = chart.concat {
            for (i, p) in chart.panels.enumerated() { blocks += Block.of(p.layers, place: p.spec.title ?? "\(concat.rawValue)[\(i)]") }
        } else {
            // Facet panels split one view's rows: written one panel after another, as one table.
            for p in chart.panels { blocks += Block.of(p.layers, place: "") }
            blocks = Block.joined(blocks)
        }
        // Blocks of different tables (or panels) say where each row is drawn.
        let places = Set(blocks.map(\.place))
        let merged = blocks.count > 1 && !(places.count == 1 && Set(blocks.map(\.table.label)).count == 1)
        var header: [String] = merged ? ["drawn in"] : []
        for b in blocks { for f in b.fields where !header.contains(f) { header.append(f) } }
        var out = line(header)
        for b in blocks {
            let columns = header.map { b.table.columnIndex($0) }
            let place = b.place.isEmpty ? b.layerPath : b.place
            for table in [b.table] + b.more {
                for row in table.rows {
                    var cells = columns.map { c in c.map { row.indices.contains($0) ? text(row[$0]) : "" } ?? "" }
                    if merged { cells[0] = place }
                    out += line(cells)
                }
            }
        }
        return Array(out.utf8)
    }

    /// The rows of one table and the fields drawn from it; `more`: the same view's rows in the
    /// other panels of a facet.
    struct Block {
        var place: String
        /// The first layer drawing the table ("layers[1]"), naming rows of a layered chart.
        var layerPath: String
        var table: DataTable
        var fields: [String]
        var more: [DataTable] = []

        /// A view's layers: one block per table, two layers drawing one table sharing it.
        static func of(_ layers: [ResolvedLayer], place: String) -> [Block] {
            var out: [Block] = []
            for layer in layers where layer.table.rowCount > 0 {
                let fields = encoded(layer).filter { layer.table.columnIndex($0) != nil }
                if let i = out.firstIndex(where: { same($0.table, layer.table) }) {
                    for f in fields where !out[i].fields.contains(f) { out[i].fields.append(f) }
                } else {
                    out.append(Block(place: place, layerPath: layer.path, table: layer.table, fields: fields))
                }
            }
            return out
        }

        /// A facet's panels' blocks as one per layer table: the first panel's, with the others' rows.
        static func joined(_ blocks: [Block]) -> [Block] {
            var out: [Block] = []
            for b in blocks {
                if let i = out.firstIndex(where: { $0.table.label == b.table.label && $0.fields == b.fields }) {
                    out[i].more.append(b.table)
                } else {
                    out.append(b)
                }
            }
            return out
        }
    }

    /// The fields a layer's encoding reads, in channel order, each once.
    static func encoded(_ l: ResolvedLayer) -> [String] {
        let fields = [l.x, l.x2, l.y, l.y2, l.region, l.color, l.size, l.shape, l.strokeDash, l.opacity, l.text, l.detail, l.order, l.xOffset, l.yOffset]
        var names: [String] = []
        for f in fields.compactMap({ $0 }) where !f.name.hasPrefix("__") && !f.name.hasPrefix("(") && !names.contains(f.name) {
            names.append(f.name)
        }
        return names
    }

    /// The same rows: one table drawn by two layers (a line and its points).
    private static func same(_ a: DataTable, _ b: DataTable) -> Bool {
        a.rowCount == b.rowCount && a.name == b.name && a.label == b.label
    }

    private static func text(_ v: DataValue) -> String {
        switch v {
        case .missing: return ""
        case .number(let n): return Format.plain(n)
        case .text(let s): return s
        }
    }

    /// One CSV record: a field with a comma, quote or line break is quoted, quotes doubled.
    private static func line(_ cells: [String]) -> String {
        cells.map { c in
            c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",") + "\r\n"
    }
}
