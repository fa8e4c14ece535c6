# functools.cached_property and partialmethod.
import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @functools.cached_property
    def area(self):
        """The area."""
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls)
print("area" in c.__dict__, c.__dict__["area"])
c.r = 10
print(c.area)
del c.area
print(c.area, c.calls)
c.area = 5
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
print(Circle.area.func.__name__)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError", e)

try:

    class Twice:
        @functools.cached_property
        def a(self):
            return 1

        b = a
except (RuntimeError, TypeError) as e:
    print(type(e).__name__)
    print(type(e.__cause__).__name__ if e.__cause__ else None)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, *, note=""):
        self.state = (value, note)
        return self

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="gone")


x = Cell()
print(x.set_alive().state)
print(x.set_dead().state)
print(x.set_alive(note="hi").state)
print(Cell.set_alive(x).state)
pm = Cell.__dict__["set_dead"]
print(pm.args, pm.keywords, pm.func.__name__)


class Util:
    @staticmethod
    def add(a, b):
        return a + b

    add_one = functools.partialmethod(add, 1)


print(Util().add_one(5))
