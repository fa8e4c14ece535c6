#!/usr/bin/env python3
"""Conformance runner: judges pyvm against CPython 3.11 on tests/py scripts.

Each script is compiled to a .pyc by the oracle (python3.11), run on the oracle
as source and on pyvm as that .pyc, with the same arguments. A script passes
when stdout, the exit code and the last line of stderr are identical.

Header comments (leading `#` lines of a script):
  # args: a b 'c d'   arguments passed to both interpreters (shell-style split)
  # flags: --foo      options passed to pyvm only, before the file
  # skip: reason      the script is not run
  # skip-sanitized: reason   not run with --sanitized (the ASan/UBSan build)
  # timeout: 120      per-run timeout in seconds (default: --timeout)

tests/py/known_failures.txt is a ratchet: a listed script that fails is an
expected failure; a listed script that passes fails the run (remove it from
the list), and so does any failure of an unlisted script.

Uses the Python standard library only. Exit status 0 only if every result is
as expected. The last line printed is `N passed, M failed[, K skipped]`.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import difflib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

TESTS_PY_DIR = Path(__file__).resolve().parent / "py"
DEFAULT_KNOWN_FAILURES = TESTS_PY_DIR / "known_failures.txt"
HEADER_KEYS = ("args", "flags", "skip", "skip-sanitized", "timeout")
SNIPPET_LINES = 12

# Compiles every (source, pyc) pair given as JSON on stdin; prints a JSON map
# from source to error message for the ones that failed.
COMPILE_SCRIPT = r"""
import json, py_compile, sys
errors = {}
for src, dst in json.load(sys.stdin):
    try:
        py_compile.compile(src, cfile=dst, doraise=True)
    except py_compile.PyCompileError as e:
        errors[src] = str(e.msg).strip().splitlines()[-1]
json.dump(errors, sys.stdout)
"""


@dataclasses.dataclass
class Script:
    path: Path
    name: str  # stable id: path relative to tests/py, with '/' separators
    args: list[str] = dataclasses.field(default_factory=list)
    flags: list[str] = dataclasses.field(default_factory=list)
    skip: str | None = None
    skip_sanitized: str | None = None
    timeout: float | None = None
    pyc: Path | None = None
    compile_error: str | None = None


@dataclasses.dataclass
class RunResult:
    stdout: str
    stderr: str
    returncode: int | None  # None on timeout

    def last_stderr_line(self) -> str:
        lines = [line.rstrip() for line in self.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else ""


@dataclasses.dataclass
class Outcome:
    script: Script
    ok: bool
    reason: str = ""
    details: list[str] = dataclasses.field(default_factory=list)


def parse_header(script: Script) -> None:
    """Reads the leading comment block of a script into its header fields."""
    with open(script.path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("#"):
                break
            key, sep, value = stripped[1:].strip().partition(":")
            key = key.strip().lower()
            if not sep or key not in HEADER_KEYS:
                continue
            value = value.strip()
            if key == "args":
                script.args = shlex.split(value)
            elif key == "flags":
                script.flags = shlex.split(value)
            elif key == "skip":
                script.skip = value or "no reason given"
            elif key == "skip-sanitized":
                script.skip_sanitized = value or "no reason given"
            elif key == "timeout":
                script.timeout = float(value)


def script_name(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def collect_scripts(roots: list[str], base: Path, name_filter: str | None) -> list[Script]:
    paths: list[Path] = []
    for root in roots:
        p = Path(root)
        if p.is_dir():
            paths.extend(sorted(q for q in p.rglob("*.py") if "__pycache__" not in q.parts))
        elif p.is_file():
            paths.append(p)
        else:
            sys.exit(f"run_conformance: no such file or directory: {root}")
    seen: set[str] = set()
    scripts = []
    for path in paths:
        name = script_name(path, base)
        if name in seen or (name_filter and name_filter not in name):
            continue
        seen.add(name)
        script = Script(path=path, name=name)
        parse_header(script)
        scripts.append(script)
    return scripts


def read_known_failures(path: Path) -> dict[str, str]:
    """Maps each listed script name to its comment (the reason), if any."""
    known: dict[str, str] = {}
    if not path.exists():
        return known
    for line in path.read_text(encoding="utf-8").splitlines():
        entry, _, reason = line.partition("#")
        entry = entry.strip()
        if entry:
            known[entry] = reason.strip()
    return known


def compile_all(python: str, scripts: list[Script], out_dir: Path) -> None:
    pairs = []
    for i, script in enumerate(scripts):
        if script.skip is None:
            script.pyc = out_dir / f"{i:04d}_{script.path.stem}.pyc"
            # The absolute path, as CPython sees it when it runs the source.
            pairs.append([str(script.path.resolve()), str(script.pyc)])
    if not pairs:
        return
    proc = subprocess.run([python, "-c", COMPILE_SCRIPT], input=json.dumps(pairs),
                          capture_output=True, text=True, env=child_env(), check=False)
    if proc.returncode != 0:
        sys.exit(f"run_conformance: compiling with {python} failed:\n{proc.stderr}")
    errors = json.loads(proc.stdout)
    for script in scripts:
        if str(script.path) in errors:
            script.compile_error = errors[str(script.path)]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def run(cmd: list[str], cwd: Path, timeout: float) -> RunResult:
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout,
                              env=child_env(), stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as e:
        return RunResult(decode(e.stdout), decode(e.stderr), None)
    return RunResult(decode(proc.stdout), decode(proc.stderr), proc.returncode)


def decode(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="backslashreplace")


def describe_exit(code: int | None) -> str:
    if code is None:
        return "timed out"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def stderr_excerpt(stderr: str) -> list[str]:
    """The part of pyvm's stderr worth showing: a sanitizer report's head, else the tail."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "ERROR: AddressSanitizer" in line or "ERROR: LeakSanitizer" in line \
                or ": runtime error: " in line:
            return lines[i:i + 25]
    return lines[-SNIPPET_LINES:]


