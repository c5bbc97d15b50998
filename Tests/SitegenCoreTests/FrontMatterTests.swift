import Foundation
import Testing

@testable import SitegenCore
import SitegenMarkdown

@Test func scratchCore() {
    for b in ["https://example.org/анализ/", "https://example.org/a b/", "https://example.org", "https://example.org:8443/x", "HTTPS://Example.org/A", "https://example.org/a?x=1", "example.org", "https://", "http://localhost:8000"] {
        print(b, SiteConfig.normalizedBaseURL(b) as Any)
        let u = URLBuilder(baseURL: b)
        print("  ", u.baseURL, u.rootPath, u.path("posts/zürich/"), u.absolute(""))
    }
    for z in ["Asia/Tokyo", "UTC", "America/New_York", "Asia/Kolkata", "Europe/London"] {
        let tz = TimeZone(identifier: z)!
        let f = DateFormatting(config: SiteConfig(timeZone: tz))
        for s in ["2024-06-19", "2024-01-15T08:05:09", "2024-06-19T20:00:00Z"] {
            let d = DateParser.parse(s, timeZone: tz)!
            print(z, s, f.format(d))
        }
    }
    let f = DateFormatting(config: SiteConfig(language: "de", timeZone: TimeZone(identifier: "Europe/Berlin")!, dateFormat: "d. MMMM yyyy"))
    print(f.format(DateParser.parse("2024-03-05", timeZone: TimeZone(identifier: "Europe/Berlin")!)!))
    for s in ["東京の天気、晴れ。", "한국어 제목", "İstanbul", "ΟΔΥΣΣΕΑΣ", "🚀 Launch", "٢٠٢٤ Report", "Straße"] { print(s, Slug.make(s)) }
    for s in ["2024-06-19T10:30:60", "2024-06-19T10:30:00.123456Z", "2024-06-19 10:30 +09:00", " 2024-06-19 ", "2024-06-19T10:30+0530", "2024-06-19T10:30+05", "2024-06-19T10:30+15:00", "2024-06-19Z"] {
        print(s, DateParser.parse(s, timeZone: TimeZone(identifier: "UTC")!) as Any)
    }
}
