# The live __dict__ of instances: writes through it (item assignment,
# update, pop, setdefault, clear, del) change the object's attributes.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["z"] = 0
a = A(x=1, y=2)
print(a.x, a.y, a.z, vars(a), len(a.__dict__), "x" in a.__dict__, list(a.__dict__))
d = a.__dict__
del d["x"]
print(hasattr(a, "x"), d.pop("y"), vars(a), d.get("z"), d == {"z": 0}, d.setdefault("q", 5), a.q)
d.clear()
print(vars(a), dict(d), sorted(A(b=1, a=2).__dict__.items()))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
