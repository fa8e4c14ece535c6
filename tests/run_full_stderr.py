#!/usr/bin/env python3
"""Compares the FULL stderr (tracebacks with their caret lines), stdout and
exit code of pyvm with python3.11 for every script in tests/py_full_stderr/.

The conformance runner compares only the last stderr line; this check covers
the rest of CPython 3.11's traceback format. Each script is copied into a
temporary directory and run there by both interpreters under the same
relative name; `File "..."` paths are reduced to their base name.

usage: run_full_stderr.py --pyvm PATH [SCRIPT_OR_DIR ...]
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILE_RE = re.compile(r'File "([^"]*)"')


def normalise(text):
    return FILE_RE.sub(lambda m: 'File "%s"' % os.path.basename(m.group(1)), text)


def run(command, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONUNBUFFERED", None)
    result = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            capture_output=True, timeout=60)
    return (result.returncode, result.stdout.decode("utf-8", "replace"),
            normalise(result.stderr.decode("utf-8", "replace")))


def check(pyvm, script):
    name = os.path.basename(script)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(script, os.path.join(tmp, name))
        expected = run(["python3.11", name], tmp)
        actual = run([pyvm, name], tmp)
    if expected == actual:
        return True
    print("FAIL %s" % os.path.relpath(script, HERE))
    labels = ("exit code", "stdout", "stderr")
    for label, want, got in zip(labels, expected, actual):
        if want == got:
            continue
        if label == "exit code":
            print("  exit code %s (CPython: %s)" % (got, want))
            continue
        diff = difflib.unified_diff(str(want).splitlines(), str(got).splitlines(),
                                    "python3.11 " + label, "pyvm " + label, lineterm="")
        for line in diff:
            print("  " + line)
    return False


def collect(paths):
    scripts = []
    for path in paths:
        if os.path.isdir(path):
            scripts += sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".py"))
        else:
            scripts.append(path)
    return scripts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyvm", required=True)
    parser.add_argument("paths", nargs="*", default=[os.path.join(HERE, "py_full_stderr")])
    args = parser.parse_args()
    pyvm = os.path.abspath(args.pyvm)
    scripts = collect(args.paths)
    failed = sum(0 if check(pyvm, s) else 1 for s in scripts)
    print("%d passed, %d failed" % (len(scripts) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
