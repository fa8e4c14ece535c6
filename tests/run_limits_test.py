#!/usr/bin/env python3
"""Runs the resource-limit and signal cases in tests/limits/ (one script per
case) as subprocesses under pyvm and python3.11, and compares what a user sees:
the exit status, stdout, and the last line of stderr.

Header comments select how a case is judged:
  # mode: compare       (default) pyvm must match CPython.
  # mode: pyvm-only     CPython crashes on this case; pyvm must end cleanly
                        with `# expect-status: N` and a last stderr line equal
                        to `# expect-stderr: ...` (or starting with
                        `# expect-stderr-startswith: ...`).
  # mode: ulimit        Run both under an address-space limit of
                        `# ulimit-as-mb: N`; pyvm matches CPython, or ends
                        with status 1 and last stderr line
                        `# accept-pyvm-stderr: ...`. Skipped for sanitizer
                        builds, whose shadow memory needs the address space.
  # pyvm-args: ARGS     Options given to pyvm only, before the script (e.g.
                        `-X max-heap=64M`).
  # pyvm-env: N=V ...   Environment variables set for pyvm only.
  # skip-sanitized: why  Not run against the sanitizer build (its native
                        frames are several times larger, so deep native
                        recursion reaches the stack bound sooner).
  # mode: sigint        SIGINT is sent each time the script prints a line
                        `ready`; then as `compare`.
  # mode: closed-pipe   stdout is a pipe whose reader is already gone (the
                        read end is closed before the program starts); then
                        as `compare` (stdout is empty).
  # mode: head          stdout is a pipe read as `| head -1` reads it: one
                        line, then the read end is closed; then as `compare`
                        (stdout is that line). The script must write more
                        than a pipe holds. Statuses 1 and 120 count as the
                        same: CPython itself ends with either, 120 when the
                        reader left during a partial write, whose rest the
                        flush at exit then fails to write.
  # mode: tty           stdout is a terminal (a pty) and stdin a pipe: each
                        line the program prints must reach the terminal at
                        once (line buffering); a line `wait` is answered by
                        writing one line to stdin. Then as `compare`.
The pipe and tty modes run both interpreters without PYTHONUNBUFFERED, so
that CPython's stdout is buffered as it is by default.

Usage: run_limits_test.py --pyvm PATH [--python python3.11] [CASE.py ...]
"""
import argparse
import os
import pathlib
import pty
import resource
import select
import signal
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
TIMEOUT = 300


def headers(path):
    result = {}
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(":")
        if sep and key.strip() in {
                "mode", "expect-status", "expect-stderr", "expect-stderr-startswith",
                "ulimit-as-mb", "accept-pyvm-stderr", "skip-sanitized",
                "pyvm-args", "pyvm-env"}:
            result[key.strip()] = value.strip()
    return result


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def run_plain(cmd, limit_mb=None):
    def limit():
        if limit_mb is not None:
            size = limit_mb << 20
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT,
                       preexec_fn=limit, errors="replace")
    return p.returncode, p.stdout, p.stderr


def run_sigint(cmd):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         errors="replace")
    out = []
    deadline = time.monotonic() + TIMEOUT
    try:
        for line in p.stdout:
            out.append(line)
            if line.strip() == "ready":
                time.sleep(0.3)  # let the program reach its loop or sleep
                p.send_signal(signal.SIGINT)
            if time.monotonic() > deadline:
                break
        err = p.stderr.read()
        p.wait(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return p.returncode, "".join(out), err


def buffered_env():
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    return env


def run_closed_pipe(cmd):
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        p = subprocess.run(cmd, stdout=write_end, stderr=subprocess.PIPE, text=True,
                           errors="replace", timeout=TIMEOUT, env=buffered_env())
    finally:
        os.close(write_end)
    return p.returncode, "", p.stderr


def run_head(cmd):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=buffered_env())
    try:
        first = p.stdout.readline().decode(errors="replace")
        p.stdout.close()
        err = p.stderr.read().decode(errors="replace")
        p.wait(timeout=TIMEOUT)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return p.returncode, first, err


def read_pty_line(master, deadline):
    """One line from the pty master, or None if none comes before deadline."""
    line = b""
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([master], [], [], max(0, deadline - time.monotonic()))
        if not ready:
            return None
        try:
            chunk = os.read(master, 1)
        except OSError:  # EIO: the program closed the terminal (exited)
            return line.decode(errors="replace") if line else None
        if not chunk:
            return None
        line += chunk
    return line.decode(errors="replace").replace("\r\n", "\n")


