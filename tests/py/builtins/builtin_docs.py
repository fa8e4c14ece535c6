# __doc__ of built-ins is a str where CPython has one (pyvm's text differs, so
# only the type is printed), None where CPython has none, None for classes
# without a docstring.
import math
import sys


def kind(x):
    return type(x.__doc__).__name__


print([kind(o) for o in (len, print, math.sqrt, sys.exit, [].append, str.join, int.__add__)])
print([kind(t) for t in (int, str, list, dict, object, type, range, property, staticmethod, super)])
print([kind(t) for t in (ValueError, Exception, BaseException, KeyError, StopIteration)])
print([kind(o) for o in (None, NotImplemented, ..., iter([]), iter(()), iter(range(3)), {}.keys(),
                         {}.values(), {}.items(), (x for x in ()), iter({}), reversed([]))])


class A:
    pass


class B:
    "doc of B"


class C(int):
    pass


class E(ValueError):
    pass


print(A.__doc__, A().__doc__, B.__doc__, B().__doc__, C.__doc__, E.__doc__, "__doc__" in A.__dict__)
print(bool(len.__doc__), bool(int.__doc__), (5).__doc__ == int.__doc__)
