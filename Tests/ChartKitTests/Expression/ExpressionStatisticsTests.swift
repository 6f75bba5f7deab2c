import Foundation
import Testing
@testable import ChartKit

/// Vega's distribution functions, string indexing and the seeded random().
@Suite("Expression statistics and random")
struct ExpressionStatisticsTests {
    func number(_ source: String) throws -> Double {
        guard case .number(let x) = try evaluated(source) else { return .nan }
        return x
    }

    @Test("quantileNormal, cumulativeNormal and densityNormal agree with scipy.stats.norm (ppf, cdf, pdf)")
    func normal() throws {
        // scipy 1.17: norm.ppf(0.005), norm.ppf(0.3), norm.ppf(0.975), norm.ppf(1e-10), norm.cdf(1.3), norm.pdf(0.5, 1, 2).
        for (source, want) in [("quantileNormal(0.005)", -2.575829303548901), ("quantileNormal(0.3)", -0.5244005127080409),
                               ("quantileNormal(0.975)", 1.959963984540054),
                               ("cumulativeNormal(1.3)", 0.9031995154143897), ("densityNormal(0.5, 1, 2)", 0.19333405840142465)] {
            #expect(abs(try number(source) - want) < 1e-12, "\(source)")
        }
        // Far in the tail, 2p − 1 keeps only a few digits of p (in Vega's formula too).
        #expect(abs(try number("quantileNormal(1e-10)") / -6.361340902404056 - 1) < 1e-6)
        #expect(try number("quantileNormal(0.5, 10, 3)") == 10)
        #expect(try number("quantileNormal(1.5)").isNaN)
        #expect(try evaluated("quantileNormal(datum.missing)") == .null)
    }

    @Test("the uniform distribution: [0, 1], [0, max] with one bound, [min, max] with two")
    func uniform() throws {
        #expect(try number("quantileUniform(0.25)") == 0.25)
        #expect(try number("quantileUniform(0.25, 8)") == 2)
        #expect(try number("quantileUniform(0.25, 2, 10)") == 4)
        #expect(try number("quantileUniform(-0.1)").isNaN)
        #expect(try number("cumulativeUniform(5, 2, 10)") == 0.375)
        #expect(try number("densityUniform(5, 2, 10)") == 0.125)
        #expect(try number("densityUniform(11, 2, 10)") == 0)
    }

    @Test("a string indexed by a whole number gives its character; anything else null")
    func indexing() throws {
        #expect(try evaluated("datum.n[0]", ["n": .string("Europe")]) == .string("E"))
        #expect(try evaluated("datum.n[1 + 1]", ["n": .string("Japan")]) == .string("p"))
        #expect(try evaluated("'中国'[1]") == .string("国"))
        #expect(try evaluated("datum.n[9]", ["n": .string("USA")]) == .null)
        #expect(try evaluated("datum.n[0.5]", ["n": .string("USA")]) == .null)
        #expect(try evaluated("datum.n[0]", ["n": .number(12)]) == .null)
        #expect(parseError("datum.n[0")?.message.contains("never closed") == true)
        #expect(parseError("datum.n.length")?.message.contains("reads fields of datum only") == true)
    }

    @Test("random(): in [0, 1), the same on every run, different per row, per call and per place in the spec")
    func random() throws {
        let e = try Expression.parse("random() * 10 + random()")
        let bound = e.bind(seed: SeededRandom.seed("transform[0].calculate")) { _ in nil }!
        let draws = (0..<1000).map { bound.evaluate(row: [DataValue](), index: $0) }
        let again = (0..<1000).map { bound.evaluate(row: [DataValue](), index: $0) }
        #expect(draws == again)
        let values = draws.compactMap { if case .number(let x) = $0 { return x } else { return nil } }
        #expect(values.count == 1000 && values.allSatisfy { $0 >= 0 && $0 < 11 })
        #expect(Set(values).count == 1000)
        // The two calls draw differently: the fractional part is not a tenth of the whole.
        #expect(values.contains { abs(($0 - $0.rounded(.down)) * 10 - $0.rounded(.down)) > 1 })
        // Roughly uniform: each tenth of [0, 1) gets 100 ± 40 of 1,000 draws.
        let single = try Expression.parse("random()").bind(seed: 1) { _ in nil }!
        var buckets = [Int](repeating: 0, count: 10)
        for i in 0..<1000 { if case .number(let x) = single.evaluate(row: [DataValue](), index: i) { buckets[Int(x * 10)] += 1 } }
        #expect(buckets.allSatisfy { (60...140).contains($0) }, "\(buckets)")
        let other = try Expression.parse("random()").bind(seed: SeededRandom.seed("transform[1].calculate")) { _ in nil }!
        #expect(other.evaluate(row: [DataValue](), index: 0) != single.evaluate(row: [DataValue](), index: 0))
        #expect(parseError("random(1)")?.message.contains("takes no arguments") == true)
    }

    @Test("a calculate with random() gives byte-identical columns run after run")
    func randomColumn() throws {
        let values = (0..<50).map { #"{"a": \#($0)}"# }.joined(separator: ", ")
        let run = { try TransformTests.column(TransformTests.table("[\(values)]", #"[{"calculate": "random()", "as": "r"}]"#), "r") }
        let first = try run()
        #expect(try run() == first)
        #expect(Set(first).count == 50)
    }
}

@Suite("Expression trigonometry")
struct ExpressionTrigonometryTests {
    @Test("sin, cos, tan, their inverses and atan2 are JavaScript's Math functions; null gives null")
    func trigonometry() throws {
        #expect(try evaluated("sin(PI / 2)") == .number(1))
        #expect(try evaluated("cos(0)") == .number(1))
        #expect(try evaluated("tan(0)") == .number(0))
        #expect(try evaluated("asin(1)") == .number(Double.pi / 2))
        #expect(try evaluated("acos(1)") == .number(0))
        #expect(try evaluated("atan(1) * 4") == .number(Double.pi))
        #expect(try evaluated("atan2(1, -1)") == .number(3 * Double.pi / 4))
        #expect(try evaluated("sin(datum.missing)") == .null)
    }
}
