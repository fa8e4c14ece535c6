#!/usr/bin/env python3
"""Benchmark harness: runs bench/programs/*.py on pyvm, CPython 3.11 and PyPy.

For every program, each VM runs once as a warm-up (not recorded), then --runs
rounds follow, interleaved (round k runs VM A, then B, then C, ...), so slow
drifts of a shared machine hit every VM alike. Every run's stdout must equal
CPython's (and the exit code must be 0): a VM whose output differs is marked
failed for that program and the harness exits 1.

Per run it records wall time, user and system CPU time (os.wait4), peak RSS
(the child's VmHWM from /proc, polled from a thread: ru_maxrss would include
the harness's own pages inherited between fork and exec), and for pyvm the
collector statistics line that PYVM_GC_STATS=1 prints at exit. With
--instructions the runs go through `valgrind --tool=callgrind` and the
metric is the instruction count (deterministic; this machine's perf has no
hardware counters), which makes a 1-2% regression visible on a noisy machine.

Output: a summary table on stdout; with --out DIR, DIR/results.json (schema
in docs/benchmarks.md) and DIR/index.html; unless --no-history, one row per
(benchmark, VM) appended to the SQLite history (bench/history.sqlite by
default) that bench/dashboard.py renders.

  python3 bench/run.py [--pyvm build/pyvm] [--runs 5] [--quick] [--out DIR]
                       [--only NAME ...] [--instructions] [--no-pypy]
                       [--pyvm-variant NAME=COMMAND ...] [--history PATH]
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS_DIR = os.path.join(HERE, "programs")
DEFAULT_HISTORY = os.path.join(HERE, "history.sqlite")
SCHEMA_VERSION = 1
GC_STATS_RE = re.compile(r"^pyvm gc: (.*)$", re.MULTILINE)
JIT_STATS_RE = re.compile(r"^\[jit-stats\] (traces=.*)$", re.MULTILINE)
CALLGRIND_RE = re.compile(r"^==\d+== Collected : (\d+)$", re.MULTILINE)
HEADER_RE = re.compile(r"^# bench: default=(\S+) quick=(\S+)$", re.MULTILINE)
RSS_POLL_S = 0.004


def discover_programs(only):
    """{name: (path, default_args, quick_args)} from the '# bench:' header lines."""
    programs = {}
    for entry in sorted(os.listdir(PROGRAMS_DIR)):
        if not entry.endswith(".py"):
            continue
        name = entry[:-3]
        if only and name not in only:
            continue
        path = os.path.join(PROGRAMS_DIR, entry)
        with open(path) as f:
            match = HEADER_RE.search(f.read())
        if not match:
            sys.exit(f"{path}: missing '# bench: default=N quick=M' header")
        programs[name] = (path, [match.group(1)], [match.group(2)])
    missing = set(only or []) - set(programs)
    if missing:
        sys.exit("no such benchmark: " + ", ".join(sorted(missing)))
    return programs


class Vm:
    """One interpreter under test: a name, a command prefix and extra environment."""

    def __init__(self, name, argv, env=None, is_pyvm=False):
        self.name = name
        self.argv = argv
        self.env = dict(os.environ)
        self.env.update(env or {})
        self.is_pyvm = is_pyvm
        if is_pyvm:
            self.env.setdefault("PYVM_GC_STATS", "1")
            self.env.setdefault("PYVM_JIT_STATS", "1")
        self.version = probe_version(argv, self.env)

    def describe(self):
        return {"name": self.name, "command": " ".join(map(shlex.quote, self.argv)),
                "version": self.version, "pyvm": self.is_pyvm}


def probe_version(argv, env):
    try:
        out = subprocess.run(argv + ["--version"], capture_output=True, text=True,
                             env=env, timeout=30)
        text = (out.stdout + out.stderr).strip()
        return " ".join(text.split())[:200]
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unknown ({e})"


def read_hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def run_once(argv, env, timeout):
    """Runs argv; returns dict(stdout, stderr, status, wall_s, user_s, sys_s, peak_rss_kb)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        peak = [0]
        done = threading.Event()

        def poll():
            while not done.is_set():
                hwm = read_hwm_kb(child.pid)
                if hwm:
                    peak[0] = max(peak[0], hwm)
                done.wait(RSS_POLL_S)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        done.set()
        poller.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace"),
            "status": child.returncode,
            "wall_s": wall,
            "user_s": usage.ru_utime,
            "sys_s": usage.ru_stime,
            "peak_rss_kb": peak[0] or None,
        }


def parse_gc_stats(stderr, pattern=GC_STATS_RE):
    match = pattern.search(stderr)
    if not match:
        return None
    stats = {}
    for item in match.group(1).split():
        key, _, value = item.partition("=")
        try:
            stats[key] = float(value)
        except ValueError:
            stats[key] = value
    return stats


