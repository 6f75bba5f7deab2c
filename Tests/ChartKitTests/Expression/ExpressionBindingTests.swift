import Testing
@testable import ChartKit

@Suite("Expression fields and binding")
struct ExpressionBindingTests {
    @Test("field references carry their place in the source")
    func references() throws {
        let e = try Expression.parse("datum['gw share'] / datum.total")
        let refs = e.fieldReferences
        #expect(refs.map(\.name) == ["gw share", "total"])
        #expect(refs.map(\.offset) == [0, 20])
        #expect(refs.map(\.length) == [17, 11])
        #expect(e.fields == ["gw share", "total"])
    }

    @Test("every occurrence is a reference; fields lists each name once")
    func repeated() throws {
        let e = try Expression.parse("'中文' + datum.x + datum[\"y\"] + datum.x + datum[2023]")
        #expect(e.fieldReferences.map(\.name) == ["x", "y", "x", "2023"])
        #expect(e.fieldReferences.map(\.offset) == [7, 17, 30, 40])
        #expect(e.fields == ["x", "y", "2023"])
        #expect(try Expression.parse("1 + 2").fieldReferences.isEmpty)
    }

    @Test("keywords are field names after datum.")
    func keywordFields() throws {
        let e = try Expression.parse("datum.null + datum.if")
        #expect(e.fields == ["null", "if"])
    }

    static let columns = ["gw share", "total", "year", "name", "flag"]
    static let rows: [[DataValue]] = [
        [.text("12.5"), .number(50), .text("2023-06-30"), .text("Hebei"), .text("true")],
        [.missing, .text("40"), .text("2021"), .text("  Shanxi "), .missing],
        [.number(3), .number(0), .number(2020), .missing, .text("false")],
        [.text("n/a"), .text("1e3"), .text("2019-02"), .text(""), .text("1")],
    ]
    static let expressions = [
        "datum['gw share'] / datum.total", "datum['gw share'] * 2 + 1", "year(datum.year) + month(datum.year)",
        "upper(trim(datum.name)) + ':' + datum.total", "datum.total > 45 ? 'big' : 'small'", "isValid(datum['gw share'])",
        "datum.flag == 'true' || datum.total", "format(datum.total, ',.1f')", "datum.name && length(datum.name)",
        "quarter(datum.year)", "toNumber(datum.name)", "min(datum.total, datum['gw share'], 100)",
    ]

    @Test("the bound form gives the closure form's results on every row", arguments: expressions)
    func boundMatchesClosure(source: String) throws {
        let e = try Expression.parse(source)
        let bound = try #require(e.bind { Self.columns.firstIndex(of: $0) })
        for row in Self.rows {
            let byName = e.evaluate { name in ExprValue(row[Self.columns.firstIndex(of: name)!]) }
            #expect(same(bound.evaluate(row: row), byName), "\(source) on \(row)")
        }
    }

    @Test("bound results on a table")
    func boundValues() throws {
        let bound = try #require(Expression.parse("datum['gw share'] / datum.total").bind { Self.columns.firstIndex(of: $0) })
        let shares = Self.rows.map { bound.evaluate(row: $0) }
        let expected: [ExprValue] = [.number(0.25), .null, .null, .number(.nan)]  // 3 / 0, and "n/a" / 1000
        #expect(zip(shares, expected).allSatisfy(same), "\(shares)")
        let year = try #require(Expression.parse("year(datum.year)").bind { Self.columns.firstIndex(of: $0) })
        #expect(Self.rows.map { year.evaluate(row: $0) } == [.number(2023), .number(2021), .number(2020), .number(2019)])
    }

    @Test("binding fails when a field is unknown; a short row reads null")
    func unknownField() throws {
        let e = try Expression.parse("datum.total + datum.nope")
        #expect(e.bind { Self.columns.firstIndex(of: $0) } == nil)
        let bound = try #require(Expression.parse("datum.c").bind { _ in 5 })
        #expect(bound.evaluate(row: [.number(1)]) == .null)
    }

    @Test("cells become values: text that reads as a number is a number")
    func fromCells() {
        #expect(ExprValue(.missing) == .null)
        #expect(ExprValue(.number(2)) == .number(2))
        #expect(ExprValue(.text("12")) == .number(12))
        #expect(ExprValue(.text(" 3.5 ")) == .number(3.5))
        #expect(ExprValue(.text("1,322")) == .string("1,322"))
        #expect(ExprValue(.text("2023-06")) == .string("2023-06"))
    }

    @Test("values become cells: what a chart cannot draw is missing")
    func toCells() {
        #expect(ExprValue.null.dataValue == .missing)
        #expect(ExprValue.number(.nan).dataValue == .missing)
        #expect(ExprValue.number(.infinity).dataValue == .missing)
        #expect(ExprValue.number(-.infinity).dataValue == .missing)
        #expect(ExprValue.number(1.5).dataValue == .number(1.5))
        #expect(ExprValue.string("").dataValue == .missing)
        #expect(ExprValue.string("a").dataValue == .text("a"))
        #expect(ExprValue.bool(true).dataValue == .text("true"))
        #expect(ExprValue.bool(false).dataValue == .text("false"))
    }

    @Test("JavaScript truthiness", arguments: [
        (ExprValue.null, false), (.bool(false), false), (.number(0), false), (.number(-0.0), false), (.number(.nan), false),
        (.string(""), false), (.bool(true), true), (.number(-1), true), (.string("0"), true), (.string("false"), true),
    ])
    func truthiness(value: ExprValue, expected: Bool) {
        #expect(value.isTruthy == expected)
    }
}
