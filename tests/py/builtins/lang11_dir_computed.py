# dir() of built-in instances lists the attributes their types compute:
# range.start, an exception's args and __traceback__, a generator's gi_frame...
def gen():
    yield 1


def f(a, b=2):
    return a


values = [range(1, 9, 2), slice(1, 5), gen(), f, property(f), classmethod(f), staticmethod(f),
          ValueError("x"), KeyError(1), StopIteration(3), SystemExit(2), OSError(2, "no"),
          BaseException(), len, [].append]
for v in values:
    public = [n for n in dir(v) if not n.startswith("__")]
    print(type(v).__name__, public)
for v in (ValueError("x"), SystemExit(1), gen(), f):
    names = dir(v)
    print(type(v).__name__, [n for n in ("args", "__traceback__", "__cause__", "__context__",
                                         "__suppress_context__", "__dict__", "__name__",
                                         "__qualname__", "__defaults__", "__closure__", "code",
                                         "gi_frame", "gi_running") if n in names])
print(all(hasattr(v, n) for v in values for n in dir(v) if n not in ("__setstate__", "characters_written")))
