# collections.namedtuple: the generated class, its methods and attributes,
# defaults and rename, and the errors for bad field names and arguments.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__qualname__)
print(Point.__module__, Point.__match_args__, Point.__slots__, Point.__bases__)
print(Point._make([3, 4]), p._asdict(), p._replace(x=5), p, Point(x=7, y=8), Point(1, y=9))
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < (1, 3), type(p + (3,)).__name__)
print(isinstance(p, tuple), isinstance(p, Point), p.count(1), p.index(2))
a, b = p
print(a, b, p.__getnewargs__())
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[1, 2])
print(P3(0), P3(0, 5), P3(0, c=9), P3._field_defaults)
print(namedtuple("R", "x def _y x", rename=True)._fields)
print(namedtuple("S", "a,b  c\td")(1, 2, 3, 4))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
M = namedtuple("M", "v", module="mymod")
print(M.__module__)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "V<%d,%d>" % self


v = Vec(3, 4)
print(v, v.norm2(), v._replace(y=0), type(v._replace(y=0)).__name__, Vec._make((1, 1)))


class Sub(namedtuple("Base", "a b")):
    pass


print(Sub(1, 2), Sub._fields)
match p:
    case Point(x, y):
        print("matched", x, y)

attempt("missing one", lambda: Point(1))
attempt("missing two", lambda: Point())
attempt("missing three", lambda: namedtuple("T", "a b c")())
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many defaults", lambda: P3(1, 2, 3, 4))
attempt("unexpected kw", lambda: Point(1, z=2))
attempt("multiple", lambda: Point(1, x=2))
attempt("make", lambda: Point._make([1]))
attempt("replace", lambda: p._replace(z=1))
attempt("underscore", lambda: namedtuple("P", "x _y"))
attempt("duplicate", lambda: namedtuple("P", "x x"))
attempt("keyword", lambda: namedtuple("P", "x def"))
attempt("identifier", lambda: namedtuple("P", "x 1y"))
attempt("type name", lambda: namedtuple("1P", "x"))
attempt("non-str field", lambda: namedtuple("P", ["x", 1]))
attempt("defaults", lambda: namedtuple("P", "x", defaults=[1, 2]))
attempt("positional rename", lambda: namedtuple("P", "x", True))
attempt("set field", lambda: setattr(p, "x", 3))
attempt("del field", lambda: delattr(p, "x"))
print(Point.x.__doc__, Point.y.__doc__)
