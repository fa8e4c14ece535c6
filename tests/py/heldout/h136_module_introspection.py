# Module introspection in a small tool: __spec__ of imported file modules and packages, __name__/__file__, sys.modules, importlib.util, time.get_clock_info.
import importlib
import importlib.util
import json
import os
import sys
import time

here = os.getcwd()
sys.path.insert(0, here)

import hlocal_mod  # noqa: E402
import hpkg4  # noqa: E402
import hpkg4.util  # noqa: E402

print(__name__, __spec__, __package__ in (None, ""))
for mod in (hlocal_mod, hpkg4, hpkg4.util, hpkg4.storage):
    spec = mod.__spec__
    print(mod.__name__, spec.name, spec.parent, os.path.relpath(spec.origin, here), spec.has_location,
          spec.submodule_search_locations is not None, type(spec.loader).__name__)
print(os.path.relpath(hpkg4.__spec__.submodule_search_locations[0], here), hpkg4.__path__ == hpkg4.__spec__.submodule_search_locations)
print(hpkg4.__spec__.cached is not None and os.path.basename(hpkg4.__spec__.cached).startswith("__init__."))
print(hpkg4.util.__loader__ is hpkg4.util.__spec__.loader, hpkg4.util.__package__, hlocal_mod.__package__)

found = importlib.util.find_spec("hpkg4.models")
print(found.name, found.parent, os.path.relpath(found.origin, here))
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.find_spec("json").name)
print(sys.modules["hpkg4"] is hpkg4, "hpkg4.models" in sys.modules, sys.modules[__name__].__name__)
print(type(json.__spec__).__name__, json.__spec__.name, json.__spec__.parent, json.__name__)
print(importlib.util.resolve_name(".util", "hpkg4"), importlib.util.resolve_name("..x", "a.b.c"))

for clock in ("monotonic", "perf_counter", "process_time", "time"):
    info = time.get_clock_info(clock)
    print(clock, info.adjustable, info.monotonic, info.implementation != "", info.resolution > 0, sorted(vars(info)))
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
t0 = time.monotonic()
print(time.monotonic() >= t0, isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
