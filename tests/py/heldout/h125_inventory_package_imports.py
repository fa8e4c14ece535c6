# A local package with subpackages: relative imports, __all__ and import *, module attributes, a failing submodule import.
import os
import sys
import importlib

sys.path.insert(0, os.getcwd())

import hpkg4  # noqa: E402
from hpkg4 import *  # noqa: E402,F401,F403
from hpkg4.storage import BACKENDS  # noqa: E402
import hpkg4.util as util  # noqa: E402

print(hpkg4.version_string(), VERSION, sorted(n for n in dir() if not n.startswith("_") and n[0].isupper()))
print("_private" in dir(), hpkg4._private, hpkg4.__all__)
print(hpkg4.__name__, hpkg4.__package__, hpkg4.storage.__name__, hpkg4.storage.__package__)
print(os.path.basename(hpkg4.__file__), os.path.basename(os.path.dirname(hpkg4.storage.memory.__file__)))
print(hpkg4.__doc__, hpkg4.models.__doc__)
print(Item.__module__, DefaultStore.__module__, DefaultStore.backend_name, sorted(BACKENDS))
print([m for m in sorted(sys.modules) if m.startswith("hpkg4")])

store = DefaultStore()
b = Bin("A-01 Shelf", [Item("Red Widget", 4, ["red"]), Item("Blue  Gadget!", 7)])
store.put(b)
print(len(store), store.get("a 01 shelf") is b, b.total(), [i.slug for i in b.items])
print(util.CALLS)
try:
    store.put(Item("loose"))
except TypeError as e:
    print("TypeError:", e)

try:
    import hpkg4.storage.broken  # noqa: F401
except ImportError as e:
    print(type(e).__name__, e, e.name)
print("hpkg4.storage.broken" in sys.modules, hasattr(hpkg4.storage, "broken"))

try:
    from hpkg4 import nothing_here  # noqa: F401
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import hpkg4.nowhere  # noqa: F401
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)

mod = importlib.import_module(".models", "hpkg4")
print(mod is hpkg4.models, importlib.import_module("hpkg4.storage.memory").MemoryStore is DefaultStore)
print(sys.modules["hpkg4.util"] is util, util.slugify("Hello, World") , len(util.CALLS))
