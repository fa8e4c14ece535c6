# __spec__ and __loader__ of modules loaded from files: made lazily before importlib loads, at once after; __main__'s are None.
import os
import sys

sys.path.insert(0, os.path.join(os.getcwd(), "lib"))
print(__spec__, __package__, "__loader__" in globals())
import counter_mod  # noqa: E402
import pkgdemo  # noqa: E402

here = os.getcwd()
spec = counter_mod.__spec__
print(type(spec).__name__, spec.name, repr(spec.parent), spec.has_location, spec.submodule_search_locations)
print(os.path.relpath(spec.origin, here), type(spec.loader).__name__, counter_mod.__loader__ is spec.loader)
print(spec.loader.name, os.path.relpath(spec.loader.path, here), spec.cached.endswith(".pyc"))
pspec = pkgdemo.__spec__
print(pspec.name, pspec.parent, pspec.submodule_search_locations is pkgdemo.__path__, pspec.loader.is_package("pkgdemo"))
print(pspec == pkgdemo.__spec__, repr(pspec).startswith("ModuleSpec(name='pkgdemo', loader=<"))
import importlib  # noqa: E402
import importlib.util  # noqa: E402
import star_all  # noqa: E402
print(star_all.__spec__.name, type(star_all.__loader__).__name__)
fresh = importlib.import_module("star_plain")
print(fresh.__spec__.name, type(fresh.__spec__.loader).__name__, fresh.__loader__ is fresh.__spec__.loader)
print(importlib.util.find_spec("star_plain") is fresh.__spec__, importlib.util.find_spec("counter_mod").name)
print(sys.modules["json"].__spec__ if "json" in sys.modules else "json not loaded")
import json  # noqa: E402
print(json.__spec__.name, json.__spec__.parent, os.path.basename(json.__spec__.origin), type(json.__loader__).__name__)
print(json.decoder.__spec__.parent, json.__spec__.loader.get_source("json").startswith('r"""JSON'))
