# __setattr__ / __delattr__ overrides, object.__setattr__ and
# super().__setattr__ from inside them.
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
        self.y = 2

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


r = Recorder()
r.x += 5
del r.y
print(r.log, r.x, hasattr(r, "y"))
setattr(r, "z", 9)
print(r.z, r.log[-1])


class Frozen:
    def __init__(self, a):
        object.__setattr__(self, "a", a)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")


fz = Frozen(3)
print(fz.a)
for action in (lambda: setattr(fz, "a", 1), lambda: delattr(fz, "a")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        object.__setattr__(self, name, value)


class Sub(Upper):
    def __init__(self):
        self.name = "abc"
        self.n = 1


s = Sub()
print(s.name, s.n, vars(s))


class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        super().__setattr__(name, value)


v = Validated()
v.ok = 1
print(v.ok)
try:
    object.__setattr__(3, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
v._bad = 2
