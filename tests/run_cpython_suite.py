#!/usr/bin/env python3
"""Runs modules of CPython's own test suite on pyvm and on CPython 3.11.

    tests/run_cpython_suite.py --pyvm build/pyvm [--timeout S] [--jobs N]
        [--list FILE] [--skip-tests FILE] [--details] [--check] [MODULE ...]

Each MODULE (`test_bool`, ...) of /usr/lib/python3.11/test (the Debian
package libpython3.11-testsuite) runs under unittest through
tests/cpython_suite/driver.py, once in CPython (/usr/bin/python3.11, whose
standard library pyvm loads; $PYVM_SUITE_PYTHON overrides it) and once in
pyvm (with a time limit). One line per module gives both interpreters' counts (tests run,
failures, errors, skipped) or why pyvm could not run it: the exception that
stopped the import, a crash, or the test that was running at the time-out.

--list FILE reads module names from FILE (one a line, `#` comments).
--skip-tests FILE names test ids (one a line) left out of both runs: tests
that hang or take too long on pyvm.
--details lists every test that fails on pyvm but not on CPython, with the
last line of its traceback.
--check exits with status 1 unless every module ran in pyvm the same number
of tests as in CPython with no failure or error that CPython does not have
(the ctest entry `cpython_suite` runs it on tests/cpython_suite/passing.txt).
"""
import argparse
import ast
import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, "cpython_suite", "driver.py")
# The CPython whose standard library and test package pyvm loads
# (/usr/lib/python3.11, vm/import.cpp): Debian's, which may differ from the
# `python3.11` first on PATH (a pyenv build has its own, newer, test files).
STDLIB = "/usr/lib/python3.11"
PYTHON = os.environ.get("PYVM_SUITE_PYTHON") or (
    "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else "python3.11")


def read_names(path):
    names = []
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def run_one(command, timeout, cwd):
    """Runs the driver; returns (outcome dict or None, reason, stdout, stderr)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        proc = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, errors="replace",
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = e.stdout or ""
        if isinstance(out, bytes):
            out = out.decode("utf-8", "replace")
        started = [l[8:] for l in out.splitlines() if l.startswith("@@start ")]
        where = f" in {started[-1]}" if started else ""
        return None, f"timeout after {timeout} s{where}", out, ""
    for line in proc.stdout.splitlines():
        if line.startswith("@@result "):
            return ast.literal_eval(line[len("@@result "):]), "", proc.stdout, proc.stderr
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = str(-proc.returncode)
        started = [l[8:] for l in proc.stdout.splitlines() if l.startswith("@@start ")]
        where = f" in {started[-1]}" if started else ""
        return None, f"killed by {name}{where}", proc.stdout, proc.stderr
    errors = [l for l in proc.stderr.splitlines() if l.strip()]
    reason = errors[-1].strip() if errors else f"exit code {proc.returncode}, no result"
    return None, reason, proc.stdout, proc.stderr


def counts(outcome):
    return (outcome["run"], len(outcome["failures"]), len(outcome["errors"]),
            outcome["skipped"])


def new_problems(cpython, pyvm):
    """Failures and errors of pyvm that CPython does not have."""
    known = {t for t, _ in cpython["failures"] + cpython["errors"]} if cpython else set()
    problems = [(t, "FAIL", m) for t, m in pyvm["failures"] if t not in known]
    problems += [(t, "ERROR", m) for t, m in pyvm["errors"] if t not in known]
    problems += [(t, "UNEXPECTED SUCCESS", "") for t in pyvm["unexpected_successes"]
                 if not cpython or t not in cpython["unexpected_successes"]]
    return sorted(problems)


def module_passes(cpython, pyvm):
    return (cpython is not None and pyvm is not None and pyvm["run"] == cpython["run"]
            and not new_problems(cpython, pyvm))


def show(outcome, reason):
    if outcome is None:
        return "-"
    return "%d/%d/%d/%d" % counts(outcome)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyvm", required=True)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list")
    parser.add_argument("--skip-tests")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args()
    modules = list(args.modules)
    if args.list:
        modules += read_names(args.list)
    if not modules:
        parser.error("no modules given")
    skipped = read_names(args.skip_tests) if args.skip_tests else []
    pyvm = os.path.abspath(args.pyvm)
    cwd = HERE

    def job(module):
        base = [DRIVER, module] + skipped
        cp = run_one([PYTHON] + base, max(args.timeout, 300), cwd)
        pv = run_one([pyvm] + base, args.timeout, cwd)
        return module, cp, pv

    print("%-22s %-16s %-16s %s" % ("module", "CPython r/f/e/s", "pyvm r/f/e/s", "status"))
    failed = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for module, cp, pv in pool.map(job, modules):
            cp_outcome, cp_reason = cp[0], cp[1]
            pv_outcome, pv_reason = pv[0], pv[1]
            if cp_outcome is None:
                status = "CPython did not run it: " + cp_reason
            elif pv_outcome is None:
                status = "pyvm: " + pv_reason
            elif module_passes(cp_outcome, pv_outcome):
                status = "ok"
            else:
                problems = new_problems(cp_outcome, pv_outcome)
                status = "%d new failures/errors" % len(problems)
                if pv_outcome["run"] != cp_outcome["run"]:
                    status += ", ran %d tests (CPython %d)" % (pv_outcome["run"],
                                                              cp_outcome["run"])
            if status != "ok":
                failed.append(module)
            print("%-22s %-16s %-16s %s" % (module, show(cp_outcome, cp_reason),
                                            show(pv_outcome, pv_reason), status), flush=True)
            if args.details and cp_outcome and pv_outcome:
                for test, kind, message in new_problems(cp_outcome, pv_outcome):
                    print(f"    {kind} {test}: {message[:200]}")
            if args.details and pv_outcome is None and pv[3]:
                tail = [l for l in pv[3].splitlines() if l.strip()][-6:]
                for line in tail:
                    print("    | " + line[:200])
    print("%d modules, %d pass, %d do not" % (len(modules), len(modules) - len(failed),
                                              len(failed)))
    if args.check and failed:
        print("FAILED: " + " ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
