# Held-out: __slots__, descriptors, metaclasses, __init_subclass__, __set_name__, __getattr__.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__, Person.age.public)
try:
    p.age = "old"
except TypeError as e:
    print(e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        mcls.classes[name] = cls
        return cls

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.created_by = "meta"
        return obj

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"


class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v


class Child(Base, tag="kid"):
    pass


print(Registry.classes, Child.tag, Child(5).created_by, type(Child), isinstance(Child, Registry))


class Plugin:
    plugins = []

    def __init_subclass__(cls, /, order=0, **kw):
        super().__init_subclass__(**kw)
        cls.order = order
        Plugin.plugins.append(cls)


class P1(Plugin, order=2):
    pass


class P2(Plugin):
    pass


print([(c.__name__, c.order) for c in sorted(Plugin.plugins, key=lambda c: c.order)])


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:] * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.real, lz.dyn_ab, getattr(lz, "nope", "default"))
try:
    lz.missing
except AttributeError as e:
    print(e)


class Audit:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


a = Audit()
a.q = 1
del a.q
print(hasattr(a, "q"))


class Const:
    def __get__(self, obj, owner):
        return 42


class UseConst:
    c = Const()


u = UseConst()
u.__dict__["c"] = "instance"
print(u.c, UseConst.c)


class OnlyGet:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, v):
        raise AttributeError("read-only")


class UseData:
    d = OnlyGet()


ud = UseData()
ud.__dict__["d"] = "instance"
print(ud.d)
try:
    ud.d = 1
except AttributeError as e:
    print(e)
print(type(type), type(Registry), Registry.__mro__, Child.__bases__, Base.__subclasses__())
