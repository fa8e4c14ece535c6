# __get__ of functions, staticmethod and classmethod objects.
def f(self, x=1):
    return (type(self).__name__, x)


class C:
    pass


c = C()
print(hasattr(f, "__get__"), hasattr(len, "__get__"), f.__get__(None, C) is f)
bound = f.__get__(c, C)
print(bound(2), bound.__self__ is c, bound.__func__ is f)
print(f.__get__(c)(), type(f.__get__(c)).__name__)
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
sm = staticmethod(f)
print(sm.__get__(c) is f, sm.__get__(None, C) is f)
cm = classmethod(lambda cls, y: (cls.__name__, y))
print(cm.__get__(c)(3), cm.__get__(None, int)(4), cm.__get__(c, C).__self__ is C)
print(all(hasattr(x, "__get__") for x in (sm, cm, property())))
