#!/usr/bin/env python3
"""Regression check between two bench/run.py results: compare.py OLD.json NEW.json.

For every benchmark and every VM present in both files (by default the pyvm
variants), it prints the change of the median and a judgement:

  slower / faster   the change is larger than the noise threshold AND the
                    samples differ significantly (two-sided Mann-Whitney U
                    test, exact distribution, p < --alpha);
  same              the change is within the threshold;
  unsure            the change exceeds the threshold but the samples do not
                    show it significantly (too few runs, or too much noise).

A bootstrap 90% confidence interval of the ratio of medians is printed too.

Normalisation: on a shared machine the load drifts between two runs of the
suite, which moves every VM alike. Because bench/run.py interleaves the VMs,
round k of pyvm and round k of CPython ran side by side, so by default the
samples compared are the per-round ratios pyvm / CPython (--raw compares the
plain numbers). Instruction counts (--instructions runs) are deterministic:
they are always compared raw, with a 1% threshold and no significance test.

Exit status: 1 when some benchmark is judged "slower" (or failed in NEW but
not in OLD), else 0. Mann-Whitney needs at least 4 runs per side to reach
p < 0.05; with fewer, a change beyond the threshold is reported as "unsure"
and, with --strict, counts as a slowdown.
"""

import argparse
import json
import random
import statistics
import sys
from functools import lru_cache


def load(path):
    with open(path) as f:
        doc = json.load(f)
    if doc.get("schema") != 1:
        sys.exit(f"{path}: unknown results schema {doc.get('schema')!r}")
    return doc


@lru_cache(maxsize=None)
def u_counts(n, m):
    """Number of orderings of n x's and m y's giving each U statistic (tuple by U)."""
    if n == 0 or m == 0:
        return (1,)
    # The largest element is either an x (which beats all m y's) or a y.
    with_x = u_counts(n - 1, m)
    with_y = u_counts(n, m - 1)
    size = n * m + 1
    counts = [0] * size
    for u, c in enumerate(with_x):
        counts[u + m] += c
    for u, c in enumerate(with_y):
        counts[u] += c
    return tuple(counts)


def mann_whitney_p(xs, ys):
    """Two-sided p-value of the Mann-Whitney U test (exact for small samples;
    ties count one half, which keeps the exact test conservative enough here)."""
    n, m = len(xs), len(ys)
    if n == 0 or m == 0:
        return 1.0
    u = 0.0
    for x in xs:
        for y in ys:
            u += 1.0 if x > y else 0.5 if x == y else 0.0
    counts = u_counts(n, m)
    total = sum(counts)
    mean = n * m / 2.0
    extreme = abs(u - mean)
    tail = sum(c for k, c in enumerate(counts) if abs(k - mean) >= extreme - 1e-9)
    return min(1.0, tail / total)


def bootstrap_ratio_ci(old, new, rounds=2000, level=0.90):
    rng = random.Random(12345)
    ratios = []
    for _ in range(rounds):
        a = statistics.median(rng.choices(old, k=len(old)))
        b = statistics.median(rng.choices(new, k=len(new)))
        ratios.append(b / a)
    ratios.sort()
    lo = ratios[int((1 - level) / 2 * rounds)]
    hi = ratios[min(rounds - 1, int((1 + level) / 2 * rounds))]
    return lo, hi


def samples(doc, bench, vm, metric, normalize):
    data = doc["benchmarks"].get(bench, {}).get("vms", {})
    entry = data.get(vm)
    if entry is None or not entry["ok"]:
        return None
    values = [s.get(metric) for s in entry["samples"]]
    if normalize and vm != "cpython":
        base = data.get("cpython")
        if base is None or not base["ok"]:
            return None
        base_values = [s.get(metric) for s in base["samples"]]
        pairs = list(zip(values, base_values))
        return [v / b for v, b in pairs if v and b]
    return [v for v in values if v]


def judge(old, new, args, deterministic):
    """(ratio of medians, p or None, (ci_lo, ci_hi) or None, verdict)."""
    ratio = statistics.median(new) / statistics.median(old)
    threshold = args.threshold if args.threshold is not None else (
        1.0 if deterministic else 5.0)
    change_pct = (ratio - 1.0) * 100.0
    if abs(change_pct) <= threshold:
        verdict = "same"
        p = ci = None
        if not deterministic:
            p = mann_whitney_p(old, new)
            ci = bootstrap_ratio_ci(old, new)
        return ratio, p, ci, verdict
    direction = "slower" if change_pct > 0 else "faster"
    if deterministic:
        return ratio, None, None, direction
    p = mann_whitney_p(old, new)
    ci = bootstrap_ratio_ci(old, new)
    return ratio, p, ci, direction if p < args.alpha else "unsure"


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--vm", action="append", help="VM name(s) to compare (default: pyvm*)")
    p.add_argument("--metric", help="wall_s, user_s or instructions (default: the files')")
    p.add_argument("--threshold", type=float,
                   help="noise threshold in percent (default 5; 1 for instructions)")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level")
    p.add_argument("--raw", action="store_true", help="do not normalise by CPython's rounds")
    p.add_argument("--strict", action="store_true", help="'unsure' slowdowns fail too")
    args = p.parse_args(argv)
    old, new = load(args.old), load(args.new)
    metric = args.metric or new["settings"]["metric"]
    if metric != (args.metric or old["settings"]["metric"]):
        sys.exit("the two files measure different metrics; pass --metric")
    deterministic = metric == "instructions"
    normalize = not args.raw and not deterministic
    old_vms = {v["name"] for v in old["vms"]}
    vms = args.vm or [v["name"] for v in new["vms"] if v["name"].startswith("pyvm")]
    vms = [v for v in vms if v in old_vms]
    if not vms:
        sys.exit("no VM to compare in both files")
    basis = "per-round ratio to CPython" if normalize else "raw " + metric
    print(f"comparing {metric} ({basis}); threshold "
          f"{args.threshold if args.threshold is not None else (1.0 if deterministic else 5.0)}%"
          f", alpha {args.alpha}")
    print(f"{'benchmark':<15}{'vm':<14}{'old':>10}{'new':>10}{'change':>9}{'p':>8}"
          f"{'90% CI':>17}  verdict")
    slower = []
    counts = {}
    for bench in sorted(set(old["benchmarks"]) & set(new["benchmarks"])):
        for vm in vms:
            a = samples(old, bench, vm, metric, normalize)
            b = samples(new, bench, vm, metric, normalize)
            if b is None and a is not None:
                print(f"{bench:<15}{vm:<14}{'':>10}{'FAIL':>10}{'':>9}{'':>8}{'':>17}  failed")
                slower.append(f"{bench}/{vm} (failed)")
                continue
            if not a or not b:
                continue
            ratio, pval, ci, verdict = judge(a, b, args, deterministic)
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict == "slower" or (args.strict and verdict == "unsure" and ratio > 1):
                slower.append(f"{bench}/{vm} {100 * (ratio - 1):+.1f}%")
            ci_text = f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "-"
            p_text = f"{pval:.3f}" if pval is not None else "-"
            print(f"{bench:<15}{vm:<14}{statistics.median(a):>10.4g}{statistics.median(b):>10.4g}"
                  f"{100 * (ratio - 1):>+8.1f}%{p_text:>8}{ci_text:>17}  {verdict}")
    print("summary: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if slower:
        print("REGRESSION: " + "; ".join(slower))
        return 1
    print("no significant slowdown")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
