import Foundation

// The words a reader who cannot see the chart gets: the spec's `description` (Vega-Lite's key)
// when it has one, else a summary read off the laid-out scene — what kind of chart, of what,
// how many items, the least and greatest values with the items that have them, and the
// reference lines. Read from the scene, not the spec, so it says what is drawn (after
// transforms, filters and aggregation) whatever compiler drew it. In Chinese when the title is.
//
//   "Bar chart: 2025 energy-intensity targets. 31 bars, from 10 (Qinghai) to 15 (Hebei,
//    Inner Mongolia, Jilin, Ningxia). Line: National target 13.5%."

enum AltText {
    /// The description of `scene`: the spec's own, else a summary.
    static func text(_ scene: Scene, title: String?, written: String?) -> String {
        if let written, !written.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return written }
        return summary(scene, title: title)
    }

    static func summary(_ scene: Scene, title: String?) -> String {
        let words = Words(chinese: title.map(hasCJK) ?? false)
        var found = Found()
        for node in scene.leaves { found.take(node, plot: scene.plotArea) }
        var parts: [String] = []
        let heading = title?.replacingOccurrences(of: "\n", with: " ")
        var (kind, body) = found.describe(words)
        // Panels (a concatenation, small multiples) each have their own scales: name them
        // rather than mixing their values into one range.
        let panels = Array(found.titles.dropFirst(title == nil ? 0 : 1))
        if panels.count > 1 { body = words.panels(panels) }
        parts.append(heading.map { words.titled(kind, $0) } ?? kind)
        if !body.isEmpty { parts.append(body) }
        for label in found.ruleLabels.prefix(4) { parts.append(words.line(label)) }
        return parts.joined(separator: words.stop) + words.end
    }

    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// What the scene draws, by role.
    struct Found {
        var bars: [(name: String, value: Double)] = []
        var series: [String] = []
        var regions: [(name: String, value: Double)] = []
        var regionCategories: [String] = []
        var lines: [String] = []
        var points = 0
        var cells = 0
        var ruleLabels: [String] = []
        /// The x axis's labels (those under the plot), in order: the span a line covers.
        var xLabels: [String] = []
        /// Titles drawn: the chart's, then its panels'.
        var titles: [String] = []

        mutating func take(_ node: SceneNode, plot: Rect?) {
            switch node {
            case .rect(_, _, _, let role), .path(_, _, _, let role), .circle(_, _, _, _, let role), .gradientPath(_, _, _, let role):
                takeRole(role)
            case .text(let run, .ruleLabel): ruleLabels.append(run.text)
            case .text(let run, .title): titles.append(run.text.replacingOccurrences(of: "\n", with: " "))
            case .text(let run, .axisLabel):
                // Just under the (first) plot and across it: its x axis, not a lower panel's.
                if let plot, run.bounds.minY >= plot.maxY - 0.5, run.bounds.minY <= plot.maxY + 40,
                   run.bounds.midX >= plot.minX - 20, run.bounds.midX <= plot.maxX + 20 { xLabels.append(run.text) }
            default: break
            }
        }

        private mutating func takeRole(_ role: Role) {
            switch role {
            case .bar(let category, let s, let value):
                bars.append((category, value))
                if let s, !series.contains(s) { series.append(s) }
            case .region(let r):
                if let v = r.value { regions.append((r.name, v)) }
                if let c = r.category, !regionCategories.contains(c) { regionCategories.append(c) }
            case .line(let s, let layer), .area(let s, let layer):
                // Unnamed lines count by their layer (a line per layer without a colour field).
                let name = s ?? "\u{1F}\(layer)"
                if !lines.contains(name) { lines.append(name) }
            case .point: points += 1
            case .cell: cells += 1
            default: break
            }
        }

        /// The chart's kind and the sentence about its data.
        func describe(_ w: Words) -> (String, String) {
            if !regions.isEmpty || !regionCategories.isEmpty {
                if regions.isEmpty { return (w.map, w.categories(regionCategories)) }
                return (w.map, w.range(regions, unit: w.regionsNoun))
            }
            if !bars.isEmpty {
                // Stacked or grouped bars: one item per category, its total.
                var totals: [String: Double] = [:], order: [String] = []
                for b in bars {
                    if totals[b.name] == nil { order.append(b.name) }
                    totals[b.name, default: 0] += b.value
                }
                let items = order.map { ($0, totals[$0]!) }
                var body = w.range(items, unit: series.count > 1 ? w.categoriesNoun : w.barsNoun)
                if series.count > 1 { body += w.stop + w.seriesList(series) }
                let named = lines.filter { !$0.hasPrefix("\u{1F}") }
                if !named.isEmpty { body += w.stop + w.linesOver(named) }
                return (w.bars, body)
            }
            if !lines.isEmpty {
                let named = lines.filter { !$0.hasPrefix("\u{1F}") }
                var body = named.isEmpty ? w.count(lines.count, lines.count == 1 ? w.lineNoun : w.linesNoun) : w.seriesList(named)
                if let first = xLabels.first, let last = xLabels.last, first != last { body += w.span(first, last) }
                return (w.lines, body)
            }
            if cells > 0 { return (w.heatmap, w.count(cells, w.cellsNoun)) }
            if points > 0 { return (w.points, w.count(points, w.pointsNoun)) }
            return (w.chart, "")
        }
    }

    /// The sentences in English or Chinese.
    struct Words {
        var chinese: Bool
        var stop: String { chinese ? "。" : ". " }
        var end: String { chinese ? "。" : "." }
        var linesNoun: String { chinese ? "条线" : "lines" }
        var lineNoun: String { chinese ? "条线" : "line" }
        func linesOver(_ s: [String]) -> String { chinese ? "叠加折线：\(names(s))" : "Over them: \(names(s))" }
        func span(_ a: String, _ b: String) -> String {
            let a = a.replacingOccurrences(of: "\n", with: " "), b = b.replacingOccurrences(of: "\n", with: " ")
            return chinese ? "，从\(a)到\(b)" : ", from \(a) to \(b)"
        }
        var map: String { chinese ? "地图" : "Map" }
        var bars: String { chinese ? "条形图" : "Bar chart" }
        var lines: String { chinese ? "折线图" : "Line chart" }
        var heatmap: String { chinese ? "热力图" : "Heatmap" }
        var points: String { chinese ? "散点图" : "Point chart" }
        var chart: String { chinese ? "图表" : "Chart" }
        var regionsNoun: String { chinese ? "个地区" : "regions" }
        var barsNoun: String { chinese ? "个条形" : "bars" }
        var categoriesNoun: String { chinese ? "个类别" : "categories" }
        var cellsNoun: String { chinese ? "个单元格" : "cells" }
        var pointsNoun: String { chinese ? "个点" : "points" }

        func titled(_ kind: String, _ title: String) -> String { chinese ? "\(kind)：\(title)" : "\(kind): \(title)" }
        func count(_ n: Int, _ noun: String) -> String { chinese ? "\(n)\(noun)" : "\(n) \(noun)" }
        func line(_ label: String) -> String { chinese ? "参考线：\(label)" : "Line: \(label)" }

        /// "31 bars, from 10 (Qinghai) to 15 (Hebei, Jilin)".
        func range(_ items: [(String, Double)], unit: String) -> String {
            guard let lo = items.map(\.1).min(), let hi = items.map(\.1).max() else { return count(0, unit) }
            let low = names(items.filter { $0.1 == lo }.map(\.0)), high = names(items.filter { $0.1 == hi }.map(\.0))
            if lo == hi { return chinese ? "\(count(items.count, unit))，均为\(number(lo))" : "\(count(items.count, unit)), all \(number(lo))" }
            return chinese ? "\(count(items.count, unit))，最低\(number(lo))（\(low)），最高\(number(hi))（\(high)）"
                           : "\(count(items.count, unit)), from \(number(lo)) (\(low)) to \(number(hi)) (\(high))"
        }

        func seriesList(_ s: [String]) -> String {
            chinese ? "\(s.count)个系列：\(names(s))" : "\(s.count) series: \(names(s))"
        }

        func categories(_ c: [String]) -> String {
            chinese ? "按\(c.count)个类别着色：\(names(c))" : "Coloured by \(c.count) categories: \(names(c))"
        }

        func panels(_ p: [String]) -> String {
            chinese ? "\(p.count)个分图：\(names(p))" : "\(p.count) panels: \(names(p))"
        }

        /// At most four names, then how many more.
        func names(_ list: [String]) -> String {
            let shown = list.prefix(4).joined(separator: chinese ? "、" : ", ")
            guard list.count > 4 else { return shown }
            return chinese ? "\(shown)等\(list.count)个" : "\(shown) and \(list.count - 4) more"
        }

        /// A value as a reader says it: no trailing zeros, at most two decimals.
        func number(_ v: Double) -> String {
            let rounded = (v * 100).rounded() / 100
            return Format.plain(rounded)
        }
    }
}
