# Held-out: print sep/end/file, str.format fields, locals(), class scope, try/else/finally, del slices, bytes/bytearray, RecursionError, __getattribute__, f-string = specifier, round(), failing assert.
import sys
print("a", "b", sep="-", end="!\n")
print("to stderr", file=sys.stderr)
print("{0[key]} {1.real:.1f} {k!r:^7}".format({"key": "v"}, 2.5, k="s"), "{:%}".format(0.25), "{:,}".format(1234567))
print("x={x} y={y}".format_map({"x": 1, "y": 2}))
def f():
    a = 1; b = 2
    return sorted(locals().items())
print(f())
class K:
    attr = 5
    vals = [attr * i for i in range(3)] if False else None
    def m(self):
        try:
            return attr
        except NameError as e:
            return str(e)
print(K().m())
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
lst = list(range(10))
del lst[::3]
print(lst)
lst[1:3] = "ab"
print(lst)
try:
    sorted([3, 1, "x"])
except TypeError as e:
    print(e)
print(bytes.fromhex("de ad be ef"), b"\x01\x02".hex(":"), bytearray(b"abc").upper(), memoryview(b"abcd")[1:3].tobytes())
ba = bytearray(b"hello")
ba[0] = 74
ba.extend(b"!!")
print(ba, ba.decode(), bytes(3), bytes([65, 66]), b"a,b".split(b","), b"%d-%s" % (5, b"x"))
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = G(); g.x = 1
print(g.magic, g.x)
try:
    g.y
except AttributeError as e:
    print(e)
print(globals()["__name__"], __name__, type(__builtins__).__name__)
x = 5
def h():
    global x
    x += 1
h(); print(x)
print(f"{x!r:>5}", f"{'a' 'b'}", f"{x:{'>'}{6}}", f"{{literal}}", f"{3+4=}", f"{x = }")
print(str(b"bytes"), repr(b"\x00\xff'\""), ascii("ü"), "%r" % "q")
import sys
print(sys.version_info[:2], sys.maxsize, sys.byteorder, sys.platform, type(sys.argv).__name__)
class A:
    def __del__(self):
        print("del A")
a = A()
print(int.__doc__ is not None, divmod(-7.5, 2), 1e400, -1e400, float("1e-400"))
print(round(2.5), round(3.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(12345, -2), round(15, -1), round(25, -1))
print("%.2f %.0f %.1e %g %g %g" % (2.675, 0.5, 12345, 1e-5, 123456789, 0.0001))
assert x == 6, "ok"
assert x == 7, f"x was {x}"
