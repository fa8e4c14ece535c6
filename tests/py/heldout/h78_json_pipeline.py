# Data pipeline: JSON in, transformations with itertools, JSON out with
# custom encoder/decoder hooks, pprint.
import json
import pprint
from itertools import accumulate, chain, islice, pairwise, starmap, zip_longest, product, combinations
from datetime import date

RAW = """
[
  {"id": 3, "user": "carol", "day": "2024-02-29", "amount": 12.5, "tags": ["a", "b"]},
  {"id": 1, "user": "alice", "day": "2024-03-01", "amount": 7, "tags": []},
  {"id": 2, "user": "bob", "day": "2024-03-01", "amount": -3.25, "tags": ["b"], "note": null},
  {"id": 4, "user": "alice", "day": "2024-03-02", "amount": 1e3, "tags": ["c", "a"], "ok": true}
]
"""


def decode_hook(obj):
    if "day" in obj:
        obj["day"] = date.fromisoformat(obj["day"])
    return obj


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


records = json.loads(RAW, object_hook=decode_hook)
records.sort(key=lambda r: (r["day"], -r["amount"]))
for r in records:
    print(r["id"], r["user"], r["day"], r["day"].strftime("%a %d %b"), r["amount"])

running = list(accumulate(r["amount"] for r in records))
print(running, list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=10)))
print(list(pairwise(r["id"] for r in records)), list(islice(chain.from_iterable(r["tags"] for r in records), 1, None, 2)))
summary = {}
for r in records:
    s = summary.setdefault(r["user"], {"total": 0, "tags": set(), "days": []})
    s["total"] += r["amount"]
    s["tags"].update(r["tags"])
    s["days"].append(r["day"])
out = json.dumps(summary, cls=Encoder, sort_keys=True, indent=2)
print(out)
print(json.dumps(summary, cls=Encoder, separators=(",", ":")))
back = json.loads(out)
print(back["alice"]["days"], back == json.loads(json.dumps(back)))
print(json.dumps({"k": float("inf"), "u": "é\n", 1: None, "t": (1, 2)}), json.dumps("é", ensure_ascii=False))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("[1, 2.0, -0, 1E2, \"\\u00e9\"]", parse_float=lambda s: f"F{s}"))
pprint.pprint(summary, width=60)
pprint.pprint([list(range(12)), {"nested": {"deep": list("abcdefghij")}}], width=40)
print(pprint.pformat({"b": 1, "a": [1, 2]}, sort_dicts=False))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(len(list(product("ab", repeat=3))), list(combinations(range(4), 3)))
