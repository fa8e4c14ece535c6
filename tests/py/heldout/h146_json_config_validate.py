# JSON configuration: loads with object_hook, validation against a schema, dumps with custom encoder, decode errors.
import json
from dataclasses import dataclass, asdict
from enum import Enum


class Level(Enum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


@dataclass
class Endpoint:
    host: str
    port: int
    tls: bool = False


SCHEMA = {"name": str, "version": (int, float), "endpoints": list, "level": str, "retries": int}


class ConfigError(ValueError):
    pass


def hook(obj):
    if set(obj) >= {"host", "port"}:
        return Endpoint(**obj)
    return obj


def validate(cfg):
    problems = []
    for key, typ in SCHEMA.items():
        if key not in cfg:
            problems.append(f"missing {key}")
        elif not isinstance(cfg[key], typ) or isinstance(cfg[key], bool) and typ is int:
            problems.append(f"{key}: expected {getattr(typ, '__name__', typ)}, got {type(cfg[key]).__name__}")
    extra = sorted(set(cfg) - set(SCHEMA))
    if extra:
        problems.append(f"unknown keys {extra}")
    if problems:
        raise ConfigError("; ".join(problems))
    cfg["level"] = Level[cfg["level"].upper()]
    return cfg


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, Endpoint):
            return asdict(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


GOOD = '{"name": "svc", "version": 2.5, "level": "info", "retries": 3, "endpoints": [{"host": "a.example", "port": 443, "tls": true}, {"host": "b", "port": 8080}]}'
BAD = '{"name": "svc", "version": "2", "retries": true, "endpoints": {}, "colour": "blue", "zeta": null}'
cfg = validate(json.loads(GOOD, object_hook=hook))
print(cfg["endpoints"])
print(cfg["level"], cfg["level"].value)
try:
    validate(json.loads(BAD, object_hook=hook))
except ConfigError as e:
    print("invalid:", e)

cfg["tags"] = {"b", "a", "c"}
text = json.dumps(cfg, cls=Encoder, indent=2, sort_keys=True)
print(text)
print(json.dumps(cfg, cls=Encoder, separators=(",", ":"))[:60])
print(json.dumps({"π": 3.14, "emoji": "\u2603", "n": None, "big": 2 ** 70, "f": 1e100, "t": (1, 2)}))
print(json.dumps({"π": "ünï"}, ensure_ascii=False), json.dumps([float("inf"), -0.0, 1.5e-7]))
print(json.loads('[1, 2.0, "3", true, null, {"a": [{}]}]', parse_float=lambda s: f"F{s}"))
for broken in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', '"unterminated', '[1, 2] x', 'NaN', '{"a": tru}']:
    try:
        print("parsed", json.loads(broken))
    except json.JSONDecodeError as e:
        print(f"{broken!r:<18} -> {e.msg} @ line {e.lineno} col {e.colno} (pos {e.pos})")
try:
    json.dumps({"when": object})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}, sort_keys=False))