def strip_tool_lines(stderr):
    return "\n".join(line for line in stderr.splitlines()
                     if not line.startswith(("pyvm gc: ", "[jit-stats]", "==")))


def measure(vm, program_argv, args):
    """One recorded run of `vm`; returns (sample dict, stdout, error or None)."""
    argv = vm.argv + program_argv
    if args.instructions:
        argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv
    try:
        result = run_once(argv, vm.env, args.timeout)
    except OSError as e:
        return {"wall_s": None, "user_s": None, "sys_s": None, "peak_rss_kb": None}, "", \
            f"cannot start {argv[0]}: {e.strerror}"
    sample = {k: result[k] for k in ("wall_s", "user_s", "sys_s", "peak_rss_kb")}
    if args.instructions:
        match = CALLGRIND_RE.search(result["stderr"])
        sample["instructions"] = int(match.group(1)) if match else None
    if vm.is_pyvm:
        sample["gc"] = parse_gc_stats(result["stderr"])
        sample["jit"] = parse_gc_stats(result["stderr"], JIT_STATS_RE)
    error = None
    if result["status"] != 0:
        tail = strip_tool_lines(result["stderr"]).strip().splitlines()[-1:] or [""]
        error = f"exit status {result['status']}: {tail[0][:300]}"
    return sample, result["stdout"], error


