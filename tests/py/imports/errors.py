# Import errors: missing modules, missing names, failing module bodies,
# relative imports without a package.
import sys

sys.path.insert(0, "lib")


def show(e):
    print(type(e).__name__, str(e).split(" (")[0])


try:
    import no_such_module
except ModuleNotFoundError as e:
    show(e)
try:
    import pkgdemo.no_such_sub
except ModuleNotFoundError as e:
    show(e)
try:
    import counter_mod.sub
except ModuleNotFoundError as e:
    show(e)
try:
    from pkgdemo import no_such_name
except ImportError as e:
    show(e)
try:
    from counter_mod import nothing
except ImportError as e:
    show(e)
try:
    from . import x
except ImportError as e:
    show(e)
try:
    import pkgdemo.toofar
except ImportError as e:
    show(e)
print("pkgdemo.toofar" in sys.modules)
for i in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        show(e)
    print("broken" in sys.modules)
from counter_mod import nothing
