# Class attributes vs instance attributes, super() chains, MRO, __init_subclass__, __class_getitem__.
class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Registry.plugins[cls.key] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class Json(Registry, key="json"):
    pass


class Yaml(Registry):
    pass


class StrictYaml(Yaml, key="strict"):
    pass


print(sorted(Registry.plugins), Json.key, Yaml.key, StrictYaml.key)
print(Registry[int], Json["x"], Registry.plugins["strict"].__mro__[1].__name__)


class Base:
    def __init__(self):
        self.trail = ["Base"]

    def hello(self):
        return "Base.hello"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond()
print(d.trail, d.hello())
print([c.__name__ for c in Diamond.__mro__], Diamond.mro() == list(Diamond.__mro__))
print(super(Left, d).hello(), Right.hello(d), Diamond.__bases__)


class Counter:
    total = 0
    names = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names.append(name)

    def shadow(self):
        self.total = 100
        return self.total, Counter.total


a, b = Counter("a"), Counter("b")
print(a.total, b.total, Counter.total, a.shadow(), a.total, b.total, b.names is Counter.names)
del a.total
print(a.total, "total" in vars(a), "total" in Counter.__dict__)
Counter.total = -1
print(a.total, b.total, getattr(a, "missing", "dflt"), hasattr(b, "name"))
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(5)
print(WithMeta, type(WithMeta).__name__, w.x, isinstance(WithMeta, type))


class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)


dy = Dyn()
dy.x = 3
print(dy.get_thing(), dy.x, getattr(dy, "get_", None)())
try:
    dy.other
except AttributeError as e:
    print("AttributeError:", e)
Temp = type("Temp", (Base,), {"v": 7, "hello": lambda self: "dyn"})
print(Temp().hello(), Temp.v, Temp.__name__, Temp.__bases__, Temp.__qualname__)
print(isinstance(d, (int, Right)), issubclass(bool, int), issubclass(Diamond, (str, Base)))
print(type(d) is Diamond, type(type), object.__name__, Diamond.__qualname__, Diamond.hello.__qualname__)
try:
    Base.undefined_method(d)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter()
except TypeError as e:
    print("TypeError:", e)
try:
    d.hello(1)
except TypeError as e:
    print("TypeError:", e)
