import Testing
@testable import ChartKit

@Suite("Expression functions")
struct ExpressionFunctionTests {
    @Test("math functions", arguments: [
        ("abs(-3)", 3.0), ("abs('-2')", 2), ("round(2.5)", 3), ("round(-2.5)", -2), ("round(1.4)", 1),
        ("round(0.49999999999999994)", 0), ("floor(-1.5)", -2), ("ceil(1.2)", 2), ("sqrt(16)", 4),
        ("pow(2, 10)", 1024), ("log(1)", 0), ("log(E)", 1), ("exp(0)", 1), ("min(3, 1, 2)", 1),
        ("max(3, 1, 2)", 3), ("min(5)", 5), ("max(datum.a, datum.b)", 3),
    ])
    func math(source: String, expected: Double) throws {
        #expect(try evaluated(source) == .number(expected))
    }

    @Test("null in, null out", arguments: [
        "abs(null)", "round(datum.missing)", "floor(null)", "ceil(null)", "sqrt(null)", "pow(null, 2)", "pow(2, null)",
        "log(null)", "exp(null)", "min(1, datum.missing)", "max(datum.missing, 1)", "toNumber(null)", "toString(null)",
        "toBoolean(null)", "year(null)", "month(null)", "date(null)", "quarter(null)", "format(null, ',')",
        "length(null)", "upper(null)", "lower(null)", "trim(null)", "substring(null, 1)", "substring('abc', null)",
        "substring('abc', 1, null)",
    ])
    func nullInNullOut(source: String) throws {
        #expect(try evaluated(source) == .null)
    }

