import Foundation
import Testing

@testable import SitegenCore

/// A UTC instant from its parts.
private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
    -> Date
{
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(
        from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

private func zone(_ identifier: String) -> TimeZone {
    TimeZone(identifier: identifier)!
}

@Suite("DateParser")
struct DateParserTests {
    static let seoul = zone("Asia/Seoul")

    @Test(arguments: [
        ("2024-06-19", utc(2024, 6, 18, 15)),
        ("2024-06-19T10:30", utc(2024, 6, 19, 1, 30)),
        ("2024-06-19T10:30:45", utc(2024, 6, 19, 1, 30, 45)),
        ("2024-06-19 10:30", utc(2024, 6, 19, 1, 30)),
        ("2024-06-19t10:30", utc(2024, 6, 19, 1, 30)),
        ("2024-06-19T10:30:00Z", utc(2024, 6, 19, 10, 30)),
        ("2024-06-19T10:30:00z", utc(2024, 6, 19, 10, 30)),
        ("2024-06-19T10:30:00+02:00", utc(2024, 6, 19, 8, 30)),
        ("2024-06-19T10:30:00-0500", utc(2024, 6, 19, 15, 30)),
        ("2024-06-19T10:30+05:30", utc(2024, 6, 19, 5, 0)),
        ("2024-06-19T10:30:00+09", utc(2024, 6, 19, 1, 30)),
        ("2024-06-19 10:30:00 +09:00", utc(2024, 6, 19, 1, 30)),
        ("2024-06-19T00:00:00-12:00", utc(2024, 6, 19, 12)),
        ("  2024-06-19  ", utc(2024, 6, 18, 15)),
        ("2024-02-29", utc(2024, 2, 28, 15)),
        ("2024-12-31T23:59:59Z", utc(2024, 12, 31, 23, 59, 59)),
        // The forms Jekyll and Hugo sites hold.
        ("2015-03-17 14:00:00 -4", utc(2015, 3, 17, 18)),
        ("2015-03-17 14:00:00 +5", utc(2015, 3, 17, 9)),
        ("2024-03-21 4:00:00 +0000", utc(2024, 3, 21, 4)),
        ("2023-01-29 18:30:22 -0800", utc(2023, 1, 30, 2, 30, 22)),
        ("2015-03-17 14:00", utc(2015, 3, 17, 5)),
        ("2015-03-17 14:00:00 UTC", utc(2015, 3, 17, 14)),
        ("2015-03-17 14:00:00 GMT", utc(2015, 3, 17, 14)),
        ("2024-06-19T10:30:00 EST", utc(2024, 6, 19, 15, 30)),
        ("2015-03-17T14:00:00.123456789-04:00", utc(2015, 3, 17, 18)),
        ("2015-03-17 14:00:00 -530", utc(2015, 3, 17, 19, 30)),
        // RFC 2822.
        ("Tue, 17 Mar 2015 14:00:00 -0400", utc(2015, 3, 17, 18)),
        ("Tue,17 Mar 2015 14:00:00 -0400", utc(2015, 3, 17, 18)),
        ("17 Mar 2015 14:00:00 +0000", utc(2015, 3, 17, 14)),
        ("7 Mar 2015 14:00 GMT", utc(2015, 3, 7, 14)),
        ("Sat, 07 Mar 2015 09:15:00 PDT", utc(2015, 3, 7, 16, 15)),
        ("sat, 07 mar 2015 09:15:00 pdt", utc(2015, 3, 7, 16, 15)),
        ("17 Mar 2015 14:00:00", utc(2015, 3, 17, 5)),
    ])
    func acceptedForms(text: String, expected: Date) {
        #expect(DateParser.parse(text, timeZone: Self.seoul) == expected)
    }

    @Test func fractionalSecondsAreAccepted() throws {
        let date = try #require(DateParser.parse("2024-06-19T10:30:00.250Z", timeZone: Self.seoul))
        #expect(abs(date.timeIntervalSince(utc(2024, 6, 19, 10, 30))) < 1)
    }

    @Test(arguments: [
        ("Asia/Seoul", utc(2024, 6, 18, 15)),
        ("Asia/Tokyo", utc(2024, 6, 18, 15)),
        ("UTC", utc(2024, 6, 19)),
        ("America/Los_Angeles", utc(2024, 6, 19, 7)),
        ("Pacific/Kiritimati", utc(2024, 6, 18, 10)),
        ("Pacific/Pago_Pago", utc(2024, 6, 19, 11)),
    ])
    func dateOnlyIsMidnightInTheSiteZone(identifier: String, expected: Date) throws {
        let timeZone = zone(identifier)
        let date = try #require(DateParser.parse("2024-06-19", timeZone: timeZone))
        #expect(date == expected)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        #expect(
            [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second] == [2024, 6, 19, 0, 0, 0])
    }

    @Test func explicitZoneWinsOverSiteZone() {
        let inSeoul = DateParser.parse("2024-06-19T10:30:00+02:00", timeZone: Self.seoul)
        let inLosAngeles = DateParser.parse("2024-06-19T10:30:00+02:00", timeZone: zone("America/Los_Angeles"))
        #expect(inSeoul == utc(2024, 6, 19, 8, 30))
        #expect(inSeoul == inLosAngeles)
    }

    @Test(arguments: [
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-06-00", "2024-06-31", "2024-04-31",
        "garbage", "", "June 19th", "19.06.2024", "2024-6-19", "24-06-19", "2024/06/19", "2024-06-19x",
        "2024-06-19T", "2024-06-19T10", "2024-06-19T25:00", "2024-06-19T10:60", "2024-06-19T10:30:00+15:00",
        "2024-06-19T10:30:00 XST", "2024-06-19T10:30:00Zjunk", "2024-06-19Z", "2024-06-19 garbage",
        "2024-06-19 24:00", "2024-06-19 123:00", "2024-06-19 10:30 +15", "2024-06-19 10:30 +12345",
        "2024-06-19 10:30 -", "2024-06-19 10:30 +09:0", "Tue 17 Mar 2015 14:00:00 -0400",
        "Tux, 17 Mar 2015 14:00:00 -0400", "17 March 2015 14:00:00 -0400", "32 Mar 2015 14:00:00 -0400",
        "30 Feb 2015 14:00:00 -0400", "17 Mar 15 14:00:00 -0400", "17 Mar 2015", "17 Mar 2015 14:00:00 -0400 x",
    ])
    func invalidDatesAreNil(text: String) {
        #expect(DateParser.parse(text, timeZone: Self.seoul) == nil)
    }

    @Test(arguments: [
        ("2024-06-19-pact", "pact"),
        ("2024-06-19_pact", "pact"),
        ("2024-06-19--pact-two", "pact-two"),
        ("2024-06-19", ""),
    ])
    func fileNamePrefix(stem: String, rest: String) throws {
        let (date, remainder) = try #require(DateParser.fileNamePrefix(stem, timeZone: Self.seoul))
        #expect(date == utc(2024, 6, 18, 15))
        #expect(remainder == rest)
    }

    @Test(arguments: ["pact", "2024", "2024-13-01-pact", "2024-6-19-pact", "2024-02-30-pact", "pact-2024-06-19"])
    func fileNameWithoutDatePrefix(stem: String) {
        #expect(DateParser.fileNamePrefix(stem, timeZone: Self.seoul) == nil)
    }
}

@Suite("DateFormatting")
struct DateFormattingTests {
    private func formatted(_ text: String, in identifier: String) throws -> FormattedDate {
        let timeZone = zone(identifier)
        let date = try #require(DateParser.parse(text, timeZone: timeZone))
        return DateFormatting(config: SiteConfig(timeZone: timeZone)).format(date)
    }

    @Test(arguments: [
        ("2024-06-19", "Asia/Tokyo", "2024-06-19T00:00:00+09:00", "2024-06-19", "June 19, 2024"),
        ("2024-01-15T08:05:09", "Asia/Tokyo", "2024-01-15T08:05:09+09:00", "2024-01-15", "January 15, 2024"),
        ("2024-06-19", "UTC", "2024-06-19T00:00:00Z", "2024-06-19", "June 19, 2024"),
        ("2024-06-19", "America/New_York", "2024-06-19T00:00:00-04:00", "2024-06-19", "June 19, 2024"),
        ("2024-01-15T08:05:09", "America/New_York", "2024-01-15T08:05:09-05:00", "2024-01-15", "January 15, 2024"),
        ("2024-06-19", "Asia/Kolkata", "2024-06-19T00:00:00+05:30", "2024-06-19", "June 19, 2024"),
        ("2024-06-19", "Europe/London", "2024-06-19T00:00:00+01:00", "2024-06-19", "June 19, 2024"),
        ("2024-01-15", "Europe/London", "2024-01-15T00:00:00Z", "2024-01-15", "January 15, 2024"),
    ])
    func formsInTheSiteZone(text: String, identifier: String, iso: String, day: String, display: String) throws {
        let date = try formatted(text, in: identifier)
        #expect(date.iso == iso)
        #expect(date.day == day)
        #expect(date.display == display)
    }

    @Test func instantIsShownOnItsCalendarDayInTheSiteZone() throws {
        let tokyo = DateFormatting(config: SiteConfig(timeZone: zone("Asia/Tokyo")))
        let date = tokyo.format(utc(2024, 6, 19, 20))
        #expect(date.iso == "2024-06-20T05:00:00+09:00")
        #expect(date.day == "2024-06-20")
        #expect(date.display == "June 20, 2024")
        #expect(date.date == utc(2024, 6, 19, 20))
    }

    @Test func customFormatAndLanguage() {
        let berlin = zone("Europe/Berlin")
        let formatting = DateFormatting(
            config: SiteConfig(language: "de", timeZone: berlin, dateFormat: "d. MMMM yyyy"))
        let date = formatting.format(DateParser.parse("2024-03-05", timeZone: berlin)!)
        #expect(date.display == "5. März 2024")
        #expect(date.iso == "2024-03-05T00:00:00+01:00")
    }

    @Test func formattedDatesCompareByInstant() throws {
        let earlier = try formatted("2024-06-19T10:00:00+09:00", in: "UTC")
        let later = try formatted("2024-06-19T02:00:00Z", in: "Asia/Tokyo")
        #expect(earlier < later)
        #expect(!(later < earlier))
    }
}