def has_sanitizer_report(stderr: str) -> bool:
    return any(marker in stderr for marker in
               ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", ": runtime error: "))


def diff_snippet(expected: str, actual: str) -> list[str]:
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                "cpython", "pyvm", n=1, lineterm="")
    lines = list(diff)
    if len(lines) > SNIPPET_LINES:
        lines = lines[:SNIPPET_LINES] + [f"... ({len(lines) - SNIPPET_LINES} more diff lines)"]
    return lines


def check_script(script: Script, options: argparse.Namespace) -> Outcome:
    if script.compile_error:
        return Outcome(script, False, f"python3.11 cannot compile it: {script.compile_error}")
    timeout = script.timeout or options.timeout
    cwd = script.path.parent
    expected = run([options.python, str(script.path.resolve()), *script.args], cwd, timeout)
    if expected.returncode is None:
        return Outcome(script, False, f"CPython timed out after {timeout:g} s (test too slow)")
    actual = run([options.pyvm, *script.flags, str(script.pyc), *script.args], cwd, timeout)
    problems, details = compare(expected, actual)
    return Outcome(script, not problems, "; ".join(problems), details)


def compare(expected: RunResult, actual: RunResult) -> tuple[list[str], list[str]]:
    """Lists how pyvm's run differs from CPython's, and the lines that show it."""
    problems: list[str] = []
    details: list[str] = []
    if actual.returncode != expected.returncode:
        problems.append(f"{describe_exit(actual.returncode)} (CPython: "
                        f"{describe_exit(expected.returncode)})")
    if actual.stdout != expected.stdout:
        problems.append("stdout differs")
        details += diff_snippet(expected.stdout, actual.stdout)
    if actual.last_stderr_line() != expected.last_stderr_line():
        problems.append("last stderr line differs")
        details += [f"  cpython: {expected.last_stderr_line()!r}",
                    f"  pyvm:    {actual.last_stderr_line()!r}"]
    sanitizer = has_sanitizer_report(actual.stderr)
    if sanitizer:
        problems.append("sanitizer report")
    crashed = actual.returncode is None or actual.returncode < 0
    stdout_differs = actual.stdout != expected.stdout
    if actual.stderr.strip() and (crashed or sanitizer or stdout_differs):
        details += ["  pyvm stderr:"] + ["    " + line for line in stderr_excerpt(actual.stderr)]
    return problems, details


def print_outcome(line: str, details: list[str]) -> None:
    print(line)
    for detail in details:
        print("    " + detail)
    sys.stdout.flush()


def resolve_program(program: str) -> str:
    """Makes a program path absolute, since scripts run in their own directory."""
    if os.sep in program:
        return os.path.abspath(program)
    return shutil.which(program) or program


def default_oracle() -> str:
    if sys.version_info[:2] == (3, 11) and sys.executable:
        return sys.executable
    return shutil.which("python3.11") or "python3.11"


