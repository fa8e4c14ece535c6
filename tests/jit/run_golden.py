#!/usr/bin/env python3
"""Golden IR-dump tests of the tracing JIT.

Each tests/jit/NAME.py is run with `pyvm -X jit-dump` (plus the options of its
`# jit-args:` header line); the dump's recorded bytecode, IR and snapshot
sections (everything of each trace except the source path and the machine
code, whose addresses change from run to run) must equal NAME.expected, and
stdout must equal python3.11's. `--update` rewrites the expected files.
"""
import argparse
import difflib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def jit_args(script: Path) -> list[str]:
    for line in script.read_text().splitlines():
        if line.startswith("# jit-args:"):
            return line.split(":", 1)[1].split()
    return []


def ir_sections(stderr: str) -> str:
    """The dump without trace start lines (paths) and machine code."""
    out = []
    keep = False
    for line in stderr.splitlines():
        if line.startswith("---- TRACE "):
            words = line.split()
            section = words[3] if len(words) > 3 else ""
            keep = section in ("bytecode", "IR", "snapshots")
            if keep:
                out.append(line)
            continue
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


def run_case(pyvm: str, script: Path, update: bool) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    got = subprocess.run([pyvm, "-X", "jit-dump", *jit_args(script), str(script)],
                         capture_output=True, text=True, env=env, timeout=120)
    want = subprocess.run(["python3.11", str(script)], capture_output=True, text=True, timeout=120)
    problems = []
    if got.returncode != 0 or got.stdout != want.stdout:
        problems.append(f"stdout/exit differ from python3.11 (exit {got.returncode})")
    expected_file = script.with_suffix(".expected")
    dump = ir_sections(got.stderr)
    if update:
        expected_file.write_text(dump)
    elif not expected_file.exists():
        problems.append(f"missing {expected_file.name} (run with --update)")
    elif expected_file.read_text() != dump:
        diff = difflib.unified_diff(expected_file.read_text().splitlines(), dump.splitlines(),
                                    "expected", "got", lineterm="")
        problems.append("IR dump differs:\n" + "\n".join(list(diff)[:80]))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pyvm", required=True)
    parser.add_argument("--update", action="store_true", help="rewrite the expected files")
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args()
    scripts = [Path(s) for s in args.scripts] or sorted(HERE.glob("*.py"))
    scripts = [s for s in scripts if s.name != Path(__file__).name]
    failed = 0
    for script in scripts:
        problems = run_case(args.pyvm, script, args.update)
        if problems:
            failed += 1
            print(f"FAIL {script.name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            print(f"ok   {script.name}")
    print(f"{len(scripts) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
