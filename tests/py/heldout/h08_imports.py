# Held-out: imports of a local module and a package with relative imports.
import os
import sys

sys.path.insert(0, os.getcwd())
import hlocal_mod  # noqa: E402
import hlocal_mod as again
from hlocal_mod import Point, bump
import hlib
from hlib import slugify, Registry
from hlib.shapes import *
from hlib.shapes import square
import hlib.util as hu

print(hlocal_mod is again, hlocal_mod.__name__, "hlocal_mod" in sys.modules)
print(bump(), bump(), hlocal_mod.counter)
print(Point(1, 2), Point.__module__, Point.__qualname__)
print(hlib.VERSION, hlib.__name__, hlib.__package__, hlib.shapes.__package__)
print(slugify("Hello, World! 2024 edition"), slugify("A  B", "_"))
reg = Registry()


@reg.register()
def alpha():
    return 1


@reg.register("b")
class Beta:
    pass


print(len(reg), sorted(reg.items), hu.log())
print(square_area(7), PI, square.version(), square.__name__)
print("_hidden" in dir(), "square_area" in dir())
print(hu.slugify is slugify, type(hlib).__name__, hasattr(hlib, "util"))
import importlib
m = importlib.import_module("hlib.shapes.square")
print(m is square, m.area(3))
try:
    import hlib.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from hlib import missing_name
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith("hlib")))
print(hlib.__file__.endswith("__init__.py"), hlocal_mod.__file__.endswith("hlocal_mod.py"))
