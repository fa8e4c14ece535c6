# importlib.import_module / util.find_spec / reload through pyvm's meta path finder.
import importlib
m = importlib.import_module("heapq")
print(m.__name__)
import sys
print(importlib.import_module("sys") is sys)
print(importlib.import_module("textwrap").__name__)
import importlib.util
print(importlib.util.find_spec("bisect").name, importlib.util.find_spec("no_such_mod"))
pkg = importlib.import_module("importlib.machinery")
print(pkg.__name__, importlib.import_module(".util", "importlib").__name__)
try:
    importlib.import_module("no_such_mod")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
m = importlib.import_module("heapq")
print(m.__spec__.name, m.__spec__.origin == m.__file__, m.__loader__ is not None, m.__package__)
print(importlib.reload(m) is m)
