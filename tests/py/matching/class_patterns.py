# Class patterns: __match_args__, keyword sub-patterns, built-in "self"
# matching, inheritance, guards and as-patterns.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1
        self.b = "two"


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 10:
            return f"high 3d {x} {y} {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point() as pt:
            return f"somewhere {pt.x},{pt.y}"
        case Plain(a=1, b=str() as b):
            return f"plain with b={b}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 30), Point3(1, 2, 3), Plain(), 42]:
    print(where(p))


def builtin_self(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 7, 2.5, "s", b"b", [9, 8], (1,), {"k": 3}, {1, 2}, frozenset(), None, []]:
    print(builtin_self(v))


# Missing attributes mean no match, not an error.
match Plain():
    case Plain(c=3):
        print("has c?")
    case Plain(a=a):
        print("a is", a)


class Prop:
    __match_args__ = ("value",)

    @property
    def value(self):
        return "computed"


match Prop():
    case Prop(v):
        print("property attribute", v)

# as-patterns and or-patterns inside class patterns
match Point(Point(1, 2), 3):
    case Point(Point(1, 2) | Point(2, 1) as inner, 3 as three):
        print("inner", inner.x, inner.y, three)
