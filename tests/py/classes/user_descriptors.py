# User descriptors: data descriptors beat the instance dict, non-data lose to
# it, class access calls __get__(None, owner), __set_name__ at class creation.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return ("class access", owner.__name__)
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("expected int for " + self.name)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Lazy:
    """Non-data: computes once, then the instance attribute shadows it."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__  # reading is fine
        setattr(obj, self.func.__name__, value)
        return value


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm(self):
        print("computing norm")
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, Point.x)
print(p.norm, p.norm)
print(sorted(vars(p).items()))
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)
# A data descriptor wins even when the instance dict has the name.
p.__dict__["y"] = 100
print(p.y)


class Const:
    def __get__(self, obj, owner):
        return 42


class C:
    k = Const()


c = C()
print(c.k, C.k)
c.k = 7  # non-data: the instance attribute now shadows it
print(c.k, C.k)


class ReadOnly:
    def __get__(self, obj, owner):
        return "ro"

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class D:
    r = ReadOnly()


d = D()
print(d.r)
try:
    d.r = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d.r
except AttributeError as e:
    print("AttributeError:", e)


# Descriptors through super() and on inherited classes.
class Base:
    v = Const()


class Derived(Base):
    def get(self):
        return super().v


print(Derived().v, Derived().get(), Derived.v)
