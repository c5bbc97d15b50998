import Foundation

/// A date formatted once, in every form templates need.
public struct FormattedDate: Sendable, Equatable, Comparable {
    public var date: Date
    /// RFC 3339 in the site's zone: `2024-06-19T00:00:00+09:00`.
    public var iso: String
    /// Calendar day in the site's zone: `2024-06-19` (sitemaps).
    public var day: String
    /// Human text from the site's `dateFormat`.
    public var display: String
    /// The month's name in the site's language (`June`), for archives.
    public var monthName: String = ""

    public static func < (lhs: FormattedDate, rhs: FormattedDate) -> Bool {
        lhs.date < rhs.date
    }
}

/// Formats dates for one site; not shared between tasks (it owns a `DateFormatter`).
public final class DateFormatting {
    private let calendar: Calendar
    private let displayFormatter: DateFormatter
    private let monthFormatter: DateFormatter

    public init(config: SiteConfig) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        self.calendar = calendar
        displayFormatter = DateFormatter()
        displayFormatter.locale = Locale(identifier: config.language)
        displayFormatter.timeZone = config.timeZone
        displayFormatter.calendar = calendar
        displayFormatter.dateFormat = config.dateFormat
        monthFormatter = DateFormatter()
        monthFormatter.locale = displayFormatter.locale
        monthFormatter.timeZone = config.timeZone
        monthFormatter.calendar = calendar
        monthFormatter.dateFormat = "LLLL"
    }

    /// `value` in decimal with leading zeros to `width` digits (`String(format:)` goes through
    /// Foundation's formatting for each call).
    static func padded(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }

    public func format(_ date: Date) -> FormattedDate {
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let day = "\(Self.padded(parts.year ?? 0, 4))-\(Self.padded(parts.month ?? 0))-\(Self.padded(parts.day ?? 0))"
        let time = "\(Self.padded(parts.hour ?? 0)):\(Self.padded(parts.minute ?? 0)):\(Self.padded(parts.second ?? 0))"
        let zone: String
        if offset == 0 {
            zone = "Z"
        } else {
            let magnitude = abs(offset)
            zone =
                (offset < 0 ? "-" : "+")
                + "\(Self.padded(magnitude / 3600)):\(Self.padded((magnitude % 3600) / 60))"
        }
        return FormattedDate(
            date: date, iso: "\(day)T\(time)\(zone)", day: day,
            display: displayFormatter.string(from: date), monthName: monthFormatter.string(from: date))
    }
}
