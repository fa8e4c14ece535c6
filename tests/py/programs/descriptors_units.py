# Unit-checked physical quantities using data/non-data descriptors, __set_name__, properties and __slots__.
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.private)
        except AttributeError:
            raise AttributeError(f"{self.public} not set") from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            names = "|".join(k.__name__ for k in (self.kind if isinstance(self.kind, tuple) else (self.kind,)))
            raise TypeError(f"{self.public} must be {names}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)


class Lazy:
    """Non-data descriptor: computed once, then cached in the instance dict."""

    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print(f"computed {self.name}")
        return value


class Body:
    mass = Typed((int, float), minimum=0)
    name = Typed(str)

    def __init__(self, name, mass, velocity):
        self.name = name
        self.mass = mass
        self.velocity = velocity

    @Lazy
    def momentum(self):
        return self.mass * self.velocity

    @property
    def energy(self):
        return 0.5 * self.mass * self.velocity ** 2

    @energy.setter
    def energy(self, value):
        self.velocity = (2 * value / self.mass) ** 0.5


b = Body("cart", 4, 3.0)
print(b.name, b.mass, b.momentum, b.momentum, b.energy)
b.energy = 50
print(round(b.velocity, 6), "momentum" in vars(b), sorted(vars(b)))
for bad in [("mass", -1), ("mass", "heavy"), ("name", 42)]:
    try:
        setattr(b, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del b.mass
try:
    b.mass
except AttributeError as e:
    print("AttributeError:", e)
print(type(Body.__dict__["mass"]).__name__, Body.mass.private, isinstance(Body.energy, property))


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
try:
    v.z = 3
except AttributeError as e:
    print("slots:", e)
print(v, hasattr(v, "__dict__"), type(Vec.x).__name__)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("unset slot:", e)


class Celsius:
    def __get__(self, obj, objtype=None):
        return (obj.fahrenheit - 32) * 5 / 9

    def __set__(self, obj, value):
        obj.fahrenheit = value * 9 / 5 + 32


class Thermo:
    celsius = Celsius()

    def __init__(self, f):
        self.fahrenheit = f


t = Thermo(212)
print(t.celsius)
t.celsius = -40
print(t.fahrenheit)
t.__dict__["celsius"] = "shadow?"
print(t.celsius, Thermo.__dict__["celsius"].__class__.__name__)
