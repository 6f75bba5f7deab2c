import Testing
@testable import ChartKit

@Suite("Expression operators")
struct ExpressionOperatorTests {
    @Test("arithmetic precedence and left associativity", arguments: [
        ("1 + 2 * 3", 7.0), ("(1 + 2) * 3", 9), ("2 - 3 - 4", -5), ("2 - (3 - 4)", 3), ("-2 * 3", -6),
        ("- -2", 2), ("12 / 4 / 3", 1), ("7 % 4 * 2", 6), ("2 * 3 % 4", 2), ("-7 % 3", -1),
        ("1.5e3 + .5", 1500.5), ("datum.a * datum.b + 1", 7), ("1 + datum.a * datum.b", 7), ("+'4' + 1", 5),
    ])
    func arithmetic(source: String, expected: Double) throws {
        #expect(try evaluated(source) == .number(expected))
    }

    @Test("logical precedence, ternary associativity and comparison chains", arguments: [
        ("!datum.t && datum.f || datum.t", ExprValue.bool(true)),
        ("!datum.f && datum.f || datum.f", .bool(false)),
        ("datum.t || datum.f && datum.f", .bool(true)),
        ("1 ? 2 : 0 ? 3 : 4", .number(2)),
        ("0 ? 2 : 0 ? 3 : 4", .number(4)),
        ("datum.a > 1 ? datum.a > 5 ? 'big' : 'mid' : 'small'", .string("mid")),
        ("1 + 1 == 2 ? 'y' : 'n'", .string("y")),
        ("1 < 2 < 3", .bool(true)),
        ("3 > 2 > 1", .bool(false)),
        ("1 < 2 == 2 < 3", .bool(true)),
    ])
    func logic(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test("+ concatenates when either side is a string", arguments: [
        ("'a' + 1", "a1"), ("1 + 2 + 'a'", "3a"), ("'a' + 1 + 2", "a12"), ("'x' + 1.5", "x1.5"),
        ("'v' + true", "vtrue"), ("'' + 1322", "1322"), ("datum.s + datum.a", "x2"), ("'\\u00B0' + \"C\"", "°C"),
    ])
    func concatenation(source: String, expected: String) throws {
        #expect(try evaluated(source) == .string(expected))
    }

    @Test("arithmetic with a missing operand is null, never 0", arguments: [
        "datum.missing + 1", "1 + datum.missing", "datum.missing + 'a'", "'a' + datum.missing", "datum.missing - 1",
        "datum.missing * 0", "0 * datum.missing", "datum.missing / 1", "datum.missing % 2", "-datum.missing",
        "+datum.missing", "null + 1", "(datum.missing + 1) * 2",
    ])
    func nullPropagates(source: String) throws {
        #expect(try evaluated(source) == .null)
    }

    @Test("division and remainder by zero are null", arguments: [
        "1 / 0", "0 / 0", "5 % 0", "datum.a / datum.zero", "datum.a / (datum.b - 3)", "-1 / 0",
    ])
    func divisionByZero(source: String) throws {
        #expect(try evaluated(source) == .null)
    }

    @Test("orderings: null is never ordered, numbers numerically, strings by scalars, mixed as numbers", arguments: [
        ("datum.missing < 1", false), ("datum.missing > 1", false), ("datum.missing <= 1", false),
        ("datum.missing >= 1", false), ("1 > datum.missing", false), ("null <= null", false),
        ("2 < 10", true), ("'10' > 9", true), ("'abc' < 1", false), ("'abc' >= 1", false),
        ("'apple' < 'banana'", true), ("'b' < 'a'", false), ("'Z' < 'a'", true), ("'a' <= 'a'", true),
        ("'é' > 'z'", true), ("'10' < '9'", true), ("true > 0", true), ("NaN < 1", false), ("NaN >= 1", false),
    ])
    func orderings(source: String, expected: Bool) throws {
        #expect(try evaluated(source) == .bool(expected))
    }

    @Test("equality: null equals only null; == converts mixed kinds, === does not", arguments: [
        ("null == null", true), ("datum.missing == null", true), ("datum.missing == 0", false),
        ("datum.missing == ''", false), ("datum.missing != 0", true), ("datum.missing === null", true),
        ("0 == null", false), ("1 == 1.0", true), ("'a' == 'a'", true), ("'a' == 'A'", false),
        ("'2023' == 2023", true), ("'2023' === 2023", false), ("'2023' !== 2023", true), ("true == 1", true),
        ("true === 1", false), ("NaN == NaN", false), ("NaN != NaN", true), ("1 !== 2", true), ("datum.t == true", true),
    ])
    func equality(source: String, expected: Bool) throws {
        #expect(try evaluated(source) == .bool(expected))
    }

    @Test("&& and || short-circuit and return an operand", arguments: [
        ("datum.missing && datum.x", ExprValue.null, ["missing"]),
        ("datum.t || datum.x", .bool(true), ["t"]),
        ("datum.zero || datum.s", .string("x"), ["zero", "s"]),
        ("datum.s && datum.a", .number(2), ["s", "a"]),
        ("datum.t ? datum.a : datum.x", .number(2), ["t", "a"]),
        ("if(datum.f, datum.x, datum.b)", .number(3), ["f", "b"]),
    ])
    func shortCircuit(source: String, expected: ExprValue, reads: [String]) throws {
        let expression = try Expression.parse(source)
        var read: [String] = []
        let value = expression.evaluate { name in
            read.append(name)
            return sampleRow[name] ?? .null
        }
        #expect(value == expected)
        #expect(read == reads)
    }

    @Test("unary ! and truthiness", arguments: [
        ("!0", true), ("!NaN", true), ("!''", true), ("!null", true), ("!'0'", false), ("!!datum.s", true), ("!datum.missing", true),
    ])
    func not(source: String, expected: Bool) throws {
        #expect(try evaluated(source) == .bool(expected))
    }

    @Test("literals", arguments: [
        ("12", ExprValue.number(12)), ("1.", .number(1)), ("1E-2", .number(0.01)), ("'it\\'s'", .string("it's")),
        ("\"a\\\"b\\\\c\"", .string("a\"b\\c")), ("'a\\nb\\tc'", .string("a\nb\tc")), ("'\\uD83D\\uDE00'", .string("😀")),
        ("true", .bool(true)), ("null", .null), ("-Infinity < 0", .bool(true)), ("PI > 3.14", .bool(true)),
    ])
    func literals(source: String, expected: ExprValue) throws {
        #expect(try evaluated(source) == expected)
    }
}
