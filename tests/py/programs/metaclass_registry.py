# A plugin framework: metaclass with __prepare__ and __call__, class decorators, __init_subclass__ and __set_name__.
from collections import OrderedDict


class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} kwargs={sorted(kwargs)}")
        return OrderedNamespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        cls.priority = kwargs.get("priority", 0)
        if bases:
            PluginMeta.registry[name] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        instance = super().__call__(*args, **kwargs)
        instance.created = True
        return instance


class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"field {name} bound to {owner.__name__}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.storage, value)


class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__}.run"


def tagged(*tags):
    def decorate(cls):
        cls.tags = tuple(sorted(tags))
        original = cls.run

        def run(self):
            return f"[{','.join(cls.tags)}] " + original(self)

        cls.run = run
        return cls

    return decorate


@tagged("io", "fast")
class Reader(Plugin, priority=5):
    path = Field("/dev/null")
    mode = Field("r")

    def run(self):
        return f"read {self.path} ({self.mode})"


class Writer(Plugin, priority=2):
    target = Field("stdout")
    zebra = 1
    alpha = 2

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("Writer subclassed by", cls.__name__)


class FancyWriter(Writer):
    pass


r = Reader()
print(r.created, r.run(), Reader.tags)
r.path = "/etc/hosts"
print(r.run(), r._path, Reader.path.name)
w = Writer()
print(w.run(), w.target)
print(Reader.field_order, Writer.field_order)
ranked = sorted(PluginMeta.registry.values(), key=lambda c: (-c.priority, c.__name__))
print([(c.__name__, c.priority) for c in ranked])
print(type(Reader).__name__, isinstance(Reader, PluginMeta), Reader.__mro__[1].__name__)
print(Writer.__dict__["target"].storage, "target" in vars(w))
