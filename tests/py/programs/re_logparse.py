# Parsing web-server log lines with re: groups, named groups, finditer, sub with functions, split, flags.
import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128
10.0.0.5 - alice [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 512
172.16.0.3 - - [10/Oct/2023:14:02:11 +0000] "GET /static/app.js?v=3 HTTP/2.0" 304 0
bad line here
192.168.1.10 - - [10/Oct/2023:14:05:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 77
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+)'
)

records = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {n}: no match: {line!r}")
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    records.append(rec)
    print(n, m.group("ip"), m["method"], m.group("path", "status"), m.span("path"))

print(sorted({r["ip"] for r in records}))
errors = [r for r in records if r["status"] >= 400]
print([(r["method"], r["path"], r["status"]) for r in errors])

ts = re.compile(r"(\d+)/(\w+)/(\d+):(\d+):(\d+):(\d+)")
print(ts.search(records[0]["when"]).groups())
print([m.group(0) for m in re.finditer(r"/api/\w+", LOG)])
print(re.findall(r'"(\w+) (/[^ ?"]*)', LOG)[:3])
print(re.findall(r"\b(\d+)\.(\d+)\.", "1.2.3 and 10.20.30"))

redacted = re.sub(r"\d{1,3}(?:\.\d{1,3}){3}", lambda m: ".".join(["x"] * 3 + [m.group().split(".")[-1]]), LOG.splitlines()[1])
print(redacted)
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"), re.subn(r"\s+", " ", "a  b\t\tc\n d"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(\d)", "a1b2c"), re.split(r",", "x,y,z", maxsplit=1))

word = re.compile(r"^[a-z]+$", re.IGNORECASE | re.MULTILINE)
print(word.findall("Hello\nworld\n123\nMiXeD"))
verbose = re.compile(r"""
    (?P<num> -? \d+ (?: \. \d+ )? )   # a number
    \s* (?P<unit> [a-z]+ )?           # optional unit
""", re.VERBOSE)
for text in ["12.5 kg", "-3", "7m"]:
    m = verbose.fullmatch(text)
    print(text, "->", m.group("num"), m.group("unit"), m.lastgroup)
print(re.escape("a.b*c?"), bool(re.search(r"colou?r", "The color")), re.match(r"b", "abc"))
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.start(2), m.lastindex, m.re.pattern, m.string)
print(re.fullmatch(r"\w+@\w+\.(com|org)", "me@site.org").group(1), re.compile(r"x").flags & re.UNICODE != 0)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"(?:ab)+", "ababxab"))
