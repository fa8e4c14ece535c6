#!/usr/bin/env python3
"""Tests of the benchmark tools: bench/run.py, bench/compare.py, bench/dashboard.py.

  python3 tests/bench_tools_test.py --pyvm build/pyvm

The harness runs two small programs at their --quick sizes on pyvm and
CPython (PyPy is left out to keep the test fast) and must write a valid
results.json, index.html and history row; a "VM" that prints something else
must be reported as failed. compare.py runs on synthetic results: it must
flag a slowed build and a failed benchmark, and must not flag two runs of the
same build, even when machine load moved every VM alike. The dashboard is
rendered from a temporary SQLite history and must hold one inline SVG chart
per benchmark (plus the geometric mean) and no external resources.
"""

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
sys.path.insert(0, BENCH)
import compare  # noqa: E402
import dashboard  # noqa: E402
import run  # noqa: E402

PYVM = os.path.join(ROOT, "build", "pyvm")


def run_tool(script, *args):
    return subprocess.run([sys.executable, os.path.join(BENCH, script)] + list(args),
                          capture_output=True, text=True, timeout=300)


def synthetic_doc(benches, pyvm_scale=1.0, load_scale=1.0, metric="wall_s", seed=1, runs=6,
                  commit="abc1234", failed=()):
    """A results document with noisy samples: pyvm ~ 2x CPython, PyPy ~ 0.5x."""
    rng = random.Random(seed)
    doc = {"schema": 1, "date": "2026-01-01T00:00:00+00:00",
           "git": {"commit": commit + "0" * 33, "subject": "synthetic", "dirty": False},
           "machine": {"hostname": "test", "cpu": "test cpu", "cores": 2,
                       "loadavg_at_start": None},
           "settings": {"metric": metric, "runs": runs, "warmup": 1, "quick": False,
                        "command": "synthetic"},
           "vms": [{"name": n, "command": n, "version": "1"}
                   for n in ("pyvm-interp", "cpython", "pypy")],
           "benchmarks": {}}
    for i, name in enumerate(benches):
        base = 1.0 + 0.1 * i
        vms = {}
        for vm, factor in (("pyvm-interp", 2.0 * pyvm_scale), ("cpython", 1.0), ("pypy", 0.5)):
            noise = 0.0 if metric == "instructions" else 0.03
            values = [base * factor * load_scale * (1 + rng.uniform(-noise, noise))
                      for _ in range(runs)]
            ok = (name, vm) not in failed
            entry = {"ok": ok, "error": None if ok else "exit status 1",
                     "samples": [{metric: v, "user_s": v * 0.9} for v in values] if ok else []}
            run.summarize_vm(entry, metric)
            vms[vm] = entry
        doc["benchmarks"][name] = {"args": ["1"], "vms": vms}
    doc["summary"] = run.compute_summary(doc["benchmarks"], ["pyvm-interp", "cpython", "pypy"],
                                         metric)
    return doc


