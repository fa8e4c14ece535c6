# property (getter/setter and missing accessors), staticmethod, classmethod,
# and the with statement: enter/exit order, exceptions swallowed or propagated,
# nested managers, with inside a generator, non-managers.
class P:
    @property
    def x(self): return 1
p = P()
try: p.x = 2
except AttributeError as e: print(e)
class Q:
    y = property(None)
try: Q().y
except AttributeError as e: print(e)
try:
    with 5: pass
except TypeError as e: print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter(): pass
except TypeError as e: print(e)
print(type(staticmethod(len)).__name__, property.__name__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v * 2
    @staticmethod
    def s(a, b): return a + b
    @classmethod
    def make(cls): return cls()
t = Temp(); t.c = 5
print(t.c, Temp.s(1, 2), t.s(3, 4), type(Temp.make()).__name__)
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.name == "swallow"
with CM("a") as m:
    print("inside", m.name)
with CM("swallow"):
    raise ValueError("x")
try:
    with CM("b"), CM("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
def gen():
    with CM("g"):
        yield 1
        yield 2
print(list(gen()))