    @Test("tests and conversions", arguments: [
        ("isValid(null)", ExprValue.bool(false)), ("isValid(NaN)", .bool(false)), ("isValid(0)", .bool(true)),
        ("isValid('')", .bool(true)), ("isValid(datum.missing)", .bool(false)), ("isNaN(NaN)", .bool(true)),
        ("isNaN('abc')", .bool(false)), ("isNaN(null)", .bool(false)), ("isNaN(sqrt(-1))", .bool(true)),
        ("isFinite(1)", .bool(true)), ("isFinite(Infinity)", .bool(false)), ("isFinite('1')", .bool(false)),
        ("isFinite(null)", .bool(false)), ("toNumber('12.5')", .number(12.5)), ("toNumber(' 7 ')", .number(7)),
        ("toNumber('abc')", .null), ("toNumber('')", .null), ("toNumber(true)", .number(1)), ("toNumber(3)", .number(3)),
        ("toString(1.5)", .string("1.5")), ("toString(1322)", .string("1322")), ("toString(0.1)", .string("0.1")),
        ("toString(-0)", .string("0")), ("toString(true)", .string("true")), ("toString('')", .null),
        ("toBoolean('false')", .bool(false)), ("toBoolean('0')", .bool(false)), ("toBoolean('x')", .bool(true)),
        ("toBoolean(0)", .bool(false)), ("toBoolean(2)", .bool(true)), ("toBoolean('')", .null),
    ])
    func conversions(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("date parts of a day, a month and a year (month is 0-based, as in Vega)", arguments: [
        ("year('2023-06-30')", 2023.0), ("month('2023-06-30')", 5), ("date('2023-06-30')", 30), ("quarter('2023-06-30')", 2),
        ("year(2023)", 2023), ("month(2023)", 0), ("date(2023)", 1), ("quarter(2023)", 1),
        ("year('2023')", 2023), ("month('2023-12')", 11), ("quarter('2023-12')", 4), ("quarter('2023-01')", 1),
        ("quarter('2023-04-01')", 2), ("date('2024/02/29')", 29),
    ])
    func dates(source: String, expected: Double) throws {
        #expect(try evaluated(source) == .number(expected))
    }

    @Test("what is no date gives null", arguments: [
        "year('not a date')", "month('2023-13')", "date('2023-02-30')", "year(2023.5)", "year(true)", "quarter('')",
    ])
    func notDates(source: String) throws {
        #expect(try evaluated(source) == .null)
    }

    @Test("format with d3-format specifiers", arguments: [
        ("format(1322, ',.0f')", ExprValue.string("1,322")), ("format(0.65, '.0%')", .string("65%")),
        ("format(14.25, '.1f')", .string("14.3")), ("format('1322', ',')", .string("1,322")),
        ("format(2.7e12, '~s')", .string("2.7T")), ("format(1322, ',.0f GW')", .string("1,322 GW")),
        ("format('abc', ',')", .null), ("format(1 / 0, ',')", .null), ("format(NaN, ',')", .null),
        ("format(datum.a, datum.s)", .null), ("format(datum.a, '.' + 2 + 'f')", .string("2.00")),
    ])
    func format(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("format with a specifier from the data")
    func dynamicFormat() throws {
        let row: [String: ExprValue] = ["v": .number(1.5), "spec": .string(".2f")]
        #expect(try evaluated("format(datum.v, datum.spec)", row) == .string("1.50"))
        #expect(try evaluated("format(datum.v, datum.bad)", ["v": .number(1), "bad": .string("GW")]) == .null)
    }

    @Test("text functions count Characters", arguments: [
        ("length('abc')", ExprValue.number(3)), ("length('中文')", .number(2)), ("length('')", .number(0)),
        ("length(1322)", .number(4)), ("upper('abc')", .string("ABC")), ("lower('ÀBC')", .string("àbc")),
        ("upper(1.5)", .string("1.5")), ("trim('  a b \\t')", .string("a b")), ("trim('   ')", .string("")),
        ("substring('hello', 1, 3)", .string("el")), ("substring('hello', 3)", .string("lo")),
        ("substring('hello', 3, 1)", .string("el")), ("substring('hello', -2, 99)", .string("hello")),
        ("substring('hello', NaN, 2)", .string("he")), ("substring('中文字', 1)", .string("文字")),
        ("if(datum.t, 'y', 'n')", .string("y")), ("if(0, 1, 2)", .number(2)),
    ])
    func text(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("NaN from JavaScript's math stays NaN, and leaves a table as missing")
    func nanResults() throws {
        let v = try evaluated("sqrt(-1)")
        #expect(same(v, .number(.nan)))
        #expect(v.dataValue == .missing)
        #expect(same(try evaluated("min(1, NaN)"), .number(.nan)))
        #expect(same(try evaluated("'abc' * 2"), .number(.nan)))
    }

    @Test("a string's character by index, as JavaScript reads text[i] (axis labelExpr: datum.label[0])", arguments: [
        ("'Jan'[0]", ExprValue.string("J")), ("datum.s[0]", .string("x")), ("'abc'[1 + 1]", .string("c")),
        ("'abc'[5]", .null), ("upper('abc'[1])", .string("B")),
    ])
    func index(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("timeFormat writes a date by d3's directives; a time of day or a typo in a literal is an error", arguments: [
        ("timeFormat('2006-04-01', '%b')", ExprValue.string("Apr")), ("timeFormat('2006-01-15', '%Y年%m月')", .string("2006年01月")),
        ("timeFormat(2023, '%Y')", .string("2023")), ("timeFormat(null, '%Y')", .null),
    ])
    func timeFormat(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("timeFormat refuses what it cannot write at parse time")
    func timeFormatRefused() {
        #expect(parseError("timeFormat('2006-04-01', '%H:%M')")?.message.contains("time of day") == true)
        #expect(parseError("timeFormat('2006-04-01', '%Q')") != nil)
    }

    @Test("a label written as a list of lines joins them with newlines; a null line is empty")
    func labelLines() throws {
        let e = try Expression.parseLines("[datum.s, datum.a > 1 ? 'big' : '', datum.missing]")
        #expect(e.evaluate { sampleRow[$0] ?? .null } == .string("x\nbig\n"))
        #expect(try Expression.parseLines("datum.s").evaluate { sampleRow[$0] ?? .null } == .string("x"), "no list: one line")
        #expect(throws: ExpressionError.self) { try Expression.parseLines("['a'] + 'b'") }
        #expect(parseError("['a', 'b']") != nil, "outside a label a list is still an error")
    }
}
