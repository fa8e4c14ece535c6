# Parsing a web access log with re: named groups, finditer, sub with a function, verbose patterns, split, fullmatch.
import re
from collections import Counter

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512 "/index.html" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "/index.html" "Mozilla/5.0"
172.16.0.2 - bob [10/Oct/2023:14:01:44 +0000] "GET /api/items?id=42&sort=desc HTTP/2.0" 500 87 "-" "python-requests/2.31"
bad line here
10.0.0.5 - alice [10/Oct/2023:14:02:00 +0000] "DELETE /api/items/42 HTTP/1.1" 204 0 "-" "curl/8.0"
"""

PATTERN = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s(?P<user>\S+)\s
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>[^"]+)"\s
    (?P<status>\d{3})\s(?P<size>\d+)
    """,
    re.VERBOSE,
)

records = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        print("skip line", lineno, repr(line))
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = int(rec["size"])
    records.append(rec)

for r in records:
    print(f"{r['ip']:>14} {r['user']:>6} {r['method']:<6} {r['status']} {r['size']:>5} {r['path']}")

print(Counter(r["ip"] for r in records).most_common())
print(Counter(r["status"] // 100 for r in records))
print(sum(r["size"] for r in records if r["status"] < 400))

m = PATTERN.search(LOG)
print(m.group("ip", "method"), m.start("path"), m.end("path"), m.span(), m.lastgroup, m.re is PATTERN)
print(m.groups()[:4], m[0][:20], m["status"])

query = re.search(r"\?(.*?)\s", LOG).group(1)
print(dict(p.split("=") for p in query.split("&")))
print(re.findall(r"/api/(\w+)", LOG), re.findall(r"(\d+)\.(\d+)\.\d+\.\d+ - (\w+)", LOG))
print([m.group() for m in re.finditer(r"\b[A-Z]{3,6}\b(?= /)", LOG)])


def mask_ip(m):
    parts = m.group().split(".")
    return ".".join(parts[:2] + ["x", "x"])


print(re.sub(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", mask_ip, LOG.splitlines()[0]))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "mail alice@example and bob@test"))
print(re.subn(r"\s+", " ", "a   b \t c\n\nd"))
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"x*", "axbc"))
print(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", "2023-10-10")), re.fullmatch(r"\d+", "12a"))
print(re.match(r"(?i)get", "GET /").group(), re.escape("a.b*c?"), re.compile(r"\d+").pattern)
print(re.sub(r"(?P<word>\b\w)", lambda m: m.group("word").upper(), "hello big world"))
print(re.findall(r"(?m)^\d+", "1 a\n22 b\nc 3"), re.findall(r"(?s)<(.+?)>", "<a\nb><c>"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
