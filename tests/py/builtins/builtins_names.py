# Every name of CPython's builtins module exists in pyvm; exit/quit raise SystemExit; aiter/anext; UnicodeTranslateError.
import builtins

names = sorted(n for n in dir(builtins))
print(len(names), names[:5], names[-5:])
for code in (None, 0, 3, "msg"):
    for name, fn in (("exit", exit), ("quit", quit)):
        try:
            fn(code) if code is not None else fn()
        except SystemExit as e:
            print(name, repr(e.code))


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        return self.n


t = Ticker()
print(aiter(t) is t, anext(t), anext(t))
for bad in (1, "x"):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)
e = UnicodeTranslateError("a\u1234bc", 1, 2, "no mapping")
print(e, e.object, e.start, e.end, e.reason, e.encoding, e.args)
e = UnicodeTranslateError("abc", 0, 3, "range")
print(str(e), repr(e), isinstance(e, UnicodeError), isinstance(e, ValueError))
for args in [("abc", 1, 2), (b"abc", 1, 2, "r")]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as err:
        print("TypeError:", err)
print(issubclass(FloatingPointError, ArithmeticError), issubclass(BufferError, Exception))
print(issubclass(StopAsyncIteration, Exception), IOError.__name__, EnvironmentError is OSError)
print(builtins.__package__ == "", __builtins__ is builtins or isinstance(__builtins__, dict))
