#!/usr/bin/env python3
"""Renders the benchmark history (bench/history.sqlite) as one static HTML page.

The page needs no server and no network: the charts are inline SVG generated
here. It holds one chart per benchmark (speed-up against CPython 3.11 over
the recorded runs, one line per VM: pyvm variants, CPython = 1, PyPy), a
chart of the geometric mean, and a summary table of the latest run. Only runs
of one kind are plotted together: by default the kind (metric, quick or not)
of the newest run; --metric and --quick/--full choose another.

  python3 bench/dashboard.py [--history bench/history.sqlite] [--out dashboard.html]
                             [--screenshot dashboard.png]

--screenshot renders the page in headless Chromium (scripts/setup.sh installs
it) and saves a PNG: the picture of the dashboard in the README is made so.

bench/run.py also uses render_results_page() for DIR/index.html.
"""

import argparse
import html
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"]
STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
table { border-collapse: collapse; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
th { background: #f0f0f0; } td:first-child, th:first-child { text-align: left; }
.fail { color: #b00; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { border: 1px solid #ddd; padding: 4px; }
.meta { color: #555; font-size: 0.9em; }
svg text { font-family: sans-serif; }
"""


def esc(text):
    return html.escape(str(text), quote=True)


def vm_colors(names):
    ordered = sorted(names, key=lambda n: (n != "cpython", n))
    return {name: COLORS[i % len(COLORS)] for i, name in enumerate(ordered)}


def nice_log_ticks(lo, hi):
    candidates = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 4, 5, 10, 20, 50, 100]
    ticks = [t for t in candidates if lo <= t <= hi]
    return ticks if len(ticks) <= 6 else ticks[::2] + ([1] if 1 not in ticks[::2] else [])


def line_chart(title, labels, series, colors, width=420, height=220):
    """An SVG line chart on a log y axis. series: {name: [value or None per label]}."""
    values = [v for vs in series.values() for v in vs if v]
    lo = min(values + [1.0]) / 1.25
    hi = max(values + [1.0]) * 1.25
    left, right, top, bottom = 46, 10, 22, 34
    plot_w = width - left - right
    plot_h = height - top - bottom

    def x_at(i):
        return left + (plot_w * (i + 0.5) / max(1, len(labels)))

    def y_at(v):
        return top + plot_h * (1 - (math.log(v) - math.log(lo)) / (math.log(hi) - math.log(lo)))

    parts = [f'<svg class="speedup-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{height}" role="img" aria-label="{esc(title)}">',
             f'<text x="{width / 2}" y="15" text-anchor="middle" font-size="13" '
             f'font-weight="bold">{esc(title)}</text>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" '
             'stroke="#999"/>']
    for tick in nice_log_ticks(lo, hi):
        y = y_at(tick)
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="{"#888" if tick == 1 else "#eee"}"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" '
                     f'font-size="10">{tick:g}x</text>')
    step = max(1, len(labels) // 6)
    for i, label in enumerate(labels):
        if i % step == 0 or i == len(labels) - 1:
            parts.append(f'<text x="{x_at(i):.1f}" y="{height - bottom + 14}" '
                         f'text-anchor="middle" font-size="9">{esc(label)}</text>')
    legend_x = left
    for name, vals in series.items():
        color = colors[name]
        points = [(x_at(i), y_at(v)) for i, v in enumerate(vals) if v]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(f'<polyline class="series" data-vm="{esc(name)}" points="{path}" '
                         f'fill="none" stroke="{color}" stroke-width="2"/>')
        for x, y in points:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"/>')
        parts.append(f'<rect x="{legend_x}" y="{height - 12}" width="10" height="8" '
                     f'fill="{color}"/><text x="{legend_x + 13}" y="{height - 4}" '
                     f'font-size="10">{esc(name)}</text>')
        legend_x += 16 + 7 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(title, rows, vm_names, colors, width=640):
    """A horizontal SVG bar chart of speed-ups (log scale). rows: [(label, {vm: value})]."""
    bar_h = 8
    group_h = bar_h * len(vm_names) + 6
    left, top = 110, 24
    height = top + group_h * len(rows) + 30
    values = [v for _, vals in rows for v in vals.values() if v]
    lo = min(values + [1.0]) / 1.2
    hi = max(values + [1.0]) * 1.2
    plot_w = width - left - 20

    def x_at(v):
        return left + plot_w * (math.log(v) - math.log(lo)) / (math.log(hi) - math.log(lo))

    parts = [f'<svg class="speedup-bars" xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{height}" role="img" aria-label="{esc(title)}">',
             f'<text x="{width / 2}" y="15" text-anchor="middle" font-size="13" '
             f'font-weight="bold">{esc(title)}</text>']
    for tick in nice_log_ticks(lo, hi):
        x = x_at(tick)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{height - 26}" '
                     f'stroke="{"#666" if tick == 1 else "#e4e4e4"}"/>'
                     f'<text x="{x:.1f}" y="{height - 14}" text-anchor="middle" '
                     f'font-size="10">{tick:g}x</text>')
    base = x_at(1.0)
    for r, (label, vals) in enumerate(rows):
        y0 = top + r * group_h
        parts.append(f'<text x="{left - 6}" y="{y0 + group_h / 2 + 3:.1f}" text-anchor="end" '
                     f'font-size="11">{esc(label)}</text>')
        for k, name in enumerate(vm_names):
            v = vals.get(name)
            if not v:
                continue
            x = x_at(v)
            parts.append(f'<rect class="bar" data-vm="{esc(name)}" x="{min(x, base):.1f}" '
                         f'y="{y0 + k * bar_h:.1f}" width="{max(1.0, abs(x - base)):.1f}" '
                         f'height="{bar_h - 1}" fill="{colors[name]}"><title>{esc(name)}: '
                         f'{v:.2f}x</title></rect>')
    legend_x = left
    for name in vm_names:
        parts.append(f'<rect x="{legend_x}" y="{height - 10}" width="10" height="8" '
                     f'fill="{colors[name]}"/><text x="{legend_x + 13}" y="{height - 2}" '
                     f'font-size="10">{esc(name)}</text>')
        legend_x += 16 + 7 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def fmt(value, metric):
    if value is None:
        return "-"
    if metric == "instructions":
        return f"{value / 1e9:.3f} G"
    return f"{value:.3f} s"


def summary_table(benchmarks, vm_names, metric):
    """benchmarks: {name: {vm: {"ok", "median", "ratio"}}} -> an HTML table."""
    head = "".join(f"<th>{esc(v)}</th>" for v in vm_names)
    head += "".join(f"<th>{esc(v)} vs CPython</th>" for v in vm_names if v != "cpython")
    rows = [f"<table class='summary'><tr><th>benchmark</th>{head}</tr>"]
    ratios = {v: [] for v in vm_names}
    medians = {v: [] for v in vm_names}
    for bench in sorted(benchmarks):
        cells = []
        for vm in vm_names:
            entry = benchmarks[bench].get(vm)
            if entry is None:
                cells.append("<td>-</td>")
            elif not entry["ok"]:
                cells.append("<td class='fail'>FAIL</td>")
            else:
                medians[vm].append(entry["median"])
                cells.append(f"<td>{fmt(entry['median'], metric)}</td>")
        for vm in vm_names:
            if vm == "cpython":
                continue
            entry = benchmarks[bench].get(vm) or {}
            ratio = entry.get("ratio") if entry.get("ok") else None
            if ratio:
                ratios[vm].append(ratio)
            cells.append(f"<td>{f'{ratio:.2f}x' if ratio else '-'}</td>")
        rows.append(f"<tr><td>{esc(bench)}</td>{''.join(cells)}</tr>")
    cells = [f"<td><b>{fmt(geomean(medians[v]), metric)}</b></td>" for v in vm_names]
    cells += [f"<td><b>{ratio_text(geomean(ratios[v]))}</b></td>"
              for v in vm_names if v != "cpython"]
    rows.append(f"<tr><td><b>geometric mean</b></td>{''.join(cells)}</tr></table>")
    rows.append("<p class='meta'>Medians; 'vs CPython' is the time (or instruction count) "
                "relative to CPython 3.11: below 1 is faster than CPython.</p>")
    return "".join(rows)


def ratio_text(ratio):
    return f"{ratio:.2f}x" if ratio else "-"


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def page(title, body):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{esc(title)}</h1>{body}</body></html>\n")


def render_results_page(doc):
    """The page for one results.json document (bench/run.py --out DIR/index.html)."""
    metric = doc["settings"]["metric"]
    vm_names = [vm["name"] for vm in doc["vms"]]
    colors = vm_colors(vm_names)
    table = {}
    bars = []
    for bench, data in doc["benchmarks"].items():
        table[bench] = {}
        speedups = {}
        for vm, entry in data["vms"].items():
            ratio = entry.get("ratio_vs_cpython")
            table[bench][vm] = {"ok": entry["ok"], "median": entry.get("median_" + metric),
                                "ratio": ratio}
            if entry["ok"] and ratio:
                speedups[vm] = 1.0 / ratio
        if data["vms"].get("cpython", {}).get("ok"):
            speedups["cpython"] = 1.0
        bars.append((bench, speedups))
    git = doc["git"]
    meta = (f"<p class='meta'>{esc(doc['date'])} &middot; commit {esc(git['commit'][:10])}"
            f"{' (dirty)' if git['dirty'] else ''} {esc(git['subject'])}<br>"
            f"{esc(doc['machine']['cpu'])}, {doc['machine']['cores']} cores, "
            f"load at start {esc(doc['machine'].get('loadavg_at_start'))} &middot; "
            f"metric {esc(metric)}, {doc['settings']['runs']} run(s)"
            f"{' (quick sizes)' if doc['settings']['quick'] else ''}<br>"
            f"<code>{esc(doc['settings']['command'])}</code></p>")
    vms = "".join(f"<li><b>{esc(v['name'])}</b>: <code>{esc(v['command'])}</code> "
                  f"({esc(v['version'])})</li>" for v in doc["vms"])
    body = (meta + f"<ul>{vms}</ul>"
            + bar_chart("Speed-up vs CPython 3.11 (higher is faster)", bars,
                        sorted(vm_names, key=lambda n: (n != "cpython", n)), colors)
            + "<h2>Medians</h2>" + summary_table(table, vm_names, metric))
    return page("pyvm benchmark results", body)


def load_history(path, metric, quick):
    """[(run row dict, {bench: {vm: {"ok", "median", "ratio"}}})] oldest first."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    runs = [dict(r) for r in con.execute("SELECT * FROM runs ORDER BY id")]
    if not runs:
        return [], None, None
    metric = metric or runs[-1]["metric"]
    quick = runs[-1]["quick"] if quick is None else int(quick)
    history = []
    for run in runs:
        if run["metric"] != metric or run["quick"] != quick:
            continue
        benches = {}
        for row in con.execute("SELECT * FROM results WHERE run_id = ?", (run["id"],)):
            benches.setdefault(row["benchmark"], {})[row["vm"]] = {
                "ok": bool(row["ok"]), "median": row["median"],
                "ratio": row["ratio_vs_cpython"],
                "samples": json.loads(row["samples"] or "[]")}
        history.append((run, benches))
    con.close()
    return history, metric, quick


def run_label(run):
    return run["git_commit"][:7] + ("*" if run["dirty"] else "")


def render_dashboard(history, metric, quick):
    if not history:
        return page("pyvm benchmark dashboard", "<p>No runs recorded yet: run bench/run.py.</p>")
    labels = [run_label(run) for run, _ in history]
    vm_names = sorted({vm for _, b in history for d in b.values() for vm in d},
                      key=lambda n: (n != "cpython", n))
    colors = vm_colors(vm_names)
    bench_names = sorted({name for _, b in history for name in b})
    charts = []
    geo = {vm: [] for vm in vm_names}
    for _, benches in history:
        for vm in vm_names:
            ratios = [1.0 / d[vm]["ratio"] for d in benches.values()
                      if vm in d and d[vm]["ok"] and d[vm]["ratio"]]
            if vm == "cpython":
                ratios = [1.0] if ratios or benches else []
            geo[vm].append(geomean(ratios))
    charts.append(line_chart("geometric mean", labels, geo, colors))
    for bench in bench_names:
        series = {}
        for vm in vm_names:
            vals = []
            for _, benches in history:
                entry = benches.get(bench, {}).get(vm)
                if vm == "cpython":
                    vals.append(1.0 if entry and entry["ok"] else None)
                elif entry and entry["ok"] and entry["ratio"]:
                    vals.append(1.0 / entry["ratio"])
                else:
                    vals.append(None)
            series[vm] = vals
        charts.append(line_chart(bench, labels, series, colors))
    latest_run, latest = history[-1]
    kind = f"metric {metric}, {'quick sizes' if quick else 'full sizes'}"
    body = (f"<p class='meta'>{len(history)} run(s) ({esc(kind)}); x axis: commit "
            f"(* = uncommitted changes), y axis: speed-up against CPython 3.11 on a log scale "
            f"(higher is faster; CPython is the 1x line).</p>"
            f"<div class='charts'>{''.join(f'<div class=chart>{c}</div>' for c in charts)}</div>"
            f"<h2>Latest run: {esc(latest_run['date'])}, commit {esc(run_label(latest_run))} "
            f"{esc(latest_run['subject'] or '')}</h2>"
            + summary_table(latest, vm_names, metric))
    return page("pyvm benchmark dashboard", body)


def latest_bars_svg(history):
    """A standalone SVG bar chart of the newest run's speed-ups (for README/docs)."""
    _, latest = history[-1]
    vm_names = sorted({vm for d in latest.values() for vm in d},
                      key=lambda n: (n != "cpython", n))
    rows = []
    for bench in sorted(latest):
        speedups = {}
        for vm, entry in latest[bench].items():
            if entry["ok"] and vm == "cpython":
                speedups[vm] = 1.0
            elif entry["ok"] and entry["ratio"]:
                speedups[vm] = 1.0 / entry["ratio"]
        rows.append((bench, speedups))
    svg = bar_chart("Speed-up vs CPython 3.11 (higher is faster)", rows, vm_names,
                    vm_colors(vm_names))
    # A white background: image viewers show transparent SVGs on black.
    return svg.replace(">", '><rect width="100%" height="100%" fill="white"/>', 1) + "\n"


def markdown_table(doc):
    """The docs/benchmarks.md table for one results.json: medians of wall and user time,
    ratio to CPython (wall), geometric means."""
    names = [vm["name"] for vm in doc["vms"]]
    metric = doc["settings"]["metric"]
    key = "median_" + metric
    unit = "G instr" if metric == "instructions" else "wall s"
    head = ["benchmark"]
    for n in names:
        head.append(f"{n} {unit}")
        if metric != "instructions":
            head.append(f"{n} user s")
    head += [f"{n} / cpython" for n in names if n != "cpython"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    scale = 1e9 if metric == "instructions" else 1.0
    for bench, data in doc["benchmarks"].items():
        cells = [f"`{bench}`"]
        for n in names:
            e = data["vms"][n]
            ok = e["ok"] and e.get(key) is not None
            cells.append(f"{e[key] / scale:.3f}" if ok else "FAIL")
            if metric != "instructions":
                cells.append(f"{e['median_user_s']:.3f}" if ok else "FAIL")
        for n in names:
            if n != "cpython":
                r = data["vms"][n].get("ratio_vs_cpython") if data["vms"][n]["ok"] else None
                cells.append(f"{r:.2f}" if r else "-")
        lines.append("| " + " | ".join(cells) + " |")
    cells = ["**geometric mean**"]
    for n in names:
        g = doc["summary"][n]["geomean_" + metric]
        cells.append(f"**{g / scale:.3f}**" if g else "-")
        if metric != "instructions":
            users = [d["vms"][n].get("median_user_s") for d in doc["benchmarks"].values()
                     if d["vms"][n]["ok"]]
            g = geomean(users)
            cells.append(f"**{g:.3f}**" if g else "-")
    for n in names:
        if n != "cpython":
            g = doc["summary"][n]["geomean_ratio_vs_cpython"]
            cells.append(f"**{g:.2f}**" if g else "-")
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(html_path, png_path, width=1280, height=900, browser=None):
    """Renders html_path in headless Chromium into png_path; raises on failure."""
    browser = browser or find_chromium()
    if browser is None:
        raise RuntimeError("no chromium on PATH (scripts/setup.sh installs it)")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
               f"--window-size={width},{height}", f"--screenshot={os.path.abspath(png_path)}",
               "file://" + os.path.abspath(html_path)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or not os.path.exists(png_path):
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--history", default=os.path.join(HERE, "history.sqlite"))
    p.add_argument("--out", default="dashboard.html")
    p.add_argument("--svg", metavar="FILE",
                   help="also write the newest run's speed-up bar chart as a standalone SVG")
    p.add_argument("--markdown", metavar="RESULTS_JSON",
                   help="print the Markdown table of one results.json (docs/benchmarks.md) "
                        "and exit")
    p.add_argument("--screenshot", metavar="PNG",
                   help="also render the page in headless Chromium and save a PNG")
    p.add_argument("--metric", choices=("wall_s", "instructions"))
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--quick", dest="quick", action="store_const", const=True)
    kind.add_argument("--full", dest="quick", action="store_const", const=False)
    args = p.parse_args(argv)
    if args.markdown:
        with open(args.markdown) as f:
            sys.stdout.write(markdown_table(json.load(f)))
        return 0
    if not os.path.exists(args.history):
        sys.exit(f"{args.history}: no history yet (bench/run.py writes it)")
    history, metric, quick = load_history(args.history, args.metric, args.quick)
    with open(args.out, "w") as f:
        f.write(render_dashboard(history, metric, quick))
    print(f"wrote {args.out} ({len(history)} runs)")
    if args.svg and history:
        with open(args.svg, "w") as f:
            f.write(latest_bars_svg(history))
        print(f"wrote {args.svg}")
    if args.screenshot:
        try:
            screenshot(args.out, args.screenshot)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            sys.exit(f"screenshot: {e}")
        print(f"wrote {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
