# Held-out: attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, proxies.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)

    def __contains__(self, name):
        return name in self._fields

    def __len__(self):
        return len(self._fields)

    def __iter__(self):
        return iter(self._fields.items())

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self) + ")"


r = Record(name="widget", size=3)
r.color = "red"
r.size += 1
print(r, r.name, len(r), "color" in r, dir(r))
del r.color
print(r._log, getattr(r, "color", "gone"), hasattr(r, "size"))
for action in (lambda: r.weight, lambda: setattr(r, "_secret", 1), lambda: delattr(r, "nothing")):
    try:
        action()
    except (AttributeError, KeyError) as e:
        print(type(e).__name__, e, e.__suppress_context__)


class Traced:
    def __init__(self):
        self.hits = []
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "hits":
            object.__getattribute__(self, "hits").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value * 2


t = Traced()
print(t.method(), t.value, t.hits)
try:
    t.missing
except AttributeError as e:
    print("AttributeError", e, t.hits[-1])


class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = 0

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                self._calls += 1
                return attr(*a, **k)
            return wrapper
        return attr

    def __call__(self, *args):
        return f"called with {args}"


lst = Proxy([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._target, lst._calls, lst.__class__.__name__, lst(1, 2), callable(lst))
try:
    len(lst)
except TypeError as e:
    print("TypeError", e)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = name.upper() * 2
        setattr(self, name, value)
        return value


z = Lazy()
print(z.ab, z.__dict__, z.ab, vars(z))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
print(getattr(s, "a"), Slotted.a.__name__, type(Slotted.a).__name__)
