import Foundation
import Testing

@Suite("The interactive shell's help, aliases, logout and Ctrl-C in a real pseudo-terminal (pexpect)")
struct REPLHelpTests {
  /// Drives `cchc` in a pseudo-terminal, keeps every byte it prints and replays them on a small
  /// screen (carriage return, line feed, backspace, erase, cursor moves), so the test reads what a
  /// person would see.
  static let script = #"""
    import io, os, re, sys, pexpect
    cchc, db, history = sys.argv[1], sys.argv[2], sys.argv[3]
    env = dict(os.environ, HOME=os.path.dirname(db), CCHC_HISTORY=history, TERM="xterm", LANG="C.UTF-8")
    env.pop("CCHC_LANG", None)
    child = pexpect.spawn(cchc, ["--db", db, "--today", "2026-11-25"], env=env, timeout=15, dimensions=(60, 200))
    seen = io.BytesIO()
    child.logfile_read = seen
    def prompt(who):
        child.expect_exact(("cchc (" + who + ")> ").encode())
        return child.before.decode()
    prompt("khách")
    # Ctrl-C mid-line, then on an empty line: each time a clean prompt on a new line.
    child.send("duties list --query abc")
    child.expect(b"abc")
    child.sendcontrol("c")
    prompt("khách")
    child.sendcontrol("c")
    prompt("khách")
    # An official's help starts with its own commands; programs' commands wait for help --all.
    child.sendline("login tu-phap-1")
    assert "Vai trò: cán bộ." in prompt("tu-phap-1")
    child.sendline("help")
    shown = prompt("tu-phap-1")
    own, _, rest = shown.partition("Cần vai trò Chủ tịch:")
    assert "(vai trò: cán bộ)" in own and "duties mine" in own and "duties progress" in own, shown
    assert "duties assign" in rest and "duties assign" not in own, shown
    assert "rpc discover" not in shown and "schedule solve" not in shown, shown
    child.sendline("help --all")
    assert "rpc discover" in prompt("tu-phap-1")
    child.send("help gia\t")                     # Tab after help completes as on a line
    child.expect(b"help giao ")
    child.send("\r")
    assert "duties assign MÃ-VIỆC" in prompt("tu-phap-1")
    # Tab completes a verb alias typed alone, and one after its noun.
    child.send("gia\t")
    child.expect(b"giao ")
    child.sendcontrol("c")
    prompt("tu-phap-1")
    child.send("viec cua\t")
    child.expect(b"cua-toi ")
    child.send("\r")
    assert "Không có việc nào đang mở." in prompt("tu-phap-1")
    # logout, and login khach, return to guest.
    child.sendline("logout")
    assert "Bạn đang là khách (chỉ xem)." in prompt("khách")
    child.sendline("login tu-phap-1")
    prompt("tu-phap-1")
    child.send("login kh\t")
    child.expect(b"khach ")
    child.send("\r")
    prompt("khách")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus

    # The screen as a person saw it.
    rows, row, col = [[]], 0, 0
    def put(ch):
        global row, col
        line = rows[row]
        while len(line) < col: line.append(" ")
        if col < len(line): line[col] = ch
        else: line.append(ch)
        col += 1
    text = seen.getvalue().decode("utf-8", "replace")
    i = 0
    while i < len(text):
        ch = text[i]
        match = re.match(r"\x1b\[([0-9;?]*)([A-Za-z])", text[i:]) if ch == "\x1b" else None
        if match:
            number = int(match.group(1)) if match.group(1).isdigit() else 1
            if match.group(2) == "K": del rows[row][col:]
            elif match.group(2) == "C": col += number
            elif match.group(2) == "D": col = max(0, col - number)
            i += match.end()
            continue
        if ch == "\x1b": i += 2; continue
        if ch == "\r": col = 0
        elif ch == "\n":
            row += 1
            if row == len(rows): rows.append([])
        elif ch == "\b": col = max(0, col - 1)
        elif ch == "\x07": pass
        else: put(ch)
        i += 1
    screen = ["".join(line).rstrip() for line in rows]
    assert not any("^C" in line for line in screen), "\n".join(screen)
    cancelled = screen.index("cchc (khách)> duties list --query abc")
    assert screen[cancelled + 1] == "cchc (khách)>", screen[cancelled:cancelled + 3]
    assert screen[cancelled + 2].startswith("cchc (khách)> login tu-phap-1"), screen[cancelled:cancelled + 3]
    print("ok")
    """#

  @Test("Ctrl-C leaves a clean prompt; help by role; Tab completes aliases; logout and login khach return to guest")
  func session() throws {
    let sandbox = try Sandbox()
    let driver = sandbox.path("drive.py")
    try Data(Self.script.utf8).write(to: URL(fileURLWithPath: driver))
    let result = try RunningProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", driver, try cchcBinary().path, sandbox.path("c.sqlite"), sandbox.path("history")],
      environment: ProcessInfo.processInfo.environment, in: sandbox.root
    ).wait(timeout: 120)
    #expect(result.status == 0, "the pseudo-terminal session failed:\n\(result.stdout)\n\(result.stderr)")
    #expect(result.stdout.contains("ok"))
  }
}
