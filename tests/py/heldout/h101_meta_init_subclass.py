# Class machinery: metaclass __call__/__new__/__prepare__, __init_subclass__, __class_getitem__, abc.
from abc import ABC, abstractmethod, ABCMeta


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        cls.created_order = len(mcls.plugins)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.tag = f"{cls.__name__}#{id(inst) % 1 + len(args)}"
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"

    def __len__(cls):
        return len(cls.plugins)


class Plugin(metaclass=Registry):
    def __init__(self, *args):
        self.args = args


class Upper(Plugin):
    def run(self, s):
        return s.upper()


class Reverse(Plugin):
    def run(self, s):
        return s[::-1]


print(sorted(Registry.plugins), Registry.plugins["upper"], len(Plugin))
u = Upper(1, 2)
print(u.tag, u.args, type(Upper), Upper.created_order, Reverse.created_order)
print(isinstance(Upper, Registry), issubclass(Registry, type), type(Plugin).__mro__)


class Shape:
    registry = []

    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if sides is None:
            raise TypeError(f"{cls.__name__} needs sides")
        cls.sides = sides
        Shape.registry.append((cls.__name__, sides))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class Tri(Shape, sides=3):
    pass


class Quad(Shape, sides=4):
    pass


class Square(Quad, sides=4):
    pass


print(Shape.registry, Square.sides, Shape[int], Tri["x"], Square[Tri])
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)


class Storage(ABC):
    @abstractmethod
    def load(self, key):
        ...

    @abstractmethod
    def save(self, key, value):
        ...

    def load_or(self, key, default):
        try:
            return self.load(key)
        except KeyError:
            return default


class MemStorage(Storage):
    def __init__(self):
        self.d = {}

    def load(self, key):
        return self.d[key]

    def save(self, key, value):
        self.d[key] = value


class HalfStorage(Storage):
    def load(self, key):
        return None


m = MemStorage()
m.save("a", 1)
print(m.load("a"), m.load_or("b", "dflt"), isinstance(m, Storage))
for cls in (Storage, HalfStorage):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
Sized.register(int)
print(isinstance(5, Sized), issubclass(bool, Sized))


class Base:
    def who(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()


print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])
print(super(Left, Bottom()).who(), Bottom.__bases__[1].__name__)
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Base,), {"x": 5, "who": lambda self: ["Dyn"] + super(Dyn, self).who()})
print(Dyn().who(), Dyn.x, Dyn.__qualname__, Dyn.__module__)
