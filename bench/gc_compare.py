#!/usr/bin/env python3
"""GC benchmark harness: runs bench/gc/*.py on CPython 3.11 and on pyvm.

For each program it runs both interpreters --runs times, checks that pyvm
prints exactly what CPython prints (a benchmark whose output differs counts
for nothing, and the harness exits 1), and measures the child's wall time and
peak RSS. pyvm runs with PYVM_GC_STATS=1; its
one-line summary on stderr ("pyvm gc: minor=... major=... pause_total_ms=...")
gives the GC share of the run time, the longest pause and the p99 minor pause.
Peak RSS is the child's VmHWM from /proc/PID/status, polled every 5 ms until
it exits: ru_maxrss from os.wait4 is also recorded (rusage_rss_mb) but it
includes the harness's own RSS, which the child inherits between fork and exec,
so it never reads below about 15 MB. The RSS is sampled too, so that the
harness can tell whether memory comes back to a steady level (rss_growth_mb:
the peak in the second half of the run minus the peak in the first half).

Times and RSS are medians over the runs (a last line gives the best run's
GC CPU share and RSS). Usage:
  python3 bench/gc_compare.py --pyvm build/pyvm [--runs 3] [--quick]
                              [--json FILE] [--only NAME ...]
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GC_DIR = os.path.join(HERE, "gc")

# name -> (default arguments, --quick arguments)
PROGRAMS = {
    "binary_trees": ([], ["12"]),
    "churn": ([], ["300", "2000"]),
    "cycles": ([], ["50"]),
    "old_heap_pause": ([], ["150", "300"]),
}

STATS_RE = re.compile(r"^pyvm gc: (.*)$", re.MULTILINE)
SAMPLE_INTERVAL_S = 0.005


def read_memory_kb(pid):
    """(VmRSS, VmHWM) of `pid` in KiB, or (None, None) once it has exited."""
    rss = hwm = None
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def run_once(argv, env):
    """Runs argv; returns a dict with stdout, stderr, status, wall_s, rss_kb, samples."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        samples = []
        peak_kb = 0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid != 0:
                break
            rss, hwm = read_memory_kb(child.pid)
            if rss is not None:
                samples.append((time.perf_counter() - start, rss))
            peak_kb = max(peak_kb, hwm or 0, rss or 0)
            time.sleep(SAMPLE_INTERVAL_S)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace"),
            "status": child.returncode,
            "wall_s": wall,
            "rss_kb": peak_kb or usage.ru_maxrss,
            "rusage_rss_kb": usage.ru_maxrss,  # KiB on Linux
            "samples": samples,
        }


def parse_gc_stats(stderr):
    """The key=value fields of pyvm's PYVM_GC_STATS line, or None if absent."""
    match = STATS_RE.search(stderr)
    if match is None:
        return None
    stats = {}
    for field in match.group(1).split():
        key, _, value = field.partition("=")
        try:
            stats[key] = float(value)
        except ValueError:
            stats[key] = value
    return stats


def rss_growth_mb(samples, wall):
    """Peak RSS in the second half of the run minus the peak in the first half."""
    first = [kb for t, kb in samples if t < wall / 2]
    second = [kb for t, kb in samples if t >= wall / 2]
    if not first or not second:
        return None
    return (max(second) - max(first)) / 1024.0


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def measure(name, args, options):
    script = os.path.join(GC_DIR, name + ".py")
    base_env = dict(os.environ)
    base_env.pop("PYVM_GC_STATS", None)
    pyvm_env = dict(base_env, PYVM_GC_STATS="1")
    cpython_runs, pyvm_runs = [], []
    for _ in range(options.runs):
        cpython_runs.append(run_once([options.python, script] + args, base_env))
        pyvm_runs.append(run_once([options.pyvm, script] + args, pyvm_env))
    expected = cpython_runs[0]["stdout"]
    problems = []
    for i, run in enumerate(cpython_runs):
        if run["status"] != 0:
            problems.append(f"CPython run {i} exited with {run['status']}")
    for i, run in enumerate(pyvm_runs):
        if run["status"] != 0:
            problems.append(f"pyvm run {i} exited with {run['status']}: {run['stderr'][-300:]}")
        elif run["stdout"] != expected:
            problems.append(f"pyvm run {i} output differs from CPython's")
    stats = [parse_gc_stats(run["stderr"]) for run in pyvm_runs]

    def stat(key):
        return median([s.get(key) if s else None for s in stats])

    py_wall = median([r["wall_s"] for r in pyvm_runs])
    pause_total = stat("pause_total_ms")
    result = {
        "program": name,
        "args": args,
        "ok": not problems,
        "problems": problems,
        "cpython_wall_s": median([r["wall_s"] for r in cpython_runs]),
        "cpython_rss_mb": median([r["rss_kb"] / 1024.0 for r in cpython_runs]),
        "pyvm_wall_s": py_wall,
        "pyvm_rss_mb": median([r["rss_kb"] / 1024.0 for r in pyvm_runs]),
        "cpython_rusage_rss_mb": median([r["rusage_rss_kb"] / 1024.0 for r in cpython_runs]),
        "pyvm_rusage_rss_mb": median([r["rusage_rss_kb"] / 1024.0 for r in pyvm_runs]),
        "cpython_rss_growth_mb": median(
            [rss_growth_mb(r["samples"], r["wall_s"]) for r in cpython_runs]),
        "pyvm_rss_growth_mb": median([rss_growth_mb(r["samples"], r["wall_s"]) for r in pyvm_runs]),
        "gc_stats_present": any(s is not None for s in stats),
        "minor": stat("minor"),
        "major": stat("major"),
        "pause_total_ms": pause_total,
        "pause_max_ms": stat("pause_max_ms"),
        "minor_p50_ms": stat("minor_p50_ms"),
        "minor_p99_ms": stat("minor_p99_ms"),
        "heap_peak_mb": stat("heap_peak_mb"),
        "gc_share": (pause_total / 1000.0 / py_wall
                     if pause_total is not None and py_wall else None),
        "gc_cpu_ms": stat("gc_cpu_ms"),
        "cpu_ms": stat("cpu_ms"),
        "gc_cpu_share": (stat("gc_cpu_ms") / stat("cpu_ms")
                         if stat("gc_cpu_ms") is not None and stat("cpu_ms") else None),
        # Best of the runs: on a loaded machine other processes only ever
        # add time, so the lowest share and RSS are the least disturbed.
        "gc_cpu_share_best": min(
            (s["gc_cpu_ms"] / s["cpu_ms"] for s in stats
             if s and s.get("gc_cpu_ms") is not None and s.get("cpu_ms")), default=None),
        "pyvm_rss_best_mb": min((r["rss_kb"] / 1024.0 for r in pyvm_runs), default=None),
        "cpython_rss_best_mb": min((r["rss_kb"] / 1024.0 for r in cpython_runs), default=None),
    }
    return result


