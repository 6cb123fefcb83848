import Foundation
import Testing

@Suite("--db names one database per process, and an explicit path creates no folders")
struct DatabaseOptionTests {
  @Test(
    "--db on a line of a piped script is refused (exit 64): the lines before ran, none after, nothing in the other file"
  )
  func scriptLine() throws {
    let rpc = try RPCSandbox()
    let other = rpc.sandbox.path("other.sqlite")
    for keepGoing in [false, true] {
      let script = """
        duties create "Trước" --area 1 --due 20/12/2026 --effort 1
        duties create "Nhầm tệp" --area 1 --due 20/12/2026 --effort 1 --db \(other)
        duties create "Sau" --area 1 --due 20/12/2026 --effort 1

        """
      let result = try runPiped(
        rpc.sandbox, try cchcBinary().path,
        ["--db", rpc.db, "--as", "chu-tich", "--today", "2026-12-01"] + (keepGoing ? ["--keep-going"] : []),
        input: script)
      #expect(result.status == 64, "\(result.stderr)")
      #expect(result.stderr.contains("--db không dùng được trên một dòng lệnh"), "\(result.stderr)")
      #expect(!exists(other))
    }
    #expect(try rpc.sqlite("SELECT group_concat(title) FROM duties") == "Trước,Trước")
  }

  @Test(
    "--db \"\" is a usage error (exit 64) for every way to run cchc, and nothing is created",
    arguments: [
      ["status", "--db", ""], ["init", "--db", ""], ["--db", "", "status"], ["--json", "--db", ""],
      ["--db", ""], ["duties", "list", "--db", ""], ["duties", "list", "--db"],
      ["duties", "list", "--db", "a.sqlite", "--db", "b.sqlite"],
    ])
  func emptyPath(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = try runPiped(sandbox, try cchcBinary().path, arguments, input: "")
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("--db"), "\(result.stderr)")
    #expect(!result.stderr.contains("không đúng cú pháp"), "cchc's own words, not the parser's")
    #expect(!exists(sandbox.path("home")), "the default database is not created")
    #expect(sandbox.siblings(of: sandbox.path("x")).allSatisfy { !$0.hasSuffix(".sqlite") })
  }

  @Test(
    "an explicit path in a missing folder is refused with a clear error and creates no folder",
    arguments: [["status"], ["init"], ["--json"], ["duties", "list"], []])
  func missingFolder(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("no/such/dir/x.sqlite")
    let result = try runPiped(sandbox, try cchcBinary().path, arguments + ["--db", db], input: "")
    #expect(result.status == 1, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("không có thư mục \(sandbox.path("no/such/dir"))"), "\(result.stderr)")
    #expect(!exists(sandbox.path("no")))
  }
}
