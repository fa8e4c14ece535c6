# Held-out: imports of a local package, relative imports, module attributes, importlib.
import os
import sys
import importlib

sys.path.insert(0, os.getcwd())  # the conformance runner runs pyvm on a .pyc elsewhere
import hpkg2  # noqa: E402
from hpkg2 import geometry as geo
from hpkg2.units import convert, UNITS
from hpkg2.sub import deep
import hpkg2.sub.deep as deep_again

print(hpkg2.__name__, hpkg2.VERSION, hpkg2.__package__)
print(geo.__name__, geo.area("circle", 2.0), geo.area("square", 3))
print(convert(10, "km", "m"), convert(3, "ft", "in"), sorted(UNITS))
print(deep.describe(), deep is deep_again, deep.__package__)
print("hpkg2.units" in sys.modules, hpkg2.units.__name__)
m = importlib.import_module("hpkg2.geometry")
print(m is geo, importlib.import_module(".units", "hpkg2") is hpkg2.units)
from hpkg2 import *
print(sorted(k for k in dir() if not k.startswith("_"))[:12])
print(public_helper(), "hidden" in dir())
try:
    import hpkg2.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from hpkg2 import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    geo.area("hexagon", 1)
except ValueError as e:
    print("ValueError:", e)
print(hpkg2.counter_calls(), hpkg2.counter_calls(), geo.Shape.registry)
import hpkg2 as again
print(again is hpkg2, again.load_count)
