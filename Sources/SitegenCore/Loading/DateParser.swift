import Foundation
import SitegenMarkdown
import SitegenText

/// Reads front-matter dates in the forms Jekyll and Hugo sites hold:
///
/// - ISO 8601 / RFC 3339 and its relaxed forms: `2024-06-19`, `2024-06-19T10:30`,
///   `2024-06-19T10:30:00.250`, a space for the `T`, a one-digit hour (`2024-03-21 4:00:00`);
/// - with a zone after the time, with or without a space: `Z`, `UTC`, `GMT`, `+09:00`, `+0900`,
///   `+09`, or a bare offset in hours (`-4` is `-04:00`);
/// - RFC 2822, as feeds and mail write it: `Tue, 17 Mar 2015 14:00:00 -0400` (weekday optional,
///   seconds optional, `GMT`, `UT` and the US zones `EST` ... `PDT` understood).
///
/// A date without a zone is a wall-clock time in the site's zone, so a date-only value is never
/// shifted a day by UTC.
public enum DateParser {
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(text.trimmingWhitespace())
        if scanner.startsWithLetterOrOneOrTwoDigitsAndSpace {
            return parseRFC2822(&scanner, timeZone: timeZone)
        }
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        var time = WallTime()
        if scanner.take("T") || scanner.take("t") || scanner.take(" ") {
            guard let parsed = scanner.time() else { return nil }
            time = parsed
        } else if !scanner.atEnd {
            return nil
        }
        return date(year: year, month: month, day: day, time: time, in: time.zone ?? timeZone)
    }

    /// `[Tue, ]17 Mar 2015 14:00[:00] -0400`.
    private static func parseRFC2822(_ scanner: inout DigitScanner, timeZone: TimeZone) -> Date? {
        if let weekday = scanner.word() {
            guard weekdays.contains(weekday.lowercased()), scanner.take(",") else { return nil }
            scanner.skipSpaces()
        }
        guard let day = scanner.number(digitsFrom: 1, to: 2), scanner.skipSpaces(),
            let monthName = scanner.word(), let month = months.firstIndex(of: monthName.lowercased()),
            scanner.skipSpaces(), let year = scanner.number(digits: 4), scanner.skipSpaces(),
            let time = scanner.time(), time.zone != nil || scanner.atEnd
        else { return nil }
        return date(year: year, month: month + 1, day: day, time: time, in: time.zone ?? timeZone)
    }

    private static func date(year: Int, month: Int, day: Int, time: WallTime, in zone: TimeZone) -> Date? {
        // Year 0 does not exist in the Gregorian calendar (1 BC is followed by AD 1).
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A date prefix of a file name (`2024-06-19-pact`), with the rest of the name.
    public static func fileNamePrefix(_ stem: String, timeZone: TimeZone) -> (Date, String)? {
        let characters = Array(stem)
        guard characters.count >= 10 else { return nil }
        let prefix = String(characters[0..<10])
        guard let date = parse(prefix, timeZone: timeZone) else { return nil }
        var rest = Substring(String(characters[10...]))
        while let first = rest.first, first == "-" || first == "_" { rest.removeFirst() }
        return (date, String(rest))
    }
}

/// A time of day as written, with the zone when one was written.
private struct WallTime {
    var hour = 0
    var minute = 0
    var second = 0
    var zone: TimeZone?
}

/// A small cursor over ASCII digits, letters and punctuation.
private struct DigitScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var atEnd: Bool { index == scalars.count }

    /// An RFC 2822 date opens with a weekday or a one- or two-digit day; ISO dates with four digits.
    var startsWithLetterOrOneOrTwoDigitsAndSpace: Bool {
        guard let first = scalars.first else { return false }
        if first.properties.isAlphabetic { return true }
        let digits = scalars.prefix { ("0"..."9").contains($0) }.count
        return (1...2).contains(digits) && scalars.count > digits && scalars[digits] == " "
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == character else { return false }
        index += 1
        return true
    }

    /// Skips one or more spaces; false when there is none.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index > start
    }

    mutating func number(digits: Int) -> Int? {
        number(digitsFrom: digits, to: digits)
    }

    /// A run of `fewest` to `most` digits, followed by no further digit.
    mutating func number(digitsFrom fewest: Int, to most: Int) -> Int? {
        var value = 0
        var count = 0
        while index + count < scalars.count, ("0"..."9").contains(scalars[index + count]) {
            guard count < most else { return nil }
            value = value * 10 + Int(scalars[index + count].value - 48)
            count += 1
        }
        guard count >= fewest else { return nil }
        index += count
        return value
    }

    /// A run of ASCII letters.
    mutating func word() -> String? {
        var letters = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic {
            letters.append(scalars[index])
            index += 1
        }
        return letters.isEmpty ? nil : String(letters)
    }

    /// `10:30`, `4:00:00`, `10:30:00.250`, then an optional zone (after a space or not), then the end.
    mutating func time() -> WallTime? {
        guard let hour = number(digitsFrom: 1, to: 2), take(":"), let minute = number(digits: 2) else { return nil }
        var time = WallTime(hour: hour, minute: minute)
        if take(":") {
            guard let second = number(digits: 2) else { return nil }
            time.second = second
            if take(".") { skipDigits() }
        }
        skipSpaces()
        if !atEnd {
            guard let zone = zone(), atEnd else { return nil }
            time.zone = zone
        }
        guard time.hour < 24, time.minute < 60, time.second < 61 else { return nil }
        return time
    }

    mutating func skipDigits() {
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
    }

    /// `Z`, `UTC`, `GMT`, `UT`, a US zone, `+09:00`, `-0500`, `+09`, `-4`.
    mutating func zone() -> TimeZone? {
        if let name = word() {
            guard let hours = Self.namedZones[name.uppercased()] else { return nil }
            return TimeZone(secondsFromGMT: hours * 3600)
        }
        let sign: Int
        if take("+") {
            sign = 1
        } else if take("-") {
            sign = -1
        } else {
            return nil
        }
        let start = index
        guard let digits = number(digitsFrom: 1, to: 4) else { return nil }
        var hours = digits
        var minutes = 0
        if index - start > 2 {
            // `+0900`, `-530`
            hours = digits / 100
            minutes = digits % 100
        } else if take(":") {
            guard let parsed = number(digits: 2) else { return nil }
            minutes = parsed
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }

    /// The zone names RFC 2822 defines, and `UTC`, in hours from UTC.
    static let namedZones: [String: Int] = [
        "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7,
    ]
}
