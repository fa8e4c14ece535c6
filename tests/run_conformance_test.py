#!/usr/bin/env python3
"""Self-test of tests/run_conformance.py: the comparison and the known-failures ratchet.

A fake "pyvm" (a shell script that runs the .pyc on python3.11, and misbehaves for
scripts whose name says so) lets each rule of the runner be checked without pyvm.
Standard library only; run by ctest as `conformance_runner_selftest`.
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

RUNNER = Path(__file__).resolve().parent / "run_conformance.py"

FAKE_PYVM = textwrap.dedent("""\
    #!/bin/sh
    case "$1" in
      *wrong_output.pyc) echo "not what CPython prints"; exit 0;;
      *wrong_exit.pyc) "$FAKE_PYVM_ORACLE" "$@"; exit 7;;
      *crash.pyc) kill -SEGV $$;;
    esac
    exec "$FAKE_PYVM_ORACLE" "$@"
    """)


class RunnerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        self.py = self.root / "py"
        (self.py / "area").mkdir(parents=True)
        self.pyvm = self.root / "fakepyvm"
        self.pyvm.write_text(FAKE_PYVM)
        self.pyvm.chmod(0o755)
        self.known = self.py / "known_failures.txt"
        self.known.write_text("")

    def tearDown(self):
        self.tmp.cleanup()

    def script(self, name, text):
        (self.py / "area" / name).write_text(textwrap.dedent(text))

    def run_runner(self, *extra):
        env = dict(os.environ, FAKE_PYVM_ORACLE=oracle())
        proc = subprocess.run(
            [sys.executable, str(RUNNER), "--pyvm", str(self.pyvm), "--python", oracle(),
             "--known-failures", str(self.known), *extra, str(self.py)],
            capture_output=True, text=True, env=env, check=False)
        return proc.returncode, proc.stdout

    def test_matching_scripts_pass(self):
        self.script("ok.py", "print(1 + 1)\n")
        self.script("raises.py", "print('x')\n1 / 0\n")
        code, out = self.run_runner()
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[-1], "2 passed, 0 failed")

    def test_each_difference_fails(self):
        self.script("wrong_output.py", "print('expected')\n")
        self.script("wrong_exit.py", "print('fine')\n")
        self.script("crash.py", "print('fine')\n")
        code, out = self.run_runner()
        self.assertEqual(code, 1, out)
        self.assertIn("FAIL  area/wrong_output.py: stdout differs", out)
        self.assertIn("FAIL  area/wrong_exit.py: exit code 7 (CPython: exit code 0)", out)
        self.assertIn("FAIL  area/crash.py: killed by SIGSEGV", out)
        self.assertEqual(out.splitlines()[-1], "0 passed, 3 failed")

    def test_headers_args_and_skip(self):
        self.script("args.py", "# args: one 'two words'\nimport sys\nprint(sys.argv[1:])\n")
        self.script("skipped.py", "# skip: not today\nprint(1)\n")
        code, out = self.run_runner()
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[-1], "1 passed, 0 failed, 1 skipped")

    def test_ratchet(self):
        self.script("wrong_output.py", "print('expected')\n")
        self.script("ok.py", "print(1)\n")
        self.known.write_text("area/wrong_output.py  # known\n")
        code, out = self.run_runner()
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[-1], "1 passed, 0 failed, 1 skipped")
        self.known.write_text("area/wrong_output.py\narea/ok.py\n")
        code, out = self.run_runner()
        self.assertEqual(code, 1, out)
        self.assertIn("FIXED area/ok.py", out)
        self.known.write_text("area/wrong_output.py\narea/gone.py\n")
        code, out = self.run_runner()
        self.assertEqual(code, 1, out)
        self.assertIn("STALE area/gone.py", out)

    def test_filter(self):
        self.script("ok.py", "print(1)\n")
        self.script("wrong_output.py", "print(2)\n")
        code, out = self.run_runner("--filter", "ok")
        self.assertEqual(code, 0, out)
        self.assertEqual(out.splitlines()[-1], "1 passed, 0 failed")


def oracle():
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    return "python3.11"


if __name__ == "__main__":
    unittest.main()
