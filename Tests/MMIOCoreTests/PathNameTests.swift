import Testing
import MMIOCore

/// Path text split like dirname/basename, and file extensions.
@Suite struct PathNameTests {
    @Test func directories() {
        #expect(PathName.directory(of: "/a/b/c.csv") == "/a/b")
        #expect(PathName.directory(of: "/a/b/") == "/a")
        #expect(PathName.directory(of: "/a") == "/")
        #expect(PathName.directory(of: "/") == "/")
        #expect(PathName.directory(of: "c.csv") == "")
        #expect(PathName.directory(of: "rel/c.csv") == "rel")
        #expect(PathName.directory(of: "/a//b") == "/a")
    }

    @Test func lastComponents() {
        #expect(PathName.lastComponent(of: "/x/y/chip.svd") == "chip.svd")
        #expect(PathName.lastComponent(of: "/x/y/") == "y")
        #expect(PathName.lastComponent(of: "chip.svd") == "chip.svd")
        #expect(PathName.lastComponent(of: "/") == "/")
        #expect(PathName.lastComponent(of: "") == "")
    }

    @Test func extensions() {
        #expect(PathName.fileExtension(of: "maps/nvme.YAML") == "YAML")
        #expect(PathName.fileExtension(of: "a.b/Makefile") == "")
        #expect(PathName.fileExtension(of: ".profile") == "")
        #expect(PathName.fileExtension(of: "x.tar.gz") == "gz")
    }
}
