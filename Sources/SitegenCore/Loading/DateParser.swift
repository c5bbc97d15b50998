import Foundation
import SitegenMarkdown
import SitegenText

/// Reads front-matter dates: `2024-06-19`, `2024-06-19T10:30`, `2024-06-19T10:30:00`, or with a
/// zone (`Z`, `+09:00`, `+0900`); a space may stand for the `T`. A date without a zone is a
/// wall-clock time in the site's zone, so a date-only value is never shifted a day by UTC.
public enum DateParser {
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(text.trimmingWhitespace())
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var zone = timeZone
        if scanner.take("T") || scanner.take("t") || scanner.take(" ") {
            guard let parsedHour = scanner.number(digits: 2), scanner.take(":"),
                let parsedMinute = scanner.number(digits: 2)
            else { return nil }
            hour = parsedHour
            minute = parsedMinute
            if scanner.take(":") {
                guard let parsedSecond = scanner.number(digits: 2) else { return nil }
                second = parsedSecond
                if scanner.take(".") { scanner.skipDigits() }
            }
            _ = scanner.take(" ")
            if !scanner.atEnd {
                guard let explicit = scanner.zone() else { return nil }
                zone = explicit
            }
        }
        guard scanner.atEnd, (1...12).contains(month), (1...31).contains(day), hour < 24,
            minute < 60, second < 61
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

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

/// A small cursor over ASCII digits and punctuation.
private struct DigitScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var atEnd: Bool { index == scalars.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == character else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= scalars.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let scalar = scalars[index + offset]
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += digits
        return value
    }

    mutating func skipDigits() {
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
    }

    /// `Z`, `+09:00`, `-0500`.
    mutating func zone() -> TimeZone? {
        if take("Z") || take("z") { return TimeZone(secondsFromGMT: 0) }
        let sign: Int
        if take("+") {
            sign = 1
        } else if take("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2) else { return nil }
        _ = take(":")
        let minutes = number(digits: 2) ?? 0
        guard hours <= 14, minutes < 60 else { return nil }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
