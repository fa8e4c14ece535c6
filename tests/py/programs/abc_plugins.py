# Storage backends with abstract base classes: abstractmethod, abstract properties, register() and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Mapping, MutableMapping, Sized, Iterable


class Backend(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryBackend(Backend):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value

    @property
    def name(self):
        return "memory"


class HalfBackend(Backend):
    def get(self, key):
        return None


try:
    Backend()
except TypeError as e:
    print("TypeError:", e)
try:
    HalfBackend()
except TypeError as e:
    print("TypeError:", e)

m = MemoryBackend()
m.put("a", 1)
print(m.name, m.get("a"), m.get_or("zz", "default"), isinstance(m, Backend))
print(sorted(Backend.__abstractmethods__), sorted(HalfBackend.__abstractmethods__))


class Legacy:
    def get(self, key):
        return key.upper()


Backend.register(Legacy)
print(isinstance(Legacy(), Backend), issubclass(Legacy, Backend), Legacy.__mro__[-1].__name__)


class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Closeable:
            return any("close" in vars(k) for k in other.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


class Socket(File):
    pass


print(issubclass(File, Closeable), isinstance(Socket(), Closeable), issubclass(int, Closeable))


class Config(MutableMapping):
    def __init__(self, **kw):
        self._d = {k.lower(): v for k, v in kw.items()}

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


cfg = Config(Host="localhost", PORT=80)
cfg["Debug"] = True
print(dict(cfg), cfg.get("HOST"), "port" in cfg, len(cfg))
cfg.update(port=8080, user="me")
print(sorted(cfg.items()), cfg.pop("user"), cfg.setdefault("mode", "dev"))
print(isinstance(cfg, Mapping), isinstance(cfg, Sized), isinstance([], Iterable), isinstance(3, Iterable))
print(cfg == {"host": "localhost", "port": 8080, "debug": True, "mode": "dev"})
print(sorted(cfg.keys()), list(cfg.values())[-1])


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    def __lt__(self, other):
        return self.area() < other.area()


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def __repr__(self):
        return f"Sq({self.s})"


print(sorted([Sq(3), Sq(1), Sq(2)]), type(Shape).__name__)
