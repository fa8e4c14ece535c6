# A config loader whose errors chain with "from": the program ends with an uncaught chained traceback.
class ConfigError(Exception):
    pass


class ValidationError(ConfigError):
    def __init__(self, field, value):
        super().__init__(f"invalid value for {field}: {value!r}")
        self.field = field


def parse_int(text):
    return int(text)


def load_setting(settings, key):
    raw = settings[key]
    try:
        return parse_int(raw)
    except ValueError as e:
        raise ValidationError(key, raw) from e


def load_all(settings):
    out = {}
    for key in ("workers", "timeout", "retries"):
        try:
            out[key] = load_setting(settings, key)
        except KeyError:
            out[key] = None
    return out


good = {"workers": "4", "timeout": "30"}
print(load_all(good))

try:
    load_all({"workers": "four"})
except ValidationError as e:
    print("caught:", e, "| field:", e.field)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)


def start(settings):
    try:
        return load_all(settings)
    except ConfigError as e:
        raise RuntimeError("startup failed") from e


start({"workers": "2", "timeout": "1.5"})