def median_or_none(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize_vm(entry, metric):
    samples = entry["samples"]
    for key in ("wall_s", "user_s", "peak_rss_kb", "instructions"):
        values = [s.get(key) for s in samples if s.get(key) is not None]
        if values:
            entry["median_" + key] = statistics.median(values)
    values = [s.get(metric) for s in samples if s.get(metric) is not None]
    if len(values) >= 2:
        entry["stdev_" + metric] = statistics.stdev(values)
        entry["spread_pct"] = 100.0 * (max(values) - min(values)) / statistics.median(values)


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def compute_summary(results, vm_names, metric):
    summary = {}
    key = "median_" + metric
    for name in vm_names:
        ratios = []
        medians = []
        ok = 0
        for bench in results.values():
            entry = bench["vms"].get(name)
            base = bench["vms"].get("cpython")
            if not entry or not entry["ok"]:
                continue
            ok += 1
            medians.append(entry.get(key))
            if base and base["ok"] and base.get(key) and entry.get(key):
                entry["ratio_vs_cpython"] = entry[key] / base[key]
                ratios.append(entry["ratio_vs_cpython"])
        summary[name] = {"benchmarks_ok": ok, "geomean_" + metric: geomean(medians),
                         "geomean_ratio_vs_cpython": geomean(ratios)}
    return summary


def git_info():
    def git(*cmd):
        try:
            return subprocess.run(["git", "-C", ROOT] + list(cmd), capture_output=True,
                                  text=True, timeout=30).stdout.strip()
        except OSError:
            return ""
    return {"commit": git("rev-parse", "HEAD") or "unknown",
            "subject": git("log", "-1", "--format=%s")[:200],
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def machine_info():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"hostname": socket.gethostname(), "cpu": cpu, "cores": os.cpu_count(),
            "kernel": platform.release(), "platform": platform.platform(),
            "loadavg_at_start": load}


def make_vms(args):
    vms = []
    # By default pyvm runs twice: JIT on (the default) and JIT off.
    variants = args.pyvm_variant or [f"pyvm-jit={shlex.quote(args.pyvm)}",
                                     f"pyvm-interp=PYVM_JIT=off {shlex.quote(args.pyvm)}"]
    for spec in variants:
        name, sep, command = spec.partition("=")
        if not sep or not name or not command:
            sys.exit(f"--pyvm-variant wants NAME=COMMAND, got {spec!r}")
        argv = shlex.split(command)
        env = {}
        while argv and re.match(r"^[A-Z_][A-Z0-9_]*=", argv[0]):
            key, _, value = argv.pop(0).partition("=")
            env[key] = value
        vms.append(Vm(name, argv, env, is_pyvm=True))
    site = [] if args.with_site else ["-S"]
    vms.append(Vm("cpython", [resolve_python(args.cpython)] + site))
    pypy = None if args.no_pypy else shutil.which(args.pypy)
    if pypy:
        vms.append(Vm("pypy", [pypy] + site))
    elif not args.no_pypy:
        print(f"note: {args.pypy} not found; PyPy is skipped", file=sys.stderr)
    return vms


def resolve_python(command):
    """The real executable behind `command`: a pyenv shim costs ~0.5 s per start."""
    try:
        out = subprocess.run([command, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
        path = out.stdout.strip()
        return path if out.returncode == 0 and os.path.isfile(path) else command
    except OSError:
        return command


def precompile(programs, cpython):
    """Writes the .pyc files pyvm loads, so that no run pays for compiling."""
    paths = [p for p, _, _ in programs.values()]
    code = "import py_compile, sys\nfor p in sys.argv[1:]: py_compile.compile(p, doraise=True)"
    subprocess.run([cpython, "-c", code] + paths, check=True)


class Progress:
    def __init__(self, total):
        self.total = total
        self.done = 0
        self.start = time.perf_counter()

    def show(self, index, count, bench, vm, run, runs, sample_s):
        self.done += 1
        elapsed = time.perf_counter() - self.start
        label = "warm-up" if run == 0 else f"run {run}/{runs}"
        print(f"[{index}/{count}] {bench:<14} {vm:<12} {label:<10} {sample_s:7.3f} s"
              f"   elapsed {int(elapsed // 60)}m{elapsed % 60:04.1f}s"
              f"  ({self.done}/{self.total} runs)", file=sys.stderr, flush=True)


def run_suite(args, programs, vms):
    metric = "instructions" if args.instructions else "wall_s"
    warmup = 0 if args.quick else args.warmup
    total_runs = len(programs) * len(vms) * (warmup + args.runs)
    progress = Progress(total_runs)
    results = {}
    for index, (name, (path, default_args, quick_args)) in enumerate(programs.items(), 1):
        prog_args = quick_args if args.quick else default_args
        if args.size:
            prog_args = [args.size]
        expected = None
        bench = {"args": prog_args, "vms": {}}
        for vm in vms:
            bench["vms"][vm.name] = {"ok": True, "error": None, "samples": []}
        order = [vm for vm in vms if vm.name == "cpython"] + [vm for vm in vms if vm.name != "cpython"]
        for run in range(0 if warmup else 1, args.runs + 1):
            for vm in order:
                entry = bench["vms"][vm.name]
                if not entry["ok"]:
                    continue
                sample, stdout, error = measure(vm, [path] + prog_args, args)
                if expected is None and vm.name == "cpython" and error is None:
                    expected = stdout
                if error is None and expected is not None and stdout != expected:
                    error = "output differs from CPython's: " + first_difference(expected, stdout)
                if error is None and expected is None:
                    error = "no CPython output to compare with"
                if error:
                    entry["ok"] = False
                    entry["error"] = error
                    print(f"FAIL {name} on {vm.name}: {error}", file=sys.stderr)
                elif run > 0:
                    entry["samples"].append(sample)
                shown = sample.get(metric) if args.instructions else sample["wall_s"]
                progress.show(index, len(programs), name, vm.name, run, args.runs, float(shown or 0))
        bench["expected_output_lines"] = len((expected or "").splitlines())
        for entry in bench["vms"].values():
            summarize_vm(entry, metric)
        results[name] = bench
    return results, metric


def first_difference(expected, got):
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        a = exp_lines[i] if i < len(exp_lines) else "<end>"
        b = got_lines[i] if i < len(got_lines) else "<end>"
        if a != b:
            return f"line {i + 1}: expected {a[:80]!r}, got {b[:80]!r}"
    return "(trailing whitespace)"


def format_value(value, metric):
    if value is None:
        return "-"
    if metric == "instructions":
        return f"{value / 1e9:.3f} G"
    return f"{value:.3f} s"


def print_table(doc):
    metric = doc["settings"]["metric"]
    names = [vm["name"] for vm in doc["vms"]]
    key = "median_" + metric
    header = f"{'benchmark':<15}" + "".join(f"{n:>16}" for n in names)
    header += "".join(f"{n + '/cpy':>16}" for n in names if n != "cpython")
    print(header)
    for bench, data in doc["benchmarks"].items():
        row = f"{bench:<15}"
        for n in names:
            entry = data["vms"][n]
            row += f"{format_value(entry.get(key), metric) if entry['ok'] else 'FAIL':>16}"
        for n in names:
            if n != "cpython":
                ratio = data["vms"][n].get("ratio_vs_cpython")
                row += f"{(f'{ratio:.2f}x' if ratio else '-'):>16}"
        print(row)
    row = f"{'geomean':<15}"
    for n in names:
        row += f"{format_value(doc['summary'][n]['geomean_' + metric], metric):>16}"
    for n in names:
        if n != "cpython":
            ratio = doc["summary"][n]["geomean_ratio_vs_cpython"]
            row += f"{(f'{ratio:.2f}x' if ratio else '-'):>16}"
    print(row)


def append_history(path, doc):
    """One `runs` row and one `results` row per (benchmark, VM); returns the run id."""
    con = sqlite3.connect(path)
    with con:
        con.execute("""CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY, date TEXT, git_commit TEXT, subject TEXT, dirty INTEGER,
            metric TEXT, quick INTEGER, runs INTEGER, hostname TEXT, results_json TEXT)""")
        con.execute("""CREATE TABLE IF NOT EXISTS results (
            run_id INTEGER, benchmark TEXT, vm TEXT, ok INTEGER, median REAL,
            ratio_vs_cpython REAL, median_rss_kb REAL, samples TEXT)""")
        git = doc["git"]
        settings = doc["settings"]
        cur = con.execute(
            "INSERT INTO runs (date, git_commit, subject, dirty, metric, quick, runs, hostname,"
            " results_json) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc["date"], git["commit"], git["subject"], int(git["dirty"]), settings["metric"],
             int(settings["quick"]), settings["runs"], doc["machine"]["hostname"],
             doc.get("results_path")))
        run_id = cur.lastrowid
        key = "median_" + settings["metric"]
        for bench, data in doc["benchmarks"].items():
            for vm, entry in data["vms"].items():
                values = [s.get(settings["metric"]) for s in entry["samples"]]
                con.execute("INSERT INTO results VALUES (?,?,?,?,?,?,?,?)",
                            (run_id, bench, vm, int(entry["ok"]), entry.get(key),
                             entry.get("ratio_vs_cpython"), entry.get("median_peak_rss_kb"),
                             json.dumps(values)))
    con.close()
    return run_id


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pyvm", default=os.path.join(ROOT, "build", "pyvm"),
                   help="the pyvm binary, run as variants 'pyvm-jit' (JIT on) and "
                        "'pyvm-interp' (PYVM_JIT=off); default build/pyvm")
    p.add_argument("--pyvm-variant", action="append", metavar="NAME=COMMAND",
                   help="a pyvm configuration to run, e.g. "
                        "'pyvm-nojit=PYVM_JIT=off build/pyvm'; repeatable; replaces --pyvm")
    p.add_argument("--cpython", default="python3.11")
    p.add_argument("--pypy", default="pypy3")
    p.add_argument("--no-pypy", action="store_true")
    p.add_argument("--with-site", action="store_true",
                   help="let CPython and PyPy import site (by default they run with -S: "
                        "pyvm has no site module, and scanning site-packages costs up to "
                        "0.5 s of I/O per start on a busy machine)")
    p.add_argument("--runs", type=int, default=5, help="recorded runs per VM (default 5)")
    p.add_argument("--warmup", type=int, default=1, choices=(0, 1),
                   help="unrecorded warm-up rounds before the recorded ones (0 or 1)")
    p.add_argument("--quick", action="store_true", help="small sizes, one run, no warm-up")
    p.add_argument("--size", help="run every selected program with this size argument")
    p.add_argument("--only", nargs="+", metavar="NAME")
    p.add_argument("--instructions", action="store_true",
                   help="count instructions with valgrind --tool=callgrind instead of time")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    p.add_argument("--out", metavar="DIR", help="write DIR/results.json and DIR/index.html")
    p.add_argument("--history", default=DEFAULT_HISTORY, help="SQLite history file")
    p.add_argument("--no-history", action="store_true")
    args = p.parse_args(argv)
    if args.quick:
        args.runs = 1 if "--runs" not in " ".join(argv) else args.runs
    return args


def main(argv):
    args = parse_args(argv)
    programs = discover_programs(args.only)
    if args.instructions and not shutil.which("valgrind"):
        sys.exit("--instructions needs valgrind")
    vms = make_vms(args)
    precompile(programs, args.cpython)
    started = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    machine = machine_info()
    results, metric = run_suite(args, programs, vms)
    doc = {
        "schema": SCHEMA_VERSION,
        "date": started,
        "git": git_info(),
        "machine": machine,
        "settings": {"metric": metric, "runs": args.runs,
                     "warmup": 0 if args.quick else args.warmup, "quick": args.quick,
                     "command": " ".join(map(shlex.quote, ["bench/run.py"] + argv))},
        "vms": [vm.describe() for vm in vms],
        "benchmarks": results,
    }
    doc["summary"] = compute_summary(results, [vm.name for vm in vms], metric)
    print_table(doc)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        doc["results_path"] = os.path.abspath(os.path.join(args.out, "results.json"))
        with open(doc["results_path"], "w") as f:
            json.dump(doc, f, indent=1)
        sys.path.insert(0, HERE)
        import dashboard
        with open(os.path.join(args.out, "index.html"), "w") as f:
            f.write(dashboard.render_results_page(doc))
        print(f"wrote {doc['results_path']} and index.html", file=sys.stderr)
    if not args.no_history:
        run_id = append_history(args.history, doc)
        print(f"history: run {run_id} appended to {args.history}", file=sys.stderr)
    failed = [(b, v) for b, d in results.items() for v, e in d["vms"].items() if not e["ok"]]
    if failed:
        print("FAILED: " + ", ".join(f"{b} on {v}" for b, v in failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
