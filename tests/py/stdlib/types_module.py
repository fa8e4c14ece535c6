# types: SimpleNamespace and the names of built-in types.
import sys
import types

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns == types.SimpleNamespace(a=1))
del ns.b
print(ns, repr(types.SimpleNamespace()))
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation.name)


def f():
    pass


def gen():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(isinstance(lambda: 0, types.LambdaType), types.FunctionType.__name__)


class C:
    def m(self):
        return 1


print(isinstance(C().m, types.MethodType), types.MethodType(lambda self: 42, C())())
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
m = types.ModuleType("mymod")
m.x = 5
print(m.__name__, m.x)
print(types.NoneType, types.new_class("Dyn", (C,)).__mro__[1] is C)
