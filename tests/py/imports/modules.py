# Importing modules and packages from files: module state, packages with
# submodules, relative imports, binding rules of import/from-import.
import sys

sys.path.insert(0, "lib")

import counter_mod

print(counter_mod.__name__, counter_mod.count, counter_mod.bump(), counter_mod.bump())
import counter_mod as again

print(again is counter_mod, again.count, "counter_mod" in sys.modules)
print(counter_mod.__file__.endswith("lib/counter_mod.py"), counter_mod.__package__)
from counter_mod import bump, count

print(bump(), count, counter_mod.count)

import pkgdemo.nested.deep

print(pkgdemo.__name__, pkgdemo.VERSION, pkgdemo.helper())
print(pkgdemo.nested.deep.V2, pkgdemo.nested.deep.sub1 is pkgdemo.sub1)
print(pkgdemo.nested.__package__, pkgdemo.nested.deep.__package__)
print(pkgdemo.__file__.endswith("lib/pkgdemo/__init__.py"), len(pkgdemo.__path__))
print(pkgdemo.__path__[0].endswith("lib/pkgdemo"))
print(sorted(k for k in sys.modules if k.startswith("pkgdemo")))

from pkgdemo import sub2, nested
from pkgdemo.sub1 import helper as h

print(sub2.VALUE, nested.__name__, h())
import pkgdemo.sub2 as s2

print(s2 is sub2)


def in_function():
    import pkgdemo.nested as n
    from pkgdemo.nested import deep

    return n.__name__, deep.__name__


print(in_function())
