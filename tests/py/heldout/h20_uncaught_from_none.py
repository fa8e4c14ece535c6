# Held-out: uncaught exception raised "from None" inside a method, after output.
class Config:
    def __init__(self, data):
        self._data = dict(data)

    def get(self, dotted):
        node = self._data
        for part in dotted.split("."):
            try:
                node = node[part]
            except (KeyError, TypeError):
                raise LookupError(f"config key {dotted!r} not found at {part!r}") from None
        return node


cfg = Config({"db": {"host": "localhost", "port": 5432}, "debug": False})
print(cfg.get("db.host"), cfg.get("db.port"), cfg.get("debug"))
try:
    cfg.get("db.user")
except LookupError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print("now failing")
cfg.get("db.port.number")
