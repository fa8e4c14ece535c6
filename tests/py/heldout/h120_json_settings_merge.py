# Settings loader: json with object_hook/object_pairs_hook, custom encoder default, deep merge, JSONDecodeError positions.
import json
from datetime import date
from collections import OrderedDict

DEFAULTS = """
{
  "server": {"host": "localhost", "port": 8080, "tls": false},
  "logging": {"level": "INFO", "handlers": ["console"]},
  "features": {"beta": false, "limits": {"rps": 100, "burst": 1.5}},
  "created": "2023-01-15"
}
"""

OVERRIDE = '{"server": {"port": 9090, "tls": true}, "features": {"limits": {"rps": 250}}, "logging": {"handlers": ["file"]}, "extra": null}'


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def decode_dates(obj):
    for k, v in obj.items():
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            obj[k] = date.fromisoformat(v)
    return obj


class SettingsEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


base = json.loads(DEFAULTS, object_hook=decode_dates)
print(base["created"], type(base["created"]).__name__)
cfg = merge(base, json.loads(OVERRIDE))
cfg["tags"] = {"b", "a", "c"}
text = json.dumps(cfg, cls=SettingsEncoder, indent=2, sort_keys=True)
print(text)
print(json.dumps(cfg, cls=SettingsEncoder, separators=(",", ":"), sort_keys=True))
round_trip = json.loads(text, object_hook=lambda d: date.fromisoformat(d["__date__"]) if "__date__" in d else d)
print(round_trip["created"], round_trip["features"], round_trip["extra"])

pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'))
ordered = json.loads('{"z": 1, "y": {"x": 2}}', object_pairs_hook=OrderedDict)
print(type(ordered).__name__, list(ordered), ordered["y"])
print(json.dumps({"π": 3.14, "emoji": "😀", "tab": "\t", "nan": float("nan")}))
print(json.dumps({"π": 3.14, "emoji": "😀"}, ensure_ascii=False))
print(json.dumps([1e100, 1.0, -0.0, 10**20, True, None]), json.loads("[1e400, -Infinity, NaN]"))
print(json.loads("123.456", parse_float=lambda s: ("float", s)), json.loads("7", parse_int=lambda s: int(s) * 2))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))

for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", '"unterminated', "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:<16} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")

try:
    json.dumps({"when": object.__new__(type("Opaque", (), {}))})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
