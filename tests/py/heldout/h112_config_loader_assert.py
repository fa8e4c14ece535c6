# Config loader: nested lookups with tuple keys, chained errors, validation by assert; ends uncaught.
from collections import namedtuple

Setting = namedtuple("Setting", ["section", "key", "value", "source"])

RAW = """
[server]
host = example.org
port = 8080
timeout = 2.5
; a comment
[client]
retries = 3
verbose = yes
name = "quoted value"
[server]
port = 9090
"""


class ConfigError(Exception):
    def __init__(self, message, *, line=None):
        super().__init__(message)
        self.line = line

    def __str__(self):
        base = super().__str__()
        return f"{base} (line {self.line})" if self.line is not None else base


def parse(text, source="<string>"):
    section = None
    table = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        if section is None:
            raise ConfigError("value outside a section", line=number)
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"expected key = value, got {line!r}", line=number)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        table[section, key.strip()] = Setting(section, key.strip(), value, f"{source}:{number}")
    return table


def convert(value):
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    lowered = value.lower()
    if lowered in ("yes", "true", "on"):
        return True
    if lowered in ("no", "false", "off"):
        return False
    return value


class Config:
    def __init__(self, table):
        self._table = table
        self._cache = {}

    def __getitem__(self, key):
        if key not in self._cache:
            self._cache[key] = convert(self._table[key].value)
        return self._cache[key]

    def get(self, section, key, default=None):
        try:
            return self[section, key]
        except KeyError:
            return default

    def sections(self):
        return sorted({s for s, _ in self._table})

    def require(self, *keys):
        missing = [k for k in keys if k not in self._table]
        if missing:
            raise ConfigError(f"missing settings: {missing}") from KeyError(missing[0])


cfg = Config(parse(RAW, "app.ini"))
print(cfg.sections())
for key in sorted(cfg._table):
    s = cfg._table[key]
    print(f"{s.section + '.' + s.key:<16} {cfg[key]!r:<16} {type(cfg[key]).__name__:<6} {s.source}")
print(cfg.get("server", "missing", "dflt"), cfg.get("nope", "x"))
try:
    cfg["server", "user"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    cfg.require(("server", "host"), ("db", "url"), ("db", "pool"))
except ConfigError as e:
    print("ConfigError:", e, "| cause:", repr(e.__cause__))
for bad in ["x = 1", "[s]\njust words", "[s]\n= 5"]:
    try:
        parse(bad)
    except ConfigError as e:
        print("ConfigError:", e, e.line)
print(parse("[s]\n= 5")[("s", "")])
try:
    {}[1, 2]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[(1,)]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[()]
except KeyError as e:
    print(repr(e), str(e))

port = cfg["server", "port"]
assert port == 9090, "later sections override earlier ones"
assert isinstance(cfg["client", "verbose"], bool)
timeout = cfg["server", "timeout"]
assert timeout < 2, f"timeout {timeout}s exceeds limit for {cfg['server', 'host']}"
