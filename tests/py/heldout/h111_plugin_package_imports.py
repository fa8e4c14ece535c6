# Plugin package: relative imports, circular imports, module __getattr__/__dir__, import errors.
import os
import sys
import importlib

sys.path.insert(0, os.getcwd())
import hpkg3  # noqa: E402
from hpkg3 import formats, register  # noqa: E402

print(hpkg3.__name__, hpkg3.__package__, formats.__name__, sorted(hpkg3.REGISTRY))
print(hpkg3.load_plugins())
print(hpkg3.describe())
print(hpkg3.lazy_answer, dir(hpkg3))
try:
    hpkg3.missing
except AttributeError as e:
    print("AttributeError:", e)

from hpkg3.plugins import csvish, upper  # noqa: E402
import hpkg3.plugins.upper as up2  # noqa: E402

print(upper is up2, upper.JOINER, csvish.Splitter.api, csvish.Splitter.plugin_name, upper.shout.plugin_name)
print(csvish.Splitter().run("a, b ,c"), upper.shout("hey"))
print(formats.table([(k, v[0]) for k, v in sorted(hpkg3.REGISTRY.items())]))
for name, (prio, obj) in sorted(hpkg3.REGISTRY.items(), key=lambda kv: -kv[1][0]):
    print(name, prio, type(obj).__name__, obj.__module__)

try:
    @register("shout")
    def again(x):
        return x
except KeyError as e:
    print("KeyError:", e)


@register(priority=-1)
class Local:
    pass


print(Local.plugin_name, len(hpkg3.REGISTRY), "local" in hpkg3.REGISTRY)
print([m for m in sorted(sys.modules) if m.startswith("hpkg3")])
print(importlib.import_module("hpkg3.plugins").PLUGIN_API, importlib.import_module("..registry", "hpkg3.plugins").__name__)
try:
    import hpkg3.nope  # noqa: F401
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from hpkg3 import not_there  # noqa: F401
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
try:
    importlib.import_module(".x", None)
except TypeError as e:
    print("TypeError:", e)
ns = {}
exec("from hpkg3 import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(hpkg3.plugins.__package__, upper.__package__, hpkg3.__name__, hpkg3.plugins.__name__)
print(getattr(hpkg3, "__path__") is not None, hasattr(formats, "__path__"), len(hpkg3.plugins.__path__))
