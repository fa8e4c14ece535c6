# types.ModuleType(name, doc): module objects made at run time.
import sys
import types

m = types.ModuleType("mymod")
print(m, repr(m), m.__name__, m.__doc__, sorted(m.__dict__))
m2 = types.ModuleType("other", "the doc")
print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)
m.x = 5
m.f = lambda: m.x * 2
print(m.x, m.f(), "x" in m.__dict__, type(m) is types.ModuleType)
del m.x
try:
    m.x
except AttributeError as e:
    print("AttributeError", e)
sys.modules["mymod"] = m
m.y = 7
import mymod
from mymod import y
print(mymod is m, y)
for bad in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TypeError", e)
print(types.ModuleType(name="kw", doc=None))
print(isinstance(m, types.ModuleType), sys.modules["mymod"].y)


class Sub(types.ModuleType):
    pass


print(Sub.__mro__[1] is types.ModuleType, issubclass(Sub, types.ModuleType))