def decode_png(path):
    """Returns (width, height, rows of (r, g, b) tuples) of an 8-bit RGB/RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    depth, color_type = header[8], header[9]
    if depth != 8 or color_type not in (2, 6) or header[12] != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, color type {color_type})")
    bpp = 3 if color_type == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, up_left = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + pred) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


class HarnessTest(unittest.TestCase):
    def test_quick_run_writes_results_html_and_history(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            history = os.path.join(tmp, "h.sqlite")
            proc = run_tool("run.py", "--pyvm", PYVM, "--quick", "--no-pypy", "--only", "fib",
                            "tak", "--out", out, "--history", history)
            self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
            self.assertIn("run 1/1", proc.stderr)  # progress lines
            with open(os.path.join(out, "results.json")) as f:
                doc = json.load(f)
            self.assertEqual(doc["schema"], 1)
            self.assertEqual(sorted(doc["benchmarks"]), ["fib", "tak"])
            self.assertEqual([v["name"] for v in doc["vms"]],
                             ["pyvm-jit", "pyvm-interp", "cpython"])
            for bench in doc["benchmarks"].values():
                for name in ("pyvm-jit", "pyvm-interp", "cpython"):
                    entry = bench["vms"][name]
                    self.assertTrue(entry["ok"], entry)
                    self.assertEqual(len(entry["samples"]), 1)
                    sample = entry["samples"][0]
                    self.assertGreater(sample["wall_s"], 0)
                    self.assertGreaterEqual(sample["user_s"], 0)
                self.assertIn("ratio_vs_cpython", bench["vms"]["pyvm-interp"])
                self.assertIsNotNone(bench["vms"]["pyvm-interp"]["samples"][0].get("gc"))
                jit = bench["vms"]["pyvm-jit"]["samples"][0].get("jit")
                self.assertIsNotNone(jit)  # -X jit-stats figures recorded per run
                self.assertIn("compile_ms", jit)
            self.assertIsNotNone(doc["summary"]["pyvm-interp"]["geomean_ratio_vs_cpython"])
            with open(os.path.join(out, "index.html")) as f:
                page = f.read()
            self.assertIn("<svg", page)
            self.assertIn("geometric mean", page)
            con = sqlite3.connect(history)
            self.assertEqual(con.execute("SELECT COUNT(*) FROM runs").fetchone()[0], 1)
            self.assertEqual(con.execute("SELECT COUNT(*) FROM results").fetchone()[0], 6)
            con.close()

    def test_wrong_output_is_a_failure(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            proc = run_tool("run.py", "--pyvm-variant", "pyvm-wrong=/bin/echo",
                            "--pyvm-variant", "pyvm-missing=/nonexistent/pyvm", "--quick",
                            "--no-pypy", "--only", "fib", "--out", out, "--no-history")
            self.assertEqual(proc.returncode, 1, proc.stdout + proc.stderr)
            with open(os.path.join(out, "results.json")) as f:
                vms = json.load(f)["benchmarks"]["fib"]["vms"]
            self.assertFalse(vms["pyvm-wrong"]["ok"])
            self.assertIn("output differs", vms["pyvm-wrong"]["error"])
            self.assertFalse(vms["pyvm-missing"]["ok"])
            self.assertIn("cannot start", vms["pyvm-missing"]["error"])
            self.assertTrue(vms["cpython"]["ok"])

    def test_every_program_has_a_header(self):
        programs = run.discover_programs(None)
        self.assertGreaterEqual(len(programs), 20)
        for name, (path, default, quick) in programs.items():
            self.assertTrue(default[0].isdigit() and quick[0].isdigit(), name)


class CompareTest(unittest.TestCase):
    BENCHES = ["a", "b", "c", "d"]

    def compare(self, old, new, *extra):
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for i, doc in enumerate((old, new)):
                paths.append(os.path.join(tmp, f"{i}.json"))
                with open(paths[-1], "w") as f:
                    json.dump(doc, f)
            return run_tool("compare.py", *paths, *extra)

    def test_same_build_is_not_flagged(self):
        proc = self.compare(synthetic_doc(self.BENCHES, seed=1), synthetic_doc(self.BENCHES, seed=2))
        self.assertEqual(proc.returncode, 0, proc.stdout)
        self.assertNotIn("slower", proc.stdout.split("summary:")[0])

    def test_machine_load_drift_is_normalised(self):
        old = synthetic_doc(self.BENCHES, seed=3)
        new = synthetic_doc(self.BENCHES, seed=4, load_scale=1.3)
        self.assertEqual(self.compare(old, new).returncode, 0)
        self.assertEqual(self.compare(old, new, "--raw").returncode, 1)

    def test_slowed_build_is_flagged(self):
        proc = self.compare(synthetic_doc(self.BENCHES, seed=5),
                            synthetic_doc(self.BENCHES, seed=6, pyvm_scale=1.25))
        self.assertEqual(proc.returncode, 1, proc.stdout)
        verdicts = [line.split()[-1] for line in proc.stdout.splitlines()[2:-2]]
        self.assertEqual(verdicts, ["slower"] * len(self.BENCHES), proc.stdout)
        self.assertIn("REGRESSION", proc.stdout)

    def test_faster_build_passes(self):
        proc = self.compare(synthetic_doc(self.BENCHES, seed=7),
                            synthetic_doc(self.BENCHES, seed=8, pyvm_scale=0.7))
        self.assertEqual(proc.returncode, 0, proc.stdout)
        self.assertIn("faster", proc.stdout)

    def test_failed_benchmark_is_flagged(self):
        proc = self.compare(synthetic_doc(self.BENCHES, seed=9),
                            synthetic_doc(self.BENCHES, seed=10, failed={("b", "pyvm-interp")}))
        self.assertEqual(proc.returncode, 1, proc.stdout)
        self.assertIn("failed", proc.stdout)

    def test_two_percent_instruction_regression_is_flagged(self):
        old = synthetic_doc(self.BENCHES, metric="instructions", runs=1)
        same = synthetic_doc(self.BENCHES, metric="instructions", runs=1)
        slow = synthetic_doc(self.BENCHES, metric="instructions", runs=1, pyvm_scale=1.02)
        self.assertEqual(self.compare(old, same).returncode, 0)
        self.assertEqual(self.compare(old, slow).returncode, 1)

    def test_mann_whitney_exact_p(self):
        self.assertAlmostEqual(compare.mann_whitney_p([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]),
                               2 / 252)
        self.assertEqual(compare.mann_whitney_p([1, 3, 5], [2, 4, 6]), 0.7)
        self.assertEqual(sum(compare.u_counts(6, 4)), 210)


class DashboardTest(unittest.TestCase):
    def test_renders_charts_from_history(self):
        benches = ["fib", "nbody", "sieve"]
        with tempfile.TemporaryDirectory() as tmp:
            history = os.path.join(tmp, "h.sqlite")
            for i, scale in enumerate((1.0, 0.9, 0.8)):
                doc = synthetic_doc(benches, pyvm_scale=scale, seed=i, commit=f"c{i}aaaa")
                run.append_history(history, doc)
            quick_doc = synthetic_doc(benches, seed=9, commit="quick00")
            quick_doc["settings"]["quick"] = True
            run.append_history(history, quick_doc)
            out = os.path.join(tmp, "d.html")
            proc = run_tool("dashboard.py", "--history", history, "--out", out, "--full")
            self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
            with open(out) as f:
                page = f.read()
        svgs = re.findall(r"<svg class=\"speedup-chart\".*?</svg>", page, re.S)
        self.assertEqual(len(svgs), len(benches) + 1)
        for svg in svgs:
            root = ET.fromstring(svg)  # well-formed
            lines = root.findall("{http://www.w3.org/2000/svg}polyline")
            self.assertEqual(sorted(p.get("data-vm") for p in lines),
                             ["cpython", "pypy", "pyvm-interp"])
        self.assertIn("c2aaaa", page)
        self.assertNotIn("quick00", page)  # quick runs are plotted apart
        self.assertIn("geometric mean", page)
        without_ns = page.replace("http://www.w3.org/2000/svg", "")
        self.assertNotRegex(without_ns, r"(src|href)=|https?://")

    @unittest.skipUnless(dashboard.find_chromium(), "chromium not installed (scripts/setup.sh)")
    def test_headless_chromium_renders_the_charts(self):
        benches = ["fib", "nbody"]
        with tempfile.TemporaryDirectory() as tmp:
            history = os.path.join(tmp, "h.sqlite")
            for i, scale in enumerate((1.0, 0.7)):
                run.append_history(history, synthetic_doc(benches, pyvm_scale=scale, seed=i,
                                                          commit=f"c{i}bbbb"))
            out, png = os.path.join(tmp, "d.html"), os.path.join(tmp, "d.png")
            proc = run_tool("dashboard.py", "--history", history, "--out", out,
                            "--screenshot", png)
            self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
            width, height, rows = decode_png(png)
            # Keep the screenshot as the test's output (ctest prints this line).
            kept = os.path.join(os.environ.get("PYVM_TEST_OUTPUT_DIR", tempfile.gettempdir()),
                                "pyvm-dashboard-test.png")
            shutil.copyfile(png, kept)
            print(f"\ndashboard screenshot: {kept}", file=sys.stderr)
        self.assertEqual((width, height), (1280, 900))
        counts = {}
        for row in rows:
            for pixel in row:
                counts[pixel] = counts.get(pixel, 0) + 1
        # Each VM's line colour is drawn: the charts were laid out and painted.
        colors = dashboard.vm_colors(["cpython", "pypy", "pyvm-interp"])
        for vm_name, color in colors.items():
            rgb = tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
            self.assertGreater(counts.get(rgb, 0), 20, f"{vm_name} line {color} not painted")
        self.assertGreater(len(counts), 50)  # text and anti-aliasing, not a blank page

    def test_markdown_table(self):
        table = dashboard.markdown_table(synthetic_doc(["x", "y"], failed={("y", "pypy")}))
        lines = table.splitlines()
        self.assertEqual(len(lines), 2 + 2 + 1)
        self.assertIn("FAIL", lines[3])
        self.assertTrue(lines[-1].startswith("| **geometric mean**"))
        self.assertIn("| 2.00 |", lines[-1].replace("**", ""))

    def test_empty_history(self):
        self.assertIn("No runs recorded", dashboard.render_dashboard([], None, None))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyvm", default=PYVM)
    known, rest = parser.parse_known_args()
    PYVM = os.path.abspath(known.pyvm)
    unittest.main(argv=[sys.argv[0]] + rest)
