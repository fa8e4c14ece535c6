# Held-out: JSON encode/decode with custom encoders, object hooks and error positions.
import json
from datetime import date


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


record = {
    "name": "Zoë",
    "born": date(1990, 5, 17),
    "tags": set(["b", "a"]),
    "score": 97.5,
    "ratio": 1 / 3,
    "ok": True,
    "none": None,
    "nested": {"list": [1, 2.0, "3"], "empty": {}},
    "big": 2**70,
}
text = json.dumps(record, cls=Encoder, sort_keys=True)
print(text)
print(json.dumps(record, cls=Encoder, indent=2, ensure_ascii=False)[:120])
back = json.loads(text, object_hook=hook)
print(back["born"], type(back["born"]).__name__, back["tags"], back["big"] == 2**70)
print(json.dumps([1, "two", None, [3.0, False]], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t"))
print(json.dumps("é\n\"q\"\u2028"), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "float"}))
print(json.loads('{"a": [1, 2, {"b": null}], "c": -1.5e3, "d": "\\u00e9\\n"}'))
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.10}', parse_float=lambda s: s))
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"), json.loads('"\\ud83d\\ude00"'))
pairs = json.loads('{"k": 1, "k": 2, "j": 3}', object_pairs_hook=lambda ps: ps)
print(pairs)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "tru", '"unterminated', "", "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
try:
    json.dumps({"s": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"k": 1}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True))