def parse_shard(text: str) -> tuple[int, int]:
    """Parses `K/N` (the K-th of N parts, counted from 0)."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected K/N, got {text!r}") from None
    if n < 1 or not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"need 0 <= K < N, got {text!r}")
    return k, n


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run tests/py scripts on CPython 3.11 and on pyvm and compare them.")
    parser.add_argument("paths", nargs="*", default=[str(TESTS_PY_DIR)],
                        help="scripts or directories of scripts (default: tests/py)")
    parser.add_argument("--pyvm", required=True, help="path of the pyvm binary")
    parser.add_argument("--python", default=default_oracle(),
                        help="the oracle interpreter (default: this Python if it is 3.11, "
                             "else python3.11 on PATH)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="parallel scripts (default 2)")
    parser.add_argument("--filter", help="run only scripts whose name contains this substring")
    parser.add_argument("--shard", type=parse_shard, default=(0, 1), metavar="K/N",
                        help="run only the K-th of N interleaved parts of the sorted scripts "
                             "(0 <= K < N; default 0/1: all of them)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds per interpreter run (default 60)")
    parser.add_argument("--known-failures", type=Path, default=DEFAULT_KNOWN_FAILURES,
                        help="the ratchet list (default: tests/py/known_failures.txt)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list passing scripts")
    parser.add_argument("--sanitized", action="store_true",
                        help="pyvm is the ASan/UBSan build: skip scripts marked skip-sanitized")
    parser.add_argument("--print-failing", action="store_true",
                        help="at the end, print the names of all failing scripts "
                             "(a candidate known_failures.txt)")
    return parser.parse_args(argv)


@dataclasses.dataclass
class Tally:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    expected_failures: int = 0
    failing: list[str] = dataclasses.field(default_factory=list)


def judge(outcome: Outcome, known: dict[str, str], tally: Tally,
          options: argparse.Namespace) -> None:
    """Applies the known-failures ratchet to one outcome and prints what matters."""
    name = outcome.script.name
    listed = name in known
    if not outcome.ok:
        tally.failing.append(name)
    if outcome.ok and not listed:
        tally.passed += 1
        if options.verbose:
            print(f"PASS  {name}")
    elif outcome.ok:
        tally.failed += 1
        print(f"FIXED {name}: passes now; remove it from {options.known_failures.name}")
    elif listed:
        tally.expected_failures += 1
        if options.verbose:
            print_outcome(f"XFAIL {name}: {outcome.reason}", outcome.details)
    else:
        tally.failed += 1
        print_outcome(f"FAIL  {name}: {outcome.reason}", outcome.details)


def run_all(scripts: list[Script], options: argparse.Namespace) -> list[Outcome]:
    with tempfile.TemporaryDirectory(prefix="pyvm-conformance-") as tmp:
        compile_all(options.python, scripts, Path(tmp))
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
            outcomes = list(pool.map(lambda s: check_script(s, options), scripts))
    return sorted(outcomes, key=lambda o: o.script.name)


def print_summary(tally: Tally, options: argparse.Namespace) -> None:
    if options.print_failing:
        print("failing scripts:")
        for name in sorted(tally.failing):
            print(f"  {name}")
    if tally.expected_failures:
        print(f"{tally.expected_failures} expected failures "
              f"(listed in {options.known_failures.name}, counted as skipped)")
    summary = f"{tally.passed} passed, {tally.failed} failed"
    if tally.skipped + tally.expected_failures:
        summary += f", {tally.skipped + tally.expected_failures} skipped"
    print(summary)


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    options.pyvm = resolve_program(options.pyvm)
    options.python = resolve_program(options.python)
    if not os.access(options.pyvm, os.X_OK):
        print(f"run_conformance: pyvm binary not found or not executable: {options.pyvm}")
        print("0 passed, 1 failed")
        return 1
    base = options.known_failures.resolve().parent
    known = read_known_failures(options.known_failures)
    scripts = collect_scripts(options.paths, base, options.filter)
    shard, shards = options.shard
    scripts = scripts[shard::shards]
    if not scripts:
        print("run_conformance: no scripts found")
        print("0 passed, 1 failed")
        return 1
    tally = Tally()
    for script in scripts:
        if options.sanitized and script.skip is None and script.skip_sanitized is not None:
            script.skip = "sanitized build: " + script.skip_sanitized
        if script.skip is not None:
            tally.skipped += 1
            if options.verbose:
                print(f"SKIP  {script.name}: {script.skip}")
    for outcome in run_all([s for s in scripts if s.skip is None], options):
        judge(outcome, known, tally, options)
    tally.failed += report_stale_entries(known, base)
    print_summary(tally, options)
    return 0 if tally.failed == 0 else 1


def report_stale_entries(known: dict[str, str], base: Path) -> int:
    stale = [name for name in known if not (base / name).is_file()]
    for name in stale:
        print(f"STALE {name}: listed in known_failures.txt but no such script")
    return len(stale)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
