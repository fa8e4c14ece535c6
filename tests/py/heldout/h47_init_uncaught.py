# Held-out: configuration objects validated in __init__; ends with an uncaught error raised in __init__.
class ConfigError(Exception):
    pass


class Field:
    def __init__(self, name, kind, required=True):
        self.name, self.kind, self.required = name, kind, required

    def __repr__(self):
        return f"Field({self.name!r}, {self.kind.__name__})"


class Config:
    fields = [Field("host", str), Field("port", int), Field("debug", bool, False)]

    def __init__(self, **values):
        unknown = set(values) - {f.name for f in self.fields}
        if unknown:
            raise ConfigError(f"unknown keys: {sorted(unknown)}")
        for f in self.fields:
            if f.name not in values:
                if f.required:
                    raise ConfigError(f"missing {f!r}")
                values[f.name] = f.kind()
            v = values[f.name]
            if not isinstance(v, f.kind):
                raise ConfigError(f"{f.name}: expected {f.kind.__name__}, got {v!r}")
            setattr(self, f.name, v)

    def __repr__(self):
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.fields)
        return f"Config({inner})"


class ServerConfig(Config):
    fields = Config.fields + [Field("workers", int)]

    def __init__(self, **values):
        values.setdefault("workers", 4)
        super().__init__(**values)
        if self.port < 1024 and not self.debug:
            raise ConfigError(f"privileged port {self.port}")


print(Config(host="a", port=1))
print(ServerConfig(host="b", port=8080, debug=True))
for kw in [dict(host="x"), dict(host="x", port="80"), dict(host="x", port=80, color=1),
           dict(host="x", port=80)]:
    try:
        print(ServerConfig(**kw))
    except ConfigError as e:
        print("ConfigError:", e)


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.depth = 0 if parent is None else parent.depth + 1
        if self.depth > 3:
            raise RecursionError(f"tree too deep at {value!r}")


root = Node("root")
n = root
for v in "abc":
    n = Node(v, n)
print(n.value, n.depth)
cfg = ServerConfig(host="prod", port=80, workers=8)
print(cfg)
