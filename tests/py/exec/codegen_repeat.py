# Many small exec calls (code generation in the style of namedtuple and
# dataclasses); repeated sources must still give fresh functions and code.


def make_init(fields):
    args = ", ".join(fields)
    body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
    src = f"def __init__(self, {args}):\n{body}\n"
    ns = {}
    exec(src, {}, ns)
    return ns["__init__"]


class Point:
    __init__ = make_init(["x", "y"])


class Other:
    __init__ = make_init(["x", "y"])


p = Point(1, 2)
o = Other(3, 4)
print(p.x, p.y, o.x, o.y)
print(Point.__init__ is Other.__init__, Point.__init__.__code__ is Other.__init__.__code__)
total = 0
for i in range(300):
    ns = {}
    exec(f"def f(a):\n    return a + {i % 7}\n", ns)
    total += ns["f"](i)
print(total)
print(sum(eval(f"{i} * 2") for i in range(200)))
c1 = compile("x = 1", "same", "exec")
c2 = compile("x = 1", "same", "exec")
print(c1 is c2, c1.co_filename == c2.co_filename)
