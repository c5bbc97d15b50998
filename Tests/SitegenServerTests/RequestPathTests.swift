import Foundation
import Testing

@testable import SitegenServer

@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", ""), ("/posts/pact/", "posts/pact/"), ("/posts/pact", "posts/pact"), ("//posts//pact/", "posts/pact/"),
        ("/tags/z%C3%BCrich/", "tags/zürich/"), ("/feed.xml?x=1", "feed.xml"), ("/%252e%252e/etc", "%2e%2e/etc"),
    ])
    func cleanPaths(target: String, path: String) {
        guard case .path(let parsed, _) = RequestPath.parse(target) else {
            Issue.record("\(target) was rejected")
            return
        }
        #expect(parsed == path)
    }

    @Test(arguments: [
        "/../etc/passwd", "/posts/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/secret", "/.%2e/x",
        "/posts%2f..%2f..%2fetc", "/..\\..\\etc", "/%5c..%5cetc", "/a%00b", "/%zz", "/%C3", "http://evil/etc/passwd",
        "etc/passwd", "/./index.html",
    ])
    func rejectedTargets(target: String) {
        if case .path(let path, _) = RequestPath.parse(target) {
            Issue.record("\(target) was accepted as \(path)")
        }
    }

    @Test func queryIsKeptForRedirects() {
        #expect(RequestPath.parse("/posts/pact?ref=feed") == .path("posts/pact", query: "ref=feed"))
    }

    @Test func httpDatesRoundTrip() {
        let date = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.format(date) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == date)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test func mediaTypes() {
        #expect(MediaType.forFile("posts/x/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.forFile("assets/style.css") == "text/css; charset=utf-8")
        #expect(MediaType.forFile("feed.xml") == "application/xml; charset=utf-8")
        #expect(MediaType.forFile("a/b.WOFF2") == "font/woff2")
        #expect(MediaType.forFile("files/report.pdf") == "application/pdf")
        #expect(MediaType.forFile("img/map.webp") == "image/webp")
        #expect(MediaType.forFile("v1.2/LICENSE") == "application/octet-stream")
    }
}
