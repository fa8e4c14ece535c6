# PEP 562 module __getattr__, os.path without `import os.path`, __import__.
import sys

sys.path.insert(0, "lib")
import lazy_getattr

print(lazy_getattr.x, lazy_getattr.answer, getattr(lazy_getattr, "nope", "dflt"))
from lazy_getattr import answer

print(answer)
try:
    lazy_getattr.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    from lazy_getattr import other
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
import os

print(os.path.join("a", "b"), os.path.basename("/x/y.py"), os.path is __import__("posixpath"))
try:
    os.nope
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(os, "nope"), getattr(os, "sep"))
m = __import__("os.path")
print(m is os, __import__("os.path", fromlist=["join"]).__name__, __import__("sys") is sys)
print(__import__("lib_absent_x", {}, {}, [], 0) if False else "skip")
try:
    __import__("no_such_module_q")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
print(type(sys.prefix).__name__, type(sys.executable).__name__, sys.platlibdir)
for args in [("x",), ("",)]:
    try:
        __import__(*args, level=-1 if args == ("x",) else 0)
    except ValueError as e:
        print("ValueError", e)
