import Testing
@testable import ChartKit

@Suite("Dates and time ticks")
struct TemporalTests {
    @Test("years, months and days parse with their precision", arguments: [
        ("2023", 2023, 1, 1, TemporalValue.Precision.year),
        ("2023-06", 2023, 6, 1, .month),
        ("2023-06-30", 2023, 6, 30, .day),
        ("2024/02/29", 2024, 2, 29, .day),
        (" 1999-1 ", 1999, 1, 1, .month),
    ])
    func parse(text: String, year: Int, month: Int, day: Int, precision: TemporalValue.Precision) throws {
        let v = try #require(TemporalValue.parse(text))
        #expect(v.year == year && v.month == month && v.day == day && v.precision == precision)
    }

    @Test("impossible or ambiguous dates are refused", arguments: ["2023-13", "2023-02-29", "23", "2023-6-31", "Juno 2023", "2023-", "", "20231"])
    func refuse(text: String) {
        #expect(TemporalValue.parse(text) == nil)
    }

    @Test("day numbers round-trip through the civil calendar")
    func civil() {
        #expect(TemporalValue.parse("1970-01-01")!.days == 0)
        #expect(TemporalValue.parse("2000-03-01")!.days == 11017)
        for d in stride(from: -800_000, to: 800_000, by: 997) {
            let v = TemporalValue.fromDays(d)
            #expect(Int(v.days) == d)
        }
    }

    func ticks(_ a: String, _ b: String, max: Int) -> TimeTicks {
        TimeTicks.choose(lo: TemporalValue.parse(a)!.days, hi: TemporalValue.parse(b)!.days, maximum: max)
    }

    @Test("ticks are never finer than the dates: two years of annual data get year ticks only")
    func notFinerThanData() {
        let lo = TemporalValue.parse("2004")!.days, hi = TemporalValue.parse("2006")!.days
        #expect(TimeTicks.choose(lo: lo, hi: hi, maximum: 12).unit == .month)
        let annual = TimeTicks.choose(lo: lo, hi: hi, maximum: 12, finest: .year)
        #expect(annual.unit == .year && annual.values.map(\.year) == [2004, 2005, 2006])
        #expect(TimeTicks.choose(lo: lo, hi: hi, maximum: 12, finest: .month).unit == .month)
    }

    @Test("a decade gets yearly ticks when they fit, every other year when not")
    func yearTicks() {
        let t = ticks("2013", "2022", max: 12)
        #expect(t.unit == .year && t.step == 1)
        #expect(t.values.map { $0.label(t.precision) } == (2013...2022).map(String.init))
        let thin = ticks("2013", "2030", max: 10)
        #expect(thin.unit == .year && thin.step == 2)
        #expect(thin.values.first?.year == 2014 && thin.values.last?.year == 2030)
    }

    @Test("a year and a half gets quarterly month ticks")
    func monthTicks() {
        let t = ticks("2023-01", "2024-06", max: 8)
        #expect(t.unit == .month && t.step == 3)
        #expect(t.values.first?.label(.month) == "Jan 2023")
        #expect(t.values.last?.label(.month) == "Apr 2024")
    }

    @Test("a month of days gets weekly ticks on Mondays")
    func dayTicks() {
        let t = ticks("2023-06-01", "2023-06-30", max: 6)
        #expect(t.unit == .day && t.step == 7)
        #expect(t.values.map(\.day) == [5, 12, 19, 26])
        #expect(t.values[0].label(.day) == "5 Jun 2023")
    }

    @Test("dates as JavaScript reads them in Vega-Lite's data: month names and ISO times (the day kept)")
    func otherForms() {
        func ymd(_ s: String) -> String? { TemporalValue.parse(s).map { "\($0.year)-\($0.month)-\($0.day) \($0.precision)" } }
        #expect(ymd("Jan 1 2000") == "2000-1-1 day")
        #expect(ymd("Aug 1 2004") == "2004-8-1 day")
        #expect(ymd("January 1, 2000") == "2000-1-1 day")
        #expect(ymd("1 Sept 2021") == "2021-9-1 day")
        #expect(ymd("Mar 2020") == "2020-3-1 month")
        #expect(ymd("JUNE 5, 2001") == "2001-6-5 day")
        #expect(ymd("5 dec. 1999") == "1999-12-5 day")
        #expect(ymd("2000-01-01T08:00:00.000Z") == "2000-1-1 day")
        #expect(ymd("2000-01-31 23:59") == "2000-1-31 day")
        #expect(ymd(" 2000/01/31T23:59+08:00 ") == "2000-1-31 day")
        for bad in ["Feb 30 2021", "Ja 1 2000", "Jan 1 99", "2000-01T08:00", "2000-01-01Tnoon", "2000-02-30T08:00", "2000-1-1T08:00:00", "Jan one 2000", "Monday", "Junk 1 2000", "Jan Feb 2000", "Jan 1 2000 3"] {
            #expect(TemporalValue.parse(bad) == nil, "\(bad)")
        }
    }
}
