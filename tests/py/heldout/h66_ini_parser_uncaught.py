# A small INI-like config parser with typed values; ends with a chained
# uncaught exception.
import re
from collections import OrderedDict

SECTION = re.compile(r"^\[(?P<name>[A-Za-z_][\w.]*)\]\s*$")
PAIR = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*$")


class ConfigError(Exception):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


def convert(raw):
    low = raw.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    if re.fullmatch(r"[-+]?\d+", raw):
        return int(raw)
    if re.fullmatch(r"[-+]?\d*\.\d+(e[-+]?\d+)?", low):
        return float(raw)
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        return raw[1:-1].encode().decode("unicode_escape")
    if "," in raw:
        return [convert(p.strip()) for p in raw.split(",") if p.strip()]
    return raw


def parse(text):
    data = OrderedDict()
    current = None
    for no, line in enumerate(text.splitlines(), 1):
        stripped = line.split("#", 1)[0].strip()
        if not stripped:
            continue
        m = SECTION.match(stripped)
        if m:
            current = data.setdefault(m["name"], {})
            continue
        m = PAIR.match(stripped)
        if m is None:
            raise ConfigError(no, f"cannot parse {stripped!r}")
        if current is None:
            raise ConfigError(no, "key outside of a section")
        current[m.group("key")] = convert(m.group("value"))
    return data


SAMPLE = """
# global settings
[server]
host = example.org
port: 8080
debug = off
ratio = .75
[paths.data]
roots = /a, /b , 3, yes
greeting = "tab\\there"
[empty]
"""

cfg = parse(SAMPLE)
for name, values in cfg.items():
    print(f"[{name}] ({len(values)} keys)")
    for k in sorted(values):
        v = values[k]
        print(f"  {k:<9}= {v!r} ({type(v).__name__})")

print(list(cfg.keys()), cfg.get("missing", "n/a"))
cfg.move_to_end("server")
print(list(cfg))

for bad in ["[ok]\nnonsense line", "x = 1"]:
    try:
        parse(bad)
    except ConfigError as e:
        print(type(e).__name__, e.line_no, e.args)


def lookup(config, dotted):
    section, _, key = dotted.rpartition(".")
    try:
        return config[section][key]
    except KeyError as exc:
        raise LookupError(f"no setting {dotted!r}") from exc


print(lookup(cfg, "server.port"))
print(lookup(cfg, "paths.data.greeting"))
try:
    lookup(cfg, "server.user")
except LookupError as e:
    print(e, "| cause:", repr(e.__cause__))


def load_all(texts):
    out = []
    for t in texts:
        try:
            out.append(parse(t))
        except ConfigError:
            raise RuntimeError("config set is broken")
    return out


load_all([SAMPLE, "[a]\nb=1", "[c]\n=bad"])
