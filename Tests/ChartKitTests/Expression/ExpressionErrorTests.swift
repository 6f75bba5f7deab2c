import Testing
@testable import ChartKit

@Suite("Expression errors")
struct ExpressionErrorTests {
    @Test("each error points at its place", arguments: [
        ("datum.gw + foo", 11, "unknown name \"foo\": fields are read as datum.foo"),
        ("rond(datum.x)", 0, "unknown function \"rond\"; did you mean \"round\"?"),
        ("1 + 'abc", 4, "unterminated string: add the closing '"),
        ("1 + * 2", 4, "expected a value, found \"*\""),
        ("round(1, 2)", 0, "round takes 1 argument, found 2"),
        ("1 + pow(1)", 4, "pow takes 2 arguments, found 1"),
        ("substring('a')", 0, "substring takes 2 or 3 arguments, found 1"),
        ("min()", 0, "min takes at least 1 argument, found 0"),
        ("format(1, 'GW')", 10, "\"GW\" is not a number format (a d3-format specifier such as \",.1f\", \".0%\" or \"~s\")"),
        ("datum", 0, "datum is the whole row: read a field as datum.name or datum['name']"),
        ("datum.a.b", 7, "\".\" reads fields of datum only, as in datum.name or datum['name']"),
        ("datum[foo]", 6, "write the field name in quotes: datum['foo'] (names computed from values are not supported)"),
        ("1 2", 2, "expected an operator or the end of the expression, found the number 2"),
        ("datum.a = 1", 8, "\"=\" would assign; compare with == or ==="),
        ("(1 + 2", 0, "this \"(\" is never closed: add \")\""),
        ("round(1", 5, "the \"(\" of round(…) is never closed: add \")\""),
        ("", 0, "the expression is empty"),
        ("'a\\qb'", 2, "unknown escape \"\\q\" (known: \\\\ \\' \\\" \\n \\t \\r \\uXXXX)"),
        ("3px", 1, "unexpected \"p\" right after the number 3"),
        ("1 +", 3, "the expression ends where a value is expected"),
        ("round + 1", 0, "round is a function: call it as round(…)"),
        ("ture", 0, "unknown name \"ture\": fields are read as datum.ture; did you mean \"true\"?"),
        ("1 ? 2", 5, "expected the \":\" that goes with the \"?\", found the end of the expression"),
        ("format(1, 2)", 10, "the format must be a string such as \",.1f\" or \".0%\", found a number"),
    ])
    func located(source: String, offset: Int, message: String) throws {
        let error = try #require(parseError(source))
        #expect(error.offset == offset)
        #expect(error.message == message)
    }

    @Test("offsets count Characters, positions are line:column")
    func positions() throws {
        let source = "datum.a +\n  rond(1)"
        let error = try #require(parseError(source))
        #expect(error.offset == 12)
        #expect(error.position(in: source) == (2, 3))
        #expect(error.formatted(in: source) == "2:3: unknown function \"rond\"; did you mean \"round\"?")
        let wide = "'中文' + foo"
        let e2 = try #require(parseError(wide))
        #expect(e2.offset == 7)
        #expect(e2.position(in: wide) == (1, 8))
    }

    @Test("nesting is bounded: 64 levels parse, 65 are an error at the level that goes over")
    func depth() throws {
        let limit = Expression.maximumDepth
        let ok = String(repeating: "(", count: limit) + "datum.a" + String(repeating: ")", count: limit)
        #expect(try Expression.parse(ok).evaluate { _ in .number(1) } == .number(1))
        let deep = String(repeating: "(", count: limit + 1) + "1" + String(repeating: ")", count: limit + 1)
        let error = try #require(parseError(deep))
        #expect(error.offset == limit)
        #expect(error.message.contains("nests more than 64 levels"))
        #expect(parseError(String(repeating: "-", count: limit + 1) + "1")?.offset == limit)
        let negations = try Expression.parse(String(repeating: "- ", count: limit) + "datum.a")
        #expect(negations.evaluate { _ in .number(3) } == .number(3))
        #expect(parseError(String(repeating: "round(", count: limit + 1) + "1" + String(repeating: ")", count: limit + 1))?.offset == limit * 6)
    }

    @Test("nested ternaries count towards the depth")
    func deepTernaries() throws {
        let source = (0..<70).map { "datum.a == \($0) ? \($0) : " }.joined() + "-1"
        let error = try #require(parseError(source))
        #expect(error.message.contains("nests more than 64 levels"))
        let fine = (0..<60).map { "datum.a == \($0) ? \($0) : " }.joined() + "-1"
        #expect(try Expression.parse(fine).evaluate { _ in .number(59) } == .number(59))
    }

    @Test("a long flat sum is no nesting")
    func longSum() throws {
        let source = (0..<900).map { _ in "datum.a" }.joined(separator: " + ")
        #expect(try Expression.parse(source).evaluate { _ in .number(1) } == .number(900))
    }

    @Test("length is bounded, and absurd input is refused at once")
    func length() throws {
        let limit = Expression.maximumLength
        #expect(parseError("1" + String(repeating: " ", count: limit - 1)) == nil)
        let long = try #require(parseError("1" + String(repeating: " ", count: limit)))
        #expect(long.offset == limit)
        #expect(long.message == "the expression is longer than the 10000 characters allowed")
        let clock = ContinuousClock()
        let start = clock.now
        let parens = try #require(parseError(String(repeating: "(", count: 100_000)))
        #expect(parens.offset == limit)
        #expect(clock.now - start < .seconds(1))
    }

    @Test("member access on anything but datum and calls of values are errors", arguments: [
        ("'abc'.length", 5), ("(datum.a)(1)", 9), ("datum['a'][0].x", 13), ("datum['a'].b", 10), ("PI.x", 2), ("datum.s[0", 7),
    ])
    func memberAccess(source: String, offset: Int) throws {
        #expect(parseError(source)?.offset == offset)
    }
}
