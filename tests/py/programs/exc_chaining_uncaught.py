# Exception chaining (explicit and implicit), try/finally ordering, and an uncaught error at the end.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key

    def __str__(self):
        return f"config key {self.key!r}: {self.args[1]}"


def parse_port(raw):
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError("port", f"not a number ({raw!r})") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"out of range: {port}")
    return port


for raw in ["8080", "http", "70000"]:
    try:
        print("port", parse_port(raw))
    except ConfigError as e:
        print("error:", e, "| cause:", type(e.__cause__).__name__, "| args:", e.args)


def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")


try:
    implicit()
except RuntimeError as e:
    ctx = e.__context__
    print(repr(e), "context:", repr(ctx), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("hidden") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

log = []


def ordering(n):
    try:
        log.append(f"try {n}")
        if n == 1:
            return "early"
        if n == 2:
            raise KeyError(n)
        log.append("body done")
    except KeyError as e:
        log.append(f"except {e!r}")
        return "handled"
    else:
        log.append("else")
    finally:
        log.append(f"finally {n}")
    return "end"


print([ordering(i) for i in range(3)])
print(log)


def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            log.append(f"loop finally {i}")
    try:
        return "from try"
    finally:
        log.append("last finally")


print(finally_overrides(), log[-4:])
err = None
try:
    [].pop()
except IndexError as e:
    err = e
print(type(err).__name__, err, err.__traceback__ is not None)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("got values", eg.exceptions)
except* TypeError as eg:
    print("got types", eg.exceptions)
e = Exception("a", 2, None)
print(str(e), repr(e), e.args, str(Exception()), repr(KeyError("k")), str(KeyError("k")))
e.add_note("note one")
print(e.__notes__)
print(isinstance(KeyError(), LookupError), issubclass(UnicodeDecodeError, ValueError))
print(ArithmeticError.__mro__)


def validate(cfg):
    for k in ("host", "port"):
        if k not in cfg:
            raise ConfigError(k, "missing")
    return parse_port(cfg["port"])


print(validate({"host": "x", "port": "443"}))
try:
    validate({"port": "x"})
except ConfigError:
    pass
validate({"host": "h", "port": "99999999"})
