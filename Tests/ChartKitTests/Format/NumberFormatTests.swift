import Testing
@testable import ChartKit

@Suite("Number formats")
struct NumberFormatTests {
    @Test("d3-format specifiers with literal suffixes", arguments: [
        (",.0f", 1322.0, "1,322"),
        (",.1f", 14.5, "14.5"),
        (".1f%", 14.5, "14.5%"),
        (".0%", 0.65, "65%"),
        (".1%", 0.182, "18.2%"),
        ("~s", 1300.0, "1.3k"),
        ("~s", 2.7e12, "2.7T"),
        (".2~s", 1_322_000_000.0, "1.3G"),
        (",d", 1234567.4, "1,234,567"),
        (",.0f GW", 1322.0, "1,322 GW"),
        ("+.1f", 2.0, "+2.0"),
        (".1f", -11.25, "−11.3"),
        (",.2~f", 14.5, "14.5"),
        (",.2~f", 14.0, "14"),
        (".2f", -0.001, "0.00"),
    ])
    func formats(spec: String, value: Double, expected: String) throws {
        let f = try #require(NumberFormat(spec))
        #expect(f.string(value) == expected)
    }

    @Test("tick formats carry as many decimals as the step")
    func tickFormats() {
        #expect(NumberFormat.forTicks(step: 200).string(1400) == "1,400")
        #expect(NumberFormat.forTicks(step: 0.5).string(2) == "2.0")
        #expect(NumberFormat.forTicks(step: 0.25).string(0.5) == "0.50")
    }

    @Test("text that is not a format is refused")
    func invalid() {
        #expect(NumberFormat("GW") == nil)
        #expect(NumberFormat(".99f") == nil)
    }
}

@Suite("Number formats at the extremes")
struct ExtremeFormatTests {
    @Test("huge and tiny steps switch to exponents")
    func exponents() {
        #expect(NumberFormat.forTicks(step: 2e299).string(4e299) == "4e+299")
        #expect(NumberFormat.forTicks(step: 1e-7).string(3e-7) == "3e-07")
        #expect(NumberFormat.labelFormat(for: 1e300).string(1.25e300) == "1.25e+300")
    }
}

@Suite("Units in formats")
struct UnitFormatTests {
    @Test("units as people write them", arguments: [
        (",.0f 万千瓦", 132_200.0, "132,200 万千瓦"),
        (".1~f billion kWh", 2700.0, "2700 billion kWh"),
        (",.1~f billion kWh", 2700.0, "2,700 billion kWh"),
        (",.0f t", 3_300_000.0, "3,300,000 t"),
        ("~s", 1_322_000_000_000.0, "1.322T"),
    ])
    func units(spec: String, value: Double, expected: String) throws {
        #expect(try #require(NumberFormat(spec)).string(value) == expected)
    }
}
