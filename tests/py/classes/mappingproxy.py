# C.__dict__ is a live, read-only mappingproxy over the class namespace.


class C:
    x = 1

    def method(self):
        return "m"


d = C.__dict__
print(type(d).__name__, type(d) is type(int.__dict__))
print(d["x"], "x" in d, "y" in d, d.get("y"), d.get("y", 5), d.get("x"))
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print([v for k, v in d.items() if k == "x"], len(d) == len(list(d)))
print(callable(d["method"]), d["method"](C()))
C.y = 2
print("y" in d, d["y"])  # live: sees later changes
del C.y
print("y" in d)
try:
    d["z"] = 3
except TypeError as e:
    print("TypeError", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)


class E:
    pass


r = repr(E.__dict__)
print(r.startswith("mappingproxy({"), r.endswith("})"), "'__module__': '__main__'" in r)
print(d == dict(d), dict(d)["x"], type(d.copy()).__name__, isinstance(d, dict))
print(type(d)({"a": 1}), type(d)({"a": 1})["a"])
try:
    type(d)([1, 2])
except TypeError as e:
    print("TypeError", e)
print("append" in list.__dict__, "x" in vars(C), type(vars(C)).__name__)
print(list(reversed(type(d)({"a": 1, "b": 2}))), type(d)({"a": 1}) | {"b": 2})