def pty_available():
    try:
        master, slave = pty.openpty()
    except OSError:
        return False
    os.close(master)
    os.close(slave)
    return True


def run_tty(cmd):
    master, slave = pty.openpty()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=slave, stderr=subprocess.PIPE,
                         env=buffered_env())
    os.close(slave)
    out = []
    try:
        while True:
            # A line not seen within 20 s was not flushed when it was printed.
            line = read_pty_line(master, time.monotonic() + 20)
            if line is None:
                break
            out.append(line)
            if line == "wait\n":
                p.stdin.write(b"go\n")
                p.stdin.flush()
        p.stdin.close()
        err = p.stderr.read().decode(errors="replace")
        p.wait(timeout=TIMEOUT)
    finally:
        os.close(master)
        if p.poll() is None:
            p.kill()
            p.wait()
    return p.returncode, "".join(out), err


def head_status(result):
    status, out, err = result
    return (1 if status == 120 else status), out, err


RUNNERS = {"sigint": run_sigint, "closed-pipe": run_closed_pipe, "head": run_head,
           "tty": run_tty}


def is_sanitized(binary):
    try:
        return b"__asan_init" in pathlib.Path(binary).read_bytes()
    except OSError:
        return False


def check(case, pyvm, python):
    h = headers(case)
    mode = h.get("mode", "compare")
    if "skip-sanitized" in h and is_sanitized(pyvm):
        return "skip"
    if mode == "tty" and not pty_available():
        return "skip"
    pyvm_cmd, py_cmd = [pyvm, str(case)], [python, str(case)]
    if "pyvm-args" in h:
        pyvm_cmd[1:1] = h["pyvm-args"].split()
    if "pyvm-env" in h:
        pyvm_cmd[0:0] = ["env"] + h["pyvm-env"].split()
    if mode == "pyvm-only":
        status, _, err = run_plain(pyvm_cmd)
        want = int(h.get("expect-status", "1"))
        line = last_line(err)
        if status != want:
            return f"status {status}, expected {want}; stderr: {line!r}"
        if "expect-stderr" in h and line != h["expect-stderr"]:
            return f"last stderr line {line!r}, expected {h['expect-stderr']!r}"
        if "expect-stderr-startswith" in h and not line.startswith(h["expect-stderr-startswith"]):
            return f"last stderr line {line!r}, expected {h['expect-stderr-startswith']!r}..."
        return None
    if mode == "ulimit":
        if is_sanitized(pyvm):
            return "skip"
        limit = int(h["ulimit-as-mb"])
        got = run_plain(pyvm_cmd, limit)
        want = run_plain(py_cmd, limit)
        if got[0] == 1 and last_line(got[2]) == h.get("accept-pyvm-stderr"):
            return None
    elif mode in RUNNERS:
        got, want = RUNNERS[mode](pyvm_cmd), RUNNERS[mode](py_cmd)
    else:
        got, want = run_plain(pyvm_cmd), run_plain(py_cmd)
    if mode == "head":
        got, want = head_status(got), head_status(want)
    if got[0] != want[0]:
        return f"status {got[0]}, CPython {want[0]}; stderr: {last_line(got[2])!r}"
    if got[1] != want[1]:
        return f"stdout differs:\n--- pyvm\n{got[1][-2000:]}\n--- CPython\n{want[1][-2000:]}"
    if last_line(got[2]) != last_line(want[2]):
        return f"last stderr line {last_line(got[2])!r}, CPython {last_line(want[2])!r}"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyvm", required=True)
    parser.add_argument("--python", default="python3.11")
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    cases = [pathlib.Path(c) for c in args.cases] or sorted((HERE / "limits").glob("*.py"))
    failures = 0
    for case in cases:
        start = time.monotonic()
        try:
            problem = check(case, os.path.abspath(args.pyvm), args.python)
        except subprocess.TimeoutExpired:
            problem = f"timed out after {TIMEOUT}s"
        took = time.monotonic() - start
        if problem == "skip":
            print(f"SKIP {case.name} (sanitizer build, or no pty)")
        elif problem is None:
            print(f"ok   {case.name} ({took:.1f}s)")
        else:
            failures += 1
            print(f"FAIL {case.name}: {problem}")
    print(f"{len(cases) - failures}/{len(cases)} passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
