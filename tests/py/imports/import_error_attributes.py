# ImportError.name / .path / .msg for failed imports.
import sys

try:
    import nope_mod
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg, e.args)
try:
    import os.nope
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import importlib.nope
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from string import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path.endswith("string.py"))
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ImportError("m", name="n", path="p")
print(e, e.name, e.path, e.msg, repr(e))
try:
    ImportError(bad=1)
except TypeError as e:
    print("TypeError", e)
print(ModuleNotFoundError("x", name="y").name)
