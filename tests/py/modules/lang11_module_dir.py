# dir(module) calls the module's own __dir__ function (PEP 562).
import sys

m = type(sys)("plugin")
m.alpha = 1
m.beta = 2
print(dir(m))
m.__dir__ = lambda: ["zeta", "alpha", "extra"]
print(dir(m))
m.__dir__ = lambda: ("b", "a")
print(dir(m))
del m.__dir__
print(dir(m))


def bad_dir():
    raise LookupError("no listing")


m.__dir__ = bad_dir
try:
    dir(m)
except LookupError as e:
    print("LookupError:", e)
m.__dir__ = lambda: 5
try:
    dir(m)
except TypeError as e:
    print("TypeError:", e)
