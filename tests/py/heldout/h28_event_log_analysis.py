# Held-out: log analysis with re, datetime, Counter, groupby, statistics and a formatted report.
import re
import statistics
from collections import Counter, defaultdict
from datetime import datetime
from itertools import groupby

LOG = """\
2024-05-01T08:00:01 GET /index.html 200 512 0.012
2024-05-01T08:00:03 GET /api/users 200 2048 0.120
2024-05-01T08:01:10 POST /api/users 201 128 0.340
2024-05-01T08:02:00 GET /api/users/7 404 64 0.008
2024-05-01T09:15:42 GET /index.html 200 512 0.010
2024-05-01T09:16:00 GET /static/app.js 304 0 0.002
2024-05-01T09:30:00 DELETE /api/users/7 500 256 1.250
2024-05-01T10:00:00 GET /api/users 200 2100 0.095
malformed line here
2024-05-01T10:05:00 GET /index.html 200 530 0.011
"""
PATTERN = re.compile(r"(?P<ts>\S+) (?P<method>[A-Z]+) (?P<path>/\S*) (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)")
entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.fullmatch(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d["ts"] = datetime.fromisoformat(d["ts"])
    d["status"], d["size"], d["secs"] = int(d["status"]), int(d["size"]), float(d["secs"])
    entries.append(d)
print(len(entries), "entries; bad lines:", bad)
by_status = Counter(e["status"] // 100 * 100 for e in entries)
print(sorted(by_status.items()), by_status.most_common(1))
paths = Counter(re.sub(r"/\d+$", "/:id", e["path"]) for e in entries)
for path, count in paths.most_common():
    print(f"  {path:<16} {count:>2} {'#' * count}")
for hour, group in groupby(entries, key=lambda e: e["ts"].hour):
    g = list(group)
    times = [e["secs"] for e in g]
    print(f"{hour:02d}:00  n={len(g)}  mean={statistics.mean(times):.3f}s  max={max(times):.3f}s  bytes={sum(e['size'] for e in g):,}")
slow = [e for e in entries if e["secs"] > statistics.median(e2["secs"] for e2 in entries) * 5]
print("slow:", [(e["method"], e["path"], e["status"]) for e in slow])
methods = defaultdict(list)
for e in entries:
    methods[e["method"]].append(e["size"])
print({k: (len(v), statistics.fmean(v)) for k, v in sorted(methods.items())})
span = entries[-1]["ts"] - entries[0]["ts"]
print(span, span.total_seconds(), f"{len(entries) / (span.total_seconds() / 3600):.2f} req/h")
errors = [e for e in entries if e["status"] >= 400]
print("error rate: {:.1%}".format(len(errors) / len(entries)), [e["ts"].strftime("%H:%M") for e in errors])
print(re.sub(r"(\d+)\.(\d+)", lambda m: f"{m[1]},{m[2]}", "took 1.25 and 0.5"), re.findall(r"\b[A-Z]{3,6}\b", LOG)[:4])
