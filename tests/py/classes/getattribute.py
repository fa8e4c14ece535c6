# __getattribute__ overrides and the __getattr__ fallback.
class Tracing:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.a + 1


t = Tracing()
print(t.a)
print(t.method())
print(getattr(t, "a"), hasattr(t, "zz"))


class Fallback:
    x = 10

    def __init__(self):
        self.y = 20

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


f = Fallback()
print(f.x, f.y, f.dyn_hello, getattr(f, "dyn_x", None), getattr(f, "nope", "default"))
print(hasattr(f, "nope"), hasattr(f, "dyn_"))


class Both:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name

    def real(self):
        return "real"


b = Both()
print(b.secret, b.other, b.real())


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        if name == "_target":
            return target
        return getattr(target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())


class Derived(Fallback):
    pass


print(Derived().dyn_abc, Derived().x)


class Wrapper:
    def __init__(self):
        self.items = {"k": 1}

    def __getattr__(self, name):
        try:
            return self.items[name]
        except KeyError:
            raise AttributeError(name) from None


w = Wrapper()
print(w.k)
print(w.missing)
