# Held-out: re, json, textwrap, heapq, bisect, statistics.
import re
import json
import textwrap
import heapq
import bisect
import statistics

log = """2024-01-05 ERROR db: connection lost (code=17)
2024-01-05 INFO web: started in 0.35s
2024-01-06 WARN db: slow query 2.5s
2024-01-07 ERROR web: timeout after 30s (code=504)"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+) (?P<svc>\w+): (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("date", "level"), m["svc"], m.groupdict()["msg"][:15], m.span())
print(re.findall(r"code=(\d+)", log), re.findall(r"(\d+(?:\.\d+)?)s\b", log))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or amy@test.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn("a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.fullmatch(r"\w+", "abc") is not None)
print(re.match(r"(a)(b)?", "ac").groups(), re.search(r"o+", "foo boo").group(), re.escape("a.b*c"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), bool(re.search(r"^\s*$", "   ")), re.sub(r"(?<=a)b", "X", "abab"))
data = {"name": "Widget", "price": 12.5, "tags": ["a", "b"], "stock": None, "ok": True, "n": 10**20, "u": "é"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", null, false, {"a": {}}]'), json.dumps([1, (2, 3)], separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.dumps({"k": float("inf")}), json.dumps("tab\t\"q\""), json.loads('"\\u00e9\\n"'))
para = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(para, 30))
print(textwrap.wrap("short text here", 6), textwrap.shorten(para, 40), repr(textwrap.indent("a\nb\n", "> ")))
print(repr(textwrap.dedent("    x\n      y\n    z")))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(3, [4, 7, 1, 9]), heapq.heappushpop(h, 0))
tasks = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)], list(heapq.merge([1, 4, 7], [2, 5], [3])))
sc = [10, 20, 20, 30, 40]
print(bisect.bisect_left(sc, 20), bisect.bisect_right(sc, 20), bisect.bisect(sc, 5), bisect.bisect(sc, 99))
bisect.insort(sc, 25)
print(sc, [("FDCBA"[bisect.bisect([60, 70, 80, 90], g)]) for g in (33, 99, 77, 70, 89, 90)])
nums = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(nums), statistics.median(nums), statistics.mode(nums), statistics.pstdev(nums), statistics.stdev(nums))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.variance([1.5, 2.5, 2.5, 2.75]))
print(statistics.fmean([1, 2, 3, 4]), statistics.harmonic_mean([40, 60]), statistics.multimode("aabbc"), statistics.quantiles(range(1, 11), n=4))
