# Held-out: multiple inheritance, diamond MRO, cooperative super(), classmethods, class attributes.
class Base:
    registry = []

    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()
        Base.registry.append(type(self).__name__)

    def describe(self):
        return "base"

    @classmethod
    def create(cls, **kw):
        obj = cls(**kw)
        obj.log.append(f"created by {cls.__name__}")
        return obj

    @staticmethod
    def helper(x):
        return x * 2


class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")

    def describe(self):
        return "left>" + super().describe()


class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")

    def describe(self):
        return "right>" + super().describe()


class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Bottom")

    def describe(self):
        return "bottom>" + super().describe()


b = Bottom.create()
print([c.__name__ for c in Bottom.__mro__], b.log, b.describe(), Bottom.helper(4), b.helper(5))
print(Base.registry, super(Left, b).describe(), super(Bottom, b).describe())
print(isinstance(b, Right), issubclass(Bottom, Base), Bottom.__bases__, Left.__subclasses__())
try:
    class Bad(Left, Bottom):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def __repr__(self):
        return f"Counter#{self.id}"


cs = [Counter() for _ in range(3)]
cs[0].count = 100
print(cs, Counter.count, cs[0].count, cs[1].count, vars(cs[0]))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
        self.celsius = None

    @classmethod
    def from_f(cls, f):
        t = cls(0)
        t.fahrenheit = f
        return t


t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit)
del t.fahrenheit
print(t.celsius)
try:
    Temperature(1).nothing
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(1, Duck), type(Duck).__name__)


class Str2(str):
    def shout(self):
        return self.upper() + "!"


class List2(list):
    def total(self):
        return sum(self)


class Dict2(dict):
    def __missing__(self, key):
        return f"<{key}>"


s2 = Str2("hey")
l2 = List2([1, 2, 3])
l2.append(4)
d2 = Dict2(a=1)
print(s2.shout(), s2 + "x", type(s2 + "x").__name__, l2.total(), l2[1:], type(l2[1:]).__name__, d2["a"], d2["zz"], len(d2))
print(Bottom.__name__, Bottom.__qualname__, Bottom.describe.__qualname__, Bottom.__module__, Base.create.__func__.__name__)
print(hasattr(Bottom, "__dict__"), "describe" in Bottom.__dict__, "helper" in Bottom.__dict__, type(Base.__dict__["helper"]).__name__)