def fmt(value, spec):
    if value is None:
        return "-".rjust(int(re.match(r"\d*", spec).group() or 0))
    return format(value, spec)


def print_table(results):
    header = (f"{'program':<15} {'CPy s':>7} {'CPy MB':>8} {'pyvm s':>7} {'pyvm MB':>8} "
              f"{'RSS x':>6} {'GC %':>6} {'GC %cpu':>7} {'max ms':>8} {'p99 ms':>8} {'minor':>6} "
              f"{'major':>6} {'ok':>3}")
    print(header)
    print("-" * len(header))
    for r in results:
        ratio = (r["pyvm_rss_mb"] / r["cpython_rss_mb"]
                 if r["pyvm_rss_mb"] and r["cpython_rss_mb"] else None)
        share = r["gc_share"] * 100.0 if r["gc_share"] is not None else None
        cpu_share = r["gc_cpu_share"] * 100.0 if r["gc_cpu_share"] is not None else None
        print(f"{r['program']:<15} {fmt(r['cpython_wall_s'], '7.2f')} "
              f"{fmt(r['cpython_rss_mb'], '8.1f')} {fmt(r['pyvm_wall_s'], '7.2f')} "
              f"{fmt(r['pyvm_rss_mb'], '8.1f')} {fmt(ratio, '6.2f')} {fmt(share, '6.1f')} "
              f"{fmt(cpu_share, '7.1f')} "
              f"{fmt(r['pause_max_ms'], '8.3f')} {fmt(r['minor_p99_ms'], '8.3f')} "
              f"{fmt(r['minor'], '6.0f')} {fmt(r['major'], '6.0f')} "
              f"{'yes' if r['ok'] else 'NO':>3}")
    print("best of the runs: " + ", ".join(
        f"{r['program']} GC {fmt(r['gc_cpu_share_best'] * 100.0 if r['gc_cpu_share_best'] is not None else None, '.1f')}% cpu, "
        f"RSS {fmt(r['pyvm_rss_best_mb'], '.1f')} / {fmt(r['cpython_rss_best_mb'], '.1f')} MB"
        for r in results))
    for r in results:
        if r["program"] == "cycles":
            print(f"cycles RSS growth, second half minus first half of the run: CPython "
                  f"{fmt(r['cpython_rss_growth_mb'], '.1f')} MB, pyvm "
                  f"{fmt(r['pyvm_rss_growth_mb'], '.1f')} MB")
        if not r["gc_stats_present"]:
            print(f"{r['program']}: no 'pyvm gc:' line on stderr (PYVM_GC_STATS not supported?)")
        for problem in r["problems"]:
            print(f"{r['program']}: {problem}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyvm", default="build/pyvm", help="path of the pyvm binary")
    parser.add_argument("--python", default="python3.11", help="the CPython 3.11 to compare with")
    parser.add_argument("--runs", type=int, default=3, help="runs of each program per VM")
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke test)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--only", nargs="+", choices=sorted(PROGRAMS), help="programs to run")
    options = parser.parse_args()
    if not os.access(options.pyvm, os.X_OK):
        parser.error(f"pyvm binary not found: {options.pyvm}")
    results = []
    for name in options.only or list(PROGRAMS):
        default_args, quick_args = PROGRAMS[name]
        args = quick_args if options.quick else default_args
        print(f"running {name} {' '.join(args)}".rstrip(), file=sys.stderr, flush=True)
        results.append(measure(name, args, options))
    print_table(results)
    if options.json:
        with open(options.json, "w") as f:
            json.dump({"runs": options.runs, "quick": options.quick, "cpus": os.cpu_count(),
                       "results": results}, f, indent=2)
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
